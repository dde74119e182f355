/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-url.h — LinkedIn profile URLs as join keys, and the only URLs the app opens.
 * Pure functions; safe from any thread.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The join key for a member profile URL: percent-decoded, NFC, lowercase,
 * without scheme, "www."/country subdomain, query, fragment or trailing "/",
 * as "linkedin.com/in/<slug>". Accepts URLs with or without a scheme.
 * Returns NULL for anything that is not a usable profile URL, including the
 * truncated "https://www.linkedin.com/in" of some 2023 exports. */
char     *og_url_normalize_profile (const char *url);

/* "https://www.linkedin.com/in/<slug>" for a key from og_url_normalize_profile(),
 * with the slug percent-encoded where it is not ASCII. */
char     *og_url_profile_from_key  (const char *key);

/* "https://www.linkedin.com/messaging/thread/<id>/", or NULL when @conversation_id
 * holds characters a LinkedIn conversation id never has. */
char     *og_url_thread            (const char *conversation_id);

/* TRUE only for an https URL whose host is linkedin.com or a subdomain of it,
 * without user info or an explicit port: the only URLs the app ever opens. */
gboolean  og_url_is_openable       (const char *url);

G_END_DECLS
