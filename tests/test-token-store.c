/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The token in the Secret Service: a real gnome-keyring on the private
 * session bus that build-aux/og-test-session unlocks. */
#include "config.h"

#include <gio/gio.h>

#include "og-token-store.h"

static gboolean
have_secret_service (void)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GVariant) owner = NULL;

  if (bus == NULL)
    return FALSE;
  owner = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                       "NameHasOwner", g_variant_new ("(s)", "org.freedesktop.secrets"),
                                       G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, 5000, NULL, NULL);
  if (owner != NULL && g_variant_get_boolean (g_variant_get_child_value (owner, 0)))
    return TRUE;
  /* gnome-keyring is activatable on the bus even before it owns the name. */
  return g_getenv ("GNOME_KEYRING_CONTROL") != NULL;
}

static void
test_token_store_keeps_one_token_and_when_it_was_saved (void)
{
  g_autoptr(GError) error = NULL;
  char *token;
  gint64 saved_at = -1;

  if (!have_secret_service ())
    {
      g_test_skip ("no Secret Service on the session bus: run through build-aux/og-test");
      return;
    }

  g_assert_true (og_token_store_clear (NULL, &error));
  g_assert_no_error (error);
  token = og_token_store_lookup (&saved_at, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (token);
  g_assert_cmpint (saved_at, ==, 0);

  g_assert_true (og_token_store_save ("AQV-first-token", 1764633600, NULL, &error));
  g_assert_no_error (error);
  /* A new token replaces the old one: there is only ever one. */
  g_assert_true (og_token_store_save ("AQV-second-token", 1764720000, NULL, &error));
  token = og_token_store_lookup (&saved_at, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (token, ==, "AQV-second-token");
  g_assert_cmpint (saved_at, ==, 1764720000);
  g_assert_cmpint (saved_at + OG_TOKEN_LIFETIME_SECONDS, ==, 1764720000 + 60 * 86400);
  og_token_free (token);

  /* Removing the account deletes it. */
  g_assert_true (og_token_store_clear (NULL, &error));
  token = og_token_store_lookup (NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (token);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/og/token-store/keeps-one-token-and-when-it-was-saved",
                   test_token_store_keeps_one_token_and_when_it_was_saved);
  return g_test_run ();
}
