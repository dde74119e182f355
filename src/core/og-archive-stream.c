/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "og-archive"

#include "config.h"

#include <archive.h>
#include <glib/gi18n-lib.h>

#include "og-archive-stream.h"
#include "og-error.h"

/* Below this many bytes no ratio is suspicious: small text compresses well. */
#define RATIO_GRACE_BYTES (16 * 1024 * 1024)

struct _OgArchiveStream
{
  GInputStream    parent_instance;

  struct archive *archive;
  char           *entry_name;
  guint64         max_bytes;
  double          max_ratio;
  guint64         bytes_read;
  gint64          raw_start;
};

G_DEFINE_FINAL_TYPE (OgArchiveStream, og_archive_stream, G_TYPE_INPUT_STREAM)

static gssize
og_archive_stream_read_fn (GInputStream  *stream,
                           void          *buffer,
                           gsize          count,
                           GCancellable  *cancellable,
                           GError       **error)
{
  OgArchiveStream *self = OG_ARCHIVE_STREAM (stream);
  la_ssize_t n;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return -1;

  n = archive_read_data (self->archive, buffer, count);
  if (n < 0)
    {
      g_set_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_FORMAT,
                   _("%s: the ZIP entry is damaged (%s)"),
                   self->entry_name, archive_error_string (self->archive));
      return -1;
    }

  self->bytes_read += (guint64)n;

  if (self->bytes_read > self->max_bytes)
    {
      g_set_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_LIMIT,
                   _("%s: the ZIP entry unpacks to more than %u MB; it is not a LinkedIn export file"),
                   self->entry_name, (guint)(self->max_bytes / (1024 * 1024)));
      return -1;
    }

  if (self->bytes_read > RATIO_GRACE_BYTES)
    {
      gint64 raw = archive_filter_bytes (self->archive, -1) - self->raw_start;

      if (raw > 0 && (double)self->bytes_read / (double)raw > self->max_ratio)
        {
          g_set_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_LIMIT,
                       _("%s: the ZIP entry is compressed more than %.0f to 1, as a ZIP bomb is; it was not read"),
                       self->entry_name, self->max_ratio);
          return -1;
        }
    }

  return n;
}

static gboolean
og_archive_stream_close_fn (GInputStream  *stream,
                            GCancellable  *cancellable,
                            GError       **error)
{
  return TRUE;
}

static void
og_archive_stream_finalize (GObject *object)
{
  OgArchiveStream *self = (OgArchiveStream *)object;

  g_free (self->entry_name);

  G_OBJECT_CLASS (og_archive_stream_parent_class)->finalize (object);
}

static void
og_archive_stream_class_init (OgArchiveStreamClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GInputStreamClass *stream_class = G_INPUT_STREAM_CLASS (klass);

  object_class->finalize = og_archive_stream_finalize;
  stream_class->read_fn = og_archive_stream_read_fn;
  stream_class->close_fn = og_archive_stream_close_fn;
}

static void
og_archive_stream_init (OgArchiveStream *self)
{
}

GInputStream *
og_archive_stream_new (struct archive *archive,
                       const char     *entry_name,
                       guint64         max_bytes,
                       double          max_ratio)
{
  OgArchiveStream *self;

  g_return_val_if_fail (archive != NULL, NULL);

  self = g_object_new (OG_TYPE_ARCHIVE_STREAM, NULL);
  self->archive = archive;
  self->entry_name = g_strdup (entry_name);
  self->max_bytes = max_bytes;
  self->max_ratio = max_ratio;
  self->raw_start = archive_filter_bytes (archive, -1);

  return G_INPUT_STREAM (self);
}

guint64
og_archive_stream_get_bytes_read (OgArchiveStream *self)
{
  g_return_val_if_fail (OG_IS_ARCHIVE_STREAM (self), 0);

  return self->bytes_read;
}
