/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-csv-reader.h — a streaming RFC 4180 reader for LinkedIn's CSV files.
 *
 * Reads records one at a time from a GInputStream without loading the file.
 * Only CR, LF and CRLF end a record; every other character (U+2028, U+0085,
 * form feed, …) is field content. Detects a UTF-8 BOM (skipped) and a UTF-16LE
 * or UTF-16BE BOM (transcoded; Excel's “Unicode text” is tab-separated, so the
 * delimiter becomes a tab unless the first 4 kB of text hold commas and no
 * tab). In a field that is not valid UTF-8, the bytes that do not form UTF-8
 * are decoded as Windows-1252 and a warning is recorded once per file; NUL
 * bytes are dropped, likewise with one warning. Fields handed out are always
 * valid UTF-8 and NUL-terminated.
 *
 * Not thread-safe; one reader belongs to one thread at a time.
 */
#pragma once

#include <gio/gio.h>

#include "og-warning.h"

G_BEGIN_DECLS

typedef struct
{
  gsize   max_field_bytes;  /* longest field accepted (bytes, after decoding) */
  guint   max_fields;       /* most fields in one record */
  guint64 max_records;      /* most records in one file */
} OgCsvLimits;

#define OG_CSV_DEFAULT_MAX_FIELD_BYTES (16 * 1024 * 1024)
#define OG_CSV_DEFAULT_MAX_FIELDS      4096
#define OG_CSV_DEFAULT_MAX_RECORDS     G_GUINT64_CONSTANT (20000000)

typedef struct _OgCsvReader OgCsvReader;

void          og_csv_limits_init_default (OgCsvLimits   *limits);

/* @file_name names the file in errors and warnings (a basename, not a path).
 * @limits may be NULL for the defaults. The reader takes a reference on @stream
 * but never closes it. */
OgCsvReader  *og_csv_reader_new          (GInputStream      *stream,
                                          const char        *file_name,
                                          const OgCsvLimits *limits);
void          og_csv_reader_free         (OgCsvReader   *self);

/* Reads the next record. Returns TRUE when a record is available; FALSE at the
 * end of the file (error unset) or on error (OG_IMPORT_ERROR, or an I/O or
 * cancellation error), with a message naming the file and line. After an
 * error, every later call fails with the same error. */
gboolean      og_csv_reader_next         (OgCsvReader   *self,
                                          GCancellable  *cancellable,
                                          GError       **error);

guint         og_csv_reader_get_n_fields (OgCsvReader   *self);
/* Valid until the next call to og_csv_reader_next(). @index < n_fields. */
const char   *og_csv_reader_get_field    (OgCsvReader   *self,
                                          guint          index);
gsize         og_csv_reader_get_field_length (OgCsvReader *self,
                                              guint        index);
/* TRUE for a record that is one empty field (a blank line). */
gboolean      og_csv_reader_is_blank     (OgCsvReader   *self);
/* 1-based physical line on which the current record starts. */
guint         og_csv_reader_get_line     (OgCsvReader   *self);
/* ',' or '\t'. Known once og_csv_reader_next() has been called. */
char          og_csv_reader_get_delimiter (OgCsvReader  *self);
/* "UTF-8", "UTF-16LE" or "UTF-16BE": the encoding of the file as detected from
 * its start, once og_csv_reader_next() has been called. */
const char   *og_csv_reader_get_encoding (OgCsvReader   *self);
/* Warnings recorded so far (OgWarning*); owned by the reader. */
GPtrArray    *og_csv_reader_get_warnings (OgCsvReader   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OgCsvReader, og_csv_reader_free)

G_END_DECLS
