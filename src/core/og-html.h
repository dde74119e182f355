/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-html.h — InMail and sponsored messages arrive as HTML; the app shows text.
 * Pure functions; safe from any thread.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when @text looks like HTML markup rather than plain text that happens
 * to contain a '<' (e.g. "<3" or "a < b"). */
gboolean  og_html_looks_like_html (const char *text);

/* Plain text of @html: tags removed, <script>/<style>/<head> contents dropped,
 * block elements and <br> turned into line breaks, character references
 * (named, decimal, hex) decoded, runs of blank lines collapsed, trimmed.
 * Never fails; malformed markup degrades to its text. Output is valid UTF-8. */
char     *og_html_to_text         (const char *html);

G_END_DECLS
