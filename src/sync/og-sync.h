/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-sync.h — one sync: the changelog's cursor from the workspace, the
 * Portability API's pages, the same merge as an export (one transaction),
 * the cursor moved on. For the app's Sync button and `outreach-guard sync`. */
#pragma once

#include "og-portability.h"
#include "og-workspace.h"

G_BEGIN_DECLS

void       og_sync_async  (OgWorkspace           *workspace,
                           OgPortabilityClient   *client,
                           const char * const    *domains,
                           OgPortabilityProgress  progress,
                           gpointer               progress_data,
                           GCancellable          *cancellable,
                           GAsyncReadyCallback    callback,
                           gpointer               user_data);
/* Everything the workspace holds after the merge, and what the sync added
 * (@summary optional); @fetched (optional) receives what the API sent. */
OgDataset *og_sync_finish (GAsyncResult          *result,
                           OgImportSummary       *summary,
                           OgDataset            **fetched,
                           GError               **error);

G_END_DECLS
