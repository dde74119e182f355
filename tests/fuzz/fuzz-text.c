/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the HTML reducer and the reply-template scanner. Dates and
 * URLs have targets of their own (fuzz-date, fuzz-url). */
#include "config.h"

#include "og-date.h"
#include "og-html.h"
#include "og-reply.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = g_strndup ((const char *)data, size);
  g_autofree char *html = NULL;

  /* What the template check accepts, rendering fills without an error. */
  {
    const OgReplyContext context = { "Ola", NULL, "Nordvik", NULL, NULL, 3, -1, -1, OG_TIME_UNKNOWN };
    gboolean valid = og_reply_check (text, NULL);
    g_autofree char *reply = og_reply_render (text, &context, NULL);

    g_assert ((reply != NULL) == valid);
  }

  (void)og_html_looks_like_html (text);
  html = og_html_to_text (text);
  g_assert (g_utf8_validate (html, -1, NULL));

  return 0;
}
