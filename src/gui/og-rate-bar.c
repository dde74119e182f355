/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-rate-bar.c — the estimate filled in, the interval drawn across it. */
#define G_LOG_DOMAIN "og-rate-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "og-rate-bar.h"

#define WIDTH  72
#define HEIGHT 8

struct _OgRateBar
{
  GtkWidget parent_instance;

  double    estimate;
  double    low;
  double    high;
};

G_DEFINE_FINAL_TYPE (OgRateBar, og_rate_bar, GTK_TYPE_WIDGET)

static void
og_rate_bar_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? WIDTH : HEIGHT + 6;
}

static void
og_rate_bar_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  OgRateBar *self = OG_RATE_BAR (widget);
  float width = (float)gtk_widget_get_width (widget);
  float top = (gtk_widget_get_height (widget) - HEIGHT) / 2.0f;
  GdkRGBA track = { 0.5f, 0.5f, 0.5f, 0.18f };
  GdkRGBA fill = { 0.21f, 0.52f, 0.89f, 1.0f };
  GdkRGBA whisker;

  if (self->estimate < 0)
    return;

  /* GTK 4.8 has no gtk_widget_get_color(); the style context's is the same colour. */
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &whisker);
  gtk_snapshot_append_color (snapshot, &track, &GRAPHENE_RECT_INIT (0, top, width, HEIGHT));
  gtk_snapshot_append_color (snapshot, &fill, &GRAPHENE_RECT_INIT (0, top, width * (float)self->estimate, HEIGHT));
  /* The interval: where the rate may really lie, 90% sure. */
  gtk_snapshot_append_color (snapshot, &whisker,
                             &GRAPHENE_RECT_INIT (width * (float)self->low, top + HEIGHT / 2.0f - 1,
                                                  MAX (width * (float)(self->high - self->low), 1.0f), 2));
}

void
og_rate_bar_set_value (OgRateBar *self,
                       double     estimate,
                       double     low,
                       double     high)
{
  g_autofree char *description = NULL;

  g_return_if_fail (OG_IS_RATE_BAR (self));

  self->estimate = estimate;
  self->low = CLAMP (low, 0.0, 1.0);
  self->high = CLAMP (high, 0.0, 1.0);
  if (estimate >= 0)
    /* Translators: a pitch rate read aloud, such as "40 %, 90% interval 12 to 75 %" */
    description = g_strdup_printf (_("%.0f %%, 90%% interval %.0f to %.0f %%"),
                                   estimate * 100, self->low * 100, self->high * 100);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description != NULL ? description : _("No messages"), -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
og_rate_bar_class_init (OgRateBarClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->measure = og_rate_bar_measure;
  widget_class->snapshot = og_rate_bar_snapshot;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
og_rate_bar_init (OgRateBar *self)
{
  self->estimate = -1;
}

GtkWidget *
og_rate_bar_new (void)
{
  return g_object_new (OG_TYPE_RATE_BAR, NULL);
}
