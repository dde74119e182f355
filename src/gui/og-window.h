/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-window.h — the main window: empty state, import progress, the connections. */
#pragma once

#include <adwaita.h>

#include "og-application.h"
#include "og-dataset.h"
#include "og-workspace.h"

G_BEGIN_DECLS

#define OG_TYPE_WINDOW (og_window_get_type ())

G_DECLARE_FINAL_TYPE (OgWindow, og_window, OG, WINDOW, AdwApplicationWindow)

OgWindow   *og_window_new          (OgApplication      *application);
/* Imports @files (ZIPs, folders, CSV/JSON files together) off the main thread. */
void        og_window_open_files   (OgWindow           *self,
                                    GFile             **files,
                                    guint               n_files);
void        og_window_open_paths   (OgWindow           *self,
                                    const char * const *paths);
/* Where imports merge and decisions live; the window shows what it holds,
 * read off the main thread. NULL: imports are shown and not kept. */
void         og_window_set_workspace (OgWindow          *self,
                                      OgWorkspace       *workspace);
OgWorkspace *og_window_get_workspace (OgWindow          *self);
/* The dataset on show, or NULL before an import finished. */
OgDataset  *og_window_get_dataset  (OgWindow           *self);
/* The connections the list shows (OgContact), sorted as the view is. */
GListModel *og_window_get_contacts (OgWindow           *self);

/* Shows the page of the connection whose OgPerson.key is @person_key, or
 * the view @view_id (see og_contacts_view_select_view()): where a
 * notification leads. */
void        og_window_show_contact (OgWindow           *self,
                                    const char         *person_key);
void        og_window_show_view    (OgWindow           *self,
                                    const char         *view_id);

/* Where Sync fetches from (NULL: LinkedIn's Portability API); for tests. */
void        og_window_set_api_base (OgWindow           *self,
                                    const char         *api_base);

G_END_DECLS
