/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-csv-read-ahead.h — a CSV reader's records, parsed on a thread of their own.
 *
 * Reading and splitting a large file is a third of its import, and
 * independent of what is done with the records: a worker thread runs the
 * reader a few batches ahead of the caller, who takes the records in order.
 * The memory held is bounded (a few batches of about a megabyte).
 */
#pragma once

#include <gio/gio.h>

#include "og-csv-reader.h"

G_BEGIN_DECLS

typedef struct _OgCsvReadAhead OgCsvReadAhead;

/* How far the input has been read, in bytes: asked on the worker. */
typedef guint64 (*OgCsvPositionFunc) (gpointer user_data);

/* Starts reading @reader's next records (blank ones skipped) on a worker;
 * @reader, and whatever @position reads, belong to the worker until
 * og_csv_read_ahead_free(). @position is asked at every @position_every-th
 * record. */
OgCsvReadAhead *og_csv_read_ahead_new          (OgCsvReader       *reader,
                                                guint              position_every,
                                                OgCsvPositionFunc  position,
                                                gpointer           position_data,
                                                GCancellable      *cancellable);

/* The next record: FALSE at the end of the input or on the reader's error,
 * set in @error. Its fields stay valid until the next call. */
gboolean        og_csv_read_ahead_next         (OgCsvReadAhead  *self,
                                                GError         **error);

guint           og_csv_read_ahead_get_n_fields (OgCsvReadAhead  *self);
const char     *og_csv_read_ahead_get_field    (OgCsvReadAhead  *self,
                                                guint            index);
gsize           og_csv_read_ahead_get_field_length (OgCsvReadAhead *self,
                                                    guint           index);
guint           og_csv_read_ahead_get_line     (OgCsvReadAhead  *self);

/* Bytes of the stream read when the record was, for every @position_every-th
 * record (1-based); 0 for the others. */
guint64         og_csv_read_ahead_get_position (OgCsvReadAhead  *self);

/* Stops the worker (reading on to the end of its current batch) and hands
 * the reader back. */
void            og_csv_read_ahead_free         (OgCsvReadAhead  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OgCsvReadAhead, og_csv_read_ahead_free)

G_END_DECLS
