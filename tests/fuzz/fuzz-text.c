/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the date parser, the URL normaliser, the HTML reducer and the
 * reply-template scanner. */
#include "config.h"

#include <string.h>

#include "og-date.h"
#include "og-html.h"
#include "og-reply.h"
#include "og-url.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = g_strndup ((const char *)data, size);
  g_autofree char *key = NULL;
  g_autofree char *html = NULL;
  OgDate date;

  if (og_date_parse (text, &date))
    {
      g_autofree char *iso = og_date_format_iso8601 (date.utc);

      g_assert (iso != NULL);
    }

  key = og_url_normalize_profile (text);
  if (key != NULL)
    {
      g_autofree char *url = og_url_profile_from_key (key);
      g_autofree char *again = og_url_normalize_profile (url);

      /* A key survives a round trip through its canonical URL. */
      g_assert (g_strcmp0 (key, again) == 0);
      g_assert (og_url_is_openable (url));
    }
  /* What the template check accepts, rendering fills without an error. */
  {
    const OgReplyContext context = { "Ola", NULL, "Nordvik", NULL, NULL, 3, -1, -1, OG_TIME_UNKNOWN };
    gboolean valid = og_reply_check (text, NULL);
    g_autofree char *reply = og_reply_render (text, &context, NULL);

    g_assert ((reply != NULL) == valid);
  }
  (void)og_url_is_openable (text);
  g_free (og_url_thread (text));

  html = og_html_to_text (text);
  g_assert (g_utf8_validate (html, -1, NULL));

  return 0;
}
