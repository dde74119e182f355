/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-insights.h — what the audit adds up to, as figures a chart can draw:
 * how soon first pitches come, pitches per month, how much of the network
 * pitched first, the scripts sent most, the most persistent senders. */
#pragma once

#include "og-audit.h"

G_BEGIN_DECLS

/* One bar: a label and its value. */
typedef struct
{
  char  *label;
  guint  value;
} OgInsightBar;

typedef struct
{
  /* Contacts by the latest their first pitch could have come after
   * connecting: "under 5 min", "5–15 min", … "over a week". */
  GPtrArray *minutes_to_pitch;     /* OgInsightBar* */
  /* Pitches received per month ("2025-03"), oldest first, months with none included. */
  GPtrArray *pitches_per_month;    /* OgInsightBar* */
  /* Scripts by how many people sent them ("script 1"), most first, at most 5. */
  GPtrArray *top_scripts;          /* OgInsightBar* */
  /* People by unanswered follow-ups, most first, at most 5, none at zero. */
  GPtrArray *most_persistent;      /* OgInsightBar* */

  guint      contacts_who_wrote;   /* connections who sent at least one counted message */
  guint      pitched_first;        /* of them, how many pitched first */
} OgInsights;

OgInsights *og_insights_new  (OgAudit    *audit);
void        og_insights_free (OgInsights *insights);

/* The same figures in sentences, for a screen reader and for the curious. */
char       *og_insights_describe_bars (GPtrArray *bars);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OgInsights, og_insights_free)

G_END_DECLS
