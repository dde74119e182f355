/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-workspace-replies.c — what the person drafts: drafts and whether they
 * were sent, their own templates, reminders, which flagged people a
 * notification already told of, and how far the Portability API's
 * changelog was read. Every change the person makes can be undone, like a
 * decision. */
#define G_LOG_DOMAIN "og-workspace"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "og-workspace.h"
#include "og-workspace-private.h"

/* ---- drafts ------------------------------------------------------------------------- */

void
og_draft_free (OgDraft *draft)
{
  if (draft == NULL)
    return;
  g_free (draft->person_key);
  g_free (draft->template_id);
  g_free (draft->body);
  g_free (draft);
}

typedef struct
{
  gint64      id;
  const char *person_key;
  const char *template_id;
  const char *body;
  gint64      due_at;
} NoteChange;

static gboolean
save_draft_locked (OgWorkspace  *self,
                   gpointer      data,
                   GError      **error)
{
  NoteChange *change = data;
  g_autoptr(sqlite3_stmt) before = NULL;
  g_autoptr(sqlite3_stmt) write = NULL;
  char *restore = NULL;

  if (change->id > 0)
    {
      before = og_workspace_prepare (self, "SELECT body, updated_at FROM drafts WHERE id = ?", error);
      if (before == NULL)
        return FALSE;
      sqlite3_bind_int64 (before, 1, change->id);
      if (sqlite3_step (before) != SQLITE_ROW)
        {
          g_set_error (error, OG_WORKSPACE_ERROR, OG_WORKSPACE_ERROR_FAILED,
                       _("The draft no longer exists"));
          return FALSE;
        }
      restore = sqlite3_mprintf ("UPDATE drafts SET body = %Q, updated_at = %lld WHERE id = %lld",
                                 og_workspace_column_text (before, 0), (long long)sqlite3_column_int64 (before, 1),
                                 (long long)change->id);
      write = og_workspace_prepare (self, "UPDATE drafts SET body = ?2, updated_at = ?3 WHERE id = ?1", error);
    }
  else
    write = og_workspace_prepare (self, "INSERT INTO drafts (id, person_key, template, body, created_at, updated_at)"
                     " VALUES (NULL, ?4, ?5, ?2, ?3, ?3)", error);
  if (write == NULL)
    {
      sqlite3_free (restore);
      return FALSE;
    }

  if (change->id > 0)
    sqlite3_bind_int64 (write, 1, change->id);
  og_workspace_bind_text (write, 2, change->body);
  sqlite3_bind_int64 (write, 3, og_workspace_now ());
  if (change->id <= 0)
    {
      og_workspace_bind_text (write, 4, change->person_key);
      og_workspace_bind_text (write, 5, change->template_id);
    }
  if (!og_workspace_step_done (self, write, error))
    {
      sqlite3_free (restore);
      return FALSE;
    }
  if (change->id <= 0)
    {
      change->id = sqlite3_last_insert_rowid (og_workspace_get_db (self));
      restore = sqlite3_mprintf ("DELETE FROM drafts WHERE id = %lld", (long long)change->id);
    }
  return og_workspace_log_undo (self, _("Draft"), restore, error);
}

gint64
og_workspace_save_draft (OgWorkspace  *self,
                         gint64        draft_id,
                         const char   *person_key,
                         const char   *template_id,
                         const char   *body,
                         GError      **error)
{
  NoteChange change = { draft_id, person_key, template_id, body, 0 };

  g_return_val_if_fail (OG_IS_WORKSPACE (self), 0);
  g_return_val_if_fail (body != NULL, 0);
  g_return_val_if_fail (draft_id > 0 || person_key != NULL, 0);

  return og_workspace_write (self, save_draft_locked, &change, error) ? change.id : 0;
}

static gboolean
delete_draft_locked (OgWorkspace  *self,
                     gpointer      data,
                     GError      **error)
{
  NoteChange *change = data;
  g_autoptr(sqlite3_stmt) before = NULL;
  g_autoptr(sqlite3_stmt) write = NULL;
  char *restore;

  before = og_workspace_prepare (self, "SELECT person_key, template, body, created_at, updated_at, sent_at, asks_to_stop"
                                 " FROM drafts WHERE id = ?", error);
  if (before == NULL)
    return FALSE;
  sqlite3_bind_int64 (before, 1, change->id);
  if (sqlite3_step (before) != SQLITE_ROW)
    return TRUE;   /* already gone */
  restore = sqlite3_mprintf ("INSERT INTO drafts (id, person_key, template, body, created_at, updated_at,"
                             " sent_at, asks_to_stop) VALUES (%lld, %Q, %Q, %Q, %lld, %lld, %s, %d)",
                             (long long)change->id, og_workspace_column_text (before, 0),
                             og_workspace_column_text (before, 1), og_workspace_column_text (before, 2),
                             (long long)sqlite3_column_int64 (before, 3), (long long)sqlite3_column_int64 (before, 4),
                             sqlite3_column_type (before, 5) == SQLITE_NULL ? "NULL" : og_workspace_column_text (before, 5),
                             sqlite3_column_int (before, 6));
  if (!og_workspace_log_undo (self, _("Deleted draft"), restore, error))
    return FALSE;

  write = og_workspace_prepare (self, "DELETE FROM drafts WHERE id = ?", error);
  if (write == NULL)
    return FALSE;
  sqlite3_bind_int64 (write, 1, change->id);
  return og_workspace_step_done (self, write, error);
}

gboolean
og_workspace_delete_draft (OgWorkspace  *self,
                           gint64        draft_id,
                           GError      **error)
{
  NoteChange change = { draft_id, NULL, NULL, NULL, 0 };

  g_return_val_if_fail (OG_IS_WORKSPACE (self), FALSE);

  return og_workspace_write (self, delete_draft_locked, &change, error);
}

static gboolean
add_reminder_locked (OgWorkspace  *self,
                     gpointer      data,
                     GError      **error)
{
  NoteChange *change = data;
  g_autoptr(sqlite3_stmt) write = NULL;

  write = og_workspace_prepare (self, "INSERT INTO reminders (person_key, due_at, note, created_at) VALUES (?1, ?2, ?3, ?4)", error);
  if (write == NULL)
    return FALSE;
  og_workspace_bind_text (write, 1, change->person_key);
  sqlite3_bind_int64 (write, 2, change->due_at);
  og_workspace_bind_text (write, 3, change->body);
  sqlite3_bind_int64 (write, 4, og_workspace_now ());
  if (!og_workspace_step_done (self, write, error))
    return FALSE;
  change->id = sqlite3_last_insert_rowid (og_workspace_get_db (self));
  return og_workspace_log_undo (self, _("Reminder"),
                   sqlite3_mprintf ("DELETE FROM reminders WHERE id = %lld", (long long)change->id), error);
}

gint64
og_workspace_add_reminder (OgWorkspace  *self,
                           const char   *person_key,
                           gint64        due_at,
                           const char   *note,
                           GError      **error)
{
  NoteChange change = { 0, person_key, NULL, note, due_at };

  g_return_val_if_fail (OG_IS_WORKSPACE (self), 0);
  g_return_val_if_fail (person_key != NULL, 0);

  return og_workspace_write (self, add_reminder_locked, &change, error) ? change.id : 0;
}

typedef struct
{
  const char *person_key;
  OgDraft    *draft;
} DraftQuery;

static gboolean
get_last_draft_locked (OgWorkspace  *self,
                       gpointer      data,
                       GError      **error)
{
  DraftQuery *query = data;
  g_autoptr(sqlite3_stmt) statement = NULL;
  int rc;

  statement = og_workspace_prepare (self, "SELECT id, template, body, created_at, updated_at, sent_at, asks_to_stop"
                                    " FROM drafts WHERE person_key = ? ORDER BY updated_at DESC, id DESC LIMIT 1", error);
  if (statement == NULL)
    return FALSE;
  og_workspace_bind_text (statement, 1, query->person_key);
  rc = sqlite3_step (statement);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    return og_workspace_set_db_error (self, rc, error);

  query->draft = g_new0 (OgDraft, 1);
  query->draft->id = sqlite3_column_int64 (statement, 0);
  query->draft->person_key = g_strdup (query->person_key);
  query->draft->template_id = g_strdup (og_workspace_column_text (statement, 1));
  query->draft->body = g_strdup (og_workspace_column_text (statement, 2));
  query->draft->created_at = sqlite3_column_int64 (statement, 3);
  query->draft->updated_at = sqlite3_column_int64 (statement, 4);
  query->draft->sent_at = sqlite3_column_int64 (statement, 5);
  query->draft->asks_to_stop = sqlite3_column_int (statement, 6) != 0;
  return TRUE;
}

OgDraft *
og_workspace_get_last_draft (OgWorkspace  *self,
                             const char   *person_key,
                             GError      **error)
{
  DraftQuery query = { person_key, NULL };

  g_return_val_if_fail (OG_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (person_key != NULL, NULL);

  if (!og_workspace_read (self, get_last_draft_locked, &query, error))
    g_clear_pointer (&query.draft, og_draft_free);
  return query.draft;
}

typedef struct
{
  gint64   id;
  gboolean asks_to_stop;
} SentChange;

static gboolean
mark_sent_locked (OgWorkspace  *self,
                  gpointer      data,
                  GError      **error)
{
  SentChange *change = data;
  g_autoptr(sqlite3_stmt) before = NULL;
  g_autoptr(sqlite3_stmt) write = NULL;

  before = og_workspace_prepare (self, "SELECT sent_at, asks_to_stop FROM drafts WHERE id = ?", error);
  if (before == NULL)
    return FALSE;
  sqlite3_bind_int64 (before, 1, change->id);
  if (sqlite3_step (before) != SQLITE_ROW)
    {
      g_set_error (error, OG_WORKSPACE_ERROR, OG_WORKSPACE_ERROR_FAILED, _("The draft no longer exists"));
      return FALSE;
    }
  if (!og_workspace_log_undo (self, _("Marked sent"),
                              sqlite3_mprintf ("UPDATE drafts SET sent_at = %s, asks_to_stop = %d WHERE id = %lld",
                                               sqlite3_column_type (before, 0) == SQLITE_NULL
                                               ? "NULL" : og_workspace_column_text (before, 0),
                                               sqlite3_column_int (before, 1), (long long)change->id),
                              error))
    return FALSE;

  write = og_workspace_prepare (self, "UPDATE drafts SET sent_at = ?2, asks_to_stop = ?3 WHERE id = ?1", error);
  if (write == NULL)
    return FALSE;
  sqlite3_bind_int64 (write, 1, change->id);
  sqlite3_bind_int64 (write, 2, og_workspace_now ());
  sqlite3_bind_int (write, 3, change->asks_to_stop ? 1 : 0);
  return og_workspace_step_done (self, write, error);
}

gboolean
og_workspace_mark_draft_sent (OgWorkspace  *self,
                              gint64        draft_id,
                              gboolean      asks_to_stop,
                              GError      **error)
{
  SentChange change = { draft_id, asks_to_stop };

  g_return_val_if_fail (OG_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (draft_id > 0, FALSE);

  return og_workspace_write (self, mark_sent_locked, &change, error);
}

GHashTable *
og_workspace_list_stop_requests (OgWorkspace  *self,
                                 GError      **error)
{
  g_return_val_if_fail (OG_IS_WORKSPACE (self), NULL);

  return og_workspace_list_by_person (self, "SELECT person_key, MIN(sent_at) FROM drafts"
                                      " WHERE sent_at IS NOT NULL AND asks_to_stop != 0 GROUP BY person_key",
                                      og_workspace_read_time, g_free, error);
}

/* ---- templates the person wrote ---------------------------------------------------------- */

typedef struct
{
  GPtrArray *templates;
} TemplateList;

static gboolean
list_templates_locked (OgWorkspace  *self,
                       gpointer      data,
                       GError      **error)
{
  TemplateList *list = data;
  g_autoptr(sqlite3_stmt) statement = NULL;
  int rc;

  statement = og_workspace_prepare (self, "SELECT id, title, description, body FROM templates"
                                    " ORDER BY created_at, rowid", error);
  if (statement == NULL)
    return FALSE;
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    g_ptr_array_add (list->templates,
                     og_reply_template_new (og_workspace_column_text (statement, 0),
                                            og_workspace_column_text (statement, 1),
                                            og_workspace_column_text (statement, 2),
                                            og_workspace_column_text (statement, 3)));
  if (rc != SQLITE_DONE)
    return og_workspace_set_db_error (self, rc, error);
  return TRUE;
}

GPtrArray *
og_workspace_list_templates (OgWorkspace  *self,
                             GError      **error)
{
  TemplateList list = { g_ptr_array_new_with_free_func ((GDestroyNotify)og_reply_template_free) };

  g_return_val_if_fail (OG_IS_WORKSPACE (self), NULL);

  if (!og_workspace_read (self, list_templates_locked, &list, error))
    g_clear_pointer (&list.templates, g_ptr_array_unref);
  return list.templates;
}

typedef struct
{
  const char *id;
  const char *title;
  const char *description;
  const char *body;
  char       *saved_id;
} TemplateChange;

static gboolean
save_template_locked (OgWorkspace  *self,
                      gpointer      data,
                      GError      **error)
{
  TemplateChange *change = data;
  g_autoptr(sqlite3_stmt) before = NULL;
  g_autoptr(sqlite3_stmt) write = NULL;
  gint64 at = og_workspace_now ();
  char *restore;

  if (change->id != NULL)
    {
      before = og_workspace_prepare (self, "SELECT title, description, body, updated_at FROM templates WHERE id = ?", error);
      if (before == NULL)
        return FALSE;
      og_workspace_bind_text (before, 1, change->id);
      if (sqlite3_step (before) != SQLITE_ROW)
        {
          g_set_error (error, OG_WORKSPACE_ERROR, OG_WORKSPACE_ERROR_FAILED,
                       _("The template “%s” no longer exists"), change->id);
          return FALSE;
        }
      change->saved_id = g_strdup (change->id);
      restore = sqlite3_mprintf ("UPDATE templates SET title = %Q, description = %Q, body = %Q, updated_at = %lld"
                                 " WHERE id = %Q",
                                 og_workspace_column_text (before, 0), og_workspace_column_text (before, 1),
                                 og_workspace_column_text (before, 2), (long long)sqlite3_column_int64 (before, 3),
                                 change->id);
    }
  else
    {
      /* "own-N": never a built-in's id, and stable once given. */
      g_autoptr(sqlite3_stmt) next = og_workspace_prepare (self, "SELECT COALESCE(MAX(rowid), 0) + 1 FROM templates", error);

      if (next == NULL || sqlite3_step (next) != SQLITE_ROW)
        return next == NULL ? FALSE : og_workspace_set_db_error (self, sqlite3_errcode (og_workspace_get_db (self)), error);
      change->saved_id = g_strdup_printf ("own-%lld", (long long)sqlite3_column_int64 (next, 0));
      restore = sqlite3_mprintf ("DELETE FROM templates WHERE id = %Q", change->saved_id);
    }
  if (!og_workspace_log_undo (self, change->id != NULL ? _("Edited template") : _("New template"), restore, error))
    return FALSE;

  write = og_workspace_prepare (self, "INSERT INTO templates (id, title, description, body, created_at, updated_at)"
                                " VALUES (?1, ?2, ?3, ?4, ?5, ?5) ON CONFLICT (id) DO UPDATE SET"
                                " title = ?2, description = ?3, body = ?4, updated_at = ?5", error);
  if (write == NULL)
    return FALSE;
  og_workspace_bind_text (write, 1, change->saved_id);
  og_workspace_bind_text (write, 2, change->title);
  og_workspace_bind_text (write, 3, change->description != NULL ? change->description : "");
  og_workspace_bind_text (write, 4, change->body);
  sqlite3_bind_int64 (write, 5, at);
  return og_workspace_step_done (self, write, error);
}

char *
og_workspace_save_template (OgWorkspace  *self,
                            const char   *id,
                            const char   *title,
                            const char   *description,
                            const char   *body,
                            GError      **error)
{
  TemplateChange change = { id, title, description, body, NULL };
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (OG_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (body != NULL, NULL);

  /* Checked here, when saved, so a mistyped placeholder never reaches a message. */
  if (!og_reply_check (body, error))
    return NULL;
  stripped = g_strstrip (g_strdup (title != NULL ? title : ""));
  if (stripped[0] == '\0')
    {
      g_set_error_literal (error, OG_REPLY_ERROR, OG_REPLY_ERROR_SYNTAX, _("A template needs a title"));
      return NULL;
    }
  if (id != NULL && og_reply_builtin_lookup (id) != NULL)
    {
      g_set_error (error, OG_WORKSPACE_ERROR, OG_WORKSPACE_ERROR_FAILED,
                   _("“%s” is a built-in template; duplicate it to change it"), id);
      return NULL;
    }
  change.title = stripped;

  if (!og_workspace_write (self, save_template_locked, &change, error))
    {
      g_free (change.saved_id);
      return NULL;
    }
  return change.saved_id;
}

static gboolean
delete_template_locked (OgWorkspace  *self,
                        gpointer      data,
                        GError      **error)
{
  const char *id = data;
  g_autoptr(sqlite3_stmt) before = NULL;
  g_autoptr(sqlite3_stmt) write = NULL;

  before = og_workspace_prepare (self, "SELECT title, description, body, created_at, updated_at FROM templates WHERE id = ?", error);
  if (before == NULL)
    return FALSE;
  og_workspace_bind_text (before, 1, id);
  if (sqlite3_step (before) != SQLITE_ROW)
    return TRUE;   /* already gone */
  if (!og_workspace_log_undo (self, _("Deleted template"),
                              sqlite3_mprintf ("INSERT INTO templates (id, title, description, body, created_at, updated_at)"
                                               " VALUES (%Q, %Q, %Q, %Q, %lld, %lld)",
                                               id, og_workspace_column_text (before, 0),
                                               og_workspace_column_text (before, 1), og_workspace_column_text (before, 2),
                                               (long long)sqlite3_column_int64 (before, 3),
                                               (long long)sqlite3_column_int64 (before, 4)),
                              error))
    return FALSE;

  write = og_workspace_prepare (self, "DELETE FROM templates WHERE id = ?", error);
  if (write == NULL)
    return FALSE;
  og_workspace_bind_text (write, 1, id);
  return og_workspace_step_done (self, write, error);
}

gboolean
og_workspace_delete_template (OgWorkspace  *self,
                              const char   *id,
                              GError      **error)
{
  g_return_val_if_fail (OG_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return og_workspace_write (self, delete_template_locked, (gpointer)id, error);
}

/* ---- reminders ------------------------------------------------------------------------- */

void
og_reminder_free (OgReminder *reminder)
{
  if (reminder == NULL)
    return;
  g_free (reminder->person_key);
  g_free (reminder->note);
  g_free (reminder);
}

typedef struct
{
  gint64     now;
  GPtrArray *due;
  gint64     next;
} ReminderQuery;

static gboolean
list_due_locked (OgWorkspace  *self,
                 gpointer      data,
                 GError      **error)
{
  ReminderQuery *query = data;
  g_autoptr(sqlite3_stmt) statement = NULL;
  int rc;

  statement = og_workspace_prepare (self, "SELECT id, person_key, due_at, note FROM reminders"
                                    " WHERE fired_at IS NULL AND due_at <= ? ORDER BY due_at, id", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, query->now);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      OgReminder *reminder = g_new0 (OgReminder, 1);

      reminder->id = sqlite3_column_int64 (statement, 0);
      reminder->person_key = g_strdup (og_workspace_column_text (statement, 1));
      reminder->due_at = sqlite3_column_int64 (statement, 2);
      reminder->note = g_strdup (og_workspace_column_text (statement, 3));
      g_ptr_array_add (query->due, reminder);
    }
  if (rc != SQLITE_DONE)
    return og_workspace_set_db_error (self, rc, error);
  return TRUE;
}

GPtrArray *
og_workspace_list_due_reminders (OgWorkspace  *self,
                                 gint64        now,
                                 GError      **error)
{
  ReminderQuery query = { now, g_ptr_array_new_with_free_func ((GDestroyNotify)og_reminder_free), 0 };

  g_return_val_if_fail (OG_IS_WORKSPACE (self), NULL);

  if (!og_workspace_read (self, list_due_locked, &query, error))
    g_clear_pointer (&query.due, g_ptr_array_unref);
  return query.due;
}

static gboolean
next_reminder_locked (OgWorkspace  *self,
                      gpointer      data,
                      GError      **error)
{
  ReminderQuery *query = data;
  g_autoptr(sqlite3_stmt) statement = NULL;
  int rc;

  statement = og_workspace_prepare (self, "SELECT MIN(due_at) FROM reminders WHERE fired_at IS NULL", error);
  if (statement == NULL)
    return FALSE;
  rc = sqlite3_step (statement);
  if (rc != SQLITE_ROW)
    return og_workspace_set_db_error (self, rc, error);
  query->next = sqlite3_column_int64 (statement, 0);
  return TRUE;
}

gint64
og_workspace_next_reminder_at (OgWorkspace  *self,
                               GError      **error)
{
  ReminderQuery query = { 0, NULL, 0 };

  g_return_val_if_fail (OG_IS_WORKSPACE (self), 0);

  return og_workspace_read (self, next_reminder_locked, &query, error) ? query.next : 0;
}

static gboolean
mark_fired_locked (OgWorkspace  *self,
                   gpointer      data,
                   GError      **error)
{
  gint64 *id = data;
  g_autoptr(sqlite3_stmt) write = NULL;

  /* Not undoable: firing is the app's doing, not the person's. */
  write = og_workspace_prepare (self, "UPDATE reminders SET fired_at = ?2 WHERE id = ?1", error);
  if (write == NULL)
    return FALSE;
  sqlite3_bind_int64 (write, 1, *id);
  sqlite3_bind_int64 (write, 2, og_workspace_now ());
  return og_workspace_step_done (self, write, error);
}

gboolean
og_workspace_mark_reminder_fired (OgWorkspace  *self,
                                  gint64        reminder_id,
                                  GError      **error)
{
  g_return_val_if_fail (OG_IS_WORKSPACE (self), FALSE);

  return og_workspace_write (self, mark_fired_locked, &reminder_id, error);
}

/* ---- alerts ----------------------------------------------------------------------------- */

typedef struct
{
  const char *kind;
  GHashTable *flagged;
  GPtrArray  *fresh;
} AlertChange;

static gboolean
note_alerts_locked (OgWorkspace  *self,
                    gpointer      data,
                    GError      **error)
{
  AlertChange *change = data;
  g_autoptr(sqlite3_stmt) baseline = NULL;
  g_autoptr(sqlite3_stmt) before = NULL;
  g_autoptr(sqlite3_stmt) write = NULL;
  GHashTableIter iter;
  gpointer key, value;
  gboolean first;
  gint64 at = og_workspace_now ();

  baseline = og_workspace_prepare (self, "INSERT OR IGNORE INTO alert_baselines (kind, noted_at) VALUES (?1, ?2)", error);
  before = og_workspace_prepare (self, "SELECT flagged_at FROM alerts WHERE kind = ?1 AND person_key = ?2", error);
  write = og_workspace_prepare (self, "INSERT OR REPLACE INTO alerts (kind, person_key, flagged_at, noted_at)"
                                " VALUES (?1, ?2, ?3, ?4)", error);
  if (baseline == NULL || before == NULL || write == NULL)
    return FALSE;

  og_workspace_bind_text (baseline, 1, change->kind);
  sqlite3_bind_int64 (baseline, 2, at);
  if (!og_workspace_step_done (self, baseline, error))
    return FALSE;
  first = sqlite3_changes (og_workspace_get_db (self)) > 0;

  og_workspace_bind_text (before, 1, change->kind);
  og_workspace_bind_text (write, 1, change->kind);
  sqlite3_bind_int64 (write, 4, at);

  g_hash_table_iter_init (&iter, change->flagged);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gint64 flagged_at = value != NULL ? *(gint64 *)value : 0;
      gboolean known;
      int rc;

      og_workspace_bind_text (before, 2, key);
      rc = sqlite3_step (before);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return og_workspace_set_db_error (self, rc, error);
      known = rc == SQLITE_ROW && sqlite3_column_int64 (before, 0) >= flagged_at;
      sqlite3_reset (before);
      if (known)
        continue;

      og_workspace_bind_text (write, 2, key);
      sqlite3_bind_int64 (write, 3, flagged_at);
      if (!og_workspace_step_done (self, write, error))
        return FALSE;
      if (!first)
        g_ptr_array_add (change->fresh, g_strdup (key));
    }
  return TRUE;
}

GPtrArray *
og_workspace_note_alerts (OgWorkspace  *self,
                          const char   *kind,
                          GHashTable   *flagged,
                          GError      **error)
{
  AlertChange change = { kind, flagged, g_ptr_array_new_with_free_func (g_free) };

  g_return_val_if_fail (OG_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (kind != NULL && flagged != NULL, NULL);

  if (!og_workspace_write (self, note_alerts_locked, &change, error))
    g_clear_pointer (&change.fresh, g_ptr_array_unref);
  else
    /* The same order every time, for the notification and for tests. */
    g_ptr_array_sort (change.fresh, (GCompareFunc)(void (*) (void))g_strcmp0);
  return change.fresh;
}

/* ---- the Portability API's cursor ------------------------------------------------------------ */

typedef struct
{
  gint64 cursor;
  gint64 synced_at;
} SyncState;

static gboolean
get_sync_state_locked (OgWorkspace  *self,
                       gpointer      data,
                       GError      **error)
{
  SyncState *state = data;
  g_autoptr(sqlite3_stmt) statement = NULL;
  int rc;

  statement = og_workspace_prepare (self, "SELECT changelog_cursor, synced_at FROM sync_state WHERE id = 1", error);
  if (statement == NULL)
    return FALSE;
  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    {
      state->cursor = sqlite3_column_int64 (statement, 0);
      state->synced_at = sqlite3_column_int64 (statement, 1);
    }
  else if (rc != SQLITE_DONE)
    return og_workspace_set_db_error (self, rc, error);
  return TRUE;
}

gboolean
og_workspace_get_sync_state (OgWorkspace  *self,
                             gint64       *changelog_cursor_ms,
                             gint64       *synced_at,
                             GError      **error)
{
  SyncState state = { 0, 0 };

  g_return_val_if_fail (OG_IS_WORKSPACE (self), FALSE);

  if (!og_workspace_read (self, get_sync_state_locked, &state, error))
    return FALSE;
  if (changelog_cursor_ms != NULL)
    *changelog_cursor_ms = state.cursor;
  if (synced_at != NULL)
    *synced_at = state.synced_at;
  return TRUE;
}

static gboolean
set_sync_state_locked (OgWorkspace  *self,
                       gpointer      data,
                       GError      **error)
{
  SyncState *state = data;
  g_autoptr(sqlite3_stmt) write = NULL;

  /* The cursor only moves on: an older answer never rewinds it. */
  write = og_workspace_prepare (self, "INSERT INTO sync_state (id, changelog_cursor, synced_at) VALUES (1, ?1, ?2)"
                                " ON CONFLICT (id) DO UPDATE SET changelog_cursor = MAX (changelog_cursor, ?1),"
                                " synced_at = ?2", error);
  if (write == NULL)
    return FALSE;
  sqlite3_bind_int64 (write, 1, state->cursor);
  sqlite3_bind_int64 (write, 2, state->synced_at);
  return og_workspace_step_done (self, write, error);
}

gboolean
og_workspace_set_sync_state (OgWorkspace  *self,
                             gint64        changelog_cursor_ms,
                             gint64        synced_at,
                             GError      **error)
{
  SyncState state = { changelog_cursor_ms, synced_at };

  g_return_val_if_fail (OG_IS_WORKSPACE (self), FALSE);

  return og_workspace_write (self, set_sync_state_locked, &state, error);
}
