/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-token-store.c — a SecretSchema of our own for the token. */
#define G_LOG_DOMAIN "og-sync"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsecret/secret.h>
#include <string.h>

#include "og-token-store.h"

/* One token per user: the "service" attribute finds it, "saved-at" says
 * when it was pasted (the API does not tell a self-serve token's expiry). */
static const SecretSchema *
token_schema (void)
{
  static const SecretSchema schema = {
    APP_ID ".PortabilityToken", SECRET_SCHEMA_NONE,
    {
      { "service", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "saved-at", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
    0, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  };
  return &schema;
}

#define SERVICE "linkedin-portability"

gboolean
og_token_store_save (const char    *token,
                     gint64         saved_at,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autofree char *when = NULL;

  g_return_val_if_fail (token != NULL && token[0] != '\0', FALSE);

  /* One token: an older one goes first, whatever its saved-at. */
  if (!og_token_store_clear (cancellable, error))
    return FALSE;
  when = g_strdup_printf ("%" G_GINT64_FORMAT, saved_at > 0 ? saved_at : g_get_real_time () / G_USEC_PER_SEC);
  return secret_password_store_sync (token_schema (), SECRET_COLLECTION_DEFAULT,
                                     _("LinkedIn Portability API token (OutreachGuard)"), token, cancellable, error,
                                     "service", SERVICE, "saved-at", when, NULL);
}

char *
og_token_store_lookup (gint64        *saved_at,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GHashTable) query = secret_attributes_build (token_schema (), "service", SERVICE, NULL);
  GList *items;
  char *token = NULL;

  if (saved_at != NULL)
    *saved_at = 0;
  items = secret_password_searchv_sync (token_schema (), query,
                                        SECRET_SEARCH_UNLOCK | SECRET_SEARCH_LOAD_SECRETS, cancellable, error);
  if (items == NULL)
    return NULL;

  {
    SecretRetrievable *item = items->data;
    g_autoptr(SecretValue) value = secret_retrievable_retrieve_secret_sync (item, cancellable, error);
    g_autoptr(GHashTable) attributes = secret_retrievable_get_attributes (item);
    const char *when = attributes != NULL ? g_hash_table_lookup (attributes, "saved-at") : NULL;

    if (value != NULL)
      token = g_strdup (secret_value_get_text (value));
    if (saved_at != NULL && when != NULL)
      *saved_at = g_ascii_strtoll (when, NULL, 10);
  }
  g_list_free_full (items, g_object_unref);
  return token;
}

gboolean
og_token_store_clear (GCancellable  *cancellable,
                      GError       **error)
{
  GError *local = NULL;

  secret_password_clear_sync (token_schema (), cancellable, &local, "service", SERVICE, NULL);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

void
og_token_free (char *token)
{
  if (token == NULL)
    return;
  memset (token, 0, strlen (token));
  g_free (token);
}
