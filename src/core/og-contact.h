/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-contact.h — one connection as a GObject, for list models and views.
 *
 * Wraps an OgPerson of a finished dataset (which it keeps alive) and
 * exposes read-only properties to bind and sort on. Created on any thread,
 * used on the main thread.
 */
#pragma once

#include <gio/gio.h>

#include "og-audit.h"
#include "og-dataset.h"

G_BEGIN_DECLS

#define OG_TYPE_CONTACT (og_contact_get_type ())

G_DECLARE_FINAL_TYPE (OgContact, og_contact, OG, CONTACT, GObject)

OgContact  *og_contact_new                (OgDataset *dataset,
                                           OgPerson  *person);
OgPerson   *og_contact_get_person         (OgContact *self);
const char *og_contact_get_name           (OgContact *self);
const char *og_contact_get_company        (OgContact *self);
const char *og_contact_get_position       (OgContact *self);
/* Name, company and position, case-folded for search (g_utf8_casefold), one
 * per line; made on the first call, main thread only. */
const char *og_contact_get_search_text    (OgContact *self);
/* "2024-12-16", or "" when unknown; sorts as a date. */
const char *og_contact_get_connected_on   (OgContact *self);
/* A plain sentence on how precisely the acceptance moment is known. */
const char *og_contact_get_acceptance     (OgContact *self);

/* With the audit's figures: properties "minutes" (the latest the first pitch
 * could have come, G_MAXDOUBLE without one), "minutes-text", "pitch-rate"
 * (-1 without messages), "pitch-rate-text", "followups", "flags",
 * "flags-text". */
OgContact  *og_contact_new_audited        (OgAudit              *audit,
                                           const OgContactAudit *figures);
const OgContactAudit *og_contact_get_figures (OgContact *self);
OgAudit    *og_contact_get_audit          (OgContact *self);
double      og_contact_get_minutes        (OgContact *self);
OgFlags     og_contact_get_flags          (OgContact *self);

/* "4 min", "up to 5 h", "2 h – 1 d 3 h": minutes from acceptance to a pitch. */
char       *og_contact_format_minutes     (double     min,
                                           double     max);

/* A GListModel of OgContact for the audit's connections, figures included. */
GListModel *og_contact_list_new_for_audit (OgAudit   *audit);

/* A GListModel of OgContact for the dataset's connections, filled at once. */
GListModel *og_contact_list_new           (OgDataset *dataset);

G_END_DECLS
