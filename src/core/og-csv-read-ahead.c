/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-csv-read-ahead.c — a CSV reader's records, parsed on a thread of their own. */
#define G_LOG_DOMAIN "og-csv-read-ahead"

#include "config.h"

#include <string.h>

#include "og-csv-read-ahead.h"

/* Four batches of up to 1,024 records or a megabyte: enough to keep the
 * worker busy while the caller takes a batch, little memory. */
#define N_BATCHES     4
#define BATCH_RECORDS 1024
#define BATCH_BYTES   (1024 * 1024)

typedef struct
{
  guint   line;
  guint   n_fields;
  guint   first;      /* in the batch's offsets: n_fields + 1 of them, the last where the record ends */
  guint64 position;
} Record;

typedef struct
{
  GByteArray *bytes;     /* the records' fields, each NUL-terminated */
  GArray     *offsets;   /* guint32 */
  GArray     *records;   /* Record */
  GError     *error;     /* the reader's, on the last batch */
  gboolean    last;
} Batch;

struct _OgCsvReadAhead
{
  OgCsvReader       *reader;
  GCancellable      *cancellable;
  OgCsvPositionFunc  position;
  gpointer           position_data;
  guint              position_every;

  GThread           *worker;
  GAsyncQueue       *empty;      /* Batch*, for the worker to fill */
  GAsyncQueue       *full;       /* Batch*, for the caller, in order */
  gint               stop;       /* atomic: the caller wants no more */

  Batch             *current;    /* the caller's */
  guint              at;         /* the next record of @current */
  const Record      *record;     /* the one og_csv_read_ahead_next() gave */
  gboolean           finished;   /* the last batch was taken */
};

static void
batch_free (Batch *batch)
{
  g_byte_array_unref (batch->bytes);
  g_array_unref (batch->offsets);
  g_array_unref (batch->records);
  g_clear_error (&batch->error);
  g_free (batch);
}

static gboolean
batch_is_full (const Batch *batch)
{
  return batch->records->len >= BATCH_RECORDS || batch->bytes->len >= BATCH_BYTES;
}

/* Copies the reader's current record into @batch: its fields lie end to
 * end in the reader's buffer, each NUL-terminated. */
static void
batch_add (Batch       *batch,
           OgCsvReader *reader,
           guint64      position)
{
  guint n_fields = og_csv_reader_get_n_fields (reader);
  const char *start = og_csv_reader_get_field (reader, 0);
  const char *last = og_csv_reader_get_field (reader, n_fields - 1);
  gsize length = (gsize)(last - start) + og_csv_reader_get_field_length (reader, n_fields - 1) + 1;
  guint32 base = batch->bytes->len;
  Record record = { og_csv_reader_get_line (reader), n_fields, batch->offsets->len, position };

  g_byte_array_append (batch->bytes, (const guint8 *)start, (guint)length);
  for (guint i = 0; i < n_fields; i++)
    {
      guint32 offset = base + (guint32)(og_csv_reader_get_field (reader, i) - start);

      g_array_append_val (batch->offsets, offset);
    }
  {
    guint32 end = base + (guint32)length;

    g_array_append_val (batch->offsets, end);
  }
  g_array_append_val (batch->records, record);
}

static gpointer
read_ahead (gpointer data)
{
  OgCsvReadAhead *self = data;
  guint64 n_records = 0;
  gboolean last = FALSE;

  while (!last)
    {
      Batch *batch = g_async_queue_pop (self->empty);

      g_byte_array_set_size (batch->bytes, 0);
      g_array_set_size (batch->offsets, 0);
      g_array_set_size (batch->records, 0);

      while (!batch_is_full (batch))
        {
          if (g_atomic_int_get (&self->stop) ||
              !og_csv_reader_next (self->reader, self->cancellable, &batch->error))
            {
              batch->last = TRUE;
              break;
            }
          if (og_csv_reader_is_blank (self->reader))
            continue;

          n_records++;
          batch_add (batch, self->reader,
                     self->position != NULL && n_records % self->position_every == 0
                     ? self->position (self->position_data) : 0);
        }
      last = batch->last;
      g_async_queue_push (self->full, batch);
    }
  return NULL;
}

OgCsvReadAhead *
og_csv_read_ahead_new (OgCsvReader       *reader,
                       guint              position_every,
                       OgCsvPositionFunc  position,
                       gpointer           position_data,
                       GCancellable      *cancellable)
{
  OgCsvReadAhead *self;

  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (position_every > 0, NULL);

  self = g_new0 (OgCsvReadAhead, 1);
  self->reader = reader;
  self->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  self->position = position;
  self->position_data = position_data;
  self->position_every = position_every;
  self->empty = g_async_queue_new ();
  self->full = g_async_queue_new ();
  for (guint i = 0; i < N_BATCHES; i++)
    {
      Batch *batch = g_new0 (Batch, 1);

      batch->bytes = g_byte_array_sized_new (BATCH_BYTES + 64 * 1024);
      batch->offsets = g_array_sized_new (FALSE, FALSE, sizeof (guint32), BATCH_RECORDS * 16);
      batch->records = g_array_sized_new (FALSE, FALSE, sizeof (Record), BATCH_RECORDS);
      g_async_queue_push (self->empty, batch);
    }
  self->worker = g_thread_new ("og-csv-read-ahead", read_ahead, self);

  return self;
}

gboolean
og_csv_read_ahead_next (OgCsvReadAhead  *self,
                        GError         **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self->record = NULL;
  while (self->current == NULL || self->at == self->current->records->len)
    {
      if (self->finished)
        return FALSE;
      if (self->current != NULL && self->current->last)
        {
          self->finished = TRUE;
          if (self->current->error != NULL)
            g_propagate_error (error, g_steal_pointer (&self->current->error));
          return FALSE;
        }
      if (self->current != NULL)
        g_async_queue_push (self->empty, self->current);
      self->current = g_async_queue_pop (self->full);
      self->at = 0;
    }

  self->record = &g_array_index (self->current->records, Record, self->at++);
  return TRUE;
}

guint
og_csv_read_ahead_get_n_fields (OgCsvReadAhead *self)
{
  g_return_val_if_fail (self != NULL && self->record != NULL, 0);

  return self->record->n_fields;
}

static guint32
offset_at (OgCsvReadAhead *self,
           guint           index)
{
  return g_array_index (self->current->offsets, guint32, self->record->first + index);
}

const char *
og_csv_read_ahead_get_field (OgCsvReadAhead *self,
                             guint           index)
{
  g_return_val_if_fail (self != NULL && self->record != NULL, NULL);
  g_return_val_if_fail (index < self->record->n_fields, NULL);

  return (const char *)self->current->bytes->data + offset_at (self, index);
}

gsize
og_csv_read_ahead_get_field_length (OgCsvReadAhead *self,
                                    guint           index)
{
  g_return_val_if_fail (self != NULL && self->record != NULL, 0);
  g_return_val_if_fail (index < self->record->n_fields, 0);

  /* The next field, or the record's end, comes after this one's NUL. */
  return offset_at (self, index + 1) - 1 - offset_at (self, index);
}

guint
og_csv_read_ahead_get_line (OgCsvReadAhead *self)
{
  g_return_val_if_fail (self != NULL && self->record != NULL, 0);

  return self->record->line;
}

guint64
og_csv_read_ahead_get_position (OgCsvReadAhead *self)
{
  g_return_val_if_fail (self != NULL && self->record != NULL, 0);

  return self->record->position;
}

void
og_csv_read_ahead_free (OgCsvReadAhead *self)
{
  Batch *batch;

  if (self == NULL)
    return;

  /* Takes every batch until the worker's last, so that it never waits. */
  g_atomic_int_set (&self->stop, TRUE);
  while (!self->finished)
    {
      if (self->current != NULL && self->current->last)
        self->finished = TRUE;
      else
        {
          if (self->current != NULL)
            g_async_queue_push (self->empty, self->current);
          self->current = g_async_queue_pop (self->full);
        }
    }
  g_thread_join (self->worker);

  if (self->current != NULL)
    batch_free (self->current);
  while ((batch = g_async_queue_try_pop (self->empty)) != NULL)
    batch_free (batch);
  g_async_queue_unref (self->empty);
  g_async_queue_unref (self->full);
  g_clear_object (&self->cancellable);
  g_free (self);
}
