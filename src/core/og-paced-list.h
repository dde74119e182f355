/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-paced-list.h — a list model of stable rows that follows another model a few
 * shown rows at a time. */
#pragma once

#include <gio/gio.h>

#include "og-paced-row.h"

G_BEGIN_DECLS

#define OG_TYPE_PACED_LIST (og_paced_list_get_type ())
G_DECLARE_FINAL_TYPE (OgPacedList, og_paced_list, OG, PACED_LIST, GObject)

OgPacedList *og_paced_list_new         (GListModel  *source,
                                        guint        rows_per_step);
GListModel  *og_paced_list_get_source  (OgPacedList *self);
gboolean     og_paced_list_is_settled  (OgPacedList *self);
void         og_paced_list_settle      (OgPacedList *self);
void         og_paced_list_set_manual  (OgPacedList *self,
                                        gboolean     manual);
gboolean     og_paced_list_step        (OgPacedList *self);

G_END_DECLS
