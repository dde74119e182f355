/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-accessible.h — accessible names GTK 4.8 gets wrong. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void og_accessible_name_button   (GtkButton       *button);
void og_accessible_name_buttons  (GtkWidget       *root);
void og_accessible_name_controls (GtkWidget       *root);
void og_accessible_add_toast     (AdwToastOverlay *overlay,
                                  AdwToast        *toast);

G_END_DECLS
