/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-json-import.h — saved LinkedIn Portability API responses into a dataset.
 *
 * Reads memberSnapshotData pages (CONNECTIONS, INBOX, INVITATIONS: flat maps
 * keyed by the CSV headers) and memberChangeLogs pages (message and
 * invitation events with millisecond capturedAt), a page per file or an
 * array of pages. Changelog events are de-duplicated by id through
 * @seen_event_ids, which may be shared across files (or NULL).
 * Guards json-glib's recursion with a nesting limit checked beforehand.
 * Valid JSON of another shape fails with OG_IMPORT_ERROR_NOT_FOUND, so that
 * callers can pass over unrelated JSON files found in a folder.
 */
#pragma once

#include <gio/gio.h>

#include "og-dataset.h"

G_BEGIN_DECLS

#define OG_JSON_MAX_BYTES (G_GUINT64_CONSTANT (512) * 1024 * 1024)
#define OG_JSON_MAX_DEPTH 64

gboolean og_json_import (OgDataset     *dataset,
                         GInputStream  *stream,
                         const char    *name,
                         GHashTable    *seen_event_ids,
                         GCancellable  *cancellable,
                         GError       **error);

G_END_DECLS
