/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "og-warning.h"

OgWarning *
og_warning_new (const char *file,
                guint       line,
                const char *message)
{
  OgWarning *warning;

  g_return_val_if_fail (message != NULL, NULL);

  warning = g_new0 (OgWarning, 1);
  warning->file = g_strdup (file != NULL ? file : "");
  warning->line = line;
  warning->message = g_strdup (message);

  return warning;
}

OgWarning *
og_warning_new_printf (const char *file,
                       guint       line,
                       const char *format,
                       ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  return og_warning_new (file, line, message);
}

void
og_warning_free (OgWarning *warning)
{
  if (warning == NULL)
    return;

  g_free (warning->file);
  g_free (warning->message);
  g_free (warning);
}

char *
og_warning_to_string (const OgWarning *warning)
{
  g_return_val_if_fail (warning != NULL, NULL);

  if (warning->file[0] == '\0')
    return g_strdup (warning->message);
  if (warning->line > 0)
    return g_strdup_printf ("%s:%u: %s", warning->file, warning->line, warning->message);

  return g_strdup_printf ("%s: %s", warning->file, warning->message);
}
