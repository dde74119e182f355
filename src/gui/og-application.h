/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-application.h — the AdwApplication: actions, accelerators, windows. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OG_TYPE_APPLICATION (og_application_get_type ())

G_DECLARE_FINAL_TYPE (OgApplication, og_application, OG, APPLICATION, AdwApplication)

OgApplication  *og_application_new              (void);
/* The About window, with what the metainfo says (read from it on libadwaita 1.4+). */
AdwAboutWindow *og_application_new_about_window (void);

G_END_DECLS
