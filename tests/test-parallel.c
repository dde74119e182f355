/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Work shared over the cores: every item handled once, small work kept on the caller. */
#include "config.h"

#include "og-parallel.h"

typedef struct
{
  guint        n;
  gint        *visits;     /* atomically counted, one per item */
  GThread     *caller;
  gint         on_other_threads;
} Work;

static void
visit (guint    first,
       guint    stride,
       gpointer user_data)
{
  Work *work = user_data;

  g_assert_cmpuint (stride, >=, 1);
  g_assert_cmpuint (first, <, stride);
  if (g_thread_self () != work->caller)
    g_atomic_int_inc (&work->on_other_threads);
  for (guint i = first; i < work->n; i += stride)
    g_atomic_int_inc (&work->visits[i]);
}

static void
test_parallel_handles_every_item_exactly_once (void)
{
  const guint sizes[] = { 0, 1, 2, 255, 256, 257, 1000, 4099, 100000 };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autofree gint *visits = g_new0 (gint, MAX (sizes[s], 1));
      Work work = { sizes[s], visits, g_thread_self (), 0 };

      og_parallel_run (sizes[s], 16, visit, &work);
      for (guint i = 0; i < sizes[s]; i++)
        g_assert_cmpint (visits[i], ==, 1);
    }
}

static void
test_parallel_keeps_small_work_on_the_calling_thread (void)
{
  gint visits[10] = { 0 };
  Work work = { G_N_ELEMENTS (visits), visits, g_thread_self (), 0 };

  og_parallel_run (work.n, 1024, visit, &work);
  g_assert_cmpint (work.on_other_threads, ==, 0);
  for (guint i = 0; i < work.n; i++)
    g_assert_cmpint (visits[i], ==, 1);
}

static void
test_parallel_uses_other_cores_for_large_work (void)
{
  g_autofree gint *visits = g_new0 (gint, 100000);
  Work work = { 100000, visits, g_thread_self (), 0 };

  if (g_get_num_processors () < 2)
    {
      g_test_skip ("one core only");
      return;
    }
  og_parallel_run (work.n, 16, visit, &work);
  g_assert_cmpint (work.on_other_threads, >=, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/og/parallel/handles-every-item-exactly-once", test_parallel_handles_every_item_exactly_once);
  g_test_add_func ("/og/parallel/keeps-small-work-on-the-calling-thread", test_parallel_keeps_small_work_on_the_calling_thread);
  g_test_add_func ("/og/parallel/uses-other-cores-for-large-work", test_parallel_uses_other_cores_for_large_work);

  return g_test_run ();
}
