/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The workspace: merging imports, keeping decisions, undo, migrations, privacy. */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "og-audit.h"
#include "og-report.h"
#include "og-test-log.h"
#include "og-test-util.h"
#include "og-workspace.h"

#define OWNER_URL "https://www.linkedin.com/in/petra-vinter-77a1"
#define URL(slug) "https://www.linkedin.com/in/" slug
#define PROFILE "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n" \
                "Petra,Vinter,,,,Buyer,,,,,,,\n"
#define CONNECTIONS "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
#define CONNECTION(first, last, slug, company, date) first "," last "," URL (slug) ",," company ",Sales," date "\n"
#define MESSAGES "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n"
#define FROM_THEM(conversation, name, slug, date, content) \
  conversation ",," name "," URL (slug) ",Petra Vinter," OWNER_URL "," date ",,\"" content "\",INBOX,false,false\n"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("og-workspace-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "data", "outreach-guard", "workspace.db", NULL);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
          {
            g_chmod (child, 0700);
            remove_tree (child);
          }
        else
          g_unlink (child);
      }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static OgWorkspace *
open_workspace (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  OgWorkspace *workspace = og_workspace_open (fixture->path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (workspace);
  return workspace;
}

/* Profile.csv plus name/content pairs, NULL-terminated, into a finished dataset. */
static OgDataset *
load (const char *first_name,
      ...)
{
  OgDataset *dataset;
  va_list args;

  va_start (args, first_name);
  dataset = og_test_load_valist (PROFILE, first_name, args);
  va_end (args);
  return dataset;
}

static OgImportSummary
import (OgWorkspace *workspace,
        OgDataset   *dataset)
{
  OgImportSummary summary = { 0 };
  g_autoptr(GError) error = NULL;

  g_assert_true (og_workspace_import (workspace, dataset, "test", &summary, NULL, &error));
  g_assert_no_error (error);
  return summary;
}

static OgDataset *
reload (OgWorkspace *workspace)
{
  g_autoptr(GError) error = NULL;
  OgDataset *dataset = og_workspace_load_dataset (workspace, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static char *
report (OgDataset *dataset)
{
  return og_report_to_json (dataset, 60);
}

static int
pragma_int (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *statement = NULL;
  int value = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL), ==, SQLITE_OK);
  if (sqlite3_step (statement) == SQLITE_ROW)
    value = sqlite3_column_int (statement, 0);
  sqlite3_finalize (statement);
  sqlite3_close (db);
  return value;
}

static char *
pragma_text (OgWorkspace *workspace,
             const char  *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *statement = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_open_v2 (og_workspace_get_path (workspace), &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL), ==, SQLITE_OK);
  if (sqlite3_step (statement) == SQLITE_ROW)
    value = g_strdup ((const char *)sqlite3_column_text (statement, 0));
  sqlite3_finalize (statement);
  sqlite3_close (db);
  return value;
}

/* ---- the database ---------------------------------------------------------------- */

static void
test_workspace_is_created_private_in_wal_mode_at_the_current_version (Fixture       *fixture,
                                                                      gconstpointer  data)
{
  g_autoptr(OgWorkspace) workspace = open_workspace (fixture);
  g_autofree char *folder = g_path_get_dirname (fixture->path);
  g_autofree char *mode = pragma_text (workspace, "PRAGMA journal_mode");
  GStatBuf file_info, folder_info;

  g_assert_cmpint (g_stat (fixture->path, &file_info), ==, 0);
  g_assert_cmpint (g_stat (folder, &folder_info), ==, 0);
  g_assert_cmpint (file_info.st_mode & 0777, ==, 0600);
  g_assert_cmpint (folder_info.st_mode & 0777, ==, 0700);
  g_assert_cmpstr (mode, ==, "wal");
  g_assert_cmpint (pragma_int (fixture->path, "PRAGMA user_version"), ==, OG_WORKSPACE_SCHEMA_VERSION);
  g_assert_true (og_workspace_is_empty (workspace, NULL));
}

static void
test_workspace_a_temporary_one_is_private_and_goes_with_its_last_reference (void)
{
  g_autoptr(GError) error = NULL;
  OgWorkspace *workspace = og_workspace_open_temporary (&error);
  g_autofree char *folder = NULL;
  GStatBuf info;

  g_assert_no_error (error);
  g_assert_nonnull (workspace);
  folder = g_path_get_dirname (og_workspace_get_path (workspace));
  g_assert_true (g_str_has_prefix (folder, g_get_tmp_dir ()));
  g_assert_cmpint (g_stat (folder, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0700);
  g_assert_true (og_workspace_is_empty (workspace, &error));
  g_assert_no_error (error);

  g_object_unref (workspace);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

static void
test_workspace_a_temporary_one_removed_early_stays_usable_until_closed (void)
{
  g_autoptr(GError) error = NULL;
  OgWorkspace *workspace = og_workspace_open_temporary (&error);
  g_autofree char *folder = NULL;
  g_autoptr(GHashTable) decisions = NULL;

  g_assert_no_error (error);
  folder = g_path_get_dirname (og_workspace_get_path (workspace));
  og_workspace_remove_temporary (workspace);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));

  /* Whoever still holds it reads and writes the open database. */
  g_assert_true (og_workspace_set_decision (workspace, "https://www.linkedin.com/in/ines-fabre", OG_DECISION_KEEP,
                                            &error));
  g_assert_no_error (error);
  decisions = og_workspace_list_decisions (workspace, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (decisions), ==, 1);

  g_object_unref (workspace);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

static void
test_workspace_default_path_is_under_xdg_data_home (void)
{
  g_autofree char *path = og_workspace_default_path ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "outreach-guard", "workspace.db", NULL);

  g_assert_cmpstr (path, ==, expected);
}

static void
test_workspace_migrates_an_empty_version_zero_database (Fixture       *fixture,
                                                        gconstpointer  data)
{
  g_autofree char *folder = g_path_get_dirname (fixture->path);
  sqlite3 *db = NULL;

  /* An empty database file, as a crash during the very first open leaves it. */
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 0", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  {
    g_autoptr(OgWorkspace) workspace = open_workspace (fixture);
    g_autoptr(OgDataset) dataset = load ("Connections.csv", CONNECTIONS CONNECTION ("Ola", "Nord", "ola-nord", "Nordvik", "01 Feb 2025"), NULL);

    g_assert_cmpint (pragma_int (fixture->path, "PRAGMA user_version"), ==, OG_WORKSPACE_SCHEMA_VERSION);
    g_assert_cmpuint (import (workspace, dataset).people_added, ==, 1);
    g_assert_cmpint (pragma_int (fixture->path, "PRAGMA foreign_key_check"), ==, -1);
  }
}

static void
test_workspace_refuses_a_database_from_a_newer_version (Fixture       *fixture,
                                                        gconstpointer  data)
{
  g_autofree char *folder = g_path_get_dirname (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(OgWorkspace) workspace = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE future (x); PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  workspace = og_workspace_open (fixture->path, &error);
  g_assert_null (workspace);
  g_assert_error (error, OG_WORKSPACE_ERROR, OG_WORKSPACE_ERROR_NEWER);
  /* Nothing was touched. */
  g_assert_cmpint (pragma_int (fixture->path, "PRAGMA user_version"), ==, 99);
}

static void
test_workspace_refuses_a_file_that_is_not_a_database (Fixture       *fixture,
                                                      gconstpointer  data)
{
  g_autofree char *folder = g_path_get_dirname (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(OgWorkspace) workspace = NULL;
  g_autofree char *contents = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (fixture->path, "First Name,Last Name\nnot,a database\n", -1, NULL));

  workspace = og_workspace_open (fixture->path, &error);
  g_assert_null (workspace);
  g_assert_error (error, OG_WORKSPACE_ERROR, OG_WORKSPACE_ERROR_CORRUPT);
  g_assert_true (g_file_get_contents (fixture->path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "First Name,Last Name\nnot,a database\n");
}

static void
test_workspace_says_clearly_when_its_location_cannot_be_written (Fixture       *fixture,
                                                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OgWorkspace) workspace = NULL;
  g_autofree char *locked = g_build_filename (fixture->dir, "locked", NULL);
  g_autofree char *inside = g_build_filename (locked, "outreach-guard", "workspace.db", NULL);

  /* A folder its owner may not write to; root may, so a kernel file system
   * that refuses everyone stands in for it then. */
  g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);
  if (getuid () == 0)
    {
      g_free (inside);
      inside = g_strdup ("/sys/outreach-guard-test/workspace.db");
    }

  workspace = og_workspace_open (inside, &error);
  g_assert_null (workspace);
  g_assert_error (error, OG_WORKSPACE_ERROR, OG_WORKSPACE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "outreach-guard"));
}

/* ---- imports merge ------------------------------------------------------------------- */

#define OLDER_CONNECTIONS CONNECTIONS \
  CONNECTION ("Ola", "Nord", "ola-nord", "Nordvik", "01 Feb 2025") \
  CONNECTION ("Uma", "Berg", "uma-berg", "Bergen Bikes", "02 Feb 2025")
#define OLDER_MESSAGES MESSAGES \
  FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2025-02-01 09:00:00 UTC", "Hi Petra, thanks for connecting") \
  FROM_THEM ("2-u", "Uma Berg", "uma-berg", "2025-02-03 09:00:00 UTC", "Lunch next week?")
#define NEWER_CONNECTIONS CONNECTIONS \
  CONNECTION ("Uma", "Berg", "uma-berg", "Bergen Bikes AS", "02 Feb 2025") \
  CONNECTION ("Kai", "Sund", "kai-sund", "Sundby", "01 Mar 2025")
#define NEWER_MESSAGES MESSAGES \
  FROM_THEM ("2-u", "Uma Berg", "uma-berg", "2025-02-03 09:00:00 UTC", "Lunch next week?") \
  FROM_THEM ("2-k", "Kai Sund", "kai-sund", "2025-03-01 10:00:00 UTC", "Great to connect!")

static void
test_workspace_importing_the_same_export_twice_adds_nothing (Fixture       *fixture,
                                                             gconstpointer  data)
{
  g_autoptr(OgWorkspace) workspace = open_workspace (fixture);
  g_autoptr(OgDataset) export = load ("Connections.csv", OLDER_CONNECTIONS, "messages.csv", OLDER_MESSAGES, NULL);
  OgImportSummary first = import (workspace, export);
  OgImportSummary second = import (workspace, export);
  g_autoptr(OgDataset) stored = reload (workspace);
  g_autofree char *from_files = report (export);
  g_autofree char *from_workspace = report (stored);

  g_assert_cmpuint (first.people_added, ==, 2);
  g_assert_cmpuint (first.messages_added, ==, 2);
  g_assert_cmpuint (second.people_added, ==, 0);
  g_assert_cmpuint (second.messages_added, ==, 0);
  g_assert_cmpuint (second.people_gone, ==, 0);
  g_assert_cmpstr (from_workspace, ==, from_files);
}

static void
test_workspace_a_newer_overlapping_export_merges_and_marks_who_left (Fixture       *fixture,
                                                                     gconstpointer  data)
{
  g_autoptr(OgWorkspace) workspace = open_workspace (fixture);
  g_autoptr(OgDataset) older = load ("Connections.csv", OLDER_CONNECTIONS, "messages.csv", OLDER_MESSAGES, NULL);
  g_autoptr(OgDataset) newer = load ("Connections.csv", NEWER_CONNECTIONS, "messages.csv", NEWER_MESSAGES, NULL);
  OgImportSummary summary;
  g_autoptr(OgDataset) stored = NULL;
  OgPerson *uma;

  import (workspace, older);
  summary = import (workspace, newer);
  g_assert_cmpuint (summary.people_added, ==, 1);
  g_assert_cmpuint (summary.people_updated, ==, 1);
  g_assert_cmpuint (summary.people_gone, ==, 1);
  g_assert_cmpuint (summary.messages_added, ==, 1);

  stored = reload (workspace);
  g_assert_cmpuint (og_dataset_get_n_connections (stored), ==, 2);
  g_assert_cmpuint (og_dataset_get_n_messages (stored), ==, 3);
  g_assert_false (og_workspace_is_connected (workspace, "linkedin.com/in/ola-nord"));
  g_assert_true (og_workspace_is_connected (workspace, "linkedin.com/in/kai-sund"));
  /* The newer export's fields win. */
  uma = og_dataset_lookup_person (stored, URL ("uma-berg"));
  g_assert_cmpstr (uma->company, ==, "Bergen Bikes AS");
}

static void
test_workspace_an_older_export_after_a_newer_one_removes_no_one (Fixture       *fixture,
                                                                 gconstpointer  data)
{
  g_autoptr(OgWorkspace) workspace = open_workspace (fixture);
  g_autoptr(OgDataset) older = load ("Connections.csv", OLDER_CONNECTIONS, "messages.csv", OLDER_MESSAGES, NULL);
  g_autoptr(OgDataset) newer = load ("Connections.csv", NEWER_CONNECTIONS, "messages.csv", NEWER_MESSAGES, NULL);
  OgImportSummary summary;
  g_autoptr(OgDataset) stored = NULL;
  OgPerson *uma;

  import (workspace, newer);
  summary = import (workspace, older);
  g_assert_cmpuint (summary.people_gone, ==, 0);
  g_assert_true (og_workspace_is_connected (workspace, "linkedin.com/in/kai-sund"));

  stored = reload (workspace);
  /* Ola is back from the older file, but Uma keeps the newer company. */
  uma = og_dataset_lookup_person (stored, URL ("uma-berg"));
  g_assert_cmpstr (uma->company, ==, "Bergen Bikes AS");
  g_assert_cmpuint (og_dataset_get_n_messages (stored), ==, 3);
}

static void
test_workspace_csv_then_api_json_of_the_same_data_adds_nothing_twice (Fixture       *fixture,
                                                                      gconstpointer  data)
{
  g_autoptr(OgWorkspace) workspace = open_workspace (fixture);
  g_autoptr(OgDataset) csv = load ("Connections.csv", OLDER_CONNECTIONS, "messages.csv", OLDER_MESSAGES, NULL);
  g_autoptr(OgDataset) json = load (
    "snapshot-connections.json",
    "{\"elements\":[{\"snapshotDomain\":\"CONNECTIONS\",\"snapshotData\":["
    "{\"First Name\":\"Ola\",\"Last Name\":\"Nord\",\"URL\":\"" URL ("ola-nord") "\",\"Company\":\"Nordvik\","
    "\"Position\":\"Sales\",\"Connected On\":\"01 Feb 2025\"},"
    "{\"First Name\":\"Uma\",\"Last Name\":\"Berg\",\"URL\":\"" URL ("uma-berg") "\",\"Company\":\"Bergen Bikes\","
    "\"Position\":\"Sales\",\"Connected On\":\"02 Feb 2025\"}]}]}",
    "snapshot-inbox.json",
    "{\"elements\":[{\"snapshotDomain\":\"INBOX\",\"snapshotData\":["
    "{\"CONVERSATION ID\":\"2-o\",\"FROM\":\"Ola Nord\",\"SENDER PROFILE URL\":\"" URL ("ola-nord") "\","
    "\"TO\":\"Petra Vinter\",\"RECIPIENT PROFILE URLS\":\"" OWNER_URL "\","
    "\"DATE\":\"2025-02-01 09:00:00 UTC\",\"CONTENT\":\"Hi Petra, thanks for connecting\",\"FOLDER\":\"INBOX\"},"
    "{\"CONVERSATION ID\":\"2-u\",\"FROM\":\"Uma Berg\",\"SENDER PROFILE URL\":\"" URL ("uma-berg") "\","
    "\"TO\":\"Petra Vinter\",\"RECIPIENT PROFILE URLS\":\"" OWNER_URL "\","
    "\"DATE\":\"2025-02-03 09:00:00 UTC\",\"CONTENT\":\"Lunch next week?\",\"FOLDER\":\"INBOX\"}]}]}",
    NULL);
  OgImportSummary summary;
  g_autoptr(OgDataset) stored = NULL;

  import (workspace, csv);
  summary = import (workspace, json);
  g_assert_cmpuint (summary.people_added, ==, 0);
  g_assert_cmpuint (summary.messages_added, ==, 0);

  stored = reload (workspace);
  g_assert_cmpuint (og_dataset_get_n_connections (stored), ==, 2);
  g_assert_cmpuint (og_dataset_get_n_messages (stored), ==, 2);
}

static void
test_workspace_the_sample_export_audits_the_same_from_the_workspace (Fixture       *fixture,
                                                                     gconstpointer  data)
{
  g_autoptr(OgWorkspace) workspace = open_workspace (fixture);
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "data", "sample", NULL);
  const char *sources[] = { sample, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) export = og_import (sources, NULL, NULL, NULL, &error);
  g_autoptr(OgDataset) stored = NULL;
  g_autofree char *from_files = NULL;
  g_autofree char *from_workspace = NULL;

  g_assert_no_error (error);
  import (workspace, export);
  stored = reload (workspace);
  from_files = report (export);
  from_workspace = report (stored);
  g_assert_cmpstr (from_workspace, ==, from_files);
}

static void
test_workspace_a_cancelled_import_leaves_nothing_behind (Fixture       *fixture,
                                                         gconstpointer  data)
{
  g_autoptr(OgWorkspace) workspace = open_workspace (fixture);
  g_autoptr(OgDataset) export = load ("Connections.csv", OLDER_CONNECTIONS, "messages.csv", OLDER_MESSAGES, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  OgImportSummary summary = { 0 };

  g_cancellable_cancel (cancellable);
  g_assert_false (og_workspace_import (workspace, export, "test", &summary, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (og_workspace_is_empty (workspace, NULL));
  g_assert_cmpuint (summary.people_added, ==, 0);
}

static void
test_workspace_a_full_disk_fails_clearly_and_loses_nothing (Fixture       *fixture,
                                                            gconstpointer  data)
{
  g_autoptr(OgWorkspace) workspace = open_workspace (fixture);
  g_autoptr(OgDataset) first = load ("Connections.csv", OLDER_CONNECTIONS, "messages.csv", OLDER_MESSAGES, NULL);
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "data", "sample", NULL);
  const char *sources[] = { sample, NULL };
  g_autoptr(OgDataset) big = og_import (sources, NULL, NULL, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) stored = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  OgImportSummary summary;

  import (workspace, first);
  g_assert_true (og_workspace_set_decision (workspace, "linkedin.com/in/ola-nord", OG_DECISION_QUEUED, NULL));
  stored = reload (workspace);
  before = report (stored);
  g_clear_object (&stored);

  /* The sample's 700 messages do not fit in 64 KiB. */
  g_assert_true (og_workspace_limit_size (workspace, 64 * 1024, NULL));
  g_assert_false (og_workspace_import (workspace, big, "sample", &summary, NULL, &error));
  g_assert_error (error, OG_WORKSPACE_ERROR, OG_WORKSPACE_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, "disk space"));

  stored = reload (workspace);
  after = report (stored);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (og_workspace_get_decision (workspace, "linkedin.com/in/ola-nord", NULL), ==, OG_DECISION_QUEUED);
}

/* ---- decisions, corrections, undo ----------------------------------------------------- */

static void
test_workspace_decisions_survive_a_re_import (Fixture       *fixture,
                                              gconstpointer  data)
{
  g_autoptr(OgWorkspace) workspace = open_workspace (fixture);
  g_autoptr(OgDataset) older = load ("Connections.csv", OLDER_CONNECTIONS, "messages.csv", OLDER_MESSAGES, NULL);
  g_autoptr(OgDataset) newer = load ("Connections.csv", NEWER_CONNECTIONS, "messages.csv", NEWER_MESSAGES, NULL);
  g_autoptr(GHashTable) decisions = NULL;
  gint64 changed_at = 0;

  import (workspace, older);
  g_assert_true (og_workspace_set_decision (workspace, "linkedin.com/in/ola-nord", OG_DECISION_REMOVED, NULL));
  g_assert_true (og_workspace_set_decision (workspace, "linkedin.com/in/uma-berg", OG_DECISION_KEEP, NULL));
  g_assert_true (og_workspace_add_correction (workspace, "linkedin.com/in/uma-berg", "Lunch next week?",
                                              OG_LABEL_OTHER, NULL));
  g_assert_cmpint (og_workspace_save_draft (workspace, 0, "linkedin.com/in/ola-nord", "polite-removal",
                                            "Hi Ola, please take me off your list.", NULL), >, 0);

  import (workspace, newer);
  import (workspace, older);

  decisions = og_workspace_list_decisions (workspace, NULL);
  g_assert_cmpuint (g_hash_table_size (decisions), ==, 2);
  g_assert_cmpint (og_workspace_get_decision (workspace, "linkedin.com/in/ola-nord", &changed_at), ==,
                   OG_DECISION_REMOVED);
  g_assert_cmpint (changed_at, >, 0);
  g_assert_cmpint (og_workspace_get_decision (workspace, "linkedin.com/in/uma-berg", NULL), ==, OG_DECISION_KEEP);
  {
    g_autoptr(OgClassifier) classifier = og_test_tiny_classifier ();

    g_assert_cmpuint (og_workspace_apply_corrections (workspace, classifier, NULL), ==, 1);
  }
}

static void
test_workspace_each_change_can_be_undone_in_turn (Fixture       *fixture,
                                                  gconstpointer  data)
{
  g_autoptr(OgWorkspace) workspace = open_workspace (fixture);
  g_autoptr(GError) error = NULL;
  const char *ola = "linkedin.com/in/ola-nord";
  gint64 draft;
  char *what = NULL;

  g_assert_true (og_workspace_set_decision (workspace, ola, OG_DECISION_QUEUED, NULL));
  g_assert_true (og_workspace_set_decision (workspace, ola, OG_DECISION_REMOVED, NULL));
  g_assert_true (og_workspace_set_decision (workspace, ola, OG_DECISION_REINVITE, NULL));
  draft = og_workspace_save_draft (workspace, 0, ola, "firm-stop", "Please stop.", NULL);
  g_assert_cmpint (og_workspace_save_draft (workspace, draft, NULL, NULL, "Please stop writing to me.", NULL), ==, draft);
  g_assert_true (og_workspace_delete_draft (workspace, draft, NULL));

  /* Deleted draft, edited draft, new draft: each undo restores the one before. */
  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (og_workspace_undo (workspace, &what, NULL));
      g_assert_nonnull (what);
      g_clear_pointer (&what, g_free);
    }
  g_assert_cmpint (og_workspace_get_decision (workspace, ola, NULL), ==, OG_DECISION_REINVITE);
  g_assert_true (og_workspace_undo (workspace, NULL, NULL));
  g_assert_cmpint (og_workspace_get_decision (workspace, ola, NULL), ==, OG_DECISION_REMOVED);
  g_assert_true (og_workspace_undo (workspace, NULL, NULL));
  g_assert_cmpint (og_workspace_get_decision (workspace, ola, NULL), ==, OG_DECISION_QUEUED);
  g_assert_true (og_workspace_undo (workspace, NULL, NULL));
  g_assert_cmpint (og_workspace_get_decision (workspace, ola, NULL), ==, OG_DECISION_NONE);

  g_assert_false (og_workspace_undo (workspace, NULL, &error));
  g_assert_error (error, OG_WORKSPACE_ERROR, OG_WORKSPACE_ERROR_NOTHING_TO_UNDO);
}

static void
test_workspace_queuing_many_is_one_change_to_undo (Fixture       *fixture,
                                                   gconstpointer  data)
{
  g_autoptr(OgWorkspace) workspace = open_workspace (fixture);
  const char *keys[] = { "linkedin.com/in/ola-nord", "linkedin.com/in/uma-berg", "linkedin.com/in/kai-sund", NULL };
  g_autofree char *what = NULL;
  g_autoptr(GHashTable) decisions = NULL;

  g_assert_true (og_workspace_set_decision (workspace, keys[1], OG_DECISION_KEEP, NULL));
  g_assert_true (og_workspace_set_decisions (workspace, keys, OG_DECISION_QUEUED, NULL));
  for (guint i = 0; keys[i] != NULL; i++)
    g_assert_cmpint (og_workspace_get_decision (workspace, keys[i], NULL), ==, OG_DECISION_QUEUED);

  g_assert_true (og_workspace_undo (workspace, &what, NULL));
  /* The undo says, in words, what it takes back. */
  g_assert_cmpstr (what, ==, "Queued for removal (3 people)");
  decisions = og_workspace_list_decisions (workspace, NULL);
  g_assert_cmpuint (g_hash_table_size (decisions), ==, 1);
  g_assert_cmpint (og_workspace_get_decision (workspace, keys[1], NULL), ==, OG_DECISION_KEEP);
}

static void
test_workspace_a_removal_keeps_its_time_through_a_re_invite (Fixture       *fixture,
                                                             gconstpointer  data)
{
  g_autoptr(OgWorkspace) workspace = open_workspace (fixture);
  g_autofree char *removed_at = NULL;
  g_autofree char *still = NULL;

  g_assert_true (og_workspace_set_decision (workspace, "linkedin.com/in/ola-nord", OG_DECISION_REMOVED, NULL));
  removed_at = pragma_text (workspace, "SELECT removed_at FROM decisions");
  g_assert_nonnull (removed_at);
  g_assert_true (og_workspace_set_decision (workspace, "linkedin.com/in/ola-nord", OG_DECISION_REINVITE, NULL));
  still = pragma_text (workspace, "SELECT removed_at FROM decisions");
  g_assert_cmpstr (still, ==, removed_at);

  /* The log of removals keeps them, re-invited or not. */
  {
    g_autoptr(GHashTable) removals = og_workspace_list_removals (workspace, NULL);
    gint64 *at = g_hash_table_lookup (removals, "linkedin.com/in/ola-nord");

    g_assert_cmpuint (g_hash_table_size (removals), ==, 1);
    g_assert_nonnull (at);
    g_assert_cmpint (*at, ==, g_ascii_strtoll (removed_at, NULL, 10));
  }
}

static void
test_workspace_corrections_change_later_classifications (Fixture       *fixture,
                                                         gconstpointer  data)
{
  g_autoptr(OgWorkspace) workspace = open_workspace (fixture);
  const char *text = "We help SaaS teams double their pipeline. Open to a quick call next week?";
  const char *uma = "linkedin.com/in/uma-berg";

  g_assert_true (og_workspace_add_correction (workspace, uma, text, OG_LABEL_OTHER, NULL));

  {
    /* A new session: a fresh classifier learns the stored correction. */
    g_autoptr(OgClassifier) classifier = og_test_tiny_classifier ();
    g_autoptr(OgClassification) before = og_classifier_classify_for (classifier, text, uma);
    g_autoptr(OgClassification) after = NULL;

    g_assert_cmpint (before->label, ==, OG_LABEL_PITCH);
    og_workspace_apply_corrections (workspace, classifier, NULL);
    after = og_classifier_classify_for (classifier, text, uma);
    g_assert_cmpint (after->label, ==, OG_LABEL_OTHER);
    g_assert_true (after->corrected);
  }
}

static void
test_workspace_a_kept_contact_is_never_flagged (Fixture       *fixture,
                                                gconstpointer  data)
{
  g_autoptr(OgWorkspace) workspace = open_workspace (fixture);
  g_autoptr(OgDataset) export = load (
    "Connections.csv", OLDER_CONNECTIONS,
    "messages.csv", MESSAGES
    FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2025-02-01 09:05:00 UTC",
               "We help freight teams cut cloud costs by a third. Open to a quick call next week?"),
    NULL);
  g_autoptr(OgClassifier) classifier = og_test_tiny_classifier ();
  g_autoptr(OgDataset) stored = NULL;
  g_autoptr(GHashTable) decisions = NULL;
  g_autoptr(GHashTable) kept = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(OgAudit) plain = NULL;
  g_autoptr(OgAudit) audit = NULL;
  const OgContactAudit *ola;

  import (workspace, export);
  g_assert_true (og_workspace_set_decision (workspace, "linkedin.com/in/ola-nord", OG_DECISION_KEEP, NULL));
  stored = reload (workspace);
  decisions = og_workspace_list_decisions (workspace, NULL);
  g_hash_table_add (kept, (gpointer)"linkedin.com/in/ola-nord");
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (decisions, "linkedin.com/in/ola-nord")), ==, OG_DECISION_KEEP);

  plain = og_audit_new_with_classifier (stored, 60, classifier, NULL, OG_AUDIT_DEFAULT);
  ola = og_audit_lookup_contact (plain, og_dataset_lookup_person (stored, URL ("ola-nord")));
  g_assert_cmpuint (ola->flags, !=, OG_FLAG_NONE);

  audit = og_audit_new_with_classifier (stored, 60, classifier, &(OgAuditDecisions) { .kept = kept }, OG_AUDIT_DEFAULT);
  ola = og_audit_lookup_contact (audit, og_dataset_lookup_person (stored, URL ("ola-nord")));
  g_assert_true (ola->kept);
  g_assert_cmpuint (ola->flags, ==, OG_FLAG_NONE);
  g_assert_cmpuint (ola->pitches, ==, 1);
}

/* ---- privacy ---------------------------------------------------------------------------- */

static void
assert_private (const char *path,
                int         mode)
{
  GStatBuf info;

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  if ((int)(info.st_mode & 0777) != mode)
    g_error ("%s has mode %o, not %o", path, (unsigned)(info.st_mode & 0777), (unsigned)mode);
}

static void
test_workspace_its_folders_and_journal_files_are_private_whatever_the_umask (Fixture       *fixture,
                                                                             gconstpointer  data)
{
  g_autofree char *folder = g_path_get_dirname (fixture->path);
  g_autofree char *parent = g_path_get_dirname (folder);
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->path, "-shm", NULL);
  g_autoptr(OgDataset) older = load ("Connections.csv", OLDER_CONNECTIONS, "messages.csv", OLDER_MESSAGES, NULL);
  g_autoptr(OgWorkspace) workspace = NULL;
  mode_t saved;

  /* With no umask to lean on, only the modes the code asks for count. */
  saved = umask (0);
  workspace = open_workspace (fixture);
  import (workspace, older);
  umask (saved);

  /* Every folder it made, the database, and SQLite's files beside it. */
  assert_private (parent, 0700);
  assert_private (folder, 0700);
  assert_private (fixture->path, 0600);
  assert_private (wal, 0600);
  assert_private (shm, 0600);
}

static void
test_workspace_debug_logs_hold_no_message_note_draft_or_name (Fixture       *fixture,
                                                              gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "data", "sample", NULL);
      const char *sources[] = { sample, NULL };
      const char *draft = "Hi Marcus, please take me off your list for the code review demos.";
      g_autoptr(OgWorkspace) workspace = NULL;
      g_autoptr(OgClassifier) classifier = og_test_tiny_classifier ();
      g_autoptr(OgDataset) export = NULL;
      g_autoptr(OgDataset) stored = NULL;
      g_autoptr(OgAudit) audit = NULL;
      g_autofree char *exported = NULL;
      g_autoptr(GError) error = NULL;
      GPtrArray *messages;
      GPtrArray *invitations;
      GPtrArray *connections;
      OgPerson *person;

      /* Import, decide, correct, draft, audit, export, with every debug message on. */
      og_test_capture_log ();
      workspace = open_workspace (fixture);
      export = og_import (sources, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
      import (workspace, export);
      messages = og_dataset_get_messages (export);
      invitations = og_dataset_get_invitations (export);
      connections = og_dataset_get_connections (export);
      g_assert_cmpuint (messages->len, >, 0);
      g_assert_cmpuint (invitations->len, >, 0);

      person = g_ptr_array_index (connections, 0);
      g_assert_true (og_workspace_set_decision (workspace, person->key, OG_DECISION_QUEUED, NULL));
      g_assert_cmpint (og_workspace_save_draft (workspace, 0, person->key, NULL, draft, NULL), >, 0);
      g_assert_true (og_workspace_add_correction (workspace, person->key,
                                                  ((OgMessage *)g_ptr_array_index (messages, 0))->content,
                                                  OG_LABEL_OTHER, NULL));
      og_workspace_apply_corrections (workspace, classifier, NULL);
      stored = reload (workspace);
      audit = og_audit_new_with_classifier (stored, 60, classifier, NULL, OG_AUDIT_DEFAULT);
      exported = og_workspace_export_json (workspace, NULL);
      g_assert_nonnull (exported);

      /* The debug lines were there to be read… */
      g_assert_nonnull (strstr (og_test_log->str, "Import 1: "));
      g_assert_nonnull (strstr (og_test_log->str, "Audited "));
      /* …and none of them holds what people wrote, or who they are. */
      for (guint i = 0; i < messages->len; i++)
        {
          OgMessage *message = g_ptr_array_index (messages, i);

          og_test_assert_not_logged ("A message's text", message->content);
          og_test_assert_not_logged ("A message's subject", message->subject);
        }
      for (guint i = 0; i < invitations->len; i++)
        og_test_assert_not_logged ("An invitation note", ((OgInvitation *)g_ptr_array_index (invitations, i))->message);
      for (guint i = 0; i < connections->len; i++)
        {
          OgPerson *connection = g_ptr_array_index (connections, i);

          og_test_assert_not_logged ("A connection's name", connection->name);
          og_test_assert_not_logged ("A connection's company", connection->company);
        }
      og_test_assert_not_logged ("The draft", draft);
      g_string_free (og_test_log, TRUE);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_workspace_exports_every_decision_and_label_as_json (Fixture       *fixture,
                                                         gconstpointer  data)
{
  g_autoptr(OgWorkspace) workspace = open_workspace (fixture);
  g_autoptr(OgDataset) older = load ("Connections.csv", OLDER_CONNECTIONS, "messages.csv", OLDER_MESSAGES, NULL);
  g_autoptr(OgDataset) newer = load ("Connections.csv", NEWER_CONNECTIONS, "messages.csv", NEWER_MESSAGES, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *json = NULL;
  JsonObject *root;

  import (workspace, older);
  import (workspace, newer);
  og_workspace_set_decision (workspace, "linkedin.com/in/uma-berg", OG_DECISION_QUEUED, NULL);
  og_workspace_add_correction (workspace, NULL, "Lunch next week?", OG_LABEL_OTHER, NULL);
  og_workspace_save_draft (workspace, 0, "linkedin.com/in/uma-berg", "off-topic", "Thanks, not for me.", NULL);
  og_workspace_add_reminder (workspace, "linkedin.com/in/uma-berg", 1767225600, "Check she is gone", NULL);

  json = og_workspace_export_json (workspace, &error);
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (root, "schema_version"), ==, OG_WORKSPACE_SCHEMA_VERSION);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "imports")), ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "decisions")), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "corrections")), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "drafts")), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "reminders")), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "removed_connections")), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (json_object_get_array_member (root, "decisions"), 0), "name"),
                   ==, "Uma Berg");
}

static void
test_workspace_delete_removes_every_file (Fixture       *fixture,
                                          gconstpointer  data)
{
  g_autoptr(OgWorkspace) workspace = open_workspace (fixture);
  g_autoptr(OgDataset) older = load ("Connections.csv", OLDER_CONNECTIONS, "messages.csv", OLDER_MESSAGES, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);

  import (workspace, older);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_true (og_workspace_delete (workspace, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  /* Used after deletion, it says so rather than crash. */
  g_assert_false (og_workspace_set_decision (workspace, "linkedin.com/in/ola-nord", OG_DECISION_KEEP, &error));
  g_assert_error (error, OG_WORKSPACE_ERROR, OG_WORKSPACE_ERROR_OPEN);
}

/* ---- replies: drafts sent, own templates, reminders, alerts ------------------------------ */

static void
test_workspace_migrates_a_version_one_workspace_keeping_everything (Fixture       *fixture,
                                                                    gconstpointer  data)
{
  g_autofree char *dump_path = g_test_build_filename (G_TEST_DIST, "data", "workspace-v1.sql", NULL);
  g_autofree char *dump = NULL;
  g_autofree char *folder = g_path_get_dirname (fixture->path);
  const char *aino = "linkedin.com/in/aino-virtanen-2862be";
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  g_assert_true (g_file_get_contents (dump_path, &dump, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, dump, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_cmpint (pragma_int (fixture->path, "PRAGMA user_version"), ==, 1);

  {
    g_autoptr(OgWorkspace) workspace = open_workspace (fixture);
    g_autoptr(OgDraft) draft = NULL;
    g_autoptr(GPtrArray) templates = NULL;
    g_autoptr(OgDataset) dataset = NULL;

    g_assert_cmpint (pragma_int (fixture->path, "PRAGMA user_version"), ==, OG_WORKSPACE_SCHEMA_VERSION);
    /* What the person wrote and decided in 0.1 is all still there. */
    draft = og_workspace_get_last_draft (workspace, aino, &error);
    g_assert_no_error (error);
    g_assert_nonnull (draft);
    g_assert_cmpstr (draft->template_id, ==, "polite-removal");
    g_assert_cmpstr (draft->body, ==, "Hello, please take me off your list.");
    g_assert_cmpint (draft->sent_at, ==, 0);
    g_assert_cmpint (og_workspace_get_decision (workspace, aino, NULL), ==, OG_DECISION_KEEP);
    dataset = og_workspace_load_dataset (workspace, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (og_dataset_get_connections (dataset)->len, >, 0);
    templates = og_workspace_list_templates (workspace, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (templates->len, ==, 0);
    g_assert_cmpint (og_workspace_next_reminder_at (workspace, NULL), ==, 1733600000);
  }
}

static void
test_workspace_remembers_the_last_draft_and_template_used_with_someone (Fixture       *fixture,
                                                                        gconstpointer  data)
{
  g_autoptr(OgWorkspace) workspace = open_workspace (fixture);
  g_autoptr(OgDraft) none = NULL;
  g_autoptr(OgDraft) last = NULL;
  g_autoptr(GError) error = NULL;
  gint64 first, second;

  none = og_workspace_get_last_draft (workspace, "linkedin.com/in/ola-nord", &error);
  g_assert_no_error (error);
  g_assert_null (none);

  first = og_workspace_save_draft (workspace, 0, "linkedin.com/in/ola-nord", "work-first", "Tell me more.", NULL);
  second = og_workspace_save_draft (workspace, 0, "linkedin.com/in/ola-nord", "firm-stop", "Please stop.", NULL);
  og_workspace_save_draft (workspace, 0, "linkedin.com/in/uma-berg", "off-topic-ask", "Sponsor us?", NULL);
  g_assert_cmpint (first, >, 0);
  g_assert_cmpint (second, >, first);

  last = og_workspace_get_last_draft (workspace, "linkedin.com/in/ola-nord", &error);
  g_assert_no_error (error);
  g_assert_cmpint (last->id, ==, second);
  g_assert_cmpstr (last->template_id, ==, "firm-stop");
  g_assert_cmpstr (last->person_key, ==, "linkedin.com/in/ola-nord");
}

static void
test_workspace_a_draft_marked_sent_as_a_stop_request_counts_as_one (Fixture       *fixture,
                                                                    gconstpointer  data)
{
  g_autoptr(OgWorkspace) workspace = open_workspace (fixture);
  g_autoptr(GHashTable) requests = NULL;
  g_autoptr(GHashTable) after_undo = NULL;
  g_autoptr(OgDraft) draft = NULL;
  g_autoptr(GError) error = NULL;
  gint64 stop, chat;
  gint64 before = g_get_real_time () / G_USEC_PER_SEC;

  stop = og_workspace_save_draft (workspace, 0, "linkedin.com/in/ola-nord", "polite-removal", "Please take me off your list.", NULL);
  chat = og_workspace_save_draft (workspace, 0, "linkedin.com/in/uma-berg", "work-first", "What do you work on?", NULL);
  g_assert_true (og_workspace_mark_draft_sent (workspace, stop, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (og_workspace_mark_draft_sent (workspace, chat, FALSE, &error));

  draft = og_workspace_get_last_draft (workspace, "linkedin.com/in/ola-nord", NULL);
  g_assert_cmpint (draft->sent_at, >=, before);
  g_assert_true (draft->asks_to_stop);

  /* Only the request to stop counts as an opt-out, from when it was sent. */
  requests = og_workspace_list_stop_requests (workspace, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (requests), ==, 1);
  g_assert_cmpint (*(gint64 *)g_hash_table_lookup (requests, "linkedin.com/in/ola-nord"), >=, before);

  /* Undone in turn: the chat, then the stop request, is unsent again. */
  g_assert_true (og_workspace_undo (workspace, NULL, NULL));
  g_assert_true (og_workspace_undo (workspace, NULL, NULL));
  after_undo = og_workspace_list_stop_requests (workspace, NULL);
  g_assert_cmpuint (g_hash_table_size (after_undo), ==, 0);

  /* A draft that is gone cannot be sent. */
  g_assert_false (og_workspace_mark_draft_sent (workspace, 999, TRUE, &error));
  g_assert_error (error, OG_WORKSPACE_ERROR, OG_WORKSPACE_ERROR_FAILED);
}

static void
test_workspace_own_templates_are_checked_when_saved_and_can_be_undone (Fixture       *fixture,
                                                                       gconstpointer  data)
{
  g_autoptr(OgWorkspace) workspace = open_workspace (fixture);
  g_autoptr(GPtrArray) templates = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *edited = NULL;
  char *bad;

  /* A mistyped placeholder is refused when saved, not blank in a message. */
  bad = og_workspace_save_template (workspace, NULL, "Short no", NULL, "No thanks, {frist_name}.", &error);
  g_assert_null (bad);
  g_assert_error (error, OG_REPLY_ERROR, OG_REPLY_ERROR_UNKNOWN_PLACEHOLDER);
  g_clear_error (&error);
  bad = og_workspace_save_template (workspace, NULL, "   ", NULL, "No thanks.", &error);
  g_assert_null (bad);
  g_assert_error (error, OG_REPLY_ERROR, OG_REPLY_ERROR_SYNTAX);
  g_clear_error (&error);
  bad = og_workspace_save_template (workspace, "firm-stop", "Mine", NULL, "Stop.", &error);
  g_assert_null (bad);
  g_assert_error (error, OG_WORKSPACE_ERROR, OG_WORKSPACE_ERROR_FAILED);
  g_clear_error (&error);

  id = og_workspace_save_template (workspace, NULL, "  Short no ", "One line", "No thanks, {first_name}.", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (id, ==, "own-1");
  copy = og_workspace_save_template (workspace, NULL, "Short no (copy)", "One line", "No thanks, {first_name}.", &error);
  g_assert_cmpstr (copy, ==, "own-2");
  edited = og_workspace_save_template (workspace, id, "Short no", "One line", "No, thank you, {first_name}.", &error);
  g_assert_cmpstr (edited, ==, id);

  templates = og_workspace_list_templates (workspace, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (templates->len, ==, 2);
  g_assert_cmpstr (((OgReplyTemplate *)templates->pdata[0])->title, ==, "Short no");
  g_assert_cmpstr (((OgReplyTemplate *)templates->pdata[0])->body, ==, "No, thank you, {first_name}.");
  g_assert_false (((OgReplyTemplate *)templates->pdata[0])->builtin);
  g_clear_pointer (&templates, g_ptr_array_unref);

  /* Deleting is undone like any other change; so is the edit before it. */
  g_assert_true (og_workspace_delete_template (workspace, id, &error));
  templates = og_workspace_list_templates (workspace, NULL);
  g_assert_cmpuint (templates->len, ==, 1);
  g_clear_pointer (&templates, g_ptr_array_unref);
  g_assert_true (og_workspace_undo (workspace, NULL, NULL));
  g_assert_true (og_workspace_undo (workspace, NULL, NULL));
  templates = og_workspace_list_templates (workspace, NULL);
  g_assert_cmpuint (templates->len, ==, 2);
  g_assert_cmpstr (((OgReplyTemplate *)templates->pdata[0])->body, ==, "No thanks, {first_name}.");
  g_clear_pointer (&templates, g_ptr_array_unref);

  /* Built-ins first, then the person's own, to choose from. */
  {
    g_autoptr(GPtrArray) own = og_workspace_list_templates (workspace, NULL);
    g_autoptr(GPtrArray) all = og_reply_list_templates (own);
    OgReplyTemplate *polite = og_reply_find_template (all, "polite-removal");

    g_assert_cmpuint (all->len, ==, 6 + 2);
    g_assert_true (polite->builtin);
    g_assert_true (polite->asks_to_stop);
    g_assert_false (og_reply_find_template (all, "work-first")->asks_to_stop);
    g_assert_nonnull (og_reply_find_template (all, "own-2"));
    g_assert_null (og_reply_find_template (all, "own-3"));
  }
}

static void
test_workspace_a_due_reminder_fires_once (Fixture       *fixture,
                                          gconstpointer  data)
{
  g_autoptr(OgWorkspace) workspace = open_workspace (fixture);
  g_autoptr(GPtrArray) early = NULL;
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  gint64 soon, later;

  soon = og_workspace_add_reminder (workspace, "linkedin.com/in/ola-nord", 1000, "Did Ola stop?", &error);
  later = og_workspace_add_reminder (workspace, "linkedin.com/in/uma-berg", 2000, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (og_workspace_next_reminder_at (workspace, NULL), ==, 1000);

  early = og_workspace_list_due_reminders (workspace, 999, &error);
  g_assert_cmpuint (early->len, ==, 0);
  due = og_workspace_list_due_reminders (workspace, 1500, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, 1);
  g_assert_cmpint (((OgReminder *)due->pdata[0])->id, ==, soon);
  g_assert_cmpstr (((OgReminder *)due->pdata[0])->note, ==, "Did Ola stop?");
  g_assert_cmpstr (((OgReminder *)due->pdata[0])->person_key, ==, "linkedin.com/in/ola-nord");

  g_assert_true (og_workspace_mark_reminder_fired (workspace, soon, &error));
  again = og_workspace_list_due_reminders (workspace, 2500, &error);
  g_assert_cmpuint (again->len, ==, 1);
  g_assert_cmpint (((OgReminder *)again->pdata[0])->id, ==, later);
  g_assert_cmpint (og_workspace_next_reminder_at (workspace, NULL), ==, 2000);
  g_assert_true (og_workspace_mark_reminder_fired (workspace, later, NULL));
  g_assert_cmpint (og_workspace_next_reminder_at (workspace, NULL), ==, 0);
}

static GHashTable *
flagged_at (const char *first_key,
            ...)
{
  GHashTable *flagged = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  va_list args;

  va_start (args, first_key);
  for (const char *key = first_key; key != NULL; key = va_arg (args, const char *))
    g_hash_table_insert (flagged, g_strdup (key), g_memdup2 (&(gint64){ va_arg (args, gint64) }, sizeof (gint64)));
  va_end (args);
  return flagged;
}

static void
test_workspace_alerts_name_only_people_flagged_since_the_last_look (Fixture       *fixture,
                                                                    gconstpointer  data)
{
  g_autoptr(OgWorkspace) workspace = open_workspace (fixture);
  g_autoptr(GHashTable) first = flagged_at ("ola", (gint64)100, NULL);
  g_autoptr(GHashTable) second = flagged_at ("ola", (gint64)100, "uma", (gint64)300, NULL);
  g_autoptr(GHashTable) third = flagged_at ("ola", (gint64)500, "uma", (gint64)300, NULL);
  g_autoptr(GPtrArray) baseline = NULL;
  g_autoptr(GPtrArray) fresh = NULL;
  g_autoptr(GPtrArray) newer = NULL;
  g_autoptr(GPtrArray) other_kind = NULL;
  g_autoptr(GError) error = NULL;

  /* Whoever is flagged at the first look was flagged before anyone watched. */
  baseline = og_workspace_note_alerts (workspace, "ignored-opt-out", first, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (baseline->len, ==, 0);

  fresh = og_workspace_note_alerts (workspace, "ignored-opt-out", second, &error);
  g_assert_cmpuint (fresh->len, ==, 1);
  g_assert_cmpstr (fresh->pdata[0], ==, "uma");

  /* Flagged again for something newer is news again; the same flag is not. */
  newer = og_workspace_note_alerts (workspace, "ignored-opt-out", third, &error);
  g_assert_cmpuint (newer->len, ==, 1);
  g_assert_cmpstr (newer->pdata[0], ==, "ola");

  other_kind = og_workspace_note_alerts (workspace, "persistent", second, &error);
  g_assert_cmpuint (other_kind->len, ==, 0);
}

static void
test_workspace_the_sync_cursor_only_moves_on (Fixture       *fixture,
                                              gconstpointer  data)
{
  g_autoptr(OgWorkspace) workspace = open_workspace (fixture);
  g_autoptr(GError) error = NULL;
  gint64 cursor = -1, synced_at = -1;

  g_assert_true (og_workspace_get_sync_state (workspace, &cursor, &synced_at, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cursor, ==, 0);
  g_assert_cmpint (synced_at, ==, 0);

  g_assert_true (og_workspace_set_sync_state (workspace, 1748703070685, 1764633600, &error));
  /* An older answer (a sync of one domain, say) never rewinds it. */
  g_assert_true (og_workspace_set_sync_state (workspace, 1747381800499, 1764720000, &error));
  g_assert_true (og_workspace_get_sync_state (workspace, &cursor, &synced_at, &error));
  g_assert_cmpint (cursor, ==, 1748703070685);
  g_assert_cmpint (synced_at, ==, 1764720000);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add ("/og/workspace/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("is-created-private-in-wal-mode-at-the-current-version",
       test_workspace_is_created_private_in_wal_mode_at_the_current_version);
  g_test_add_func ("/og/workspace/default-path-is-under-xdg-data-home", test_workspace_default_path_is_under_xdg_data_home);
  g_test_add_func ("/og/workspace/a-temporary-one-is-private-and-goes-with-its-last-reference",
                   test_workspace_a_temporary_one_is_private_and_goes_with_its_last_reference);
  g_test_add_func ("/og/workspace/a-temporary-one-removed-early-stays-usable-until-closed",
                   test_workspace_a_temporary_one_removed_early_stays_usable_until_closed);
  ADD ("migrates-an-empty-version-zero-database", test_workspace_migrates_an_empty_version_zero_database);
  ADD ("refuses-a-database-from-a-newer-version", test_workspace_refuses_a_database_from_a_newer_version);
  ADD ("refuses-a-file-that-is-not-a-database", test_workspace_refuses_a_file_that_is_not_a_database);
  ADD ("says-clearly-when-its-location-cannot-be-written",
       test_workspace_says_clearly_when_its_location_cannot_be_written);
  ADD ("importing-the-same-export-twice-adds-nothing", test_workspace_importing_the_same_export_twice_adds_nothing);
  ADD ("a-newer-overlapping-export-merges-and-marks-who-left",
       test_workspace_a_newer_overlapping_export_merges_and_marks_who_left);
  ADD ("an-older-export-after-a-newer-one-removes-no-one",
       test_workspace_an_older_export_after_a_newer_one_removes_no_one);
  ADD ("csv-then-api-json-of-the-same-data-adds-nothing-twice",
       test_workspace_csv_then_api_json_of_the_same_data_adds_nothing_twice);
  ADD ("the-sample-export-audits-the-same-from-the-workspace",
       test_workspace_the_sample_export_audits_the_same_from_the_workspace);
  ADD ("a-cancelled-import-leaves-nothing-behind", test_workspace_a_cancelled_import_leaves_nothing_behind);
  ADD ("a-full-disk-fails-clearly-and-loses-nothing", test_workspace_a_full_disk_fails_clearly_and_loses_nothing);
  ADD ("decisions-survive-a-re-import", test_workspace_decisions_survive_a_re_import);
  ADD ("each-change-can-be-undone-in-turn", test_workspace_each_change_can_be_undone_in_turn);
  ADD ("queuing-many-is-one-change-to-undo", test_workspace_queuing_many_is_one_change_to_undo);
  ADD ("a-removal-keeps-its-time-through-a-re-invite", test_workspace_a_removal_keeps_its_time_through_a_re_invite);
  ADD ("corrections-change-later-classifications", test_workspace_corrections_change_later_classifications);
  ADD ("a-kept-contact-is-never-flagged", test_workspace_a_kept_contact_is_never_flagged);
  ADD ("its-folders-and-journal-files-are-private-whatever-the-umask",
       test_workspace_its_folders_and_journal_files_are_private_whatever_the_umask);
  ADD ("debug-logs-hold-no-message-note-draft-or-name", test_workspace_debug_logs_hold_no_message_note_draft_or_name);
  ADD ("exports-every-decision-and-label-as-json", test_workspace_exports_every_decision_and_label_as_json);
  ADD ("delete-removes-every-file", test_workspace_delete_removes_every_file);
  ADD ("migrates-a-version-one-workspace-keeping-everything",
       test_workspace_migrates_a_version_one_workspace_keeping_everything);
  ADD ("remembers-the-last-draft-and-template-used-with-someone",
       test_workspace_remembers_the_last_draft_and_template_used_with_someone);
  ADD ("a-draft-marked-sent-as-a-stop-request-counts-as-one",
       test_workspace_a_draft_marked_sent_as_a_stop_request_counts_as_one);
  ADD ("own-templates-are-checked-when-saved-and-can-be-undone",
       test_workspace_own_templates_are_checked_when_saved_and_can_be_undone);
  ADD ("a-due-reminder-fires-once", test_workspace_a_due_reminder_fires_once);
  ADD ("the-sync-cursor-only-moves-on", test_workspace_the_sync_cursor_only_moves_on);
  ADD ("alerts-name-only-people-flagged-since-the-last-look",
       test_workspace_alerts_name_only_people_flagged_since_the_last_look);
#undef ADD

  return g_test_run ();
}
