/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-window.c — presents the import and its connections; the core does the work. */
#define G_LOG_DOMAIN "og-window"

#include "config.h"

#include <glib/gi18n.h>

#include "og-contact.h"
#include "og-importer.h"
#include "og-window.h"

struct _OgWindow
{
  AdwApplicationWindow  parent_instance;

  GtkStack             *stack;
  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkProgressBar       *progress_bar;
  GtkColumnView        *column_view;
  GtkColumnViewColumn  *connected_column;

  GSettings            *settings;
  GCancellable         *import_cancellable;
  GtkFileChooserNative *chooser;
  OgDataset            *dataset;
  GtkSortListModel     *sorted;
};

G_DEFINE_FINAL_TYPE (OgWindow, og_window, ADW_TYPE_APPLICATION_WINDOW)

static void
set_importing (OgWindow *self,
               gboolean  importing)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open", !importing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-folder", !importing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-sample", !importing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-import", importing);
}

static void
show_dataset (OgWindow  *self,
              OgDataset *dataset)
{
  g_autoptr(GListModel) contacts = og_contact_list_new (dataset);
  g_autoptr(GtkMultiSelection) selection = NULL;
  g_autofree char *subtitle = NULL;
  OgPerson *owner = og_dataset_get_owner (dataset);
  guint n_warnings = og_dataset_get_warnings (dataset)->len;

  g_set_object (&self->dataset, dataset);

  g_clear_object (&self->sorted);
  self->sorted = gtk_sort_list_model_new (g_object_ref (contacts),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));

  subtitle = g_strdup_printf (ngettext ("%u connection", "%u connections",
                                        og_dataset_get_n_connections (dataset)),
                              og_dataset_get_n_connections (dataset));
  adw_window_title_set_title (self->window_title,
                              owner != NULL && owner->name != NULL ? owner->name : "OutreachGuard");
  adw_window_title_set_subtitle (self->window_title, subtitle);

  if (n_warnings > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("Imported with %u warning",
                                                         "Imported with %u warnings", n_warnings),
                                               n_warnings);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
    }

  gtk_stack_set_visible_child_name (self->stack, "contacts");
}

static void
show_error (OgWindow     *self,
            const GError *error)
{
  GtkWidget *dialog;

  /* The body is plain text: file names and lines come from the user's files. */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Import the Export"), NULL);
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
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OgWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = og_import_finish (result, &error);

  g_clear_object (&self->import_cancellable);
  set_importing (self, FALSE);

  if (dataset != NULL)
    {
      show_dataset (self, dataset);
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, self->dataset != NULL ? "contacts" : "empty");

  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (self, error);
}

void
og_window_open_paths (OgWindow           *self,
                      const char * const *paths)
{
  GWeakRef *ref;

  g_return_if_fail (OG_IS_WINDOW (self));
  g_return_if_fail (paths != NULL && paths[0] != NULL);

  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);
  g_clear_object (&self->import_cancellable);
  self->import_cancellable = g_cancellable_new ();

  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_progress_bar_set_text (self->progress_bar, NULL);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  set_importing (self, TRUE);

  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, self);

  og_import_async (paths, import_progress_cb, ref, weak_ref_free,
                   self->import_cancellable, import_done_cb, g_object_ref (self));
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
      adw_toast_overlay_add_toast (self->toast_overlay,
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
  return self->sorted != NULL ? G_LIST_MODEL (self->sorted) : NULL;
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
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("The sample export is not installed")));
      return;
    }

  og_window_open_paths (self, paths);
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

  g_clear_object (&self->import_cancellable);
  g_clear_object (&self->chooser);
  g_clear_object (&self->sorted);
  g_clear_object (&self->dataset);
  g_clear_object (&self->settings);

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

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/OutreachGuard/og-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OgWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, OgWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, OgWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OgWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, OgWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, OgWindow, connected_column);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-folder", NULL, open_folder_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-import", NULL, cancel_import_action);
}

static void
og_window_init (OgWindow *self)
{
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));
  set_importing (self, FALSE);

  /* Newest connections first, as LinkedIn lists them. */
  gtk_column_view_sort_by_column (self->column_view, self->connected_column, GTK_SORT_DESCENDING);

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  self->settings = load_settings ();
  if (self->settings != NULL)
    {
      g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
    }
}

OgWindow *
og_window_new (OgApplication *application)
{
  return g_object_new (OG_TYPE_WINDOW, "application", application, NULL);
}
