/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-url.c — profile URLs are the join key between Connections.csv,
 * messages.csv and Invitations.csv, which spell the same URL differently
 * (percent-encoded or raw UTF-8, www. or a country subdomain, with or without
 * a trailing slash). This file reduces them to one key, and decides which
 * URLs found in a file the app may ever hand to a browser.
 */
#define G_LOG_DOMAIN "og-url"

#include "config.h"

#include <string.h>

#include "og-url.h"

#define LINKEDIN_HOST   "linkedin.com"
#define PROFILE_BASE    "https://www.linkedin.com/"
#define THREAD_BASE     "https://www.linkedin.com/messaging/thread/"

/* Old public profiles: /pub/<name>/<a>/<b>/<c>. */
#define PUB_SEGMENTS    4

/* "linkedin.com" itself, or any subdomain made of plain DNS labels
 * ("www.", "de.", "m."). Anything else — "linkedin.com.evil.example",
 * "evil-linkedin.com", a port, user info — is not LinkedIn. */
static gboolean
host_is_linkedin (const char *host,
                  gsize       len)
{
  const gsize base_len = strlen (LINKEDIN_HOST);

  if (len < base_len || g_ascii_strncasecmp (host + len - base_len, LINKEDIN_HOST, base_len) != 0)
    return FALSE;

  if (len == base_len)
    return TRUE;

  if (host[len - base_len - 1] != '.')
    return FALSE;

  /* Every label in front must be non-empty and made of letters, digits and '-'. */
  for (gsize i = 0, label = 0; i < len - base_len; i++)
    {
      char c = host[i];

      if (c == '.')
        {
          if (label == 0)
            return FALSE;
          label = 0;
        }
      else if (g_ascii_isalnum (c) || c == '-')
        label++;
      else
        return FALSE;
    }

  return TRUE;
}

/* Decodes the %XX escapes of one path segment; NULL on a broken escape
 * ("%zz", a lone '%') or "%00", since a half-encoded URL is more likely
 * damaged than meant. */
static char *
percent_decode (const char *segment,
                gsize       len)
{
  GString *decoded = g_string_sized_new (len);

  for (gsize i = 0; i < len; i++)
    {
      if (segment[i] != '%')
        {
          g_string_append_c (decoded, segment[i]);
          continue;
        }

      /* A NUL would silently cut the key short; it is a control character anyway. */
      if (i + 2 >= len ||
          !g_ascii_isxdigit (segment[i + 1]) || !g_ascii_isxdigit (segment[i + 2]) ||
          (segment[i + 1] == '0' && segment[i + 2] == '0'))
        {
          g_string_free (decoded, TRUE);
          return NULL;
        }

      g_string_append_c (decoded, (char) (g_ascii_xdigit_value (segment[i + 1]) * 16 +
                                          g_ascii_xdigit_value (segment[i + 2])));
      i += 2;
    }

  return g_string_free (decoded, FALSE);
}

/* Decoded, NFC, lowercase — or NULL when the segment could not be part of a
 * profile path: invalid UTF-8, a '/' or '\' smuggled in as %2F/%5C, white
 * space, control or format characters. '%', '?' and '#' are refused too, so that every
 * key is itself a URL path that normalises to the same key. */
static char *
normalize_segment (const char *segment,
                   gsize       len)
{
  g_autofree char *decoded = NULL;
  g_autofree char *composed = NULL;
  g_autofree char *lower = NULL;
  char *result;

  decoded = percent_decode (segment, len);
  if (decoded == NULL || *decoded == '\0')
    return NULL;

  /* Nearly every slug is ASCII, for which composing changes nothing and
   * lowering is ASCII's: the Unicode conversions were most of an import's
   * time for Connections.csv. (Lowering ASCII the same in every locale
   * also keeps a Turkish "I" from giving a second key.) */
  for (const char *p = decoded; ; p++)
    {
      if (*p == '\0')
        return g_ascii_strdown (decoded, -1);
      if ((guchar)*p >= 0x80 || g_ascii_iscntrl (*p) || strchr (" /\\%?#", *p) != NULL)
        break;
    }

  if (!g_utf8_validate (decoded, -1, NULL))
    return NULL;

  for (const char *p = decoded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80 && c != 0 && strchr ("/\\%?#", (int) c) != NULL)
        return NULL;
      /* Invisible format characters (bidi marks, zero-width space) would make
       * two keys that look the same and never join. */
      if (g_unichar_iscntrl (c) || g_unichar_isspace (c) ||
          g_unichar_type (c) == G_UNICODE_FORMAT)
        return NULL;
    }

  /* Lowercasing can decompose (İ → i + U+0307), so compose once more after it. */
  composed = g_utf8_normalize (decoded, -1, G_NORMALIZE_NFC);
  if (composed == NULL)
    return NULL;
  lower = g_utf8_strdown (composed, -1);
  result = g_utf8_normalize (lower, -1, G_NORMALIZE_NFC);

  return result;
}

char *
og_url_normalize_profile (const char *url)
{
  g_autofree char *trimmed = NULL;
  g_autoptr(GPtrArray) segments = NULL;
  const char *p;
  const char *host;
  const char *path_end;
  gsize host_len;
  gboolean is_profile;
  GString *key;

  if (url == NULL)
    return NULL;

  trimmed = g_strstrip (g_strdup (url));
  p = trimmed;

  if (g_ascii_strncasecmp (p, "https://", 8) == 0)
    p += 8;
  else if (g_ascii_strncasecmp (p, "http://", 7) == 0)
    p += 7;
  else if (g_str_has_prefix (p, "//"))
    p += 2;

  /* The host runs to the first '/', and must be LinkedIn's; a ':' (a port or
   * another scheme) or an '@' (user info) anywhere in it makes it not. */
  host = p;
  host_len = strcspn (host, "/?#");
  if (!host_is_linkedin (host, host_len))
    return NULL;
  p = host + host_len;

  /* Query and fragment are dropped before decoding, so that an encoded
   * "%3F" inside the slug stays part of the slug. */
  path_end = p + strcspn (p, "?#");

  segments = g_ptr_array_new_with_free_func (g_free);
  while (p < path_end)
    {
      gsize len;
      char *segment;

      if (*p == '/')
        {
          /* Repeated and trailing slashes carry nothing. */
          p++;
          continue;
        }

      len = strcspn (p, "/?#");

      segment = normalize_segment (p, len);
      if (segment == NULL)
        return NULL;
      g_ptr_array_add (segments, segment);
      p += len;
    }

  /* A member profile and nothing else: not /company/, /school/, /feed/, and
   * not a profile sub-page, whose extra segments would make a second key. */
  is_profile = (segments->len == 2 &&
                g_str_equal (g_ptr_array_index (segments, 0), "in")) ||
               (segments->len == 1 + PUB_SEGMENTS &&
                g_str_equal (g_ptr_array_index (segments, 0), "pub"));
  if (!is_profile)
    return NULL;

  key = g_string_new (LINKEDIN_HOST);
  for (guint i = 0; i < segments->len; i++)
    {
      g_string_append_c (key, '/');
      g_string_append (key, g_ptr_array_index (segments, i));
    }

  return g_string_free (key, FALSE);
}

char *
og_url_profile_from_key (const char *key)
{
  g_autofree char *normalized = NULL;
  g_auto(GStrv) segments = NULL;
  GString *url;

  g_return_val_if_fail (key != NULL, NULL);

  /* Only a real key comes back as a URL; normalising it again is cheap and
   * makes sure nothing but a LinkedIn profile path is ever built. */
  normalized = og_url_normalize_profile (key);
  if (normalized == NULL || !g_str_equal (normalized, key))
    return NULL;

  segments = g_strsplit (key + strlen (LINKEDIN_HOST "/"), "/", -1);
  url = g_string_new (PROFILE_BASE);
  for (guint i = 0; segments[i] != NULL; i++)
    {
      g_autofree char *escaped = g_uri_escape_string (segments[i], NULL, FALSE);

      if (i > 0)
        g_string_append_c (url, '/');
      g_string_append (url, escaped);
    }

  return g_string_free (url, FALSE);
}

char *
og_url_thread (const char *conversation_id)
{
  g_autofree char *escaped = NULL;

  if (conversation_id == NULL || *conversation_id == '\0')
    return NULL;

  for (const char *p = conversation_id; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p) && strchr ("+/=_-", *p) == NULL)
        return NULL;
    }

  /* '+' and '=' are legal in a path segment and LinkedIn's own thread links
   * keep them raw (a %3D is not the same URI as '='); only '/' would change
   * the path and must be escaped. */
  escaped = g_uri_escape_string (conversation_id, "+=", FALSE);

  return g_strconcat (THREAD_BASE, escaped, "/", NULL);
}

gboolean
og_url_is_openable (const char *url)
{
  g_autoptr(GUri) uri = NULL;
  const char *host;

  if (url == NULL || *url == '\0')
    return FALSE;

  /* White space or control characters have no business in a link we open,
   * however a URI parser chooses to treat them. */
  for (const char *p = url; *p != '\0'; p++)
    {
      if ((guchar) *p <= 0x20 || *p == 0x7f)
        return FALSE;
    }

  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return FALSE;

  if (g_strcmp0 (g_uri_get_scheme (uri), "https") != 0)
    return FALSE;

  if (g_uri_get_userinfo (uri) != NULL || g_uri_get_port (uri) != -1)
    return FALSE;

  host = g_uri_get_host (uri);
  if (host == NULL)
    return FALSE;

  return host_is_linkedin (host, strlen (host));
}
