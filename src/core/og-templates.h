/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-templates.h — finds one script sent by many people.
 *
 * Received messages are normalised (names, the sender's company, URLs,
 * e-mail addresses and numbers become placeholders), cut into word
 * shingles and summarised by MinHash; LSH banding proposes candidate pairs
 * and the estimated Jaccard similarity confirms them. Near-duplicates are
 * joined transitively; a cluster counts only when at least two different
 * people sent it. Pure functions over a finished dataset; safe from any
 * thread.
 */
#pragma once

#include <glib.h>

#include "og-model.h"

G_BEGIN_DECLS

/* Shorter messages ("Thanks!", "Sounds good") are alike by nature. */
#define OG_TEMPLATES_MIN_WORDS   12
#define OG_TEMPLATES_SHINGLE     3
#define OG_TEMPLATES_N_HASHES    128
/* Estimated Jaccard similarity of the shingle sets that makes two messages
 * one script. On the bundled sample the scripts' variants share 0.49–0.88
 * of their shingles and unrelated messages at most 0.24. */
#define OG_TEMPLATES_SIMILARITY  0.5

typedef struct
{
  guint       id;          /* 1, 2, … in order of first appearance */
  guint       n_senders;   /* different people who sent it, ≥ 2 */
  GPtrArray  *messages;    /* OgMessage*, oldest first, borrowed from the dataset */
  const char *example;     /* the oldest message's content, borrowed */
} OgTemplateCluster;

/* The words a message is compared by, joined by single spaces: case-folded,
 * the owner's and @sender's names as "<name>", @sender's company as
 * "<company>", "<url>", "<email>", digit runs as "0", punctuation dropped.
 * @sender and @owner may be NULL. */
char       *og_templates_normalize          (const char         *text,
                                             const OgPerson     *sender,
                                             const OgPerson     *owner);

/* The MinHash estimate of the Jaccard similarity of two texts' shingle sets
 * after normalising (no names known); 0 when either is shorter than one
 * shingle. For tests and tuning. */
double      og_templates_estimate_similarity (const char        *a,
                                              const char        *b);

/* Clusters @messages (OgMessage*; drafts, sponsored messages, the owner's
 * own and those of unknown senders are skipped). Returns OgTemplateCluster*,
 * numbered, with a free function. */
GPtrArray  *og_templates_find               (GPtrArray          *messages,
                                             const OgPerson     *owner);

void        og_template_cluster_free        (OgTemplateCluster  *cluster);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OgTemplateCluster, og_template_cluster_free)

G_END_DECLS
