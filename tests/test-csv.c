/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-csv.c — tests for the streaming CSV reader (og-csv-reader.c), and
 * for the writer (og-csv-writer.c) whose cells a spreadsheet must not run.
 *
 * Most tests render a whole input as "LINE:[field][field]" per record, with
 * CR, LF and TAB inside fields shown as \r, \n and \t, and compare that text.
 * All names and messages are invented.
 */

#define G_LOG_DOMAIN "test-csv"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>

#include "og-csv-read-ahead.h"
#include "og-csv-reader.h"
#include "og-csv-writer.h"
#include "og-error.h"
#include "og-utf8.h"

/* A stream that hands out at most @step bytes per read, to cut the input at
 * every possible place. */
struct _TrickleStream
{
  GInputStream  parent_instance;
  GBytes       *bytes;
  gsize         pos;
  gsize         step;
};

G_DECLARE_FINAL_TYPE (TrickleStream, trickle_stream, TRICKLE, STREAM, GInputStream)
G_DEFINE_TYPE (TrickleStream, trickle_stream, G_TYPE_INPUT_STREAM)

static gssize
trickle_stream_read (GInputStream  *stream,
                     void          *buffer,
                     gsize          count,
                     GCancellable  *cancellable,
                     GError       **error)
{
  TrickleStream *self = TRICKLE_STREAM (stream);
  gsize size;
  const guint8 *data = g_bytes_get_data (self->bytes, &size);
  gsize n = MIN (MIN (count, self->step), size - self->pos);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return -1;

  memcpy (buffer, data + self->pos, n);
  self->pos += n;

  return n;
}

static void
trickle_stream_finalize (GObject *object)
{
  TrickleStream *self = TRICKLE_STREAM (object);

  g_clear_pointer (&self->bytes, g_bytes_unref);

  G_OBJECT_CLASS (trickle_stream_parent_class)->finalize (object);
}

static void
trickle_stream_class_init (TrickleStreamClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GInputStreamClass *stream_class = G_INPUT_STREAM_CLASS (klass);

  object_class->finalize = trickle_stream_finalize;
  stream_class->read_fn = trickle_stream_read;
}

static void
trickle_stream_init (TrickleStream *self)
{
}

static GInputStream *
trickle_stream_new (const char *data,
                    gsize       len,
                    gsize       step)
{
  TrickleStream *self = g_object_new (trickle_stream_get_type (), NULL);

  self->bytes = g_bytes_new (data, len);
  self->step = step;

  return G_INPUT_STREAM (self);
}

static GInputStream *
memory_stream_new (const char *data,
                   gssize      len)
{
  if (len < 0)
    len = strlen (data);

  return g_memory_input_stream_new_from_data (g_memdup2 (data, len), len, g_free);
}

static void
append_escaped (GString    *out,
                const char *field)
{
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '\n')
        g_string_append (out, "\\n");
      else if (*p == '\r')
        g_string_append (out, "\\r");
      else if (*p == '\t')
        g_string_append (out, "\\t");
      else
        g_string_append_c (out, *p);
    }
}

/* Reads the remaining records; also checks what every record must satisfy. */
static char *
dump_reader (OgCsvReader  *reader,
             GError      **error)
{
  GString *out = g_string_new (NULL);

  while (og_csv_reader_next (reader, NULL, error))
    {
      guint n_fields = og_csv_reader_get_n_fields (reader);

      g_assert_cmpuint (n_fields, >=, 1);
      g_string_append_printf (out, "%u:", og_csv_reader_get_line (reader));

      for (guint i = 0; i < n_fields; i++)
        {
          const char *field = og_csv_reader_get_field (reader, i);

          g_assert_nonnull (field);
          g_assert_cmpuint (strlen (field), ==, og_csv_reader_get_field_length (reader, i));
          g_assert_true (g_utf8_validate (field, -1, NULL));

          g_string_append_c (out, '[');
          append_escaped (out, field);
          g_string_append_c (out, ']');
        }
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

static char *
dump_stream (GInputStream *stream,
             GPtrArray   **warnings_out)
{
  g_autoptr(OgCsvReader) reader = og_csv_reader_new (stream, "Test.csv", NULL);
  g_autoptr(GError) error = NULL;
  char *result = dump_reader (reader, &error);

  g_assert_no_error (error);

  if (warnings_out != NULL)
    *warnings_out = g_ptr_array_ref (og_csv_reader_get_warnings (reader));

  return result;
}

static char *
dump_len (const char *data,
          gssize      len)
{
  g_autoptr(GInputStream) stream = memory_stream_new (data, len);

  return dump_stream (stream, NULL);
}

static char *
dump (const char *data)
{
  return dump_len (data, -1);
}

static OgCsvReader *
reader_new_for_data (const char        *data,
                     gssize             len,
                     const char        *file_name,
                     const OgCsvLimits *limits)
{
  g_autoptr(GInputStream) stream = memory_stream_new (data, len);

  return og_csv_reader_new (stream, file_name, limits);
}

static void
assert_message_has (const char *message,
                    const char *needle)
{
  if (strstr (message, needle) == NULL)
    g_error ("“%s” does not contain “%s”", message, needle);
}

static void
test_simple_rows_split_on_commas (void)
{
  g_autofree char *out = dump ("First Name,Last Name,Company\nAvery,Example,Fabrikam\nJordan,Sample,Contoso\n");

  g_assert_cmpstr (out, ==,
                   "1:[First Name][Last Name][Company]\n"
                   "2:[Avery][Example][Fabrikam]\n"
                   "3:[Jordan][Sample][Contoso]\n");
}

static void
test_empty_fields_between_delimiters_are_kept (void)
{
  g_autofree char *out = dump (",,\na,,b\n,x,\n");

  g_assert_cmpstr (out, ==,
                   "1:[][][]\n"
                   "2:[a][][b]\n"
                   "3:[][x][]\n");
}

static void
test_quoted_comma_stays_in_field (void)
{
  g_autofree char *out = dump ("\"Example, Avery\",\"Fabrikam, Inc.\",plain\n");

  g_assert_cmpstr (out, ==, "1:[Example, Avery][Fabrikam, Inc.][plain]\n");
}

static void
test_quoted_lf_stays_in_field (void)
{
  g_autofree char *out = dump ("id,text\n1,\"Hello\nthere\n\"\n2,next\n");

  g_assert_cmpstr (out, ==,
                   "1:[id][text]\n"
                   "2:[1][Hello\\nthere\\n]\n"
                   "5:[2][next]\n");
}

static void
test_quoted_crlf_stays_in_field (void)
{
  g_autofree char *out = dump ("id,text\r\n1,\"Hello\r\nthere\"\r\n2,next\r\n");

  g_assert_cmpstr (out, ==,
                   "1:[id][text]\n"
                   "2:[1][Hello\\r\\nthere]\n"
                   "4:[2][next]\n");
}

static void
test_quoted_cr_stays_in_field (void)
{
  g_autofree char *out = dump ("id,text\r1,\"Hello\rthere\"\r2,next");

  g_assert_cmpstr (out, ==,
                   "1:[id][text]\n"
                   "2:[1][Hello\\rthere]\n"
                   "4:[2][next]\n");
}

static void
test_doubled_quote_is_one_quote (void)
{
  g_autofree char *out = dump ("\"She said \"\"no thanks\"\"\",\"\"\"\",\"\"\n");

  g_assert_cmpstr (out, ==, "1:[She said \"no thanks\"][\"][]\n");
}

static void
test_stray_quote_in_unquoted_field_is_literal (void)
{
  g_autoptr(GInputStream) stream = memory_stream_new ("Avery \"AJ\" Example,5\" screen,a\"\"b\n", -1);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *out = dump_stream (stream, &warnings);

  g_assert_cmpstr (out, ==, "1:[Avery \"AJ\" Example][5\" screen][a\"\"b]\n");
  g_assert_cmpuint (warnings->len, ==, 0);
}

static void
test_text_after_closing_quote_is_kept_with_one_warning (void)
{
  g_autoptr(GInputStream) stream = memory_stream_new ("ok,fine\n\"abc\"def,g\n\"x\"y,\"z\"\n", -1);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *out = dump_stream (stream, &warnings);
  OgWarning *warning;

  g_assert_cmpstr (out, ==,
                   "1:[ok][fine]\n"
                   "2:[abcdef][g]\n"
                   "3:[xy][z]\n");
  g_assert_cmpuint (warnings->len, ==, 1);
  warning = g_ptr_array_index (warnings, 0);
  g_assert_cmpstr (warning->file, ==, "Test.csv");
  g_assert_cmpuint (warning->line, ==, 2);
  g_assert_null (strstr (warning->message, "abc"));
}

static void
test_lf_ends_records (void)
{
  g_autofree char *out = dump ("a,b\nc,d\ne,f\n");

  g_assert_cmpstr (out, ==, "1:[a][b]\n2:[c][d]\n3:[e][f]\n");
}

static void
test_crlf_ends_records (void)
{
  g_autofree char *out = dump ("a,b\r\nc,d\r\ne,f\r\n");

  g_assert_cmpstr (out, ==, "1:[a][b]\n2:[c][d]\n3:[e][f]\n");
}

static void
test_lone_cr_ends_records (void)
{
  g_autofree char *out = dump ("a,b\rc,d\re,f\r");

  g_assert_cmpstr (out, ==, "1:[a][b]\n2:[c][d]\n3:[e][f]\n");
}

static void
test_mixed_line_endings_each_end_one_record (void)
{
  g_autofree char *out = dump ("a\r\nb\nc\rd\n\re");

  /* "\n\r" is an LF then a lone CR: two breaks around a blank line. */
  g_assert_cmpstr (out, ==, "1:[a]\n2:[b]\n3:[c]\n4:[d]\n5:[]\n6:[e]\n");
}

static void
test_utf8_bom_is_skipped (void)
{
  g_autoptr(GInputStream) stream = memory_stream_new ("\xEF\xBB\xBF" "First Name,Last Name\nRen\xC3\xA9,Exemple\n", -1);
  g_autoptr(OgCsvReader) reader = og_csv_reader_new (stream, "Connections.csv", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (og_csv_reader_next (reader, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (og_csv_reader_get_field (reader, 0), ==, "First Name");
  g_assert_cmpstr (og_csv_reader_get_encoding (reader), ==, "UTF-8");
  g_assert_cmpint (og_csv_reader_get_delimiter (reader), ==, ',');

  g_assert_true (og_csv_reader_next (reader, NULL, &error));
  g_assert_cmpstr (og_csv_reader_get_field (reader, 0), ==, "Ren\xC3\xA9");
  g_assert_cmpuint (og_csv_reader_get_warnings (reader)->len, ==, 0);
}

static void
test_bom_only_file_has_no_records (void)
{
  g_autofree char *bom = dump ("\xEF\xBB\xBF");
  g_autofree char *empty = dump ("");

  g_assert_cmpstr (bom, ==, "");
  g_assert_cmpstr (empty, ==, "");
}

static void
test_last_record_needs_no_newline (void)
{
  g_autofree char *out = dump ("First Name,Connected On\nAvery,02 Jun 2022");
  g_autofree char *quoted = dump ("a,\"last\"");
  g_autofree char *trailing_comma = dump ("a,");

  g_assert_cmpstr (out, ==, "1:[First Name][Connected On]\n2:[Avery][02 Jun 2022]\n");
  g_assert_cmpstr (quoted, ==, "1:[a][last]\n");
  g_assert_cmpstr (trailing_comma, ==, "1:[a][]\n");
}

static void
test_trailing_newline_adds_no_record (void)
{
  g_autofree char *lf = dump ("a,b\nc,d\n");
  g_autofree char *crlf = dump ("a,b\r\n");
  g_autofree char *cr = dump ("a\r");
  g_autoptr(OgCsvReader) reader = reader_new_for_data ("only\n", -1, "Test.csv", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (lf, ==, "1:[a][b]\n2:[c][d]\n");
  g_assert_cmpstr (crlf, ==, "1:[a][b]\n");
  g_assert_cmpstr (cr, ==, "1:[a]\n");

  g_assert_true (og_csv_reader_next (reader, NULL, &error));
  g_assert_false (og_csv_reader_next (reader, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (og_csv_reader_get_n_fields (reader), ==, 0);
  /* Reading past the end stays at the end. */
  g_assert_false (og_csv_reader_next (reader, NULL, &error));
  g_assert_no_error (error);
}

static void
test_blank_line_is_one_empty_field (void)
{
  const char *data = "a\n\nb\n\r\n\rc,\n,\n";
  g_autofree char *out = dump (data);
  g_autoptr(OgCsvReader) reader = reader_new_for_data (data, -1, "Test.csv", NULL);
  gboolean expected[] = { FALSE, TRUE, FALSE, TRUE, TRUE, FALSE, FALSE };
  guint n = 0;

  g_assert_cmpstr (out, ==, "1:[a]\n2:[]\n3:[b]\n4:[]\n5:[]\n6:[c][]\n7:[][]\n");

  while (og_csv_reader_next (reader, NULL, NULL))
    {
      g_assert_cmpuint (n, <, G_N_ELEMENTS (expected));
      g_assert_cmpint (og_csv_reader_is_blank (reader), ==, expected[n]);
      n++;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));
}

static void
test_ragged_rows_keep_their_field_counts (void)
{
  g_autoptr(OgCsvReader) reader = reader_new_for_data ("a,b,c\nd\ne,f,,\n\"g,h\"\n", -1, "Test.csv", NULL);
  guint expected[] = { 3, 1, 4, 1 };
  guint n = 0;

  while (og_csv_reader_next (reader, NULL, NULL))
    {
      g_assert_cmpuint (n, <, G_N_ELEMENTS (expected));
      g_assert_cmpuint (og_csv_reader_get_n_fields (reader), ==, expected[n]);
      n++;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));
}

static void
test_fully_quoted_export_keeps_multiline_content (void)
{
  const char *data =
    "\"CONVERSATION ID\",\"FROM\",\"TO\",\"DATE\",\"CONTENT\",\"FOLDER\"\n"
    "\"2-ZmFrZTE=\",\"Avery Example\",\"Sample, Jordan\",\"2026-01-14 09:12:44 UTC\","
    "\"Hi Jordan,\n\nAre you free for a \"\"quick\"\" 15-minute demo?\n\nBest,\nAvery\",\"INBOX\"\n"
    "\"2-ZmFrZTE=\",\"Jordan Sample\",\"Avery Example\",\"2026-01-14 10:01:02 UTC\",\"No, thank you.\",\"INBOX\"\n"
    "\"2-ZmFrZTI=\",\"Jordan Sample\",\"\",\"2026-01-15 08:00:00 UTC\",\"\",\"\"";
  g_autoptr(OgCsvReader) reader = reader_new_for_data (data, -1, "messages.csv", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (og_csv_reader_next (reader, NULL, &error));
  g_assert_cmpuint (og_csv_reader_get_n_fields (reader), ==, 6);
  g_assert_cmpstr (og_csv_reader_get_field (reader, 4), ==, "CONTENT");

  g_assert_true (og_csv_reader_next (reader, NULL, &error));
  g_assert_cmpuint (og_csv_reader_get_line (reader), ==, 2);
  g_assert_cmpuint (og_csv_reader_get_n_fields (reader), ==, 6);
  g_assert_cmpstr (og_csv_reader_get_field (reader, 2), ==, "Sample, Jordan");
  g_assert_cmpstr (og_csv_reader_get_field (reader, 4), ==,
                   "Hi Jordan,\n\nAre you free for a \"quick\" 15-minute demo?\n\nBest,\nAvery");
  g_assert_cmpstr (og_csv_reader_get_field (reader, 5), ==, "INBOX");

  g_assert_true (og_csv_reader_next (reader, NULL, &error));
  g_assert_cmpuint (og_csv_reader_get_line (reader), ==, 8);
  g_assert_cmpstr (og_csv_reader_get_field (reader, 4), ==, "No, thank you.");

  g_assert_true (og_csv_reader_next (reader, NULL, &error));
  g_assert_cmpuint (og_csv_reader_get_line (reader), ==, 9);
  g_assert_cmpuint (og_csv_reader_get_n_fields (reader), ==, 6);
  g_assert_cmpstr (og_csv_reader_get_field (reader, 5), ==, "");
  g_assert_false (og_csv_reader_is_blank (reader));

  g_assert_false (og_csv_reader_next (reader, NULL, &error));
  g_assert_no_error (error);
}

static void
test_unicode_line_separators_stay_in_field (void)
{
  /* U+2028, U+0085 (C2 85), U+2029, form feed and vertical tab. */
  g_autofree char *out = dump ("1,a\xE2\x80\xA8" "b,c\xC2\x85" "d,e\xE2\x80\xA9" "f,g\fh\vi\n"
                               "2,\"q\xE2\x80\xA8r\"\n");

  g_assert_cmpstr (out, ==,
                   "1:[1][a\xE2\x80\xA8" "b][c\xC2\x85" "d][e\xE2\x80\xA9" "f][g\fh\vi]\n"
                   "2:[2][q\xE2\x80\xA8r]\n");
}

static void
test_line_numbers_count_newlines_inside_fields (void)
{
  g_autofree char *out = dump ("h\n\"a\nb\nc\",x\r\n\"d\r\ne\"\r\rlast");

  g_assert_cmpstr (out, ==,
                   "1:[h]\n"
                   "2:[a\\nb\\nc][x]\n"
                   "5:[d\\r\\ne]\n"
                   "7:[]\n"
                   "8:[last]\n");
}

static GBytes *
utf16_with_bom (const char *utf8,
                const char *encoding)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *converted = NULL;
  gsize len = 0;
  GByteArray *bytes = g_byte_array_new ();

  converted = g_convert (utf8, -1, encoding, "UTF-8", NULL, &len, &error);
  g_assert_no_error (error);

  if (g_str_equal (encoding, "UTF-16LE"))
    g_byte_array_append (bytes, (const guint8 *) "\xFF\xFE", 2);
  else
    g_byte_array_append (bytes, (const guint8 *) "\xFE\xFF", 2);
  g_byte_array_append (bytes, (const guint8 *) converted, len);

  return g_byte_array_free_to_bytes (bytes);
}

static void
test_utf16le_with_bom_is_transcoded_and_tab_separated (void)
{
  g_autoptr(GBytes) bytes = utf16_with_bom ("Name\tCompany, Ltd\tNote\r\n"
                                            "Ren\xC3\xA9\tFabrikam\t\"two\r\nlines\"\r\n"
                                            "Zo\xC3\xAB \xF0\x9F\x98\x80\tA,B\t\r\n",
                                            "UTF-16LE");
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  g_autoptr(OgCsvReader) reader = reader_new_for_data (data, len, "Excel.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  out = dump_reader (reader, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (out, ==,
                   "1:[Name][Company, Ltd][Note]\n"
                   "2:[Ren\xC3\xA9][Fabrikam][two\\r\\nlines]\n"
                   "4:[Zo\xC3\xAB \xF0\x9F\x98\x80][A,B][]\n");
  g_assert_cmpint (og_csv_reader_get_delimiter (reader), ==, '\t');
  g_assert_cmpstr (og_csv_reader_get_encoding (reader), ==, "UTF-16LE");
  g_assert_cmpuint (og_csv_reader_get_warnings (reader)->len, ==, 0);
}

static void
test_utf16be_with_bom_is_transcoded (void)
{
  g_autoptr(GBytes) bytes = utf16_with_bom ("a\tb\n\xC3\xA9t\xC3\xA9\tc", "UTF-16BE");
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  g_autoptr(OgCsvReader) reader = reader_new_for_data (data, len, "Excel.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  out = dump_reader (reader, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (out, ==, "1:[a][b]\n2:[\xC3\xA9t\xC3\xA9][c]\n");
  g_assert_cmpint (og_csv_reader_get_delimiter (reader), ==, '\t');
  g_assert_cmpstr (og_csv_reader_get_encoding (reader), ==, "UTF-16BE");
}

static void
test_broken_utf16_is_an_encoding_error (void)
{
  /* "a\tb\n" then a lone low surrogate on line 2, within the first kilobytes
   * that are looked at for the delimiter: the error still names its line. */
  const char data[] = "\xFF\xFE" "a\0\t\0b\0\n\0" "c\0\x00\xDC" "d\0";
  g_autoptr(OgCsvReader) reader = reader_new_for_data (data, sizeof data - 1, "Excel.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  out = dump_reader (reader, &error);
  g_assert_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_ENCODING);
  assert_message_has (error->message, "Excel.txt, line 2:");
  g_assert_cmpstr (out, ==, "1:[a][b]\n");
}

static void
test_utf16_with_commas_and_no_tab_is_comma_separated (void)
{
  /* An editor's "Save as Unicode" of a real export: UTF-16, commas kept. */
  g_autoptr(GBytes) bytes = utf16_with_bom ("First Name,Last Name,Company\r\n"
                                            "Kai,N\xC3\xB8rgaard,\"Fjordvik, Gothenburg\"\r\n",
                                            "UTF-16LE");
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  const char *expected = "1:[First Name][Last Name][Company]\n"
                         "2:[Kai][N\xC3\xB8rgaard][Fjordvik, Gothenburg]\n";

  /* At once, and a byte at a time: looking ahead for the delimiter must lose nothing. */
  for (gsize step = 1; step <= len; step += len - 1)
    {
      g_autoptr(GInputStream) stream = trickle_stream_new (data, len, step);
      g_autoptr(OgCsvReader) reader = og_csv_reader_new (stream, "Connections.csv", NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *out = dump_reader (reader, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (out, ==, expected);
      g_assert_cmpint (og_csv_reader_get_delimiter (reader), ==, ',');
      g_assert_cmpstr (og_csv_reader_get_encoding (reader), ==, "UTF-16LE");
    }
}

static void
test_invalid_utf8_is_read_as_windows_1252 (void)
{
  g_autoptr(GInputStream) stream =
    memory_stream_new ("Name,Title\nRen\xE9,\x93Growth\x94 lead \x96 EMEA\x85\n"
                       "\x80" "5,\x99\n", -1);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *out = dump_stream (stream, &warnings);
  OgWarning *warning;

  /* 0x85 is "…" here, not a line break. */
  g_assert_cmpstr (out, ==,
                   "1:[Name][Title]\n"
                   "2:[Ren\xC3\xA9][\xE2\x80\x9CGrowth\xE2\x80\x9D lead \xE2\x80\x93 EMEA\xE2\x80\xA6]\n"
                   "3:[\xE2\x82\xAC" "5][\xE2\x84\xA2]\n");
  g_assert_cmpuint (warnings->len, ==, 1);
  warning = g_ptr_array_index (warnings, 0);
  g_assert_cmpuint (warning->line, ==, 2);
  assert_message_has (warning->message, "Windows-1252");
  assert_message_has (warning->message, "line 2");
}

static void
test_windows_1252_warning_names_first_line_once (void)
{
  GString *data = g_string_new ("id,text\n\"multi\nline\nvalid \xC3\xA9\"\n");
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *out = NULL;
  OgWarning *warning;

  for (guint i = 0; i < 7; i++)
    g_string_append_printf (data, "%u,plain\n", i);
  /* Lines 1–11 are valid; the first stray byte is on line 12, more follow. */
  g_string_append (data, "x,caf\xE9\ny,na\xEFve\n\"z\n\xE9\",w\n");
  stream = memory_stream_new (data->str, data->len);
  g_string_free (data, TRUE);

  out = dump_stream (stream, &warnings);
  g_assert_nonnull (strstr (out, "12:[x][caf\xC3\xA9]\n13:[y][na\xC3\xAFve]\n14:[z\\n\xC3\xA9][w]\n"));
  g_assert_cmpuint (warnings->len, ==, 1);
  warning = g_ptr_array_index (warnings, 0);
  g_assert_cmpstr (warning->file, ==, "Test.csv");
  g_assert_cmpuint (warning->line, ==, 12);
  g_assert_cmpstr (warning->message, ==, "Text is not valid UTF-8; read as Windows-1252 from line 12");
}

static void
test_undefined_windows_1252_bytes_become_c1_controls (void)
{
  g_autofree char *out = dump ("\x81\x8D\x8F\x90\x9D,\xA0\xFF\n");

  g_assert_cmpstr (out, ==,
                   "1:[\xC2\x81\xC2\x8D\xC2\x8F\xC2\x90\xC2\x9D][\xC2\xA0\xC3\xBF]\n");
}

static void
test_valid_utf8_in_a_mixed_field_is_kept (void)
{
  g_autofree char *out = dump ("caf\xC3\xA9 \x96 na\xC3\xAFve \xF0\x9F\x98\x80 \xC3\n");

  /* A lone lead byte (C3 at the end) is not UTF-8, so it is "Ã". */
  g_assert_cmpstr (out, ==, "1:[caf\xC3\xA9 \xE2\x80\x93 na\xC3\xAFve \xF0\x9F\x98\x80 \xC3\x83]\n");
}

static void
test_nul_bytes_are_removed_with_one_warning (void)
{
  const char data[] = "a\0b,c\n\"d\0e\",f\n\"g\"\0,\0\0\n";
  g_autoptr(GInputStream) stream = memory_stream_new (data, sizeof data - 1);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *out = dump_stream (stream, &warnings);
  OgWarning *warning;

  g_assert_cmpstr (out, ==, "1:[ab][c]\n2:[de][f]\n3:[g][]\n");
  g_assert_cmpuint (warnings->len, ==, 1);
  warning = g_ptr_array_index (warnings, 0);
  g_assert_cmpuint (warning->line, ==, 1);
  assert_message_has (warning->message, "NUL");
}

static void
test_unterminated_quote_names_opening_line (void)
{
  g_autoptr(OgCsvReader) reader =
    reader_new_for_data ("From,Content\nAvery,fine\nJordan,\"secret words\nstill open\n\nnever closed", -1,
                         "messages.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) again = NULL;

  g_assert_true (og_csv_reader_next (reader, NULL, &error));
  g_assert_true (og_csv_reader_next (reader, NULL, &error));
  g_assert_no_error (error);

  g_assert_false (og_csv_reader_next (reader, NULL, &error));
  g_assert_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_FORMAT);
  g_assert_cmpstr (error->message, ==, "messages.csv, line 3: unterminated quoted field");
  g_assert_cmpuint (og_csv_reader_get_n_fields (reader), ==, 0);

  /* The failure sticks rather than resuming mid-field. */
  g_assert_false (og_csv_reader_next (reader, NULL, &again));
  g_assert_error (again, OG_IMPORT_ERROR, OG_IMPORT_ERROR_FORMAT);
}

static void
test_field_longer_than_limit_fails (void)
{
  OgCsvLimits limits;
  g_autoptr(OgCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  og_csv_limits_init_default (&limits);
  limits.max_field_bytes = 10;

  /* Exactly ten bytes pass, also when "" escapes shrink a quoted field. */
  reader = reader_new_for_data ("0123456789,\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\nsecret-text-too-long,x\n", -1,
                                "Connections.csv", &limits);
  g_assert_true (og_csv_reader_next (reader, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (og_csv_reader_get_field_length (reader, 1), ==, 10);

  g_assert_false (og_csv_reader_next (reader, NULL, &error));
  g_assert_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_LIMIT);
  assert_message_has (error->message, "Connections.csv, line 2");
  g_assert_null (strstr (error->message, "secret"));
}

static void
test_field_limit_counts_decoded_bytes (void)
{
  OgCsvLimits limits;
  g_autoptr(OgCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  og_csv_limits_init_default (&limits);
  limits.max_field_bytes = 10;

  /* Eight Windows-1252 bytes become sixteen UTF-8 bytes. */
  reader = reader_new_for_data ("ok\n\xE9\xE9\xE9\xE9\xE9\xE9\xE9\xE9\n", -1, "Test.csv", &limits);
  g_assert_true (og_csv_reader_next (reader, NULL, &error));
  g_assert_false (og_csv_reader_next (reader, NULL, &error));
  g_assert_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_LIMIT);
  assert_message_has (error->message, "Test.csv, line 2");
}

static void
test_huge_field_fails_before_reading_it_all (void)
{
  gsize size = 8 * 1024 * 1024;
  char *data = g_malloc (size);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(OgCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  OgCsvLimits limits;

  memset (data, 'x', size);
  data[0] = '"';
  stream = g_memory_input_stream_new_from_data (data, size, g_free);
  og_csv_limits_init_default (&limits);
  limits.max_field_bytes = 1000;
  reader = og_csv_reader_new (stream, "Big.csv", &limits);

  g_assert_false (og_csv_reader_next (reader, NULL, &error));
  g_assert_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_LIMIT);
  assert_message_has (error->message, "Big.csv, line 1");
  g_assert_cmpint (g_seekable_tell (G_SEEKABLE (stream)), <, 256 * 1024);
}

static void
test_too_many_fields_fails_fast (void)
{
  guint n_columns = 200000;
  GString *data = g_string_sized_new (n_columns * 2 + 16);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(OgCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  gsize total;

  g_string_append (data, "header\n");
  for (guint i = 0; i < n_columns; i++)
    g_string_append (data, "c,");
  g_string_append_c (data, '\n');
  total = data->len;
  stream = g_memory_input_stream_new_from_data (g_string_free (data, FALSE), total, g_free);
  reader = og_csv_reader_new (stream, "Wide.csv", NULL);

  g_assert_true (og_csv_reader_next (reader, NULL, &error));
  g_assert_false (og_csv_reader_next (reader, NULL, &error));
  g_assert_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_LIMIT);
  assert_message_has (error->message, "Wide.csv, line 2");
  assert_message_has (error->message, "4096");
  g_assert_cmpint (g_seekable_tell (G_SEEKABLE (stream)), <, (goffset) total);
}

static void
test_field_count_limit_is_inclusive (void)
{
  OgCsvLimits limits;
  g_autoptr(OgCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  og_csv_limits_init_default (&limits);
  limits.max_fields = 3;
  reader = reader_new_for_data ("a,b,c\n\"x,y\",z\na,b,c,d\n", -1, "Test.csv", &limits);

  g_assert_true (og_csv_reader_next (reader, NULL, &error));
  g_assert_cmpuint (og_csv_reader_get_n_fields (reader), ==, 3);
  g_assert_true (og_csv_reader_next (reader, NULL, &error));
  g_assert_false (og_csv_reader_next (reader, NULL, &error));
  g_assert_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_LIMIT);
  assert_message_has (error->message, "Test.csv, line 3");
}

static void
test_too_many_records_fails (void)
{
  OgCsvLimits limits;
  g_autoptr(OgCsvReader) exact = NULL;
  g_autoptr(OgCsvReader) over = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  og_csv_limits_init_default (&limits);
  limits.max_records = 3;

  /* The final newline starts no fourth record. */
  exact = reader_new_for_data ("a\nb\nc\n", -1, "Test.csv", &limits);
  out = dump_reader (exact, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (out, ==, "1:[a]\n2:[b]\n3:[c]\n");

  over = reader_new_for_data ("a\n\"b\nb\"\nc\nd\ne\n", -1, "Invitations.csv", &limits);
  for (guint i = 0; i < 3; i++)
    g_assert_true (og_csv_reader_next (over, NULL, &error));
  g_assert_false (og_csv_reader_next (over, NULL, &error));
  g_assert_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_LIMIT);
  assert_message_has (error->message, "Invitations.csv, line 5");
}

static const char *chunk_inputs[] = {
  "a,b\r\nc,\"d\r\ne\"\r\nf,\"\"\"g\"\"\"\rh\n\n\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80,end",
  "\xEF\xBB\xBF" "First Name,Last Name\r\n\"Ren\xC3\xA9\",\"Ex, ample\"\r\n",
  "x,\"abc\"def\ny,caf\xE9\nz,\"q\xE2\x80\xA8r\"\r",
  "\r\n\r\n\"\"\r\n",
  "\"unterminated\nat the end",
};

static char *
dump_or_error (GInputStream *stream)
{
  g_autoptr(OgCsvReader) reader = og_csv_reader_new (stream, "Chunks.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = dump_reader (reader, &error);
  GString *result = g_string_new (out);

  for (guint i = 0; i < og_csv_reader_get_warnings (reader)->len; i++)
    {
      g_autofree char *text = og_warning_to_string (g_ptr_array_index (og_csv_reader_get_warnings (reader), i));
      g_string_append_printf (result, "warning: %s\n", text);
    }
  if (error != NULL)
    g_string_append_printf (result, "error: %s\n", error->message);

  return g_string_free (result, FALSE);
}

static void
test_tiny_chunks_give_identical_records (void)
{
  g_autoptr(GBytes) utf16 = utf16_with_bom ("a\tb\r\n\"c\r\nd\"\t\xF0\x9F\x98\x80\r\n", "UTF-16LE");
  gsize utf16_len;
  const char *utf16_data = g_bytes_get_data (utf16, &utf16_len);
  const gsize steps[] = { 1, 2, 3, 5, 7 };

  for (guint i = 0; i <= G_N_ELEMENTS (chunk_inputs); i++)
    {
      const char *data = i < G_N_ELEMENTS (chunk_inputs) ? chunk_inputs[i] : utf16_data;
      gsize len = i < G_N_ELEMENTS (chunk_inputs) ? strlen (data) : utf16_len;
      g_autoptr(GInputStream) whole_stream = memory_stream_new (data, len);
      g_autofree char *whole = dump_or_error (whole_stream);

      g_assert_cmpstr (whole, !=, "");
      for (guint j = 0; j < G_N_ELEMENTS (steps); j++)
        {
          g_autoptr(GInputStream) trickle = trickle_stream_new (data, len, steps[j]);
          g_autofree char *pieces = dump_or_error (trickle);

          g_assert_cmpstr (pieces, ==, whole);
        }
    }
}

static void
test_crlf_split_across_chunks_is_one_line_break (void)
{
  const char *data = "a\r\nb\r\n\"c\r\nd\",e\r\nf";
  g_autoptr(GInputStream) stream = trickle_stream_new (data, strlen (data), 1);
  g_autofree char *out = dump_stream (stream, NULL);

  g_assert_cmpstr (out, ==, "1:[a]\n2:[b]\n3:[c\\r\\nd][e]\n5:[f]\n");
}

static void
test_utf8_char_split_across_chunks_survives (void)
{
  const char *data = "caf\xC3\xA9,\xE2\x82\xAC\xF0\x9F\x98\x80\n\"\xF0\x9F\x98\x80\",x";

  for (gsize step = 1; step <= 4; step++)
    {
      g_autoptr(GInputStream) stream = trickle_stream_new (data, strlen (data), step);
      g_autoptr(GPtrArray) warnings = NULL;
      g_autofree char *out = dump_stream (stream, &warnings);

      g_assert_cmpstr (out, ==, "1:[caf\xC3\xA9][\xE2\x82\xAC\xF0\x9F\x98\x80]\n2:[\xF0\x9F\x98\x80][x]\n");
      g_assert_cmpuint (warnings->len, ==, 0);
    }
}

static void
test_cancelled_read_returns_cancelled (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(OgCsvReader) reader = reader_new_for_data ("a,b\n", -1, "Test.csv", NULL);
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (og_csv_reader_next (reader, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_cancelling_mid_file_stops_between_chunks (void)
{
  GString *data = g_string_new (NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(OgCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  guint n_lines = 50000;
  guint n_read = 0;

  for (guint i = 0; i < n_lines; i++)
    g_string_append_printf (data, "%u,Avery Example,Fabrikam\n", i);
  reader = reader_new_for_data (data->str, data->len, "Big.csv", NULL);
  g_string_free (data, TRUE);

  while (og_csv_reader_next (reader, cancellable, &error))
    {
      if (++n_read == 10)
        g_cancellable_cancel (cancellable);
    }
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (n_read, >=, 10);
  g_assert_cmpuint (n_read, <, n_lines);
}

static void
test_limits_have_documented_defaults (void)
{
  OgCsvLimits limits;

  og_csv_limits_init_default (&limits);
  g_assert_cmpuint (limits.max_field_bytes, ==, 16 * 1024 * 1024);
  g_assert_cmpuint (limits.max_fields, ==, 4096);
  g_assert_cmpuint (limits.max_records, ==, 20000000);
}

static void
test_freeing_reader_leaves_caller_stream_open (void)
{
  g_autoptr(GInputStream) stream = memory_stream_new ("a\nb\n", -1);
  OgCsvReader *reader = og_csv_reader_new (stream, "Test.csv", NULL);

  g_assert_true (og_csv_reader_next (reader, NULL, NULL));
  og_csv_reader_free (reader);
  g_assert_false (g_input_stream_is_closed (stream));
  g_assert_finalize_object (g_steal_pointer (&stream));
}

/* ---- the writer ------------------------------------------------------------ */

static char *
written_cell (const char *value)
{
  GString *out = g_string_new (NULL);

  og_csv_append_cell (out, value);
  return g_string_free (out, FALSE);
}

static void
test_written_cells_starting_with_a_formula_character_stay_text (void)
{
  /* What a spreadsheet would evaluate: = + - @, and a tab or CR before one. */
  const char *formulas[] = {
    "=HYPERLINK(\"https://evil.example\",\"Open\")",
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
  };
  const char *expected[] = {
    "\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Open\"\")\"",
    "\"'+1+cmd|' /C calc'!A0\"",
    "\"'-2+3\"",
    "\"'@SUM(A1:A9)\"",
    "\"'\t=1+1\"",
    "\"'\r=1+1\"",
  };
  g_autoptr(GString) row = g_string_new (NULL);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(OgCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  G_STATIC_ASSERT (G_N_ELEMENTS (formulas) == G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (formulas); i++)
    {
      g_autofree char *cell = written_cell (formulas[i]);

      g_assert_cmpstr (cell, ==, expected[i]);
    }

  /* Read back as CSV, each cell is the text with an apostrophe in front. */
  og_csv_append_row (row, formulas, G_N_ELEMENTS (formulas));
  stream = memory_stream_new (row->str, row->len);
  reader = og_csv_reader_new (stream, "Export.csv", NULL);
  g_assert_true (og_csv_reader_next (reader, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (og_csv_reader_get_n_fields (reader), ==, G_N_ELEMENTS (formulas));
  for (guint i = 0; i < G_N_ELEMENTS (formulas); i++)
    {
      g_autofree char *text = g_strconcat ("'", formulas[i], NULL);

      g_assert_cmpstr (og_csv_reader_get_field (reader, i), ==, text);
    }
  g_assert_false (og_csv_reader_next (reader, NULL, &error));
  g_assert_no_error (error);
}

static void
test_written_cells_without_a_formula_character_are_unchanged (void)
{
  const char *plain[][2] = {
    { "Ada Quist", "Ada Quist" },
    { "a=b", "a=b" },
    { "Q&A @ noon", "Q&A @ noon" },
    { "5", "5" },
    { "", "" },
    { NULL, "" },
    { "Nordvik, Ltd", "\"Nordvik, Ltd\"" },
    { "Say \"hi\"", "\"Say \"\"hi\"\"\"" },
    { "two\nlines", "\"two\nlines\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (plain); i++)
    {
      g_autofree char *cell = written_cell (plain[i][0]);

      g_assert_cmpstr (cell, ==, plain[i][1]);
    }
}

/* The striding validator must agree with GLib's on every input: text built
 * from pieces that straddle its eight-byte steps, valid and broken. */
static void
test_utf8_validation_agrees_with_glib (void)
{
  static const char *const pieces[] = {
    "a", "plain ascii ", "\xc3\xa9", "\xe2\x80\x94", "\xf0\x9f\x98\x80", "\xc3", "\xa9", "\xed\xa0\x80",
    "\xc0\xaf", "\xf4\x90\x80\x80", "\xff", "\xe2\x80", "\x80\x80\x80", "0123456", "\n",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261203);
  guint n_valid = 0;

  for (guint round = 0; round < 20000; round++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      guint n_pieces = g_rand_int_range (rand, 0, 12);

      for (guint i = 0; i < n_pieces; i++)
        g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      /* Now and then a NUL, which no valid text of a given length holds. */
      if (text->len > 0 && g_rand_int_range (rand, 0, 20) == 0)
        text->str[g_rand_int_range (rand, 0, text->len)] = '\0';

      g_assert_cmpint (og_utf8_validate_len (text->str, text->len), ==,
                       g_utf8_validate_len (text->str, text->len, NULL));
      n_valid += og_utf8_validate_len (text->str, text->len);
    }
  /* Both kinds were tried in numbers. */
  g_assert_cmpuint (n_valid, >, 2000);
  g_assert_cmpuint (n_valid, <, 18000);
}

/* ---- read-ahead ------------------------------------------------------------ */

/* A file of @n records whose sizes vary (some past a batch's megabyte),
 * with blank lines between; record i reads "i,<text of i>,end". */
static GString *
many_records (guint n)
{
  GString *csv = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      guint width = i % 997 == 0 ? 1200 * 1024 : i % 7 * 40;

      g_string_append_printf (csv, "%u,\"", i);
      for (guint k = 0; k < width; k++)
        g_string_append_c (csv, "ab,\n "[k % 5]);
      g_string_append (csv, "\",end\n");
      if (i % 50 == 0)
        g_string_append (csv, "\n");
    }
  return csv;
}

static guint64
count_position_calls (gpointer data)
{
  guint *calls = data;

  return ++*calls;
}

static void
test_read_ahead_gives_the_readers_records_in_order (void)
{
  g_autoptr(GString) csv = many_records (5000);
  g_autoptr(GInputStream) direct_stream = memory_stream_new (csv->str, (gssize)csv->len);
  g_autoptr(GInputStream) ahead_stream = memory_stream_new (csv->str, (gssize)csv->len);
  g_autoptr(OgCsvReader) direct = og_csv_reader_new (direct_stream, "messages.csv", NULL);
  g_autoptr(OgCsvReader) reader = og_csv_reader_new (ahead_stream, "messages.csv", NULL);
  g_autoptr(OgCsvReadAhead) ahead = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0, calls = 0;

  ahead = og_csv_read_ahead_new (reader, 100, count_position_calls, &calls, NULL);
  while (og_csv_read_ahead_next (ahead, &error))
    {
      do
        g_assert_true (og_csv_reader_next (direct, NULL, NULL));
      while (og_csv_reader_is_blank (direct));

      g_assert_cmpuint (og_csv_read_ahead_get_line (ahead), ==, og_csv_reader_get_line (direct));
      g_assert_cmpuint (og_csv_read_ahead_get_n_fields (ahead), ==, 3);
      for (guint i = 0; i < 3; i++)
        {
          g_assert_cmpstr (og_csv_read_ahead_get_field (ahead, i), ==, og_csv_reader_get_field (direct, i));
          g_assert_cmpuint (og_csv_read_ahead_get_field_length (ahead, i), ==, og_csv_reader_get_field_length (direct, i));
        }
      n++;
      /* Every hundredth record carries the position, the others none. */
      g_assert_cmpuint (og_csv_read_ahead_get_position (ahead), ==, n % 100 == 0 ? n / 100 : 0);
    }
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 5000);
  g_assert_false (og_csv_reader_next (direct, NULL, NULL));
  /* The end stays the end. */
  g_assert_false (og_csv_read_ahead_next (ahead, &error));
  g_assert_no_error (error);
}

static void
test_read_ahead_passes_on_the_readers_error_after_the_records_before_it (void)
{
  g_autoptr(GString) csv = many_records (3000);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(OgCsvReader) reader = NULL;
  g_autoptr(OgCsvReadAhead) ahead = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_string_append (csv, "3000,\"never closed\n");
  stream = memory_stream_new (csv->str, (gssize)csv->len);
  reader = og_csv_reader_new (stream, "messages.csv", NULL);
  ahead = og_csv_read_ahead_new (reader, 1, NULL, NULL, NULL);
  while (og_csv_read_ahead_next (ahead, &error))
    n++;

  g_assert_cmpuint (n, ==, 3000);
  g_assert_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "messages.csv, line "));
  g_assert_nonnull (strstr (error->message, "unterminated quoted field"));
}

static void
test_read_ahead_can_be_left_before_the_end (void)
{
  g_autoptr(GString) csv = many_records (20000);
  g_autoptr(GInputStream) stream = memory_stream_new (csv->str, (gssize)csv->len);
  g_autoptr(OgCsvReader) reader = og_csv_reader_new (stream, "messages.csv", NULL);
  OgCsvReadAhead *ahead = og_csv_read_ahead_new (reader, 1, NULL, NULL, NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 10; i++)
    g_assert_true (og_csv_read_ahead_next (ahead, &error));
  g_assert_cmpstr (og_csv_read_ahead_get_field (ahead, 0), ==, "9");
  /* The worker stops at its batch's end; the reader is the caller's again. */
  og_csv_read_ahead_free (ahead);
  g_assert_true (og_csv_reader_next (reader, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (strtoul (og_csv_reader_get_field (reader, 0), NULL, 10), >, 9);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/og/csv/simple-rows-split-on-commas", test_simple_rows_split_on_commas);
  g_test_add_func ("/og/csv/utf8-validation-agrees-with-glib", test_utf8_validation_agrees_with_glib);
  g_test_add_func ("/og/csv/read-ahead-gives-the-readers-records-in-order",
                   test_read_ahead_gives_the_readers_records_in_order);
  g_test_add_func ("/og/csv/read-ahead-passes-on-the-readers-error-after-the-records-before-it",
                   test_read_ahead_passes_on_the_readers_error_after_the_records_before_it);
  g_test_add_func ("/og/csv/read-ahead-can-be-left-before-the-end", test_read_ahead_can_be_left_before_the_end);
  g_test_add_func ("/og/csv/empty-fields-between-delimiters-are-kept", test_empty_fields_between_delimiters_are_kept);
  g_test_add_func ("/og/csv/quoted-comma-stays-in-field", test_quoted_comma_stays_in_field);
  g_test_add_func ("/og/csv/quoted-lf-stays-in-field", test_quoted_lf_stays_in_field);
  g_test_add_func ("/og/csv/quoted-crlf-stays-in-field", test_quoted_crlf_stays_in_field);
  g_test_add_func ("/og/csv/quoted-cr-stays-in-field", test_quoted_cr_stays_in_field);
  g_test_add_func ("/og/csv/doubled-quote-is-one-quote", test_doubled_quote_is_one_quote);
  g_test_add_func ("/og/csv/stray-quote-in-unquoted-field-is-literal", test_stray_quote_in_unquoted_field_is_literal);
  g_test_add_func ("/og/csv/text-after-closing-quote-is-kept-with-one-warning",
                   test_text_after_closing_quote_is_kept_with_one_warning);
  g_test_add_func ("/og/csv/lf-ends-records", test_lf_ends_records);
  g_test_add_func ("/og/csv/crlf-ends-records", test_crlf_ends_records);
  g_test_add_func ("/og/csv/lone-cr-ends-records", test_lone_cr_ends_records);
  g_test_add_func ("/og/csv/mixed-line-endings-each-end-one-record", test_mixed_line_endings_each_end_one_record);
  g_test_add_func ("/og/csv/utf8-bom-is-skipped", test_utf8_bom_is_skipped);
  g_test_add_func ("/og/csv/bom-only-file-has-no-records", test_bom_only_file_has_no_records);
  g_test_add_func ("/og/csv/last-record-needs-no-newline", test_last_record_needs_no_newline);
  g_test_add_func ("/og/csv/trailing-newline-adds-no-record", test_trailing_newline_adds_no_record);
  g_test_add_func ("/og/csv/blank-line-is-one-empty-field", test_blank_line_is_one_empty_field);
  g_test_add_func ("/og/csv/ragged-rows-keep-their-field-counts", test_ragged_rows_keep_their_field_counts);
  g_test_add_func ("/og/csv/fully-quoted-export-keeps-multiline-content",
                   test_fully_quoted_export_keeps_multiline_content);
  g_test_add_func ("/og/csv/unicode-line-separators-stay-in-field", test_unicode_line_separators_stay_in_field);
  g_test_add_func ("/og/csv/line-numbers-count-newlines-inside-fields",
                   test_line_numbers_count_newlines_inside_fields);
  g_test_add_func ("/og/csv/utf16le-with-bom-is-transcoded-and-tab-separated",
                   test_utf16le_with_bom_is_transcoded_and_tab_separated);
  g_test_add_func ("/og/csv/utf16be-with-bom-is-transcoded", test_utf16be_with_bom_is_transcoded);
  g_test_add_func ("/og/csv/broken-utf16-is-an-encoding-error", test_broken_utf16_is_an_encoding_error);
  g_test_add_func ("/og/csv/utf16-with-commas-and-no-tab-is-comma-separated",
                   test_utf16_with_commas_and_no_tab_is_comma_separated);
  g_test_add_func ("/og/csv/invalid-utf8-is-read-as-windows-1252", test_invalid_utf8_is_read_as_windows_1252);
  g_test_add_func ("/og/csv/windows-1252-warning-names-first-line-once",
                   test_windows_1252_warning_names_first_line_once);
  g_test_add_func ("/og/csv/undefined-windows-1252-bytes-become-c1-controls",
                   test_undefined_windows_1252_bytes_become_c1_controls);
  g_test_add_func ("/og/csv/valid-utf8-in-a-mixed-field-is-kept", test_valid_utf8_in_a_mixed_field_is_kept);
  g_test_add_func ("/og/csv/nul-bytes-are-removed-with-one-warning", test_nul_bytes_are_removed_with_one_warning);
  g_test_add_func ("/og/csv/unterminated-quote-names-opening-line", test_unterminated_quote_names_opening_line);
  g_test_add_func ("/og/csv/field-longer-than-limit-fails", test_field_longer_than_limit_fails);
  g_test_add_func ("/og/csv/field-limit-counts-decoded-bytes", test_field_limit_counts_decoded_bytes);
  g_test_add_func ("/og/csv/huge-field-fails-before-reading-it-all", test_huge_field_fails_before_reading_it_all);
  g_test_add_func ("/og/csv/too-many-fields-fails-fast", test_too_many_fields_fails_fast);
  g_test_add_func ("/og/csv/field-count-limit-is-inclusive", test_field_count_limit_is_inclusive);
  g_test_add_func ("/og/csv/too-many-records-fails", test_too_many_records_fails);
  g_test_add_func ("/og/csv/tiny-chunks-give-identical-records", test_tiny_chunks_give_identical_records);
  g_test_add_func ("/og/csv/crlf-split-across-chunks-is-one-line-break",
                   test_crlf_split_across_chunks_is_one_line_break);
  g_test_add_func ("/og/csv/utf8-char-split-across-chunks-survives", test_utf8_char_split_across_chunks_survives);
  g_test_add_func ("/og/csv/cancelled-read-returns-cancelled", test_cancelled_read_returns_cancelled);
  g_test_add_func ("/og/csv/cancelling-mid-file-stops-between-chunks",
                   test_cancelling_mid_file_stops_between_chunks);
  g_test_add_func ("/og/csv/limits-have-documented-defaults", test_limits_have_documented_defaults);
  g_test_add_func ("/og/csv/freeing-reader-leaves-caller-stream-open",
                   test_freeing_reader_leaves_caller_stream_open);
  g_test_add_func ("/og/csv/written-cells-starting-with-a-formula-character-stay-text",
                   test_written_cells_starting_with_a_formula_character_stay_text);
  g_test_add_func ("/og/csv/written-cells-without-a-formula-character-are-unchanged",
                   test_written_cells_without_a_formula_character_are_unchanged);

  return g_test_run ();
}
