/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-csv-writer.h — CSV cells that are safe to open in a spreadsheet.
 * Pure functions; safe from any thread.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Appends @value as one RFC 4180 cell. A cell starting with = + - @ (or a tab
 * or carriage return) is prefixed with an apostrophe so that a spreadsheet
 * never runs it as a formula. */
void og_csv_append_cell (GString    *out,
                         const char *value);

/* Appends @n_values cells and a CRLF. */
void og_csv_append_row  (GString            *out,
                         const char * const *values,
                         guint               n_values);

G_END_DECLS
