/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-sync-progress.c — pages have no total, so a running domain's bar
 * pulses and its subtitle counts; a finished one is full. */
#define G_LOG_DOMAIN "og-sync-progress"

#include "config.h"

#include <glib/gi18n.h>

#include "og-portability.h"
#include "og-sync-progress.h"

struct _OgSyncProgress
{
  GtkWidget    parent_instance;

  GtkListBox  *list;
  GHashTable  *rows;     /* domain → AdwActionRow, owned by the list */
};

G_DEFINE_FINAL_TYPE (OgSyncProgress, og_sync_progress, GTK_TYPE_WIDGET)

static const char *
domain_title (const char *domain)
{
  if (g_str_equal (domain, "CONNECTIONS"))
    return _("Connections");
  if (g_str_equal (domain, "INBOX"))
    return _("Messages");
  if (g_str_equal (domain, "INVITATIONS"))
    return _("Invitations");
  if (g_str_equal (domain, "CHANGELOG"))
    return _("Recent Changes");
  return domain;
}

static GtkProgressBar *
row_bar (AdwActionRow *row)
{
  return g_object_get_data (G_OBJECT (row), "og-bar");
}

static void
set_row (AdwActionRow *row,
         const char   *status,
         double        fraction)
{
  GtkProgressBar *bar = row_bar (row);

  adw_action_row_set_subtitle (row, status);
  if (fraction < 0)
    gtk_progress_bar_pulse (bar);
  else
    gtk_progress_bar_set_fraction (bar, fraction);
}

void
og_sync_progress_start (OgSyncProgress     *self,
                        const char * const *domains)
{
  GtkWidget *child;

  g_return_if_fail (OG_IS_SYNC_PROGRESS (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_hash_table_remove_all (self->rows);

  if (domains == NULL || domains[0] == NULL)
    domains = og_portability_default_domains ();
  for (guint i = 0; domains[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *bar = gtk_progress_bar_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), domain_title (domains[i]));
      /* Plain text, always: the rows say only what the app wrote. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
      gtk_widget_set_size_request (bar, 96, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      domain_title (domains[i]), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
      g_object_set_data (G_OBJECT (row), "og-bar", bar);
      set_row (ADW_ACTION_ROW (row), _("Waiting"), 0.0);
      gtk_list_box_append (self->list, row);
      g_hash_table_insert (self->rows, g_strdup (domains[i]), row);
    }
}

void
og_sync_progress_update (OgSyncProgress *self,
                         const char     *domain,
                         guint           pages,
                         gboolean        finished)
{
  AdwActionRow *row;
  g_autofree char *status = NULL;

  g_return_if_fail (OG_IS_SYNC_PROGRESS (self));
  g_return_if_fail (domain != NULL);

  row = g_hash_table_lookup (self->rows, domain);
  if (row == NULL)
    return;
  if (finished)
    {
      /* Translators: a domain of the sync is complete, "Done, 3 pages" */
      status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Done, %u page", "Done, %u pages", pages), pages);
      set_row (row, status, 1.0);
    }
  else
    {
      status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page read…", "%u pages read…", pages), pages);
      set_row (row, status, -1.0);
    }
}

void
og_sync_progress_finish (OgSyncProgress *self)
{
  GHashTableIter iter;
  gpointer row;

  g_return_if_fail (OG_IS_SYNC_PROGRESS (self));

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    if (gtk_progress_bar_get_fraction (row_bar (row)) < 1.0)
      set_row (row, _("Done"), 1.0);
}

const char *
og_sync_progress_get_status (OgSyncProgress *self,
                             const char     *domain)
{
  AdwActionRow *row;

  g_return_val_if_fail (OG_IS_SYNC_PROGRESS (self), NULL);

  row = g_hash_table_lookup (self->rows, domain);
  return row != NULL ? adw_action_row_get_subtitle (row) : NULL;
}

static void
og_sync_progress_dispose (GObject *object)
{
  OgSyncProgress *self = OG_SYNC_PROGRESS (object);

  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer ((GtkWidget **)&self->list, gtk_widget_unparent);

  G_OBJECT_CLASS (og_sync_progress_parent_class)->dispose (object);
}

static void
og_sync_progress_class_init (OgSyncProgressClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = og_sync_progress_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
og_sync_progress_init (OgSyncProgress *self)
{
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_set_parent (GTK_WIDGET (self->list), GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Sync Progress"), -1);
}

GtkWidget *
og_sync_progress_new (void)
{
  return g_object_new (OG_TYPE_SYNC_PROGRESS, NULL);
}
