/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-rate-bar.h — a pitch rate as a bar, with its 90% interval as a whisker. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OG_TYPE_RATE_BAR (og_rate_bar_get_type ())

G_DECLARE_FINAL_TYPE (OgRateBar, og_rate_bar, OG, RATE_BAR, GtkWidget)

GtkWidget *og_rate_bar_new       (void);
/* Fractions in [0, 1]; a negative @estimate draws nothing (no messages). */
void       og_rate_bar_set_value (OgRateBar *self,
                                  double     estimate,
                                  double     low,
                                  double     high);

G_END_DECLS
