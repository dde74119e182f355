/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-paced-row.h — one row of an OgPacedList: a stable object whose item changes. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define OG_TYPE_PACED_ROW (og_paced_row_get_type ())
G_DECLARE_FINAL_TYPE (OgPacedRow, og_paced_row, OG, PACED_ROW, GObject)

guint     og_paced_row_get_position (OgPacedRow *self);
gpointer  og_paced_row_get_item     (OgPacedRow *self);
gboolean  og_paced_row_is_watched   (OgPacedRow *self);

/* For OgPacedList. */
OgPacedRow *og_paced_row_new      (guint       position,
                                   gpointer    item);
void        og_paced_row_set_item (OgPacedRow *self,
                                   gpointer    item,
                                   gboolean    announce);

G_END_DECLS
