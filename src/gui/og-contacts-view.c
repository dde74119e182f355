/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-contacts-view.c — sidebar of views, search, and the contacts' columns. */
#define G_LOG_DOMAIN "og-contacts-view"

#include "config.h"

#include <glib/gi18n.h>

#include "og-accessible.h"
#include "og-contact.h"
#include "og-contact-page.h"
#include "og-contacts-view.h"
#include "og-insights-page.h"
#include "og-paced-list.h"
#include "og-rate-bar.h"
#include "og-workspace.h"

/* Above this many connections the list filters in steps between frames, so a
 * keystroke never stalls the window; below it, at once, without flicker. */
#define FILTER_IN_STEPS_ABOVE 5000
/* Rows the list rebinds per main-loop turn: a few milliseconds with seven
 * columns on GTK 4.8, so a turn leaves most of a frame for drawing. */
#define ROWS_PER_STEP 8

typedef struct
{
  const char *id;
  const char *title;        /* translatable */
  const char *icon;
  OgFlags     flags;        /* any of these; NONE: see below */
  const char *empty_title;  /* translatable */
} ViewDef;

static const ViewDef views[] = {
  { "fast", N_("Pitched Within Minutes"), "alarm-symbolic",
    OG_FLAG_FAST_PITCH | OG_FLAG_POSSIBLY_FAST_PITCH, N_("No One Pitched Within Minutes") },
  { "first", N_("Pitch-First"), "mail-unread-symbolic", OG_FLAG_PITCH_FIRST, N_("No One Pitched First") },
  { "persistent", N_("Persistent Follow-ups"), "mail-send-receive-symbolic", OG_FLAG_PERSISTENT,
    N_("No Unanswered Follow-up Runs") },
  { "opt-out", N_("Ignored Opt-outs"), "action-unavailable-symbolic", OG_FLAG_IGNORED_OPT_OUT,
    N_("Everyone Respected Your Requests to Stop") },
  { "scripts", N_("Shared Scripts"), "edit-copy-symbolic", OG_FLAG_TEMPLATE, N_("No Shared Scripts") },
  { "all", N_("All Connections"), "system-users-symbolic", OG_FLAG_NONE, N_("No Connections") },
  { "queue", N_("Removal Queue"), "user-trash-symbolic", OG_FLAG_NONE, N_("The Removal Queue Is Empty") },
  { "removed", N_("Removed"), "edit-delete-symbolic", OG_FLAG_NONE, N_("No One Removed Yet") },
  { "reinvite", N_("To Re-invite"), "mail-reply-sender-symbolic", OG_FLAG_NONE, N_("No One to Re-invite") },
  { "insights", N_("Insights"), "dialog-information-symbolic", OG_FLAG_NONE, N_("No Insights Yet") },
};

struct _OgContactsView
{
  GtkWidget            parent_instance;

  AdwLeaflet          *leaflet;
  GtkWidget           *sidebar_page;
  GtkWidget           *content_page;
  GtkListBox          *sidebar;
  GtkSearchBar        *search_bar;
  GtkSearchEntry      *search_entry;
  GtkStack            *content_stack;
  AdwStatusPage       *none_page;
  OgContactPage       *contact_page;
  OgInsightsPage      *insights_page;
  GtkActionBar        *action_bar;
  GtkLabel            *status_label;
  GtkWidget           *queue_selected_button;
  GtkWidget           *mark_removed_button;
  GtkWidget           *open_profile_button;
  GtkWidget           *export_queue_button;
  GtkSelectionModel   *selection;
  OgClassifier        *classifier;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *minutes_column;
  GtkColumnViewColumn *connected_column;

  GListStore          *all;          /* OgContact */
  GtkFilterListModel  *filtered;
  GtkSortListModel    *sorted;
  GtkCustomFilter     *filter;
  OgPacedList         *paced;        /* what the column view shows: rows over @filtered */
  guint                paced_tick;   /* steps @paced once a frame while it is behind */
  GHashTable          *decisions;    /* person key → OgDecision */
  GHashTable          *removals;     /* person key → gint64* removed at */
  GtkLabel            *counts[G_N_ELEMENTS (views)];
  GtkListBoxRow       *rows[G_N_ELEMENTS (views)];
  guint                view;         /* index into views */
  char                *search;       /* case-folded, or NULL */
  gboolean             audited;
};

G_DEFINE_FINAL_TYPE (OgContactsView, og_contacts_view, GTK_TYPE_WIDGET)

/* ---- membership ----------------------------------------------------------------- */

static gboolean
in_view (OgContactsView *self,
         guint           view,
         OgContact      *contact)
{
  const char *id = views[view].id;

  if (g_str_equal (id, "all"))
    return TRUE;
  if (g_str_equal (id, "insights"))
    return FALSE;
  if (g_str_equal (id, "queue") || g_str_equal (id, "removed") || g_str_equal (id, "reinvite"))
    {
      OgPerson *person = og_contact_get_person (contact);
      OgDecision wanted = g_str_equal (id, "queue") ? OG_DECISION_QUEUED
                          : g_str_equal (id, "removed") ? OG_DECISION_REMOVED : OG_DECISION_REINVITE;

      return self->decisions != NULL && person->key != NULL &&
             GPOINTER_TO_INT (g_hash_table_lookup (self->decisions, person->key)) == (int)wanted;
    }
  return (og_contact_get_flags (contact) & views[view].flags) != 0;
}

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  OgContactsView *self = user_data;
  OgContact *contact = item;

  if (!in_view (self, self->view, contact))
    return FALSE;
  if (self->search == NULL)
    return TRUE;
  return strstr (og_contact_get_search_text (contact), self->search) != NULL;
}

static void
update_counts (OgContactsView *self)
{
  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      guint n = og_contacts_view_count (self, views[v].id);
      g_autofree char *text = g_strdup_printf ("%u", n);
      g_autofree char *label = g_strdup_printf ("%s, %u", _(views[v].title), n);

      /* Insights is not a list of people: it has no count. */
      gtk_label_set_text (self->counts[v], g_str_equal (views[v].id, "insights") ? "" : text);
      /* The row reads as one phrase: "Pitch-First, 12". */
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->rows[v]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
}

static void
update_content (OgContactsView *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "contact") == 0)
    return;
  if (g_str_equal (views[self->view].id, "insights"))
    {
      gtk_stack_set_visible_child_name (self->content_stack, self->audited ? "insights" : "none");
      if (!self->audited)
        {
          adw_status_page_set_title (self->none_page, _(views[self->view].empty_title));
          adw_status_page_set_description (self->none_page, _("The audit is still running"));
        }
      return;
    }

  /* While it filters in steps, "No Results" would be premature. */
  if (shown > 0 || gtk_filter_list_model_get_pending (self->filtered) > 0 ||
      g_list_model_get_n_items (G_LIST_MODEL (self->all)) == 0)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "list");
      return;
    }

  adw_status_page_set_title (self->none_page, self->search != NULL ? _("No Results")
                                                                    : _(views[self->view].empty_title));
  adw_status_page_set_description (self->none_page,
                                   self->search != NULL ? _("No one in this view matches the search")
                                   : !self->audited ? _("The audit is still running")
                                   : NULL);
  gtk_stack_set_visible_child_name (self->content_stack, "none");
}

static gboolean
in_queue_view (OgContactsView *self)
{
  return g_str_equal (views[self->view].id, "queue");
}

/* The contacts selected in the list, in list order. */
static GPtrArray *
selected_contacts (OgContactsView *self)
{
  GPtrArray *contacts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (self->selection);
  GtkBitsetIter iter;
  guint position;

  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position); more;
       more = gtk_bitset_iter_next (&iter, &position))
    g_ptr_array_add (contacts, g_list_model_get_item (G_LIST_MODEL (self->filtered), position));
  return contacts;
}

/* In the queue: the selected person, or the next one. */
static OgContact *
worked_contact (OgContactsView *self)
{
  g_autoptr(GPtrArray) selected = selected_contacts (self);

  if (selected->len > 0)
    return g_object_ref (g_ptr_array_index (selected, 0));
  return g_list_model_get_item (G_LIST_MODEL (self->filtered), 0);
}

static guint
count_decided (OgContactsView *self,
               OgDecision      decision)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  if (self->decisions == NULL)
    return 0;
  g_hash_table_iter_init (&iter, self->decisions);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    n += GPOINTER_TO_INT (value) == (int)decision;
  return n;
}

static void
update_action_bar (OgContactsView *self)
{
  g_autoptr(GPtrArray) selected = selected_contacts (self);
  g_autofree char *status = NULL;
  gboolean queue = in_queue_view (self);
  guint waiting = queue ? g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) : 0;
  GtkWidget *pressed = NULL;

  /* The list empties while the widget is disposed: nothing to show then. */
  if (self->status_label == NULL)
    return;

  if (gtk_widget_is_focus (self->queue_selected_button))
    pressed = self->queue_selected_button;
  else if (gtk_widget_is_focus (self->mark_removed_button))
    pressed = self->mark_removed_button;

  if (queue)
    {
      guint removed = count_decided (self, OG_DECISION_REMOVED);

      /* Translators: progress through the removal queue */
      status = g_strdup_printf (_("%u to remove · %u removed"), waiting, removed);
    }
  else if (selected->len > 0)
    status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u selected", "%u selected", selected->len),
                              selected->len);

  gtk_label_set_text (self->status_label, status != NULL ? status : "");
  gtk_widget_set_visible (self->queue_selected_button, !queue);
  gtk_widget_set_sensitive (self->queue_selected_button, selected->len > 0 && self->audited);
  gtk_widget_set_visible (self->mark_removed_button, queue);
  gtk_widget_set_visible (self->open_profile_button, queue);
  gtk_widget_set_visible (self->export_queue_button, queue);
  gtk_widget_set_sensitive (self->mark_removed_button, waiting > 0);
  gtk_widget_set_sensitive (self->open_profile_button, waiting > 0);
  gtk_widget_set_sensitive (self->export_queue_button, waiting > 0);
  gtk_action_bar_set_revealed (self->action_bar, queue || selected->len > 0);

  /* The button just pressed may now be insensitive or going, which leaves the
   * keyboard focus nowhere: it goes back to the list, or to the view's row when
   * the list is empty. */
  if (pressed != NULL && (!gtk_widget_is_focus (pressed) || !gtk_action_bar_get_revealed (self->action_bar)))
    {
      if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0 &&
          g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "list") == 0)
        og_contacts_view_focus_list (self);
      else
        gtk_widget_grab_focus (GTK_WIDGET (self->rows[self->view]));
    }
}

static void
refilter_with (OgContactsView  *self,
               GtkFilterChange  change)
{
  gtk_filter_changed (GTK_FILTER (self->filter), change);
  update_content (self);
  update_action_bar (self);
}

static void
refilter (OgContactsView *self)
{
  refilter_with (self, GTK_FILTER_CHANGE_DIFFERENT);
}

/* How a new filter relates to the old one. Telling the model lets it keep the
 * rows that still match, so the list rebinds only what changed instead of
 * dropping every row on each keystroke. */
static GtkFilterChange
search_change (const char *before,
               const char *after)
{
  if (g_strcmp0 (before, after) == 0)
    return GTK_FILTER_CHANGE_DIFFERENT;
  if (before == NULL || (after != NULL && strstr (after, before) != NULL))
    return GTK_FILTER_CHANGE_MORE_STRICT;
  if (after == NULL || strstr (before, after) != NULL)
    return GTK_FILTER_CHANGE_LESS_STRICT;
  return GTK_FILTER_CHANGE_DIFFERENT;
}

/* A filter in steps has finished: the status line and empty state catch up. */
static void
filtered_pending_cb (OgContactsView *self)
{
  if (gtk_filter_list_model_get_pending (self->filtered) == 0)
    {
      update_content (self);
      update_action_bar (self);
    }
}

/* One step of the rows a frame, before the frame's layout: idles between
 * two frames would otherwise pile several steps into one frame. */
static gboolean
paced_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  OgContactsView *self = user_data;

  if (og_paced_list_step (self->paced))
    return G_SOURCE_CONTINUE;
  self->paced_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
paced_settled_cb (OgContactsView *self)
{
  if (!og_paced_list_is_settled (self->paced) && self->paced_tick == 0 &&
      gtk_widget_get_mapped (GTK_WIDGET (self->column_view)))
    self->paced_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->column_view), paced_tick_cb, self, NULL);
}

/* Frames step the rows while the list is on screen; off screen idles do. */
static void
column_view_mapped_cb (OgContactsView *self)
{
  og_paced_list_set_manual (self->paced, TRUE);
  paced_settled_cb (self);
}

static void
column_view_unmapped_cb (OgContactsView *self)
{
  if (self->paced_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->column_view), self->paced_tick);
  self->paced_tick = 0;
  og_paced_list_set_manual (self->paced, FALSE);
}

/* Rows keep their place while their people change: a selection from before
 * would now point at someone else. */
static void
filtered_items_changed_cb (OgContactsView *self,
                           guint           position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->paced));

  if (position < n)
    gtk_selection_model_unselect_range (self->selection, position, n - position);
}

static void
selection_changed_cb (OgContactsView *self)
{
  update_action_bar (self);
}

static void
queue_selected_clicked_cb (OgContactsView *self)
{
  g_autoptr(GPtrArray) selected = selected_contacts (self);
  g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  for (guint i = 0; i < selected->len; i++)
    {
      const char *key = og_contact_get_person (g_ptr_array_index (selected, i))->key;

      if (key != NULL)
        g_strv_builder_add (keys, key);
    }
  list = g_strv_builder_end (keys);
  if (list[0] != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.decide-many", "(^ass)", list, "queued");
}

static void
mark_removed_clicked_cb (OgContactsView *self)
{
  g_autoptr(OgContact) contact = worked_contact (self);
  const char *key = contact != NULL ? og_contact_get_person (contact)->key : NULL;

  if (key != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.decide", "(ss)", key, "removed");
}

static void
open_profile_clicked_cb (OgContactsView *self)
{
  g_autoptr(OgContact) contact = worked_contact (self);
  const char *url = contact != NULL ? og_contact_get_person (contact)->profile_url : NULL;

  if (url != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-url", "s", url);
}

/* ---- sidebar ------------------------------------------------------------------------ */

static void
sidebar_row_selected_cb (OgContactsView *self,
                         GtkListBoxRow  *row)
{
  if (row == NULL)
    return;

  guint before = self->view;

  self->view = (guint)gtk_list_box_row_get_index (row);
  /* The fastest pitches first: that is what this view is for. */
  if (g_str_equal (views[self->view].id, "fast"))
    gtk_column_view_sort_by_column (self->column_view, self->minutes_column, GTK_SORT_ASCENDING);
  /* Every view is a part of All Connections. */
  refilter_with (self, before == self->view ? GTK_FILTER_CHANGE_DIFFERENT
                       : g_str_equal (views[self->view].id, "all") ? GTK_FILTER_CHANGE_LESS_STRICT
                       : g_str_equal (views[before].id, "all") ? GTK_FILTER_CHANGE_MORE_STRICT
                       : GTK_FILTER_CHANGE_DIFFERENT);
}

static void
sidebar_row_activated_cb (OgContactsView *self,
                          GtkListBoxRow  *row)
{
  gtk_stack_set_visible_child_name (self->content_stack, "list");
  update_content (self);
  adw_leaflet_set_visible_child (self->leaflet, self->content_page);
}

static void
views_clicked_cb (OgContactsView *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* GTK 4.8's lists take Tab from row to row (tab-behavior arrives in 4.12): in the
 * sidebar, which selects the row the focus reaches, Tab would walk through every
 * view to Insights; in a list of 30,000 connections it would never reach the
 * buttons below. Tab and Shift+Tab pass such a list as one control, in GTK's own
 * focus order; the arrow keys move inside it. */
static gboolean
tab_past_key_pressed_cb (GtkEventControllerKey *keys,
                         guint                  keyval,
                         guint                  keycode,
                         GdkModifierType        state,
                         gpointer               user_data)
{
  GtkWidget *list = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (keys));
  GtkDirectionType direction;
  gboolean moved;

  if (keyval != GDK_KEY_Tab && keyval != GDK_KEY_KP_Tab && keyval != GDK_KEY_ISO_Left_Tab)
    return FALSE;
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;
  direction = keyval == GDK_KEY_ISO_Left_Tab || (state & GDK_SHIFT_MASK) != 0 ? GTK_DIR_TAB_BACKWARD
                                                                              : GTK_DIR_TAB_FORWARD;

  gtk_widget_set_can_focus (list, FALSE);
  moved = gtk_widget_child_focus (GTK_WIDGET (gtk_widget_get_root (list)), direction);
  gtk_widget_set_can_focus (list, TRUE);
  return moved;
}

static void
tab_past (GtkWidget *list)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  g_signal_connect (keys, "key-pressed", G_CALLBACK (tab_past_key_pressed_cb), NULL);
  gtk_widget_add_controller (list, keys);
}

/* GTK 4.8 gives list rows no AT-SPI action: "row.activate" lets a screen reader
 * (or the e2e test) do what Enter or a click does. */
static void
add_row_action (GtkWidget *widget,
                GCallback  activate_cb,
                gpointer   user_data)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) action = g_simple_action_new ("activate", NULL);

  g_signal_connect (action, "activate", activate_cb, user_data);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
  gtk_widget_insert_action_group (widget, "row", G_ACTION_GROUP (group));
}

static void
sidebar_row_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  GtkListBoxRow *row = user_data;

  /* As a click does: select the view, then show its list. */
  gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row))), row);
  gtk_widget_activate (GTK_WIDGET (row));
}

static GtkWidget *
make_row (OgContactsView *self,
          guint           view)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name (views[view].icon);
  GtkWidget *title = gtk_label_new (_(views[view].title));
  GtkWidget *count = gtk_label_new ("0");

  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "numeric");
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), count);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  add_row_action (row, G_CALLBACK (sidebar_row_action_cb), row);

  self->counts[view] = GTK_LABEL (count);
  self->rows[view] = GTK_LIST_BOX_ROW (row);
  return row;
}

/* ---- columns -------------------------------------------------------------------------- */

static void
cell_row_action_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkListItem *item = user_data;
  guint position = gtk_list_item_get_position (item);

  /* What Enter on the row does: the list view's own activation. */
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (gtk_list_item_get_child (item), "list.activate-item", "u",
                                position);
}

/* The contact a cell shows: rows are OgPacedRows whose item changes. */
static gpointer
item_contact (GtkListItem *item)
{
  OgPacedRow *row = gtk_list_item_get_item (item);

  return row != NULL ? og_paced_row_get_item (row) : NULL;
}

static gboolean
query_tooltip_cb (GtkWidget   *label,
                  int          x,
                  int          y,
                  gboolean     keyboard,
                  GtkTooltip  *tooltip,
                  GtkListItem *item)
{
  GObject *contact = item_contact (item);
  g_autofree char *tip = NULL;

  if (contact == NULL)
    return FALSE;
  g_object_get (contact, g_object_get_data (G_OBJECT (label), "og-tooltip"), &tip, NULL);
  if (tip == NULL || tip[0] == '\0')
    return FALSE;
  /* Plain text, like the cell. */
  gtk_tooltip_set_text (tooltip, tip);
  return TRUE;
}

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  numeric)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0 : 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  g_object_set_data (G_OBJECT (label), "og-property", g_object_get_data (G_OBJECT (factory), "property"));
  /* One cell per row carries the action: an action group on every cell
   * would cost each new row a muxer per column. */
  if (g_object_get_data (G_OBJECT (factory), "row-action") != NULL)
    add_row_action (label, G_CALLBACK (cell_row_action_cb), item);
  if (g_object_get_data (G_OBJECT (factory), "tooltip") != NULL)
    {
      /* Asked for when shown: setting a tooltip on every bind costs GTK 4.8 a
       * round trip to the display server (it looks where the pointer is), and
       * filtering 30,000 rows binds many cells. */
      gtk_widget_set_has_tooltip (label, TRUE);
      g_object_set_data (G_OBJECT (label), "og-tooltip", g_object_get_data (G_OBJECT (factory), "tooltip"));
      g_signal_connect (label, "query-tooltip", G_CALLBACK (query_tooltip_cb), item);
    }
  gtk_list_item_set_child (item, label);
}

/* Shows the row's contact in the cell; again whenever the row changes. */
static void
fill_label (GtkListItem *item)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *property = g_object_get_data (G_OBJECT (label), "og-property");
  const char *tooltip = g_object_get_data (G_OBJECT (label), "og-tooltip");
  GObject *contact = item_contact (item);
  g_autofree char *text = NULL;
  g_autofree char *tip = NULL;

  if (contact != NULL)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (contact), property);
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, pspec->value_type);
      g_object_get_property (contact, property, &value);
      if (G_VALUE_HOLDS_STRING (&value))
        text = g_value_dup_string (&value);
      else if (G_VALUE_HOLDS_UINT (&value))
        text = g_strdup_printf ("%u", g_value_get_uint (&value));
      if (tooltip != NULL)
        g_object_get (contact, tooltip, &tip, NULL);
    }
  /* Text from the export is set as plain text, never parsed as markup. */
  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");
  if (tooltip == NULL)
    return;
  /* What the tooltip says, for screen readers, without the tooltip's cost. */
  if (tip != NULL && tip[0] != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tip, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  fill_label (item);
  g_signal_connect_object (gtk_list_item_get_item (item), "changed", G_CALLBACK (fill_label), item,
                           G_CONNECT_SWAPPED);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  fill)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), fill, item);
}

static GtkColumnViewColumn *
add_column (OgContactsView *self,
            const char     *title,
            const char     *text_property,
            const char     *tooltip_property,
            GtkSorter      *sorter,
            gboolean        numeric,
            gboolean        expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_object_set_data (G_OBJECT (factory), "property", (gpointer)text_property);
  g_object_set_data (G_OBJECT (factory), "tooltip", (gpointer)tooltip_property);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), GINT_TO_POINTER (numeric));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), fill_label);

  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (sorter);
  g_object_unref (column);   /* the view holds it */
  return column;
}

static void
setup_rate_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *bar = og_rate_bar_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_label_set_width_chars (GTK_LABEL (label), 5);
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
fill_rate (GtkListItem *item)
{
  OgContact *contact = item_contact (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *bar = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (bar);
  const OgContactAudit *figures = contact != NULL ? og_contact_get_figures (contact) : NULL;
  g_autofree char *text = NULL;

  if (figures != NULL && figures->has_rate)
    {
      og_rate_bar_set_value (OG_RATE_BAR (bar), figures->rate_estimate, figures->rate_low, figures->rate_high);
      text = g_strdup_printf ("%.0f %%", figures->rate_estimate * 100);
    }
  else
    og_rate_bar_set_value (OG_RATE_BAR (bar), -1, 0, 0);
  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");
}

static void
bind_rate_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  fill_rate (item);
  g_signal_connect_object (gtk_list_item_get_item (item), "changed", G_CALLBACK (fill_rate), item,
                           G_CONNECT_SWAPPED);
}

static GtkSorter *
string_sorter (const char *property)
{
  return GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (OG_TYPE_CONTACT, NULL, property)));
}

static GtkSorter *
numeric_sorter (const char *property)
{
  return GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (OG_TYPE_CONTACT, NULL, property)));
}

static void
add_columns (OgContactsView *self)
{
  GtkColumnViewColumn *name = add_column (self, _("Name"), "name", "position", string_sorter ("name"),
                                          FALSE, TRUE);

  g_object_set_data (G_OBJECT (gtk_column_view_column_get_factory (name)), "row-action", GINT_TO_POINTER (TRUE));
  add_column (self, _("Company"), "company", NULL, string_sorter ("company"), FALSE, TRUE);
  self->connected_column = add_column (self, _("Connected"), "connected-on", "acceptance",
                                       string_sorter ("connected-on"), TRUE, FALSE);
  self->minutes_column = add_column (self, _("First Pitch"), "minutes-text", NULL,
                                     numeric_sorter ("minutes"), TRUE, FALSE);
  {
    /* The rate as a bar with its interval: how sure the estimate is shows. */
    GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
    g_autoptr(GtkSorter) sorter = numeric_sorter ("pitch-rate");
    g_autoptr(GtkColumnViewColumn) column = NULL;

    g_signal_connect (factory, "setup", G_CALLBACK (setup_rate_cb), NULL);
    g_signal_connect (factory, "bind", G_CALLBACK (bind_rate_cb), NULL);
    g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), fill_rate);
    column = gtk_column_view_column_new (_("Pitch Rate"), factory);
    gtk_column_view_column_set_sorter (column, sorter);
    gtk_column_view_column_set_resizable (column, TRUE);
    gtk_column_view_append_column (self->column_view, column);
  }
  add_column (self, _("Follow-ups"), "followups", NULL, numeric_sorter ("followups"), TRUE, FALSE);
  add_column (self, _("Flags"), "flags-text", NULL, string_sorter ("flags-text"), FALSE, TRUE);
}

/* ---- search ----------------------------------------------------------------------------- */

static void
search_changed_cb (OgContactsView *self,
                   GtkSearchEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *before = g_steal_pointer (&self->search);

  if (text != NULL && text[0] != '\0')
    self->search = g_utf8_casefold (text, -1);
  refilter_with (self, search_change (before, self->search));
}

static void
stop_search_cb (OgContactsView *self,
                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

void
og_contacts_view_focus_list (OgContactsView *self)
{
  g_return_if_fail (OG_IS_CONTACTS_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

void
og_contacts_view_start_search (OgContactsView *self)
{
  g_return_if_fail (OG_IS_CONTACTS_VIEW (self));

  adw_leaflet_set_visible_child (self->leaflet, self->content_page);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
og_contacts_view_set_search (OgContactsView *self,
                             const char     *text)
{
  g_return_if_fail (OG_IS_CONTACTS_VIEW (self));

  gtk_search_bar_set_search_mode (self->search_bar, text != NULL && text[0] != '\0');
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  /* The entry's own signal waits a moment; a caller wants the result now. */
  search_changed_cb (self, self->search_entry);
}

/* ---- content ------------------------------------------------------------------------------ */

static void
replace_contacts (OgContactsView *self,
                  GListModel     *contacts)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->all));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; contacts != NULL && i < g_list_model_get_n_items (contacts); i++)
    g_ptr_array_add (items, g_list_model_get_item (contacts, i));
  gtk_filter_list_model_set_incremental (self->filtered, items->len > FILTER_IN_STEPS_ABOVE);
  gtk_sort_list_model_set_incremental (self->sorted, items->len > FILTER_IN_STEPS_ABOVE);
  /* One splice: the views see a single change, not thousands. */
  g_list_store_splice (self->all, 0, n, items->pdata, items->len);
  update_counts (self);
  update_content (self);
}

void
og_contacts_view_set_dataset (OgContactsView *self,
                              OgDataset      *dataset)
{
  g_autoptr(GListModel) contacts = NULL;

  g_return_if_fail (OG_IS_CONTACTS_VIEW (self));
  g_return_if_fail (OG_IS_DATASET (dataset));

  self->audited = FALSE;
  gtk_stack_set_visible_child_name (self->content_stack, "list");
  contacts = og_contact_list_new (dataset);
  og_contacts_view_select_view (self, "all");
  replace_contacts (self, contacts);
}

static OgContact *
find_contact (OgContactsView *self,
              const char     *person_key)
{
  for (guint i = 0; person_key != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->all)); i++)
    {
      g_autoptr(OgContact) contact = g_list_model_get_item (G_LIST_MODEL (self->all), i);

      if (g_strcmp0 (og_contact_get_person (contact)->key, person_key) == 0)
        return g_steal_pointer (&contact);
    }
  return NULL;
}

void
og_contacts_view_set_audit (OgContactsView *self,
                            OgAudit        *audit)
{
  g_autoptr(GListModel) contacts = NULL;
  gboolean first = !self->audited;
  OgContact *open;

  g_return_if_fail (OG_IS_CONTACTS_VIEW (self));
  g_return_if_fail (OG_IS_AUDIT (audit));

  self->audited = TRUE;
  contacts = og_contact_list_new_for_audit (audit);
  og_insights_page_set_audit (self->insights_page, audit);
  replace_contacts (self, contacts);

  /* The first audit lands on the fastest pitches; a new one (after a
   * correction or a decision) keeps the person where they were. */
  if (first)
    og_contacts_view_select_view (self, "fast");
  else
    refilter (self);

  open = og_contact_page_get_contact (self->contact_page);
  if (open != NULL && g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "contact") == 0)
    {
      g_autoptr(OgContact) fresh = find_contact (self, og_contact_get_person (open)->key);

      if (fresh != NULL)
        og_contact_page_set_contact (self->contact_page, fresh, self->classifier);
    }
}

void
og_contacts_view_set_classifier (OgContactsView *self,
                                 OgClassifier   *classifier)
{
  g_return_if_fail (OG_IS_CONTACTS_VIEW (self));
  g_set_object (&self->classifier, classifier);
}

static void
update_page_decision (OgContactsView *self)
{
  OgContact *open = og_contact_page_get_contact (self->contact_page);
  const char *key = open != NULL ? og_contact_get_person (open)->key : NULL;
  gint64 *removed_at = self->removals != NULL && key != NULL ? g_hash_table_lookup (self->removals, key) : NULL;

  og_contact_page_set_decision (self->contact_page,
                                self->decisions != NULL && key != NULL
                                ? GPOINTER_TO_INT (g_hash_table_lookup (self->decisions, key)) : OG_DECISION_NONE,
                                removed_at != NULL ? *removed_at : OG_TIME_UNKNOWN);
}

void
og_contacts_view_set_removals (OgContactsView *self,
                               GHashTable     *removals)
{
  g_return_if_fail (OG_IS_CONTACTS_VIEW (self));

  g_clear_pointer (&self->removals, g_hash_table_unref);
  if (removals != NULL)
    self->removals = g_hash_table_ref (removals);
  update_page_decision (self);
}

void
og_contacts_view_show_contact (OgContactsView *self,
                               OgContact      *contact)
{
  g_return_if_fail (OG_IS_CONTACTS_VIEW (self));
  g_return_if_fail (OG_IS_CONTACT (contact));

  og_contact_page_set_contact (self->contact_page, contact, self->classifier);
  update_page_decision (self);
  gtk_stack_set_visible_child_name (self->content_stack, "contact");
  adw_leaflet_set_visible_child (self->leaflet, self->content_page);
}

static void
row_activated_cb (OgContactsView *self,
                  guint           position)
{
  g_autoptr(OgContact) contact = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (contact != NULL)
    og_contacts_view_show_contact (self, contact);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OgContactsView *self = OG_CONTACTS_VIEW (widget);

  gtk_stack_set_visible_child_name (self->content_stack, "list");
  update_content (self);
  /* The keyboard goes back to the row the contact was opened from, not to the sidebar. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "list") == 0)
    og_contacts_view_focus_list (self);
}

/* Back is there while a contact's page is: elsewhere Alt+Left is the leaflet's. */
static void
content_page_changed_cb (OgContactsView *self)
{
  if (self->content_stack == NULL)
    return;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.back",
                                 g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "contact") == 0);
}

void
og_contacts_view_set_decisions (OgContactsView *self,
                                GHashTable     *decisions)
{
  g_return_if_fail (OG_IS_CONTACTS_VIEW (self));

  g_clear_pointer (&self->decisions, g_hash_table_unref);
  if (decisions != NULL)
    self->decisions = g_hash_table_ref (decisions);
  update_page_decision (self);
  update_counts (self);
  refilter (self);
}

void
og_contacts_view_clear (OgContactsView *self)
{
  g_return_if_fail (OG_IS_CONTACTS_VIEW (self));

  self->audited = FALSE;
  g_clear_pointer (&self->decisions, g_hash_table_unref);
  gtk_stack_set_visible_child_name (self->content_stack, "list");
  replace_contacts (self, NULL);
}

void
og_contacts_view_select_view (OgContactsView *self,
                              const char     *view_id)
{
  g_return_if_fail (OG_IS_CONTACTS_VIEW (self));

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    if (g_str_equal (views[v].id, view_id))
      {
        gtk_list_box_select_row (self->sidebar, self->rows[v]);
        return;
      }
  g_critical ("No view called “%s”", view_id);
}

const char *
og_contacts_view_get_view (OgContactsView *self)
{
  g_return_val_if_fail (OG_IS_CONTACTS_VIEW (self), NULL);
  return views[self->view].id;
}

guint
og_contacts_view_count (OgContactsView *self,
                        const char     *view_id)
{
  guint n = 0;

  g_return_val_if_fail (OG_IS_CONTACTS_VIEW (self), 0);

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    if (g_str_equal (views[v].id, view_id))
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->all)); i++)
        {
          g_autoptr(OgContact) contact = g_list_model_get_item (G_LIST_MODEL (self->all), i);

          n += in_view (self, v, contact);
        }
  return n;
}

GListModel *
og_contacts_view_get_all (OgContactsView *self)
{
  g_return_val_if_fail (OG_IS_CONTACTS_VIEW (self), NULL);
  return G_LIST_MODEL (self->all);
}

GtkSelectionModel *
og_contacts_view_get_selection (OgContactsView *self)
{
  g_return_val_if_fail (OG_IS_CONTACTS_VIEW (self), NULL);
  return self->selection;
}

gboolean
og_contacts_view_is_filtering (OgContactsView *self)
{
  g_return_val_if_fail (OG_IS_CONTACTS_VIEW (self), FALSE);
  return gtk_filter_list_model_get_pending (self->filtered) > 0 || gtk_sort_list_model_get_pending (self->sorted) > 0 ||
         !og_paced_list_is_settled (self->paced);
}

GListModel *
og_contacts_view_get_shown (OgContactsView *self)
{
  g_return_val_if_fail (OG_IS_CONTACTS_VIEW (self), NULL);
  return G_LIST_MODEL (self->filtered);
}

/* ---- life cycle ---------------------------------------------------------------------------- */

static void
og_contacts_view_dispose (GObject *object)
{
  OgContactsView *self = OG_CONTACTS_VIEW (object);

  /* A filter still running in steps must not report back to a view without widgets. */
  if (self->filtered != NULL)
    g_signal_handlers_disconnect_by_data (self->filtered, self);
  if (self->paced != NULL)
    g_signal_handlers_disconnect_by_data (self->paced, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), OG_TYPE_CONTACTS_VIEW);
  g_clear_object (&self->paced);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->all);
  g_clear_pointer (&self->decisions, g_hash_table_unref);
  g_clear_pointer (&self->removals, g_hash_table_unref);
  g_clear_pointer (&self->search, g_free);
  g_clear_object (&self->classifier);

  G_OBJECT_CLASS (og_contacts_view_parent_class)->dispose (object);
}

static void
og_contacts_view_class_init (OgContactsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = og_contacts_view_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (OG_TYPE_CONTACT_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/OutreachGuard/og-contacts-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OgContactsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, OgContactsView, sidebar_page);
  gtk_widget_class_bind_template_child (widget_class, OgContactsView, content_page);
  gtk_widget_class_bind_template_child (widget_class, OgContactsView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, OgContactsView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, OgContactsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OgContactsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, OgContactsView, none_page);
  gtk_widget_class_bind_template_child (widget_class, OgContactsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, OgContactsView, contact_page);
  gtk_widget_class_bind_template_child (widget_class, OgContactsView, action_bar);
  gtk_widget_class_bind_template_child (widget_class, OgContactsView, status_label);
  gtk_widget_class_bind_template_child (widget_class, OgContactsView, queue_selected_button);
  gtk_widget_class_bind_template_child (widget_class, OgContactsView, mark_removed_button);
  gtk_widget_class_bind_template_child (widget_class, OgContactsView, open_profile_button);
  gtk_widget_class_bind_template_child (widget_class, OgContactsView, export_queue_button);
  gtk_widget_class_bind_template_callback (widget_class, queue_selected_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, mark_removed_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_profile_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_install_action (widget_class, "contacts.back", NULL, back_action);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, views_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
}

static void
og_contacts_view_init (OgContactsView *self)
{
  g_autoptr(GtkMultiSelection) selection = NULL;
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Alt+Left is caught before the leaflet, which takes it for itself and, side
   * by side, would only move the focus to the sidebar and leave the page up. */
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Left, GDK_ALT_MASK),
                                                          gtk_named_action_new ("contacts.back")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
  g_signal_connect_object (self->content_stack, "notify::visible-child-name", G_CALLBACK (content_page_changed_cb),
                           self, G_CONNECT_SWAPPED);
  content_page_changed_cb (self);
  og_accessible_name_buttons (GTK_WIDGET (self));
  /* The column view's inner list is what holds the focus before a row does;
   * GTK 4.8 would name it after its type. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Connections"), -1);

  self->all = g_list_store_new (OG_TYPE_CONTACT);
  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  add_columns (self);
  /* Sorted first, then filtered: a keystroke in the search or a change of
   * view only filters, it never sorts 30,000 rows again. */
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->all)),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->sorted)),
                                              g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect_object (self->filtered, "notify::pending", G_CALLBACK (filtered_pending_cb), self,
                           G_CONNECT_SWAPPED);
  /* The view shows stable rows that follow the filtered list a few at a time,
   * so no change of search or view makes it rebuild 200 rows in one frame. */
  self->paced = og_paced_list_new (G_LIST_MODEL (self->filtered), ROWS_PER_STEP);
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (filtered_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->paced, "notify::settled", G_CALLBACK (paced_settled_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->column_view, "map", G_CALLBACK (column_view_mapped_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->column_view, "unmap", G_CALLBACK (column_view_unmapped_cb), self,
                           G_CONNECT_SWAPPED);
  selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->paced)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  self->selection = GTK_SELECTION_MODEL (selection);   /* the view holds it */
  g_signal_connect_object (selection, "selection-changed", G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (selection, "items-changed", G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    gtk_list_box_append (self->sidebar, make_row (self, v));

  self->insights_page = OG_INSIGHTS_PAGE (og_insights_page_new ());
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->insights_page), "insights");

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  tab_past (GTK_WIDGET (self->sidebar));
  tab_past (GTK_WIDGET (self->column_view));
  /* Newest connections first until the audit says who pitched. */
  gtk_column_view_sort_by_column (self->column_view, self->connected_column, GTK_SORT_DESCENDING);
  og_contacts_view_select_view (self, "all");
}

GtkWidget *
og_contacts_view_new (void)
{
  return g_object_new (OG_TYPE_CONTACTS_VIEW, NULL);
}
