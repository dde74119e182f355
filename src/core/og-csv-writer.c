/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "og-csv-writer"

#include "config.h"

#include <string.h>

#include "og-csv-writer.h"

void
og_csv_append_cell (GString    *out,
                    const char *value)
{
  gboolean quote;

  g_return_if_fail (out != NULL);

  if (value == NULL)
    value = "";

  quote = strpbrk (value, ",\"\r\n") != NULL;
  if (strchr ("=+-@\t\r", value[0]) != NULL && value[0] != '\0')
    quote = TRUE;

  if (!quote)
    {
      g_string_append (out, value);
      return;
    }

  g_string_append_c (out, '"');
  if (value[0] != '\0' && strchr ("=+-@\t\r", value[0]) != NULL)
    g_string_append_c (out, '\'');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

void
og_csv_append_row (GString            *out,
                   const char * const *values,
                   guint               n_values)
{
  for (guint i = 0; i < n_values; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      og_csv_append_cell (out, values[i]);
    }
  g_string_append (out, "\r\n");
}
