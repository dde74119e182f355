/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the profile URL normaliser, profile and thread links, and
 * the check on which URLs may be opened, with what og-url.h promises of each. */
#include "config.h"

#include <string.h>

#include "og-url.h"

#define KEY_IN  "linkedin.com/in/"
#define KEY_PUB "linkedin.com/pub/"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

/* A key is a fixed point of the normaliser, UTF-8, and its slug holds nothing
 * the header says a slug never holds ('/' only between /pub/ segments). */
static void
check_key (const char *key)
{
  g_autofree char *again = og_url_normalize_profile (key);
  g_autofree char *url = NULL;
  g_autofree char *from_url = NULL;
  gboolean pub = g_str_has_prefix (key, KEY_PUB);
  const char *slug;

  g_assert_cmpstr (again, ==, key);
  g_assert_true (g_utf8_validate (key, -1, NULL));
  g_assert_true (pub || g_str_has_prefix (key, KEY_IN));

  slug = key + strlen (pub ? KEY_PUB : KEY_IN);
  g_assert_cmpint (*slug, !=, '\0');
  for (const char *p = slug; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_assert_true (c >= 0x80 || strchr (pub ? "\\%?#" : "/\\%?#", (int)c) == NULL);
      g_assert_false (g_unichar_iscntrl (c) || g_unichar_isspace (c) ||
                      g_unichar_type (c) == G_UNICODE_FORMAT);
      g_assert_cmpuint (g_unichar_tolower (c), ==, c);
    }

  /* Its canonical URL is ASCII, may be opened, and leads back to the key. */
  url = og_url_profile_from_key (key);
  g_assert_nonnull (url);
  g_assert_true (g_str_has_prefix (url, "https://www.linkedin.com/"));
  for (const char *p = url; *p != '\0'; p++)
    g_assert_true ((guchar)*p > 0x20 && (guchar)*p < 0x7f);
  g_assert_true (og_url_is_openable (url));
  from_url = og_url_normalize_profile (url);
  g_assert_cmpstr (from_url, ==, key);
}

/* The thread link exists exactly for ids of [A-Za-z0-9+/=_-], and is the id
 * with '/' escaped between the thread base and a final '/'. */
static void
check_thread (const char *id)
{
  g_autofree char *url = og_url_thread (id);
  g_autoptr(GString) expected = g_string_new ("https://www.linkedin.com/messaging/thread/");
  gboolean usable = *id != '\0';

  for (const char *p = id; *p != '\0'; p++)
    {
      if (*p == '/')
        g_string_append (expected, "%2F");
      else if (g_ascii_isalnum (*p) || strchr ("+=_-", *p) != NULL)
        g_string_append_c (expected, *p);
      else
        usable = FALSE;
    }
  g_string_append_c (expected, '/');

  if (!usable)
    {
      g_assert_null (url);
      return;
    }
  g_assert_cmpstr (url, ==, expected->str);
  g_assert_true (og_url_is_openable (url));
}

/* An openable URL is https on linkedin.com or a subdomain, with no user info
 * or port: no '@' before the host's end, and no ':' but an empty port's
 * ("https://www.linkedin.com:/in/x" is the default port, as browsers read it). */
static void
check_openable (const char *url)
{
  const gsize base_len = strlen ("linkedin.com");
  const char *host;
  gsize host_len;

  if (!og_url_is_openable (url))
    return;

  g_assert_true (g_ascii_strncasecmp (url, "https://", 8) == 0);
  host = url + 8;
  host_len = strcspn (host, "/?#\\");
  g_assert_null (memchr (host, '@', host_len));
  if (host_len > 0 && host[host_len - 1] == ':')
    host_len--;
  g_assert_null (memchr (host, ':', host_len));
  g_assert_cmpuint (host_len, >=, base_len);
  g_assert_true (g_ascii_strncasecmp (host + host_len - base_len, "linkedin.com", base_len) == 0);
  g_assert_true (host_len == base_len || host[host_len - base_len - 1] == '.');
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = g_strndup ((const char *)data, size);
  g_autofree char *key = og_url_normalize_profile (text);
  g_autofree char *url = og_url_profile_from_key (text);

  if (key != NULL)
    check_key (key);

  /* Only a key is turned into a URL. */
  g_assert_cmpint (url != NULL, ==, key != NULL && strcmp (key, text) == 0);

  check_thread (text);
  check_openable (text);

  return 0;
}
