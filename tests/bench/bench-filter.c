/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-filter.c — how long the list takes to follow a search and a change of
 * view at LinkedIn's 30,000-connection ceiling. A frame is 16.7 ms.
 *
 * Usage: bench-filter EXPORT   (tests/bench/generate-export.py writes one);
 * needs a display (xvfb-run). Prints figures; never fails on them.
 * OG_BENCH_DEBUG=1 also prints every main-loop turn longer than a frame. */
#include "config.h"

#include <adwaita.h>

#include "og-audit.h"
#include "og-contacts-view.h"
#include "og-importer.h"

/* The phases of the last frame: GTK lays out in the frame clock's "layout"
 * signal (its handler is connected first, so ours runs when it is done) and
 * then paints. Layout is the list's work; painting is the renderer's, which
 * under Xvfb is software and costs the same for any frame. */
static gint64 frame_start;
static double frame_layout, frame_total;

static void
before_paint_cb (void)
{
  frame_start = g_get_monotonic_time ();
}

static void
after_layout_cb (void)
{
  frame_layout = (g_get_monotonic_time () - frame_start) / 1000.0;
}

static void
after_paint_cb (void)
{
  frame_total = (g_get_monotonic_time () - frame_start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

/* Runs each step three times and prints, in ms, how long the call itself
 * held the main loop, the longest single main-loop iteration until the list
 * was complete (the worst stall a person could see, drawing included), the
 * longest layout phase of a frame (the list's share of a frame) and the time
 * until the list was complete. */
static void
measure (const char     *what,
         OgContactsView *view,
         const char     *kind,
         const char    **values)
{
  g_autoptr(GArray) calls = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) done = g_array_new (FALSE, FALSE, sizeof (double));
  GListModel *shown = og_contacts_view_get_shown (view);
  double stall = 0.0, layout = 0.0;
  guint last = 0;

  for (guint round = 0; round < 3; round++)
    for (guint i = 0; values[i] != NULL; i++)
      {
        gint64 start = g_get_monotonic_time ();
        double ms;

        if (g_str_equal (kind, "search"))
          og_contacts_view_set_search (view, values[i]);
        else
          og_contacts_view_select_view (view, values[i]);
        ms = (g_get_monotonic_time () - start) / 1000.0;
        g_array_append_val (calls, ms);
        stall = MAX (stall, ms);
        while (og_contacts_view_is_filtering (view) || g_main_context_pending (NULL))
          {
            gint64 before = g_get_monotonic_time ();

            double turn;

            frame_layout = frame_total = 0;
            g_main_context_iteration (NULL, TRUE);
            turn = (g_get_monotonic_time () - before) / 1000.0;
            stall = MAX (stall, turn);
            layout = MAX (layout, frame_layout);
            if (turn > 16.7 && g_getenv ("OG_BENCH_DEBUG") != NULL)
              g_printerr ("  %s “%s”, round %u: a turn of %.1f ms (frame %.1f ms, of which layout %.1f ms)\n",
                          kind, values[i], round, turn, frame_total, frame_layout);
          }
        ms = (g_get_monotonic_time () - start) / 1000.0;
        g_array_append_val (done, ms);
        last = g_list_model_get_n_items (shown);
      }
  g_array_sort (calls, compare_doubles);
  g_array_sort (done, compare_doubles);
  g_print ("%-38s call: median %5.1f ms   longest turn %5.1f ms   longest layout %5.1f ms   "
           "complete: median %6.1f ms   (%u steps, %u rows at the end)\n", what,
           g_array_index (calls, double, calls->len / 2), stall, layout, g_array_index (done, double, done->len / 2),
           calls->len, last);
}

/* What a frame costs here when nothing changed: the floor under every figure. */
static void
redraw_floor (GtkWidget *window)
{
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < 9; i++)
    {
      frame_total = 0;
      gtk_widget_queue_draw (window);
      while (frame_total == 0)
        g_main_context_iteration (NULL, TRUE);
      g_array_append_val (frames, frame_total);
    }
  g_array_sort (frames, compare_doubles);
  g_print ("Redrawing the window, nothing changed (the floor of any frame here): median %.1f ms\n",
           g_array_index (frames, double, frames->len / 2));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = NULL;
  g_autoptr(OgAudit) audit = NULL;
  const char *typing[] = { "a", "an", "ann", "anna", "ann", "an", "a", "", "lab", "labs", "", NULL };
  const char *views[] = { "all", "fast", "first", "all", "persistent", "all", NULL };
  GtkWidget *window;
  OgContactsView *view;
  gint64 start;

  if (argc != 2)
    {
      g_printerr ("Usage: %s EXPORT\n", argv[0]);
      return 2;
    }
  if (!gtk_init_check ())
    {
      g_printerr ("%s: no display (run it under xvfb-run)\n", argv[0]);
      return 2;
    }
  adw_init ();

  start = g_get_monotonic_time ();
  dataset = og_import ((const char *[]) { argv[1], NULL }, NULL, NULL, NULL, &error);
  if (dataset == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  /* No classifier: the list's cost does not depend on the labels. */
  audit = og_audit_new (dataset, 60, NULL, NULL, NULL);
  g_print ("Imported and audited %u connections in %.1f s\n", og_dataset_get_connections (dataset)->len,
           (g_get_monotonic_time () - start) / 1e6);

  window = gtk_window_new ();
  view = OG_CONTACTS_VIEW (og_contacts_view_new ());
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_signal_connect (gtk_widget_get_frame_clock (window), "before-paint", G_CALLBACK (before_paint_cb), NULL);
  g_signal_connect (gtk_widget_get_frame_clock (window), "layout", G_CALLBACK (after_layout_cb), NULL);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint_cb), NULL);

  start = g_get_monotonic_time ();
  og_contacts_view_set_audit (view, audit);
  og_contacts_view_select_view (view, "all");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_print ("Filling the list: %.1f ms\n", (g_get_monotonic_time () - start) / 1000.0);

  redraw_floor (window);
  measure ("Search as you type (All Connections)", view, "search", typing);
  og_contacts_view_set_search (view, "");
  measure ("Switching views", view, "view", views);

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
