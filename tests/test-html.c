/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-html.c — sponsored messages and InMail as text, on friendly and hostile input. */
#define G_LOG_DOMAIN "test-html"

#include "config.h"

#include <string.h>

#include "og-html.h"

static void
assert_text (const char *html,
             const char *expected)
{
  g_autofree char *text = og_html_to_text (html);

  g_assert_nonnull (text);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_cmpstr (text, ==, expected);
}

/* Written in the style of LinkedIn's sponsored messages; the people and the
 * company are invented. */
static const char sponsored_inmail[] =
  "<div class=\"spinmail-quill-editor__spin-break\"><p>Hi %FIRSTNAME%,</p></div>"
  "<div class=\"spinmail-quill-editor__spin-break\"><br></div>"
  "<div class=\"spinmail-quill-editor__spin-break\">"
  "<p>I&#39;m Dana Whitfield from <strong>Northwind&nbsp;Analytics</strong>. "
  "Teams like yours cut their reporting time by 40&nbsp;% &ndash; without new hires.</p>"
  "</div>\n"
  "<div class=\"spinmail-quill-editor__spin-break\"><br></div>\n"
  "<div class=\"spinmail-quill-editor__spin-break\">\n"
  "  <p>Would you have 15 minutes next week?\n"
  "     <a href=\"https://example.com/book?utm_source=inmail&amp;utm_medium=sponsored\" "
  "target=\"_blank\">Pick a slot here</a> &rarr; it&rsquo;s free.</p>\n"
  "</div>"
  "<div class=\"spinmail-quill-editor__spin-break\"><br></div>"
  "<div class=\"spinmail-quill-editor__spin-break\"><p>Best,<br>Dana</p></div>";

static void
test_sponsored_inmail_becomes_readable_text (void)
{
  assert_text (sponsored_inmail,
               "Hi %FIRSTNAME%,\n"
               "\n"
               "I'm Dana Whitfield from Northwind Analytics. "
               "Teams like yours cut their reporting time by 40 % – without new hires.\n"
               "\n"
               "Would you have 15 minutes next week? Pick a slot here → it’s free.\n"
               "\n"
               "Best,\n"
               "Dana");
  g_assert_true (og_html_looks_like_html (sponsored_inmail));
}

static void
test_named_entities_are_decoded (void)
{
  assert_text ("Tom &amp; Jerry &lt;3 &gt; &quot;q&quot; &#39;s&#39; &apos;a&apos;",
               "Tom & Jerry <3 > \"q\" 's' 'a'");
  assert_text ("caf&eacute; M&uuml;ller Sch&ouml;n K&auml;se Stra&szlig;e",
               "café Müller Schön Käse Straße");
  assert_text ("a&ndash;b&mdash;c &lsquo;x&rsquo; &ldquo;y&rdquo; wait&hellip;",
               "a–b—c ‘x’ “y” wait…");
  assert_text ("&euro;5 &copy; Northwind&reg; Suite&trade; 20&deg;",
               "€5 © Northwind® Suite™ 20°");
  assert_text ("&Eacute;lodie &Uuml;ber &Ouml;l &Auml;rger &ntilde;",
               "Élodie Über Öl Ärger ñ");
}

static void
test_no_break_space_is_a_plain_space (void)
{
  assert_text ("a&nbsp;b", "a b");
  assert_text ("a&nbsp;&nbsp;&nbsp;b", "a b");
  assert_text ("a\xC2\xA0\xC2\xA0" "b", "a b");
  assert_text ("&nbsp;lead and trail&nbsp;", "lead and trail");
}

static void
test_numeric_references_are_decoded (void)
{
  assert_text ("&#72;&#105; &#x48;&#x49; &#X4a;", "Hi HI J");
  assert_text ("&#8211; &#x2014; &#128512; &#x1F600;", "– — 😀 😀");
  /* The windows-1252 meaning that old mail tools intended. */
  assert_text ("it&#146;s &#147;fine&#148; &#128;", "it’s “fine” €");
  /* Browsers allow a missing ';' on numeric references. */
  assert_text ("&#65&#66", "AB");
}

static void
test_invalid_code_points_become_replacement_characters (void)
{
  assert_text ("a&#0;b", "a\xEF\xBF\xBD" "b");
  assert_text ("a&#xD800;b", "a\xEF\xBF\xBD" "b");
  assert_text ("a&#x110000;b", "a\xEF\xBF\xBD" "b");
  assert_text ("a&#99999999999999999999999;b", "a\xEF\xBF\xBD" "b");
  assert_text ("a&#1;b", "a\xEF\xBF\xBD" "b");
  assert_text ("a&#x81;b", "a\xEF\xBF\xBD" "b");
}

static void
test_unknown_entities_stay_as_written (void)
{
  assert_text ("AT&T &bogus; &amp &#; &#x; & alone", "AT&T &bogus; &amp &#; &#x; & alone");
  assert_text ("R&amp;D&copy", "R&D&copy");
  assert_text ("&averyveryveryveryveryveryverylongname;", "&averyveryveryveryveryveryverylongname;");
}

static void
test_script_style_head_and_title_are_dropped (void)
{
  assert_text ("<html><head><title>Offer</title><meta charset=\"utf-8\">"
               "<style>p { color: red; } a > b { }</style></head>"
               "<body><p>Hello</p><script>if (a < b && c > d) alert('x');</script>"
               "<p>World</p></body></html>",
               "Hello\nWorld");
  assert_text ("a<SCRIPT type=\"text/javascript\">var s = '</scr' + 'ipt>';</SCRIPT>b", "ab");
  assert_text ("keep<style>never closed { }", "keep");
  assert_text ("<head><title>t</title>body text without closing head", "body text without closing head");
  assert_text ("x<noscript>Enable JS</noscript>y", "xy");
}

static void
test_comments_are_dropped (void)
{
  assert_text ("a<!-- hidden <p>markup</p> -->b", "ab");
  assert_text ("<!--[if mso]><table><tr><td><![endif]-->Text", "Text");
  assert_text ("before<!-- never closed <p>after</p>", "before");
  assert_text ("<!DOCTYPE html><?xml version=\"1.0\"?>Doc", "Doc");
}

static void
test_block_elements_and_br_break_lines (void)
{
  assert_text ("<p>one</p><p>two</p>", "one\ntwo");
  assert_text ("<div>one</div><div>two</div>", "one\ntwo");
  assert_text ("line<br>next<br/>last<BR />end", "line\nnext\nlast\nend");
  assert_text ("<ul><li>alpha</li><li>beta</li></ul>", "alpha\nbeta");
  assert_text ("<h1>Title</h1>Body", "Title\nBody");
  assert_text ("<table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>",
               "a b\nc d");
  /* A <br> closing a block adds no empty line of its own. */
  assert_text ("<div>one<br></div><div>two</div>", "one\ntwo");
  assert_text ("in<b>line</b> <span>words</span> <em>stay</em>", "inline words stay");
}

static void
test_blank_lines_collapse_to_one (void)
{
  assert_text ("a<br><br>b", "a\n\nb");
  assert_text ("a<br><br><br><br><br>b", "a\n\nb");
  assert_text ("<p>a</p><p><br></p><p><br></p><p><br></p><p>b</p>", "a\n\nb");
  assert_text ("<br><br><p>start</p>", "start");
  assert_text ("<p>end</p><br><br><br>", "end");
}

static void
test_white_space_collapses_and_is_trimmed (void)
{
  assert_text ("   several \t\t spaces\n\nand\r\nnewlines   ", "several spaces and newlines");
  assert_text ("<p>   indented</p>\n   <p>text   </p>", "indented\ntext");
  assert_text ("", "");
  assert_text ("<p></p><div> </div>", "");
}

static void
test_unterminated_tag_degrades_to_text (void)
{
  assert_text ("Hello <b world", "Hello <b world");
  assert_text ("<p>Fine</p><a href=\"https://example.com", "Fine\n<a href=\"https://example.com");
  assert_text ("<p>Fine</p><img src='x", "Fine\n<img src='x");
}

static void
test_quoted_attribute_may_hold_angle_brackets (void)
{
  assert_text ("<a title=\"a > b\" href='c>d'>link</a> after", "link after");
  /* A lone quote inside a value is not the start of one. */
  assert_text ("<a title=it's>x</a>y", "xy");
  /* A quote that never closes is an ordinary character. */
  assert_text ("<a href=\"oops>text</a>", "text");
}

static void
test_literal_less_than_signs_survive (void)
{
  assert_text ("I <3 this", "I <3 this");
  assert_text ("a < b and c > d", "a < b and c > d");
  assert_text ("<p>x << y</p>", "x << y");
  assert_text ("<p>Pricing: </ 3 months</p>", "Pricing: </ 3 months");
}

static void
test_invalid_utf8_gives_valid_output (void)
{
  assert_text ("<p>caf\xE9 ok</p>", "caf\xEF\xBF\xBD ok");
  assert_text ("\xFF\xFE<b>x</b>\xC3", "\xEF\xBF\xBD\xEF\xBF\xBDx\xEF\xBF\xBD");
}

static void
test_random_bytes_give_valid_output (void)
{
  static const char alphabet[] = "<>/!-&#;x\"'= pabrdiv\n\xC3\xA9\xFF";
  GRand *rand = g_rand_new_with_seed (4242);

  for (guint i = 0; i < 3000; i++)
    {
      char buffer[64];
      guint len = g_rand_int_range (rand, 0, sizeof buffer - 1);
      g_autofree char *text = NULL;

      for (guint j = 0; j < len; j++)
        buffer[j] = alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)];
      buffer[len] = '\0';

      text = og_html_to_text (buffer);
      g_assert_true (g_utf8_validate (text, -1, NULL));
      (void) og_html_looks_like_html (buffer);
    }

  g_rand_free (rand);
}

static void
test_plain_text_is_not_taken_for_html (void)
{
  static const char *plain[] = {
    "",
    "I <3 this",
    "a < b and c > d",
    "Write to <dana.whitfield@example.com>",
    "See <https://example.com/offer>",
    "x<y and y>z",
    "Tom &amp; Jerry",
    "<<<>>>",
    "</>",
    "< p>not a tag",
  };

  for (guint i = 0; i < G_N_ELEMENTS (plain); i++)
    {
      g_test_message ("plain: %s", plain[i]);
      g_assert_false (og_html_looks_like_html (plain[i]));
    }
}

static void
test_markup_is_recognised_as_html (void)
{
  static const char *markup[] = {
    "<p>Hi</p>",
    "Line one<br>Line two",
    "Line one<br/>",
    "<div class=\"spinmail-quill-editor__spin-break\">x</div>",
    "<span>x",
    "see <a href=\"https://example.com\">this</a>",
    "<TABLE border=1>",
    "<html>",
    "<!DOCTYPE html>",
    "<!doctype html>",
    "<script>alert(1)</script>",
    "text <!-- comment -->",
    "closing only</custom-tag>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (markup); i++)
    {
      g_test_message ("markup: %s", markup[i]);
      g_assert_true (og_html_looks_like_html (markup[i]));
    }
}

static char *
repeat (const char *unit,
        gsize       total_bytes)
{
  gsize unit_len = strlen (unit);
  GString *s = g_string_sized_new (total_bytes + unit_len);

  while (s->len < total_bytes)
    g_string_append_len (s, unit, unit_len);

  return g_string_free (s, FALSE);
}

/* Each input would take hours if any step were quadratic; the limit is
 * generous enough for valgrind. */
static void
test_hostile_input_finishes_in_linear_time (void)
{
  static const char *units[] = {
    "<",
    "<a",
    "<a ",
    "</",
    "<div>",
    "<head>",
    "<title>",
    "<!--",
    "<!",
    "&#",
    "&#1",
    "&amp",
    "<a href=\"",
    "<a href=\"x>",
    "<a href='",
    "<p title=\"\"\"",
    "<script>",
    "</script",
    "<head><a ",
  };
  const gsize size = 1024 * 1024;

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      g_autofree char *input = repeat (units[i], size);
      gint64 start = g_get_monotonic_time ();
      g_autofree char *text = og_html_to_text (input);
      gboolean looks = og_html_looks_like_html (input);
      double seconds = (g_get_monotonic_time () - start) / 1e6;

      g_test_message ("1 MiB of \"%s\": %.3f s, %zu bytes of text, html: %d",
                      units[i], seconds, strlen (text), looks);
      g_assert_true (g_utf8_validate (text, -1, NULL));
      g_assert_cmpfloat (seconds, <, 30.0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/og/html/sponsored-inmail-becomes-readable-text",
                   test_sponsored_inmail_becomes_readable_text);
  g_test_add_func ("/og/html/named-entities-are-decoded",
                   test_named_entities_are_decoded);
  g_test_add_func ("/og/html/no-break-space-is-a-plain-space",
                   test_no_break_space_is_a_plain_space);
  g_test_add_func ("/og/html/numeric-references-are-decoded",
                   test_numeric_references_are_decoded);
  g_test_add_func ("/og/html/invalid-code-points-become-replacement-characters",
                   test_invalid_code_points_become_replacement_characters);
  g_test_add_func ("/og/html/unknown-entities-stay-as-written",
                   test_unknown_entities_stay_as_written);
  g_test_add_func ("/og/html/script-style-head-and-title-are-dropped",
                   test_script_style_head_and_title_are_dropped);
  g_test_add_func ("/og/html/comments-are-dropped",
                   test_comments_are_dropped);
  g_test_add_func ("/og/html/block-elements-and-br-break-lines",
                   test_block_elements_and_br_break_lines);
  g_test_add_func ("/og/html/blank-lines-collapse-to-one",
                   test_blank_lines_collapse_to_one);
  g_test_add_func ("/og/html/white-space-collapses-and-is-trimmed",
                   test_white_space_collapses_and_is_trimmed);
  g_test_add_func ("/og/html/unterminated-tag-degrades-to-text",
                   test_unterminated_tag_degrades_to_text);
  g_test_add_func ("/og/html/quoted-attribute-may-hold-angle-brackets",
                   test_quoted_attribute_may_hold_angle_brackets);
  g_test_add_func ("/og/html/literal-less-than-signs-survive",
                   test_literal_less_than_signs_survive);
  g_test_add_func ("/og/html/invalid-utf8-gives-valid-output",
                   test_invalid_utf8_gives_valid_output);
  g_test_add_func ("/og/html/random-bytes-give-valid-output",
                   test_random_bytes_give_valid_output);
  g_test_add_func ("/og/html/plain-text-is-not-taken-for-html",
                   test_plain_text_is_not_taken_for_html);
  g_test_add_func ("/og/html/markup-is-recognised-as-html",
                   test_markup_is_recognised_as_html);
  g_test_add_func ("/og/html/hostile-input-finishes-in-linear-time",
                   test_hostile_input_finishes_in_linear_time);

  return g_test_run ();
}
