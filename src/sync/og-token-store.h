/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-token-store.h — the Portability API token, kept only in the Secret
 * Service (libsecret; inside Flatpak through the Secret portal), never in a
 * file, a setting or a log. Self-serve tokens last 60 days: the store keeps
 * when it was saved, so the app can warn before it expires. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* How long LinkedIn's self-serve tokens live. */
#define OG_TOKEN_LIFETIME_SECONDS (G_GINT64_CONSTANT (60) * 24 * 60 * 60)
/* How long before it expires the app starts warning. */
#define OG_TOKEN_WARN_SECONDS     (G_GINT64_CONSTANT (7) * 24 * 60 * 60)

/* Saves @token (replacing any other), as saved at @saved_at (Unix seconds,
 * UTC; 0: now). Blocks: call it from a worker thread in the app. */
gboolean og_token_store_save   (const char    *token,
                                gint64         saved_at,
                                GCancellable  *cancellable,
                                GError       **error);
/* The token, or NULL (without an error when there is none); @saved_at
 * (optional) receives when it was saved. Free it with og_token_free(). */
char    *og_token_store_lookup (gint64        *saved_at,
                                GCancellable  *cancellable,
                                GError       **error);
/* Removes the token, if any. */
gboolean og_token_store_clear  (GCancellable  *cancellable,
                                GError       **error);

/* Overwrites and frees a token. */
void     og_token_free         (char          *token);

G_END_DECLS
