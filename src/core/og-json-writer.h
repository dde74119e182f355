/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-json-writer.h — JSON written as it is built, in JsonBuilder's calling order. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _OgJsonWriter OgJsonWriter;

/* Takes @length bytes of the text; FALSE stops the writing. */
typedef gboolean (*OgJsonSinkFunc) (const char *data,
                                    gsize       length,
                                    gpointer    user_data);

OgJsonWriter *og_json_writer_new              (void);
/* Hands the text to @sink in pieces of about 64 KiB as it is built, so
 * that a large report is never held whole. */
OgJsonWriter *og_json_writer_new_to_sink      (OgJsonSinkFunc sink,
                                               gpointer       user_data);
void          og_json_writer_free             (OgJsonWriter *self);
char         *og_json_writer_free_to_text     (OgJsonWriter *self);
/* For a writer to a sink: hands over the rest and the final newline, frees
 * @self and says whether the sink took everything. */
gboolean      og_json_writer_free_to_sink     (OgJsonWriter *self);

/* Items of the array @self has open, written apart (on another thread, say)
 * and added in order with og_json_writer_add_items(): the text is what
 * writing them into @self would have given. @after_others: items have been
 * or will be added before these. @self is only read. */
OgJsonWriter *og_json_writer_new_items        (OgJsonWriter *self,
                                               gboolean      after_others);
/* Adds the text of @items (freed) to @self, which must have the same array open. */
void          og_json_writer_add_items        (OgJsonWriter *self,
                                               OgJsonWriter *items);

void og_json_writer_begin_object      (OgJsonWriter *self);
void og_json_writer_end_object        (OgJsonWriter *self);
void og_json_writer_begin_array       (OgJsonWriter *self);
void og_json_writer_end_array         (OgJsonWriter *self);
void og_json_writer_set_member_name   (OgJsonWriter *self,
                                       const char   *name);
void og_json_writer_add_string_value  (OgJsonWriter *self,
                                       const char   *value);
void og_json_writer_add_int_value     (OgJsonWriter *self,
                                       gint64        value);
void og_json_writer_add_double_value  (OgJsonWriter *self,
                                       double        value);
void og_json_writer_add_boolean_value (OgJsonWriter *self,
                                       gboolean      value);
void og_json_writer_add_null_value    (OgJsonWriter *self);

/* The text forms og-report writes, shared with og_report_json_to_text(). */
void og_json_write_string (GString    *out,
                           const char *text);
void og_json_write_double (GString    *out,
                           double      value);
void og_json_write_indent (GString    *out,
                           guint       depth);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OgJsonWriter, og_json_writer_free)

G_END_DECLS
