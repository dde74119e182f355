/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-importer.c — finds the export's files in ZIPs and folders and maps them. */
#define G_LOG_DOMAIN "og-importer"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "og-archive-stream.h"
#include "og-csv-read-ahead.h"
#include "og-csv-reader.h"
#include "og-error.h"
#include "og-importer.h"
#include "og-json-import.h"

/* Limits against hostile archives and folders. */
#define MAX_ARCHIVE_ENTRIES    10000
#define MAX_ENTRY_BYTES        (G_GUINT64_CONSTANT (4) * 1024 * 1024 * 1024)
#define MAX_ENTRY_RATIO        200.0
#define MAX_FOLDER_DEPTH       12
#define MAX_FOLDER_ENTRIES     200000
#define MAX_HEADER_SCAN        20
#define PROGRESS_EVERY_RECORDS 2048

typedef struct
{
  OgDataset            *dataset;
  GPtrArray            *errors;        /* char*: one line per problem */
  GHashTable           *event_ids;     /* changelog events seen, across pages */
  GCancellable         *cancellable;
  OgImportProgressFunc  progress;
  gpointer              progress_data;
  guint64               total_bytes;   /* of every file to read, for progress */
  guint64               done_bytes;    /* of the files finished */
  gint64                last_progress; /* monotonic µs */
} Import;

typedef struct
{
  char       *path;
  char       *name;
  OgFileKind  kind;
  guint64     size;
  gboolean    explicit;  /* named by the user, not found by walking a folder */
} FoundFile;

static void
found_file_free (FoundFile *file)
{
  g_free (file->path);
  g_free (file->name);
  g_free (file);
}

OgFileKind
og_file_kind_from_name (const char *basename)
{
  g_return_val_if_fail (basename != NULL, OG_FILE_KIND_UNKNOWN);

  if (g_ascii_strcasecmp (basename, "Connections.csv") == 0)
    return OG_FILE_KIND_CONNECTIONS;
  if (g_ascii_strcasecmp (basename, "messages.csv") == 0)
    return OG_FILE_KIND_MESSAGES;
  if (g_ascii_strcasecmp (basename, "Invitations.csv") == 0)
    return OG_FILE_KIND_INVITATIONS;
  if (g_ascii_strcasecmp (basename, "Profile.csv") == 0)
    return OG_FILE_KIND_PROFILE;
  if (g_str_has_suffix (basename, ".json") || g_str_has_suffix (basename, ".JSON"))
    return OG_FILE_KIND_API_JSON;

  return OG_FILE_KIND_UNKNOWN;
}

static void
report_progress (Import     *import,
                 const char *name,
                 guint64     bytes_in_file,
                 gboolean    force)
{
  gint64 now;
  double fraction;

  if (import->progress == NULL)
    return;

  now = g_get_monotonic_time ();
  if (!force && now - import->last_progress < 50 * 1000)
    return;
  import->last_progress = now;

  fraction = import->total_bytes > 0
             ? (double)(import->done_bytes + bytes_in_file) / (double)import->total_bytes
             : 0.0;
  import->progress (name, CLAMP (fraction, 0.0, 1.0), import->progress_data);
}

/* ---- CSV files -------------------------------------------------------------------- */

static const OgColumn required_connections[] = { OG_COL_FIRST_NAME, OG_COL_LAST_NAME, OG_COL_CONNECTED_ON };
static const OgColumn required_messages[] = { OG_COL_FROM, OG_COL_DATE, OG_COL_CONTENT };
static const OgColumn required_invitations[] = { OG_COL_FROM, OG_COL_TO, OG_COL_SENT_AT };
static const OgColumn required_profile[] = { OG_COL_FIRST_NAME, OG_COL_LAST_NAME };

static gboolean
has_columns (const gboolean  *present,
             const OgColumn  *required,
             gsize            n_required)
{
  for (gsize i = 0; i < n_required; i++)
    if (!present[required[i]])
      return FALSE;
  return TRUE;
}

/* Which kind of file a header row belongs to; UNKNOWN when it is not a header. */
static OgFileKind
kind_from_header (const gboolean *present)
{
  if (has_columns (present, required_connections, G_N_ELEMENTS (required_connections)))
    return OG_FILE_KIND_CONNECTIONS;
  if (has_columns (present, required_messages, G_N_ELEMENTS (required_messages)))
    return OG_FILE_KIND_MESSAGES;
  if (has_columns (present, required_invitations, G_N_ELEMENTS (required_invitations)))
    return OG_FILE_KIND_INVITATIONS;
  if (has_columns (present, required_profile, G_N_ELEMENTS (required_profile)))
    return OG_FILE_KIND_PROFILE;
  return OG_FILE_KIND_UNKNOWN;
}

static const char *
describe_required (OgFileKind kind)
{
  switch (kind)
    {
    case OG_FILE_KIND_CONNECTIONS:
      return "First Name, Last Name, Connected On";
    case OG_FILE_KIND_MESSAGES:
      return "FROM, DATE, CONTENT";
    case OG_FILE_KIND_INVITATIONS:
      return "From, To, Sent At";
    case OG_FILE_KIND_PROFILE:
      return "First Name, Last Name";
    case OG_FILE_KIND_API_JSON:
    case OG_FILE_KIND_UNKNOWN:
    default:
      return "Connected On, CONTENT or Sent At";
    }
}

/* How much of @data (the file's GInputStream) has been read: asked on the
 * read-ahead's worker, which alone reads the stream meanwhile. */
static guint64
stream_position (gpointer data)
{
  GInputStream *stream = data;

  if (OG_IS_ARCHIVE_STREAM (stream))
    return og_archive_stream_get_bytes_read (OG_ARCHIVE_STREAM (stream));
  if (G_IS_SEEKABLE (stream))
    return (guint64)g_seekable_tell (G_SEEKABLE (stream));
  return 0;
}

static gboolean
import_csv (OgDataset     *dataset,
            GInputStream  *stream,
            const char    *name,
            OgFileKind     kind,
            Import        *import,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(OgCsvReader) reader = og_csv_reader_new (stream, name, NULL);
  g_autoptr(OgCsvReadAhead) rows = NULL;
  g_autofree OgColumn *map = NULL;
  guint n_header = 0;
  guint header_line = 0;
  guint n_records = 0;
  guint n_rows = 0;
  gboolean ragged_warned = FALSE;
  gboolean no_data_note = FALSE;
  g_autoptr(GError) local_error = NULL;
  GPtrArray *warnings;

  /* Find the header: 2022+ Connections.csv opens with a "Notes:" preamble. */
  while (map == NULL)
    {
      gboolean present[OG_N_COLUMNS] = { FALSE };
      OgFileKind found;
      guint n_fields;

      if (!og_csv_reader_next (reader, cancellable, &local_error))
        {
          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          if (n_records == 0)
            {
              og_dataset_take_warning (dataset, og_warning_new (name, 0, _("The file is empty")));
              return TRUE;
            }
          break;
        }

      n_records++;
      if (og_csv_reader_is_blank (reader))
        continue;

      n_fields = og_csv_reader_get_n_fields (reader);

      /* LinkedIn writes "No conversations found" instead of a table when a category is empty. */
      if (n_records == 1 && n_fields == 1 &&
          g_str_has_prefix (og_csv_reader_get_field (reader, 0), "No ") &&
          g_str_has_suffix (og_csv_reader_get_field (reader, 0), " found"))
        no_data_note = TRUE;

      for (guint i = 0; i < n_fields; i++)
        {
          OgColumn column = og_column_from_header (og_csv_reader_get_field (reader, i));

          if (column != OG_COL_UNKNOWN)
            present[column] = TRUE;
        }

      found = kind_from_header (present);
      /* A profile header is a subset of the Connections one: trust the name. */
      if (found != OG_FILE_KIND_UNKNOWN && (kind == OG_FILE_KIND_UNKNOWN || found == kind ||
                                            (kind == OG_FILE_KIND_PROFILE && present[OG_COL_FIRST_NAME])))
        {
          if (kind == OG_FILE_KIND_UNKNOWN)
            kind = found;
          n_header = n_fields;
          header_line = og_csv_reader_get_line (reader);
          map = g_new (OgColumn, n_header);
          for (guint i = 0; i < n_header; i++)
            {
              OgColumn column = og_column_from_header (og_csv_reader_get_field (reader, i));

              /* A repeated header cell keeps its first meaning. */
              for (guint j = 0; j < i && column != OG_COL_UNKNOWN; j++)
                if (map[j] == column)
                  column = OG_COL_UNKNOWN;
              map[i] = column;
            }
          break;
        }

      if (n_records >= MAX_HEADER_SCAN)
        break;
    }

  if (map == NULL)
    {
      if (no_data_note && n_records <= 2)
        return TRUE;

      g_set_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_MISSING_COLUMN,
                   _("%s, line %u: no header row with the columns %s was found; this is not a LinkedIn export file"),
                   name, 1u, describe_required (kind));
      return FALSE;
    }

  /* The records are split on a worker while this thread files them. */
  rows = og_csv_read_ahead_new (reader, PROGRESS_EVERY_RECORDS, stream_position, stream, cancellable);
  while (og_csv_read_ahead_next (rows, &local_error))
    {
      OgRow row = { { NULL } };
      guint n_fields = og_csv_read_ahead_get_n_fields (rows);

      row.line = og_csv_read_ahead_get_line (rows);

      if (n_fields != n_header && !ragged_warned)
        {
          gboolean extra_is_empty = TRUE;

          for (guint i = n_header; i < n_fields; i++)
            if (og_csv_read_ahead_get_field_length (rows, i) > 0)
              extra_is_empty = FALSE;

          /* Spreadsheets add empty trailing cells; only real raggedness matters. */
          if (n_fields < n_header || !extra_is_empty)
            {
              og_dataset_take_warning (dataset,
                                       og_warning_new_printf (name, row.line,
                                                              _("The row has %u fields where the header on line %u has %u"),
                                                              n_fields, header_line, n_header));
              ragged_warned = TRUE;
            }
        }

      for (guint i = 0; i < MIN (n_fields, n_header); i++)
        if (map[i] != OG_COL_UNKNOWN)
          row.values[map[i]] = og_csv_read_ahead_get_field (rows, i);

      og_dataset_add_row (dataset, kind, name, &row);

      n_rows++;
      if (import != NULL && n_rows % PROGRESS_EVERY_RECORDS == 0)
        report_progress (import, name, og_csv_read_ahead_get_position (rows), FALSE);
    }
  g_clear_pointer (&rows, og_csv_read_ahead_free);

  warnings = og_csv_reader_get_warnings (reader);
  for (guint i = 0; i < warnings->len; i++)
    {
      OgWarning *warning = g_ptr_array_index (warnings, i);

      og_dataset_take_warning (dataset, og_warning_new (warning->file, warning->line, warning->message));
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static gboolean
import_any (OgDataset     *dataset,
            GInputStream  *stream,
            const char    *name,
            OgFileKind     kind,
            Import        *import,
            GCancellable  *cancellable,
            GError       **error)
{
  if (kind == OG_FILE_KIND_API_JSON)
    return og_json_import (dataset, stream, name,
                           import != NULL ? import->event_ids : NULL,
                           cancellable, error);

  return import_csv (dataset, stream, name, kind, import, cancellable, error);
}

gboolean
og_import_stream (OgDataset     *dataset,
                  GInputStream  *stream,
                  const char    *name,
                  OgFileKind     kind,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_return_val_if_fail (OG_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  return import_any (dataset, stream, name, kind, NULL, cancellable, error);
}

/* ---- sources ------------------------------------------------------------------------ */

static void
add_error (Import       *import,
           const GError *error)
{
  g_ptr_array_add (import->errors, g_strdup (error->message));
}

static void
add_error_printf (Import     *import,
                  const char *format,
                  ...) G_GNUC_PRINTF (2, 3);

static void
add_error_printf (Import     *import,
                  const char *format,
                  ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (import->errors, g_strdup_vprintf (format, args));
  va_end (args);
}

static gboolean
looks_like_zip (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, NULL);
  guchar magic[4] = { 0 };
  gsize n = 0;

  if (stream == NULL)
    return FALSE;
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), magic, sizeof magic, &n, NULL, NULL))
    return FALSE;

  /* Local file header, or the end record of an empty archive. */
  return n == 4 && magic[0] == 'P' && magic[1] == 'K' &&
         ((magic[2] == 3 && magic[3] == 4) || (magic[2] == 5 && magic[3] == 6));
}

static void
import_file (Import     *import,
             FoundFile  *found)
{
  g_autoptr(GFile) file = g_file_new_for_path (found->path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;

  stream = g_file_read (file, import->cancellable, &error);
  if (stream == NULL)
    {
      add_error_printf (import, _("%s: cannot be read (%s)"), found->name, error->message);
      return;
    }

  if (!import_any (import->dataset, G_INPUT_STREAM (stream), found->name, found->kind,
                   import, import->cancellable, &error))
    {
      /* Folders hold other JSON files too; only a file the user named must be ours. */
      if (!found->explicit && g_error_matches (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_NOT_FOUND))
        og_dataset_take_warning (import->dataset,
                                 og_warning_new (found->name, 0,
                                                 _("Not a saved LinkedIn API response; skipped")));
      else
        add_error (import, error);
    }

  import->done_bytes += found->size;
  report_progress (import, found->name, 0, TRUE);
}

static void
import_zip (Import     *import,
            const char *path,
            guint64     size)
{
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  g_autofree char *display = g_path_get_basename (path);
  guint n_entries = 0;
  guint n_used = 0;
  int status;

  archive_read_support_format_zip (archive);

  if (archive_read_open_filename (archive, path, 64 * 1024) != ARCHIVE_OK)
    {
      add_error_printf (import, _("%s: not a readable ZIP archive (%s)"),
                        display, archive_error_string (archive));
      archive_read_free (archive);
      return;
    }

  while ((status = archive_read_next_header (archive, &entry)) == ARCHIVE_OK ||
         status == ARCHIVE_WARN)
    {
      const char *entry_path = archive_entry_pathname_utf8 (entry);
      g_autofree char *name = NULL;
      OgFileKind kind;

      if (g_cancellable_is_cancelled (import->cancellable))
        break;

      if (++n_entries > MAX_ARCHIVE_ENTRIES)
        {
          add_error_printf (import, _("%s: the archive holds more than %u entries; it is not a LinkedIn export"),
                            display, MAX_ARCHIVE_ENTRIES);
          break;
        }

      if (entry_path == NULL)
        entry_path = archive_entry_pathname (entry);
      if (entry_path == NULL || archive_entry_filetype (entry) != AE_IFREG)
        continue;

      /* Only the basename matters: names are never used as paths. */
      name = g_path_get_basename (entry_path);
      kind = og_file_kind_from_name (name);
      if (kind == OG_FILE_KIND_UNKNOWN)
        continue;

      {
        g_autoptr(GInputStream) stream = og_archive_stream_new (archive, name, MAX_ENTRY_BYTES, MAX_ENTRY_RATIO);
        g_autoptr(GError) error = NULL;

        n_used++;
        if (!import_any (import->dataset, stream, name, kind, import, import->cancellable, &error))
          {
            if (g_error_matches (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_NOT_FOUND))
              og_dataset_take_warning (import->dataset,
                                       og_warning_new (name, 0, _("Not a saved LinkedIn API response; skipped")));
            else
              /* The entry's name alone does not say which archive it came from. */
              add_error_printf (import, "%s: %s", display, error->message);
          }
        report_progress (import, name, (guint64)archive_filter_bytes (archive, -1), TRUE);
      }
    }

  if (status == ARCHIVE_FATAL)
    add_error_printf (import, _("%s: the ZIP archive is damaged after %u entries (%s)"),
                      display, n_entries, archive_error_string (archive));
  else if (n_used == 0 && !g_cancellable_is_cancelled (import->cancellable))
    add_error_printf (import, _("%s: the archive holds no Connections.csv, messages.csv or Invitations.csv"),
                      display);

  archive_read_free (archive);
  import->done_bytes += size;
}

typedef struct
{
  guint64 device;
  guint64 inode;
} Visited;

static void
walk_folder (Import     *import,
             GFile      *folder,
             guint       depth,
             GArray     *visited,
             GPtrArray  *found,
             guint      *n_seen)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) self_info = NULL;

  if (depth > MAX_FOLDER_DEPTH)
    return;

  /* A bind mount or hard-linked folder could lead back here. */
  self_info = g_file_query_info (folder, G_FILE_ATTRIBUTE_UNIX_DEVICE "," G_FILE_ATTRIBUTE_UNIX_INODE,
                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (self_info != NULL)
    {
      Visited here = {
        g_file_info_get_attribute_uint32 (self_info, G_FILE_ATTRIBUTE_UNIX_DEVICE),
        g_file_info_get_attribute_uint64 (self_info, G_FILE_ATTRIBUTE_UNIX_INODE),
      };

      for (guint i = 0; i < visited->len; i++)
        {
          Visited *v = &g_array_index (visited, Visited, i);

          if (v->device == here.device && v->inode == here.inode)
            return;
        }
      g_array_append_val (visited, here);
    }

  enumerator = g_file_enumerate_children (folder,
                                          G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                          G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                          G_FILE_ATTRIBUTE_STANDARD_IS_SYMLINK,
                                          G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                                          import->cancellable, &error);
  if (enumerator == NULL)
    {
      g_autofree char *display = g_file_get_basename (folder);

      add_error_printf (import, _("%s: the folder cannot be read (%s)"), display, error->message);
      return;
    }

  for (;;)
    {
      g_autoptr(GFileInfo) info = g_file_enumerator_next_file (enumerator, import->cancellable, NULL);
      g_autoptr(GFile) child = NULL;
      const char *name;
      GFileType type;

      if (info == NULL)
        break;

      name = g_file_info_get_name (info);
      type = g_file_info_get_file_type (info);
      child = g_file_get_child (folder, name);

      if (++(*n_seen) > MAX_FOLDER_ENTRIES)
        return;

      /* Symbolic links are not followed: they can loop or leave the folder. */
      if (type == G_FILE_TYPE_DIRECTORY)
        walk_folder (import, child, depth + 1, visited, found, n_seen);
      else if (type == G_FILE_TYPE_REGULAR)
        {
          OgFileKind kind = og_file_kind_from_name (name);
          FoundFile *file;

          /* Inside a folder, only the export's own file names count. */
          if (kind == OG_FILE_KIND_UNKNOWN)
            continue;

          file = g_new0 (FoundFile, 1);
          file->path = g_file_get_path (child);
          file->name = g_strdup (name);
          file->kind = kind;
          file->size = (guint64)g_file_info_get_size (info);
          g_ptr_array_add (found, file);
        }
    }
}

static int
compare_found (gconstpointer a,
               gconstpointer b)
{
  const FoundFile *x = *(FoundFile * const *)a;
  const FoundFile *y = *(FoundFile * const *)b;

  return g_strcmp0 (x->path, y->path);
}

static void
plan_source (Import     *import,
             const char *source,
             GPtrArray  *files,
             GPtrArray  *zips)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (source);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *path = g_file_get_path (file);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, import->cancellable, &error);
  if (info == NULL || path == NULL)
    {
      add_error_printf (import, _("%s: cannot be opened (%s)"), source,
                        error != NULL ? error->message : _("not a local file"));
      return;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_autoptr(GArray) visited = g_array_new (FALSE, FALSE, sizeof (Visited));
      g_autoptr(GPtrArray) found = g_ptr_array_new ();
      guint n_seen = 0;

      walk_folder (import, file, 0, visited, found, &n_seen);
      g_ptr_array_sort (found, compare_found);

      for (guint i = 0; i < found->len; i++)
        g_ptr_array_add (files, g_ptr_array_index (found, i));
      if (found->len == 0)
        add_error_printf (import, _("%s: the folder holds no Connections.csv, messages.csv, Invitations.csv or saved API responses"),
                          name);
      return;
    }

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      add_error_printf (import, _("%s: not a file or folder"), name);
      return;
    }

  if (looks_like_zip (path))
    {
      FoundFile *zip = g_new0 (FoundFile, 1);

      zip->path = g_strdup (path);
      zip->name = g_strdup (name);
      zip->size = (guint64)g_file_info_get_size (info);
      g_ptr_array_add (zips, zip);
      return;
    }

  if (g_str_has_suffix (name, ".zip") || g_str_has_suffix (name, ".ZIP"))
    {
      add_error_printf (import, _("%s: not a ZIP archive, although its name says so"), name);
      return;
    }

  {
    FoundFile *single = g_new0 (FoundFile, 1);

    single->path = g_strdup (path);
    single->name = g_strdup (name);
    /* A file given by hand may have any name: its header says what it is. */
    single->kind = og_file_kind_from_name (name);
    single->size = (guint64)g_file_info_get_size (info);
    single->explicit = TRUE;
    g_ptr_array_add (files, single);
  }
}

OgDataset *
og_import (const char * const   *sources,
           OgImportProgressFunc  progress,
           gpointer              progress_data,
           GCancellable         *cancellable,
           GError              **error)
{
  g_autoptr(OgDataset) dataset = og_dataset_new ();
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) event_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify)found_file_free);
  g_autoptr(GPtrArray) zips = g_ptr_array_new_with_free_func ((GDestroyNotify)found_file_free);
  Import import = {
    .dataset = dataset,
    .errors = errors,
    .event_ids = event_ids,
    .cancellable = cancellable,
    .progress = progress,
    .progress_data = progress_data,
  };

  g_return_val_if_fail (sources != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (sources[0] == NULL)
    {
      g_set_error_literal (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_NOT_FOUND,
                           _("Nothing to import: give a LinkedIn export ZIP, its folder, or its files"));
      return NULL;
    }

  for (guint i = 0; sources[i] != NULL; i++)
    plan_source (&import, sources[i], files, zips);

  for (guint i = 0; i < files->len; i++)
    import.total_bytes += ((FoundFile *)g_ptr_array_index (files, i))->size;
  for (guint i = 0; i < zips->len; i++)
    import.total_bytes += ((FoundFile *)g_ptr_array_index (zips, i))->size;

  report_progress (&import, "", 0, TRUE);

  for (guint i = 0; i < files->len && !g_cancellable_is_cancelled (cancellable); i++)
    import_file (&import, g_ptr_array_index (files, i));
  for (guint i = 0; i < zips->len && !g_cancellable_is_cancelled (cancellable); i++)
    {
      FoundFile *zip = g_ptr_array_index (zips, i);

      import_zip (&import, zip->path, zip->size);
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if (errors->len > 0)
    {
      g_autofree char *joined = NULL;

      g_ptr_array_add (errors, NULL);
      joined = g_strjoinv ("\n", (char **)errors->pdata);
      g_set_error_literal (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_FORMAT, joined);
      return NULL;
    }

  if (og_dataset_is_empty (dataset))
    {
      g_autoptr(GPtrArray) basenames = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *names = NULL;

      for (guint i = 0; sources[i] != NULL; i++)
        g_ptr_array_add (basenames, g_path_get_basename (sources[i]));
      g_ptr_array_add (basenames, NULL);
      names = g_strjoinv (", ", (char **)basenames->pdata);

      g_set_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_NOT_FOUND,
                   _("%s: holds no connections, messages or invitations to audit"), names);
      return NULL;
    }

  og_dataset_finish (dataset);
  report_progress (&import, "", 0, TRUE);

  return g_steal_pointer (&dataset);
}

/* ---- async ----------------------------------------------------------------------------- */

typedef struct
{
  GStrv                 sources;
  OgWorkspace          *workspace;   /* NULL: read only */
  OgImportSummary       summary;
  OgImportProgressFunc  progress;
  gpointer              progress_data;
  GDestroyNotify        progress_data_destroy;
  GMainContext         *context;
} ImportTaskData;

typedef struct
{
  ImportTaskData *data;
  GTask          *task;
  char           *file;
  double          fraction;
} ProgressReport;

static void
import_task_data_free (ImportTaskData *data)
{
  g_strfreev (data->sources);
  g_clear_object (&data->workspace);
  if (data->progress_data_destroy != NULL)
    data->progress_data_destroy (data->progress_data);
  g_main_context_unref (data->context);
  g_free (data);
}

static gboolean
deliver_progress_cb (gpointer user_data)
{
  ProgressReport *report = user_data;

  if (!g_task_had_error (report->task))
    report->data->progress (report->file, report->fraction, report->data->progress_data);

  return G_SOURCE_REMOVE;
}

static void
progress_report_free (ProgressReport *report)
{
  g_object_unref (report->task);
  g_free (report->file);
  g_free (report);
}

/* Runs on the worker: hops each report over to the caller's main context. */
static void
worker_progress (const char *file,
                 double      fraction,
                 gpointer    user_data)
{
  GTask *task = user_data;
  ImportTaskData *data = g_task_get_task_data (task);
  ProgressReport *report = g_new0 (ProgressReport, 1);

  report->data = data;
  report->task = g_object_ref (task);
  report->file = g_strdup (file);
  report->fraction = fraction;
  g_main_context_invoke_full (data->context, G_PRIORITY_DEFAULT, deliver_progress_cb,
                              report, (GDestroyNotify)progress_report_free);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportTaskData *data = task_data;
  g_autoptr(GError) error = NULL;
  OgDataset *dataset;

  dataset = og_import ((const char * const *)data->sources,
                       data->progress != NULL ? worker_progress : NULL, task,
                       cancellable, &error);

  /* Into the workspace, then everything it holds back out: the view shows the merge. */
  if (dataset != NULL && data->workspace != NULL)
    {
      g_autoptr(OgDataset) read = dataset;
      g_autofree char *description = g_strjoinv ("\n", data->sources);

      dataset = NULL;
      if (og_workspace_import (data->workspace, read, description, &data->summary, cancellable, &error))
        {
          dataset = og_workspace_load_dataset (data->workspace, cancellable, &error);
          /* This import's warnings, not every import's, are the news. */
          data->summary.warnings = og_dataset_get_warnings (read)->len;
        }
    }

  if (dataset == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, dataset, g_object_unref);
}

/* Both flavours: read only (@workspace NULL) or merged into @workspace. */
static void
start_import (OgWorkspace          *workspace,
              gpointer              source_tag,
              const char * const   *sources,
              OgImportProgressFunc  progress,
              gpointer              progress_data,
              GDestroyNotify        progress_data_destroy,
              GCancellable         *cancellable,
              GAsyncReadyCallback   callback,
              gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportTaskData *data;

  g_return_if_fail (sources != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (ImportTaskData, 1);
  data->sources = g_strdupv ((char **)sources);
  data->workspace = workspace != NULL ? g_object_ref (workspace) : NULL;
  data->progress = progress;
  data->progress_data = progress_data;
  data->progress_data_destroy = progress_data_destroy;
  data->context = g_main_context_ref_thread_default ();

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, data, (GDestroyNotify)import_task_data_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, import_thread);
}

void
og_import_async (const char * const   *sources,
                 OgImportProgressFunc  progress,
                 gpointer              progress_data,
                 GDestroyNotify        progress_data_destroy,
                 GCancellable         *cancellable,
                 GAsyncReadyCallback   callback,
                 gpointer              user_data)
{
  start_import (NULL, og_import_async, sources, progress, progress_data, progress_data_destroy,
                cancellable, callback, user_data);
}

OgDataset *
og_import_finish (GAsyncResult  *result,
                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == og_import_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
og_import_to_workspace_async (OgWorkspace          *workspace,
                              const char * const   *sources,
                              OgImportProgressFunc  progress,
                              gpointer              progress_data,
                              GDestroyNotify        progress_data_destroy,
                              GCancellable         *cancellable,
                              GAsyncReadyCallback   callback,
                              gpointer              user_data)
{
  g_return_if_fail (OG_IS_WORKSPACE (workspace));

  start_import (workspace, og_import_to_workspace_async, sources, progress, progress_data,
                progress_data_destroy, cancellable, callback, user_data);
}

OgDataset *
og_import_to_workspace_finish (GAsyncResult     *result,
                               OgImportSummary  *summary,
                               GError          **error)
{
  OgDataset *dataset;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == og_import_to_workspace_async, NULL);

  dataset = g_task_propagate_pointer (G_TASK (result), error);
  if (dataset != NULL && summary != NULL)
    *summary = ((ImportTaskData *)g_task_get_task_data (G_TASK (result)))->summary;
  return dataset;
}
