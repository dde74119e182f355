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

/* Plain text of @html: tags and comments removed, <script>/<style>/<head>/
 * <title> contents dropped, block elements (p, div, li, tr, h1–h6, …) and <br>
 * turned into line breaks, character references (common named ones, decimal,
 * hex) decoded, white space runs collapsed to one space (&nbsp; included),
 * at most one blank line in a row, trimmed. Unknown entities stay as written;
 * invalid code points become U+FFFD. Never fails; malformed markup degrades
 * to its text (a tag that never closes is kept literally). Output is valid
 * UTF-8 even for invalid input. Linear time on any input. */
char     *og_html_to_text         (const char *html);

G_END_DECLS
