/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The paced list: stable rows that follow a model a few watched rows at a time. */
#include "config.h"

#include "og-paced-list.h"

#define STEP 4

/* Plain objects, each named by a number to tell them apart. */
static GListStore *
numbers (guint from,
         guint n)
{
  GListStore *store = g_list_store_new (G_TYPE_OBJECT);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("%u", from + i);
      g_autoptr(GObject) item = g_object_new (G_TYPE_OBJECT, NULL);

      g_object_set_data_full (item, "n", g_steal_pointer (&name), g_free);
      g_list_store_append (store, item);
    }
  return store;
}

static void
replace_all (GListStore *store,
             GListStore *with)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (with)); i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (with), i));
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), items->pdata, items->len);
}

static void
count_changed_cb (OgPacedRow *row,
                  guint      *changes)
{
  (*changes)++;
}

/* Watches rows [0, n) as a list view's widgets would; returns them. */
static GPtrArray *
watch_rows (OgPacedList *list,
            guint        n,
            guint       *changes)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      OgPacedRow *row = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_signal_connect (row, "changed", G_CALLBACK (count_changed_cb), changes);
      g_ptr_array_add (rows, row);
    }
  return rows;
}

static void
one_turn (void)
{
  g_main_context_iteration (NULL, FALSE);
}

static void
wait_until_settled (OgPacedList *list)
{
  while (!og_paced_list_is_settled (list))
    g_main_context_iteration (NULL, TRUE);
}

/* Every row shows what the source has at its position. */
static void
assert_follows (OgPacedList *list)
{
  GListModel *source = og_paced_list_get_source (list);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, g_list_model_get_n_items (source));
  for (guint i = 0; i < g_list_model_get_n_items (source); i++)
    {
      g_autoptr(OgPacedRow) row = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_autoptr(GObject) item = g_list_model_get_item (source, i);

      g_assert_cmpuint (og_paced_row_get_position (row), ==, i);
      g_assert_true (og_paced_row_get_item (row) == (gpointer)item);
    }
}

static void
test_paced_list_rows_show_the_source_and_keep_their_identity (void)
{
  g_autoptr(GListStore) store = numbers (0, 10);
  g_autoptr(OgPacedList) list = og_paced_list_new (G_LIST_MODEL (store), STEP);
  g_autoptr(OgPacedRow) first = NULL, again = NULL;
  g_autoptr(GListStore) others = numbers (100, 10);

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == OG_TYPE_PACED_ROW);
  assert_follows (list);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);

  /* Another item at position 0: the same row shows it. */
  replace_all (store, others);
  wait_until_settled (list);
  again = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (first == again);
  g_assert_cmpstr (g_object_get_data (og_paced_row_get_item (first), "n"), ==, "100");
  assert_follows (list);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 10));
}

static void
test_paced_list_changes_a_few_watched_rows_per_turn_lowest_first (void)
{
  g_autoptr(GListStore) store = numbers (0, 40);
  g_autoptr(OgPacedList) list = og_paced_list_new (G_LIST_MODEL (store), STEP);
  g_autoptr(GListStore) others = numbers (100, 40);
  guint changes = 0;
  g_autoptr(GPtrArray) rows = watch_rows (list, 20, &changes);
  guint turns = 0;

  replace_all (store, others);
  g_assert_false (og_paced_list_is_settled (list));
  /* Nothing yet: the change waits for the main loop, after the frame. */
  g_assert_cmpuint (changes, ==, 0);
  while (!og_paced_list_is_settled (list))
    {
      guint before = changes;

      one_turn ();
      turns++;
      g_assert_cmpuint (changes - before, <=, STEP);
      /* Lowest first: the rows a person sees at the top change first. */
      for (guint i = 0; i < changes; i++)
        {
          g_autofree char *expected = g_strdup_printf ("%u", 100 + i);

          g_assert_cmpstr (g_object_get_data (og_paced_row_get_item (rows->pdata[i]), "n"), ==, expected);
        }
    }
  g_assert_cmpuint (changes, ==, 20);
  g_assert_cmpuint (turns, >=, 20 / STEP);
  assert_follows (list);
}

static void
test_paced_list_updates_unwatched_rows_at_once_and_silently (void)
{
  g_autoptr(GListStore) store = numbers (0, 40);
  g_autoptr(OgPacedList) list = og_paced_list_new (G_LIST_MODEL (store), STEP);
  g_autoptr(GListStore) others = numbers (100, 40);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  guint changes = 0;

  /* Asked for (as a selection or a screen reader might) but not watched. */
  for (guint i = 0; i < 30; i++)
    {
      OgPacedRow *row = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_signal_connect (row, "changed", G_CALLBACK (count_changed_cb), &changes);
      g_signal_handlers_disconnect_by_func (row, count_changed_cb, &changes);
      g_ptr_array_add (rows, row);
    }
  replace_all (store, others);
  one_turn ();
  g_assert_true (og_paced_list_is_settled (list));
  g_assert_cmpuint (changes, ==, 0);
  assert_follows (list);
}

static void
record_largest_cb (GListModel *model,
                   guint       position,
                   guint       removed,
                   guint       added,
                   guint      *largest)
{
  *largest = MAX (*largest, MAX (removed, added));
}

static void
test_paced_list_grows_in_steps_where_a_view_has_widgets_and_at_once_beyond (void)
{
  g_autoptr(GListStore) store = numbers (0, 2);
  g_autoptr(OgPacedList) list = og_paced_list_new (G_LIST_MODEL (store), STEP);
  g_autoptr(GListStore) more = numbers (0, 1000);
  guint largest = 0, turns = 0;

  g_signal_connect (list, "items-changed", G_CALLBACK (record_largest_cb), &largest);
  replace_all (store, more);
  while (!og_paced_list_is_settled (list) && g_list_model_get_n_items (G_LIST_MODEL (list)) < 200)
    {
      one_turn ();
      turns++;
    }
  /* The first rows arrive a few per turn… */
  g_assert_cmpuint (largest, <=, STEP);
  g_assert_cmpuint (turns, >=, 200 / STEP);
  /* …and the rest, past where a view makes widgets, in one change. */
  wait_until_settled (list);
  g_assert_cmpuint (largest, >, 500);
  assert_follows (list);
}

static void
test_paced_list_shrinks_once_the_source_holds_still (void)
{
  g_autoptr(GListStore) store = numbers (0, 30);
  g_autoptr(OgPacedList) list = og_paced_list_new (G_LIST_MODEL (store), STEP);
  guint changes = 0;
  g_autoptr(GPtrArray) rows = watch_rows (list, 30, &changes);

  /* The source empties, then fills again before the list moved: no row goes. */
  g_list_store_splice (store, 0, 30, NULL, 0);
  g_list_store_append (store, g_ptr_array_index (rows, 0));   /* any object will do */
  one_turn ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 30);

  /* Holding still, it shrinks, a few watched rows per turn. */
  for (guint turn = 0; !og_paced_list_is_settled (list); turn++)
    {
      guint before = g_list_model_get_n_items (G_LIST_MODEL (list));

      one_turn ();
      g_assert_cmpuint (before - g_list_model_get_n_items (G_LIST_MODEL (list)), <=, STEP);
      g_assert_cmpuint (turn, <, 100);
    }
  assert_follows (list);
}

static void
test_paced_list_settles_at_once_when_asked (void)
{
  g_autoptr(GListStore) store = numbers (0, 300);
  g_autoptr(OgPacedList) list = og_paced_list_new (G_LIST_MODEL (store), STEP);
  g_autoptr(GListStore) fewer = numbers (500, 120);
  guint changes = 0;
  g_autoptr(GPtrArray) rows = watch_rows (list, 200, &changes);

  replace_all (store, fewer);
  og_paced_list_settle (list);
  g_assert_true (og_paced_list_is_settled (list));
  assert_follows (list);
  g_assert_cmpuint (changes, ==, 120);
}

static void
test_paced_list_in_manual_mode_moves_only_when_stepped (void)
{
  g_autoptr(GListStore) store = numbers (0, 40);
  g_autoptr(OgPacedList) list = og_paced_list_new (G_LIST_MODEL (store), STEP);
  g_autoptr(GListStore) others = numbers (100, 40);
  g_autoptr(GListStore) third = numbers (200, 40);
  guint changes = 0, steps = 0;
  g_autoptr(GPtrArray) rows = watch_rows (list, 20, &changes);

  og_paced_list_set_manual (list, TRUE);
  replace_all (store, others);
  for (guint i = 0; i < 10; i++)
    one_turn ();
  /* Idles between frames do nothing: the owner steps once a frame. */
  g_assert_cmpuint (changes, ==, 0);
  g_assert_false (og_paced_list_is_settled (list));
  while (og_paced_list_step (list))
    {
      steps++;
      g_assert_cmpuint (changes, ==, steps * STEP);
    }
  g_assert_true (og_paced_list_is_settled (list));
  g_assert_cmpuint (changes, ==, 20);
  assert_follows (list);

  /* Back to idles: it catches up on its own. */
  replace_all (store, third);
  og_paced_list_set_manual (list, FALSE);
  wait_until_settled (list);
  assert_follows (list);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/og/paced-list/rows-show-the-source-and-keep-their-identity",
                   test_paced_list_rows_show_the_source_and_keep_their_identity);
  g_test_add_func ("/og/paced-list/changes-a-few-watched-rows-per-turn-lowest-first",
                   test_paced_list_changes_a_few_watched_rows_per_turn_lowest_first);
  g_test_add_func ("/og/paced-list/updates-unwatched-rows-at-once-and-silently",
                   test_paced_list_updates_unwatched_rows_at_once_and_silently);
  g_test_add_func ("/og/paced-list/grows-in-steps-where-a-view-has-widgets-and-at-once-beyond",
                   test_paced_list_grows_in_steps_where_a_view_has_widgets_and_at_once_beyond);
  g_test_add_func ("/og/paced-list/shrinks-once-the-source-holds-still",
                   test_paced_list_shrinks_once_the_source_holds_still);
  g_test_add_func ("/og/paced-list/in-manual-mode-moves-only-when-stepped",
                   test_paced_list_in_manual_mode_moves_only_when_stepped);
  g_test_add_func ("/og/paced-list/settles-at-once-when-asked",
                   test_paced_list_settles_at_once_when_asked);

  return g_test_run ();
}
