/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-preferences-window.c — binds the widgets to GSettings; nothing else. */
#define G_LOG_DOMAIN "og-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "og-accessible.h"
#include "og-account-page.h"
#include "og-preferences-window.h"

struct _OgPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GtkSpinButton        *threshold_spin;
  AdwComboRow          *sensitivity_row;
  GtkSwitch            *recruiting_switch;
  AdwActionRow         *location_row;
  OgAccountPage        *account_page;
};

G_DEFINE_FINAL_TYPE (OgPreferencesWindow, og_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The combo row's positions, in the order of the .ui's string list. */
static const char * const sensitivities[] = { "strict", "balanced", "sensitive" };

static gboolean
sensitivity_to_position (GValue   *value,
                         GVariant *variant,
                         gpointer  user_data)
{
  const char *name = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (sensitivities); i++)
    if (g_str_equal (name, sensitivities[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  g_value_set_uint (value, 1);
  return TRUE;
}

static GVariant *
position_to_sensitivity (const GValue       *value,
                         const GVariantType *type,
                         gpointer            user_data)
{
  guint position = g_value_get_uint (value);

  return g_variant_new_string (sensitivities[position < G_N_ELEMENTS (sensitivities) ? position : 1]);
}

static void
delete_activated_cb (OgPreferencesWindow *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  /* The main window asks for confirmation and does it. */
  if (parent != NULL)
    {
      gtk_window_close (GTK_WINDOW (self));
      gtk_widget_activate_action (GTK_WIDGET (parent), "win.delete-data", NULL);
    }
}

static void
og_preferences_window_class_init (OgPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/OutreachGuard/og-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OgPreferencesWindow, threshold_spin);
  gtk_widget_class_bind_template_child (widget_class, OgPreferencesWindow, sensitivity_row);
  gtk_widget_class_bind_template_child (widget_class, OgPreferencesWindow, recruiting_switch);
  gtk_widget_class_bind_template_child (widget_class, OgPreferencesWindow, location_row);
  gtk_widget_class_bind_template_callback (widget_class, delete_activated_cb);
}

static void
og_preferences_window_init (OgPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* libadwaita's and GTK's own header bar buttons. */
  g_signal_connect (self, "map", G_CALLBACK (og_accessible_name_controls), NULL);
}

GtkWidget *
og_preferences_window_new (GtkWindow  *parent,
                           GSettings  *settings,
                           const char *data_location,
                           const char *api_base)
{
  OgPreferencesWindow *self = g_object_new (OG_TYPE_PREFERENCES_WINDOW,
                                            "transient-for", parent,
                                            "modal", TRUE,
                                            NULL);

  if (settings != NULL)
    {
      g_settings_bind (settings, "pitch-threshold-minutes",
                       gtk_spin_button_get_adjustment (self->threshold_spin), "value", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind_with_mapping (settings, "classifier-sensitivity", self->sensitivity_row, "selected",
                                    G_SETTINGS_BIND_DEFAULT, sensitivity_to_position, position_to_sensitivity,
                                    NULL, NULL);
      g_settings_bind (settings, "recruiting-is-pitch", self->recruiting_switch, "active", G_SETTINGS_BIND_DEFAULT);
    }
  adw_action_row_set_subtitle (self->location_row,
                               data_location != NULL ? data_location : _("Not saved: the workspace could not be opened"));
  self->account_page = OG_ACCOUNT_PAGE (og_account_page_new (api_base));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (self->account_page));
  return GTK_WIDGET (self);
}

void
og_preferences_window_show_account (OgPreferencesWindow *self)
{
  g_return_if_fail (OG_IS_PREFERENCES_WINDOW (self));

  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (self->account_page));
  og_account_page_focus_token (self->account_page);
}
