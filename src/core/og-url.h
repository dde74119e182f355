/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-url.h — LinkedIn profile URLs as join keys, and the only URLs the app opens.
 * Pure functions; safe from any thread.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The join key for a member profile URL: percent-decoded, NFC, lowercase,
 * without scheme, "www."/country subdomain, query, fragment or trailing "/",
 * as "linkedin.com/in/<slug>" (old public profiles "/pub/<name>/<a>/<b>/<c>"
 * give "linkedin.com/pub/<name>/<a>/<b>/<c>"). Accepts http, https or no
 * scheme, and any subdomain of linkedin.com.
 * Returns NULL for anything that is not a usable profile URL: NULL or empty,
 * another host (also "linkedin.com.evil.example", a port or user info), the
 * truncated "https://www.linkedin.com/in" of some 2023 exports, company,
 * school or profile sub-pages, a broken escape ("%zz", a lone '%'), or a slug
 * that after decoding is not UTF-8 or holds '/', '\', '%', '?', '#', white
 * space, control or invisible format characters. */
char     *og_url_normalize_profile (const char *url);

/* "https://www.linkedin.com/in/<slug>" for a key from og_url_normalize_profile(),
 * with the slug percent-encoded where it is not ASCII. NULL when @key is not
 * such a key (it must normalise to itself). */
char     *og_url_profile_from_key  (const char *key);

/* "https://www.linkedin.com/messaging/thread/<id>/", or NULL when @conversation_id
 * is NULL, empty, or holds characters a LinkedIn conversation id never has
 * (anything but [A-Za-z0-9+/=_-]). '/' is escaped as %2F; '+' and '=' stay
 * raw, as in LinkedIn's own links (they are legal in a path segment). */
char     *og_url_thread            (const char *conversation_id);

/* TRUE only for an https URL whose host is linkedin.com or a subdomain of it,
 * without user info or an explicit port: the only URLs the app ever opens. */
gboolean  og_url_is_openable       (const char *url);

G_END_DECLS
