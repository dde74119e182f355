/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-test-util.h — small helpers shared by the core test suites. */
#pragma once

#include "og-importer.h"

G_BEGIN_DECLS

/* Reads @content as the export file @name into @dataset (not finished),
 * failing the test on any error. */
void og_test_add_file (OgDataset  *dataset,
                       const char *name,
                       const char *content);

G_END_DECLS
