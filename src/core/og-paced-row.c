/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-paced-row.c — a row keeps its identity while the item it shows changes, so
 * a list view can rebind the widgets it has instead of making new ones. Whoever
 * shows the row connects to "changed" and reads the item again when it fires. */
#define G_LOG_DOMAIN "og-paced-row"

#include "config.h"

#include "og-paced-row.h"

struct _OgPacedRow
{
  GObject   parent_instance;

  guint     position;
  GObject  *item;       /* NULL past the end of the source */
};

G_DEFINE_FINAL_TYPE (OgPacedRow, og_paced_row, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
og_paced_row_dispose (GObject *object)
{
  OgPacedRow *self = OG_PACED_ROW (object);

  g_clear_object (&self->item);
  G_OBJECT_CLASS (og_paced_row_parent_class)->dispose (object);
}

static void
og_paced_row_class_init (OgPacedRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = og_paced_row_dispose;

  /**
   * OgPacedRow::changed:
   *
   * The row shows another item now: read it with og_paced_row_get_item().
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
og_paced_row_init (OgPacedRow *self)
{
}

OgPacedRow *
og_paced_row_new (guint    position,
                  gpointer item)
{
  OgPacedRow *self = g_object_new (OG_TYPE_PACED_ROW, NULL);

  self->position = position;
  g_set_object (&self->item, item);
  return self;
}

guint
og_paced_row_get_position (OgPacedRow *self)
{
  g_return_val_if_fail (OG_IS_PACED_ROW (self), 0);
  return self->position;
}

/* Returns: (transfer none) (nullable): what the row shows. */
gpointer
og_paced_row_get_item (OgPacedRow *self)
{
  g_return_val_if_fail (OG_IS_PACED_ROW (self), NULL);
  return self->item;
}

/* Someone shows this row: changing its item costs them work, so it is paced. */
gboolean
og_paced_row_is_watched (OgPacedRow *self)
{
  g_return_val_if_fail (OG_IS_PACED_ROW (self), FALSE);
  return g_signal_has_handler_pending (self, signals[CHANGED], 0, TRUE);
}

void
og_paced_row_set_item (OgPacedRow *self,
                       gpointer    item,
                       gboolean    announce)
{
  g_return_if_fail (OG_IS_PACED_ROW (self));

  if (g_set_object (&self->item, item) && announce)
    g_signal_emit (self, signals[CHANGED], 0);
}
