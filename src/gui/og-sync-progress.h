/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-sync-progress.h — one row per Portability API domain while a sync
 * runs: waiting, the pages read so far, done. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OG_TYPE_SYNC_PROGRESS (og_sync_progress_get_type ())

G_DECLARE_FINAL_TYPE (OgSyncProgress, og_sync_progress, OG, SYNC_PROGRESS, GtkWidget)

GtkWidget  *og_sync_progress_new        (void);
/* A row, waiting, for each of @domains (NULL: the API's defaults). */
void        og_sync_progress_start      (OgSyncProgress     *self,
                                         const char * const *domains);
/* As OgPortabilityProgress reports it. */
void        og_sync_progress_update     (OgSyncProgress     *self,
                                         const char         *domain,
                                         guint               pages,
                                         gboolean            finished);
/* Every row done: the sync has ended well. */
void        og_sync_progress_finish     (OgSyncProgress     *self);
/* What @domain's row says ("Waiting", "2 pages read", …); NULL for a
 * domain without a row. For tests and screen readers alike. */
const char *og_sync_progress_get_status (OgSyncProgress     *self,
                                         const char         *domain);

G_END_DECLS
