/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The LinkedIn account page, for real under Xvfb: a pasted token is checked
 * against a stand-in API on 127.0.0.1 and kept in the private session's
 * gnome-keyring only when LinkedIn accepts it. */
#include "config.h"

#include <adwaita.h>
#include <libsoup/soup.h>
#include <string.h>

#include "og-account-page.h"
#include "og-preferences-window.h"
#include "og-sync-progress.h"
#include "og-window.h"
#include "og-test-gui.h"
#include "og-token-store.h"

static const char *answer_body;
static guint answer_status = 200;

static void
handler (SoupServer        *server,
         SoupServerMessage *message,
         const char        *path,
         GHashTable        *query,
         gpointer           user_data)
{
  soup_server_message_set_status (message, answer_status, NULL);
  if (answer_body != NULL)
    soup_server_message_set_response (message, "application/json", SOUP_MEMORY_STATIC, answer_body, strlen (answer_body));
}

static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_ACTION_ROW (widget) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* @server listening on 127.0.0.1 with @callback at @path; its address. */
static char *
serve (SoupServer            *server,
       const char            *path,
       SoupServerCallback     callback)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;
  char *base;

  soup_server_add_handler (server, path, callback, NULL, NULL);
  g_assert_true (soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  base = g_uri_to_string (uris->data);
  g_slist_free_full (uris, (GDestroyNotify)g_uri_unref);
  return base;
}

/* A window on a new workspace at @dir that syncs from @base. */
static OgWindow *
window_syncing_from (const char   *base,
                     OgWorkspace **workspace,
                     char        **dir)
{
  OgWindow *window = og_window_new (NULL);

  *workspace = og_test_temporary_workspace (dir);
  og_window_set_api_base (window, base);
  og_window_set_workspace (window, *workspace);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static gboolean
keyring_running (void)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GVariant) reply = NULL;
  gboolean owned = FALSE;

  if (bus != NULL)
    reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                         "NameHasOwner", g_variant_new ("(s)", "org.freedesktop.secrets"),
                                         G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, 5000, NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return owned;
}

static gboolean
idle (gpointer data)
{
  return !og_account_page_is_busy (data);
}

static void
paste (OgAccountPage *page,
       const char    *token)
{
  GtkWidget *row = og_test_find_descendant (GTK_WIDGET (page), ADW_TYPE_PASSWORD_ENTRY_ROW);

  gtk_editable_set_text (GTK_EDITABLE (row), token);
  g_signal_emit_by_name (row, "apply");
  g_assert_true (og_test_wait_until (idle, page, 20));
}

static void
test_account_keeps_a_token_linkedin_accepts_and_removes_it (void)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  g_autofree char *kept = NULL;
  GtkWidget *window;
  OgAccountPage *page;

  /* og-test-session starts an unlocked gnome-keyring on the private bus. */
  if (!keyring_running ())
    {
      g_test_skip ("no unlocked keyring: run through build-aux/og-test");
      return;
    }
  g_assert_true (og_token_store_clear (NULL, NULL));
  base = serve (server, "/rest/memberAuthorizations", handler);

  window = adw_preferences_window_new ();
  page = OG_ACCOUNT_PAGE (og_account_page_new (base));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (window), ADW_PREFERENCES_PAGE (page));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (og_test_wait_until (idle, page, 20));
  g_assert_cmpstr (og_account_page_get_status (page), ==, "No token yet");

  /* An expired token is explained and not kept. */
  answer_status = 401;
  answer_body = "{\"serviceErrorCode\":65602,\"status\":401}";
  paste (page, "AQV-expired-token");
  g_assert_nonnull (strstr (og_account_page_get_status (page), "expired"));
  kept = og_token_store_lookup (NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (kept);

  /* One LinkedIn accepts is kept, with its expiry in 60 days. */
  answer_status = 200;
  answer_body = "{\"elements\":[]}";
  paste (page, "  AQV-good-token  ");
  g_assert_true (og_test_wait_until (idle, page, 20));
  kept = og_token_store_lookup (NULL, NULL, &error);
  g_assert_cmpstr (kept, ==, "AQV-good-token");
  g_assert_true (g_str_has_prefix (og_account_page_get_status (page), "Connected; the token expires on "));
  og_test_save_screenshot (window, "account.png");

  /* Removing the account deletes it from the keyring. */
  og_token_free (g_steal_pointer (&kept));
  g_signal_emit_by_name (find_row (GTK_WIDGET (page), "_Remove Account"), "activated");
  g_assert_true (og_test_wait_until (idle, page, 20));
  kept = og_token_store_lookup (NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (kept);
  g_assert_cmpstr (og_account_page_get_status (page), ==, "No token yet");
  og_test_destroy_and_assert_finalized (window);
}

/* While set, every token is refused as expired. */
static gboolean refuse_tokens;

/* Serves the saved API responses of tests/data/api page by page, to the 404. */
static void
pages_handler (SoupServer        *server,
               SoupServerMessage *message,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  static const char expired[] = "{\"serviceErrorCode\":65602,\"message\":\"The token used in the request has expired\",\"status\":401}";
  static const char authorized[] = "{\"elements\":[]}";
  g_autofree char *name = NULL;
  g_autofree char *file = NULL;
  g_autofree char *body = NULL;
  gsize length = 0;

  if (refuse_tokens)
    {
      soup_server_message_set_status (message, 401, NULL);
      soup_server_message_set_response (message, "application/json", SOUP_MEMORY_STATIC, expired, strlen (expired));
      return;
    }
  if (g_str_equal (path, "/rest/memberAuthorizations"))
    {
      soup_server_message_set_status (message, 200, NULL);
      soup_server_message_set_response (message, "application/json", SOUP_MEMORY_STATIC, authorized, strlen (authorized));
      return;
    }
  if (g_str_equal (path, "/rest/memberSnapshotData") && query != NULL)
    name = g_strdup_printf ("memberSnapshotData-%s-%s.json", (char *)g_hash_table_lookup (query, "domain"),
                            (char *)g_hash_table_lookup (query, "start"));
  else if (g_str_equal (path, "/rest/memberChangeLogs") && query != NULL &&
           g_strcmp0 (g_hash_table_lookup (query, "startTime"), "0") == 0)
    name = g_strdup ("memberChangeLogs-0.json");
  file = name != NULL ? g_test_build_filename (G_TEST_DIST, "data", "api", name, NULL) : NULL;
  if (file == NULL || !g_file_get_contents (file, &body, &length, NULL))
    {
      soup_server_message_set_status (message, 404, NULL);
      return;
    }
  soup_server_message_set_status (message, 200, NULL);
  soup_server_message_set_response (message, "application/json", SOUP_MEMORY_COPY, body, length);
}

static gboolean
has_dataset (gpointer data)
{
  return og_window_get_dataset (data) != NULL;
}

/* The header bar's Sync button. */
static GtkWidget *
sync_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.sync") == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = sync_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
synced_shown (gpointer data)
{
  const char *tooltip = gtk_widget_get_tooltip_text (sync_button (data));

  return tooltip != NULL && strstr (tooltip, "last synced just now") != NULL;
}

static void
test_account_sync_fills_the_window_from_the_api (void)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  g_autofree char *dir = NULL;
  OgWorkspace *workspace = NULL;
  gint64 cursor = 0, synced_at = 0;
  OgWindow *window;

  if (!keyring_running ())
    {
      g_test_skip ("no unlocked keyring: run through build-aux/og-test");
      return;
    }
  base = serve (server, "/rest", pages_handler);
  /* Saved 55 days ago: five days left, which the window warns of. */
  g_assert_true (og_token_store_save ("AQV-sync-token", g_get_real_time () / G_USEC_PER_SEC - 55 * 24 * 60 * 60,
                                      NULL, &error));
  g_assert_no_error (error);

  window = window_syncing_from (base, &workspace, &dir);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sync", NULL));
  g_assert_true (og_test_wait_until (has_dataset, window, 30));
  g_assert_cmpuint (og_dataset_get_n_connections (og_window_get_dataset (window)), ==, 16);
  g_assert_true (og_workspace_get_sync_state (workspace, &cursor, &synced_at, NULL));
  g_assert_cmpint (cursor, >, 0);
  g_assert_cmpint (synced_at, >, 0);

  /* Each domain's row says it is done, and how many pages it took. */
  {
    OgSyncProgress *progress = OG_SYNC_PROGRESS (og_test_find_descendant (GTK_WIDGET (window), OG_TYPE_SYNC_PROGRESS));

    g_assert_cmpstr (og_sync_progress_get_status (progress, "CONNECTIONS"), ==, "Done, 2 pages");
    g_assert_cmpstr (og_sync_progress_get_status (progress, "INBOX"), ==, "Done, 2 pages");
    g_assert_cmpstr (og_sync_progress_get_status (progress, "INVITATIONS"), ==, "Done, 1 page");
    g_assert_true (g_str_has_prefix (og_sync_progress_get_status (progress, "CHANGELOG"), "Done"));
  }

  /* When the last sync was, in the title and on the Sync button. */
  g_assert_true (og_test_wait_until (synced_shown, window, 10));
  g_assert_cmpstr (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (og_test_find_descendant (GTK_WIDGET (window),
                                                                                              ADW_TYPE_WINDOW_TITLE))),
                   ==, "16 connections · synced just now");
  g_assert_true (og_test_tree_has_label_starting (GTK_WIDGET (window), "Your LinkedIn token expires on "));

  og_test_destroy_and_assert_finalized (window);
  og_test_unref_and_assert_finalized (workspace);
  og_token_store_clear (NULL, NULL);
  og_test_remove_workspace_dir (dir);
}

static gboolean
has_toplevel (gpointer type)
{
  return og_test_find_toplevel ((GType)GPOINTER_TO_SIZE (type)) != NULL;
}

static void
test_account_refused_token_during_sync_offers_to_paste_a_new_one (void)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *kept = NULL;
  OgWorkspace *workspace = NULL;
  AdwMessageDialog *dialog;
  GtkWindow *preferences;
  OgAccountPage *page;
  GtkWidget *focus;
  OgWindow *window;

  if (!keyring_running ())
    {
      g_test_skip ("no unlocked keyring: run through build-aux/og-test");
      return;
    }
  base = serve (server, "/rest", pages_handler);
  g_assert_true (og_token_store_save ("AQV-old-token", 0, NULL, &error));

  window = window_syncing_from (base, &workspace, &dir);

  /* LinkedIn says the token expired: the dialog says so and offers a new one. */
  refuse_tokens = TRUE;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sync", NULL));
  g_assert_true (og_test_wait_until (has_toplevel, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), 30));
  dialog = ADW_MESSAGE_DIALOG (og_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "LinkedIn Refused the Token");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "expired"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "paste"), ==, "_Paste a New Token");
  g_assert_null (og_window_get_dataset (window));

  /* Pasting: Preferences opens on the account page with the field focused. */
  adw_message_dialog_response (dialog, "paste");
  og_test_destroy_and_assert_finalized (dialog);
  g_assert_true (og_test_wait_until (has_toplevel, GSIZE_TO_POINTER (OG_TYPE_PREFERENCES_WINDOW), 10));
  preferences = og_test_find_toplevel (OG_TYPE_PREFERENCES_WINDOW);
  page = OG_ACCOUNT_PAGE (adw_preferences_window_get_visible_page (ADW_PREFERENCES_WINDOW (preferences)));
  g_assert_true (OG_IS_ACCOUNT_PAGE (page));
  g_assert_true (og_test_wait_until (idle, page, 20));
  focus = gtk_root_get_focus (GTK_ROOT (preferences));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, og_test_find_descendant (GTK_WIDGET (page), ADW_TYPE_PASSWORD_ENTRY_ROW)));

  /* The new token, checked against the same API, replaces the old one and syncs. */
  refuse_tokens = FALSE;
  paste (page, "AQV-new-token");
  kept = og_token_store_lookup (NULL, NULL, &error);
  g_assert_cmpstr (kept, ==, "AQV-new-token");
  og_test_destroy_and_assert_finalized (preferences);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sync", NULL));
  g_assert_true (og_test_wait_until (has_dataset, window, 30));
  g_assert_cmpuint (og_dataset_get_n_connections (og_window_get_dataset (window)), ==, 16);

  og_token_free (g_steal_pointer (&kept));
  og_test_destroy_and_assert_finalized (window);
  og_test_unref_and_assert_finalized (workspace);
  og_token_store_clear (NULL, NULL);
  og_test_remove_workspace_dir (dir);
}

static void
test_account_a_pasted_token_cannot_be_copied_out_of_its_field (void)
{
  GtkWidget *window = adw_preferences_window_new ();
  OgAccountPage *page = OG_ACCOUNT_PAGE (og_account_page_new ("http://127.0.0.1:9"));
  GtkWidget *row;
  GtkWidget *text;
  g_autofree char *after_copy = NULL;
  g_autofree char *after_cut = NULL;

  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (window), ADW_PREFERENCES_PAGE (page));
  gtk_window_present (GTK_WINDOW (window));
  row = og_test_find_descendant (GTK_WIDGET (page), ADW_TYPE_PASSWORD_ENTRY_ROW);
  g_assert_nonnull (row);
  text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (row)));
  g_assert_true (GTK_IS_TEXT (text));

  /* Shown as dots, and Copy or Cut leave the clipboard as it was. */
  gdk_clipboard_set_text (gtk_widget_get_clipboard (text), "what was there before");
  gtk_editable_set_text (GTK_EDITABLE (row), "AQV-secret-token");
  g_assert_false (gtk_text_get_visibility (GTK_TEXT (text)));
  gtk_editable_select_region (GTK_EDITABLE (text), 0, -1);
  g_signal_emit_by_name (text, "copy-clipboard");
  after_copy = og_test_clipboard_text (text);
  g_signal_emit_by_name (text, "cut-clipboard");
  after_cut = og_test_clipboard_text (text);
  g_assert_cmpstr (after_copy, ==, "what was there before");
  g_assert_cmpstr (after_cut, ==, "what was there before");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "AQV-secret-token");

  og_test_destroy_and_assert_finalized (window);
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
  /* No cursor blink: a focused field in a window destroyed without a window
   * manager never gets its focus-out, and GTK warns of the running blink. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, "gtk-cursor-blink", FALSE, NULL);
  g_test_add_func ("/og/account/a-pasted-token-cannot-be-copied-out-of-its-field",
                   test_account_a_pasted_token_cannot_be_copied_out_of_its_field);
  g_test_add_func ("/og/account/keeps-a-token-linkedin-accepts-and-removes-it",
                   test_account_keeps_a_token_linkedin_accepts_and_removes_it);
  g_test_add_func ("/og/account/sync-fills-the-window-from-the-api", test_account_sync_fills_the_window_from_the_api);
  g_test_add_func ("/og/account/refused-token-during-sync-offers-to-paste-a-new-one",
                   test_account_refused_token_during_sync_offers_to_paste_a_new_one);
  return g_test_run ();
}
