/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-watch.h — watching who ignores a request to stop, and reminders: what
 * to tell the person, as GNotifications the app sends. GIO only. */
#pragma once

#include <gio/gio.h>

#include "og-audit.h"
#include "og-workspace.h"

G_BEGIN_DECLS

/* The notification kind og_workspace_note_alerts() remembers for ignored opt-outs. */
#define OG_WATCH_IGNORED_OPT_OUT "ignored-opt-out"

/* person key → gint64* (UTC seconds of the pitch after the request to
 * stop) for everyone @audit flags as having ignored one. */
GHashTable    *og_watch_ignored_opt_outs        (OgAudit          *audit);

/* A notification that the people of @keys (person keys, as
 * og_workspace_note_alerts() returns them) pitched again after being asked
 * to stop; NULL when @keys is empty. Its default action is
 * "app.show-contact" for one person, "app.show-view" ("opt-out") for more. */
GNotification *og_watch_opt_out_notification    (OgAudit          *audit,
                                                 GPtrArray        *keys);

/* A notification for @reminder; @dataset (may be NULL) gives the name. */
GNotification *og_watch_reminder_notification   (OgDataset        *dataset,
                                                 const OgReminder *reminder);

/* On a worker thread: remembers who ignores a request to stop now and
 * finishes with the notification for whoever is new since the last look
 * (NULL, without an error, when no one is). */
void           og_watch_check_async             (OgWorkspace          *workspace,
                                                 OgAudit              *audit,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
GNotification *og_watch_check_finish            (GAsyncResult         *result,
                                                 GError              **error);

G_END_DECLS
