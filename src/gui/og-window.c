/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-window.c — presents the import and its connections; the core does the work. */
#define G_LOG_DOMAIN "og-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "og-accessible.h"
#include "og-contact.h"
#include "og-contacts-view.h"
#include "og-importer.h"
#include "og-preferences-window.h"
#include "og-reply-composer.h"
#include "og-report.h"
#include "og-sync.h"
#include "og-token-store.h"
#include "og-url.h"
#include "og-date.h"
#include "og-sync-progress.h"
#include "og-watch.h"
#include "og-window.h"

struct _OgWindow
{
  AdwApplicationWindow  parent_instance;

  GtkStack             *stack;
  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkProgressBar       *progress_bar;
  GtkLabel             *loading_title;
  OgSyncProgress       *sync_progress;
  GtkButton            *sync_button;
  OgContactsView       *contacts_view;

  GSettings            *settings;
  GCancellable         *import_cancellable;
  GtkFileChooserNative *chooser;
  OgWorkspace          *workspace;
  OgWorkspace          *own_workspace; /* set aside while the sample is shown */
  GCancellable         *load_cancellable;
  GCancellable         *audit_cancellable;
  OgClassifier         *classifier;   /* trained once, reused by every audit */
  OgDataset            *dataset;
  OgAudit              *audit;
  GHashTable           *decisions;    /* person key → OgDecision, as last read */
  gboolean              imported;     /* the next audit follows an import: tell what is new */
  char                 *api_base;     /* the Portability API's address; NULL: LinkedIn */
  gint64                synced_at;    /* when the last sync ended (Unix seconds); 0: never */
  gint64                token_saved_at; /* of the token the running sync uses */
  guint                 synced_source;
  guint                 reminder_source;
};

/* Reminders are looked at least this often, so a clock change or a suspend
 * delays one by an hour at most. */
#define REMINDER_CHECK_SECONDS 3600

G_DEFINE_FINAL_TYPE (OgWindow, og_window, ADW_TYPE_APPLICATION_WINDOW)

/* For background work that must not keep a closed window alive. */
static GWeakRef *
weak_ref_new (gpointer object)
{
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, object);
  return ref;
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

/* A short workspace call run off the main thread, and how to free its result. */
typedef struct
{
  gpointer       (*call) (OgWorkspace *workspace, gpointer data, GError **error);
  GDestroyNotify   free_result;
} WorkspaceCall;

static void
workspace_call_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  const WorkspaceCall *call = task_data;
  GError *error = NULL;
  gpointer result = call->call (source_object, NULL, &error);

  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, call->free_result);
}

static void
run_workspace_call (OgWindow            *self,
                    const WorkspaceCall *call,
                    GAsyncReadyCallback  callback)
{
  g_autoptr(GTask) task = g_task_new (self->workspace, NULL, callback, g_object_ref (self));

  g_task_set_task_data (task, (gpointer)call, NULL);
  g_task_run_in_thread (task, workspace_call_thread);
}

static gpointer
decisions_call (OgWorkspace  *workspace,
                gpointer      data,
                GError      **error)
{
  return og_workspace_list_decisions (workspace, error);
}

static const WorkspaceCall decisions_list = { decisions_call, (GDestroyNotify)g_hash_table_unref };

static gpointer
removals_call (OgWorkspace  *workspace,
               gpointer      data,
               GError      **error)
{
  return og_workspace_list_removals (workspace, error);
}

static const WorkspaceCall removals_list = { removals_call, (GDestroyNotify)g_hash_table_unref };

static void
set_importing (OgWindow *self,
               gboolean  importing)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open", !importing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-folder", !importing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-sample", !importing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-import", importing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.sync", !importing && self->workspace != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-data", !importing && self->workspace != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-data", !importing && self->workspace != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", !importing && self->workspace != NULL);
}

static guint
threshold_minutes (OgWindow *self)
{
  return self->settings != NULL ? g_settings_get_uint (self->settings, "pitch-threshold-minutes") : 60;
}

static OgAuditOptions
audit_options (OgWindow *self)
{
  g_autofree char *sensitivity = NULL;
  OgAuditOptions options;

  if (self->settings == NULL)
    return OG_AUDIT_DEFAULT;
  sensitivity = g_settings_get_string (self->settings, "classifier-sensitivity");
  options = og_audit_options_for_sensitivity (sensitivity);
  if (g_settings_get_boolean (self->settings, "recruiting-is-pitch"))
    options |= OG_AUDIT_RECRUITING_IS_PITCH;
  return options;
}

static void start_audit (OgWindow *self);

/* A preference that changes the figures: audit again with it. */
static void
audit_setting_changed_cb (OgWindow   *self,
                          const char *key)
{
  if (self->dataset != NULL)
    start_audit (self);
}

static void
removals_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(OgWindow) self = user_data;
  g_autoptr(GHashTable) removals = g_task_propagate_pointer (G_TASK (result), NULL);

  if (removals != NULL)
    og_contacts_view_set_removals (self->contacts_view, removals);
}

static void
decisions_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(OgWindow) self = user_data;
  g_autoptr(GHashTable) decisions = g_task_propagate_pointer (G_TASK (result), NULL);

  if (decisions == NULL)
    return;
  g_clear_pointer (&self->decisions, g_hash_table_unref);
  self->decisions = g_hash_table_ref (decisions);
  og_contacts_view_set_decisions (self->contacts_view, decisions);
  /* And when each removal happened, for the log. */
  if (self->workspace != NULL)
    run_workspace_call (self, &removals_list, removals_done_cb);
}

/* ---- notifications ------------------------------------------------------------------ */

static void
send_notification (OgWindow      *self,
                   const char    *id,
                   GNotification *notification)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (application != NULL && g_application_get_is_registered (G_APPLICATION (application)))
    g_application_send_notification (G_APPLICATION (application), id, notification);
  else
    g_debug ("No registered application to send the notification “%s”", id);
}

typedef struct
{
  OgWindow *self;
  gboolean  notify;
} Watch;

static Watch *
watch_new (OgWindow *self,
           gboolean  notify)
{
  Watch *watch = g_new0 (Watch, 1);

  watch->self = g_object_ref (self);
  watch->notify = notify;
  return watch;
}

static void
watch_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autofree Watch *watch = user_data;
  g_autoptr(OgWindow) self = watch->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GNotification) notification = og_watch_check_finish (result, &error);

  if (error != NULL)
    g_warning ("Could not remember who ignored a request to stop: %s", error->message);
  else if (notification != NULL && watch->notify)
    send_notification (self, OG_WATCH_IGNORED_OPT_OUT, notification);
}

static void schedule_reminders (OgWindow *self);

static gpointer
due_reminders_call (OgWorkspace  *workspace,
                    gpointer      data,
                    GError      **error)
{
  GPtrArray *due = og_workspace_list_due_reminders (workspace, g_get_real_time () / G_USEC_PER_SEC, error);

  /* Each fires once, even if the notification is never seen. */
  for (guint i = 0; due != NULL && i < due->len; i++)
    if (!og_workspace_mark_reminder_fired (workspace, ((OgReminder *)g_ptr_array_index (due, i))->id, error))
      g_clear_pointer (&due, g_ptr_array_unref);
  return due;
}

static const WorkspaceCall due_reminders = { due_reminders_call, (GDestroyNotify)g_ptr_array_unref };

static void
due_reminders_done_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(OgWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) due = g_task_propagate_pointer (G_TASK (result), &error);

  if (due == NULL)
    {
      g_warning ("Could not read the reminders: %s", error->message);
      return;
    }
  for (guint i = 0; i < due->len; i++)
    {
      const OgReminder *reminder = g_ptr_array_index (due, i);
      g_autoptr(GNotification) notification = og_watch_reminder_notification (self->dataset, reminder);
      g_autofree char *id = g_strdup_printf ("reminder-%" G_GINT64_FORMAT, reminder->id);

      send_notification (self, id, notification);
    }
  schedule_reminders (self);
}

static gboolean
reminder_due_cb (gpointer user_data)
{
  OgWindow *self = user_data;

  self->reminder_source = 0;
  /* The names come with the dataset: while it is read, wait a moment. */
  if (self->dataset == NULL && self->load_cancellable != NULL)
    {
      self->reminder_source = g_timeout_add_seconds (1, reminder_due_cb, self);
      return G_SOURCE_REMOVE;
    }
  if (self->workspace != NULL)
    run_workspace_call (self, &due_reminders, due_reminders_done_cb);
  return G_SOURCE_REMOVE;
}

static gpointer
next_reminder_call (OgWorkspace  *workspace,
                    gpointer      data,
                    GError      **error)
{
  g_autoptr(GError) local = NULL;
  gint64 next = og_workspace_next_reminder_at (workspace, &local);

  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  return g_memdup2 (&next, sizeof next);
}

static const WorkspaceCall next_reminder = { next_reminder_call, g_free };

static void
next_reminder_done_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(OgWindow) self = user_data;
  g_autofree gint64 *next = g_task_propagate_pointer (G_TASK (result), NULL);
  gint64 wait;

  if (next == NULL || *next == 0 || self->workspace == NULL)
    return;
  wait = CLAMP (*next - g_get_real_time () / G_USEC_PER_SEC, 0, REMINDER_CHECK_SECONDS);
  g_clear_handle_id (&self->reminder_source, g_source_remove);
  self->reminder_source = g_timeout_add_seconds ((guint)wait, reminder_due_cb, self);
}

/* Asks when the next reminder is due and wakes then. */
static void
schedule_reminders (OgWindow *self)
{
  g_clear_handle_id (&self->reminder_source, g_source_remove);
  if (self->workspace != NULL)
    run_workspace_call (self, &next_reminder, next_reminder_done_cb);
}

static void
audit_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  /* The audit holds the window weakly: closing it never waits for training. */
  g_autoptr(OgWindow) self = g_weak_ref_get (user_data);
  g_autoptr(GError) error = NULL;
  g_autoptr(OgClassifier) classifier = NULL;
  g_autoptr(OgAudit) audit = og_audit_new_finish (result, &classifier, &error);

  weak_ref_free (user_data);
  /* Closed, superseded (a newer import) or abandoned (data deleted): nothing to say. */
  if (self == NULL || g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  if (audit == NULL)
    {
      g_warning ("The audit failed: %s", error->message);
      og_accessible_add_toast (self->toast_overlay, adw_toast_new (_("The audit could not be completed")));
      return;
    }
  g_clear_object (&self->audit_cancellable);
  g_set_object (&self->classifier, classifier);
  /* A newer dataset arrived meanwhile: its own audit is on the way. */
  if (og_audit_get_dataset (audit) != self->dataset)
    return;

  g_set_object (&self->audit, audit);
  og_contacts_view_set_classifier (self->contacts_view, self->classifier);
  og_contacts_view_set_audit (self->contacts_view, audit);
  if (self->workspace != NULL)
    {
      run_workspace_call (self, &decisions_list, decisions_done_cb);
      /* Every audit is remembered; only one after an import is news. */
      og_watch_check_async (self->workspace, audit, watch_done_cb,
                            watch_new (self, self->imported));
      self->imported = FALSE;
    }
}

/* The audit runs off the main thread; the list shows the connections meanwhile. */
static void
start_audit (OgWindow *self)
{
  if (self->audit_cancellable != NULL)
    g_cancellable_cancel (self->audit_cancellable);
  g_clear_object (&self->audit_cancellable);
  self->audit_cancellable = g_cancellable_new ();

  og_audit_new_async (self->dataset, threshold_minutes (self), self->classifier, self->workspace,
                      audit_options (self), self->audit_cancellable, audit_done_cb, weak_ref_new (self));
}

/* "412 connections", and when the last sync was, which ages while the window is open. */
static void
update_subtitle (OgWindow *self)
{
  g_autofree char *connections = NULL;
  g_autofree char *ago = NULL;
  g_autofree char *tooltip = NULL;

  if (self->synced_at > 0)
    {
      ago = og_date_format_ago (self->synced_at, g_get_real_time () / G_USEC_PER_SEC);
      /* Translators: %s is "5 minutes ago" or "on 2024-12-16" */
      tooltip = g_strdup_printf (_("Sync with LinkedIn (last synced %s)"), ago);
    }
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->sync_button),
                               tooltip != NULL ? tooltip : _("Sync with LinkedIn (Portability API)"));
  if (self->dataset == NULL)
    return;

  connections = g_strdup_printf (ngettext ("%u connection", "%u connections",
                                           og_dataset_get_n_connections (self->dataset)),
                                 og_dataset_get_n_connections (self->dataset));
  if (self->own_workspace != NULL)
    {
      /* Translators: "300 connections · the sample, kept apart from your own" */
      g_autofree char *subtitle = g_strdup_printf (_("%s · the sample, kept apart from your own"), connections);

      adw_window_title_set_subtitle (self->window_title, subtitle);
    }
  else if (ago != NULL)
    {
      /* Translators: "412 connections · synced 5 minutes ago" */
      g_autofree char *subtitle = g_strdup_printf (_("%s · synced %s"), connections, ago);

      adw_window_title_set_subtitle (self->window_title, subtitle);
    }
  else
    adw_window_title_set_subtitle (self->window_title, connections);
}

static gboolean
synced_tick_cb (gpointer data)
{
  update_subtitle (data);
  return G_SOURCE_CONTINUE;
}

static gpointer
read_synced_at (OgWorkspace  *workspace,
                gpointer      data,
                GError      **error)
{
  gint64 synced_at = 0;

  if (!og_workspace_get_sync_state (workspace, NULL, &synced_at, error))
    return NULL;
  return g_memdup2 (&synced_at, sizeof synced_at);
}

static void
synced_at_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GWeakRef *ref = user_data;
  g_autoptr(OgWindow) self = g_weak_ref_get (ref);
  g_autoptr(GError) error = NULL;
  g_autofree gint64 *synced_at = og_workspace_run_finish (OG_WORKSPACE (source), result, &error);

  weak_ref_free (ref);
  if (self == NULL || self->workspace != OG_WORKSPACE (source))
    return;
  if (synced_at == NULL)
    {
      g_warning ("Could not read when the last sync was: %s", error->message);
      return;
    }
  self->synced_at = *synced_at;
  update_subtitle (self);
  /* "5 minutes ago" must not stay "just now" for an hour. */
  if (self->synced_at > 0 && self->synced_source == 0)
    self->synced_source = g_timeout_add_seconds (60, synced_tick_cb, self);
}

static void
refresh_synced_at (OgWindow *self)
{
  if (self->workspace == NULL)
    return;
  og_workspace_run_async (self->workspace, read_synced_at, NULL, NULL, g_free, NULL,
                          synced_at_read_cb, weak_ref_new (self));
}

static void
show_dataset (OgWindow  *self,
              OgDataset *dataset)
{
  OgPerson *owner = og_dataset_get_owner (dataset);
  guint n_warnings = og_dataset_get_warnings (dataset)->len;

  g_set_object (&self->dataset, dataset);
  g_clear_object (&self->audit);
  og_contacts_view_set_dataset (self->contacts_view, dataset);
  start_audit (self);

  adw_window_title_set_title (self->window_title,
                              owner != NULL && owner->name != NULL ? owner->name : "OutreachGuard");
  update_subtitle (self);

  if (n_warnings > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("Imported with %u warning",
                                                         "Imported with %u warnings", n_warnings),
                                               n_warnings);
      og_accessible_add_toast (self->toast_overlay, adw_toast_new (text));
    }

  /* The page that had the keyboard (the empty state, the progress) goes:
   * left alone, GTK would hand the focus to the header bar. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "contacts") != 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "contacts");
      og_contacts_view_focus_list (self->contacts_view);
    }
}

static void
show_error (OgWindow     *self,
            const char   *heading,
            const GError *error)
{
  GtkWidget *dialog;

  /* The body is plain text: file names and lines come from the user's files. */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, NULL);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_progress_cb (const char *file,
                    double      fraction,
                    gpointer    user_data)
{
  GWeakRef *ref = user_data;
  g_autoptr(OgWindow) self = g_weak_ref_get (ref);
  g_autofree char *label = NULL;

  if (self == NULL)
    return;

  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
  if (file != NULL && file[0] != '\0')
    {
      /* Translators: %s is a file name such as messages.csv */
      label = g_strdup_printf (_("Reading %s…"), file);
      gtk_progress_bar_set_text (self->progress_bar, label);
    }
}


static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OgWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = NULL;

  if (g_task_get_source_tag (G_TASK (result)) == og_import_to_workspace_async)
    {
      dataset = og_import_to_workspace_finish (result, NULL, &error);
      self->imported = dataset != NULL;
    }
  else
    dataset = og_import_finish (result, &error);

  g_clear_object (&self->import_cancellable);
  set_importing (self, FALSE);

  if (dataset != NULL)
    {
      show_dataset (self, dataset);
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, self->dataset != NULL ? "contacts" : "empty");

  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (self, _("Could Not Import the Export"), error);
}

/* The loading page, for an import (one bar over the files) or a sync (a row per domain). */
static void
show_loading (OgWindow *self,
              gboolean  syncing)
{
  gtk_label_set_text (self->loading_title, syncing ? _("Syncing with LinkedIn…") : _("Importing…"));
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), !syncing);
  gtk_widget_set_visible (GTK_WIDGET (self->sync_progress), syncing);
  gtk_stack_set_visible_child_name (self->stack, "loading");
}

static void
import_paths (OgWindow           *self,
              const char * const *paths)
{
  GWeakRef *ref;

  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);
  g_clear_object (&self->import_cancellable);
  self->import_cancellable = g_cancellable_new ();

  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_progress_bar_set_text (self->progress_bar, NULL);
  show_loading (self, FALSE);
  set_importing (self, TRUE);

  ref = weak_ref_new (self);

  /* With a workspace the import merges into it and the view shows everything it holds. */
  if (self->workspace != NULL)
    og_import_to_workspace_async (self->workspace, paths, import_progress_cb, ref, weak_ref_free,
                                  self->import_cancellable, import_done_cb, g_object_ref (self));
  else
    og_import_async (paths, import_progress_cb, ref, weak_ref_free,
                     self->import_cancellable, import_done_cb, g_object_ref (self));
}

/* Back to the person's own workspace, if the sample was shown: anything about
 * their own data (an import, a sync, an export, deleting it) works on it. */
static void
leave_sample (OgWindow *self)
{
  g_autoptr(OgWorkspace) own = g_steal_pointer (&self->own_workspace);

  if (own != NULL)
    og_window_set_workspace (self, own);
}

void
og_window_open_paths (OgWindow           *self,
                      const char * const *paths)
{
  g_return_if_fail (OG_IS_WINDOW (self));
  g_return_if_fail (paths != NULL && paths[0] != NULL);

  leave_sample (self);
  import_paths (self, paths);
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(OgWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = og_workspace_load_finish (OG_WORKSPACE (source), result, &error);

  g_clear_object (&self->load_cancellable);
  /* An import started meanwhile shows its own, newer result. */
  if (self->import_cancellable != NULL)
    return;

  if (dataset != NULL)
    show_dataset (self, dataset);
  else if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_warning ("Could not read the workspace: %s", error->message);
      og_accessible_add_toast (self->toast_overlay, adw_toast_new (_("Could not read your saved work")));
    }
}

void
og_window_set_workspace (OgWindow    *self,
                         OgWorkspace *workspace)
{
  g_return_if_fail (OG_IS_WINDOW (self));
  g_return_if_fail (!workspace || OG_IS_WORKSPACE (workspace));

  if (!g_set_object (&self->workspace, workspace))
    return;
  set_importing (self, self->import_cancellable != NULL);

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->synced_at = 0;
  g_clear_handle_id (&self->synced_source, g_source_remove);
  update_subtitle (self);
  if (workspace == NULL)
    return;

  /* The last workspace, read off the main thread: no file is parsed again. */
  self->load_cancellable = g_cancellable_new ();
  og_workspace_load_async (workspace, self->load_cancellable, load_done_cb, g_object_ref (self));
  schedule_reminders (self);
  refresh_synced_at (self);
}

OgWorkspace *
og_window_get_workspace (OgWindow *self)
{
  g_return_val_if_fail (OG_IS_WINDOW (self), NULL);
  return self->workspace;
}

void
og_window_open_files (OgWindow  *self,
                      GFile    **files,
                      guint      n_files)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  g_return_if_fail (OG_IS_WINDOW (self));

  for (guint i = 0; i < n_files; i++)
    {
      char *path = g_file_get_path (files[i]);

      if (path != NULL)
        g_ptr_array_add (paths, path);
    }

  if (paths->len == 0)
    {
      og_accessible_add_toast (self->toast_overlay,
                               adw_toast_new (_("Only files on this computer can be opened")));
      return;
    }

  g_ptr_array_add (paths, NULL);
  og_window_open_paths (self, (const char * const *)paths->pdata);
}

OgDataset *
og_window_get_dataset (OgWindow *self)
{
  g_return_val_if_fail (OG_IS_WINDOW (self), NULL);
  return self->dataset;
}

GListModel *
og_window_get_contacts (OgWindow *self)
{
  g_return_val_if_fail (OG_IS_WINDOW (self), NULL);
  return self->dataset != NULL ? og_contacts_view_get_all (self->contacts_view) : NULL;
}

void
og_window_show_contact (OgWindow   *self,
                        const char *person_key)
{
  GListModel *all;

  g_return_if_fail (OG_IS_WINDOW (self));
  g_return_if_fail (person_key != NULL);

  all = self->dataset != NULL ? og_contacts_view_get_all (self->contacts_view) : NULL;
  for (guint i = 0; all != NULL && i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(OgContact) contact = g_list_model_get_item (all, i);

      if (g_strcmp0 (og_contact_get_person (contact)->key, person_key) == 0)
        {
          og_contacts_view_show_contact (self->contacts_view, contact);
          return;
        }
    }
}

void
og_window_show_view (OgWindow   *self,
                     const char *view_id)
{
  g_return_if_fail (OG_IS_WINDOW (self));
  g_return_if_fail (view_id != NULL);

  if (self->dataset != NULL)
    og_contacts_view_select_view (self->contacts_view, view_id);
}

/* ---- actions ------------------------------------------------------------------ */

static void
chooser_response_cb (OgWindow             *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));

      /* The next chooser starts where this export was: exports pile up in Downloads. */
      if (array->len > 0 && self->settings != NULL)
        {
          g_autoptr(GFile) parent = g_file_get_parent (g_ptr_array_index (array, 0));

          if (parent != NULL && g_file_is_native (parent))
            {
              g_autofree char *uri = g_file_get_uri (parent);

              g_settings_set_string (self->settings, "last-folder", uri);
            }
        }

      og_window_open_files (self, (GFile **)array->pdata, array->len);
    }

  g_clear_object (&self->chooser);
}

static void
run_chooser (OgWindow             *self,
             GtkFileChooserAction  action,
             const char           *title)
{
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action,
                                               _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  if (self->settings != NULL)
    {
      g_autofree char *last = g_settings_get_string (self->settings, "last-folder");
      g_autoptr(GFile) folder = *last != '\0' ? g_file_new_for_uri (last) : NULL;

      /* Local folders only: asking a network mount whether it is there could hang. */
      if (folder != NULL && g_file_is_native (folder) &&
          g_file_query_file_type (folder, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
    }

  if (action == GTK_FILE_CHOOSER_ACTION_OPEN)
    {
      g_autoptr(GtkFileFilter) exports = gtk_file_filter_new ();
      g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

      gtk_file_filter_set_name (exports, _("LinkedIn Exports"));
      gtk_file_filter_add_mime_type (exports, "application/zip");
      gtk_file_filter_add_suffix (exports, "zip");
      gtk_file_filter_add_suffix (exports, "csv");
      gtk_file_filter_add_suffix (exports, "json");
      gtk_file_filter_set_name (all, _("All Files"));
      gtk_file_filter_add_pattern (all, "*");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), exports);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
      gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);
    }

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  run_chooser (OG_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN, _("Open a LinkedIn Export"));
}

static void
open_folder_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  run_chooser (OG_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
               _("Open an Unpacked LinkedIn Export"));
}

/* The installed sample, or the source tree's when running uninstalled. */
static char *
find_sample (void)
{
  const char *override = g_getenv ("OG_SAMPLE_DIR");

  if (override != NULL && g_file_test (override, G_FILE_TEST_IS_DIR))
    return g_strdup (override);
  if (g_file_test (SAMPLE_EXPORT_DIR, G_FILE_TEST_IS_DIR))
    return g_strdup (SAMPLE_EXPORT_DIR);
  if (g_file_test (SOURCE_SAMPLE_DIR, G_FILE_TEST_IS_DIR))
    return g_strdup (SOURCE_SAMPLE_DIR);
  return NULL;
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OgWindow *self = OG_WINDOW (widget);
  g_autofree char *sample = find_sample ();
  const char *paths[] = { sample, NULL };

  if (sample == NULL)
    {
      og_accessible_add_toast (self->toast_overlay,
                               adw_toast_new (_("The sample export is not installed")));
      return;
    }

  /* The sample's invented people get a workspace of their own, so that trying
   * the app on them never mixes them, or what is decided about them, into the
   * person's own network. Without a workspace of theirs it is only shown. */
  if (self->workspace != NULL && self->own_workspace == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(OgWorkspace) workspace = og_workspace_open_temporary (&error);

      if (workspace == NULL)
        {
          show_error (self, _("Could Not Open the Sample"), error);
          return;
        }
      self->own_workspace = g_object_ref (self->workspace);
      og_window_set_workspace (self, workspace);
    }
  import_paths (self, paths);
}

static void
cancel_import_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  OgWindow *self = OG_WINDOW (widget);

  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);
}

/* A save dialog named @name, in the user's Documents folder (or home without one):
 * without a folder GTK would offer the process's working directory, which is "/"
 * for an app started over D-Bus. */
static void
run_save_chooser (OgWindow   *self,
                  const char *title,
                  const char *name,
                  GCallback   response_cb)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autoptr(GFile) folder = NULL;

  if (documents == NULL || !g_file_test (documents, G_FILE_TEST_IS_DIR))
    documents = g_get_home_dir ();
  folder = g_file_new_for_path (documents);

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", response_cb, self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static gpointer
export_call (OgWorkspace  *workspace,
             gpointer      data,
             GError      **error)
{
  return og_workspace_export_json (workspace, error);
}

static void
export_saved_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(OgWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    {
      show_error (self, _("Could Not Export Your Data"), error);
      return;
    }
  og_accessible_add_toast (self->toast_overlay, adw_toast_new (_("Your data was exported")));
}

static void
export_json_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OgWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = g_task_propagate_pointer (G_TASK (result), &error);
  g_autoptr(GFile) file = g_object_steal_data (G_OBJECT (self), "export-file");

  g_autoptr(GBytes) bytes = NULL;
  gsize length;

  if (json == NULL)
    {
      show_error (self, _("Could Not Export Your Data"), error);
      return;
    }
  length = strlen (json);
  bytes = g_bytes_new_take (g_steal_pointer (&json), length);
  /* Decisions are personal: the copy is created private to the user. */
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE,
                                       G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                       NULL, export_saved_cb, g_object_ref (self));
}

static void
export_chooser_response_cb (OgWindow             *self,
                            int                   response,
                            GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_object_set_data_full (G_OBJECT (self), "export-file",
                              gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser)), g_object_unref);
      static const WorkspaceCall export = { export_call, g_free };

      run_workspace_call (self, &export, export_json_cb);
    }
  g_clear_object (&self->chooser);
}

static void
export_data_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OgWindow *self = OG_WINDOW (widget);

  leave_sample (self);
  run_save_chooser (self, _("Export Your Data"), "outreach-guard-data.json", G_CALLBACK (export_chooser_response_cb));
}

static gpointer
delete_call (OgWorkspace  *workspace,
             gpointer      data,
             GError      **error)
{
  g_autofree char *path = g_strdup (og_workspace_get_path (workspace));

  if (!og_workspace_delete (workspace, error))
    return NULL;
  /* A fresh, empty workspace in its place: the app keeps working. */
  return og_workspace_open (path, error);
}

static void
delete_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OgWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(OgWorkspace) fresh = g_task_propagate_pointer (G_TASK (result), &error);

  if (fresh == NULL)
    {
      show_error (self, _("Could Not Delete Your Data"), error);
      return;
    }

  g_clear_object (&self->audit);
  g_clear_object (&self->dataset);
  og_contacts_view_clear (self->contacts_view);
  adw_window_title_set_title (self->window_title, "OutreachGuard");
  adw_window_title_set_subtitle (self->window_title, NULL);
  gtk_stack_set_visible_child_name (self->stack, "empty");
  og_window_set_workspace (self, fresh);
  og_accessible_add_toast (self->toast_overlay, adw_toast_new (_("All your data was deleted")));
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    OgWindow         *self)
{
  static const WorkspaceCall delete = { delete_call, g_object_unref };

  if (g_strcmp0 (response, "delete") != 0 || self->workspace == NULL)
    return;
  /* The audit may be reading the workspace that is about to go. */
  if (self->audit_cancellable != NULL)
    g_cancellable_cancel (self->audit_cancellable);
  run_workspace_call (self, &delete, delete_done_cb);
}

static void
delete_data_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OgWindow *self = OG_WINDOW (widget);
  GtkWidget *dialog;

  /* What is deleted is the person's own data, so that is what the window shows. */
  leave_sample (self);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Delete All Data?"),
                                   _("Every import, decision, label correction, draft and reminder will be "
                                     "deleted from this computer. Your LinkedIn account is not affected."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gpointer
undo_call (OgWorkspace  *workspace,
           gpointer      data,
           GError      **error)
{
  char *description = NULL;

  return og_workspace_undo (workspace, &description, error) ? description : NULL;
}

static void
undo_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(OgWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *text = NULL;

  if (description == NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      /* A toast's title is markup: a path in the message must stay text. */
      og_accessible_add_toast (self->toast_overlay, adw_toast_new (escaped));
      return;
    }
  /* Translators: %s says what was undone, such as "Decision “queued”" */
  text = g_markup_printf_escaped (_("Undone: %s"), description);
  og_accessible_add_toast (self->toast_overlay, adw_toast_new (text));

  /* An undone correction must leave the classifier too: it relearns from the workspace. */
  g_clear_object (&self->classifier);
  if (self->dataset != NULL)
    start_audit (self);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OgWindow *self = OG_WINDOW (widget);

  if (self->workspace != NULL)
    {
      static const WorkspaceCall undo = { undo_call, g_free };

      run_workspace_call (self, &undo, undo_done_cb);
    }
}

/* ---- decisions and corrections: written off the main thread, then the audit again ---- */

typedef struct
{
  char       *person_key;
  GStrv       person_keys;   /* a decision for several people, or NULL */
  OgDecision  decision;
  char       *text;
  OgLabel     label;
} Change;

static void
change_free (Change *change)
{
  g_free (change->person_key);
  g_strfreev (change->person_keys);
  g_free (change->text);
  g_free (change);
}

static void
change_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Change *change = task_data;
  GError *error = NULL;
  gboolean ok;

  if (change->text != NULL)
    ok = og_workspace_add_correction (source_object, change->person_key[0] ? change->person_key : NULL,
                                      change->text, change->label, &error);
  else if (change->person_keys != NULL)
    ok = og_workspace_set_decisions (source_object, (const char * const *)change->person_keys,
                                     change->decision, &error);
  else
    ok = og_workspace_set_decision (source_object, change->person_key, change->decision, &error);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
change_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OgWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  Change *change = g_task_get_task_data (G_TASK (result));
  AdwToast *toast;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      show_error (self, _("Could Not Save Your Change"), error);
      return;
    }

  if (change->text != NULL)
    toast = adw_toast_new (change->label == OG_LABEL_PITCH ? _("Marked as a pitch") : _("Marked as not a pitch"));
  else if (change->person_keys != NULL)
    {
      guint n = g_strv_length (change->person_keys);
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person queued for removal",
                                                            "%u people queued for removal", n), n);

      toast = adw_toast_new (title);
    }
  else if (change->decision == OG_DECISION_QUEUED)
    toast = adw_toast_new (_("Queued for removal"));
  else if (change->decision == OG_DECISION_REMOVED)
    toast = adw_toast_new (_("Marked as removed"));
  else
    toast = adw_toast_new (_("Kept: this person will not be flagged"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  og_accessible_add_toast (self->toast_overlay, toast);

  /* The figures follow at once: the classifier already knows, the audit reruns. */
  if (self->dataset != NULL)
    start_audit (self);
}

static void
run_change (OgWindow *self,
            Change   *change)
{
  g_autoptr(GTask) task = NULL;

  if (self->workspace == NULL)
    {
      change_free (change);
      og_accessible_add_toast (self->toast_overlay,
                               adw_toast_new (_("Your saved work is not available: the change cannot be kept")));
      return;
    }
  task = g_task_new (self->workspace, NULL, change_done_cb, g_object_ref (self));
  g_task_set_task_data (task, change, (GDestroyNotify)change_free);
  g_task_run_in_thread (task, change_thread);
}

static void
decide_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OgWindow *self = OG_WINDOW (widget);
  const char *key, *name;
  Change *change = g_new0 (Change, 1);

  g_variant_get (parameter, "(&s&s)", &key, &name);
  if (!og_decision_from_string (name, &change->decision))
    {
      change_free (change);
      g_return_if_reached ();
    }
  change->person_key = g_strdup (key);
  run_change (self, change);
}

static gboolean
is_kept (OgWindow   *self,
         const char *key)
{
  return self->decisions != NULL &&
         GPOINTER_TO_INT (g_hash_table_lookup (self->decisions, key)) == OG_DECISION_KEEP;
}

static void
confirm_kept_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          OgWindow         *self)
{
  Change *change = g_object_steal_data (G_OBJECT (dialog), "change");

  if (g_strcmp0 (response, "queue") == 0)
    run_change (self, change);
  else
    change_free (change);
}

static void
decide_many_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OgWindow *self = OG_WINDOW (widget);
  const char *name;
  Change *change = g_new0 (Change, 1);
  guint kept = 0;
  GtkWidget *dialog;

  g_variant_get (parameter, "(^as&s)", &change->person_keys, &name);
  if (!og_decision_from_string (name, &change->decision))
    {
      change_free (change);
      g_return_if_reached ();
    }

  for (guint i = 0; change->person_keys[i] != NULL; i++)
    kept += is_kept (self, change->person_keys[i]);
  if (kept == 0 || change->decision != OG_DECISION_QUEUED)
    {
      run_change (self, change);
      return;
    }

  /* Nothing on a kept contact is queued without asking. */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Queue People You Chose to Keep?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "%u of the selected people is on your keep list.",
                                               "%u of the selected people are on your keep list.", kept),
                                  kept);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "queue", _("_Queue Anyway"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "queue", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "change", change, (GDestroyNotify)change_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_kept_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
queue_saved_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OgWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    show_error (self, _("Could Not Export the Queue"), error);
  else
    og_accessible_add_toast (self->toast_overlay, adw_toast_new (_("The removal queue was exported")));
}

static void
export_queue_response_cb (OgWindow             *self,
                          int                   response,
                          GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT && self->audit != NULL && self->decisions != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      char *csv = og_report_decisions_to_csv (self->audit, self->decisions, OG_DECISION_QUEUED);
      gsize length = strlen (csv);
      g_autoptr(GBytes) bytes = g_bytes_new_take (csv, length);

      g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE,
                                           G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                           NULL, queue_saved_cb, g_object_ref (self));
    }
  g_clear_object (&self->chooser);
}

static void
export_queue_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OgWindow *self = OG_WINDOW (widget);

  run_save_chooser (self, _("Export the Removal Queue"), "removal-queue.csv", G_CALLBACK (export_queue_response_cb));
}

static void
correct_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OgWindow *self = OG_WINDOW (widget);
  const char *key, *text, *label_name;
  Change *change = g_new0 (Change, 1);

  g_variant_get (parameter, "(&s&s&s)", &key, &text, &label_name);
  if (!og_label_from_string (label_name, &change->label))
    {
      change_free (change);
      g_return_if_reached ();
    }
  change->person_key = g_strdup (key);
  change->text = g_strdup (text);
  /* A correction for this contact outweighs the model from now on. */
  if (self->classifier != NULL)
    og_classifier_add_correction (self->classifier, text, key[0] ? key : NULL, change->label);
  run_change (self, change);
}

static void
draft_reply_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OgWindow *self = OG_WINDOW (widget);
  const OgContactAudit *contact = self->audit != NULL ? og_audit_lookup_contact_by_key (self->audit, g_variant_get_string (parameter, NULL)) : NULL;
  OgReplyComposer *composer;

  /* The suggestion needs the figures: before the audit ends there is none. */
  if (contact == NULL)
    {
      og_accessible_add_toast (self->toast_overlay, adw_toast_new (_("The audit is still running; try again in a moment")));
      return;
    }
  composer = og_reply_composer_new (GTK_WINDOW (self), self->audit, contact, self->workspace, self->classifier);
  /* A reply marked sent may be a request to stop: the figures follow. */
  g_signal_connect_object (composer, "sent", G_CALLBACK (start_audit), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (composer, "reminder-added", G_CALLBACK (schedule_reminders), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (composer));
}

static void
open_url_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  const char *url = g_variant_get_string (parameter, NULL);

  /* Only https LinkedIn pages: never a link that came out of a message. */
  if (!og_url_is_openable (url))
    {
      g_warning ("Refused to open a URL that is not an https LinkedIn page");
      return;
    }
  gtk_show_uri (GTK_WINDOW (widget), url, GDK_CURRENT_TIME);
}

static GtkWidget *
new_preferences (OgWindow *self)
{
  return og_preferences_window_new (GTK_WINDOW (self), self->settings,
                                    self->workspace ? og_workspace_get_path (self->workspace) : NULL,
                                    self->api_base);
}

static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  gtk_window_present (GTK_WINDOW (new_preferences (OG_WINDOW (widget))));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OgWindow *self = OG_WINDOW (widget);

  if (self->dataset != NULL)
    og_contacts_view_start_search (self->contacts_view);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         OgWindow      *self)
{
  GSList *list;
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST) || self->import_cancellable != NULL)
    return FALSE;

  list = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = list; l != NULL; l = l->next)
    g_ptr_array_add (files, l->data);
  g_slist_free (list);

  if (files->len == 0)
    return FALSE;

  og_window_open_files (self, (GFile **)files->pdata, files->len);
  return TRUE;
}

/* ---- sync with the Portability API ------------------------------------------------------ */

static void
sync_progress_cb (const char *domain,
                  guint       pages,
                  gboolean    finished,
                  gpointer    user_data)
{
  g_autoptr(OgWindow) self = g_weak_ref_get (user_data);

  if (self != NULL)
    og_sync_progress_update (self->sync_progress, domain, pages, finished);
}

/* Preferences on the account page, the token field focused. */
static void
paste_token_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  GtkWidget *preferences = new_preferences (OG_WINDOW (widget));

  og_preferences_window_show_account (OG_PREFERENCES_WINDOW (preferences));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
token_dialog_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          OgWindow         *self)
{
  if (g_str_equal (response, "paste"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.paste-token", NULL);
}

/* LinkedIn refused the token: the way on is a new one, one click away. */
static void
show_token_refused (OgWindow     *self,
                    const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("LinkedIn Refused the Token"), NULL);

  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), error->message);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "close", _("_Close"),
                                    "paste", _("_Paste a New Token"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "paste", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "paste");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_object (dialog, "response", G_CALLBACK (token_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
synced_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(OgWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  OgImportSummary summary = { 0 };
  g_autoptr(OgDataset) dataset = og_sync_finish (result, &summary, NULL, &error);

  g_clear_object (&self->import_cancellable);
  set_importing (self, FALSE);
  if (dataset == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, self->dataset != NULL ? "contacts" : "empty");
      if (g_error_matches (error, OG_PORTABILITY_ERROR, OG_PORTABILITY_ERROR_EXPIRED) ||
          g_error_matches (error, OG_PORTABILITY_ERROR, OG_PORTABILITY_ERROR_UNAUTHORIZED))
        show_token_refused (self, error);
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, _("Could Not Sync with LinkedIn"), error);
      return;
    }
  og_sync_progress_finish (self->sync_progress);
  refresh_synced_at (self);
  self->imported = TRUE;
  show_dataset (self, dataset);
  if (self->token_saved_at + OG_TOKEN_LIFETIME_SECONDS - g_get_real_time () / G_USEC_PER_SEC <= OG_TOKEN_WARN_SECONDS)
    {
      /* The sync worked, but the next one may not: say so while there is time. */
      g_autofree char *day = og_date_format_day (self->token_saved_at + OG_TOKEN_LIFETIME_SECONDS);
      g_autofree char *text = g_strdup_printf (_("Your LinkedIn token expires on %s"), day);
      AdwToast *toast = adw_toast_new (text);

      adw_toast_set_button_label (toast, _("_Paste a New Token"));
      adw_toast_set_action_name (toast, "win.paste-token");
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      og_accessible_add_toast (self->toast_overlay, toast);
    }
  {
    g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Synced with LinkedIn: %u new message",
                                                          "Synced with LinkedIn: %u new messages", summary.messages_added),
                                             summary.messages_added);

    og_accessible_add_toast (self->toast_overlay, adw_toast_new (text));
  }
}

/* The token out of the keyring, and when it was saved. */
typedef struct
{
  char   *token;
  gint64  saved_at;
} Token;

static void
token_free (Token *kept)
{
  og_token_free (kept->token);
  g_free (kept);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Token, token_free)

static void
token_read_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(OgWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(Token) kept = g_task_propagate_pointer (G_TASK (result), &error);
  g_autoptr(OgPortabilityClient) client = NULL;

  if (kept == NULL || self->workspace == NULL)
    {
      AdwToast *toast;

      set_importing (self, FALSE);
      gtk_stack_set_visible_child_name (self->stack, self->dataset != NULL ? "contacts" : "empty");
      if (error != NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      toast = adw_toast_new (error != NULL ? _("The keyring cannot be read") : _("Add your LinkedIn account first"));
      adw_toast_set_button_label (toast, _("_Preferences"));
      /* Straight to the account page, where the token goes. */
      adw_toast_set_action_name (toast, error != NULL ? "win.preferences" : "win.paste-token");
      og_accessible_add_toast (self->toast_overlay, toast);
      return;
    }
  self->token_saved_at = kept->saved_at;
  client = og_portability_client_new (self->api_base, kept->token, &error);
  if (client == NULL)
    {
      set_importing (self, FALSE);
      gtk_stack_set_visible_child_name (self->stack, self->dataset != NULL ? "contacts" : "empty");
      show_error (self, _("Could Not Sync with LinkedIn"), error);
      return;
    }
  og_sync_async (self->workspace, client, NULL, sync_progress_cb, weak_ref_new (self),
                 self->import_cancellable, synced_cb, g_object_ref (self));
}

static void
token_read_thread (GTask        *task,
                   gpointer      source,
                   gpointer      data,
                   GCancellable *cancellable)
{
  GError *error = NULL;
  gint64 saved_at = 0;
  char *token = og_token_store_lookup (&saved_at, cancellable, &error);

  if (token != NULL)
    {
      Token *kept = g_new0 (Token, 1);

      kept->token = token;
      kept->saved_at = saved_at;
      g_task_return_pointer (task, kept, (GDestroyNotify)token_free);
    }
  else if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, NULL, NULL);
}

static void
sync_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OgWindow *self = OG_WINDOW (widget);
  g_autoptr(GTask) task = NULL;

  if (self->import_cancellable != NULL)
    return;
  leave_sample (self);
  if (self->workspace == NULL)
    return;
  self->import_cancellable = g_cancellable_new ();
  og_sync_progress_start (self->sync_progress, NULL);
  show_loading (self, TRUE);
  set_importing (self, TRUE);

  /* The token comes out of the keyring off the main thread. */
  task = g_task_new (NULL, self->import_cancellable, token_read_cb, g_object_ref (self));
  g_task_run_in_thread (task, token_read_thread);
}

void
og_window_set_api_base (OgWindow   *self,
                        const char *api_base)
{
  g_return_if_fail (OG_IS_WINDOW (self));

  g_free (self->api_base);
  self->api_base = g_strdup (api_base);
}

/* ---- life cycle ------------------------------------------------------------------ */

static GSettings *
load_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Running from the build tree without the schema must not abort. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  return schema != NULL ? g_settings_new (APP_ID) : NULL;
}

static void
og_window_dispose (GObject *object)
{
  OgWindow *self = (OgWindow *)object;

  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), OG_TYPE_WINDOW);

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_handle_id (&self->reminder_source, g_source_remove);
  g_clear_handle_id (&self->synced_source, g_source_remove);
  /* Closed on the sample: its folder goes now, even while an audit still holds
   * the workspace, which may outlive the app. */
  if (self->own_workspace != NULL && self->workspace != NULL)
    og_workspace_remove_temporary (self->workspace);
  g_clear_object (&self->workspace);
  g_clear_object (&self->own_workspace);
  g_clear_object (&self->import_cancellable);
  g_clear_object (&self->chooser);
  if (self->audit_cancellable != NULL)
    g_cancellable_cancel (self->audit_cancellable);
  g_clear_object (&self->audit_cancellable);
  g_clear_object (&self->audit);
  g_clear_object (&self->classifier);
  g_clear_pointer (&self->decisions, g_hash_table_unref);
  g_clear_object (&self->dataset);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->api_base, g_free);

  G_OBJECT_CLASS (og_window_parent_class)->dispose (object);
}

static void
og_window_class_init (OgWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = og_window_dispose;

  /* The list item templates name this type before any instance exists. */
  g_type_ensure (OG_TYPE_CONTACT);
  g_type_ensure (OG_TYPE_CONTACTS_VIEW);
  g_type_ensure (OG_TYPE_SYNC_PROGRESS);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/OutreachGuard/og-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OgWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, OgWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, OgWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OgWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, OgWindow, loading_title);
  gtk_widget_class_bind_template_child (widget_class, OgWindow, sync_progress);
  gtk_widget_class_bind_template_child (widget_class, OgWindow, sync_button);
  gtk_widget_class_bind_template_child (widget_class, OgWindow, contacts_view);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-folder", NULL, open_folder_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-import", NULL, cancel_import_action);
  gtk_widget_class_install_action (widget_class, "win.export-data", NULL, export_data_action);
  gtk_widget_class_install_action (widget_class, "win.delete-data", NULL, delete_data_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK, "win.preferences", NULL);
  gtk_widget_class_install_action (widget_class, "win.decide", "(ss)", decide_action);
  gtk_widget_class_install_action (widget_class, "win.decide-many", "(ass)", decide_many_action);
  gtk_widget_class_install_action (widget_class, "win.export-queue", NULL, export_queue_action);
  gtk_widget_class_install_action (widget_class, "win.correct", "(sss)", correct_action);
  gtk_widget_class_install_action (widget_class, "win.open-url", "s", open_url_action);
  gtk_widget_class_install_action (widget_class, "win.draft-reply", "s", draft_reply_action);
  gtk_widget_class_install_action (widget_class, "win.sync", NULL, sync_action);
  gtk_widget_class_install_action (widget_class, "win.paste-token", NULL, paste_token_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
}

/* The application gives the window its shortcuts window, built by GTK. */
static void
application_changed_cb (OgWindow *self)
{
  GtkShortcutsWindow *help = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self));

  if (help != NULL)
    g_signal_connect (help, "map", G_CALLBACK (og_accessible_name_controls), NULL);
}

static void
og_window_init (OgWindow *self)
{
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));
  og_accessible_name_buttons (GTK_WIDGET (self));
  g_signal_connect (self, "notify::application", G_CALLBACK (application_changed_cb), NULL);
  set_importing (self, FALSE);

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  self->settings = load_settings ();
  if (self->settings != NULL)
    {
      g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
      g_signal_connect_object (self->settings, "changed::pitch-threshold-minutes",
                               G_CALLBACK (audit_setting_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->settings, "changed::classifier-sensitivity",
                               G_CALLBACK (audit_setting_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->settings, "changed::recruiting-is-pitch",
                               G_CALLBACK (audit_setting_changed_cb), self, G_CONNECT_SWAPPED);
    }
}

OgWindow *
og_window_new (OgApplication *application)
{
  return g_object_new (OG_TYPE_WINDOW, "application", application, NULL);
}
