/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-bar-chart.c — labels on the left, bars to scale, values at their ends. */
#define G_LOG_DOMAIN "og-bar-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "og-bar-chart.h"
#include "og-insights.h"

#define ROW_HEIGHT   26
#define BAR_HEIGHT   16
#define LABEL_WIDTH  140
#define GAP          8

struct _OgBarChart
{
  GtkWidget  parent_instance;

  char      *title;
  GPtrArray *bars;    /* OgInsightBar*, owned copies */
};

G_DEFINE_FINAL_TYPE (OgBarChart, og_bar_chart, GTK_TYPE_WIDGET)

static void
insight_bar_free (OgInsightBar *bar)
{
  g_free (bar->label);
  g_free (bar);
}

static void
og_bar_chart_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  OgBarChart *self = OG_BAR_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = LABEL_WIDTH + 80;
      *natural = 480;
    }
  else
    *minimum = *natural = MAX (self->bars->len, 1) * ROW_HEIGHT;
}

/* Plain text through Pango: labels come from people's names, never markup. */
static void
draw_text (GtkWidget   *widget,
           GtkSnapshot *snapshot,
           const char  *text,
           int          x,
           int          y,
           int          width,
           gboolean     right_align,
           GdkRGBA     *color)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, NULL);
  int text_width, text_height;

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, right_align ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y + (ROW_HEIGHT - text_height) / 2.0f));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
og_bar_chart_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  OgBarChart *self = OG_BAR_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int bar_room = MAX (width - LABEL_WIDTH - 2 * GAP - 40, 10);
  GdkRGBA text;
  GdkRGBA accent = { 0.21f, 0.52f, 0.89f, 1.0f };   /* the GNOME blue */
  guint max = 1;

  /* GTK 4.8 has no gtk_widget_get_color(); the style context's is the same colour. */
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &text);
  for (guint i = 0; i < self->bars->len; i++)
    max = MAX (max, ((OgInsightBar *)g_ptr_array_index (self->bars, i))->value);

  for (guint i = 0; i < self->bars->len; i++)
    {
      OgInsightBar *bar = g_ptr_array_index (self->bars, i);
      int y = (int)i * ROW_HEIGHT;
      float length = (float)bar_room * bar->value / max;
      g_autofree char *value = g_strdup_printf ("%u", bar->value);

      draw_text (widget, snapshot, bar->label, 0, y, LABEL_WIDTH, FALSE, &text);
      if (bar->value > 0)
        gtk_snapshot_append_color (snapshot, &accent,
                                   &GRAPHENE_RECT_INIT (LABEL_WIDTH + GAP, y + (ROW_HEIGHT - BAR_HEIGHT) / 2.0f,
                                                        MAX (length, 2.0f), BAR_HEIGHT));
      draw_text (widget, snapshot, value, LABEL_WIDTH + 2 * GAP + (int)length, y, 40, FALSE, &text);
    }
}

void
og_bar_chart_set_bars (OgBarChart *self,
                       GPtrArray  *bars)
{
  g_autofree char *description = NULL;

  g_return_if_fail (OG_IS_BAR_CHART (self));
  g_return_if_fail (bars != NULL);

  g_ptr_array_set_size (self->bars, 0);
  for (guint i = 0; i < bars->len; i++)
    {
      OgInsightBar *bar = g_ptr_array_index (bars, i);
      OgInsightBar *copy = g_new0 (OgInsightBar, 1);

      copy->label = g_strdup (bar->label);
      copy->value = bar->value;
      g_ptr_array_add (self->bars, copy);
    }

  description = og_insights_describe_bars (self->bars);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
og_bar_chart_get_n_bars (OgBarChart *self)
{
  g_return_val_if_fail (OG_IS_BAR_CHART (self), 0);
  return self->bars->len;
}

static void
og_bar_chart_finalize (GObject *object)
{
  OgBarChart *self = OG_BAR_CHART (object);

  g_free (self->title);
  g_ptr_array_unref (self->bars);

  G_OBJECT_CLASS (og_bar_chart_parent_class)->finalize (object);
}

static void
og_bar_chart_class_init (OgBarChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = og_bar_chart_finalize;
  widget_class->measure = og_bar_chart_measure;
  widget_class->snapshot = og_bar_chart_snapshot;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
og_bar_chart_init (OgBarChart *self)
{
  self->bars = g_ptr_array_new_with_free_func ((GDestroyNotify)insight_bar_free);
}

GtkWidget *
og_bar_chart_new (const char *title)
{
  OgBarChart *self = g_object_new (OG_TYPE_BAR_CHART, NULL);

  self->title = g_strdup (title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  return GTK_WIDGET (self);
}
