/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-utf8.h — UTF-8 validation that strides over ASCII. */
#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

/* What g_utf8_validate_len (@text, @length, NULL) answers, eight bytes a
 * step through ASCII: LinkedIn's text is nearly all ASCII, and validating
 * it byte by byte was a tenth of an import. Bytes below 0x80 are never
 * part of a multi-byte sequence, so the text is valid exactly when it has
 * no NUL and each run of bytes from 0x80 up is valid on its own; those runs
 * are left to GLib. */
static inline gboolean
og_utf8_validate_len (const char *text,
                      gsize       length)
{
  const guchar *p = (const guchar *)text;
  const guchar *end = p + length;

  while (p < end)
    {
      if (end - p >= 8)
        {
          guint64 word;

          memcpy (&word, p, 8);
          /* No high bit and no zero byte among the eight. */
          if (((word | ((word - G_GUINT64_CONSTANT (0x0101010101010101)) & ~word)) &
               G_GUINT64_CONSTANT (0x8080808080808080)) == 0)
            {
              p += 8;
              continue;
            }
        }

      if (*p == 0)
        return FALSE;
      if (*p < 0x80)
        p++;
      else
        {
          const guchar *run = p;

          while (p < end && *p >= 0x80)
            p++;
          if (!g_utf8_validate_len ((const char *)run, p - run, NULL))
            return FALSE;
        }
    }
  return TRUE;
}

G_END_DECLS
