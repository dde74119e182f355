/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-csv-reader.c — a streaming RFC 4180 reader; see og-csv-reader.h.
 *
 * The current record lives in one growing buffer: its fields are stored one
 * after the other, each NUL-terminated, and an array holds where each starts.
 * Input is scanned a chunk at a time by a small state machine that copies
 * runs of ordinary bytes at once, so nothing is allocated per field.
 */

#define G_LOG_DOMAIN "og-csv"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "og-csv-reader.h"
#include "og-error.h"
#include "og-utf8.h"

#define CHUNK_SIZE            (64 * 1024)
#define INITIAL_RECORD_SIZE   1024
#define INITIAL_FIELD_SLOTS   32
#define DELIMITER_SCAN_BYTES  4096

typedef enum
{
  SCAN_FIELD_START,     /* nothing of the current field read yet */
  SCAN_UNQUOTED,
  SCAN_QUOTED,
  SCAN_QUOTE_IN_QUOTED, /* just read a '"' inside quotes: an escape or the close */
} ScanState;

typedef enum
{
  SCAN_NEED_MORE,
  SCAN_RECORD_DONE,
  SCAN_FAILED,
} ScanResult;

struct _OgCsvReader
{
  GInputStream *base;           /* the caller's stream */
  GInputStream *stream;         /* what is read: @base behind a buffer, maybe transcoded */
  char         *file_name;
  OgCsvLimits   limits;

  guint8       *chunk;
  gsize         chunk_len;
  gsize         chunk_pos;

  char         *record;         /* the fields of the current record, each NUL-terminated */
  gsize         record_len;
  gsize         record_size;
  gsize        *field_starts;
  guint         n_fields;
  guint         n_field_slots;

  GByteArray   *scratch;        /* reused when a field is decoded again as Windows-1252 */
  GPtrArray    *warnings;
  GError       *error;          /* once reading failed, every later call fails alike */

  guint         line;           /* physical line of the next byte */
  guint         record_line;
  guint         field_line;
  guint64       n_records;

  char          delimiter;
  const char   *encoding;
  /* Bytes that end a run of plain content, outside and inside quotes. */
  guint8        stops_unquoted[256];
  guint8        stops_quoted[256];

  guint         detected : 1;
  guint         at_eof : 1;
  guint         record_started : 1;
  guint         after_cr : 1;   /* the previous byte was a CR, so an LF now completes it */
  guint         warned_cp1252 : 1;
  guint         warned_nul : 1;
  guint         warned_after_quote : 1;
};

/* Windows-1252 differs from Latin-1 only in 0x80–0x9F. The five bytes it
 * leaves undefined keep their C1 code points, as browsers decode them. */
static const gunichar windows_1252_high[32] = {
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

void
og_csv_limits_init_default (OgCsvLimits *limits)
{
  g_return_if_fail (limits != NULL);

  limits->max_field_bytes = OG_CSV_DEFAULT_MAX_FIELD_BYTES;
  limits->max_fields = OG_CSV_DEFAULT_MAX_FIELDS;
  limits->max_records = OG_CSV_DEFAULT_MAX_RECORDS;
}

static void
set_delimiter (OgCsvReader *self,
               char         delimiter)
{
  self->delimiter = delimiter;

  memset (self->stops_unquoted, 0, sizeof self->stops_unquoted);
  self->stops_unquoted[(guchar) delimiter] = TRUE;
  self->stops_unquoted['\r'] = TRUE;
  self->stops_unquoted['\n'] = TRUE;
  self->stops_unquoted['\0'] = TRUE;

  memset (self->stops_quoted, 0, sizeof self->stops_quoted);
  self->stops_quoted['"'] = TRUE;
  self->stops_quoted['\r'] = TRUE;
  self->stops_quoted['\n'] = TRUE;
  self->stops_quoted['\0'] = TRUE;
}

OgCsvReader *
og_csv_reader_new (GInputStream      *stream,
                   const char        *file_name,
                   const OgCsvLimits *limits)
{
  OgCsvReader *self;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (limits == NULL || limits->max_fields > 0, NULL);

  self = g_new0 (OgCsvReader, 1);
  self->base = g_object_ref (stream);
  /* The buffer lets the BOM be looked at without consuming it. Closing it
   * must not close the caller's stream. */
  self->stream = g_buffered_input_stream_new (stream);
  g_filter_input_stream_set_close_base_stream (G_FILTER_INPUT_STREAM (self->stream), FALSE);
  self->file_name = g_strdup (file_name);

  if (limits != NULL)
    self->limits = *limits;
  else
    og_csv_limits_init_default (&self->limits);

  self->chunk = g_malloc (CHUNK_SIZE);
  self->record_size = INITIAL_RECORD_SIZE;
  self->record = g_malloc (self->record_size);
  self->n_field_slots = INITIAL_FIELD_SLOTS;
  self->field_starts = g_new (gsize, self->n_field_slots);
  self->scratch = g_byte_array_new ();
  self->warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) og_warning_free);

  self->line = 1;
  self->encoding = "UTF-8";
  set_delimiter (self, ',');

  return self;
}

void
og_csv_reader_free (OgCsvReader *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->stream);
  g_clear_object (&self->base);
  g_free (self->file_name);
  g_free (self->chunk);
  g_free (self->record);
  g_free (self->field_starts);
  g_byte_array_unref (self->scratch);
  g_ptr_array_unref (self->warnings);
  g_clear_error (&self->error);
  g_free (self);
}

static void
add_warning (OgCsvReader *self,
             guint        line,
             const char  *message)
{
  g_ptr_array_add (self->warnings, og_warning_new (self->file_name, line, message));
}

/* Each kind of best-effort repair is reported once per file, naming the
 * first line where it was needed; the text itself never goes in a warning. */
static void
note_nul (OgCsvReader *self)
{
  g_autofree char *message = NULL;

  if (self->warned_nul)
    return;

  self->warned_nul = TRUE;
  /* Translators: %u is a line number */
  message = g_strdup_printf (_("Removed NUL bytes from the text, first on line %u"), self->line);
  add_warning (self, self->line, message);
}

static void
note_text_after_quote (OgCsvReader *self)
{
  g_autofree char *message = NULL;

  if (self->warned_after_quote)
    return;

  self->warned_after_quote = TRUE;
  /* Translators: %u is a line number */
  message = g_strdup_printf (_("Kept text that follows a closing quote as part of the field, first on line %u"),
                             self->line);
  add_warning (self, self->line, message);
}

static void
note_windows_1252 (OgCsvReader *self)
{
  g_autofree char *message = NULL;

  if (self->warned_cp1252)
    return;

  self->warned_cp1252 = TRUE;
  /* Translators: %u is a line number */
  message = g_strdup_printf (_("Text is not valid UTF-8; read as Windows-1252 from line %u"),
                             self->field_line);
  add_warning (self, self->field_line, message);
}

static void
ensure_room (OgCsvReader *self,
             gsize        extra)
{
  gsize needed = self->record_len + extra;

  if (G_LIKELY (needed <= self->record_size))
    return;

  while (self->record_size < needed)
    self->record_size *= 2;
  self->record = g_realloc (self->record, self->record_size);
}

/* Appends to the current field, failing as soon as it would exceed the limit
 * so that a hostile file is not buffered first. */
static gboolean
append (OgCsvReader  *self,
        const void   *bytes,
        gsize         n,
        GError      **error)
{
  gsize field_len = self->record_len - self->field_starts[self->n_fields - 1];

  if (G_UNLIKELY (field_len + n > self->limits.max_field_bytes))
    {
      g_autofree char *limit = g_format_size (self->limits.max_field_bytes);

      g_set_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_LIMIT,
                   /* Translators: %s is a file name, %u a line number, the second %s a size such as “16.8 MB” */
                   _("%s, line %u: a field is larger than %s"),
                   self->file_name, self->field_line, limit);
      return FALSE;
    }

  ensure_room (self, n);
  memcpy (self->record + self->record_len, bytes, n);
  self->record_len += n;

  return TRUE;
}

static gboolean
begin_field (OgCsvReader  *self,
             GError      **error)
{
  if (G_UNLIKELY (self->n_fields >= self->limits.max_fields))
    {
      g_set_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_LIMIT,
                   /* Translators: %s is a file name, the first %u a line number */
                   _("%s, line %u: more than %u fields in one record"),
                   self->file_name, self->record_line, self->limits.max_fields);
      return FALSE;
    }

  if (self->n_fields == self->n_field_slots)
    {
      self->n_field_slots *= 2;
      self->field_starts = g_renew (gsize, self->field_starts, self->n_field_slots);
    }

  self->field_starts[self->n_fields++] = self->record_len;
  self->field_line = self->line;

  return TRUE;
}

/* Valid UTF-8 sequences are kept and every other byte is read as
 * Windows-1252, so a file that mixes both loses nothing that was right. */
static gboolean
decode_windows_1252 (OgCsvReader  *self,
                     GError      **error)
{
  gsize start = self->field_starts[self->n_fields - 1];
  gsize n = self->record_len - start;
  const char *src;
  gsize i = 0;

  g_byte_array_set_size (self->scratch, 0);
  g_byte_array_append (self->scratch, (const guint8 *) self->record + start, n);
  src = (const char *) self->scratch->data;
  self->record_len = start;

  while (i < n)
    {
      guchar byte = (guchar) src[i];
      gunichar ch;
      char utf8[6];
      int len;

      if (byte < 0x80)
        {
          gsize run = i;

          while (i < n && (guchar) src[i] < 0x80)
            i++;
          if (!append (self, src + run, i - run, error))
            return FALSE;
          continue;
        }

      ch = g_utf8_get_char_validated (src + i, n - i);
      if (ch != (gunichar) -1 && ch != (gunichar) -2)
        {
          len = g_utf8_next_char (src + i) - (src + i);
          if (!append (self, src + i, len, error))
            return FALSE;
          i += len;
          continue;
        }

      ch = byte < 0xA0 ? windows_1252_high[byte - 0x80] : byte;
      len = g_unichar_to_utf8 (ch, utf8);
      if (!append (self, utf8, len, error))
        return FALSE;
      i++;
    }

  g_assert (g_utf8_validate_len (self->record + start, self->record_len - start, NULL));
  note_windows_1252 (self);

  return TRUE;
}

static gboolean
finish_field (OgCsvReader  *self,
              GError      **error)
{
  gsize start = self->field_starts[self->n_fields - 1];

  if (G_UNLIKELY (!og_utf8_validate_len (self->record + start, self->record_len - start)) &&
      !decode_windows_1252 (self, error))
    return FALSE;

  ensure_room (self, 1);
  self->record[self->record_len++] = '\0';

  return TRUE;
}

static gboolean
start_record (OgCsvReader  *self,
              GError      **error)
{
  if (G_UNLIKELY (self->n_records >= self->limits.max_records))
    {
      g_autofree char *limit = g_strdup_printf ("%" G_GUINT64_FORMAT, self->limits.max_records);

      g_set_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_LIMIT,
                   /* Translators: %s is a file name, %u a line number, the second %s a number */
                   _("%s, line %u: more than %s records"),
                   self->file_name, self->record_line, limit);
      return FALSE;
    }

  self->record_started = TRUE;

  return TRUE;
}

static void
count_line_break (OgCsvReader *self,
                  guchar       c)
{
  self->line++;
  if (c == '\r')
    self->after_cr = TRUE;
}

/* Consumes the current chunk until the record ends or the chunk runs out. */
static ScanResult
scan_chunk (OgCsvReader  *self,
            ScanState    *state,
            GError      **error)
{
  const guchar *p = self->chunk + self->chunk_pos;
  const guchar *end = self->chunk + self->chunk_len;
  ScanResult result = SCAN_NEED_MORE;

  while (p < end)
    {
      guchar c = *p;

      if (self->after_cr)
        {
          self->after_cr = FALSE;
          if (c == '\n')
            {
              /* The second half of a CRLF: its line was counted at the CR. */
              if (*state == SCAN_QUOTED && !append (self, p, 1, error))
                goto failed;
              p++;
              continue;
            }
        }

      if (G_UNLIKELY (!self->record_started) && !start_record (self, error))
        goto failed;

      switch (*state)
        {
        case SCAN_FIELD_START:
          if (c == '"')
            {
              *state = SCAN_QUOTED;
              p++;
            }
          else
            {
              /* Anything else, including a delimiter or a newline, is
               * handled as the start of an unquoted field. */
              *state = SCAN_UNQUOTED;
            }
          break;

        case SCAN_UNQUOTED:
          {
            const guchar *run = p;

            while (p < end && !self->stops_unquoted[*p])
              p++;
            if (p > run && !append (self, run, p - run, error))
              goto failed;
            if (p == end)
              break;

            c = *p++;
            if (c == (guchar) self->delimiter)
              {
                if (!finish_field (self, error) || !begin_field (self, error))
                  goto failed;
                *state = SCAN_FIELD_START;
              }
            else if (c == '\0')
              {
                note_nul (self);
              }
            else
              {
                count_line_break (self, c);
                if (!finish_field (self, error))
                  goto failed;
                result = SCAN_RECORD_DONE;
                goto out;
              }
          }
          break;

        case SCAN_QUOTED:
          {
            const guchar *run = p;

            while (p < end && !self->stops_quoted[*p])
              p++;
            if (p > run && !append (self, run, p - run, error))
              goto failed;
            if (p == end)
              break;

            c = *p++;
            if (c == '"')
              {
                *state = SCAN_QUOTE_IN_QUOTED;
              }
            else if (c == '\0')
              {
                note_nul (self);
              }
            else
              {
                /* A newline inside quotes is content, but still a line. */
                if (!append (self, &c, 1, error))
                  goto failed;
                count_line_break (self, c);
              }
          }
          break;

        case SCAN_QUOTE_IN_QUOTED:
          if (c == '"')
            {
              if (!append (self, &c, 1, error))
                goto failed;
              *state = SCAN_QUOTED;
              p++;
            }
          else if (c == '\0')
            {
              note_nul (self);
              p++;
            }
          else
            {
              /* The quote closed the field. A delimiter or newline is then
               * handled as in an unquoted field; other text (Excel's
               * `"abc"def`) is kept rather than rejected. */
              if (c != (guchar) self->delimiter && c != '\r' && c != '\n')
                note_text_after_quote (self);
              *state = SCAN_UNQUOTED;
            }
          break;

        default:
          g_assert_not_reached ();
        }
    }

out:
  self->chunk_pos = p - self->chunk;
  return result;

failed:
  self->chunk_pos = p - self->chunk;
  return SCAN_FAILED;
}

static void
set_read_error (OgCsvReader  *self,
                GError       *read_error,
                GError      **error)
{
  /* Cancelled, or a stream of ours (a ZIP entry) that already names the file. */
  if (g_error_matches (read_error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      read_error->domain == OG_IMPORT_ERROR)
    {
      g_propagate_error (error, read_error);
      return;
    }

  /* The transcoder reports bad UTF-16 as invalid or partial data. */
  if (g_str_has_prefix (self->encoding, "UTF-16") &&
      (g_error_matches (read_error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA) ||
       g_error_matches (read_error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT)))
    {
      g_set_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_ENCODING,
                   /* Translators: %s is a file name, %u a line number, the second %s an encoding such as UTF-16LE */
                   _("%s, line %u: the text is not valid %s"),
                   self->file_name, self->line, self->encoding);
      g_error_free (read_error);
      return;
    }

  g_propagate_prefixed_error (error, read_error,
                              /* Translators: %s is a file name, %u a line number; an error message follows */
                              _("%s, line %u: "),
                              self->file_name, self->line);
}

/* Excel's “Unicode text” export is tab-separated, but an editor's UTF-16
 * copy of a real export keeps its commas: a tab in the first few kilobytes
 * of text decides. A decoding error there is left for the read that reaches
 * it, which knows its line. */
static char
guess_utf16_delimiter (GBufferedInputStream *buffered,
                       GCancellable         *cancellable)
{
  const char *text;
  gsize available;

  while (g_buffered_input_stream_get_available (buffered) < DELIMITER_SCAN_BYTES)
    {
      g_autoptr(GError) ignored = NULL;

      if (g_buffered_input_stream_fill (buffered, -1, cancellable, &ignored) <= 0)
        break;
    }

  text = g_buffered_input_stream_peek_buffer (buffered, &available);
  if (memchr (text, '\t', available) == NULL && memchr (text, ',', available) != NULL)
    return ',';

  return '\t';
}

/* Looks at the first bytes for a byte order mark and sets up decoding. */
static gboolean
detect_encoding (OgCsvReader   *self,
                 GCancellable  *cancellable,
                 GError       **error)
{
  GBufferedInputStream *buffered = G_BUFFERED_INPUT_STREAM (self->stream);
  const guchar *head;
  gsize available;
  gsize bom_len = 0;
  const char *utf16 = NULL;

  /* A stream may hand out a byte at a time; the BOM needs up to three. */
  while (g_buffered_input_stream_get_available (buffered) < 3)
    {
      GError *read_error = NULL;
      gssize n = g_buffered_input_stream_fill (buffered, -1, cancellable, &read_error);

      if (n < 0)
        {
          set_read_error (self, read_error, error);
          return FALSE;
        }
      if (n == 0)
        break;
    }

  head = g_buffered_input_stream_peek_buffer (buffered, &available);
  if (available >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
    {
      bom_len = 3;
    }
  else if (available >= 2 && head[0] == 0xFF && head[1] == 0xFE)
    {
      bom_len = 2;
      utf16 = "UTF-16LE";
    }
  else if (available >= 2 && head[0] == 0xFE && head[1] == 0xFF)
    {
      bom_len = 2;
      utf16 = "UTF-16BE";
    }

  if (bom_len > 0)
    {
      GError *read_error = NULL;

      if (g_input_stream_skip (self->stream, bom_len, cancellable, &read_error) < 0)
        {
          set_read_error (self, read_error, error);
          return FALSE;
        }
    }

  if (utf16 != NULL)
    {
      g_autoptr(GCharsetConverter) converter = NULL;
      GInputStream *converted;

      converter = g_charset_converter_new ("UTF-8", utf16, error);
      if (converter == NULL)
        return FALSE;

      converted = g_converter_input_stream_new (self->stream, G_CONVERTER (converter));
      g_filter_input_stream_set_close_base_stream (G_FILTER_INPUT_STREAM (converted), FALSE);
      g_object_unref (self->stream);
      self->stream = g_buffered_input_stream_new_sized (converted, 2 * DELIMITER_SCAN_BYTES);
      g_filter_input_stream_set_close_base_stream (G_FILTER_INPUT_STREAM (self->stream), FALSE);
      g_object_unref (converted);

      self->encoding = utf16;
      set_delimiter (self, guess_utf16_delimiter (G_BUFFERED_INPUT_STREAM (self->stream), cancellable));
    }

  self->detected = TRUE;

  return TRUE;
}

static gboolean
fill_chunk (OgCsvReader   *self,
            GCancellable  *cancellable,
            GError       **error)
{
  GError *read_error = NULL;
  gssize n;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  n = g_input_stream_read (self->stream, self->chunk, CHUNK_SIZE, cancellable, &read_error);
  if (n < 0)
    {
      set_read_error (self, read_error, error);
      return FALSE;
    }

  self->chunk_pos = 0;
  self->chunk_len = n;
  if (n == 0)
    self->at_eof = TRUE;

  return TRUE;
}

gboolean
og_csv_reader_next (OgCsvReader   *self,
                    GCancellable  *cancellable,
                    GError       **error)
{
  GError *local_error = NULL;
  ScanState state = SCAN_FIELD_START;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self->n_fields = 0;
  self->record_len = 0;
  self->record_started = FALSE;

  if (self->error != NULL)
    {
      g_propagate_error (error, g_error_copy (self->error));
      return FALSE;
    }

  if (!self->detected && !detect_encoding (self, cancellable, &local_error))
    goto failed;

  self->record_line = self->line;
  if (!begin_field (self, &local_error))
    goto failed;

  for (;;)
    {
      ScanResult result;

      if (self->chunk_pos == self->chunk_len)
        {
          if (!self->at_eof && !fill_chunk (self, cancellable, &local_error))
            goto failed;
          if (self->at_eof)
            break;
        }

      result = scan_chunk (self, &state, &local_error);
      if (result == SCAN_FAILED)
        goto failed;
      if (result == SCAN_RECORD_DONE)
        {
          self->n_records++;
          return TRUE;
        }
    }

  /* End of input. A last line without a newline is still a record; a final
   * newline does not start an empty one. */
  self->after_cr = FALSE;
  if (!self->record_started)
    {
      self->n_fields = 0;
      return FALSE;
    }

  if (state == SCAN_QUOTED)
    {
      g_set_error (&local_error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_FORMAT,
                   /* Translators: %s is a file name, %u a line number */
                   _("%s, line %u: unterminated quoted field"),
                   self->file_name, self->field_line);
      goto failed;
    }

  if (!finish_field (self, &local_error))
    goto failed;

  self->n_records++;
  return TRUE;

failed:
  self->n_fields = 0;
  self->record_len = 0;
  self->error = local_error;
  g_propagate_error (error, g_error_copy (local_error));
  return FALSE;
}

guint
og_csv_reader_get_n_fields (OgCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_fields;
}

const char *
og_csv_reader_get_field (OgCsvReader *self,
                         guint        index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_fields, NULL);

  return self->record + self->field_starts[index];
}

gsize
og_csv_reader_get_field_length (OgCsvReader *self,
                                guint        index)
{
  gsize end;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (index < self->n_fields, 0);

  /* Each field is followed by its NUL terminator. */
  if (index + 1 < self->n_fields)
    end = self->field_starts[index + 1] - 1;
  else
    end = self->record_len - 1;

  return end - self->field_starts[index];
}

gboolean
og_csv_reader_is_blank (OgCsvReader *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->n_fields == 1 && self->record[self->field_starts[0]] == '\0';
}

guint
og_csv_reader_get_line (OgCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->record_line;
}

char
og_csv_reader_get_delimiter (OgCsvReader *self)
{
  g_return_val_if_fail (self != NULL, ',');

  return self->delimiter;
}

const char *
og_csv_reader_get_encoding (OgCsvReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->encoding;
}

GPtrArray *
og_csv_reader_get_warnings (OgCsvReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->warnings;
}
