/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-workspace.h — the durable local store of DESIGN §5.
 *
 * One SQLite database (WAL, foreign keys, versioned schema) holding what
 * every import read and everything the person decided. Imports merge: a
 * record already stored is never stored twice, and nothing the person
 * decided is touched by an import.
 *
 * Threading: every function is synchronous and may be called from any
 * thread; one mutex serialises them on the workspace's single connection, so
 * there is one writer at a time. The app calls them from GTask worker threads
 * and never from the main loop. WAL lets another process (the command line)
 * read while the app writes.
 */
#pragma once

#include <gio/gio.h>

#include "og-classifier.h"
#include "og-dataset.h"
#include "og-reply.h"

G_BEGIN_DECLS

#define OG_WORKSPACE_ERROR (og_workspace_error_quark ())

typedef enum
{
  OG_WORKSPACE_ERROR_OPEN,        /* the database cannot be created or opened */
  OG_WORKSPACE_ERROR_NEWER,       /* written by a newer OutreachGuard */
  OG_WORKSPACE_ERROR_CORRUPT,     /* not a workspace, or damaged */
  OG_WORKSPACE_ERROR_FULL,        /* the disk is full */
  OG_WORKSPACE_ERROR_READ_ONLY,   /* the location cannot be written */
  OG_WORKSPACE_ERROR_EMPTY,       /* nothing has been imported yet */
  OG_WORKSPACE_ERROR_UNKNOWN_PERSON,
  OG_WORKSPACE_ERROR_NOTHING_TO_UNDO,
  OG_WORKSPACE_ERROR_FAILED,      /* anything else SQLite reports */
} OgWorkspaceError;

GQuark og_workspace_error_quark (void);

/* The schema version this build writes; older databases are migrated. */
#define OG_WORKSPACE_SCHEMA_VERSION 3

/* What the person decided about a connection. */
typedef enum
{
  OG_DECISION_NONE,
  OG_DECISION_KEEP,      /* whitelisted: never flagged */
  OG_DECISION_QUEUED,    /* to be removed by hand on LinkedIn */
  OG_DECISION_REMOVED,   /* removed on LinkedIn (with the time) */
  OG_DECISION_REINVITE,  /* removed, and to be invited again */
} OgDecision;

#define OG_N_DECISIONS 5

const char *og_decision_to_string   (OgDecision  decision);
gboolean    og_decision_from_string (const char *text,
                                     OgDecision *decision);

/* What one import added. */
typedef struct
{
  gint64 id;
  guint  people_added;
  guint  people_updated;
  guint  people_gone;        /* connections no longer in a newer Connections.csv */
  guint  messages_added;
  guint  invitations_added;
  guint  warnings;
} OgImportSummary;

#define OG_TYPE_WORKSPACE (og_workspace_get_type ())

G_DECLARE_FINAL_TYPE (OgWorkspace, og_workspace, OG, WORKSPACE, GObject)

/* $XDG_DATA_HOME/outreach-guard/workspace.db */
char        *og_workspace_default_path     (void);

/* Opens or creates the database at @path (its folder too, private to the
 * user) and migrates it to the current schema. */
OgWorkspace *og_workspace_open             (const char       *path,
                                            GError          **error);
/* A new, empty workspace in a folder of its own under $TMPDIR, private to the
 * user (the sample's): its files and the folder go when it is finalized. */
OgWorkspace *og_workspace_open_temporary   (GError          **error);
/* Removes a temporary workspace's folder at once, while others may still hold
 * the workspace (an audit that cannot be interrupted): the open database
 * stays usable until it is closed. Nothing for a lasting workspace. */
void         og_workspace_remove_temporary (OgWorkspace      *self);
const char  *og_workspace_get_path         (OgWorkspace      *self);
/* Refuses to let the database grow past @max_bytes: a write that would
 * fails with OG_WORKSPACE_ERROR_FULL and changes nothing. */
gboolean     og_workspace_limit_size       (OgWorkspace      *self,
                                            guint64           max_bytes,
                                            GError          **error);

/* Merges a finished @dataset, read from @source (a description for the
 * record: the paths the person chose), in one transaction. Cancelling rolls
 * it back. */
gboolean     og_workspace_import           (OgWorkspace      *self,
                                            OgDataset        *dataset,
                                            const char       *source,
                                            OgImportSummary  *summary,
                                            GCancellable     *cancellable,
                                            GError          **error);

/* Whether anything was ever imported. */
gboolean     og_workspace_is_empty         (OgWorkspace      *self,
                                            GError          **error);

/* Everything imported, as one finished dataset: the current connections,
 * every message and invitation, the warnings of every import. */
OgDataset   *og_workspace_load_dataset     (OgWorkspace      *self,
                                            GCancellable     *cancellable,
                                            GError          **error);

/* og_workspace_load_dataset() on a worker thread; the result is NULL
 * without an error when nothing was imported yet. */
void         og_workspace_load_async       (OgWorkspace          *self,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
OgDataset   *og_workspace_load_finish      (OgWorkspace          *self,
                                            GAsyncResult         *result,
                                            GError              **error);

/* Any workspace call on a worker thread, for the app, which never calls the
 * workspace from the main loop: @func returns its result (freed with
 * @free_result) or NULL with an error; a call with no result of its own
 * returns GINT_TO_POINTER (TRUE). @data is freed with @free_data after. */
typedef gpointer (*OgWorkspaceFunc) (OgWorkspace *self, gpointer data, GError **error);

void         og_workspace_run_async        (OgWorkspace          *self,
                                            OgWorkspaceFunc       func,
                                            gpointer              data,
                                            GDestroyNotify        free_data,
                                            GDestroyNotify        free_result,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
gpointer     og_workspace_run_finish       (OgWorkspace          *self,
                                            GAsyncResult         *result,
                                            GError              **error);

/* Decisions: @person_key is OgPerson.key. Each change can be undone. */
gboolean     og_workspace_set_decision     (OgWorkspace      *self,
                                            const char       *person_key,
                                            OgDecision        decision,
                                            GError          **error);
/* The same decision for several people, undone as one change. */
gboolean     og_workspace_set_decisions    (OgWorkspace         *self,
                                            const char * const  *person_keys,
                                            OgDecision           decision,
                                            GError             **error);
OgDecision   og_workspace_get_decision     (OgWorkspace      *self,
                                            const char       *person_key,
                                            gint64           *changed_at);
/* person key → GINT_TO_POINTER (OgDecision), for every decided person. */
GHashTable  *og_workspace_list_decisions   (OgWorkspace      *self,
                                            GError          **error);
/* person key → gint64* (UTC seconds) for everyone removed, re-invited or not: the log of removals. */
GHashTable  *og_workspace_list_removals    (OgWorkspace      *self,
                                            GError          **error);
/* Whether the last import saw @person_key among the connections. */
gboolean     og_workspace_is_connected     (OgWorkspace      *self,
                                            const char       *person_key);

/* Label corrections: @contact_key NULL for "this text from anyone". */
gboolean     og_workspace_add_correction   (OgWorkspace      *self,
                                            const char       *contact_key,
                                            const char       *text,
                                            OgLabel           label,
                                            GError          **error);
/* Teaches @classifier every stored correction, oldest first. */
guint        og_workspace_apply_corrections (OgWorkspace     *self,
                                             OgClassifier    *classifier,
                                             GError         **error);

/* ---- replies (og-workspace-replies.c) ---- */

/* A reply drafted for one person. */
typedef struct
{
  gint64    id;
  char     *person_key;
  char     *template_id;   /* the template it started from, or NULL */
  char     *body;
  gint64    created_at;    /* Unix seconds, UTC */
  gint64    updated_at;
  gint64    sent_at;       /* when the person marked it sent, or 0 */
  gboolean  asks_to_stop;  /* marked sent as a request to stop */
} OgDraft;

void         og_draft_free                 (OgDraft          *draft);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OgDraft, og_draft_free)

/* Saves a new draft (@draft_id 0) or a new body for draft @draft_id;
 * returns its id, 0 on error. */
gint64       og_workspace_save_draft       (OgWorkspace      *self,
                                            gint64            draft_id,
                                            const char       *person_key,
                                            const char       *template_id,
                                            const char       *body,
                                            GError          **error);
gboolean     og_workspace_delete_draft     (OgWorkspace      *self,
                                            gint64            draft_id,
                                            GError          **error);
/* The newest draft for @person_key, or NULL (without an error when there is none). */
OgDraft     *og_workspace_get_last_draft   (OgWorkspace      *self,
                                            const char       *person_key,
                                            GError          **error);
/* The person sent draft @draft_id by hand; @asks_to_stop when it asked the
 * contact to stop, which counts as an opt-out from now on. */
gboolean     og_workspace_mark_draft_sent  (OgWorkspace      *self,
                                            gint64            draft_id,
                                            gboolean          asks_to_stop,
                                            GError          **error);
/* person key → gint64* (UTC seconds): the first draft marked sent as a
 * request to stop, for og_audit_new_full()'s opt-outs. */
GHashTable  *og_workspace_list_stop_requests (OgWorkspace    *self,
                                              GError        **error);

/* Templates the person wrote (OgReplyTemplate*, oldest first). */
GPtrArray   *og_workspace_list_templates   (OgWorkspace      *self,
                                            GError          **error);
/* Saves a template: @id NULL for a new one. @body must pass og_reply_check()
 * and @title must not be empty. Returns the template's id, NULL on error. */
char        *og_workspace_save_template    (OgWorkspace      *self,
                                            const char       *id,
                                            const char       *title,
                                            const char       *description,
                                            const char       *body,
                                            GError          **error);
gboolean     og_workspace_delete_template  (OgWorkspace      *self,
                                            const char       *id,
                                            GError          **error);

/* A reminder to check on someone. */
typedef struct
{
  gint64  id;
  char   *person_key;
  gint64  due_at;     /* Unix seconds, UTC */
  char   *note;
} OgReminder;

void         og_reminder_free              (OgReminder       *reminder);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OgReminder, og_reminder_free)

gint64       og_workspace_add_reminder     (OgWorkspace      *self,
                                            const char       *person_key,
                                            gint64            due_at,
                                            const char       *note,
                                            GError          **error);
/* Reminders due at @now that have not fired (OgReminder*, soonest first). */
GPtrArray   *og_workspace_list_due_reminders (OgWorkspace    *self,
                                              gint64          now,
                                              GError        **error);
/* The soonest due_at of a reminder yet to fire, or 0. */
gint64       og_workspace_next_reminder_at (OgWorkspace      *self,
                                            GError          **error);
gboolean     og_workspace_mark_reminder_fired (OgWorkspace   *self,
                                               gint64         reminder_id,
                                               GError       **error);

/* Remembers who is flagged @kind now (@flagged: person key → gint64* time of
 * what flagged them) and returns the keys (char*) flagged since the last
 * call, or flagged again for something newer. The first call for a @kind
 * only records what is there: people already flagged before anyone
 * watched are not news. */
GPtrArray   *og_workspace_note_alerts      (OgWorkspace      *self,
                                            const char       *kind,
                                            GHashTable       *flagged,
                                            GError          **error);

/* ---- the Portability API (og-workspace-replies.c) ---- */

/* Where the next changelog read starts (ms since the epoch; 0 before the
 * first sync) and when the last sync ended (Unix seconds; 0: never). */
gboolean     og_workspace_get_sync_state   (OgWorkspace      *self,
                                            gint64           *changelog_cursor_ms,
                                            gint64           *synced_at,
                                            GError          **error);
gboolean     og_workspace_set_sync_state   (OgWorkspace      *self,
                                            gint64            changelog_cursor_ms,
                                            gint64            synced_at,
                                            GError          **error);

/* Reverts the last decision, correction, draft or reminder change; the
 * description says what was undone. */
gboolean     og_workspace_undo             (OgWorkspace      *self,
                                            char            **description,
                                            GError          **error);

/* Everything the person decided, wrote or corrected, and the imports, as JSON. */
char        *og_workspace_export_json      (OgWorkspace      *self,
                                            GError          **error);

/* Closes @self's database and deletes its files; @self is unusable after. */
gboolean     og_workspace_delete           (OgWorkspace      *self,
                                            GError          **error);

G_END_DECLS
