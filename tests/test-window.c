/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The first window, for real under Xvfb: it opens the sample and shows its rows. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "og-contact.h"
#include "og-application.h"
#include "og-bar-chart.h"
#include "og-contacts-view.h"
#include "og-insights-page.h"
#include "og-importer.h"
#include "og-report.h"
#include "og-test-gui.h"
#include "og-window.h"

static void
test_window_starts_on_the_empty_state (void)
{
  OgWindow *window = og_window_new (NULL);
  GtkWidget *status;

  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);

  status = og_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (status);
  g_assert_true (gtk_widget_get_mapped (status));
  g_assert_null (og_window_get_dataset (window));
  g_assert_true (og_test_tree_has_label (GTK_WIDGET (window), "Explore the _Sample") ||
                 og_test_tree_has_label (GTK_WIDGET (window), "Explore the Sample"));
  og_test_save_screenshot (GTK_WIDGET (window), "empty-state.png");

  og_test_destroy_and_assert_finalized (window);
}

static void
test_window_opens_the_sample_and_lists_its_connections (void)
{
  g_autofree char *sample = og_test_sample_dir ();
  const char *paths[] = { sample, NULL };
  OgWindow *window = og_window_new (NULL);
  GListModel *contacts;
  GtkWidget *view;
  OgDataset *dataset;
  g_autoptr(OgContact) first = NULL;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  og_window_open_paths (window, paths);
  og_test_wait_for_import (window);

  dataset = og_window_get_dataset (window);
  g_assert_nonnull (dataset);
  g_assert_cmpuint (og_dataset_get_n_connections (dataset), >=, 200);

  contacts = og_window_get_contacts (window);
  g_assert_nonnull (contacts);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, og_dataset_get_n_connections (dataset));

  view = og_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW);
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_get_mapped (view));

  /* Once the audit has landed, whoever the list shows first is on screen, as a
   * row of the view. */
  og_test_wait_for_audit (window);
  first = g_list_model_get_item (og_contacts_view_get_shown (og_test_contacts_view_of (window)), 0);
  g_assert_nonnull (first);
  g_assert_true (og_test_tree_has_label (view, og_contact_get_name (first)));
  og_test_save_screenshot (GTK_WIDGET (window), "connections.png");

  g_clear_object (&first);
  og_test_destroy_and_assert_finalized (window);
}

static void
test_window_reports_a_broken_export_and_keeps_the_empty_state (void)
{
  g_autofree char *dir = g_dir_make_tmp ("og-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Connections.csv", NULL);
  const char *paths[] = { path, NULL };
  OgWindow *window = og_window_new (NULL);
  gint64 deadline;
  GtkWidget *status;
  GtkWindow *dialog = NULL;
  guint wake;

  g_assert_true (g_file_set_contents (path, "\x89PNG\r\n\x1a\n\x00\x00garbage", 16, NULL));

  gtk_window_present (GTK_WINDOW (window));
  og_window_open_paths (window, paths);

  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  wake = g_timeout_add (100, og_test_wake_cb, NULL);
  while (dialog == NULL && g_get_monotonic_time () < deadline)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      g_main_context_iteration (NULL, TRUE);
      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

          if (ADW_IS_MESSAGE_DIALOG (toplevel))
            {
              const char *body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (toplevel));

              g_assert_nonnull (strstr (body, "Connections.csv"));
              dialog = GTK_WINDOW (toplevel);
              break;
            }
        }
    }

  g_source_remove (wake);
  g_assert_nonnull (dialog);
  og_test_destroy_and_assert_finalized (dialog);
  g_assert_null (og_window_get_dataset (window));
  status = og_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE);
  g_assert_true (gtk_widget_get_mapped (status));

  og_test_destroy_and_assert_finalized (window);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_window_cancels_an_import_and_returns_to_the_empty_state (void)
{
  g_autofree char *sample = og_test_sample_dir ();
  const char *paths[] = { sample, NULL };
  OgWindow *window = og_window_new (NULL);
  GtkWidget *status;
  guint wake = g_timeout_add (50, og_test_wake_cb, NULL);

  gtk_window_present (GTK_WINDOW (window));
  og_window_open_paths (window, paths);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-import", NULL));

  status = og_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE);
  for (guint i = 0; i < 40 && !gtk_widget_get_mapped (status); i++)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);

  g_assert_true (gtk_widget_get_mapped (status));
  g_assert_null (og_window_get_dataset (window));
  /* Cancelling is not an error: no dialog. */
  for (guint i = 0; i < g_list_model_get_n_items (gtk_window_get_toplevels ()); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (gtk_window_get_toplevels (), i);

      g_assert_false (ADW_IS_MESSAGE_DIALOG (toplevel));
    }

  og_test_destroy_and_assert_finalized (window);
}

static void
test_window_opens_on_the_last_workspace_without_reading_files (void)
{
  g_autofree char *dir = NULL;
  OgWorkspace *workspace = og_test_temporary_workspace (&dir);
  g_autofree char *sample = og_test_sample_dir ();
  const char *sources[] = { sample, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) read = og_import (sources, NULL, NULL, NULL, &error);
  OgWindow *window;

  g_assert_no_error (error);
  g_assert_true (og_workspace_import (workspace, read, sample, NULL, NULL, &error));

  /* What the window shows comes from the database: nothing is opened. */
  window = og_window_new (NULL);
  og_window_set_workspace (window, workspace);
  gtk_window_present (GTK_WINDOW (window));
  og_test_wait_for_import (window);

  g_assert_nonnull (og_window_get_dataset (window));
  g_assert_true (og_window_get_dataset (window) != read);
  g_assert_cmpuint (og_dataset_get_n_connections (og_window_get_dataset (window)), ==, 300);
  g_assert_cmpuint (g_list_model_get_n_items (og_window_get_contacts (window)), ==, 300);

  og_test_destroy_and_assert_finalized (window);
  og_test_unref_and_assert_finalized (workspace);
  og_test_remove_workspace_dir (dir);
}

static void
test_window_merges_an_import_into_the_workspace (void)
{
  g_autofree char *dir = NULL;
  OgWorkspace *workspace = og_test_temporary_workspace (&dir);
  g_autofree char *sample = og_test_sample_dir ();
  const char *paths[] = { sample, NULL };
  OgWindow *window = og_window_new (NULL);

  og_window_set_workspace (window, workspace);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (og_workspace_is_empty (workspace, NULL));

  og_window_open_paths (window, paths);
  og_test_wait_for_import (window);

  g_assert_false (og_workspace_is_empty (workspace, NULL));
  g_assert_cmpuint (og_dataset_get_n_connections (og_window_get_dataset (window)), ==, 300);
  og_test_destroy_and_assert_finalized (window);

  /* A second window, as after a restart, shows the same without reading the sample. */
  window = og_window_new (NULL);
  og_window_set_workspace (window, workspace);
  gtk_window_present (GTK_WINDOW (window));
  og_test_wait_for_import (window);
  g_assert_cmpuint (og_dataset_get_n_connections (og_window_get_dataset (window)), ==, 300);

  og_test_destroy_and_assert_finalized (window);
  og_test_unref_and_assert_finalized (workspace);
  og_test_remove_workspace_dir (dir);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  return (AdwMessageDialog *)og_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

static void
test_window_deletes_all_data_after_confirmation (void)
{
  g_autofree char *dir = NULL;
  OgWorkspace *workspace = og_test_temporary_workspace (&dir);
  g_autofree char *db = g_build_filename (dir, "workspace.db", NULL);
  g_autofree char *sample = og_test_sample_dir ();
  const char *paths[] = { sample, NULL };
  OgWindow *window = og_window_new (NULL);
  AdwMessageDialog *dialog;
  gint64 deadline;

  og_window_set_workspace (window, workspace);
  gtk_window_present (GTK_WINDOW (window));
  og_window_open_paths (window, paths);
  og_test_wait_for_import (window);

  /* Cancel keeps everything. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-data", NULL));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "cancel");
  og_test_destroy_and_assert_finalized (dialog);
  g_assert_false (og_workspace_is_empty (workspace, NULL));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-data", NULL));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "delete");
  og_test_destroy_and_assert_finalized (dialog);

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (og_window_get_workspace (window) == workspace && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  /* A new, empty workspace stands in the old one's place; the window is empty again. */
  g_assert_true (og_window_get_workspace (window) != workspace);
  g_assert_true (og_workspace_is_empty (og_window_get_workspace (window), NULL));
  g_assert_null (og_window_get_dataset (window));
  g_assert_true (g_file_test (db, G_FILE_TEST_EXISTS));

  og_test_destroy_and_assert_finalized (window);
  og_test_unref_and_assert_finalized (workspace);
  og_test_remove_workspace_dir (dir);
}

/* A window that imported the sample and finished auditing it. */
static OgWindow *
window_with_audited_sample (void)
{
  g_autofree char *sample = og_test_sample_dir ();
  const char *paths[] = { sample, NULL };
  OgWindow *window = og_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  og_window_open_paths (window, paths);
  og_test_wait_for_import (window);
  og_test_wait_for_audit (window);
  return window;
}

static guint
count_flagged (GListModel *contacts,
               OgFlags     flags)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(OgContact) contact = g_list_model_get_item (contacts, i);

      n += (og_contact_get_flags (contact) & flags) != 0;
    }
  return n;
}

static void
test_window_lands_on_the_fastest_pitches_with_a_count_per_view (void)
{
  OgWindow *window = window_with_audited_sample ();
  OgContactsView *view;
  GListModel *shown;
  GListModel *all;
  double previous = -1.0;

  view = og_test_contacts_view_of (window);
  shown = og_contacts_view_get_shown (view);
  all = og_contacts_view_get_all (view);

  /* The keyboard is in the list, not left on the header bar by the page that went. */
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

    g_assert_nonnull (focus);
    g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_COLUMN_VIEW));
  }

  /* Every count matches the audit's own flags, and the landing view shows its count. */
  g_assert_cmpuint (og_contacts_view_count (view, "all"), ==, 300);
  g_assert_cmpuint (og_contacts_view_count (view, "fast"), ==,
                    count_flagged (all, OG_FLAG_FAST_PITCH | OG_FLAG_POSSIBLY_FAST_PITCH));
  g_assert_cmpuint (og_contacts_view_count (view, "first"), ==, count_flagged (all, OG_FLAG_PITCH_FIRST));
  g_assert_cmpuint (og_contacts_view_count (view, "persistent"), ==, count_flagged (all, OG_FLAG_PERSISTENT));
  g_assert_cmpuint (og_contacts_view_count (view, "opt-out"), ==, count_flagged (all, OG_FLAG_IGNORED_OPT_OUT));
  g_assert_cmpuint (og_contacts_view_count (view, "scripts"), ==, count_flagged (all, OG_FLAG_TEMPLATE));
  g_assert_cmpuint (og_contacts_view_count (view, "fast"), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, og_contacts_view_count (view, "fast"));

  /* Fastest first: by the latest moment each pitch could have come. */
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(OgContact) contact = g_list_model_get_item (shown, i);

      g_assert_cmpfloat (og_contact_get_minutes (contact), >=, previous);
      previous = og_contact_get_minutes (contact);
    }
  og_test_save_screenshot (GTK_WIDGET (window), "pitched-within-minutes.png");

  /* Every other view lists as many people as its count says. */
  {
    const char * const views[][2] = {
      { "first", "pitch-first.png" }, { "persistent", "persistent-follow-ups.png" },
      { "opt-out", "ignored-opt-outs.png" }, { "scripts", "shared-scripts.png" },
      { "all", "all-connections.png" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (views); i++)
      {
        og_contacts_view_select_view (view, views[i][0]);
        g_assert_cmpuint (g_list_model_get_n_items (shown), ==, og_contacts_view_count (view, views[i][0]));
        og_test_save_screenshot (GTK_WIDGET (window), views[i][1]);
      }
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 300);
  }

  og_test_destroy_and_assert_finalized (window);
}

static void
test_window_searches_the_view_as_you_type (void)
{
  OgWindow *window = window_with_audited_sample ();
  OgContactsView *view;
  GListModel *shown;
  GtkSearchBar *bar;

  view = og_test_contacts_view_of (window);
  shown = og_contacts_view_get_shown (view);
  og_contacts_view_select_view (view, "all");

  /* Ctrl+F opens the search bar. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  bar = GTK_SEARCH_BAR (og_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_SEARCH_BAR));
  g_assert_true (gtk_search_bar_get_search_mode (bar));

  /* Case and accents as typed: the sample has an Élodie Leclerc. */
  og_contacts_view_set_search (view, "élodie");
  g_assert_cmpuint (g_list_model_get_n_items (shown), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(OgContact) contact = g_list_model_get_item (shown, i);
      g_autofree char *name = g_utf8_casefold (og_contact_get_name (contact), -1);
      g_autofree char *company = g_utf8_casefold (og_contact_get_company (contact), -1);

      g_assert_true (strstr (name, "élodie") != NULL || strstr (company, "élodie") != NULL);
    }

  og_contacts_view_set_search (view, "no such person anywhere");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  g_assert_true (og_test_tree_has_label (GTK_WIDGET (window), "No Results"));

  og_contacts_view_set_search (view, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 300);

  og_test_destroy_and_assert_finalized (window);
}

static const OgContactAudit *
figures_of (OgWindow   *window,
            const char *slug)
{
  GListModel *all = og_contacts_view_get_all (og_test_contacts_view_of (window));
  g_autofree char *key = g_strconcat ("linkedin.com/in/", slug, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(OgContact) contact = g_list_model_get_item (all, i);

      if (g_strcmp0 (og_contact_get_person (contact)->key, key) == 0)
        return og_contact_get_figures (contact);
    }
  return NULL;
}

/* Waits until the audit on show is a different one from @before. */
static void
wait_for_new_audit (OgWindow             *window,
                    const char           *slug,
                    const OgContactAudit *before)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  guint wake = g_timeout_add (50, og_test_wake_cb, NULL);

  while (figures_of (window, slug) == before && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  g_assert_true (figures_of (window, slug) != before);
}

static void
test_window_contact_page_explains_and_corrections_update_the_figures (void)
{
  g_autofree char *dir = NULL;
  OgWorkspace *workspace = og_test_temporary_workspace (&dir);
  g_autofree char *sample = og_test_sample_dir ();
  const char *paths[] = { sample, NULL };
  /* Her invitation note is a one-message pitch, delivered as you accepted. */
  const char *slug = "alejandro-montes-de-oca-3873";
  OgWindow *window;
  const OgContactAudit *figures;
  g_autoptr(GPtrArray) sentences = NULL;
  g_autoptr(OgContact) contact = NULL;
  GListModel *all;

  window = og_test_window_on (workspace, paths);

  figures = figures_of (window, slug);
  g_assert_nonnull (figures);
  g_assert_true (figures->flags & OG_FLAG_FAST_PITCH);

  /* The page says why, in the sentence the report uses. */
  all = og_contacts_view_get_all (og_test_contacts_view_of (window));
  for (guint i = 0; i < g_list_model_get_n_items (all) && contact == NULL; i++)
    {
      g_autoptr(OgContact) candidate = g_list_model_get_item (all, i);

      if (og_contact_get_figures (candidate) == figures)
        contact = g_steal_pointer (&candidate);
    }
  og_contacts_view_show_contact (og_test_contacts_view_of (window), contact);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  sentences = og_report_explain_contact (og_contact_get_audit (contact), figures);
  g_assert_cmpuint (sentences->len, >, 0);
  g_assert_true (og_test_tree_has_label (GTK_WIDGET (window), g_ptr_array_index (sentences, 0)));
  g_assert_true (og_test_tree_has_label (GTK_WIDGET (window), "_Not a Pitch") ||
                 og_test_tree_has_label (GTK_WIDGET (window), "Not a Pitch"));
  og_test_save_screenshot (GTK_WIDGET (window), "contact-page.png");

  /* "Not a pitch" on the note, pressed from the keyboard: stored, learned,
   * and the flags go at once. */
  {
    GtkWidget *correct = og_test_find_button (GTK_WIDGET (window), "_Not a Pitch");
    GtkWidget *focus;

    g_assert_nonnull (correct);
    g_assert_true (gtk_widget_grab_focus (correct));
    g_assert_true (gtk_widget_activate (correct));
    wait_for_new_audit (window, slug, figures);
    figures = figures_of (window, slug);
    g_assert_cmpuint (figures->pitches, ==, 0);
    g_assert_false (figures->flags & OG_FLAG_FAST_PITCH);

    /* The rebuilt conversation keeps the keyboard on that message's button. */
    for (guint i = 0; i < 20; i++)
      g_main_context_iteration (NULL, FALSE);
    focus = gtk_root_get_focus (GTK_ROOT (window));
    g_assert_true (GTK_IS_BUTTON (focus));
    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (focus)), ==, "_Is a Pitch");
  }

  /* Undo brings the pitch back: the classifier relearns from the workspace. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  wait_for_new_audit (window, slug, figures);
  figures = figures_of (window, slug);
  g_assert_true (figures->flags & OG_FLAG_FAST_PITCH);

  /* Keep: the figures stay, the flags go; and the queue counts what is queued. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.decide", "(ss)",
                                             "linkedin.com/in/alejandro-montes-de-oca-3873", "keep"));
  wait_for_new_audit (window, slug, figures);
  figures = figures_of (window, slug);
  g_assert_true (figures->kept);
  g_assert_cmpuint (figures->flags, ==, OG_FLAG_NONE);
  g_assert_cmpuint (figures->pitches, ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.decide", "(ss)",
                                             "linkedin.com/in/zoë-walsh", "queued"));
  wait_for_new_audit (window, slug, figures);
  {
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (og_contacts_view_count (og_test_contacts_view_of (window), "queue") == 0 && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
  }
  g_assert_cmpuint (og_contacts_view_count (og_test_contacts_view_of (window), "queue"), ==, 1);
  g_assert_cmpint (og_workspace_get_decision (workspace, "linkedin.com/in/zoë-walsh", NULL), ==,
                   OG_DECISION_QUEUED);

  /* A contact holds its dataset. */
  g_clear_object (&contact);
  og_test_destroy_and_assert_finalized (window);
  og_test_unref_and_assert_finalized (workspace);
  og_test_remove_workspace_dir (dir);
}

static void
wait_for_queue (OgContactsView *view,
                guint           n)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  guint wake = g_timeout_add (50, og_test_wake_cb, NULL);

  while (og_contacts_view_count (view, "queue") != n && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  g_assert_cmpuint (og_contacts_view_count (view, "queue"), ==, n);
}

static void
test_window_works_the_removal_queue_by_hand (void)
{
  g_autofree char *dir = NULL;
  OgWorkspace *workspace = og_test_temporary_workspace (&dir);
  g_autofree char *sample = og_test_sample_dir ();
  const char *paths[] = { sample, NULL };
  OgWindow *window;
  OgContactsView *view;
  GtkWidget *bar;
  g_autoptr(GHashTable) decisions = NULL;
  g_autoptr(OgContact) first = NULL;
  const char *kept_key;

  window = og_test_window_on (workspace, paths);
  view = og_test_contacts_view_of (window);
  bar = og_test_find_descendant (GTK_WIDGET (view), GTK_TYPE_ACTION_BAR);
  g_assert_nonnull (bar);

  /* Select three pitch-first contacts and queue them together. */
  og_contacts_view_select_view (view, "first");
  g_assert_false (gtk_action_bar_get_revealed (GTK_ACTION_BAR (bar)));
  gtk_selection_model_select_range (og_contacts_view_get_selection (view), 0, 3, TRUE);
  g_assert_true (gtk_action_bar_get_revealed (GTK_ACTION_BAR (bar)));
  g_assert_true (og_test_tree_has_label (bar, "3 selected"));
  gtk_widget_activate (og_test_find_button (bar, "_Queue for Removal"));
  wait_for_queue (view, 3);

  /* Work the queue: the first one is removed by hand, then marked. */
  og_contacts_view_select_view (view, "queue");
  g_assert_cmpuint (g_list_model_get_n_items (og_contacts_view_get_shown (view)), ==, 3);
  g_assert_true (og_test_tree_has_label (bar, "3 to remove · 0 removed"));
  og_test_save_screenshot (GTK_WIDGET (window), "removal-queue.png");
  first = g_list_model_get_item (og_contacts_view_get_shown (view), 0);
  gtk_widget_activate (og_test_find_button (bar, "_Mark Removed"));
  wait_for_queue (view, 2);
  g_assert_cmpint (og_workspace_get_decision (workspace, og_contact_get_person (first)->key, NULL), ==,
                   OG_DECISION_REMOVED);
  {
    gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    while (!og_test_tree_has_label (bar, "2 to remove · 1 removed") && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
  }
  g_assert_true (og_test_tree_has_label (bar, "2 to remove · 1 removed"));
  g_assert_cmpuint (og_contacts_view_count (view, "removed"), ==, 1);

  /* Their page logs when: "Removed on …". */
  og_contacts_view_show_contact (view, first);
  {
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
    guint wake = g_timeout_add (20, og_test_wake_cb, NULL);

    while (!og_test_tree_has_label_starting (GTK_WIDGET (window), "Removed on ") && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
    g_source_remove (wake);
  }
  g_assert_true (og_test_tree_has_label_starting (GTK_WIDGET (window), "Removed on "));
  gtk_widget_activate_action (GTK_WIDGET (view), "contacts.back", NULL);

  /* The removed form the list to invite again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.decide", "(ss)",
                                             og_contact_get_person (first)->key, "reinvite"));
  {
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
    guint wake = g_timeout_add (20, og_test_wake_cb, NULL);

    while (og_contacts_view_count (view, "reinvite") != 1 && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
    g_source_remove (wake);
  }
  g_assert_cmpuint (og_contacts_view_count (view, "reinvite"), ==, 1);
  g_assert_cmpuint (og_contacts_view_count (view, "removed"), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  wait_for_queue (view, 2);

  /* Undo puts them back in the queue. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  wait_for_queue (view, 3);

  /* A kept person is never queued without asking; cancelling keeps them out. */
  og_contacts_view_select_view (view, "all");
  {
    g_autoptr(OgContact) someone = g_list_model_get_item (og_contacts_view_get_shown (view), 5);

    kept_key = g_intern_string (og_contact_get_person (someone)->key);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.decide", "(ss)", kept_key, "keep"));
  {
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    guint wake = g_timeout_add (20, og_test_wake_cb, NULL);

    while (og_workspace_get_decision (workspace, kept_key, NULL) != OG_DECISION_KEEP && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
    /* and while the window audits again and reads the decisions back */
    deadline = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;
    while (g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
    g_source_remove (wake);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.decide-many", "(^ass)",
                                             (const char *[]) { kept_key, NULL }, "queued"));
  {
    AdwMessageDialog *dialog = NULL;
    gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    while ((dialog = find_message_dialog ()) == NULL && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
    g_assert_nonnull (dialog);
    adw_message_dialog_response (dialog, "cancel");
    og_test_destroy_and_assert_finalized (dialog);
  }
  decisions = og_workspace_list_decisions (workspace, NULL);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (decisions, kept_key)), ==, OG_DECISION_KEEP);

  g_clear_object (&first);
  og_test_destroy_and_assert_finalized (window);
  og_test_unref_and_assert_finalized (workspace);
  og_test_remove_workspace_dir (dir);
}

static guint
total_pitches (OgWindow *window)
{
  GListModel *all = og_contacts_view_get_all (og_test_contacts_view_of (window));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(OgContact) contact = g_list_model_get_item (all, i);

      n += og_contact_get_figures (contact) != NULL ? og_contact_get_figures (contact)->pitches : 0;
    }
  return n;
}

static void
test_window_preferences_change_the_figures_at_once (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  OgWindow *window = window_with_audited_sample ();
  const char *slug = "alejandro-montes-de-oca-3873";
  const OgContactAudit *figures = figures_of (window, slug);
  guint balanced = total_pitches (window);
  guint with_recruiting;
  GtkWindow *preferences = NULL;
  GListModel *toplevels;

  g_settings_set_boolean (settings, "recruiting-is-pitch", TRUE);
  wait_for_new_audit (window, slug, figures);
  figures = figures_of (window, slug);
  with_recruiting = total_pitches (window);
  g_assert_cmpuint (with_recruiting, >, balanced);

  g_settings_set_string (settings, "classifier-sensitivity", "strict");
  wait_for_new_audit (window, slug, figures);
  g_assert_cmpuint (total_pitches (window), <, with_recruiting);

  g_settings_reset (settings, "recruiting-is-pitch");
  g_settings_reset (settings, "classifier-sensitivity");

  /* Ctrl+, opens them, and they say where the data lives. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL));
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && preferences == NULL; i++)
    {
      g_autoptr(GtkWindow) candidate = g_list_model_get_item (toplevels, i);

      if (ADW_IS_PREFERENCES_WINDOW (candidate))
        preferences = candidate;
    }
  g_assert_nonnull (preferences);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (og_test_tree_has_label (GTK_WIDGET (preferences), "Count _Recruiting Messages as Pitches") ||
                 og_test_tree_has_label (GTK_WIDGET (preferences), "Count Recruiting Messages as Pitches"));
  og_test_save_screenshot (GTK_WIDGET (preferences), "preferences.png");
  og_test_destroy_and_assert_finalized (preferences);

  og_test_destroy_and_assert_finalized (window);
}

static void
test_window_folds_to_one_pane_on_a_narrow_screen (void)
{
  OgWindow *window = window_with_audited_sample ();
  AdwLeaflet *leaflet = ADW_LEAFLET (og_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_LEAFLET));
  gint64 deadline;
  guint wake;

  g_assert_false (adw_leaflet_get_folded (leaflet));
  gtk_window_unmaximize (GTK_WINDOW (window));
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  wake = g_timeout_add (20, og_test_wake_cb, NULL);
  while (!adw_leaflet_get_folded (leaflet) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);

  /* One pane at a time: the list, and the sidebar one step back. */
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);
  og_test_save_screenshot (GTK_WIDGET (window), "narrow.png");

  /* Choosing a view shows its list, with a way back to the views. */
  {
    g_autoptr(OgContact) first = g_list_model_get_item (og_contacts_view_get_shown (og_test_contacts_view_of (window)), 0);

    og_contacts_view_show_contact (og_test_contacts_view_of (window), first);
  }
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (og_test_tree_has_label (GTK_WIDGET (window), "_Views") || og_test_tree_has_label (GTK_WIDGET (window), "Views"));

  og_test_destroy_and_assert_finalized (window);
}

static void
test_window_insights_chart_the_audit_and_read_as_text (void)
{
  OgWindow *window = window_with_audited_sample ();
  OgContactsView *view = og_test_contacts_view_of (window);
  GtkWidget *page;
  GtkWidget *chart;

  og_contacts_view_select_view (view, "insights");
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);

  page = og_test_find_descendant (GTK_WIDGET (window), OG_TYPE_INSIGHTS_PAGE);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_true (og_test_tree_has_label (page, "How Soon the First Pitch Came"));
  chart = og_test_find_descendant (page, OG_TYPE_BAR_CHART);
  g_assert_nonnull (chart);
  /* Seven buckets, from under five minutes to over a week. */
  g_assert_cmpuint (og_bar_chart_get_n_bars (OG_BAR_CHART (chart)), ==, 7);
  og_test_save_screenshot (GTK_WIDGET (window), "insights.png");

  og_test_destroy_and_assert_finalized (window);
}

static void
test_window_filters_a_large_network_in_steps (void)
{
  g_autofree char *dir = g_dir_make_tmp ("og-large-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Connections.csv", NULL);
  g_autoptr(GString) csv = g_string_new ("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
  g_autoptr(GError) error = NULL;
  OgDataset *dataset;
  GtkWidget *window = gtk_window_new ();
  OgContactsView *view = OG_CONTACTS_VIEW (og_contacts_view_new ());
  GListModel *shown = og_contacts_view_get_shown (view);
  const guint n = 8000;
  guint expected = 0;

  /* A network past the size where a keystroke would stall the window. */
  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (csv, "Ann%u,Lind,https://www.linkedin.com/in/ann-%u,,%s,Engineer,01 Feb 2025\n",
                              i, i, i % 7 == 0 ? "Quillfield" : "Brightquay");
      expected += i % 7 == 0;
    }
  g_assert_true (g_file_set_contents (path, csv->str, csv->len, NULL));
  dataset = og_import ((const char *[]) { path, NULL }, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  og_contacts_view_set_dataset (view, dataset);
  while (og_contacts_view_is_filtering (view))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n);

  /* The search returns at once and the list fills in between frames. */
  og_contacts_view_set_search (view, "quillfield");
  g_assert_true (og_contacts_view_is_filtering (view));
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, expected);
  while (og_contacts_view_is_filtering (view))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, expected);

  og_test_destroy_and_assert_finalized (window);
  g_assert_finalize_object (dataset);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_window_charts_follow_the_dark_style (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  OgWindow *window;
  GtkWidget *chart;
  GdkRGBA text;

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  window = window_with_audited_sample ();
  og_contacts_view_select_view (og_test_contacts_view_of (window), "insights");
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);

  g_assert_true (adw_style_manager_get_dark (style));
  chart = og_test_find_descendant (GTK_WIDGET (window), OG_TYPE_BAR_CHART);
  g_assert_nonnull (chart);
  /* The chart writes in the theme's colour: light on the dark background. */
  gtk_style_context_get_color (gtk_widget_get_style_context (chart), &text);
  g_assert_cmpfloat (0.2126 * text.red + 0.7152 * text.green + 0.0722 * text.blue, >, 0.6);
  og_test_save_screenshot (GTK_WIDGET (window), "insights-dark.png");

  og_test_destroy_and_assert_finalized (window);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_window_shortcuts_window_loads_with_valid_keys (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/org/example/OutreachGuard/gtk/help-overlay.ui");
  GObject *overlay = gtk_builder_get_object (builder, "help_overlay");
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
  guint shortcuts = 0;

  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  for (GSList *l = objects; l != NULL; l = l->next)
    if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
      {
        g_autofree char *accelerator = NULL;
        guint key = 0;
        GdkModifierType modifiers = 0;

        g_object_get (l->data, "accelerator", &accelerator, NULL);
        g_assert_true (gtk_accelerator_parse (accelerator, &key, &modifiers));
        g_assert_cmpuint (key, !=, 0);
        shortcuts++;
      }
  g_assert_cmpuint (shortcuts, >=, 8);
  /* The builder holds what it built. */
  g_clear_pointer (&objects, g_slist_free);
  g_clear_object (&builder);
  og_test_destroy_and_assert_finalized (overlay);
}

static void
test_window_shortcuts_window_lists_every_shortcut (void)
{
  g_autofree char *dir = NULL;
  OgWorkspace *workspace = og_test_temporary_workspace (&dir);
  g_autofree char *sample = og_test_sample_dir ();
  const char *paths[] = { sample, NULL };
  /* Its own id: the real app may run beside this test on the same bus. */
  g_autoptr(OgApplication) application = g_object_new (OG_TYPE_APPLICATION,
                                                       "application-id", "org.example.OutreachGuard.ShortcutsTest",
                                                       "flags", G_APPLICATION_NON_UNIQUE, NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) actions = NULL;
  g_auto(GStrv) help = NULL;
  g_autoptr(OgContact) contact = NULL;
  OgContactsView *view;
  OgWindow *window;
  guint accelerators = 0;

  /* The application's accelerators, set at startup. */
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);
  actions = gtk_application_list_action_descriptions (GTK_APPLICATION (application));
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (application), actions[i]);

      for (guint j = 0; accels[j] != NULL; j++)
        {
          guint key = 0;
          GdkModifierType modifiers = 0;

          g_assert_true (gtk_accelerator_parse (accels[j], &key, &modifiers));
          if (!og_test_shortcuts_window_lists (key, modifiers))
            g_error ("%s (%s) is not in the shortcuts window", accels[j], actions[i]);
          accelerators++;
        }
    }
  g_assert_cmpuint (accelerators, >=, 4);
  help = gtk_application_get_accels_for_action (GTK_APPLICATION (application), "app.help");
  g_assert_cmpstrv (help, ((const char * const[]) { "F1", NULL }));

  /* The key bindings of the window, the list and a contact's page. */
  window = og_test_window_on (workspace, paths);
  view = og_test_contacts_view_of (window);
  contact = g_list_model_get_item (og_contacts_view_get_shown (view), 0);
  g_assert_nonnull (contact);
  og_contacts_view_show_contact (view, contact);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (og_test_assert_shortcuts_listed (GTK_WIDGET (window)), >=, 4);
  g_clear_object (&contact);

  og_test_destroy_and_assert_finalized (window);
  og_test_unref_and_assert_finalized (workspace);
  og_test_remove_workspace_dir (dir);
}

/* F1 asks the desktop to show help:org.example.OutreachGuard; with no help
 * viewer installed, as here, the window says so instead of failing quietly. */
static void
test_window_help_says_when_no_viewer_can_show_the_guide (void)
{
  g_autoptr(OgApplication) application = g_object_new (OG_TYPE_APPLICATION,
                                                       "application-id", "org.example.OutreachGuard.HelpTest",
                                                       "flags", G_APPLICATION_NON_UNIQUE, NULL);
  g_autoptr(GAppInfo) viewer = g_app_info_get_default_for_uri_scheme ("help");
  g_autoptr(GError) error = NULL;
  OgWindow *window;
  GtkWindow *dialog = NULL;
  gint64 deadline;

  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (application), "help"));
  if (viewer != NULL)
    {
      g_test_skip ("a help viewer is installed here; the guide would really open");
      return;
    }

  /* A window of the application's own, so the action finds it and opens no workspace. */
  window = og_window_new (application);
  gtk_window_present (GTK_WINDOW (window));
  g_action_group_activate_action (G_ACTION_GROUP (application), "help", NULL);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while ((dialog = og_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "The User Guide Could Not Be Opened");
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  og_test_destroy_and_assert_finalized (dialog);
  og_test_destroy_and_assert_finalized (window);
}

static void
test_window_about_says_what_the_metainfo_says (void)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data ("/org/example/OutreachGuard/metainfo.xml", 0, NULL);
  g_autofree char *metainfo = NULL;
  AdwAboutWindow *about = og_application_new_about_window ();
  g_autofree char *name = NULL;
  g_autofree char *homepage = NULL;
  g_autofree char *bugtracker = NULL;
  g_autofree char *release = NULL;

  g_assert_nonnull (bytes);
  metainfo = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  name = g_strdup_printf ("<name>%s</name>", adw_about_window_get_application_name (about));
  homepage = g_strdup_printf ("<url type=\"homepage\">%s</url>", adw_about_window_get_website (about));
  bugtracker = g_strdup_printf ("<url type=\"bugtracker\">%s</url>", adw_about_window_get_issue_url (about));
  release = g_strdup_printf ("<release version=\"%s\"", adw_about_window_get_version (about));

  g_assert_nonnull (strstr (metainfo, name));
  g_assert_nonnull (strstr (metainfo, homepage));
  g_assert_nonnull (strstr (metainfo, bugtracker));
  g_assert_nonnull (strstr (metainfo, release));
  g_assert_cmpstr (adw_about_window_get_application_icon (about), ==, "org.example.OutreachGuard");
  og_test_destroy_and_assert_finalized (about);
}

/* ---- what comes from a file is data ---------------------------------------------------- */

/* Names, a company, a position and a message that Pango would parse: valid
 * markup, which would lose its tags, and broken markup, which would warn
 * (and a warning fails a test). */
#define HOSTILE_OWNER    "Petra <i>Vinter</i>"
#define HOSTILE_FIRST    "Ola <b>Nord</b>"
#define HOSTILE_LAST     "& Sons"
#define HOSTILE_NAME     HOSTILE_FIRST " " HOSTILE_LAST
#define HOSTILE_COMPANY  "<span foreground='red'>Nordvik</span> Freight"
#define HOSTILE_POSITION "Head of <u>Sales</u> &amp; more"
#define HOSTILE_MESSAGE  "Tom & Jerry say <hi> to your team. We cut freight costs by a third: open to a quick call next week?"

static void
write_export_file (const char *dir,
                   const char *name,
                   const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

static void
remove_export_file (const char *dir,
                    const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_unlink (path);
}

static void
test_window_shows_text_from_a_file_as_text_never_as_markup (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(OgWorkspace) workspace = og_test_temporary_workspace (&dir);
  g_autofree char *export = g_build_filename (dir, "export", NULL);
  const char *paths[] = { export, NULL };
  OgWindow *window;
  g_autoptr(OgContact) ola = NULL;
  GListModel *contacts;
  OgPerson *person;

  g_assert_cmpint (g_mkdir (export, 0700), ==, 0);
  write_export_file (export, "Profile.csv",
                     "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
                     "Geo Location,Twitter Handles,Websites,Instant Messengers\n"
                     "Petra,<i>Vinter</i>,,,,Head of Logistics,,,,,,,\n");
  write_export_file (export, "Connections.csv",
                     "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                     "\"" HOSTILE_FIRST "\",\"" HOSTILE_LAST "\",https://www.linkedin.com/in/ola-nord,,"
                     "\"" HOSTILE_COMPANY "\",\"" HOSTILE_POSITION "\",01 Feb 2025\n");
  write_export_file (export, "messages.csv",
                     "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,"
                     "SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n"
                     "2-o,,\"" HOSTILE_NAME "\",https://www.linkedin.com/in/ola-nord,\"" HOSTILE_OWNER "\","
                     "https://www.linkedin.com/in/petra-vinter,2025-02-01 09:05:00 UTC,,"
                     "\"" HOSTILE_MESSAGE "\",INBOX,false,false\n");

  window = og_test_window_on (workspace, paths);

  /* The owner's name in the title, the connection's in the list. */
  g_assert_true (og_test_tree_has_label (GTK_WIDGET (window), HOSTILE_OWNER));
  contacts = og_window_get_contacts (window);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 1);
  ola = g_list_model_get_item (contacts, 0);
  person = og_contact_get_person (ola);
  g_assert_cmpstr (person->name, ==, HOSTILE_NAME);
  g_assert_true (og_test_tree_has_label (GTK_WIDGET (window), HOSTILE_NAME));

  /* Their page: name, position, company and the message, each exactly as written. */
  og_contacts_view_show_contact (og_test_contacts_view_of (window), ola);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (og_test_tree_has_label (GTK_WIDGET (window), HOSTILE_POSITION));
  g_assert_true (og_test_tree_has_label (GTK_WIDGET (window), HOSTILE_COMPANY));
  g_assert_true (og_test_tree_has_label (GTK_WIDGET (window), HOSTILE_MESSAGE));

  g_clear_object (&ola);
  og_test_destroy_and_assert_finalized (window);
  og_test_unref_and_assert_finalized (g_steal_pointer (&workspace));
  remove_export_file (export, "Profile.csv");
  remove_export_file (export, "Connections.csv");
  remove_export_file (export, "messages.csv");
  g_rmdir (export);
  og_test_remove_workspace_dir (dir);
}

static void
test_window_opens_no_url_but_https_linkedin_pages (void)
{
  /* What a file could hold in a profile or message link. */
  const char *refused[] = {
    "http://www.linkedin.com/in/ola-nord",
    "https://evil.example/in/ola-nord",
    "https://www.linkedin.com.evil.example/in/ola-nord",
    "https://www.linkedin.com@evil.example/",
    "file:///etc/passwd",
    "javascript:alert(1)//www.linkedin.com",
    "",
  };
  OgWindow *window = og_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_test_expect_message ("og-window", G_LOG_LEVEL_WARNING, "Refused to open a URL*");
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-url", "s", refused[i]));
      g_test_assert_expected_messages ();
    }

  og_test_destroy_and_assert_finalized (window);
}

/* The save dialog GtkFileChooserNative falls back to without a portal. */
static void
spin (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

/* The dialog GtkFileChooserNative falls back to without a portal, once shown. */
static GtkWindow *
wait_for_file_dialog (void)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  GtkWindow *dialog;

  while ((dialog = og_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG)) == NULL &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (dialog);
  return dialog;
}

/* Answers @dialog with @response and waits until it is gone. */
static void
answer_file_dialog (GtkWindow *dialog,
                    int        response)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  gtk_dialog_response (GTK_DIALOG (dialog), response);
  while (og_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) != NULL && g_get_monotonic_time () < deadline)
    spin (20);
  g_assert_null (og_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
}

/* Saves as @folder/@name in the dialog GtkFileChooserNative falls back to
 * without a portal, once the dialog has settled on its first folder. The
 * dialog first offers @name in the user's Documents, or home without one,
 * never the working directory. */
static void
save_as (const char *folder,
         const char *name)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  g_autoptr(GFile) where = g_file_new_for_path (folder);
  g_autoptr(GFile) wanted = g_file_get_child (where, name);
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autoptr(GFile) offered = NULL;
  g_autoptr(GFile) started_in = NULL;
  g_autofree char *offered_name = NULL;
  GtkWindow *dialog = wait_for_file_dialog ();
  gboolean chosen = FALSE;

  if (documents == NULL || !g_file_test (documents, G_FILE_TEST_IS_DIR))
    documents = g_get_home_dir ();
  offered = g_file_new_for_path (documents);
  while ((started_in = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (dialog))) == NULL &&
         g_get_monotonic_time () < deadline)
    spin (20);
  g_assert_nonnull (started_in);
  g_assert_cmpstr (g_file_peek_path (started_in), ==, g_file_peek_path (offered));
  offered_name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (dialog));
  g_assert_cmpstr (offered_name, ==, name);

  while (!chosen && g_get_monotonic_time () < deadline)
    {
      g_autoptr(GFile) file = NULL;

      g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), where, NULL));
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
      spin (100);
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      chosen = file != NULL && g_file_equal (file, wanted);
    }
  g_assert_true (chosen);
  /* The dialog checks the name before it answers. */
  answer_file_dialog (dialog, GTK_RESPONSE_ACCEPT);
}

static void
test_window_opens_the_chooser_in_the_last_import_folder (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(OgWorkspace) workspace = og_test_temporary_workspace (&dir);
  g_autofree char *sample_path = og_test_sample_dir ();
  g_autoptr(GFile) sample = g_file_new_for_path (sample_path);
  g_autoptr(GFile) connections = g_file_get_child (sample, "Connections.csv");
  g_autofree char *sample_uri = g_file_get_uri (sample);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *remembered = NULL;
  g_autoptr(GFile) started_in = NULL;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  OgWindow *window = og_window_new (NULL);
  GtkWindow *dialog;
  gboolean chosen = FALSE;

  g_settings_reset (settings, "last-folder");
  og_window_set_workspace (window, workspace);
  gtk_window_present (GTK_WINDOW (window));

  /* Open…, then pick the sample's Connections.csv. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open", NULL));
  dialog = wait_for_file_dialog ();
  while (!chosen && g_get_monotonic_time () < deadline)
    {
      g_autoptr(GFile) file = NULL;

      gtk_file_chooser_set_file (GTK_FILE_CHOOSER (dialog), connections, NULL);
      spin (100);
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      chosen = file != NULL && g_file_equal (file, connections);
    }
  g_assert_true (chosen);
  answer_file_dialog (dialog, GTK_RESPONSE_ACCEPT);
  og_test_wait_for_import (window);
  g_assert_nonnull (og_window_get_dataset (window));

  remembered = g_settings_get_string (settings, "last-folder");
  g_assert_cmpstr (remembered, ==, sample_uri);

  /* The next Open… starts there; cancelling it changes nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open", NULL));
  dialog = wait_for_file_dialog ();
  /* The dialog names its folder once it has begun to load it. */
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while ((started_in = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (dialog))) == NULL &&
         g_get_monotonic_time () < deadline)
    spin (20);
  g_assert_nonnull (started_in);
  g_assert_true (g_file_equal (started_in, sample));
  answer_file_dialog (dialog, GTK_RESPONSE_CANCEL);
  g_clear_pointer (&remembered, g_free);
  remembered = g_settings_get_string (settings, "last-folder");
  g_assert_cmpstr (remembered, ==, sample_uri);

  g_settings_reset (settings, "last-folder");
  og_test_destroy_and_assert_finalized (window);
  og_test_unref_and_assert_finalized (g_steal_pointer (&workspace));
  og_test_remove_workspace_dir (dir);
}

/* What the header bar says under the window's title. */
static const char *
window_subtitle (OgWindow *window)
{
  GtkWidget *title = og_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE);

  g_assert_nonnull (title);
  return adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title));
}

/* Until the window shows a dataset other than @before: an import or a switch of
 * workspace has ended. @before is held, so no new one takes its address. */
static void
wait_for_another_dataset (OgWindow  *window,
                          OgDataset *before)
{
  g_autoptr(OgDataset) held = before != NULL ? g_object_ref (before) : NULL;
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while ((og_window_get_dataset (window) == NULL || og_window_get_dataset (window) == held) &&
         g_get_monotonic_time () < deadline)
    spin (20);
  g_assert_nonnull (og_window_get_dataset (window));
  g_assert_true (og_window_get_dataset (window) != held);
  og_test_wait_for_rows (window);
}

typedef struct
{
  OgWorkspace *workspace;
  const char  *key;
} DecisionWanted;

static gboolean
decision_saved (gpointer data)
{
  DecisionWanted *wanted = data;
  g_autoptr(GHashTable) decisions = og_workspace_list_decisions (wanted->workspace, NULL);

  return decisions != NULL && g_hash_table_contains (decisions, wanted->key);
}

static gboolean
folder_gone (gpointer data)
{
  return !g_file_test (data, G_FILE_TEST_EXISTS);
}

static void
test_window_explores_the_sample_apart_from_your_own_data (void)
{
  g_autofree char *dir = NULL;
  OgWorkspace *workspace = og_test_temporary_workspace (&dir);
  g_autofree char *own = g_test_build_filename (G_TEST_DIST, "data", "eras", "2024", NULL);
  const char *own_paths[] = { own, NULL };
  OgWindow *window = og_window_new (NULL);
  g_autoptr(GHashTable) own_decisions = NULL;
  g_autofree char *sample_folder = NULL;
  g_autofree char *key = NULL;
  OgWorkspace *sample;
  guint n_own;

  og_window_set_workspace (window, workspace);
  gtk_window_present (GTK_WINDOW (window));
  og_window_open_paths (window, own_paths);
  og_test_wait_for_import (window);
  n_own = og_dataset_get_n_connections (og_window_get_dataset (window));
  g_assert_cmpuint (n_own, !=, 300);

  /* Explore the Sample: its 300 invented people, in a workspace of their own. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL));
  wait_for_another_dataset (window, og_window_get_dataset (window));
  sample = og_window_get_workspace (window);
  g_assert_nonnull (sample);
  g_assert_true (sample != workspace);
  g_assert_cmpuint (og_dataset_get_n_connections (og_window_get_dataset (window)), ==, 300);
  g_assert_nonnull (strstr (window_subtitle (window), "the sample, kept apart from your own"));
  sample_folder = g_path_get_dirname (og_workspace_get_path (sample));

  /* What is decided about one of them is kept with them, not with the person's own. */
  {
    g_autoptr(OgContact) first = g_list_model_get_item (og_window_get_contacts (window), 0);
    DecisionWanted wanted = { sample, NULL };

    key = g_strdup (og_contact_get_person (first)->key);
    wanted.key = key;
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.decide", "(ss)", key, "queued"));
    g_assert_true (og_test_wait_until (decision_saved, &wanted, 10));
  }
  own_decisions = og_workspace_list_decisions (workspace, NULL);
  g_assert_nonnull (own_decisions);
  g_assert_cmpuint (g_hash_table_size (own_decisions), ==, 0);

  /* Their own export again: back in their workspace, which holds only it. */
  og_window_open_paths (window, own_paths);
  wait_for_another_dataset (window, og_window_get_dataset (window));
  g_assert_true (og_window_get_workspace (window) == workspace);
  g_assert_cmpuint (og_dataset_get_n_connections (og_window_get_dataset (window)), ==, n_own);
  g_assert_null (strstr (window_subtitle (window), "the sample"));

  /* The sample's workspace goes with the last use of it. */
  og_test_destroy_and_assert_finalized (window);
  g_assert_true (og_test_wait_until (folder_gone, sample_folder, 10));
  og_test_unref_and_assert_finalized (workspace);
  og_test_remove_workspace_dir (dir);
}

static gboolean
file_written (gpointer data)
{
  GStatBuf info;

  return g_stat (data, &info) == 0 && info.st_size > 0;
}

static void
test_window_writes_its_exports_private_to_the_user (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(OgWorkspace) workspace = og_test_temporary_workspace (&dir);
  g_autofree char *sample = og_test_sample_dir ();
  g_autofree char *data = g_build_filename (dir, "outreach-guard-data.json", NULL);
  g_autofree char *queue = g_build_filename (dir, "removal-queue.csv", NULL);
  const char *paths[] = { sample, NULL };
  OgWindow *window = og_test_window_on (workspace, paths);
  GStatBuf info;

  /* Export Your Data…: decisions, corrections and drafts. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-data", NULL));
  save_as (dir, "outreach-guard-data.json");
  g_assert_true (og_test_wait_until (file_written, data, 10));
  g_assert_cmpint (g_stat (data, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);

  /* The removal queue as CSV: names and companies of other people. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-queue", NULL));
  save_as (dir, "removal-queue.csv");
  g_assert_true (og_test_wait_until (file_written, queue, 10));
  g_assert_cmpint (g_stat (queue, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);

  og_test_destroy_and_assert_finalized (window);
  og_test_unref_and_assert_finalized (g_steal_pointer (&workspace));
  g_unlink (data);
  g_unlink (queue);
  og_test_remove_workspace_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display (run the suite through build-aux/og-test)\n");
      return 0;
    }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Pages appear at once, so what a test sees is what is shown. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  /* The application adds its resource icons; these tests run without one. */
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/org/example/OutreachGuard/icons");

  g_test_add_func ("/og/window/starts-on-the-empty-state", test_window_starts_on_the_empty_state);
  g_test_add_func ("/og/window/opens-the-sample-and-lists-its-connections",
                   test_window_opens_the_sample_and_lists_its_connections);
  g_test_add_func ("/og/window/reports-a-broken-export-and-keeps-the-empty-state",
                   test_window_reports_a_broken_export_and_keeps_the_empty_state);

  g_test_add_func ("/og/window/cancels-an-import-and-returns-to-the-empty-state",
                   test_window_cancels_an_import_and_returns_to_the_empty_state);
  g_test_add_func ("/og/window/opens-on-the-last-workspace-without-reading-files",
                   test_window_opens_on_the_last_workspace_without_reading_files);
  g_test_add_func ("/og/window/merges-an-import-into-the-workspace", test_window_merges_an_import_into_the_workspace);
  g_test_add_func ("/og/window/explores-the-sample-apart-from-your-own-data",
                   test_window_explores_the_sample_apart_from_your_own_data);
  g_test_add_func ("/og/window/lands-on-the-fastest-pitches-with-a-count-per-view",
                   test_window_lands_on_the_fastest_pitches_with_a_count_per_view);
  g_test_add_func ("/og/window/searches-the-view-as-you-type", test_window_searches_the_view_as_you_type);
  g_test_add_func ("/og/window/contact-page-explains-and-corrections-update-the-figures",
                   test_window_contact_page_explains_and_corrections_update_the_figures);
  g_test_add_func ("/og/window/works-the-removal-queue-by-hand", test_window_works_the_removal_queue_by_hand);
  g_test_add_func ("/og/window/preferences-change-the-figures-at-once",
                   test_window_preferences_change_the_figures_at_once);
  g_test_add_func ("/og/window/folds-to-one-pane-on-a-narrow-screen", test_window_folds_to_one_pane_on_a_narrow_screen);
  g_test_add_func ("/og/window/insights-chart-the-audit-and-read-as-text",
                   test_window_insights_chart_the_audit_and_read_as_text);
  g_test_add_func ("/og/window/filters-a-large-network-in-steps", test_window_filters_a_large_network_in_steps);
  g_test_add_func ("/og/window/charts-follow-the-dark-style", test_window_charts_follow_the_dark_style);
  g_test_add_func ("/og/window/about-says-what-the-metainfo-says", test_window_about_says_what_the_metainfo_says);
  g_test_add_func ("/og/window/shortcuts-window-loads-with-valid-keys",
                   test_window_shortcuts_window_loads_with_valid_keys);
  g_test_add_func ("/og/window/deletes-all-data-after-confirmation",
                   test_window_deletes_all_data_after_confirmation);
  g_test_add_func ("/og/window/shows-text-from-a-file-as-text-never-as-markup",
                   test_window_shows_text_from_a_file_as_text_never_as_markup);
  g_test_add_func ("/og/window/opens-no-url-but-https-linkedin-pages", test_window_opens_no_url_but_https_linkedin_pages);
  g_test_add_func ("/og/window/writes-its-exports-private-to-the-user", test_window_writes_its_exports_private_to_the_user);
  g_test_add_func ("/og/window/shortcuts-window-lists-every-shortcut",
                   test_window_shortcuts_window_lists_every_shortcut);
  g_test_add_func ("/og/window/help-says-when-no-viewer-can-show-the-guide",
                   test_window_help_says_when_no_viewer_can_show_the_guide);
  g_test_add_func ("/og/window/opens-the-chooser-in-the-last-import-folder",
                   test_window_opens_the_chooser_in_the_last_import_folder);

  return g_test_run ();
}
