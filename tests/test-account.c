/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The LinkedIn account page, for real under Xvfb: a pasted token is checked
 * against a stand-in API on 127.0.0.1 and kept in the private session's
 * gnome-keyring only when LinkedIn accepts it. */
#include "config.h"

#include <adwaita.h>
#include <libsoup/soup.h>
#include <string.h>

#include "og-account-page.h"
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
  GSList *uris;

  /* og-test-session starts an unlocked gnome-keyring on the private bus. */
  if (!keyring_running ())
    {
      g_test_skip ("no unlocked keyring: run through build-aux/og-test");
      return;
    }
  g_assert_true (og_token_store_clear (NULL, NULL));
  soup_server_add_handler (server, "/rest/memberAuthorizations", handler, NULL, NULL);
  g_assert_true (soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  uris = soup_server_get_uris (server);
  base = g_uri_to_string (uris->data);
  g_slist_free_full (uris, (GDestroyNotify)g_uri_unref);

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
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Serves the saved API responses of tests/data/api page by page, to the 404. */
static void
pages_handler (SoupServer        *server,
               SoupServerMessage *message,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  g_autofree char *name = NULL;
  g_autofree char *file = NULL;
  g_autofree char *body = NULL;
  gsize length = 0;

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

static void
test_account_sync_fills_the_window_from_the_api (void)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(OgWorkspace) workspace = NULL;
  gint64 cursor = 0, synced_at = 0;
  OgWindow *window;
  GSList *uris;

  if (!keyring_running ())
    {
      g_test_skip ("no unlocked keyring: run through build-aux/og-test");
      return;
    }
  soup_server_add_handler (server, "/rest", pages_handler, NULL, NULL);
  g_assert_true (soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  uris = soup_server_get_uris (server);
  base = g_uri_to_string (uris->data);
  g_slist_free_full (uris, (GDestroyNotify)g_uri_unref);
  g_assert_true (og_token_store_save ("AQV-sync-token", 0, NULL, &error));
  g_assert_no_error (error);

  workspace = og_test_temporary_workspace (&dir);
  window = og_window_new (NULL);
  og_window_set_api_base (window, base);
  og_window_set_workspace (window, workspace);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sync", NULL));
  g_assert_true (og_test_wait_until (has_dataset, window, 30));
  g_assert_cmpuint (og_dataset_get_n_connections (og_window_get_dataset (window)), ==, 16);
  g_assert_true (og_workspace_get_sync_state (workspace, &cursor, &synced_at, NULL));
  g_assert_cmpint (cursor, >, 0);
  g_assert_cmpint (synced_at, >, 0);

  og_test_destroy_and_assert_finalized (window);
  og_token_store_clear (NULL, NULL);
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
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  g_test_add_func ("/og/account/keeps-a-token-linkedin-accepts-and-removes-it",
                   test_account_keeps_a_token_linkedin_accepts_and_removes_it);
  g_test_add_func ("/og/account/sync-fills-the-window-from-the-api", test_account_sync_fills_the_window_from_the_api);
  return g_test_run ();
}
