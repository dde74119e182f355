/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-insights-page.h — the audit at a glance: a headline and four charts. */
#pragma once

#include <adwaita.h>

#include "og-audit.h"

G_BEGIN_DECLS

#define OG_TYPE_INSIGHTS_PAGE (og_insights_page_get_type ())

G_DECLARE_FINAL_TYPE (OgInsightsPage, og_insights_page, OG, INSIGHTS_PAGE, GtkWidget)

GtkWidget *og_insights_page_new       (void);
void       og_insights_page_set_audit (OgInsightsPage *self,
                                       OgAudit        *audit);

G_END_DECLS
