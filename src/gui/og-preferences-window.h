/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-preferences-window.h — the audit's settings and where the data lives. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OG_TYPE_PREFERENCES_WINDOW (og_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (OgPreferencesWindow, og_preferences_window, OG, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* @settings: the app's GSettings; @data_location: the workspace's path;
 * @api_base: where the account page checks a token (NULL: LinkedIn). */
GtkWidget *og_preferences_window_new          (GtkWindow           *parent,
                                               GSettings           *settings,
                                               const char          *data_location,
                                               const char          *api_base);
/* Turns to the LinkedIn Account page, ready for a new token to be pasted. */
void       og_preferences_window_show_account (OgPreferencesWindow *self);

G_END_DECLS
