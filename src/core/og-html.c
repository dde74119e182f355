/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-html.c — sponsored messages and InMail arrive as HTML (LinkedIn's
 * "spinmail" markup); the classifier and the UI want text. This is a small
 * tag-skipping state machine, not an HTML parser: it keeps the words and the
 * line structure, and it must stay linear on hostile input, because message
 * content comes from strangers. Every byte is looked at a bounded number of
 * times: searches that reach the end of the input either finish the
 * conversion or are remembered so they are never repeated.
 */
#define G_LOG_DOMAIN "og-html"

#include "config.h"

#include <string.h>

#include "og-html.h"

#define REPLACEMENT_CHARACTER 0xFFFD
#define MAX_TAG_NAME          16
#define MAX_ENTITY_NAME       32

/* ---- detection ------------------------------------------------------------ */

/* Elements common in mail; a '<' followed by anything else ("<3", "< b",
 * "<jane@example.com>", "<https://…>") is taken as plain text. */
static const char *known_tags[] = {
  "a", "abbr", "address", "article", "b", "blockquote", "body", "br", "button",
  "caption", "center", "code", "dd", "div", "dl", "dt", "em", "figure", "font",
  "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
  "html", "i", "iframe", "img", "input", "label", "li", "link", "main", "meta",
  "nav", "noscript", "ol", "p", "pre", "s", "script", "section", "small", "span",
  "strong", "style", "sub", "sup", "table", "tbody", "td", "th", "thead", "title",
  "tr", "u", "ul",
};

static gsize
tag_name_length (const char *s)
{
  gsize n = 0;

  if (!g_ascii_isalpha (s[0]))
    return 0;

  while (g_ascii_isalnum (s[n]) || s[n] == '-' || s[n] == ':')
    n++;

  return n;
}

static gboolean
is_known_tag (const char *name,
              gsize       len)
{
  for (guint i = 0; i < G_N_ELEMENTS (known_tags); i++)
    {
      if (strlen (known_tags[i]) == len && g_ascii_strncasecmp (name, known_tags[i], len) == 0)
        return TRUE;
    }

  return FALSE;
}

gboolean
og_html_looks_like_html (const char *text)
{
  g_return_val_if_fail (text != NULL, FALSE);

  for (const char *p = strchr (text, '<'); p != NULL; p = strchr (p + 1, '<'))
    {
      const char *name = p + 1;
      gsize len;

      if (g_ascii_strncasecmp (name, "!doctype", 8) == 0 || g_str_has_prefix (name, "!--"))
        return TRUE;

      /* Any closing tag "</name>" counts: plain text rarely writes one. */
      if (name[0] == '/')
        {
          len = tag_name_length (name + 1);
          if (len > 0 && name[1 + len] == '>')
            return TRUE;
          continue;
        }

      len = tag_name_length (name);
      if (len > 0 && is_known_tag (name, len) &&
          (name[len] == '>' || name[len] == '/' || g_ascii_isspace (name[len])))
        return TRUE;
    }

  return FALSE;
}

/* ---- character references -------------------------------------------------- */

static const struct {
  const char *name;
  gunichar    value;
} named_entities[] = {
  /* Markup and spacing */
  { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' },
  { "nbsp", ' ' }, { "ensp", 0x2002 }, { "emsp", 0x2003 }, { "thinsp", 0x2009 },
  { "zwnj", 0x200C }, { "zwj", 0x200D }, { "shy", 0x00AD },
  /* Punctuation */
  { "ndash", 0x2013 }, { "mdash", 0x2014 }, { "lsquo", 0x2018 }, { "rsquo", 0x2019 },
  { "sbquo", 0x201A }, { "ldquo", 0x201C }, { "rdquo", 0x201D }, { "bdquo", 0x201E },
  { "laquo", 0x00AB }, { "raquo", 0x00BB }, { "lsaquo", 0x2039 }, { "rsaquo", 0x203A },
  { "hellip", 0x2026 }, { "bull", 0x2022 }, { "middot", 0x00B7 }, { "dagger", 0x2020 },
  { "Dagger", 0x2021 }, { "permil", 0x2030 }, { "prime", 0x2032 }, { "iexcl", 0x00A1 },
  { "iquest", 0x00BF }, { "sect", 0x00A7 }, { "para", 0x00B6 }, { "brvbar", 0x00A6 },
  /* Symbols */
  { "euro", 0x20AC }, { "pound", 0x00A3 }, { "yen", 0x00A5 }, { "cent", 0x00A2 },
  { "curren", 0x00A4 }, { "copy", 0x00A9 }, { "reg", 0x00AE }, { "trade", 0x2122 },
  { "deg", 0x00B0 }, { "plusmn", 0x00B1 }, { "times", 0x00D7 }, { "divide", 0x00F7 },
  { "micro", 0x00B5 }, { "frac12", 0x00BD }, { "frac14", 0x00BC }, { "frac34", 0x00BE },
  { "sup1", 0x00B9 }, { "sup2", 0x00B2 }, { "sup3", 0x00B3 }, { "ordf", 0x00AA },
  { "ordm", 0x00BA }, { "not", 0x00AC }, { "larr", 0x2190 }, { "uarr", 0x2191 },
  { "rarr", 0x2192 }, { "darr", 0x2193 }, { "harr", 0x2194 }, { "hearts", 0x2665 },
  { "check", 0x2713 }, { "star", 0x2606 },
  /* Latin letters */
  { "Agrave", 0x00C0 }, { "Aacute", 0x00C1 }, { "Acirc", 0x00C2 }, { "Atilde", 0x00C3 },
  { "Auml", 0x00C4 }, { "Aring", 0x00C5 }, { "AElig", 0x00C6 }, { "Ccedil", 0x00C7 },
  { "Egrave", 0x00C8 }, { "Eacute", 0x00C9 }, { "Ecirc", 0x00CA }, { "Euml", 0x00CB },
  { "Igrave", 0x00CC }, { "Iacute", 0x00CD }, { "Icirc", 0x00CE }, { "Iuml", 0x00CF },
  { "ETH", 0x00D0 }, { "Ntilde", 0x00D1 }, { "Ograve", 0x00D2 }, { "Oacute", 0x00D3 },
  { "Ocirc", 0x00D4 }, { "Otilde", 0x00D5 }, { "Ouml", 0x00D6 }, { "Oslash", 0x00D8 },
  { "Ugrave", 0x00D9 }, { "Uacute", 0x00DA }, { "Ucirc", 0x00DB }, { "Uuml", 0x00DC },
  { "Yacute", 0x00DD }, { "THORN", 0x00DE }, { "szlig", 0x00DF },
  { "agrave", 0x00E0 }, { "aacute", 0x00E1 }, { "acirc", 0x00E2 }, { "atilde", 0x00E3 },
  { "auml", 0x00E4 }, { "aring", 0x00E5 }, { "aelig", 0x00E6 }, { "ccedil", 0x00E7 },
  { "egrave", 0x00E8 }, { "eacute", 0x00E9 }, { "ecirc", 0x00EA }, { "euml", 0x00EB },
  { "igrave", 0x00EC }, { "iacute", 0x00ED }, { "icirc", 0x00EE }, { "iuml", 0x00EF },
  { "eth", 0x00F0 }, { "ntilde", 0x00F1 }, { "ograve", 0x00F2 }, { "oacute", 0x00F3 },
  { "ocirc", 0x00F4 }, { "otilde", 0x00F5 }, { "ouml", 0x00F6 }, { "oslash", 0x00F8 },
  { "ugrave", 0x00F9 }, { "uacute", 0x00FA }, { "ucirc", 0x00FB }, { "uuml", 0x00FC },
  { "yacute", 0x00FD }, { "thorn", 0x00FE }, { "yuml", 0x00FF }, { "OElig", 0x0152 },
  { "oelig", 0x0153 }, { "Scaron", 0x0160 }, { "scaron", 0x0161 }, { "Yuml", 0x0178 },
  { "fnof", 0x0192 },
};

/* What browsers make of &#128;–&#159;: the windows-1252 characters that old
 * mail tools meant (&#146; is a right quote, not a C1 control). 0 = undefined. */
static const gunichar windows_1252_c1[32] = {
  0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
  0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

static gunichar
sanitize_code_point (guint64 value)
{
  if (value >= 0x80 && value <= 0x9F)
    return windows_1252_c1[value - 0x80] != 0 ? windows_1252_c1[value - 0x80]
                                              : REPLACEMENT_CHARACTER;

  /* NUL, surrogates, beyond Unicode, and C0 controls other than white space. */
  if (value == 0 || value > 0x10FFFF ||
      (value >= 0xD800 && value <= 0xDFFF) ||
      (value < 0x20 && value != '\t' && value != '\n' && value != '\r' && value != '\f') ||
      value == 0x7F)
    return REPLACEMENT_CHARACTER;

  return (gunichar) value;
}

/* Reads the reference at @s (which points at '&'). Returns the number of
 * bytes it spans and sets @value, or returns 0 when it is not a reference
 * this decoder knows, so that the '&' stays literal. */
static gsize
read_reference (const char *s,
                gunichar   *value)
{
  gsize n = 1;

  if (s[n] == '#')
    {
      gboolean hex = FALSE;
      guint64 v = 0;
      gsize digits = 0;

      n++;
      if (s[n] == 'x' || s[n] == 'X')
        {
          hex = TRUE;
          n++;
        }

      /* Keep consuming digits past any sane value, but stop growing it. */
      for (;; n++, digits++)
        {
          int d = hex ? g_ascii_xdigit_value (s[n]) : g_ascii_digit_value (s[n]);

          if (d < 0)
            break;
          if (v <= 0x10FFFF)
            v = v * (hex ? 16 : 10) + (guint) d;
        }

      if (digits == 0)
        return 0;

      /* Browsers accept a numeric reference without its ';'. */
      if (s[n] == ';')
        n++;

      *value = sanitize_code_point (v);
      return n;
    }

  while (n <= MAX_ENTITY_NAME && g_ascii_isalnum (s[n]))
    n++;

  if (n == 1 || s[n] != ';')
    return 0;

  for (guint i = 0; i < G_N_ELEMENTS (named_entities); i++)
    {
      const char *name = named_entities[i].name;

      if (name[0] == s[1] && strlen (name) == n - 1 && strncmp (name, s + 1, n - 1) == 0)
        {
          *value = named_entities[i].value;
          return n + 1;
        }
    }

  return 0;
}

/* ---- output ------------------------------------------------------------------ */

typedef struct
{
  GString  *out;
  guint     pending_breaks; /* line breaks owed before the next visible text */
  gboolean  pending_space;  /* white space seen since the last visible text */
} Writer;

static guint
trailing_newlines (GString *out)
{
  guint n = 0;

  while (n < 2 && n < out->len && out->str[out->len - 1 - n] == '\n')
    n++;

  return n;
}

/* Blocks ask for "at least one line break here"; adjacent requests merge,
 * which is how "</p><div>" stays one break rather than two. */
static void
writer_request_break (Writer *w)
{
  w->pending_breaks = 1;
  w->pending_space = FALSE;
}

/* A <br> is a real line break, but never more than one blank line in a row. */
static void
writer_line_break (Writer *w)
{
  /* Leading line breaks are never written. */
  if (w->out->len == 0)
    {
      w->pending_breaks = 0;
      w->pending_space = FALSE;
      return;
    }

  if (trailing_newlines (w->out) < w->pending_breaks)
    g_string_append_c (w->out, '\n');
  w->pending_breaks = 0;
  w->pending_space = FALSE;

  if (trailing_newlines (w->out) < 2)
    g_string_append_c (w->out, '\n');
}

static void
writer_flush (Writer *w)
{
  if (w->pending_breaks > 0 && w->out->len > 0 &&
      trailing_newlines (w->out) < w->pending_breaks)
    g_string_append_c (w->out, '\n');

  /* No space at the start of a line. */
  if (w->pending_space && w->out->len > 0 && w->out->str[w->out->len - 1] != '\n')
    g_string_append_c (w->out, ' ');

  w->pending_breaks = 0;
  w->pending_space = FALSE;
}

static gboolean
is_collapsible_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x00A0;
}

static void
writer_char (Writer   *w,
             gunichar  c)
{
  if (is_collapsible_space (c))
    {
      w->pending_space = TRUE;
      return;
    }

  /* A soft hyphen is only a hint where a word may break. */
  if (c == 0x00AD)
    return;

  writer_flush (w);
  g_string_append_unichar (w->out, c);
}

/* Text between tags: literal characters and character references. */
static void
writer_text (Writer     *w,
             const char *s,
             gsize       len)
{
  const char *end = s + len;

  while (s < end)
    {
      guchar c = (guchar) *s;

      if (c == '&')
        {
          gunichar value;
          gsize n = read_reference (s, &value);

          /* read_reference() may look past @end; only take what fits. */
          if (n > 0 && s + n <= end)
            {
              writer_char (w, value);
              s += n;
              continue;
            }
        }

      if (c < 0x80)
        {
          if (c >= 0x20 || is_collapsible_space (c))
            writer_char (w, c);
          s++;
        }
      else
        {
          /* The input was validated: this is the start of a whole sequence. */
          writer_char (w, g_utf8_get_char (s));
          s = g_utf8_next_char (s);
        }
    }
}

/* ---- tags ------------------------------------------------------------------------- */

typedef enum
{
  TAG_INLINE,
  TAG_BREAK,      /* <br> */
  TAG_BLOCK,      /* starts and ends its own line */
  TAG_CELL,       /* table cells: a space between neighbours */
  TAG_RAW,        /* contents are not text: skipped to the closing tag */
} TagKind;

static const struct {
  const char *name;
  TagKind     kind;
} tag_kinds[] = {
  { "br", TAG_BREAK },
  { "address", TAG_BLOCK }, { "article", TAG_BLOCK }, { "aside", TAG_BLOCK },
  { "blockquote", TAG_BLOCK }, { "body", TAG_BLOCK }, { "caption", TAG_BLOCK },
  { "center", TAG_BLOCK }, { "dd", TAG_BLOCK }, { "div", TAG_BLOCK }, { "dl", TAG_BLOCK },
  { "dt", TAG_BLOCK }, { "fieldset", TAG_BLOCK }, { "figcaption", TAG_BLOCK },
  { "figure", TAG_BLOCK }, { "footer", TAG_BLOCK }, { "form", TAG_BLOCK },
  { "h1", TAG_BLOCK }, { "h2", TAG_BLOCK }, { "h3", TAG_BLOCK }, { "h4", TAG_BLOCK },
  { "h5", TAG_BLOCK }, { "h6", TAG_BLOCK }, { "header", TAG_BLOCK }, { "hr", TAG_BLOCK },
  { "html", TAG_BLOCK }, { "li", TAG_BLOCK }, { "main", TAG_BLOCK }, { "nav", TAG_BLOCK },
  { "ol", TAG_BLOCK }, { "p", TAG_BLOCK }, { "pre", TAG_BLOCK }, { "section", TAG_BLOCK },
  { "table", TAG_BLOCK }, { "tr", TAG_BLOCK }, { "ul", TAG_BLOCK },
  { "td", TAG_CELL }, { "th", TAG_CELL },
  { "head", TAG_RAW }, { "noscript", TAG_RAW }, { "script", TAG_RAW },
  { "style", TAG_RAW }, { "template", TAG_RAW }, { "title", TAG_RAW },
};

static TagKind
tag_kind (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (tag_kinds); i++)
    {
      if (strcmp (tag_kinds[i].name, name) == 0)
        return tag_kinds[i].kind;
    }

  return TAG_INLINE;
}

typedef struct
{
  const char *text;
  gsize       len;
  const char *last_gt;       /* last '>' in the input, or NULL */
  const char *last_dquote;   /* last '"', or NULL */
  const char *last_squote;   /* last '\'', or NULL */
  gboolean    head_unclosed; /* no "</head" after the first <head> */
} Scanner;

static const char *
last_of (const char *text,
         gsize       len,
         char        c)
{
  for (gsize i = len; i > 0; i--)
    {
      if (text[i - 1] == c)
        return text + i - 1;
    }

  return NULL;
}

/* Finds the '>' ending the tag whose name ends at @p, honouring quoted
 * attribute values. NULL when the tag never ends. A quote without a partner
 * later in the text is an ordinary character, which the precomputed last
 * positions tell in constant time. */
static const char *
find_tag_end (const Scanner *sc,
              const char    *p)
{
  const char *end = sc->text + sc->len;
  gboolean after_equals = FALSE;

  if (sc->last_gt == NULL || p > sc->last_gt)
    return NULL;

  while (p < end)
    {
      char c = *p;

      if (c == '>')
        return p;

      if (after_equals && (c == '"' || c == '\''))
        {
          const char *last = c == '"' ? sc->last_dquote : sc->last_squote;

          if (last != NULL && last > p)
            {
              p = memchr (p + 1, c, end - (p + 1));
              g_assert (p != NULL);
              p++;
              after_equals = FALSE;
              continue;
            }
        }

      if (c == '=')
        after_equals = TRUE;
      else if (!g_ascii_isspace (c))
        after_equals = FALSE;

      p++;
    }

  return NULL;
}

/* The start of "</name" (any case, followed by a non-name character) at or
 * after @p, or NULL. */
static const char *
find_closing_tag (const Scanner *sc,
                  const char    *p,
                  const char    *name)
{
  const char *end = sc->text + sc->len;
  gsize name_len = strlen (name);

  while ((p = memchr (p, '<', end - p)) != NULL)
    {
      if ((gsize) (end - p) >= name_len + 2 && p[1] == '/' &&
          g_ascii_strncasecmp (p + 2, name, name_len) == 0 &&
          !g_ascii_isalnum (p[2 + name_len]))
        return p;
      p++;
    }

  return NULL;
}

static void
convert (Scanner *sc,
         Writer  *w)
{
  const char *p = sc->text;
  const char *end = sc->text + sc->len;

  while (p < end)
    {
      const char *lt = memchr (p, '<', end - p);
      const char *name;
      const char *tag_end;
      gboolean closing;
      gsize name_len;
      char lower[MAX_TAG_NAME + 1];

      if (lt == NULL)
        {
          writer_text (w, p, end - p);
          return;
        }

      writer_text (w, p, lt - p);
      p = lt;

      /* Comments run to "-->"; an unterminated one hides the rest, as in a browser. */
      if (strncmp (p, "<!--", 4) == 0)
        {
          const char *close = strstr (p + 4, "-->");

          if (close == NULL)
            return;
          p = close + 3;
          continue;
        }

      /* <!DOCTYPE …>, <![CDATA[…]]> and <?xml …?> carry no text worth keeping. */
      if (p[1] == '!' || p[1] == '?')
        {
          tag_end = sc->last_gt != NULL && sc->last_gt > p ? memchr (p, '>', end - p) : NULL;
          if (tag_end == NULL)
            {
              writer_text (w, p, end - p);
              return;
            }
          p = tag_end + 1;
          continue;
        }

      closing = p[1] == '/';
      name = p + (closing ? 2 : 1);
      name_len = tag_name_length (name);

      /* "a < b", "<3", "</ 3": a literal '<'. */
      if (name_len == 0)
        {
          writer_text (w, p, 1);
          p++;
          continue;
        }

      /* A tag that never ends degrades to its text. */
      tag_end = find_tag_end (sc, name + name_len);
      if (tag_end == NULL)
        {
          writer_text (w, p, end - p);
          return;
        }

      if (name_len > MAX_TAG_NAME)
        name_len = 0;
      for (gsize i = 0; i < name_len; i++)
        lower[i] = g_ascii_tolower (name[i]);
      lower[name_len] = '\0';
      p = tag_end + 1;

      switch (tag_kind (lower))
        {
        case TAG_BREAK:
          writer_line_break (w);
          break;

        case TAG_BLOCK:
          writer_request_break (w);
          break;

        case TAG_CELL:
          w->pending_space = TRUE;
          break;

        case TAG_RAW:
          {
            gboolean is_head = g_str_equal (lower, "head");
            const char *close;

            /* Once "</head" was not found it will not be found further on
             * either; searching again for every <head> would be quadratic. */
            if (closing || (is_head && sc->head_unclosed))
              break;

            close = find_closing_tag (sc, p, lower);
            if (close != NULL)
              {
                tag_end = find_tag_end (sc, close + 2 + strlen (lower));
                if (tag_end == NULL)
                  return;
                p = tag_end + 1;
              }
            else if (is_head)
              {
                /* A <head> that never closes holds the body too: read on,
                 * its <title> and <style> are dropped one by one. */
                sc->head_unclosed = TRUE;
              }
            else
              {
                /* A script or style running to the end: nothing readable follows. */
                return;
              }
          }
          break;

        case TAG_INLINE:
        default:
          break;
        }
    }
}

char *
og_html_to_text (const char *html)
{
  g_autofree char *valid = NULL;
  Scanner sc = { 0, };
  Writer w = { 0, };

  g_return_val_if_fail (html != NULL, NULL);

  if (!g_utf8_validate (html, -1, NULL))
    valid = g_utf8_make_valid (html, -1);

  sc.text = valid != NULL ? valid : html;
  sc.len = strlen (sc.text);
  sc.last_gt = last_of (sc.text, sc.len, '>');
  sc.last_dquote = last_of (sc.text, sc.len, '"');
  sc.last_squote = last_of (sc.text, sc.len, '\'');

  w.out = g_string_sized_new (sc.len / 2 + 1);
  convert (&sc, &w);

  /* Pending breaks and spaces at the end are dropped; leading ones were never written. */
  while (w.out->len > 0 && g_ascii_isspace (w.out->str[w.out->len - 1]))
    g_string_truncate (w.out, w.out->len - 1);

  return g_string_free (w.out, FALSE);
}
