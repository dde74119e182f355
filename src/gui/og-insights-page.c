/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-insights-page.c — lays out what og_insights_new() adds up. */
#define G_LOG_DOMAIN "og-insights-page"

#include "config.h"

#include <glib/gi18n.h>

#include "og-bar-chart.h"
#include "og-insights.h"
#include "og-insights-page.h"

struct _OgInsightsPage
{
  GtkWidget   parent_instance;

  GtkWidget  *scroller;
  GtkLabel   *headline;
  OgBarChart *minutes_chart;
  OgBarChart *months_chart;
  OgBarChart *scripts_chart;
  OgBarChart *persistent_chart;
};

G_DEFINE_FINAL_TYPE (OgInsightsPage, og_insights_page, GTK_TYPE_WIDGET)

static GtkWidget *
section (GtkWidget  *box,
         const char *title,
         const char *description)
{
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *detail = gtk_label_new (description);
  GtkWidget *chart = og_bar_chart_new (title);

  gtk_label_set_xalign (GTK_LABEL (heading), 0.0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (detail), 0.0);
  gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_set_margin_top (heading, 12);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_box_append (GTK_BOX (box), chart);
  return chart;
}

void
og_insights_page_set_audit (OgInsightsPage *self,
                            OgAudit        *audit)
{
  g_autoptr(OgInsights) insights = NULL;
  g_autofree char *headline = NULL;

  g_return_if_fail (OG_IS_INSIGHTS_PAGE (self));
  g_return_if_fail (OG_IS_AUDIT (audit));

  insights = og_insights_new (audit);
  if (insights->contacts_who_wrote > 0)
    /* Translators: "12 of the 80 connections who wrote to you pitched in their first message" */
    headline = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u of the %u connection who wrote to you pitched in their first message",
                                             "%u of the %u connections who wrote to you pitched in their first message",
                                             insights->contacts_who_wrote),
                                insights->pitched_first, insights->contacts_who_wrote);
  else
    headline = g_strdup (_("None of your connections has written to you yet"));
  gtk_label_set_text (self->headline, headline);

  og_bar_chart_set_bars (self->minutes_chart, insights->minutes_to_pitch);
  og_bar_chart_set_bars (self->months_chart, insights->pitches_per_month);
  og_bar_chart_set_bars (self->scripts_chart, insights->top_scripts);
  og_bar_chart_set_bars (self->persistent_chart, insights->most_persistent);
}

static void
og_insights_page_dispose (GObject *object)
{
  OgInsightsPage *self = OG_INSIGHTS_PAGE (object);

  g_clear_pointer (&self->scroller, gtk_widget_unparent);

  G_OBJECT_CLASS (og_insights_page_parent_class)->dispose (object);
}

static void
og_insights_page_class_init (OgInsightsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = og_insights_page_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
og_insights_page_init (OgInsightsPage *self)
{
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), clamp);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);

  self->headline = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->headline, TRUE);
  gtk_label_set_xalign (self->headline, 0.0);
  gtk_widget_add_css_class (GTK_WIDGET (self->headline), "title-2");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->headline));

  self->minutes_chart = OG_BAR_CHART (section (box, _("How Soon the First Pitch Came"),
                                               _("Connections by the latest their first pitch could have come after you connected")));
  self->months_chart = OG_BAR_CHART (section (box, _("Pitches per Month"), _("Pitches received in one-to-one conversations")));
  self->scripts_chart = OG_BAR_CHART (section (box, _("Scripts Sent Most"), _("How many people sent each shared script")));
  self->persistent_chart = OG_BAR_CHART (section (box, _("Most Persistent"),
                                                  _("Longest run of follow-ups without an answer from you")));
}

GtkWidget *
og_insights_page_new (void)
{
  return g_object_new (OG_TYPE_INSIGHTS_PAGE, NULL);
}
