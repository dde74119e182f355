/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-test-gui.c — what the widget suites share: waiting for the window's
 * background work, finding widgets, screenshots, scratch workspaces. */
#include "config.h"

#include <glib/gstdio.h>

#include "og-test-gui.h"

char *
og_test_sample_dir (void)
{
  return g_build_filename (g_getenv ("G_TEST_SRCDIR"), "..", "data", "sample", NULL);
}

gboolean
og_test_wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

void
og_test_wait_for_import (OgWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  guint wake = g_timeout_add (100, og_test_wake_cb, NULL);

  while (og_window_get_dataset (window) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  og_test_wait_for_rows (window);
}

/* The list fills its rows a few a frame: wait until it has caught up. */
void
og_test_wait_for_rows (OgWindow *window)
{
  GtkWidget *view = og_test_find_descendant (GTK_WIDGET (window), OG_TYPE_CONTACTS_VIEW);
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  guint wake = g_timeout_add (20, og_test_wake_cb, NULL);

  while (view != NULL && og_contacts_view_is_filtering (OG_CONTACTS_VIEW (view)) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

typedef struct
{
  gpointer    object;
  const char *type_name;
} Watched;

static void
watch (GPtrArray *watched,
       gpointer   object)
{
  Watched *w;

  if (object == NULL)
    return;
  w = g_new0 (Watched, 1);
  w->object = object;
  w->type_name = G_OBJECT_TYPE_NAME (object);
  g_object_add_weak_pointer (object, &w->object);
  g_ptr_array_add (watched, w);
}

/* Every widget of ours (an Og… type) under @widget. */
static void
watch_our_widgets (GPtrArray *watched,
                   GtkWidget *widget)
{
  if (g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Og"))
    watch (watched, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    watch_our_widgets (watched, child);
}

static gboolean
all_finalized (gpointer data)
{
  GPtrArray *watched = data;

  for (guint i = 0; i < watched->len; i++)
    if (((Watched *) g_ptr_array_index (watched, i))->object != NULL)
      return FALSE;
  return TRUE;
}

/* Until idle, then until what was started in threads has come back: an audit still
 * training holds its dataset and workspace until training ends, as it cannot be
 * interrupted. Then names whatever a leaked reference kept alive. */
static void
assert_all_finalized (GPtrArray *watched)
{
  g_autoptr(GString) alive = g_string_new (NULL);

  for (guint i = 0; i < 1000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
  og_test_wait_until (all_finalized, watched, 30);

  for (guint i = 0; i < watched->len; i++)
    {
      Watched *w = g_ptr_array_index (watched, i);

      if (w->object != NULL)
        {
          g_string_append_printf (alive, "%s%s", alive->len > 0 ? ", " : "", w->type_name);
          g_object_remove_weak_pointer (w->object, &w->object);
        }
    }
  g_assert_cmpstr (alive->str, ==, "");
}

void
og_test_destroy_and_assert_finalized (gpointer window)
{
  g_autoptr(GPtrArray) watched = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (GTK_IS_WINDOW (window));
  watch (watched, window);
  watch_our_widgets (watched, GTK_WIDGET (window));
  if (OG_IS_WINDOW (window))
    {
      watch (watched, og_window_get_dataset (window));
      watch (watched, og_window_get_contacts (window));
    }
  gtk_window_destroy (GTK_WINDOW (window));
  assert_all_finalized (watched);
}

void
og_test_unref_and_assert_finalized (gpointer object)
{
  g_autoptr(GPtrArray) watched = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (G_IS_OBJECT (object));
  watch (watched, object);
  g_object_unref (object);
  assert_all_finalized (watched);
}

gboolean
og_test_tree_has_label (GtkWidget  *widget,
                        const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0 &&
      gtk_widget_get_mapped (widget))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (og_test_tree_has_label (child, text))
      return TRUE;

  return FALSE;
}

gboolean
og_test_tree_has_label_starting (GtkWidget  *widget,
                                 const char *prefix)
{
  if (GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix) &&
      gtk_widget_get_mapped (widget))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (og_test_tree_has_label_starting (child, prefix))
      return TRUE;

  return FALSE;
}

GtkWidget *
og_test_find_descendant (GtkWidget *widget,
                         GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = og_test_find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

void
og_test_save_screenshot (GtkWidget  *window,
                         const char *name)
{
  const char *dir = g_getenv ("OG_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer;
  int width, height;

  if (dir == NULL)
    return;

  /* Let the window lay out and draw what just changed. */
  {
    gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
    guint wake = g_timeout_add (20, og_test_wake_cb, NULL);

    while (g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, TRUE);
    g_source_remove (wake);
  }

  width = gtk_widget_get_width (window);
  height = gtk_widget_get_height (window);
  paintable = gtk_widget_paintable_new (window);
  /* Until a frame has been drawn since the last change, there is nothing to take. */
  for (guint tries = 0; node == NULL && tries < 100; tries++)
    {
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      if (node == NULL)
        {
          guint wake = g_timeout_add (20, og_test_wake_cb, NULL);

          g_main_context_iteration (NULL, TRUE);
          g_source_remove (wake);
        }
    }
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

OgWorkspace *
og_test_temporary_workspace (char **dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  OgWorkspace *workspace;

  *dir = g_dir_make_tmp ("og-window-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (*dir, "workspace.db", NULL);
  workspace = og_workspace_open (path, &error);
  g_assert_no_error (error);
  return workspace;
}

void
og_test_remove_workspace_dir (const char *dir)
{
  const char *names[] = { "workspace.db", "workspace.db-wal", "workspace.db-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *file = g_build_filename (dir, names[i], NULL);

      g_unlink (file);
    }
  g_rmdir (dir);
}

OgContactsView *
og_test_contacts_view_of (OgWindow *window)
{
  GtkWidget *view = og_test_find_descendant (GTK_WIDGET (window), OG_TYPE_CONTACTS_VIEW);

  g_assert_nonnull (view);
  return OG_CONTACTS_VIEW (view);
}

/* The audit runs after the import: wait until the view lands on its figures. */
void
og_test_wait_for_audit (OgWindow *window)
{
  OgContactsView *view = og_test_contacts_view_of (window);
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  guint wake = g_timeout_add (100, og_test_wake_cb, NULL);

  while (g_strcmp0 (og_contacts_view_get_view (view), "fast") != 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  og_test_wait_for_rows (window);
}

GtkWidget *
og_test_find_button (GtkWidget  *widget,
                     const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = og_test_find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

gboolean
og_test_wait_until (gboolean (*done) (gpointer data),
                    gpointer   data,
                    guint      seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;
  guint wake = g_timeout_add (20, og_test_wake_cb, NULL);
  gboolean ok;

  while (!(ok = done (data)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  return ok;
}

OgWindow *
og_test_window_on (OgWorkspace        *workspace,
                   const char * const *paths)
{
  OgWindow *window = og_window_new (NULL);

  og_window_set_workspace (window, workspace);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  og_window_open_paths (window, paths);
  og_test_wait_for_import (window);
  og_test_wait_for_audit (window);
  return window;
}

char *
og_test_clipboard_text (GtkWidget *widget)
{
  GdkContentProvider *content = gdk_clipboard_get_content (gtk_widget_get_clipboard (widget));
  g_auto(GValue) value = G_VALUE_INIT;

  if (content == NULL)
    return NULL;
  g_value_init (&value, G_TYPE_STRING);
  if (!gdk_content_provider_get_value (content, &value, NULL))
    return NULL;
  return g_value_dup_string (&value);
}

GtkWindow *
og_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

/* Whether the shortcuts window (help-overlay.ui) lists @keyval with @modifiers. */
gboolean
og_test_shortcuts_window_lists (guint           keyval,
                                GdkModifierType modifiers)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/org/example/OutreachGuard/gtk/help-overlay.ui");
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
  GtkWindow *overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  gboolean listed = FALSE;

  for (GSList *l = objects; l != NULL && !listed; l = l->next)
    if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
      {
        g_autofree char *accelerators = NULL;
        g_auto(GStrv) each = NULL;

        g_object_get (l->data, "accelerator", &accelerators, NULL);
        each = g_strsplit (accelerators != NULL ? accelerators : "", " ", -1);
        for (guint i = 0; each[i] != NULL && !listed; i++)
          {
            guint key = 0;
            GdkModifierType mods = 0;

            listed = gtk_accelerator_parse (each[i], &key, &mods) &&
                     gdk_keyval_to_lower (key) == gdk_keyval_to_lower (keyval) && mods == modifiers;
          }
      }
  g_clear_pointer (&objects, g_slist_free);
  gtk_window_destroy (overlay);
  return listed;
}

/* Each key binding to an action that a widget of ours under @widget declares
 * (its class shortcuts, which every instance carries in a shortcut controller). */
static void
collect_our_shortcuts (GtkWidget *widget,
                       GArray    *found)
{
  if (g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Og"))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

          if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
            continue;
          for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
            {
              g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
              GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

              /* Ours name an action; GTK's own (focus moves, the inspector) emit signals. */
              if (GTK_IS_KEYVAL_TRIGGER (trigger) && GTK_IS_NAMED_ACTION (gtk_shortcut_get_action (shortcut)))
                {
                  guint pair[2] = { gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                                    gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) };

                  g_array_append_vals (found, pair, 2);
                }
            }
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_our_shortcuts (child, found);
}

guint
og_test_assert_shortcuts_listed (GtkWidget *widget)
{
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (guint));

  collect_our_shortcuts (widget, found);
  for (guint i = 0; i < found->len; i += 2)
    {
      guint keyval = g_array_index (found, guint, i);
      GdkModifierType modifiers = g_array_index (found, guint, i + 1);
      g_autofree char *name = gtk_accelerator_name (keyval, modifiers);

      if (!og_test_shortcuts_window_lists (keyval, modifiers))
        g_error ("%s, a key binding of a widget under %s, is not in the shortcuts window", name,
                 G_OBJECT_TYPE_NAME (widget));
    }
  return found->len / 2;
}
