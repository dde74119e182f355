/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-report.h — the audit as the command line prints it (DESIGN §4).
 * Pure functions over a finished dataset or a computed audit; safe from any
 * thread. Message text appears only as a template cluster's example.
 */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "og-audit.h"
#include "og-dataset.h"
#include "og-json-writer.h"
#include "og-workspace.h"

G_BEGIN_DECLS

#define OG_REPORT_VERSION 1

/* @root as indented JSON, numbers in their shortest exact form, ending in a newline. */
char *og_report_json_to_text  (JsonNode  *root);

/* The `audit --format=json` object: every contact's figures, flags and the
 * messages behind them, the template clusters and the warnings. */
char *og_report_audit_to_json (OgAudit   *audit);
/* The same text handed to @sink in pieces as it is written, never held
 * whole (tens of megabytes at LinkedIn's ceiling); FALSE if @sink refused. */
gboolean og_report_audit_write_json (OgAudit        *audit,
                                     OgJsonSinkFunc  sink,
                                     gpointer        user_data);

/* One row per contact with every per-contact figure, cells made safe for
 * spreadsheets. */
char *og_report_audit_to_csv  (OgAudit   *audit);

/* A report to skim in a terminal: the counts, then each flagged contact
 * (fastest pitch first) with a sentence per flag, then the scripts. */
char *og_report_audit_to_text (OgAudit   *audit);

/* The contacts with decision @which (or any decision, with NONE) as CSV:
 * name, profile_url, company, position, decision, flags. */
char *og_report_decisions_to_csv (OgAudit    *audit,
                                  GHashTable *decisions,
                                  OgDecision  which);

/* One plain sentence per flag of @contact ("Pitched 4 minutes after you
 * accepted their invitation"), as the text report and the app say them. */
GPtrArray *og_report_explain_contact (OgAudit              *audit,
                                      const OgContactAudit *contact);

/* The dataset alone, before any audit: identity, acceptance and counts. */
char *og_report_to_json       (OgDataset *dataset,
                               guint      threshold_minutes);
char *og_report_to_text       (OgDataset *dataset,
                               guint      threshold_minutes);

G_END_DECLS
