/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-warning.h — a best-effort problem found while reading a file, kept with the import. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char  *file;    /* basename of the file, or the source when no file applies */
  guint  line;    /* 1-based physical line; 0 when the problem is not tied to a line */
  char  *message; /* translated, never contains message text from the file */
} OgWarning;

OgWarning *og_warning_new     (const char *file,
                               guint       line,
                               const char *message);
OgWarning *og_warning_new_printf (const char *file,
                                  guint       line,
                                  const char *format,
                                  ...) G_GNUC_PRINTF (3, 4);
void       og_warning_free    (OgWarning  *warning);
char      *og_warning_to_string (const OgWarning *warning);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OgWarning, og_warning_free)

G_END_DECLS
