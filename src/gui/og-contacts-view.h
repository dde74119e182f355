/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-contacts-view.h — the audit's views in a sidebar, and the contacts of the
 * chosen one in a sortable, searchable column view. It presents; the audit
 * (core) decides who is in which view. */
#pragma once

#include <adwaita.h>

#include "og-audit.h"
#include "og-contact.h"
#include "og-dataset.h"

G_BEGIN_DECLS

#define OG_TYPE_CONTACTS_VIEW (og_contacts_view_get_type ())

G_DECLARE_FINAL_TYPE (OgContactsView, og_contacts_view, OG, CONTACTS_VIEW, GtkWidget)

GtkWidget  *og_contacts_view_new           (void);

/* The connections without figures, while the audit runs: All Connections only. */
void        og_contacts_view_set_dataset   (OgContactsView *self,
                                            OgDataset      *dataset);
/* The audit's figures; the view lands on the fastest pitches. */
void        og_contacts_view_set_audit     (OgContactsView *self,
                                            OgAudit        *audit);
/* Person keys → OgDecision, for the removal queue; NULL for none. */
void        og_contacts_view_set_decisions (OgContactsView *self,
                                            GHashTable     *decisions);
/* Person keys → gint64* removal times, for the contact page's log line. */
void        og_contacts_view_set_removals  (OgContactsView *self,
                                            GHashTable     *removals);
void        og_contacts_view_clear         (OgContactsView *self);
/* Explains labels on the contact page. */
void        og_contacts_view_set_classifier (OgContactsView *self,
                                             OgClassifier   *classifier);
/* Opens @contact's page (also: Enter or a double click on a row). */
void        og_contacts_view_show_contact  (OgContactsView *self,
                                            OgContact      *contact);

/* "fast", "first", "persistent", "opt-out", "scripts", "all", "queue". */
void        og_contacts_view_select_view   (OgContactsView *self,
                                            const char     *view_id);
const char *og_contacts_view_get_view      (OgContactsView *self);
/* How many contacts @view_id holds, as its sidebar row says. */
guint       og_contacts_view_count         (OgContactsView *self,
                                            const char     *view_id);

/* The keyboard to the list: a shown import, Back, an emptied action bar. */
void        og_contacts_view_focus_list    (OgContactsView *self);
void        og_contacts_view_start_search  (OgContactsView *self);
void        og_contacts_view_set_search    (OgContactsView *self,
                                            const char     *text);

/* Every connection (OgContact), unfiltered; and what the list shows now,
 * filtered by view and search and sorted as the columns say. */
GListModel *og_contacts_view_get_all       (OgContactsView *self);
GListModel *og_contacts_view_get_shown     (OgContactsView *self);
/* TRUE while a list of more than a few thousand connections is still being
 * filtered, in steps between frames; og_contacts_view_get_shown() grows
 * until it is done. */
gboolean    og_contacts_view_is_filtering  (OgContactsView *self);
/* The list's selection, over og_contacts_view_get_shown(). */
GtkSelectionModel *og_contacts_view_get_selection (OgContactsView *self);

G_END_DECLS
