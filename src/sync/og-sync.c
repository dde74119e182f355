/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-sync.c — reads and writes of the workspace on a worker thread, the
 * HTTP on the caller's main context. */
#define G_LOG_DOMAIN "og-sync"

#include "config.h"

#include "og-sync.h"

typedef struct
{
  OgPortabilityClient   *client;
  GStrv                  domains;
  OgPortabilityProgress  progress;
  gpointer               progress_data;
  gint64                 cursor;
  gint64                 next_cursor;
  OgDataset             *fetched;
  OgImportSummary        summary;
  char                  *source;
} Sync;

static void
sync_free (Sync *sync)
{
  g_clear_object (&sync->client);
  g_strfreev (sync->domains);
  g_clear_object (&sync->fetched);
  g_free (sync->source);
  g_free (sync);
}

static void
merge_thread (GTask        *task,
              gpointer      source,
              gpointer      data,
              GCancellable *cancellable)
{
  Sync *sync = data;
  GError *error = NULL;
  OgDataset *everything;

  if (!og_workspace_import (source, sync->fetched, sync->source, &sync->summary, cancellable, &error) ||
      !og_workspace_set_sync_state (source, sync->next_cursor, g_get_real_time () / G_USEC_PER_SEC, &error) ||
      (everything = og_workspace_load_dataset (source, cancellable, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, everything, g_object_unref);
}

static void
fetched_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Sync *sync = g_task_get_task_data (task);
  GError *error = NULL;

  sync->fetched = og_portability_client_fetch_finish (OG_PORTABILITY_CLIENT (source), result, &sync->next_cursor, &error);
  if (sync->fetched == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_run_in_thread (task, merge_thread);
}

static void
cursor_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  Sync *sync = data;
  GError *error = NULL;

  if (og_workspace_get_sync_state (source, &sync->cursor, NULL, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
cursor_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GTask *outer = user_data;
  Sync *sync = g_task_get_task_data (outer);
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (outer, error);
      g_object_unref (outer);
      return;
    }
  /* The changelog goes on from where the last sync left it. */
  og_portability_client_fetch_async (sync->client, (const char * const *)sync->domains, sync->cursor,
                                     sync->progress, sync->progress_data, g_task_get_cancellable (outer),
                                     fetched_cb, outer);
}

void
og_sync_async (OgWorkspace           *workspace,
               OgPortabilityClient   *client,
               const char * const    *domains,
               OgPortabilityProgress  progress,
               gpointer               progress_data,
               GCancellable          *cancellable,
               GAsyncReadyCallback    callback,
               gpointer               user_data)
{
  GTask *task;
  g_autoptr(GTask) read = NULL;
  Sync *sync;

  g_return_if_fail (OG_IS_WORKSPACE (workspace));
  g_return_if_fail (OG_IS_PORTABILITY_CLIENT (client));

  sync = g_new0 (Sync, 1);
  sync->client = g_object_ref (client);
  sync->domains = g_strdupv ((char **)domains);
  sync->progress = progress;
  sync->progress_data = progress_data;
  sync->source = g_strdup ("LinkedIn Portability API");

  task = g_task_new (workspace, cancellable, callback, user_data);
  g_task_set_source_tag (task, og_sync_async);
  g_task_set_task_data (task, sync, (GDestroyNotify)sync_free);

  read = g_task_new (workspace, cancellable, cursor_done_cb, task);
  g_task_set_task_data (read, sync, NULL);
  g_task_run_in_thread (read, cursor_thread);
}

OgDataset *
og_sync_finish (GAsyncResult     *result,
                OgImportSummary  *summary,
                OgDataset       **fetched,
                GError          **error)
{
  Sync *sync;

  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == og_sync_async, NULL);

  sync = g_task_get_task_data (G_TASK (result));
  if (summary != NULL)
    *summary = sync->summary;
  if (fetched != NULL)
    *fetched = sync->fetched != NULL ? g_object_ref (sync->fetched) : NULL;
  return g_task_propagate_pointer (G_TASK (result), error);
}
