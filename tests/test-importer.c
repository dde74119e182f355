/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The importer: ZIPs, folders, single files, JSON, errors, limits, async. */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>
#include <string.h>

#include "og-error.h"
#include "og-importer.h"

#define CONNECTIONS_2024 \
  "Notes:\n" \
  "\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n" \
  "\n" \
  "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" \
  "Ola,Nord,https://www.linkedin.com/in/ola-nord,,Nordvik,Sales,16 Dec 2024\n" \
  "Kai,Sund,https://www.linkedin.com/in/kai-sund,,\"Sund, Berg & Co\",CEO,15 Dec 2024\n" \
  ",,,,,,02 Jun 2022"

#define MESSAGES_2024 \
  "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n" \
  "2-n,,Ola Nord,https://www.linkedin.com/in/ola-nord,Petra Vinter,https://www.linkedin.com/in/petra-vinter,2024-12-16 12:04:58 UTC,,Can I show you a demo?,INBOX,false,false\n" \
  "2-n,,Ola Nord,https://www.linkedin.com/in/ola-nord,Petra Vinter,https://www.linkedin.com/in/petra-vinter,2024-12-16 11:49:15 UTC,,Hi Petra!,INBOX,false,false\n" \
  "2-m,,Petra Vinter,https://www.linkedin.com/in/petra-vinter,Kai Sund,https://www.linkedin.com/in/kai-sund,2024-12-15 10:00:00 UTC,,Welcome,INBOX,false,false\n"

#define INVITATIONS_2024 \
  "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n" \
  "Ola Nord,Petra Vinter,\"12/15/24, 9:30 PM\",Hi Petra!,INCOMING,https://www.linkedin.com/in/ola-nord,https://www.linkedin.com/in/petra-vinter\n"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = g_dir_make_tmp ("og-importer-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Writes @content (of @length bytes, or a string when -1) under the fixture dir. */
static char *
write_file (Fixture    *fixture,
            const char *relative,
            const char *content,
            gssize      length)
{
  g_autofree char *path = g_build_filename (fixture->dir, relative, NULL);
  g_autofree char *parent = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, content, length, NULL));

  return g_steal_pointer (&path);
}

/* Writes a ZIP holding name/content pairs (NULL-terminated). */
static char *
write_zip (Fixture    *fixture,
           const char *zip_name,
           ...)
{
  g_autofree char *path = g_build_filename (fixture->dir, zip_name, NULL);
  struct archive *archive = archive_write_new ();
  va_list args;

  archive_write_set_format_zip (archive);
  g_assert_cmpint (archive_write_open_filename (archive, path), ==, ARCHIVE_OK);

  va_start (args, zip_name);
  for (const char *name = va_arg (args, const char *); name != NULL; name = va_arg (args, const char *))
    {
      const char *content = va_arg (args, const char *);
      struct archive_entry *entry = archive_entry_new ();
      gsize length = strlen (content);

      archive_entry_set_pathname (entry, name);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      archive_entry_set_size (entry, (la_int64_t)length);
      g_assert_cmpint (archive_write_header (archive, entry), ==, ARCHIVE_OK);
      g_assert_cmpint (archive_write_data (archive, content, length), ==, (la_ssize_t)length);
      archive_entry_free (entry);
    }
  va_end (args);

  archive_write_close (archive);
  archive_write_free (archive);

  return g_steal_pointer (&path);
}

static OgDataset *
import_one (const char  *source,
            GError     **error)
{
  const char *sources[] = { source, NULL };

  return og_import (sources, NULL, NULL, NULL, error);
}

static void
assert_standard_counts (OgDataset *dataset)
{
  g_assert_nonnull (dataset);
  g_assert_cmpuint (og_dataset_get_n_connections (dataset), ==, 2);
  g_assert_cmpuint (og_dataset_get_n_hidden_connections (dataset), ==, 1);
  g_assert_cmpuint (og_dataset_get_n_messages (dataset), ==, 3);
  g_assert_cmpuint (og_dataset_get_n_invitations (dataset), ==, 1);
  g_assert_cmpuint (og_dataset_get_n_note_acceptances (dataset), ==, 1);
}

static void
test_importer_reads_a_folder_export (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(OgDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  g_free (write_file (fixture, "export/Connections.csv", CONNECTIONS_2024, -1));
  g_free (write_file (fixture, "export/messages.csv", MESSAGES_2024, -1));
  g_free (write_file (fixture, "export/Invitations.csv", INVITATIONS_2024, -1));
  g_free (write_file (fixture, "export/Rich_Media.csv", "\xff\xfe" "a\0\tb\0", 6));

  {
    g_autofree char *folder = g_build_filename (fixture->dir, "export", NULL);

    dataset = import_one (folder, &error);
  }
  g_assert_no_error (error);
  assert_standard_counts (dataset);
  g_assert_cmpstr (og_dataset_get_owner (dataset)->name, ==, "Petra Vinter");
}

static void
test_importer_reads_a_zip_export_with_files_at_any_depth (Fixture       *fixture,
                                                          gconstpointer  data)
{
  g_autofree char *zip = write_zip (fixture, "Basic_LinkedInDataExport_01-02-2026.zip",
                                    "Basic_LinkedInDataExport_01-02-2026/Connections.csv", CONNECTIONS_2024,
                                    "Basic_LinkedInDataExport_01-02-2026/inner/messages.csv", MESSAGES_2024,
                                    "Invitations.csv", INVITATIONS_2024,
                                    "LearningCoachMessages.csv", "No conversations found",
                                    NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = import_one (zip, &error);

  g_assert_no_error (error);
  assert_standard_counts (dataset);
}

static void
test_importer_finds_files_whatever_their_case (Fixture       *fixture,
                                               gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "export", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = NULL;

  g_free (write_file (fixture, "export/CONNECTIONS.CSV", CONNECTIONS_2024, -1));
  g_free (write_file (fixture, "export/a/b/Messages.csv", MESSAGES_2024, -1));
  g_free (write_file (fixture, "export/invitations.csv", INVITATIONS_2024, -1));

  dataset = import_one (folder, &error);
  g_assert_no_error (error);
  assert_standard_counts (dataset);
}

static void
test_importer_reads_single_files_given_together (Fixture       *fixture,
                                                 gconstpointer  data)
{
  g_autofree char *connections = write_file (fixture, "Connections.csv", CONNECTIONS_2024, -1);
  /* A file renamed by its owner is recognised by its header. */
  g_autofree char *messages = write_file (fixture, "my messages (copy).csv", MESSAGES_2024, -1);
  g_autofree char *invitations = write_file (fixture, "Invitations.csv", INVITATIONS_2024, -1);
  const char *sources[] = { connections, messages, invitations, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = og_import (sources, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  assert_standard_counts (dataset);
}

static void
test_importer_maps_columns_by_name_in_any_order (Fixture       *fixture,
                                                 gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "Connections.csv",
                                      "Connected On,Position,Company,Email Address,URL,Last Name,First Name\n"
                                      "16 Dec 2024,Sales,Nordvik,,https://www.linkedin.com/in/ola-nord,Nord,Ola\n",
                                      -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = import_one (path, &error);
  OgPerson *ola;

  g_assert_no_error (error);
  ola = g_ptr_array_index (og_dataset_get_connections (dataset), 0);
  g_assert_cmpstr (ola->name, ==, "Ola Nord");
  g_assert_cmpstr (ola->company, ==, "Nordvik");
  g_assert_cmpstr (ola->position, ==, "Sales");
}

static void
test_importer_reads_the_fully_quoted_2026_messages (Fixture       *fixture,
                                                    gconstpointer  data)
{
  g_autofree char *path = write_file (
    fixture, "messages.csv",
    "\"CONVERSATION ID\",\"CONVERSATION TITLE\",\"FROM\",\"SENDER PROFILE URL\",\"TO\",\"RECIPIENT PROFILE URLS\",\"DATE\",\"SUBJECT\",\"CONTENT\",\"FOLDER\",\"ATTACHMENTS\",\"IS MESSAGE DRAFT\",\"IS CONVERSATION DRAFT\"\n"
    "\"2-q\",\"\",\"Ola Nord\",\"https://www.linkedin.com/in/ola-nord\",\"Petra Vinter\",\"https://www.linkedin.com/in/petra-vinter\",\"2026-01-05 08:00:00 UTC\",\"\",\"Line one\nLine two\u2028still two\",\"INBOX\",\"https://www.linkedin.com/dms/file.pdf\",\"false\",\"false\"\n"
    "\"2-r\",\"\",\"Petra Vinter\",\"https://www.linkedin.com/in/petra-vinter\",\"Kai Sund\",\"https://www.linkedin.com/in/kai-sund\",\"2026-01-04 08:00:00 UTC\",\"\",\"Hi\",\"INBOX\",\"\",\"false\",\"false\"",
    -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = import_one (path, &error);
  OgMessage *first = NULL;
  GPtrArray *messages;

  g_assert_no_error (error);
  g_assert_cmpuint (og_dataset_get_n_messages (dataset), ==, 2);
  messages = og_dataset_get_messages (dataset);
  for (guint i = 0; i < messages->len; i++)
    if (g_str_equal (((OgMessage *)g_ptr_array_index (messages, i))->conversation->id, "2-q"))
      first = g_ptr_array_index (messages, i);
  g_assert_nonnull (first);
  g_assert_cmpstr (first->content, ==, "Line one\nLine two\u2028still two");
  g_assert_true (first->has_attachments);
}

static void
test_importer_treats_no_conversations_found_as_empty (Fixture       *fixture,
                                                      gconstpointer  data)
{
  g_autofree char *connections = write_file (fixture, "Connections.csv", CONNECTIONS_2024, -1);
  g_autofree char *messages = write_file (fixture, "messages.csv", "No conversations found\n", -1);
  const char *sources[] = { connections, messages, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = og_import (sources, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (og_dataset_get_n_messages (dataset), ==, 0);
}

static void
test_importer_warns_about_an_empty_file_and_goes_on (Fixture       *fixture,
                                                     gconstpointer  data)
{
  g_autofree char *connections = write_file (fixture, "Connections.csv", CONNECTIONS_2024, -1);
  g_autofree char *messages = write_file (fixture, "messages.csv", "", 0);
  g_autofree char *invitations = write_file (fixture, "Invitations.csv",
                                             "From,To,Sent At,Message,Direction\n", -1);
  const char *sources[] = { connections, messages, invitations, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = og_import (sources, NULL, NULL, NULL, &error);
  GPtrArray *warnings;
  gboolean warned = FALSE;

  g_assert_no_error (error);
  g_assert_cmpuint (og_dataset_get_n_invitations (dataset), ==, 0);
  warnings = og_dataset_get_warnings (dataset);
  for (guint i = 0; i < warnings->len; i++)
    {
      OgWarning *warning = g_ptr_array_index (warnings, i);

      warned |= g_str_equal (warning->file, "messages.csv") && strstr (warning->message, "empty") != NULL;
    }
  g_assert_true (warned);
}

static void
test_importer_reports_ragged_rows_with_their_line (Fixture       *fixture,
                                                   gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "Connections.csv",
                                      "First Name,Last Name,Email Address,Company,Position,Connected On\n"
                                      "Ola,Nord,,Nordvik,Sales,16 Dec 2024\n"
                                      "Kai,Sund,,Sundbyte\n"
                                      "Eva,Holm,,Holmen,CTO,14 Dec 2024,,,\n",
                                      -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = import_one (path, &error);
  GPtrArray *warnings;
  gboolean ragged = FALSE;

  g_assert_no_error (error);
  g_assert_cmpuint (og_dataset_get_n_connections (dataset), ==, 3);
  warnings = og_dataset_get_warnings (dataset);
  for (guint i = 0; i < warnings->len; i++)
    {
      OgWarning *warning = g_ptr_array_index (warnings, i);

      if (warning->line == 3 && strstr (warning->message, "4 fields") != NULL)
        ragged = TRUE;
      /* Empty trailing cells from a spreadsheet are not worth a warning. */
      g_assert_cmpuint (warning->line, !=, 4);
    }
  g_assert_true (ragged);
}

static void
test_importer_rejects_a_png_named_connections_csv (Fixture       *fixture,
                                                   gconstpointer  data)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
  g_autofree char *path = write_file (fixture, "Connections.csv", png, sizeof png - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = import_one (path, &error);

  g_assert_null (dataset);
  g_assert_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "Connections.csv"));
  g_assert_nonnull (strstr (error->message, "line 1"));
}

static void
test_importer_names_file_and_line_of_an_unterminated_quote (Fixture       *fixture,
                                                            gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "Connections.csv",
                                      "First Name,Last Name,Email Address,Company,Position,Connected On\n"
                                      "Ola,Nord,,Nordvik,Sales,16 Dec 2024\n"
                                      "Kai,Sund,,\"Sundbyte,CEO,15 Dec 2024\n"
                                      "Eva,Holm,,Holmen,CTO,14 Dec 2024\n",
                                      -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = import_one (path, &error);

  g_assert_null (dataset);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "Connections.csv"));
  g_assert_nonnull (strstr (error->message, "line 3"));
}

static void
test_importer_lists_every_unusable_file_on_its_own_line (Fixture       *fixture,
                                                         gconstpointer  data)
{
  g_autofree char *a = write_file (fixture, "Connections.csv", "just some text\nand more\n", -1);
  g_autofree char *b = write_file (fixture, "Invitations.csv", "nothing here either\n", -1);
  const char *sources[] = { a, b, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = og_import (sources, NULL, NULL, NULL, &error);
  g_auto(GStrv) lines = NULL;

  g_assert_null (dataset);
  g_assert_nonnull (error);
  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  g_assert_true (g_str_has_prefix (lines[0], "Connections.csv"));
  g_assert_true (g_str_has_prefix (lines[1], "Invitations.csv"));
}

static void
test_importer_rejects_a_folder_with_nothing_relevant (Fixture       *fixture,
                                                      gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "holiday", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = NULL;

  g_free (write_file (fixture, "holiday/notes.txt", "sunny", -1));
  dataset = import_one (folder, &error);
  g_assert_null (dataset);
  g_assert_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "holiday"));
}

static void
test_importer_survives_a_symlink_loop (Fixture       *fixture,
                                       gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "export", NULL);
  g_autofree char *loop = g_build_filename (fixture->dir, "export", "loop", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = NULL;

  g_free (write_file (fixture, "export/Connections.csv", CONNECTIONS_2024, -1));
  g_assert_cmpint (symlink (folder, loop), ==, 0);

  dataset = import_one (folder, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (og_dataset_get_n_connections (dataset), ==, 2);
}

static void
test_importer_rejects_a_garbage_zip (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "export.zip", "PK\x03\x04 this is not really a zip", -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = import_one (path, &error);

  g_assert_null (dataset);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "export.zip"));
}

static void
test_importer_rejects_a_file_that_only_claims_to_be_a_zip (Fixture       *fixture,
                                                           gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "export.zip", "hello", -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = import_one (path, &error);

  g_assert_null (dataset);
  g_assert_nonnull (strstr (error->message, "not a ZIP"));
}

static void
test_importer_stops_a_zip_bomb (Fixture       *fixture,
                                gconstpointer  data)
{
  /* 64 MB of one repeated row compresses far beyond any real export. */
  gsize size = 64 * 1024 * 1024;
  g_autofree char *rows = g_malloc (size + 1);
  g_autofree char *content = NULL;
  g_autofree char *zip = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = NULL;
  const char *header = "First Name,Last Name,Email Address,Company,Position,Connected On\n";

  memset (rows, 'a', size);
  rows[size] = '\0';
  memcpy (rows, header, strlen (header));
  zip = write_zip (fixture, "bomb.zip", "Connections.csv", rows, NULL);

  dataset = import_one (zip, &error);
  g_assert_null (dataset);
  g_assert_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_FORMAT);
  g_assert_true (strstr (error->message, "bomb") != NULL || strstr (error->message, "longer") != NULL ||
                 strstr (error->message, "limit") != NULL);
  /* Which archive, which entry, and the entry named once. */
  g_assert_true (g_str_has_prefix (error->message, "bomb.zip: Connections.csv: "));
  g_assert_null (strstr (error->message + strlen ("bomb.zip: Connections.csv: "), "Connections.csv"));
}

static void
test_importer_names_the_archive_of_a_damaged_entry (Fixture       *fixture,
                                                    gconstpointer  data)
{
  g_autoptr(GString) rows = g_string_new ("First Name,Last Name,Email Address,Company,Position,Connected On\n");
  g_autofree char *zip = NULL;
  g_autofree char *bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = NULL;
  gsize length;

  /* Rows that do not compress to nothing, so that half the file is half the entry. */
  for (guint i = 0; i < 4000; i++)
    g_string_append_printf (rows, "Person%u,Surname%u,,Company %u,Role %u,%02u Dec 2024\n",
                            i * 7919 % 10007, i * 104729 % 10009, i * 31 % 997, i % 13, i % 28 + 1);
  zip = write_zip (fixture, "export.zip", "Basic_LinkedInDataExport/Connections.csv", rows->str, NULL);
  g_assert_true (g_file_get_contents (zip, &bytes, &length, NULL));
  g_assert_true (g_file_set_contents (zip, bytes, length / 2, NULL));

  dataset = import_one (zip, &error);
  g_assert_null (dataset);
  g_assert_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_FORMAT);
  g_assert_true (g_str_has_prefix (error->message, "export.zip: Connections.csv: "));
  g_assert_nonnull (strstr (error->message, "damaged"));
  /* Not "Connections.csv, line 1: Connections.csv: …": the damage is not on a line. */
  g_assert_null (strstr (error->message, "line 1"));
}

static void
test_importer_refuses_an_archive_with_too_many_entries (Fixture       *fixture,
                                                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "many.zip", NULL);
  struct archive *archive = archive_write_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = NULL;

  archive_write_set_format_zip (archive);
  g_assert_cmpint (archive_write_open_filename (archive, path), ==, ARCHIVE_OK);
  for (guint i = 0; i < 10001; i++)
    {
      struct archive_entry *entry = archive_entry_new ();
      char name[32];

      g_snprintf (name, sizeof name, "f%u", i);
      archive_entry_set_pathname (entry, name);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      archive_entry_set_size (entry, 0);
      g_assert_cmpint (archive_write_header (archive, entry), ==, ARCHIVE_OK);
      archive_entry_free (entry);
    }
  archive_write_close (archive);
  archive_write_free (archive);

  dataset = import_one (path, &error);
  g_assert_null (dataset);
  g_assert_nonnull (strstr (error->message, "many.zip"));
  g_assert_nonnull (strstr (error->message, "10000 entries"));
}

static void
test_importer_reads_portability_api_snapshots (Fixture       *fixture,
                                               gconstpointer  data)
{
  g_autofree char *connections = write_file (
    fixture, "connections-page-0.json",
    "{\"paging\":{\"start\":0,\"count\":10,\"links\":[]},\"elements\":[{\"snapshotDomain\":\"CONNECTIONS\","
    "\"snapshotData\":[{\"First Name\":\"Ola\",\"Last Name\":\"Nord\",\"URL\":\"https://www.linkedin.com/in/ola-nord\","
    "\"Email Address\":\"\",\"Company\":\"Nordvik\",\"Position\":\"Sales\",\"Connected On\":\"16 Dec 2024\"}]}]}",
    -1);
  g_autofree char *inbox = write_file (
    fixture, "inbox-page-0.json",
    "{\"paging\":{},\"elements\":[{\"snapshotDomain\":\"INBOX\",\"snapshotData\":["
    "{\"CONVERSATION ID\":\"2-n\",\"FROM\":\"Ola Nord\",\"SENDER PROFILE URL\":\"https://www.linkedin.com/in/ola-nord\","
    "\"TO\":\"Petra Vinter\",\"RECIPIENT PROFILE URLS\":\"https://www.linkedin.com/in/petra-vinter\","
    "\"DATE\":\"2024-12-16 11:49:15 UTC\",\"SUBJECT\":\"\",\"CONTENT\":\"Hi Petra!\",\"FOLDER\":\"INBOX\"}]}]}",
    -1);
  g_autofree char *invitations = write_file (
    fixture, "invitations-page-0.json",
    "{\"elements\":[{\"snapshotDomain\":\"INVITATIONS\",\"snapshotData\":["
    "{\"From\":\"Ola Nord\",\"To\":\"Petra Vinter\",\"Sent At\":\"12/15/24, 9:30 PM\",\"Message\":\"Hi Petra!\","
    "\"Direction\":\"INCOMING\",\"inviterProfileUrl\":\"https://www.linkedin.com/in/ola-nord\","
    "\"inviteeProfileUrl\":\"https://www.linkedin.com/in/petra-vinter\"}]}]}",
    -1);
  const char *sources[] = { connections, inbox, invitations, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = og_import (sources, NULL, NULL, NULL, &error);
  OgPerson *ola;

  g_assert_no_error (error);
  g_assert_cmpuint (og_dataset_get_n_connections (dataset), ==, 1);
  g_assert_cmpuint (og_dataset_get_n_messages (dataset), ==, 1);
  g_assert_cmpuint (og_dataset_get_n_invitations (dataset), ==, 1);
  ola = g_ptr_array_index (og_dataset_get_connections (dataset), 0);
  g_assert_cmpint (ola->acceptance.source, ==, OG_ACCEPTANCE_INVITATION_NOTE);
}

static void
test_importer_agrees_on_csv_and_api_json_of_the_same_data (Fixture       *fixture,
                                                           gconstpointer  data)
{
  g_autofree char *csv = write_file (fixture, "messages.csv", MESSAGES_2024, -1);
  g_autofree char *json = write_file (
    fixture, "inbox.json",
    "{\"elements\":[{\"snapshotDomain\":\"INBOX\",\"snapshotData\":["
    "{\"CONVERSATION ID\":\"2-n\",\"FROM\":\"Ola Nord\",\"SENDER PROFILE URL\":\"https://www.linkedin.com/in/ola-nord\","
    "\"TO\":\"Petra Vinter\",\"RECIPIENT PROFILE URLS\":\"https://www.linkedin.com/in/petra-vinter\","
    "\"DATE\":\"2024-12-16 11:49:15 UTC\",\"SUBJECT\":\"\",\"CONTENT\":\"Hi Petra!\",\"FOLDER\":\"INBOX\"}]}]}",
    -1);
  const char *both[] = { csv, json, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = og_import (both, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (og_dataset_get_n_messages (dataset), ==, 3);
}

static void
test_importer_takes_exact_acceptance_from_the_changelog (Fixture       *fixture,
                                                         gconstpointer  data)
{
  g_autofree char *connections = write_file (fixture, "Connections.csv", CONNECTIONS_2024, -1);
  g_autofree char *page1 = write_file (
    fixture, "changelog-1.json",
    "{\"paging\":{},\"elements\":["
    "{\"id\":501,\"capturedAt\":1734350100250,\"processedAt\":1734350101000,\"resourceName\":\"invitations\","
    "\"method\":\"ACTION\",\"methodName\":\"accept\",\"activity\":{\"inviterProfileUrl\":\"https://www.linkedin.com/in/petra-vinter\","
    "\"inviteeProfileUrl\":\"https://www.linkedin.com/in/kai-sund\",\"status\":\"ACCEPTED\"}},"
    "{\"id\":502,\"capturedAt\":1734350200000,\"resourceName\":\"messages\",\"method\":\"CREATE\","
    "\"activity\":{\"conversationId\":\"2-m\",\"author\":\"Kai Sund\",\"authorProfileUrl\":\"https://www.linkedin.com/in/kai-sund\","
    "\"recipientProfileUrls\":[\"https://www.linkedin.com/in/petra-vinter\"],\"body\":\"Thanks for connecting\"}}]}",
    -1);
  /* The next page repeats event 502: it must count once. */
  g_autofree char *page2 = write_file (
    fixture, "changelog-2.json",
    "{\"elements\":[{\"id\":502,\"capturedAt\":1734350200000,\"resourceName\":\"messages\",\"method\":\"CREATE\","
    "\"activity\":{\"conversationId\":\"2-m\",\"author\":\"Kai Sund\",\"authorProfileUrl\":\"https://www.linkedin.com/in/kai-sund\","
    "\"recipientProfileUrls\":[\"https://www.linkedin.com/in/petra-vinter\"],\"body\":\"Thanks for connecting\"}}]}",
    -1);
  g_autofree char *messages = write_file (fixture, "messages.csv", MESSAGES_2024, -1);
  const char *sources[] = { connections, messages, page1, page2, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = og_import (sources, NULL, NULL, NULL, &error);
  OgPerson *kai;

  g_assert_no_error (error);
  g_assert_cmpuint (og_dataset_get_n_messages (dataset), ==, 4);
  kai = og_dataset_lookup_person (dataset, "https://www.linkedin.com/in/kai-sund");
  g_assert_nonnull (kai);
  g_assert_cmpint (kai->acceptance.source, ==, OG_ACCEPTANCE_PORTABILITY_API);
  g_assert_cmpint (kai->acceptance.earliest, ==, 1734350100);
  g_assert_cmpint (kai->acceptance.latest, ==, 1734350101);
}

static void
test_importer_refuses_deeply_nested_json (Fixture       *fixture,
                                          gconstpointer  data)
{
  gsize depth = 1000000;
  g_autofree char *text = g_malloc (depth * 2 + 1);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = NULL;

  memset (text, '[', depth);
  memset (text + depth, ']', depth);
  text[depth * 2] = '\0';
  path = write_file (fixture, "deep.json", text, -1);

  dataset = import_one (path, &error);
  g_assert_null (dataset);
  g_assert_nonnull (strstr (error->message, "deep.json"));
  g_assert_nonnull (strstr (error->message, "nested"));
}

static void
test_importer_names_truncated_json (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "inbox.json",
                                      "{\"elements\":[{\"snapshotDomain\":\"INBOX\",\"snapshotData\":[{\"FROM\":\"Ola",
                                      -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = import_one (path, &error);

  g_assert_null (dataset);
  g_assert_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "inbox.json"));
}

static void
test_importer_names_line_and_column_of_broken_json (Fixture       *fixture,
                                                    gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "inbox.json",
                                      "{\n"
                                      "  \"elements\": [\n"
                                      "    {\"snapshotDomain\": \"INBOX\", \"snapshotData\": [}\n"
                                      "  ]\n"
                                      "}\n",
                                      -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = import_one (path, &error);

  g_assert_null (dataset);
  g_assert_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_FORMAT);
  /* As a CSV error says it, not json-glib's "<data>:3:…". */
  g_assert_true (g_str_has_prefix (error->message, "inbox.json, line 3, column "));
  g_assert_null (strstr (error->message, "<data>"));
}

static void
test_importer_skips_json_of_the_wrong_types_with_warnings (Fixture       *fixture,
                                                           gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "odd.json",
                                      "{\"elements\":[42,{\"snapshotDomain\":\"CONNECTIONS\",\"snapshotData\":\"no\"},"
                                      "{\"snapshotDomain\":\"CONNECTIONS\",\"snapshotData\":[7,{\"First Name\":\"Ola\","
                                      "\"Last Name\":\"Nord\",\"Connected On\":\"16 Dec 2024\"}]}]}",
                                      -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = import_one (path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (og_dataset_get_n_connections (dataset), ==, 1);
  g_assert_cmpuint (og_dataset_get_warnings (dataset)->len, >=, 3);
}

/* Found by fuzz-import: casting 1.5e300 to a gint64 is undefined (UBSan stops
 * on it); a time beyond any gint64 is no time. */
static void
test_importer_skips_changelog_times_beyond_any_integer (Fixture       *fixture,
                                                        gconstpointer  data)
{
  g_autofree char *connections = write_file (fixture, "Connections.csv", CONNECTIONS_2024, -1);
  g_autofree char *page = write_file (
    fixture, "changelog.json",
    "{\"elements\":[{\"id\":1,\"capturedAt\":1.5e300,\"resourceName\":\"messages\",\"method\":\"CREATE\","
    "\"activity\":{\"conversationId\":\"2-m\",\"author\":\"Kai Sund\",\"body\":\"Hi\"}},"
    "{\"id\":2,\"capturedAt\":-1e19,\"resourceName\":\"invitations\",\"methodName\":\"accept\","
    "\"activity\":{\"status\":\"ACCEPTED\"}}]}",
    -1);
  const char *sources[] = { connections, page, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = og_import (sources, NULL, NULL, NULL, &error);
  GPtrArray *warnings;
  guint n_skipped = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (og_dataset_get_n_messages (dataset), ==, 0);
  warnings = og_dataset_get_warnings (dataset);
  for (guint i = 0; i < warnings->len; i++)
    {
      OgWarning *warning = g_ptr_array_index (warnings, i);

      if (g_str_equal (warning->file, "changelog.json") && strstr (warning->message, "capturedAt") != NULL)
        n_skipped++;
    }
  g_assert_cmpuint (n_skipped, ==, 2);
}

static void
test_importer_rejects_json_that_is_not_an_api_response (Fixture       *fixture,
                                                        gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "settings.json", "{\"theme\":\"dark\"}", -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = import_one (path, &error);

  g_assert_null (dataset);
  g_assert_nonnull (strstr (error->message, "settings.json"));
}

static void
test_importer_reports_a_missing_source (Fixture       *fixture,
                                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "nowhere.zip", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = import_one (path, &error);

  g_assert_null (dataset);
  g_assert_nonnull (strstr (error->message, "nowhere.zip"));
}

typedef struct
{
  GMainLoop *loop;
  OgDataset *dataset;
  GError    *error;
  guint      n_progress;
  double     last_fraction;
} AsyncState;

static void
async_progress_cb (const char *file,
                   double      fraction,
                   gpointer    user_data)
{
  AsyncState *state = user_data;

  g_assert_cmpfloat (fraction, >=, 0.0);
  g_assert_cmpfloat (fraction, <=, 1.0);
  state->n_progress++;
  state->last_fraction = fraction;
}

static void
async_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  AsyncState *state = user_data;

  state->dataset = og_import_finish (result, &state->error);
  g_main_loop_quit (state->loop);
}

static void
test_importer_runs_in_a_thread_and_reports_progress (Fixture       *fixture,
                                                     gconstpointer  data)
{
  g_autofree char *zip = write_zip (fixture, "export.zip",
                                    "Connections.csv", CONNECTIONS_2024,
                                    "messages.csv", MESSAGES_2024,
                                    "Invitations.csv", INVITATIONS_2024,
                                    NULL);
  const char *sources[] = { zip, NULL };
  AsyncState state = { 0 };

  state.loop = g_main_loop_new (NULL, FALSE);
  og_import_async (sources, async_progress_cb, &state, NULL, NULL, async_done_cb, &state);
  g_main_loop_run (state.loop);

  g_assert_no_error (state.error);
  assert_standard_counts (state.dataset);
  g_assert_cmpuint (state.n_progress, >=, 1);
  g_clear_object (&state.dataset);
  g_main_loop_unref (state.loop);
}

static void
test_importer_can_be_cancelled (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "export", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  const char *sources[] = { folder, NULL };
  AsyncState state = { 0 };

  g_free (write_file (fixture, "export/Connections.csv", CONNECTIONS_2024, -1));
  state.loop = g_main_loop_new (NULL, FALSE);
  g_cancellable_cancel (cancellable);
  og_import_async (sources, NULL, NULL, NULL, cancellable, async_done_cb, &state);
  g_main_loop_run (state.loop);

  g_assert_null (state.dataset);
  g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&state.error);
  g_main_loop_unref (state.loop);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/og/importer/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("reads-a-folder-export", test_importer_reads_a_folder_export);
  ADD ("reads-a-zip-export-with-files-at-any-depth", test_importer_reads_a_zip_export_with_files_at_any_depth);
  ADD ("finds-files-whatever-their-case", test_importer_finds_files_whatever_their_case);
  ADD ("reads-single-files-given-together", test_importer_reads_single_files_given_together);
  ADD ("maps-columns-by-name-in-any-order", test_importer_maps_columns_by_name_in_any_order);
  ADD ("reads-the-fully-quoted-2026-messages", test_importer_reads_the_fully_quoted_2026_messages);
  ADD ("treats-no-conversations-found-as-empty", test_importer_treats_no_conversations_found_as_empty);
  ADD ("warns-about-an-empty-file-and-goes-on", test_importer_warns_about_an_empty_file_and_goes_on);
  ADD ("reports-ragged-rows-with-their-line", test_importer_reports_ragged_rows_with_their_line);
  ADD ("rejects-a-png-named-connections-csv", test_importer_rejects_a_png_named_connections_csv);
  ADD ("names-file-and-line-of-an-unterminated-quote", test_importer_names_file_and_line_of_an_unterminated_quote);
  ADD ("lists-every-unusable-file-on-its-own-line", test_importer_lists_every_unusable_file_on_its_own_line);
  ADD ("rejects-a-folder-with-nothing-relevant", test_importer_rejects_a_folder_with_nothing_relevant);
  ADD ("survives-a-symlink-loop", test_importer_survives_a_symlink_loop);
  ADD ("rejects-a-garbage-zip", test_importer_rejects_a_garbage_zip);
  ADD ("rejects-a-file-that-only-claims-to-be-a-zip", test_importer_rejects_a_file_that_only_claims_to_be_a_zip);
  ADD ("stops-a-zip-bomb", test_importer_stops_a_zip_bomb);
  ADD ("names-the-archive-of-a-damaged-entry", test_importer_names_the_archive_of_a_damaged_entry);
  ADD ("refuses-an-archive-with-too-many-entries", test_importer_refuses_an_archive_with_too_many_entries);
  ADD ("reads-portability-api-snapshots", test_importer_reads_portability_api_snapshots);
  ADD ("agrees-on-csv-and-api-json-of-the-same-data", test_importer_agrees_on_csv_and_api_json_of_the_same_data);
  ADD ("takes-exact-acceptance-from-the-changelog", test_importer_takes_exact_acceptance_from_the_changelog);
  ADD ("refuses-deeply-nested-json", test_importer_refuses_deeply_nested_json);
  ADD ("names-truncated-json", test_importer_names_truncated_json);
  ADD ("names-line-and-column-of-broken-json", test_importer_names_line_and_column_of_broken_json);
  ADD ("skips-json-of-the-wrong-types-with-warnings", test_importer_skips_json_of_the_wrong_types_with_warnings);
  ADD ("skips-changelog-times-beyond-any-integer", test_importer_skips_changelog_times_beyond_any_integer);
  ADD ("rejects-json-that-is-not-an-api-response", test_importer_rejects_json_that_is_not_an_api_response);
  ADD ("reports-a-missing-source", test_importer_reports_a_missing_source);
  ADD ("runs-in-a-thread-and-reports-progress", test_importer_runs_in_a_thread_and_reports_progress);
  ADD ("can-be-cancelled", test_importer_can_be_cancelled);
#undef ADD

  return g_test_run ();
}
