/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-report.h — the audit as the command line prints it (DESIGN §4).
 * Pure functions over a finished dataset; safe from any thread.
 */
#pragma once

#include <glib.h>

#include "og-dataset.h"

G_BEGIN_DECLS

#define OG_REPORT_VERSION 1

/* The `audit --format=json` object, pretty-printed. */
char *og_report_to_json (OgDataset *dataset,
                         guint      threshold_minutes);

/* A short human summary for `audit --format=text`. */
char *og_report_to_text (OgDataset *dataset,
                         guint      threshold_minutes);

G_END_DECLS
