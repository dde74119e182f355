/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-bar-chart.h — a horizontal bar chart drawn with GtkSnapshot; a screen
 * reader hears its bars as a sentence. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OG_TYPE_BAR_CHART (og_bar_chart_get_type ())

G_DECLARE_FINAL_TYPE (OgBarChart, og_bar_chart, OG, BAR_CHART, GtkWidget)

GtkWidget *og_bar_chart_new      (const char *title);
/* @bars: OgInsightBar*, copied. */
void       og_bar_chart_set_bars (OgBarChart *self,
                                  GPtrArray  *bars);
guint      og_bar_chart_get_n_bars (OgBarChart *self);

G_END_DECLS
