/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-parallel.c — independent work shared out over the machine's cores. */
#define G_LOG_DOMAIN "og-parallel"

#include "config.h"

#include "og-parallel.h"

typedef struct
{
  OgShareFunc func;
  gpointer    user_data;
  guint       first;
  guint       stride;
} Share;

static gpointer
run_share (gpointer data)
{
  Share *share = data;

  share->func (share->first, share->stride, share->user_data);
  return NULL;
}

void
og_parallel_run (guint        n_items,
                 guint        min_items,
                 OgShareFunc  func,
                 gpointer     user_data)
{
  guint n_threads = MIN (CLAMP (g_get_num_processors (), 1, OG_PARALLEL_MAX_SHARES), MAX (n_items / MAX (min_items, 1), 1));
  g_autofree Share *shares = g_new (Share, n_threads);
  g_autofree GThread **threads = g_new0 (GThread *, n_threads);

  g_return_if_fail (func != NULL);

  for (guint t = 0; t < n_threads; t++)
    {
      shares[t] = (Share){ func, user_data, t, n_threads };
      if (t + 1 < n_threads)
        threads[t] = g_thread_new ("og-worker", run_share, &shares[t]);
    }
  run_share (&shares[n_threads - 1]);
  for (guint t = 0; t + 1 < n_threads; t++)
    g_thread_join (threads[t]);
}
