/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-test-util.h — small helpers shared by the core test suites. */
#pragma once

#include "og-audit.h"
#include "og-classifier.h"
#include "og-importer.h"

G_BEGIN_DECLS

/* Reads @content as the export file @name into @dataset (not finished),
 * failing the test on any error. */
void og_test_add_file (OgDataset  *dataset,
                       const char *name,
                       const char *content);

/* Reads name/content pairs, NULL-terminated, into a finished dataset. */
OgDataset *og_test_load        (const char *first_name,
                                ...) G_GNUC_NULL_TERMINATED;
/* The same after @profile (the text of a Profile.csv), when not NULL. */
OgDataset *og_test_load_valist (const char *profile,
                                const char *first_name,
                                va_list     args);

/* An OgAuditClassifyFunc for hand-built scenarios: "[pitch]" and
 * "[recruiting]" in a message give its label. */
void og_test_label_by_tag (const OgMessage *message,
                           const OgPerson  *sender,
                           OgAuditLabel    *result,
                           gpointer         user_data);

/* A classifier trained on a few invented messages: enough to check
 * behaviour, not quality, and quick to build. */
OgClassifier *og_test_tiny_classifier (void);

G_END_DECLS
