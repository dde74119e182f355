/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-importer.h — reads LinkedIn exports of every era into an OgDataset.
 *
 * A source is a ZIP, a folder (searched at any depth) or single CSV/JSON
 * files; any mix can be given at once. Files are found by basename,
 * case-insensitively; files with other names given one by one are
 * recognised by their header. Everything usable is imported; anything
 * best-effort becomes an OgWarning in the dataset; a file that cannot be
 * used at all makes the import fail with OG_IMPORT_ERROR and one line per
 * problem, each naming the file and, where it applies, the line.
 *
 * og_import() blocks and may run on any thread; og_import_async() runs it
 * on a worker thread and reports progress on the caller's main context.
 */
#pragma once

#include <gio/gio.h>

#include "og-dataset.h"
#include "og-workspace.h"

G_BEGIN_DECLS

/* @file is the basename being read; @fraction runs from 0 to 1. */
typedef void (*OgImportProgressFunc) (const char *file,
                                      double      fraction,
                                      gpointer    user_data);

OgFileKind  og_file_kind_from_name (const char *basename);

OgDataset  *og_import              (const char * const   *sources,
                                    OgImportProgressFunc  progress,
                                    gpointer              progress_data,
                                    GCancellable         *cancellable,
                                    GError              **error);

void        og_import_async        (const char * const   *sources,
                                    OgImportProgressFunc  progress,
                                    gpointer              progress_data,
                                    GDestroyNotify        progress_data_destroy,
                                    GCancellable         *cancellable,
                                    GAsyncReadyCallback   callback,
                                    gpointer              user_data);
OgDataset  *og_import_finish       (GAsyncResult         *result,
                                    GError              **error);

/* As og_import_async(), then merges what was read into @workspace in one
 * transaction and returns everything the workspace holds, as one finished
 * dataset. Cancelling before the commit leaves the workspace as it was. */
void        og_import_to_workspace_async  (OgWorkspace          *workspace,
                                           const char * const   *sources,
                                           OgImportProgressFunc  progress,
                                           gpointer              progress_data,
                                           GDestroyNotify        progress_data_destroy,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
OgDataset  *og_import_to_workspace_finish (GAsyncResult         *result,
                                           OgImportSummary      *summary,
                                           GError              **error);

/* Reads one already-opened file into @dataset (which is not finished).
 * @kind may be UNKNOWN to recognise it by its content. For tests and fuzzing. */
gboolean    og_import_stream       (OgDataset            *dataset,
                                    GInputStream         *stream,
                                    const char           *name,
                                    OgFileKind            kind,
                                    GCancellable         *cancellable,
                                    GError              **error);

G_END_DECLS
