/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-contact-page.h — one contact: who they are, why they are flagged, and
 * the conversation with every message's label and the phrases behind it.
 * Its buttons activate window actions; the page itself changes nothing. */
#pragma once

#include <adwaita.h>

#include "og-classifier.h"
#include "og-contact.h"
#include "og-workspace.h"

G_BEGIN_DECLS

#define OG_TYPE_CONTACT_PAGE (og_contact_page_get_type ())

G_DECLARE_FINAL_TYPE (OgContactPage, og_contact_page, OG, CONTACT_PAGE, GtkWidget)

GtkWidget  *og_contact_page_new          (void);
/* @classifier (may be NULL) explains each message's label. */
void        og_contact_page_set_contact  (OgContactPage *self,
                                          OgContact     *contact,
                                          OgClassifier  *classifier);
OgContact  *og_contact_page_get_contact  (OgContactPage *self);
/* What the person decided about them, and when they were removed
 * (OG_TIME_UNKNOWN if never): the buttons and the log line follow. */
void        og_contact_page_set_decision (OgContactPage *self,
                                          OgDecision     decision,
                                          gint64         removed_at);

G_END_DECLS
