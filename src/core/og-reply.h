/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-reply.h — reply templates: "{first_name}"-style placeholders, checked
 * when a template is saved and filled as plain text. The app drafts; the
 * person copies and sends. Any thread. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define OG_REPLY_ERROR (og_reply_error_quark ())

typedef enum
{
  OG_REPLY_ERROR_UNKNOWN_PLACEHOLDER,  /* "{frist_name}" */
  OG_REPLY_ERROR_SYNTAX,               /* a "{" never closed, a "}" never opened */
} OgReplyError;

GQuark og_reply_error_quark (void);

/* What a template can say about the contact and the situation. Strings may be
 * NULL or empty and numbers negative (times OG_TIME_UNKNOWN) when unknown:
 * the filled text then says something sensible instead. */
typedef struct
{
  const char *first_name;
  const char *last_name;
  const char *company;
  const char *position;
  const char *my_first_name;
  gint        days_since_connected;
  double      minutes_to_pitch;
  gint        followup_count;
  gint64      first_pitch_at;        /* Unix seconds, UTC */
} OgReplyContext;

/* The placeholder names, NULL-terminated: "first_name", "last_name", … */
const char * const *og_reply_placeholders (void);

/* TRUE when @body only uses known placeholders and its braces balance ("{{"
 * and "}}" stand for a brace); otherwise a GError naming what and where. */
gboolean            og_reply_check        (const char            *body,
                                           GError               **error);

/* @body with every placeholder filled from @context; NULL with the error of
 * og_reply_check() when @body does not pass it. Plain text, never markup. */
char               *og_reply_render       (const char            *body,
                                           const OgReplyContext  *context,
                                           GError               **error);

/* A reply the app ships. Every text is translated (gettext); @body passes
 * og_reply_check(). */
typedef struct
{
  const char *id;            /* stable, for the command line and the workspace */
  const char *title;
  const char *description;   /* one line */
  const char *body;
  gboolean    asks_to_stop;  /* sending it asks the contact to stop writing */
} OgReplyBuiltin;

/* The built-in replies, NULL-terminated by a row whose id is NULL; their
 * texts untranslated (pass them through _() to show them). */
const OgReplyBuiltin *og_reply_builtins        (void);
/* The built-in @id, or NULL. */
const OgReplyBuiltin *og_reply_builtin_lookup  (const char *id);

/* A template to choose from: a built-in one (its texts translated) or one
 * the person wrote and keeps in the workspace. */
typedef struct
{
  char     *id;
  char     *title;
  char     *description;
  char     *body;
  gboolean  builtin;
  gboolean  asks_to_stop;
} OgReplyTemplate;

OgReplyTemplate      *og_reply_template_new          (const char            *id,
                                                      const char            *title,
                                                      const char            *description,
                                                      const char            *body);
/* @builtin with its texts translated. */
OgReplyTemplate      *og_reply_template_new_builtin  (const OgReplyBuiltin  *builtin);
OgReplyTemplate      *og_reply_template_copy         (const OgReplyTemplate *self);
void                  og_reply_template_free         (OgReplyTemplate       *self);

/* Every built-in template, translated, then @own (OgReplyTemplate*, may be
 * NULL): a new array of copies. */
GPtrArray            *og_reply_list_templates        (GPtrArray             *own);
/* The template called @id in @templates, or NULL. */
OgReplyTemplate      *og_reply_find_template         (GPtrArray             *templates,
                                                      const char            *id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OgReplyTemplate, og_reply_template_free)

G_END_DECLS
