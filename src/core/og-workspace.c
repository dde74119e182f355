/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-workspace.c — the SQLite workspace.
 *
 * Storage follows the dataset: what a finished dataset read (its records) is
 * stored field by field and replayed into a new dataset when the workspace is
 * audited, so a workspace audits exactly like the files it came from. Records
 * are keyed by what makes them the same across exports (a connection's
 * profile key, a message's identity), so an overlapping import adds nothing
 * twice. Decisions, corrections, drafts and reminders live in tables no
 * import touches; every change to them is logged so it can be undone.
 */
#define G_LOG_DOMAIN "og-workspace"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "og-report.h"
#include "og-url.h"
#include "og-workspace.h"
#include "og-workspace-private.h"

struct _OgWorkspace
{
  GObject   parent_instance;

  char     *path;
  sqlite3  *db;
  GMutex    lock;   /* one caller at a time on the one connection */
  char     *temporary_folder;   /* removed with the workspace; NULL: a lasting one */
};

G_DEFINE_FINAL_TYPE (OgWorkspace, og_workspace, G_TYPE_OBJECT)

G_DEFINE_QUARK (og-workspace-error-quark, og_workspace_error)

/* ---- schema -------------------------------------------------------------------------
 * migrations[i] takes a database from version i to i + 1. Never edit a
 * shipped step: add one. */

static const char * const migrations[] = {
  /* 0 → 1 */
  "CREATE TABLE imports ("
  "  id INTEGER PRIMARY KEY,"
  "  source TEXT NOT NULL,"
  "  imported_at INTEGER NOT NULL,"
  "  as_of INTEGER,"                      /* the newest moment the export holds */
  "  has_connections INTEGER NOT NULL,"
  "  people_added INTEGER NOT NULL DEFAULT 0,"
  "  messages_added INTEGER NOT NULL DEFAULT 0,"
  "  invitations_added INTEGER NOT NULL DEFAULT 0);"
  "CREATE TABLE import_warnings ("
  "  import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,"
  "  file TEXT, line INTEGER, message TEXT NOT NULL);"
  "CREATE TABLE profile ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  name TEXT, file TEXT,"
  "  hidden_connections INTEGER NOT NULL DEFAULT 0,"
  "  hidden_as_of INTEGER);"
  "CREATE TABLE people ("
  "  key TEXT PRIMARY KEY,"
  "  first_name TEXT, last_name TEXT, name TEXT, email TEXT, company TEXT, position TEXT,"
  "  connected_on INTEGER, connected_precision INTEGER NOT NULL,"
  "  file TEXT, line INTEGER,"
  "  seen_as_of INTEGER,"                 /* as_of of the newest export listing them */
  "  first_import INTEGER NOT NULL REFERENCES imports (id),"
  "  connected INTEGER NOT NULL DEFAULT 1,"
  "  gone_as_of INTEGER);"                /* first newer export without them */
  "CREATE TABLE messages ("
  "  identity TEXT PRIMARY KEY,"
  "  import_id INTEGER NOT NULL REFERENCES imports (id),"
  "  file TEXT, line INTEGER,"
  "  conversation_id TEXT, conversation_title TEXT,"
  "  sender_name TEXT, sender_url TEXT, to_names TEXT, recipient_urls TEXT, direction INTEGER,"
  "  sent_at INTEGER, sent_at_ms INTEGER, precision INTEGER,"
  "  subject TEXT, content TEXT, folder INTEGER,"
  "  is_draft INTEGER, is_html INTEGER, is_sponsored INTEGER, has_attachments INTEGER);"
  "CREATE TABLE invitations ("
  "  identity TEXT PRIMARY KEY,"
  "  import_id INTEGER NOT NULL REFERENCES imports (id),"
  "  file TEXT, line INTEGER,"
  "  from_name TEXT, to_name TEXT, sent_at INTEGER, message TEXT, direction INTEGER,"
  "  inviter_url TEXT, invitee_url TEXT);"
  "CREATE TABLE acceptances ("
  "  inviter_key TEXT, invitee_key TEXT, accepted_at_ms INTEGER NOT NULL,"
  "  PRIMARY KEY (inviter_key, invitee_key));"
  "CREATE TABLE decisions ("
  "  person_key TEXT PRIMARY KEY,"
  "  decision TEXT NOT NULL CHECK (decision IN ('keep', 'queued', 'removed', 'reinvite')),"
  "  changed_at INTEGER NOT NULL,"
  "  removed_at INTEGER);"
  "CREATE TABLE corrections ("
  "  contact_key TEXT NOT NULL,"          /* '' for anyone */
  "  text TEXT NOT NULL,"
  "  label TEXT NOT NULL CHECK (label IN ('pitch', 'recruiting', 'other')),"
  "  corrected_at INTEGER NOT NULL,"
  "  PRIMARY KEY (contact_key, text));"
  "CREATE TABLE drafts ("
  "  id INTEGER PRIMARY KEY,"
  "  person_key TEXT NOT NULL, template TEXT, body TEXT NOT NULL,"
  "  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);"
  "CREATE TABLE reminders ("
  "  id INTEGER PRIMARY KEY,"
  "  person_key TEXT NOT NULL, due_at INTEGER NOT NULL, note TEXT,"
  "  created_at INTEGER NOT NULL);"
  /* Undo: each entry holds the SQL that restores the state before one change. */
  "CREATE TABLE undo_log ("
  "  id INTEGER PRIMARY KEY,"
  "  done_at INTEGER NOT NULL,"
  "  description TEXT NOT NULL,"
  "  restore TEXT NOT NULL);",
  /* 1 → 2: replies. Templates the person wrote; drafts marked sent (and
   * whether they asked the contact to stop); reminders that fired; which
   * flagged people a notification already told of. */
  "CREATE TABLE templates ("
  "  id TEXT PRIMARY KEY,"
  "  title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', body TEXT NOT NULL,"
  "  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);"
  "ALTER TABLE drafts ADD COLUMN sent_at INTEGER;"
  "ALTER TABLE drafts ADD COLUMN asks_to_stop INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE reminders ADD COLUMN fired_at INTEGER;"
  "CREATE TABLE alerts ("
  "  kind TEXT NOT NULL, person_key TEXT NOT NULL, flagged_at INTEGER,"
  "  noted_at INTEGER NOT NULL,"
  "  PRIMARY KEY (kind, person_key));"
  "CREATE TABLE alert_baselines ("
  "  kind TEXT PRIMARY KEY, noted_at INTEGER NOT NULL);",
  /* 2 → 3: the Portability API: where the changelog was read up to, and when. */
  "CREATE TABLE sync_state ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  changelog_cursor INTEGER NOT NULL DEFAULT 0,"
  "  synced_at INTEGER);",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == OG_WORKSPACE_SCHEMA_VERSION);

/* ---- errors ---------------------------------------------------------------------------- */

gboolean
og_workspace_set_db_error (OgWorkspace  *self,
                           int           code,
                           GError      **error)
{
  int primary = code & 0xff;

  switch (primary)
    {
    case SQLITE_FULL:
      g_set_error (error, OG_WORKSPACE_ERROR, OG_WORKSPACE_ERROR_FULL,
                   _("There is not enough disk space to save the workspace “%s”; nothing was changed"),
                   self->path);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, OG_WORKSPACE_ERROR, OG_WORKSPACE_ERROR_READ_ONLY,
                   _("The workspace “%s” cannot be written; nothing was changed"), self->path);
      break;
    case SQLITE_CANTOPEN:
      g_set_error (error, OG_WORKSPACE_ERROR, OG_WORKSPACE_ERROR_OPEN,
                   _("The workspace “%s” cannot be opened"), self->path);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, OG_WORKSPACE_ERROR, OG_WORKSPACE_ERROR_CORRUPT,
                   _("“%s” is damaged or is not an OutreachGuard workspace"), self->path);
      break;
    default:
      /* SQLite's own words say what went wrong; they hold no message text. */
      g_set_error (error, OG_WORKSPACE_ERROR, OG_WORKSPACE_ERROR_FAILED,
                   _("The workspace “%s” could not be updated: %s"), self->path,
                   self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (code));
      break;
    }
  return FALSE;
}

static gboolean
closed (OgWorkspace  *self,
        GError      **error)
{
  if (self->db != NULL)
    return FALSE;
  g_set_error (error, OG_WORKSPACE_ERROR, OG_WORKSPACE_ERROR_OPEN,
               _("The workspace “%s” has been deleted"), self->path);
  return TRUE;
}

static gboolean
exec (OgWorkspace  *self,
      const char   *sql,
      GError      **error)
{
  int rc;

  if (closed (self, error))
    return FALSE;
  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return og_workspace_set_db_error (self, rc, error);
  return TRUE;
}

sqlite3_stmt *
og_workspace_prepare (OgWorkspace  *self,
                      const char   *sql,
                      GError      **error)
{
  sqlite3_stmt *statement = NULL;
  int rc;

  if (closed (self, error))
    return NULL;
  rc = sqlite3_prepare_v2 (self->db, sql, -1, &statement, NULL);

  if (rc != SQLITE_OK)
    {
      og_workspace_set_db_error (self, rc, error);
      return NULL;
    }
  return statement;
}


/* Runs a statement that returns no rows. */
gboolean
og_workspace_step_done (OgWorkspace   *self,
                        sqlite3_stmt  *statement,
                        GError       **error)
{
  int rc = sqlite3_step (statement);

  sqlite3_reset (statement);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return og_workspace_set_db_error (self, rc, error);
  return TRUE;
}

void
og_workspace_bind_text (sqlite3_stmt *statement,
                        int           index,
                        const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (statement, index);
  else
    sqlite3_bind_text (statement, index, text, -1, SQLITE_TRANSIENT);
}

static void
bind_time (sqlite3_stmt *statement,
           int           index,
           gint64        value)
{
  if (value == OG_TIME_UNKNOWN)
    sqlite3_bind_null (statement, index);
  else
    sqlite3_bind_int64 (statement, index, value);
}

const char *
og_workspace_column_text (sqlite3_stmt *statement,
                          int           index)
{
  return (const char *)sqlite3_column_text (statement, index);
}

static gint64
column_time (sqlite3_stmt *statement,
             int           index)
{
  if (sqlite3_column_type (statement, index) == SQLITE_NULL)
    return OG_TIME_UNKNOWN;
  return sqlite3_column_int64 (statement, index);
}

gint64
og_workspace_now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* ---- object ------------------------------------------------------------------------------ */

/* Its files, then the folder itself; what is already gone is no error. */
static void
remove_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (folder, name, NULL);

      g_unlink (file);
    }
  g_rmdir (folder);
}

static void
og_workspace_finalize (GObject *object)
{
  OgWorkspace *self = OG_WORKSPACE (object);

  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  /* After the close, which may still write the database and its WAL. */
  if (self->temporary_folder != NULL)
    remove_folder (self->temporary_folder);
  g_free (self->temporary_folder);
  g_free (self->path);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (og_workspace_parent_class)->finalize (object);
}

static void
og_workspace_class_init (OgWorkspaceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = og_workspace_finalize;
}

static void
og_workspace_init (OgWorkspace *self)
{
  g_mutex_init (&self->lock);
}

char *
og_workspace_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "outreach-guard", "workspace.db", NULL);
}

OgWorkspace *
og_workspace_open_temporary (GError **error)
{
  g_autofree char *folder = g_dir_make_tmp ("outreach-guard-sample-XXXXXX", error);
  g_autofree char *path = NULL;
  OgWorkspace *self;

  if (folder == NULL)
    return NULL;
  path = g_build_filename (folder, "workspace.db", NULL);
  self = og_workspace_open (path, error);
  if (self == NULL)
    {
      remove_folder (folder);
      return NULL;
    }
  self->temporary_folder = g_steal_pointer (&folder);
  return self;
}

void
og_workspace_remove_temporary (OgWorkspace *self)
{
  g_return_if_fail (OG_IS_WORKSPACE (self));

  if (self->temporary_folder != NULL)
    remove_folder (self->temporary_folder);
}

const char *
og_workspace_get_path (OgWorkspace *self)
{
  g_return_val_if_fail (OG_IS_WORKSPACE (self), NULL);
  return self->path;
}

/* The database holds people's messages: create it readable by its owner only,
 * before SQLite does (SQLite gives its -wal and -shm files the same mode). */
static gboolean
create_private (const char  *path,
                GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, OG_WORKSPACE_ERROR,
                   saved == EACCES || saved == EROFS || saved == EPERM
                   ? OG_WORKSPACE_ERROR_READ_ONLY : OG_WORKSPACE_ERROR_OPEN,
                   _("The folder “%s” for the workspace cannot be created: %s"), folder, g_strerror (saved));
      return FALSE;
    }

  fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0 && (errno == EACCES || errno == EROFS))
    fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, OG_WORKSPACE_ERROR,
                   saved == EACCES || saved == EROFS ? OG_WORKSPACE_ERROR_READ_ONLY : OG_WORKSPACE_ERROR_OPEN,
                   _("The workspace “%s” cannot be opened: %s"), path, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

static int
user_version (OgWorkspace *self)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  int version = -1;

  if (sqlite3_prepare_v2 (self->db, "PRAGMA user_version", -1, &statement, NULL) == SQLITE_OK &&
      sqlite3_step (statement) == SQLITE_ROW)
    version = sqlite3_column_int (statement, 0);
  return version;
}

static gboolean
migrate (OgWorkspace  *self,
         GError      **error)
{
  int version = user_version (self);

  if (version < 0)
    return og_workspace_set_db_error (self, sqlite3_errcode (self->db), error);

  if (version > OG_WORKSPACE_SCHEMA_VERSION)
    {
      g_set_error (error, OG_WORKSPACE_ERROR, OG_WORKSPACE_ERROR_NEWER,
                   _("The workspace “%s” was written by a newer version of OutreachGuard; update the app to open it"),
                   self->path);
      return FALSE;
    }

  /* Each step and its version number commit together: a crash between steps
   * leaves a database at one version or the next, never between. */
  for (int step = version; step < OG_WORKSPACE_SCHEMA_VERSION; step++)
    {
      g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", step + 1);

      if (!exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      if (!exec (self, migrations[step], error) || !exec (self, bump, error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
      if (!exec (self, "COMMIT", error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
      g_debug ("Migrated the workspace to version %d", step + 1);
    }
  return TRUE;
}

OgWorkspace *
og_workspace_open (const char  *path,
                   GError     **error)
{
  g_autoptr(OgWorkspace) self = NULL;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (OG_TYPE_WORKSPACE, NULL);
  self->path = g_strdup (path);

  if (!create_private (path, error))
    return NULL;

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      og_workspace_set_db_error (self, rc, error);
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, 1);
  /* Another process (the command line, a second window) may hold the write lock briefly. */
  sqlite3_busy_timeout (self->db, 5000);

  if (!exec (self, "PRAGMA foreign_keys = ON", error))
    return NULL;
  /* A file that is not a database fails here, before anything is written to it. */
  if (user_version (self) < 0)
    {
      og_workspace_set_db_error (self, sqlite3_errcode (self->db), error);
      return NULL;
    }
  if (sqlite3_db_readonly (self->db, "main") == 1)
    {
      og_workspace_set_db_error (self, SQLITE_READONLY, error);
      return NULL;
    }
  if (!exec (self, "PRAGMA journal_mode = WAL", error) ||
      /* WAL with NORMAL stays consistent after a crash; a power cut may lose the last commit. */
      !exec (self, "PRAGMA synchronous = NORMAL", error) ||
      !migrate (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

gboolean
og_workspace_limit_size (OgWorkspace  *self,
                         guint64       max_bytes,
                         GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autofree char *sql = NULL;
  guint64 page_size = 4096;
  gboolean ok = FALSE;

  g_return_val_if_fail (OG_IS_WORKSPACE (self), FALSE);

  g_mutex_lock (&self->lock);
  statement = og_workspace_prepare (self, "PRAGMA page_size", error);
  if (statement != NULL)
    {
      if (sqlite3_step (statement) == SQLITE_ROW)
        page_size = (guint64)MAX (sqlite3_column_int64 (statement, 0), 512);
      /* A write past the limit fails as a full disk would: SQLITE_FULL, rolled back. */
      sql = g_strdup_printf ("PRAGMA max_page_count = %" G_GUINT64_FORMAT, MAX (max_bytes / page_size, 1));
      ok = exec (self, sql, error);
    }
  g_mutex_unlock (&self->lock);

  return ok;
}

/* ---- importing ---------------------------------------------------------------------------- */

typedef struct
{
  OgWorkspace     *self;
  gint64           import_id;
  gint64           as_of;
  OgImportSummary *summary;
} Import;

/* The newest moment an export can know of: its last message, invitation or connection. */
static gint64
dataset_as_of (OgDataset *dataset)
{
  GPtrArray *messages = og_dataset_get_messages (dataset);
  GPtrArray *invitations = og_dataset_get_invitations (dataset);
  GPtrArray *connections = og_dataset_get_connections (dataset);
  gint64 as_of = OG_TIME_UNKNOWN;

  for (guint i = 0; i < messages->len; i++)
    as_of = MAX (as_of, ((OgMessage *)g_ptr_array_index (messages, i))->sent_at);
  for (guint i = 0; i < invitations->len; i++)
    as_of = MAX (as_of, ((OgInvitation *)g_ptr_array_index (invitations, i))->sent_at);
  for (guint i = 0; i < connections->len; i++)
    as_of = MAX (as_of, ((OgPerson *)g_ptr_array_index (connections, i))->connected_on);
  return as_of;
}

static gboolean
dataset_has_connections (OgDataset *dataset)
{
  return og_dataset_get_connections (dataset)->len > 0 ||
         og_dataset_get_n_hidden_connections (dataset) > 0;
}

/* The as_of of the newest earlier import that had a Connections.csv. */
static gint64
newest_connections_as_of (OgWorkspace *self,
                          gint64       except_import)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gint64 as_of = OG_TIME_UNKNOWN;

  statement = og_workspace_prepare (self, "SELECT MAX (as_of) FROM imports WHERE has_connections AND id != ?", NULL);
  if (statement == NULL)
    return OG_TIME_UNKNOWN;
  sqlite3_bind_int64 (statement, 1, except_import);
  if (sqlite3_step (statement) == SQLITE_ROW)
    as_of = column_time (statement, 0);
  return as_of;
}

static gboolean
store_people (Import        *import,
              OgDataset     *dataset,
              gboolean       newest,
              GCancellable  *cancellable,
              GError       **error)
{
  OgWorkspace *self = import->self;
  GPtrArray *connections = og_dataset_get_connections (dataset);
  g_autoptr(sqlite3_stmt) exists = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) update = NULL;
  g_autoptr(sqlite3_stmt) seen = NULL;

  exists = og_workspace_prepare (self, "SELECT seen_as_of FROM people WHERE key = ?", error);
  insert = og_workspace_prepare (self,
                    "INSERT INTO people (key, first_name, last_name, name, email, company, position,"
                    " connected_on, connected_precision, file, line, seen_as_of, first_import)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)", error);
  /* A newer export's fields win: people change jobs and titles. */
  update = og_workspace_prepare (self,
                    "UPDATE people SET first_name = ?2, last_name = ?3, name = ?4, email = ?5, company = ?6,"
                    " position = ?7, connected_on = ?8, connected_precision = ?9, file = ?10, line = ?11,"
                    " seen_as_of = ?12, connected = 1, gone_as_of = NULL WHERE key = ?1", error);
  seen = og_workspace_prepare (self, "UPDATE people SET seen_as_of = MAX (IFNULL (seen_as_of, ?2), ?2) WHERE key = ?1", error);
  if (exists == NULL || insert == NULL || update == NULL || seen == NULL)
    return FALSE;

  for (guint i = 0; i < connections->len; i++)
    {
      OgPerson *person = g_ptr_array_index (connections, i);
      gboolean known = FALSE;
      gint64 known_as_of = OG_TIME_UNKNOWN;
      sqlite3_stmt *statement;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (person->key == NULL)
        continue;

      sqlite3_bind_text (exists, 1, person->key, -1, SQLITE_STATIC);
      if (sqlite3_step (exists) == SQLITE_ROW)
        {
          known = TRUE;
          known_as_of = column_time (exists, 0);
        }
      sqlite3_reset (exists);

      if (known && !newest && known_as_of != OG_TIME_UNKNOWN &&
          import->as_of != OG_TIME_UNKNOWN && import->as_of < known_as_of)
        continue;   /* an older export knows less: keep what the newer one said */

      statement = known ? update : insert;
      og_workspace_bind_text (statement, 1, person->key);
      og_workspace_bind_text (statement, 2, person->first_name);
      og_workspace_bind_text (statement, 3, person->last_name);
      og_workspace_bind_text (statement, 4, person->name);
      og_workspace_bind_text (statement, 5, person->email);
      og_workspace_bind_text (statement, 6, person->company);
      og_workspace_bind_text (statement, 7, person->position);
      bind_time (statement, 8, person->connected_on);
      sqlite3_bind_int (statement, 9, person->connected_precision);
      og_workspace_bind_text (statement, 10, person->connections_file);
      sqlite3_bind_int (statement, 11, (int)person->connections_line);
      bind_time (statement, 12, import->as_of);
      if (!known)
        sqlite3_bind_int64 (statement, 13, import->import_id);
      if (!og_workspace_step_done (self, statement, error))
        return FALSE;
      sqlite3_clear_bindings (statement);

      if (known)
        import->summary->people_updated++;
      else
        import->summary->people_added++;
    }

  return TRUE;
}

/* Connections a newer Connections.csv no longer lists were removed (by either side). */
static gboolean
mark_gone (Import     *import,
           OgDataset  *dataset,
           GError    **error)
{
  OgWorkspace *self = import->self;
  GPtrArray *connections = og_dataset_get_connections (dataset);
  g_autoptr(sqlite3_stmt) statement = NULL;

  if (!exec (self, "CREATE TEMP TABLE IF NOT EXISTS listed (key TEXT PRIMARY KEY); DELETE FROM listed", error))
    return FALSE;
  statement = og_workspace_prepare (self, "INSERT OR IGNORE INTO listed (key) VALUES (?)", error);
  if (statement == NULL)
    return FALSE;
  for (guint i = 0; i < connections->len; i++)
    {
      OgPerson *person = g_ptr_array_index (connections, i);

      if (person->key == NULL)
        continue;
      sqlite3_bind_text (statement, 1, person->key, -1, SQLITE_STATIC);
      if (!og_workspace_step_done (self, statement, error))
        return FALSE;
    }
  g_clear_pointer (&statement, sqlite3_finalize);

  statement = og_workspace_prepare (self,
                       "UPDATE people SET connected = 0, gone_as_of = ?1"
                       " WHERE connected AND key NOT IN (SELECT key FROM listed)", error);
  if (statement == NULL)
    return FALSE;
  bind_time (statement, 1, import->as_of);
  if (!og_workspace_step_done (self, statement, error))
    return FALSE;
  import->summary->people_gone = (guint)sqlite3_changes (self->db);

  return exec (self, "DELETE FROM listed", error);
}

static gboolean
store_messages (Import        *import,
                OgDataset     *dataset,
                GCancellable  *cancellable,
                GError       **error)
{
  OgWorkspace *self = import->self;
  GPtrArray *messages = og_dataset_get_messages (dataset);
  g_autoptr(sqlite3_stmt) insert = NULL;

  insert = og_workspace_prepare (self,
                    "INSERT OR IGNORE INTO messages (identity, import_id, file, line, conversation_id,"
                    " conversation_title, sender_name, sender_url, to_names, recipient_urls, direction,"
                    " sent_at, sent_at_ms, precision, subject, content, folder, is_draft, is_html,"
                    " is_sponsored, has_attachments)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
                    " ?18, ?19, ?20, ?21)", error);
  if (insert == NULL)
    return FALSE;

  for (guint i = 0; i < messages->len; i++)
    {
      OgMessage *message = g_ptr_array_index (messages, i);
      g_autofree char *identity = NULL;

      if ((i & 0xff) == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      identity = og_dataset_message_identity (message);
      og_workspace_bind_text (insert, 1, identity);
      sqlite3_bind_int64 (insert, 2, import->import_id);
      og_workspace_bind_text (insert, 3, message->file);
      sqlite3_bind_int (insert, 4, (int)message->line);
      og_workspace_bind_text (insert, 5, message->raw_conversation_id);
      og_workspace_bind_text (insert, 6, message->raw_conversation_title);
      og_workspace_bind_text (insert, 7, message->sender_name);
      og_workspace_bind_text (insert, 8, message->raw_sender_url);
      og_workspace_bind_text (insert, 9, message->raw_to);
      og_workspace_bind_text (insert, 10, message->raw_recipient_urls);
      sqlite3_bind_int (insert, 11, message->raw_direction);
      bind_time (insert, 12, message->sent_at);
      sqlite3_bind_int (insert, 13, message->sent_at_ms);
      sqlite3_bind_int (insert, 14, message->precision);
      og_workspace_bind_text (insert, 15, message->subject);
      og_workspace_bind_text (insert, 16, message->content);
      sqlite3_bind_int (insert, 17, message->folder);
      sqlite3_bind_int (insert, 18, message->is_draft);
      sqlite3_bind_int (insert, 19, message->is_html);
      sqlite3_bind_int (insert, 20, message->is_sponsored);
      sqlite3_bind_int (insert, 21, message->has_attachments);
      if (!og_workspace_step_done (self, insert, error))
        return FALSE;
      import->summary->messages_added += (guint)sqlite3_changes (self->db);
    }

  return TRUE;
}

static char *
invitation_identity (const OgInvitation *invitation)
{
  return g_strdup_printf ("%d\x1f%s\x1f%s\x1f%s\x1f%s\x1f%" G_GINT64_FORMAT "\x1f%u",
                          invitation->direction,
                          invitation->from_name ? invitation->from_name : "",
                          invitation->to_name ? invitation->to_name : "",
                          invitation->raw_inviter_url ? invitation->raw_inviter_url : "",
                          invitation->raw_invitee_url ? invitation->raw_invitee_url : "",
                          invitation->sent_at,
                          invitation->message ? g_str_hash (invitation->message) : 0);
}

static gboolean
store_invitations (Import     *import,
                   OgDataset  *dataset,
                   GError    **error)
{
  OgWorkspace *self = import->self;
  GPtrArray *invitations = og_dataset_get_invitations (dataset);
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) accept = NULL;

  insert = og_workspace_prepare (self,
                    "INSERT OR IGNORE INTO invitations (identity, import_id, file, line, from_name, to_name,"
                    " sent_at, message, direction, inviter_url, invitee_url)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", error);
  accept = og_workspace_prepare (self,
                    "INSERT OR REPLACE INTO acceptances (inviter_key, invitee_key, accepted_at_ms)"
                    " VALUES (?1, ?2, ?3)", error);
  if (insert == NULL || accept == NULL)
    return FALSE;

  for (guint i = 0; i < invitations->len; i++)
    {
      OgInvitation *invitation = g_ptr_array_index (invitations, i);
      g_autofree char *identity = NULL;

      if (invitation->from_changelog)
        continue;   /* stored as the acceptance it came from */

      identity = invitation_identity (invitation);
      og_workspace_bind_text (insert, 1, identity);
      sqlite3_bind_int64 (insert, 2, import->import_id);
      og_workspace_bind_text (insert, 3, invitation->file);
      sqlite3_bind_int (insert, 4, (int)invitation->line);
      og_workspace_bind_text (insert, 5, invitation->from_name);
      og_workspace_bind_text (insert, 6, invitation->to_name);
      bind_time (insert, 7, invitation->sent_at);
      og_workspace_bind_text (insert, 8, invitation->message);
      sqlite3_bind_int (insert, 9, invitation->direction);
      og_workspace_bind_text (insert, 10, invitation->raw_inviter_url);
      og_workspace_bind_text (insert, 11, invitation->raw_invitee_url);
      if (!og_workspace_step_done (self, insert, error))
        return FALSE;
      import->summary->invitations_added += (guint)sqlite3_changes (self->db);
    }

  for (guint i = 0; i < og_dataset_get_n_api_acceptances (dataset); i++)
    {
      const char *inviter, *invitee;
      gint64 at_ms;

      og_dataset_get_api_acceptance (dataset, i, &inviter, &invitee, &at_ms);
      og_workspace_bind_text (accept, 1, inviter);
      og_workspace_bind_text (accept, 2, invitee);
      sqlite3_bind_int64 (accept, 3, at_ms);
      if (!og_workspace_step_done (self, accept, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
store_profile_and_warnings (Import     *import,
                            OgDataset  *dataset,
                            gboolean    newest,
                            GError    **error)
{
  OgWorkspace *self = import->self;
  GPtrArray *warnings = og_dataset_get_warnings (dataset);
  g_autoptr(sqlite3_stmt) profile = NULL;
  g_autoptr(sqlite3_stmt) warning = NULL;

  if (!exec (self, "INSERT OR IGNORE INTO profile (id) VALUES (1)", error))
    return FALSE;

  profile = og_workspace_prepare (self, "UPDATE profile SET name = IFNULL (name, ?1), file = IFNULL (file, 'Profile.csv')", error);
  if (profile == NULL)
    return FALSE;
  og_workspace_bind_text (profile, 1, og_dataset_get_profile_name (dataset));
  if (!og_workspace_step_done (self, profile, error))
    return FALSE;
  g_clear_pointer (&profile, sqlite3_finalize);

  if (newest && dataset_has_connections (dataset))
    {
      /* Hidden members are rows without a name: only the newest count holds. */
      profile = og_workspace_prepare (self, "UPDATE profile SET hidden_connections = ?1, hidden_as_of = ?2", error);
      if (profile == NULL)
        return FALSE;
      sqlite3_bind_int (profile, 1, (int)og_dataset_get_n_hidden_connections (dataset));
      bind_time (profile, 2, import->as_of);
      if (!og_workspace_step_done (self, profile, error))
        return FALSE;
    }

  warning = og_workspace_prepare (self, "INSERT INTO import_warnings (import_id, file, line, message) VALUES (?1, ?2, ?3, ?4)",
                     error);
  if (warning == NULL)
    return FALSE;
  for (guint i = 0; i < warnings->len; i++)
    {
      OgWarning *item = g_ptr_array_index (warnings, i);

      sqlite3_bind_int64 (warning, 1, import->import_id);
      og_workspace_bind_text (warning, 2, item->file);
      sqlite3_bind_int (warning, 3, (int)item->line);
      og_workspace_bind_text (warning, 4, item->message);
      if (!og_workspace_step_done (self, warning, error))
        return FALSE;
    }
  import->summary->warnings = warnings->len;

  return TRUE;
}

static gboolean
import_locked (OgWorkspace     *self,
               OgDataset       *dataset,
               const char      *source,
               OgImportSummary *summary,
               GCancellable    *cancellable,
               GError         **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  Import import = { self, 0, dataset_as_of (dataset), summary };
  gboolean has_connections = dataset_has_connections (dataset);
  gboolean newest;
  gint64 previous;

  statement = og_workspace_prepare (self, "INSERT INTO imports (source, imported_at, as_of, has_connections) VALUES (?1, ?2, ?3, ?4)",
                       error);
  if (statement == NULL)
    return FALSE;
  og_workspace_bind_text (statement, 1, source);
  sqlite3_bind_int64 (statement, 2, og_workspace_now ());
  bind_time (statement, 3, import.as_of);
  sqlite3_bind_int (statement, 4, has_connections);
  if (!og_workspace_step_done (self, statement, error))
    return FALSE;
  import.import_id = summary->id = sqlite3_last_insert_rowid (self->db);
  g_clear_pointer (&statement, sqlite3_finalize);

  /* Is this the newest Connections.csv so far? Only that one says who left. */
  previous = newest_connections_as_of (self, import.import_id);
  newest = has_connections && (previous == OG_TIME_UNKNOWN || import.as_of == OG_TIME_UNKNOWN ||
                               import.as_of >= previous);

  if (!store_people (&import, dataset, newest, cancellable, error) ||
      (newest && !mark_gone (&import, dataset, error)) ||
      !store_messages (&import, dataset, cancellable, error) ||
      !store_invitations (&import, dataset, error) ||
      !store_profile_and_warnings (&import, dataset, newest, error))
    return FALSE;

  statement = og_workspace_prepare (self, "UPDATE imports SET people_added = ?2, messages_added = ?3, invitations_added = ?4"
                       " WHERE id = ?1", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, import.import_id);
  sqlite3_bind_int (statement, 2, (int)summary->people_added);
  sqlite3_bind_int (statement, 3, (int)summary->messages_added);
  sqlite3_bind_int (statement, 4, (int)summary->invitations_added);
  if (!og_workspace_step_done (self, statement, error))
    return FALSE;

  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

gboolean
og_workspace_import (OgWorkspace      *self,
                     OgDataset        *dataset,
                     const char       *source,
                     OgImportSummary  *summary,
                     GCancellable     *cancellable,
                     GError          **error)
{
  OgImportSummary local = { 0 };
  gboolean ok;

  g_return_val_if_fail (OG_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (OG_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (og_dataset_is_finished (dataset), FALSE);
  g_return_val_if_fail (source != NULL, FALSE);

  if (summary == NULL)
    summary = &local;
  memset (summary, 0, sizeof *summary);

  g_mutex_lock (&self->lock);
  ok = exec (self, "BEGIN IMMEDIATE", error);
  if (ok)
    {
      ok = import_locked (self, dataset, source, summary, cancellable, error);
      /* The whole import, or none of it. */
      if (ok)
        ok = exec (self, "COMMIT", error);
      if (!ok)
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
    }
  g_mutex_unlock (&self->lock);

  if (ok)
    g_debug ("Import %" G_GINT64_FORMAT ": %u people added, %u updated, %u gone, %u messages, %u invitations",
             summary->id, summary->people_added, summary->people_updated, summary->people_gone,
             summary->messages_added, summary->invitations_added);
  else
    memset (summary, 0, sizeof *summary);
  return ok;
}

gboolean
og_workspace_is_empty (OgWorkspace  *self,
                       GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean empty = TRUE;

  g_return_val_if_fail (OG_IS_WORKSPACE (self), TRUE);

  g_mutex_lock (&self->lock);
  statement = og_workspace_prepare (self, "SELECT EXISTS (SELECT 1 FROM imports)", error);
  if (statement != NULL && sqlite3_step (statement) == SQLITE_ROW)
    empty = sqlite3_column_int (statement, 0) == 0;
  g_mutex_unlock (&self->lock);

  return empty;
}

/* ---- loading ------------------------------------------------------------------------------ */

static gboolean
load_people (OgWorkspace  *self,
             OgDataset    *dataset,
             GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  int rc;

  /* In the order of the newest Connections.csv, then older ones. */
  statement = og_workspace_prepare (self,
                       "SELECT key, first_name, last_name, name, email, company, position, connected_on,"
                       " connected_precision, file, line FROM people WHERE connected"
                       " ORDER BY seen_as_of DESC, line, rowid", error);
  if (statement == NULL)
    return FALSE;
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      OgPerson record = { 0 };

      record.key = (char *)og_workspace_column_text (statement, 0);
      record.first_name = (char *)og_workspace_column_text (statement, 1);
      record.last_name = (char *)og_workspace_column_text (statement, 2);
      record.name = (char *)og_workspace_column_text (statement, 3);
      record.email = (char *)og_workspace_column_text (statement, 4);
      record.company = (char *)og_workspace_column_text (statement, 5);
      record.position = (char *)og_workspace_column_text (statement, 6);
      record.connected_on = column_time (statement, 7);
      record.connected_precision = sqlite3_column_int (statement, 8);
      record.connections_file = og_workspace_column_text (statement, 9);
      record.connections_line = (guint)sqlite3_column_int (statement, 10);
      og_dataset_add_connection_record (dataset, &record);
    }
  if (rc != SQLITE_DONE)
    return og_workspace_set_db_error (self, rc, error);
  return TRUE;
}

static gboolean
load_messages (OgWorkspace   *self,
               OgDataset     *dataset,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  guint n = 0;
  int rc;

  statement = og_workspace_prepare (self,
                       "SELECT file, line, conversation_id, conversation_title, sender_name, sender_url,"
                       " to_names, recipient_urls, direction, sent_at, sent_at_ms, precision, subject, content,"
                       " folder, is_draft, is_html, is_sponsored, has_attachments FROM messages ORDER BY rowid",
                       error);
  if (statement == NULL)
    return FALSE;
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      OgMessage record = { 0 };

      if ((++n & 0xfff) == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      record.file = og_workspace_column_text (statement, 0);
      record.line = (guint)sqlite3_column_int (statement, 1);
      record.raw_conversation_id = og_workspace_column_text (statement, 2);
      record.raw_conversation_title = og_workspace_column_text (statement, 3);
      record.sender_name = (char *)og_workspace_column_text (statement, 4);
      record.raw_sender_url = og_workspace_column_text (statement, 5);
      record.raw_to = og_workspace_column_text (statement, 6);
      record.raw_recipient_urls = og_workspace_column_text (statement, 7);
      record.raw_direction = sqlite3_column_int (statement, 8);
      record.sent_at = column_time (statement, 9);
      record.sent_at_ms = sqlite3_column_int (statement, 10);
      record.precision = sqlite3_column_int (statement, 11);
      record.subject = (char *)og_workspace_column_text (statement, 12);
      record.content = (char *)og_workspace_column_text (statement, 13);
      record.folder = sqlite3_column_int (statement, 14);
      record.is_draft = sqlite3_column_int (statement, 15);
      record.is_html = sqlite3_column_int (statement, 16);
      record.is_sponsored = sqlite3_column_int (statement, 17);
      record.has_attachments = sqlite3_column_int (statement, 18);
      og_dataset_add_message_record (dataset, &record);
    }
  if (rc != SQLITE_DONE)
    return og_workspace_set_db_error (self, rc, error);
  return TRUE;
}

static gboolean
load_invitations (OgWorkspace  *self,
                  OgDataset    *dataset,
                  GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  int rc;

  statement = og_workspace_prepare (self,
                       "SELECT file, line, from_name, to_name, sent_at, message, direction, inviter_url,"
                       " invitee_url FROM invitations ORDER BY rowid", error);
  if (statement == NULL)
    return FALSE;
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      OgInvitation record = { 0 };

      record.file = og_workspace_column_text (statement, 0);
      record.line = (guint)sqlite3_column_int (statement, 1);
      record.from_name = (char *)og_workspace_column_text (statement, 2);
      record.to_name = (char *)og_workspace_column_text (statement, 3);
      record.sent_at = column_time (statement, 4);
      record.message = (char *)og_workspace_column_text (statement, 5);
      record.direction = sqlite3_column_int (statement, 6);
      record.raw_inviter_url = og_workspace_column_text (statement, 7);
      record.raw_invitee_url = og_workspace_column_text (statement, 8);
      og_dataset_add_invitation_record (dataset, &record);
    }
  if (rc != SQLITE_DONE)
    return og_workspace_set_db_error (self, rc, error);
  g_clear_pointer (&statement, sqlite3_finalize);

  statement = og_workspace_prepare (self, "SELECT inviter_key, invitee_key, accepted_at_ms FROM acceptances ORDER BY rowid", error);
  if (statement == NULL)
    return FALSE;
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      const char *inviter = og_workspace_column_text (statement, 0);
      const char *invitee = og_workspace_column_text (statement, 1);
      g_autofree char *inviter_url = inviter ? og_url_profile_from_key (inviter) : NULL;
      g_autofree char *invitee_url = invitee ? og_url_profile_from_key (invitee) : NULL;

      og_dataset_add_api_acceptance (dataset, inviter_url, invitee_url, sqlite3_column_int64 (statement, 2));
    }
  if (rc != SQLITE_DONE)
    return og_workspace_set_db_error (self, rc, error);
  return TRUE;
}

static gboolean
load_profile_and_warnings (OgWorkspace  *self,
                           OgDataset    *dataset,
                           GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  int rc;

  statement = og_workspace_prepare (self, "SELECT name, file, hidden_connections FROM profile", error);
  if (statement == NULL)
    return FALSE;
  if (sqlite3_step (statement) == SQLITE_ROW)
    {
      og_dataset_set_profile_name (dataset, og_workspace_column_text (statement, 1), og_workspace_column_text (statement, 0));
      og_dataset_add_hidden_connections (dataset, (guint)sqlite3_column_int (statement, 2));
    }
  g_clear_pointer (&statement, sqlite3_finalize);

  /* A warning repeated by several imports of the same file is said once. */
  statement = og_workspace_prepare (self, "SELECT file, line, message FROM import_warnings GROUP BY file, line, message"
                       " ORDER BY MIN (rowid)", error);
  if (statement == NULL)
    return FALSE;
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    og_dataset_take_warning (dataset, og_warning_new (og_workspace_column_text (statement, 0),
                                                      (guint)sqlite3_column_int (statement, 1),
                                                      og_workspace_column_text (statement, 2)));
  if (rc != SQLITE_DONE)
    return og_workspace_set_db_error (self, rc, error);
  return TRUE;
}

OgDataset *
og_workspace_load_dataset (OgWorkspace   *self,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(OgDataset) dataset = og_dataset_new ();
  gboolean ok;

  g_return_val_if_fail (OG_IS_WORKSPACE (self), NULL);

  if (og_workspace_is_empty (self, NULL))
    {
      g_set_error (error, OG_WORKSPACE_ERROR, OG_WORKSPACE_ERROR_EMPTY,
                   _("Nothing has been imported into the workspace “%s” yet"), self->path);
      return NULL;
    }

  g_mutex_lock (&self->lock);
  /* One read transaction: a concurrent import is seen whole or not at all. */
  ok = exec (self, "BEGIN", error);
  if (ok)
    {
      ok = load_profile_and_warnings (self, dataset, error) &&
           load_people (self, dataset, error) &&
           load_messages (self, dataset, cancellable, error) &&
           load_invitations (self, dataset, error);
      sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
    }
  g_mutex_unlock (&self->lock);

  if (!ok)
    return NULL;

  og_dataset_finish (dataset);
  return g_steal_pointer (&dataset);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  OgDataset *dataset;

  /* An empty workspace is no error here: there is simply nothing to show yet. */
  if (og_workspace_is_empty (source_object, NULL))
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }

  dataset = og_workspace_load_dataset (source_object, cancellable, &error);
  if (dataset == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, dataset, g_object_unref);
}

void
og_workspace_load_async (OgWorkspace         *self,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (OG_IS_WORKSPACE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, og_workspace_load_async);
  g_task_run_in_thread (task, load_thread);
}

OgDataset *
og_workspace_load_finish (OgWorkspace   *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == og_workspace_load_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  OgWorkspaceFunc func;
  gpointer        data;
  GDestroyNotify  free_data;
  GDestroyNotify  free_result;
} RunData;

static void
run_data_free (RunData *run)
{
  if (run->free_data != NULL && run->data != NULL)
    run->free_data (run->data);
  g_free (run);
}

static void
run_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  RunData *run = task_data;
  GError *error = NULL;
  gpointer result;

  if (g_task_return_error_if_cancelled (task))
    return;
  result = run->func (source_object, run->data, &error);
  if (result == NULL)
    g_task_return_error (task, error != NULL ? error
                         : g_error_new_literal (OG_WORKSPACE_ERROR, OG_WORKSPACE_ERROR_FAILED, "no result"));
  else
    g_task_return_pointer (task, result, run->free_result);
}

void
og_workspace_run_async (OgWorkspace         *self,
                        OgWorkspaceFunc      func,
                        gpointer             data,
                        GDestroyNotify       free_data,
                        GDestroyNotify       free_result,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  RunData *run;

  g_return_if_fail (OG_IS_WORKSPACE (self));
  g_return_if_fail (func != NULL);

  run = g_new0 (RunData, 1);
  run->func = func;
  run->data = data;
  run->free_data = free_data;
  run->free_result = free_result;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, og_workspace_run_async);
  g_task_set_task_data (task, run, (GDestroyNotify)run_data_free);
  g_task_run_in_thread (task, run_thread);
}

gpointer
og_workspace_run_finish (OgWorkspace   *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == og_workspace_run_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- decisions and the undo log ---------------------------------------------------------- */

static const char * const decision_names[] = { NULL, "keep", "queued", "removed", "reinvite" };
G_STATIC_ASSERT (G_N_ELEMENTS (decision_names) == OG_N_DECISIONS);

const char *
og_decision_to_string (OgDecision decision)
{
  g_return_val_if_fail ((guint)decision < OG_N_DECISIONS, NULL);
  return decision_names[decision];
}

gboolean
og_decision_from_string (const char *text,
                         OgDecision *decision)
{
  for (guint i = 1; i < OG_N_DECISIONS; i++)
    if (g_strcmp0 (text, decision_names[i]) == 0)
      {
        *decision = (OgDecision)i;
        return TRUE;
      }
  return FALSE;
}

/* Records the SQL that puts things back as they are now. sqlite3_mprintf's
 * %Q quotes a string (or writes NULL), so stored text cannot break out. */
gboolean
og_workspace_log_undo (OgWorkspace  *self,
                       const char   *description,
                       char         *restore_sql,   /* sqlite3_mprintf'd, taken */
                       GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean ok;

  if (restore_sql == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "out of memory");
      return FALSE;
    }
  statement = og_workspace_prepare (self, "INSERT INTO undo_log (done_at, description, restore) VALUES (?1, ?2, ?3)", error);
  if (statement == NULL)
    {
      sqlite3_free (restore_sql);
      return FALSE;
    }
  sqlite3_bind_int64 (statement, 1, og_workspace_now ());
  og_workspace_bind_text (statement, 2, description);
  og_workspace_bind_text (statement, 3, restore_sql);
  sqlite3_free (restore_sql);
  ok = og_workspace_step_done (self, statement, error);
  return ok;
}

/* Runs @work inside one write transaction under the lock. */

gboolean
og_workspace_write (OgWorkspace  *self,
                    OgWorkspaceWriteFunc work,
                    gpointer      data,
                    GError      **error)
{
  gboolean ok;

  g_mutex_lock (&self->lock);
  ok = exec (self, "BEGIN IMMEDIATE", error);
  if (ok)
    {
      ok = work (self, data, error);
      if (ok)
        ok = exec (self, "COMMIT", error);
      if (!ok)
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
    }
  g_mutex_unlock (&self->lock);
  return ok;
}

sqlite3 *
og_workspace_get_db (OgWorkspace *self)
{
  return self->db;
}

gboolean
og_workspace_read (OgWorkspace          *self,
                   OgWorkspaceWriteFunc  work,
                   gpointer              data,
                   GError              **error)
{
  gboolean ok;

  g_mutex_lock (&self->lock);
  ok = work (self, data, error);
  g_mutex_unlock (&self->lock);
  return ok;
}

typedef struct
{
  const char * const *person_keys;
  OgDecision          decision;
} DecisionChange;

/* What the undo toast says was undone. */
static const char *
decision_description (OgDecision decision)
{
  switch (decision)
    {
    case OG_DECISION_KEEP:
      return _("Kept");
    case OG_DECISION_QUEUED:
      return _("Queued for removal");
    case OG_DECISION_REMOVED:
      return _("Marked as removed");
    case OG_DECISION_REINVITE:
      return _("Put on the re-invite list");
    case OG_DECISION_NONE:
    default:
      return _("Decision cleared");
    }
}

static gboolean
set_decisions_locked (OgWorkspace  *self,
                      gpointer      data,
                      GError      **error)
{
  DecisionChange *change = data;
  g_autoptr(sqlite3_stmt) before = NULL;
  g_autoptr(sqlite3_stmt) write = NULL;
  g_autoptr(GString) restore = g_string_new (NULL);
  g_autofree char *description = NULL;
  const char *name = change->decision == OG_DECISION_NONE ? "none" : og_decision_to_string (change->decision);
  guint n = 0;
  gint64 at = og_workspace_now ();

  before = og_workspace_prepare (self, "SELECT decision, changed_at, removed_at FROM decisions WHERE person_key = ?", error);
  if (change->decision == OG_DECISION_NONE)
    write = og_workspace_prepare (self, "DELETE FROM decisions WHERE person_key = ?1", error);
  else
    write = og_workspace_prepare (self,
                     "INSERT INTO decisions (person_key, decision, changed_at, removed_at) VALUES (?1, ?2, ?3,"
                     " CASE WHEN ?2 = 'removed' THEN ?3 END)"
                     " ON CONFLICT (person_key) DO UPDATE SET decision = ?2, changed_at = ?3,"
                     /* Re-invite keeps the time of the removal it undoes. */
                     " removed_at = CASE WHEN ?2 = 'removed' THEN ?3 WHEN ?2 = 'reinvite' THEN removed_at END",
                     error);
  if (before == NULL || write == NULL)
    return FALSE;

  for (; change->person_keys[n] != NULL; n++)
    {
      const char *key = change->person_keys[n];
      char *statement;

      /* What to run to put this person back as they are now. */
      sqlite3_bind_text (before, 1, key, -1, SQLITE_STATIC);
      if (sqlite3_step (before) == SQLITE_ROW)
        statement = sqlite3_mprintf ("INSERT OR REPLACE INTO decisions (person_key, decision, changed_at, removed_at)"
                                     " VALUES (%Q, %Q, %lld, %s);",
                                     key, og_workspace_column_text (before, 0), (long long)sqlite3_column_int64 (before, 1),
                                     sqlite3_column_type (before, 2) == SQLITE_NULL ? "NULL" : og_workspace_column_text (before, 2));
      else
        statement = sqlite3_mprintf ("DELETE FROM decisions WHERE person_key = %Q;", key);
      sqlite3_reset (before);
      if (statement == NULL)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "out of memory");
          return FALSE;
        }
      g_string_append (restore, statement);
      sqlite3_free (statement);

      sqlite3_bind_text (write, 1, key, -1, SQLITE_STATIC);
      if (change->decision != OG_DECISION_NONE)
        {
          sqlite3_bind_text (write, 2, name, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (write, 3, at);
        }
      if (!og_workspace_step_done (self, write, error))
        return FALSE;
    }

  /* One undo for the whole change, however many people it touched. */
  if (n == 1)
    description = g_strdup (decision_description (change->decision));
  else
    /* Translators: %s says what was decided, such as "Queued for removal"; %u for how many people */
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%u person)", "%s (%u people)", n),
                                   decision_description (change->decision), n);
  return og_workspace_log_undo (self, description, sqlite3_mprintf ("%s", restore->str), error);
}

gboolean
og_workspace_set_decisions (OgWorkspace         *self,
                            const char * const  *person_keys,
                            OgDecision           decision,
                            GError             **error)
{
  DecisionChange change = { person_keys, decision };

  g_return_val_if_fail (OG_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (person_keys != NULL, FALSE);
  g_return_val_if_fail ((guint)decision < OG_N_DECISIONS, FALSE);

  if (person_keys[0] == NULL)
    return TRUE;
  return og_workspace_write (self, set_decisions_locked, &change, error);
}

gboolean
og_workspace_set_decision (OgWorkspace  *self,
                           const char   *person_key,
                           OgDecision    decision,
                           GError      **error)
{
  const char *keys[] = { person_key, NULL };

  g_return_val_if_fail (person_key != NULL, FALSE);

  return og_workspace_set_decisions (self, keys, decision, error);
}

OgDecision
og_workspace_get_decision (OgWorkspace *self,
                           const char  *person_key,
                           gint64      *changed_at)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  OgDecision decision = OG_DECISION_NONE;

  g_return_val_if_fail (OG_IS_WORKSPACE (self), OG_DECISION_NONE);
  g_return_val_if_fail (person_key != NULL, OG_DECISION_NONE);

  g_mutex_lock (&self->lock);
  statement = og_workspace_prepare (self, "SELECT decision, changed_at FROM decisions WHERE person_key = ?", NULL);
  if (statement != NULL)
    {
      sqlite3_bind_text (statement, 1, person_key, -1, SQLITE_STATIC);
      if (sqlite3_step (statement) == SQLITE_ROW)
        {
          og_decision_from_string (og_workspace_column_text (statement, 0), &decision);
          if (changed_at != NULL)
            *changed_at = sqlite3_column_int64 (statement, 1);
        }
    }
  g_mutex_unlock (&self->lock);

  return decision;
}

/* Rows of "SELECT person_key, value" into person key → what @read makes of the value. */

GHashTable *
og_workspace_list_by_person (OgWorkspace     *self,
                             const char      *sql,
                             OgWorkspaceReadValue read,
                             GDestroyNotify   free_value,
                             GError         **error)
{
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_value);
  g_autoptr(sqlite3_stmt) statement = NULL;
  int rc = SQLITE_DONE;

  g_mutex_lock (&self->lock);
  statement = og_workspace_prepare (self, sql, error);
  if (statement != NULL)
    while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
      {
        gpointer value;

        if (read (statement, &value))
          g_hash_table_insert (table, g_strdup (og_workspace_column_text (statement, 0)), value);
      }
  g_mutex_unlock (&self->lock);

  if (statement == NULL)
    return NULL;
  if (rc != SQLITE_DONE)
    {
      og_workspace_set_db_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&table);
}

static gboolean
read_decision (sqlite3_stmt *statement,
               gpointer     *value)
{
  OgDecision decision;

  if (!og_decision_from_string (og_workspace_column_text (statement, 1), &decision))
    return FALSE;
  *value = GINT_TO_POINTER (decision);
  return TRUE;
}

gboolean
og_workspace_read_time (sqlite3_stmt *statement,
                        gpointer     *value)
{
  *value = g_memdup2 (&(gint64){ sqlite3_column_int64 (statement, 1) }, sizeof (gint64));
  return TRUE;
}

GHashTable *
og_workspace_list_decisions (OgWorkspace  *self,
                             GError      **error)
{
  g_return_val_if_fail (OG_IS_WORKSPACE (self), NULL);
  return og_workspace_list_by_person (self, "SELECT person_key, decision FROM decisions", read_decision, NULL, error);
}

GHashTable *
og_workspace_list_removals (OgWorkspace  *self,
                            GError      **error)
{
  g_return_val_if_fail (OG_IS_WORKSPACE (self), NULL);
  return og_workspace_list_by_person (self, "SELECT person_key, removed_at FROM decisions WHERE removed_at IS NOT NULL",
                         og_workspace_read_time, g_free, error);
}


gboolean
og_workspace_is_connected (OgWorkspace *self,
                           const char  *person_key)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  gboolean connected = FALSE;

  g_return_val_if_fail (OG_IS_WORKSPACE (self), FALSE);

  g_mutex_lock (&self->lock);
  statement = og_workspace_prepare (self, "SELECT connected FROM people WHERE key = ?", NULL);
  if (statement != NULL)
    {
      og_workspace_bind_text (statement, 1, person_key);
      connected = sqlite3_step (statement) == SQLITE_ROW && sqlite3_column_int (statement, 0) != 0;
    }
  g_mutex_unlock (&self->lock);

  return connected;
}

/* ---- corrections ------------------------------------------------------- */

typedef struct
{
  const char *contact_key;
  const char *text;
  OgLabel     label;
} CorrectionChange;

static gboolean
add_correction_locked (OgWorkspace  *self,
                       gpointer      data,
                       GError      **error)
{
  CorrectionChange *change = data;
  g_autoptr(sqlite3_stmt) before = NULL;
  g_autoptr(sqlite3_stmt) write = NULL;
  const char *contact = change->contact_key ? change->contact_key : "";
  char *restore;

  before = og_workspace_prepare (self, "SELECT label, corrected_at FROM corrections WHERE contact_key = ?1 AND text = ?2", error);
  if (before == NULL)
    return FALSE;
  sqlite3_bind_text (before, 1, contact, -1, SQLITE_STATIC);
  sqlite3_bind_text (before, 2, change->text, -1, SQLITE_STATIC);
  if (sqlite3_step (before) == SQLITE_ROW)
    restore = sqlite3_mprintf ("UPDATE corrections SET label = %Q, corrected_at = %lld"
                               " WHERE contact_key = %Q AND text = %Q",
                               og_workspace_column_text (before, 0), (long long)sqlite3_column_int64 (before, 1),
                               contact, change->text);
  else
    restore = sqlite3_mprintf ("DELETE FROM corrections WHERE contact_key = %Q AND text = %Q",
                               contact, change->text);
  if (!og_workspace_log_undo (self, _("Label correction"), restore, error))
    return FALSE;

  write = og_workspace_prepare (self, "INSERT OR REPLACE INTO corrections (contact_key, text, label, corrected_at)"
                   " VALUES (?1, ?2, ?3, ?4)", error);
  if (write == NULL)
    return FALSE;
  sqlite3_bind_text (write, 1, contact, -1, SQLITE_STATIC);
  sqlite3_bind_text (write, 2, change->text, -1, SQLITE_STATIC);
  sqlite3_bind_text (write, 3, og_label_to_string (change->label), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (write, 4, og_workspace_now ());
  return og_workspace_step_done (self, write, error);
}

gboolean
og_workspace_add_correction (OgWorkspace  *self,
                             const char   *contact_key,
                             const char   *text,
                             OgLabel       label,
                             GError      **error)
{
  CorrectionChange change = { contact_key, text, label };

  g_return_val_if_fail (OG_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (label == OG_LABEL_PITCH || label == OG_LABEL_RECRUITING || label == OG_LABEL_OTHER, FALSE);

  return og_workspace_write (self, add_correction_locked, &change, error);
}

guint
og_workspace_apply_corrections (OgWorkspace   *self,
                                OgClassifier  *classifier,
                                GError       **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  guint n = 0;
  int rc = SQLITE_DONE;

  g_return_val_if_fail (OG_IS_WORKSPACE (self), 0);
  g_return_val_if_fail (OG_IS_CLASSIFIER (classifier), 0);

  g_mutex_lock (&self->lock);
  statement = og_workspace_prepare (self, "SELECT contact_key, text, label FROM corrections ORDER BY corrected_at, rowid", error);
  if (statement != NULL)
    while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
      {
        const char *contact = og_workspace_column_text (statement, 0);
        OgLabel label;

        if (!og_label_from_string (og_workspace_column_text (statement, 2), &label))
          continue;
        og_classifier_add_correction (classifier, og_workspace_column_text (statement, 1),
                                      contact != NULL && contact[0] != '\0' ? contact : NULL, label);
        n++;
      }
  if (statement != NULL && rc != SQLITE_DONE)
    og_workspace_set_db_error (self, rc, error);
  g_mutex_unlock (&self->lock);

  return n;
}


static gboolean
undo_locked (OgWorkspace  *self,
             gpointer      data,
             GError      **error)
{
  char **description = data;
  g_autoptr(sqlite3_stmt) last = NULL;
  g_autoptr(sqlite3_stmt) forget = NULL;
  g_autofree char *restore = NULL;
  gint64 id;

  last = og_workspace_prepare (self, "SELECT id, description, restore FROM undo_log ORDER BY id DESC LIMIT 1", error);
  if (last == NULL)
    return FALSE;
  if (sqlite3_step (last) != SQLITE_ROW)
    {
      g_set_error (error, OG_WORKSPACE_ERROR, OG_WORKSPACE_ERROR_NOTHING_TO_UNDO, _("There is nothing to undo"));
      return FALSE;
    }
  id = sqlite3_column_int64 (last, 0);
  if (description != NULL)
    *description = g_strdup (og_workspace_column_text (last, 1));
  restore = g_strdup (og_workspace_column_text (last, 2));

  if (!exec (self, restore, error))
    return FALSE;
  forget = og_workspace_prepare (self, "DELETE FROM undo_log WHERE id = ?", error);
  if (forget == NULL)
    return FALSE;
  sqlite3_bind_int64 (forget, 1, id);
  return og_workspace_step_done (self, forget, error);
}

gboolean
og_workspace_undo (OgWorkspace  *self,
                   char        **description,
                   GError      **error)
{
  g_autofree char *what = NULL;

  g_return_val_if_fail (OG_IS_WORKSPACE (self), FALSE);

  if (!og_workspace_write (self, undo_locked, &what, error))
    return FALSE;
  if (description != NULL)
    *description = g_steal_pointer (&what);
  return TRUE;
}

/* ---- export and delete -------------------------------------------------------------------- */

static void
add_table (OgWorkspace *self,
           JsonBuilder *builder,
           const char  *member,
           const char  *sql)
{
  g_autoptr(sqlite3_stmt) statement = og_workspace_prepare (self, sql, NULL);

  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  while (statement != NULL && sqlite3_step (statement) == SQLITE_ROW)
    {
      json_builder_begin_object (builder);
      for (int c = 0; c < sqlite3_column_count (statement); c++)
        {
          json_builder_set_member_name (builder, sqlite3_column_name (statement, c));
          switch (sqlite3_column_type (statement, c))
            {
            case SQLITE_INTEGER:
              json_builder_add_int_value (builder, sqlite3_column_int64 (statement, c));
              break;
            case SQLITE_NULL:
              json_builder_add_null_value (builder);
              break;
            default:
              json_builder_add_string_value (builder, og_workspace_column_text (statement, c));
              break;
            }
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

char *
og_workspace_export_json (OgWorkspace  *self,
                          GError      **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (OG_IS_WORKSPACE (self), NULL);

  g_mutex_lock (&self->lock);
  if (!exec (self, "BEGIN", error))
    {
      g_mutex_unlock (&self->lock);
      return NULL;
    }
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "schema_version");
  json_builder_add_int_value (builder, OG_WORKSPACE_SCHEMA_VERSION);
  add_table (self, builder, "imports",
             "SELECT id, source, imported_at, as_of, people_added, messages_added, invitations_added"
             " FROM imports ORDER BY id");
  add_table (self, builder, "decisions",
             "SELECT d.person_key, p.name, d.decision, d.changed_at, d.removed_at"
             " FROM decisions d LEFT JOIN people p ON p.key = d.person_key ORDER BY d.changed_at, d.rowid");
  add_table (self, builder, "corrections",
             "SELECT NULLIF (contact_key, '') AS contact_key, text, label, corrected_at FROM corrections"
             " ORDER BY corrected_at, rowid");
  add_table (self, builder, "drafts",
             "SELECT id, person_key, template, body, created_at, updated_at, sent_at, asks_to_stop"
             " FROM drafts ORDER BY id");
  add_table (self, builder, "templates",
             "SELECT id, title, description, body, created_at, updated_at FROM templates ORDER BY created_at, rowid");
  add_table (self, builder, "reminders",
             "SELECT id, person_key, due_at, note, created_at, fired_at FROM reminders ORDER BY id");
  add_table (self, builder, "removed_connections",
             "SELECT key AS person_key, name, gone_as_of FROM people WHERE NOT connected ORDER BY gone_as_of, key");
  json_builder_end_object (builder);
  sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
  g_mutex_unlock (&self->lock);

  root = json_builder_get_root (builder);
  return og_report_json_to_text (root);
}

gboolean
og_workspace_delete (OgWorkspace  *self,
                     GError      **error)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };
  gboolean ok = TRUE;

  g_return_val_if_fail (OG_IS_WORKSPACE (self), FALSE);

  g_mutex_lock (&self->lock);
  if (self->db != NULL)
    {
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (self->path, suffixes[i], NULL);

      if (g_unlink (file) != 0 && errno != ENOENT && ok)
        {
          int saved = errno;

          g_set_error (error, OG_WORKSPACE_ERROR, OG_WORKSPACE_ERROR_READ_ONLY,
                       _("“%s” could not be deleted: %s"), file, g_strerror (saved));
          ok = FALSE;
        }
    }
  g_mutex_unlock (&self->lock);

  return ok;
}
