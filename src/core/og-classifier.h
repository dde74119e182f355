/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-classifier.h — labels a received message pitch, recruiting or other, and
 * finds opt-out requests in the owner's own messages, always with the evidence.
 *
 * The model is trained when it is created, from the corpus the project ships
 * (compiled into the library as resources) or from corpus text given by a
 * test. After creation it is read-only except for corrections, which take a
 * lock: classify from any thread, one OgClassifier shared.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  OG_LABEL_OTHER,
  OG_LABEL_PITCH,
  OG_LABEL_RECRUITING,
  OG_LABEL_UNSURE,     /* no label was likely enough; never counted as a pitch */
} OgLabel;

#define OG_N_MODEL_LABELS 3 /* OTHER, PITCH, RECRUITING: the labels the model scores */

typedef struct
{
  char   *feature;    /* human-readable: a phrase, "cue: asks for a call", "bigram: quick call" */
  double  weight;     /* its push toward the decided label (positive) or away (negative) */
  gsize   start;      /* byte span in the text it matched; start == end when it has none */
  gsize   end;
} OgEvidence;

typedef struct
{
  OgLabel    label;                          /* after the unsure band */
  OgLabel    best;                           /* the most likely model label */
  double     score;                          /* probability of @best, 0..1 */
  double     probabilities[OG_N_MODEL_LABELS];
  GPtrArray *evidence;                       /* OgEvidence*, strongest first */
  gboolean   corrected;                      /* decided by the user's correction */
  gboolean   bump;                           /* follows up on an earlier message */
} OgClassification;

#define OG_TYPE_CLASSIFIER (og_classifier_get_type ())

G_DECLARE_FINAL_TYPE (OgClassifier, og_classifier, OG, CLASSIFIER, GObject)

/* Trains on the bundled corpus. */
OgClassifier     *og_classifier_new_default      (GError          **error);
OgClassifier     *og_classifier_new_trained      (GError          **error);
OgClassifier     *og_classifier_new_from_model   (GBytes           *model,
                                                  GError          **error);
GBytes           *og_classifier_save_model       (OgClassifier     *self);
/* Trains on TSV texts (LABEL<TAB>LANG<TAB>KIND<TAB>TEXT per line, labels
 * pitch|recruiting|other) and opt-out TSVs (labels optout|other). */
OgClassifier     *og_classifier_new_from_corpus  (const char * const *message_corpora,
                                                  const char * const *optout_corpora,
                                                  GError            **error);

OgClassification *og_classifier_classify         (OgClassifier  *self,
                                                  const char    *text);
/* As above, but the user's corrections for @contact_key (a person key) and
 * for this very text come first. */
OgClassification *og_classifier_classify_for     (OgClassifier  *self,
                                                  const char    *text,
                                                  const char    *contact_key);
/* Whether any correction was given: without one, a text's decision does not
 * depend on who sent it. */
gboolean          og_classifier_has_corrections  (OgClassifier  *self);
/* As og_classifier_classify_for(), with an empty evidence: cheaper. */
OgClassification *og_classifier_decide_for      (OgClassifier  *self,
                                                  const char    *text,
                                                  const char    *contact_key);

/* The owner's own message: does it ask the contact to stop? */
gboolean          og_classifier_is_opt_out       (OgClassifier  *self,
                                                  const char    *text,
                                                  double        *score,
                                                  GPtrArray    **evidence);

/* The user relabelled @text (from @contact_key, which may be NULL) as @label.
 * Later decisions on the same text, and on that contact's messages when the
 * correction says "not a pitch", follow it; the model also learns from it. */
/* "strict", "balanced" (the default) or "sensitive": how sure the model
 * must be before a message counts as a pitch. FALSE for another name. */
gboolean          og_classifier_set_sensitivity  (OgClassifier  *self,
                                                  const char    *name);
void              og_classifier_add_correction   (OgClassifier  *self,
                                                  const char    *text,
                                                  const char    *contact_key,
                                                  OgLabel        label);

const char       *og_label_to_string             (OgLabel        label);
gboolean          og_label_from_string           (const char    *text,
                                                  OgLabel       *label);

void              og_classification_free         (OgClassification *classification);
void              og_evidence_free               (OgEvidence       *evidence);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OgClassification, og_classification_free)

G_END_DECLS
