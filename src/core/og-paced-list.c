/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-paced-list.c — a list model that follows @source without making a list view
 * rebuild hundreds of rows at once.
 *
 * Why: a GTK 4.8 list view keeps up to 200 row widgets, and a change of filter on
 * 30,000 contacts replaces all of them in one frame, which takes several frames'
 * time. Here the rows are stable objects (OgPacedRow): row N is always position N
 * and only its item changes, so the view rebinds the widgets it has instead of
 * destroying and creating them. Rows somebody watches (connected to "changed")
 * are updated at most @rows_per_step per main-loop turn, lowest position first,
 * so each frame does a bounded amount of work; rows nobody watches are updated
 * at once, silently. The count follows the source the same way: within the
 * first PACE_BELOW rows (where a view has widgets) it grows and shrinks in steps,
 * beyond that in one change. */
#define G_LOG_DOMAIN "og-paced-list"

#include "config.h"

#include "og-paced-list.h"

/* Past this many rows a list view has no widgets to make for new rows. */
#define PACE_BELOW 256

struct _OgPacedList
{
  GObject     parent_instance;

  GListModel *source;
  GPtrArray  *rows;          /* OgPacedRow or NULL (not asked for yet); length is our count */
  guint       rows_per_step;
  guint       dirty_from;    /* rows from here may show the wrong item; G_MAXUINT when none */
  gboolean    source_moved;  /* the source changed since the last step */
  gboolean    pending;       /* some row or the count is behind the source */
  gboolean    manual;        /* the owner calls og_paced_list_step(), e.g. once a frame */
  guint       step_id;       /* the idle that steps otherwise */
};

static void og_paced_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OgPacedList, og_paced_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, og_paced_list_model_init))

enum {
  PROP_0,
  PROP_SETTLED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
row_clear (gpointer row)
{
  if (row != NULL)
    g_object_unref (row);
}

/* ---- GListModel ---------------------------------------------------------------- */

static GType
og_paced_list_get_item_type (GListModel *model)
{
  return OG_TYPE_PACED_ROW;
}

static guint
og_paced_list_get_n_items (GListModel *model)
{
  return OG_PACED_LIST (model)->rows->len;
}

static gpointer
og_paced_list_get_item (GListModel *model,
                        guint       position)
{
  OgPacedList *self = OG_PACED_LIST (model);

  if (position >= self->rows->len)
    return NULL;
  if (g_ptr_array_index (self->rows, position) == NULL)
    {
      /* Made when first asked for, showing what the source has there now. */
      g_autoptr(GObject) item = g_list_model_get_item (self->source, position);

      g_ptr_array_index (self->rows, position) = og_paced_row_new (position, item);
    }
  return g_object_ref (g_ptr_array_index (self->rows, position));
}

static void
og_paced_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = og_paced_list_get_item_type;
  iface->get_n_items = og_paced_list_get_n_items;
  iface->get_item = og_paced_list_get_item;
}

/* ---- following the source -------------------------------------------------------- */

/* Brings rows [dirty_from, end) up to date, spending *budget on watched rows.
 * Returns TRUE when all of them are. */
static gboolean
refresh_rows (OgPacedList *self,
              guint       *budget)
{
  guint n_source = g_list_model_get_n_items (self->source);
  guint i;

  for (i = self->dirty_from; i < self->rows->len; i++)
    {
      OgPacedRow *row = g_ptr_array_index (self->rows, i);
      g_autoptr(GObject) item = NULL;

      if (row == NULL)
        continue;
      item = i < n_source ? g_list_model_get_item (self->source, i) : NULL;
      if (og_paced_row_get_item (row) == (gpointer)item)
        continue;
      if (!og_paced_row_is_watched (row))
        {
          og_paced_row_set_item (row, item, FALSE);
          continue;
        }
      if (*budget == 0)
        break;
      og_paced_row_set_item (row, item, TRUE);
      (*budget)--;
    }
  self->dirty_from = i < self->rows->len ? i : G_MAXUINT;
  return self->dirty_from == G_MAXUINT;
}

/* Adds rows up to the source's count. */
static void
grow_rows (OgPacedList *self,
           guint       *budget)
{
  guint n_source = g_list_model_get_n_items (self->source);
  guint n = self->rows->len, to = n_source;

  if (n >= n_source || *budget == 0)
    return;
  if (n < PACE_BELOW)
    {
      to = n + MIN (*budget, n_source - n);
      *budget -= to - n;
    }
  g_ptr_array_set_size (self->rows, to);
  g_list_model_items_changed (G_LIST_MODEL (self), n, 0, to - n);
}

/* Drops rows past the source's count, spending *budget on watched ones. Only
 * once the source holds still: a filter working in steps empties the list and
 * fills it again, and rows made twice cost twice. */
static void
shrink_rows (OgPacedList *self,
             guint       *budget)
{
  guint n_source = g_list_model_get_n_items (self->source);
  guint n = self->rows->len, to = n, watched = 0;

  if (n <= n_source || self->source_moved)
    return;
  while (to > n_source)
    {
      OgPacedRow *row = g_ptr_array_index (self->rows, to - 1);

      if (row != NULL && og_paced_row_is_watched (row))
        {
          if (watched == *budget)
            break;
          watched++;
        }
      to--;
    }
  *budget -= watched;
  if (to < n)
    {
      g_ptr_array_set_size (self->rows, to);
      g_list_model_items_changed (G_LIST_MODEL (self), to, n - to, 0);
    }
}

/* One bounded step; TRUE while more is left. */
static gboolean
step (OgPacedList *self,
      guint        budget)
{
  gboolean refreshed;

  /* Rows about to go are not worth updating first. */
  shrink_rows (self, &budget);
  refreshed = refresh_rows (self, &budget);
  grow_rows (self, &budget);
  self->source_moved = FALSE;
  return !refreshed || self->rows->len != g_list_model_get_n_items (self->source);
}

static void
set_pending (OgPacedList *self,
             gboolean     pending)
{
  if (self->pending == pending)
    return;
  self->pending = pending;
  if (!pending)
    g_clear_handle_id (&self->step_id, g_source_remove);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SETTLED]);
}

static gboolean
step_cb (gpointer user_data)
{
  OgPacedList *self = user_data;

  if (og_paced_list_step (self))
    return G_SOURCE_CONTINUE;
  self->step_id = 0;
  return G_SOURCE_REMOVE;
}

static void
schedule (OgPacedList *self)
{
  /* An idle runs after the frame that follows. */
  if (self->pending && !self->manual && self->step_id == 0)
    self->step_id = g_idle_add (step_cb, self);
}

static void
source_items_changed_cb (OgPacedList *self,
                         guint        position,
                         guint        removed,
                         guint        added)
{
  self->dirty_from = MIN (self->dirty_from, position);
  self->source_moved = TRUE;
  set_pending (self, TRUE);
  schedule (self);
}

/* ---- the object ---------------------------------------------------------------- */

static void
og_paced_list_dispose (GObject *object)
{
  OgPacedList *self = OG_PACED_LIST (object);

  g_clear_handle_id (&self->step_id, g_source_remove);
  if (self->source != NULL)
    g_signal_handlers_disconnect_by_data (self->source, self);
  g_clear_object (&self->source);
  G_OBJECT_CLASS (og_paced_list_parent_class)->dispose (object);
}

static void
og_paced_list_finalize (GObject *object)
{
  OgPacedList *self = OG_PACED_LIST (object);

  g_ptr_array_unref (self->rows);
  G_OBJECT_CLASS (og_paced_list_parent_class)->finalize (object);
}

static void
og_paced_list_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OgPacedList *self = OG_PACED_LIST (object);

  switch (prop_id)
    {
    case PROP_SETTLED:
      g_value_set_boolean (value, og_paced_list_is_settled (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
og_paced_list_class_init (OgPacedListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = og_paced_list_dispose;
  object_class->finalize = og_paced_list_finalize;
  object_class->get_property = og_paced_list_get_property;

  properties[PROP_SETTLED] =
    g_param_spec_boolean ("settled", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
og_paced_list_init (OgPacedList *self)
{
  self->rows = g_ptr_array_new_with_free_func (row_clear);
  self->dirty_from = G_MAXUINT;
}

/**
 * og_paced_list_new:
 * @source: the model to follow
 * @rows_per_step: how many watched rows may change in one main-loop turn
 *
 * Returns: (transfer full): a list of OgPacedRow, one per item of @source.
 */
OgPacedList *
og_paced_list_new (GListModel *source,
                   guint       rows_per_step)
{
  OgPacedList *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (source), NULL);
  g_return_val_if_fail (rows_per_step > 0, NULL);

  self = g_object_new (OG_TYPE_PACED_LIST, NULL);
  self->source = g_object_ref (source);
  self->rows_per_step = rows_per_step;
  g_ptr_array_set_size (self->rows, g_list_model_get_n_items (source));
  g_signal_connect_object (source, "items-changed", G_CALLBACK (source_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return self;
}

/* Returns: (transfer none): the model this one follows. */
GListModel *
og_paced_list_get_source (OgPacedList *self)
{
  g_return_val_if_fail (OG_IS_PACED_LIST (self), NULL);
  return self->source;
}

/* TRUE when every row shows what the source holds at its position. */
gboolean
og_paced_list_is_settled (OgPacedList *self)
{
  g_return_val_if_fail (OG_IS_PACED_LIST (self), TRUE);
  return !self->pending;
}

/* With @manual, nothing moves until og_paced_list_step() is called: a list view
 * calls it once a frame, so that idles between two frames cannot pile several
 * steps into one. Otherwise an idle steps. */
void
og_paced_list_set_manual (OgPacedList *self,
                          gboolean     manual)
{
  g_return_if_fail (OG_IS_PACED_LIST (self));

  self->manual = manual;
  if (manual)
    g_clear_handle_id (&self->step_id, g_source_remove);
  schedule (self);
}

/* One bounded step. Returns: TRUE while more is left. */
gboolean
og_paced_list_step (OgPacedList *self)
{
  g_return_val_if_fail (OG_IS_PACED_LIST (self), FALSE);

  if (self->pending && !step (self, self->rows_per_step))
    set_pending (self, FALSE);
  return self->pending;
}

/* Catches up now, without pacing: for callers that need the rows at once. */
void
og_paced_list_settle (OgPacedList *self)
{
  g_return_if_fail (OG_IS_PACED_LIST (self));

  self->source_moved = FALSE;
  while (step (self, G_MAXUINT))
    self->source_moved = FALSE;
  set_pending (self, FALSE);
}
