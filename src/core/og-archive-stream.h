/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-archive-stream.h — the current entry of a libarchive reader as a GInputStream.
 *
 * Lets the CSV and JSON readers stream a ZIP entry without extracting it,
 * and stops a ZIP bomb early: reading fails once the entry inflates past
 * @max_bytes, or past @max_ratio times the compressed bytes consumed.
 * The stream borrows @archive; read it on the thread that owns the archive.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

struct archive;

#define OG_TYPE_ARCHIVE_STREAM (og_archive_stream_get_type ())

G_DECLARE_FINAL_TYPE (OgArchiveStream, og_archive_stream, OG, ARCHIVE_STREAM, GInputStream)

GInputStream *og_archive_stream_new            (struct archive  *archive,
                                                const char      *entry_name,
                                                guint64          max_bytes,
                                                double           max_ratio);
guint64       og_archive_stream_get_bytes_read (OgArchiveStream *self);

G_END_DECLS
