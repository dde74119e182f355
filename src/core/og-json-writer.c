/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-json-writer.c — the audit report is written as it is built: building a
 * json-glib tree of 30,000 contacts first took more memory than the dataset
 * and an eighth of the audit's time. The text is the one og-report's tree
 * writer makes: two-space indents, shortest round-tripping doubles. */
#define G_LOG_DOMAIN "og-json-writer"

#include "config.h"

#include <float.h>
#include <math.h>
#include <string.h>

#include "og-json-writer.h"
#include "og-utf8.h"

#define SINK_PIECE (64 * 1024)
#define DOUBLE_CACHE 512   /* a power of two */

struct _OgJsonWriter
{
  GString *out;
  GArray  *first;     /* gboolean per open object or array: nothing written in it yet */
  gboolean named;     /* a member name was just written */
  OgJsonSinkFunc sink;  /* NULL: the text is kept whole */
  gpointer       sink_data;
  gboolean       sink_failed;
  /* The text of doubles written lately, by their bits: a report repeats a
   * few hundred values (rates of equal counts, rounded minutes) across
   * tens of thousands of contacts, and printing one costs several printf
   * and strtod calls. */
  struct
  {
    guint64 bits;
    char    text[G_ASCII_DTOSTR_BUF_SIZE + 2];
  } doubles[DOUBLE_CACHE];
};

void
og_json_write_indent (GString *out,
                      guint    depth)
{
  g_string_append_c (out, '\n');
  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

void
og_json_write_string (GString    *out,
                      const char *text)
{
  g_autofree char *valid = NULL;

  /* Best-effort imports may carry broken UTF-8; the report stays valid JSON. */
  if (!og_utf8_validate_len (text, strlen (text)))
    text = valid = g_utf8_make_valid (text, -1);

  g_string_append_c (out, '"');
  for (const guchar *p = (const guchar *)text; *p != '\0';)
    {
      const guchar *run = p;

      /* Runs that need no escape go in whole: the report is mostly those. */
      while (*p >= 0x20 && *p != '"' && *p != '\\' && *p != 0x7f)
        p++;
      g_string_append_len (out, (const char *)run, (gssize)(p - run));
      if (*p == '\0')
        break;

      switch (*p)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          g_string_append_printf (out, "\\u%04x", *p);
        }
      p++;
    }
  g_string_append_c (out, '"');
}

/* json-glib 1.6 prints doubles with 17 digits (15.7 becomes
 * 15.699999999999999); people read this report, so it holds the shortest
 * text that reads back as the same number. */
/* The significant digits of a number printed by "%g". */
static int
significant_digits (const char *printed)
{
  int digits = 0, trailing_zeros = 0;
  gboolean leading = TRUE;

  for (const char *p = printed; *p != '\0' && *p != 'e'; p++)
    {
      if (!g_ascii_isdigit (*p) || (leading && *p == '0'))
        continue;
      leading = FALSE;
      digits++;
      trailing_zeros = *p == '0' ? trailing_zeros + 1 : 0;
    }
  return MAX (digits - trailing_zeros, 1);
}

static void
format_with (char   *buffer,
             gsize   size,
             int     precision,
             double  value)
{
  char format[8];

  g_snprintf (format, sizeof format, "%%.%dg", precision);
  g_ascii_formatd (buffer, size, format, value);
}

void
og_json_write_double (GString *out,
                      double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      g_string_append (out, "null");
      return;
    }

  /* The fewest digits that read back, without trying each count: fifteen
   * digits always survive a trip through a normal double, so when they read back
   * the shortest text has just their significant digits; otherwise it
   * takes sixteen or seventeen. */
  format_with (buffer, sizeof buffer, 15, value);
  if (value != 0.0 && fabs (value) < DBL_MIN)
    {
      /* Subnormal numbers hold fewer digits: those are tried one by one. */
      for (int precision = 1; precision <= 17; precision++)
        {
          format_with (buffer, sizeof buffer, precision, value);
          if (g_ascii_strtod (buffer, NULL) == value)
            break;
        }
    }
  else if (g_ascii_strtod (buffer, NULL) == value)
    {
      int digits = significant_digits (buffer);

      if (digits < 15)
        format_with (buffer, sizeof buffer, digits, value);
    }
  else
    {
      format_with (buffer, sizeof buffer, 16, value);
      if (g_ascii_strtod (buffer, NULL) != value)
        format_with (buffer, sizeof buffer, 17, value);
    }

  g_string_append (out, buffer);
  /* Keep it visibly a number with a fraction: 0.0, not 0. */
  if (strpbrk (buffer, ".e") == NULL)
    g_string_append (out, ".0");
}

OgJsonWriter *
og_json_writer_new (void)
{
  OgJsonWriter *self = g_new0 (OgJsonWriter, 1);

  self->out = g_string_sized_new (4096);
  self->first = g_array_new (FALSE, FALSE, sizeof (gboolean));
  return self;
}

OgJsonWriter *
og_json_writer_new_to_sink (OgJsonSinkFunc sink,
                            gpointer       user_data)
{
  OgJsonWriter *self = og_json_writer_new ();

  g_return_val_if_fail (sink != NULL, self);

  self->sink = sink;
  self->sink_data = user_data;
  g_string_set_size (self->out, 0);
  return self;
}

static void
hand_over (OgJsonWriter *self)
{
  if (!self->sink_failed && self->out->len > 0)
    self->sink_failed = !self->sink (self->out->str, self->out->len, self->sink_data);
  g_string_truncate (self->out, 0);
}

/* Between values: a piece is handed over once it is large enough. */
static inline void
maybe_hand_over (OgJsonWriter *self)
{
  if (self->sink != NULL && self->out->len >= SINK_PIECE)
    hand_over (self);
}

gboolean
og_json_writer_free_to_sink (OgJsonWriter *self)
{
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->sink != NULL, FALSE);
  g_warn_if_fail (self->first->len == 0);

  g_string_append_c (self->out, '\n');
  hand_over (self);
  ok = !self->sink_failed;
  og_json_writer_free (self);
  return ok;
}

void
og_json_writer_free (OgJsonWriter *self)
{
  if (self == NULL)
    return;
  g_string_free (self->out, TRUE);
  g_array_unref (self->first);
  g_free (self);
}

/* Returns: (transfer full): the text, ending in a newline. */
char *
og_json_writer_free_to_text (OgJsonWriter *self)
{
  char *text;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (self->sink == NULL, NULL);
  g_warn_if_fail (self->first->len == 0);

  g_string_append_c (self->out, '\n');
  text = g_string_free (g_steal_pointer (&self->out), FALSE);
  g_array_unref (self->first);
  g_free (self);
  return text;
}

OgJsonWriter *
og_json_writer_new_items (OgJsonWriter *self,
                          gboolean      after_others)
{
  OgJsonWriter *items;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (self->first->len > 0 && !self->named, NULL);

  items = og_json_writer_new ();
  g_array_append_vals (items->first, self->first->data, self->first->len);
  if (after_others)
    g_array_index (items->first, gboolean, items->first->len - 1) = FALSE;
  return items;
}

void
og_json_writer_add_items (OgJsonWriter *self,
                          OgJsonWriter *items)
{
  g_return_if_fail (self != NULL && items != NULL);
  g_return_if_fail (items->first->len == self->first->len && items->sink == NULL);

  if (items->out->len > 0)
    {
      maybe_hand_over (self);
      g_string_append_len (self->out, items->out->str, (gssize)items->out->len);
      g_array_index (self->first, gboolean, self->first->len - 1) = FALSE;
    }
  og_json_writer_free (items);
}

/* Before a value: its separator and indent inside an array (in an object the
 * member name has written them). */
static void
before_value (OgJsonWriter *self)
{
  gboolean *first;

  maybe_hand_over (self);
  if (self->named || self->first->len == 0)
    {
      self->named = FALSE;
      return;
    }
  first = &g_array_index (self->first, gboolean, self->first->len - 1);
  if (!*first)
    g_string_append_c (self->out, ',');
  *first = FALSE;
  og_json_write_indent (self->out, self->first->len);
}

static void
open_container (OgJsonWriter *self,
                char          bracket)
{
  gboolean first = TRUE;

  before_value (self);
  g_string_append_c (self->out, bracket);
  g_array_append_val (self->first, first);
}

static void
close_container (OgJsonWriter *self,
                 char          bracket)
{
  gboolean empty;

  g_return_if_fail (self->first->len > 0);

  empty = g_array_index (self->first, gboolean, self->first->len - 1);
  g_array_set_size (self->first, self->first->len - 1);
  if (!empty)
    og_json_write_indent (self->out, self->first->len);
  g_string_append_c (self->out, bracket);
}

void
og_json_writer_begin_object (OgJsonWriter *self)
{
  open_container (self, '{');
}

void
og_json_writer_end_object (OgJsonWriter *self)
{
  close_container (self, '}');
}

void
og_json_writer_begin_array (OgJsonWriter *self)
{
  open_container (self, '[');
}

void
og_json_writer_end_array (OgJsonWriter *self)
{
  close_container (self, ']');
}

void
og_json_writer_set_member_name (OgJsonWriter *self,
                                const char   *name)
{
  g_return_if_fail (self->first->len > 0 && !self->named);

  self->named = FALSE;
  before_value (self);
  og_json_write_string (self->out, name);
  g_string_append (self->out, ": ");
  self->named = TRUE;
}

void
og_json_writer_add_string_value (OgJsonWriter *self,
                                 const char   *value)
{
  before_value (self);
  if (value == NULL)
    g_string_append (self->out, "null");
  else
    og_json_write_string (self->out, value);
}

void
og_json_writer_add_int_value (OgJsonWriter *self,
                              gint64        value)
{
  /* Digits written by hand: the report holds hundreds of thousands of
   * numbers, and printf's machinery was a tenth of writing it. */
  char digits[24];
  char *at = digits + sizeof digits;
  guint64 magnitude = value < 0 ? 0 - (guint64)value : (guint64)value;

  before_value (self);
  do
    {
      *--at = (char)('0' + magnitude % 10);
      magnitude /= 10;
    }
  while (magnitude > 0);
  if (value < 0)
    *--at = '-';
  g_string_append_len (self->out, at, digits + sizeof digits - at);
}

void
og_json_writer_add_double_value (OgJsonWriter *self,
                                 double        value)
{
  guint64 bits;
  guint slot;

  before_value (self);
  memcpy (&bits, &value, sizeof bits);
  slot = (guint)((bits * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15)) >> 32) & (DOUBLE_CACHE - 1);
  /* An empty slot holds the bits of 0.0 with no text. */
  if (self->doubles[slot].bits != bits || self->doubles[slot].text[0] == '\0')
    {
      g_autoptr(GString) text = g_string_new (NULL);

      og_json_write_double (text, value);
      self->doubles[slot].bits = bits;
      g_strlcpy (self->doubles[slot].text, text->str, sizeof self->doubles[slot].text);
    }
  g_string_append (self->out, self->doubles[slot].text);
}

void
og_json_writer_add_boolean_value (OgJsonWriter *self,
                                  gboolean      value)
{
  before_value (self);
  g_string_append (self->out, value ? "true" : "false");
}

void
og_json_writer_add_null_value (OgJsonWriter *self)
{
  before_value (self);
  g_string_append (self->out, "null");
}
