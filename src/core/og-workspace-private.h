/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-workspace-private.h — what the workspace's own source files share:
 * statements on the one connection, the undo log, transactions under the
 * lock. Never included outside src/core/og-workspace*.c. */
#pragma once

#include <sqlite3.h>

#include "og-workspace.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* Work done under the lock: inside one transaction for og_workspace_write(),
 * outside any for og_workspace_read(). */
typedef gboolean (*OgWorkspaceWriteFunc) (OgWorkspace *self, gpointer data, GError **error);
/* What a row of "SELECT person_key, value" becomes in og_workspace_list_by_person(). */
typedef gboolean (*OgWorkspaceReadValue) (sqlite3_stmt *statement, gpointer *value);

gboolean      og_workspace_write          (OgWorkspace          *self,
                                           OgWorkspaceWriteFunc  work,
                                           gpointer              data,
                                           GError              **error);
gboolean      og_workspace_read           (OgWorkspace          *self,
                                           OgWorkspaceWriteFunc  work,
                                           gpointer              data,
                                           GError              **error);

/* The caller holds the lock for these. */
sqlite3      *og_workspace_get_db         (OgWorkspace          *self);
gboolean      og_workspace_set_db_error   (OgWorkspace          *self,
                                           int                   code,
                                           GError              **error);
sqlite3_stmt *og_workspace_prepare        (OgWorkspace          *self,
                                           const char           *sql,
                                           GError              **error);
gboolean      og_workspace_step_done      (OgWorkspace          *self,
                                           sqlite3_stmt         *statement,
                                           GError              **error);
/* Records @restore_sql (sqlite3_mprintf'd, taken) to undo the change being made. */
gboolean      og_workspace_log_undo       (OgWorkspace          *self,
                                           const char           *description,
                                           char                 *restore_sql,
                                           GError              **error);
GHashTable   *og_workspace_list_by_person (OgWorkspace          *self,
                                           const char           *sql,
                                           OgWorkspaceReadValue  read,
                                           GDestroyNotify        free_value,
                                           GError              **error);

void          og_workspace_bind_text      (sqlite3_stmt         *statement,
                                           int                   index,
                                           const char           *text);
const char   *og_workspace_column_text    (sqlite3_stmt         *statement,
                                           int                   index);
/* A gint64* of column 1, for og_workspace_list_by_person(). */
gboolean      og_workspace_read_time      (sqlite3_stmt         *statement,
                                           gpointer             *value);
/* Unix seconds, UTC. */
gint64        og_workspace_now            (void);

G_END_DECLS
