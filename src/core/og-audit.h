/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-audit.h — the audit of DESIGN §3, computed over a finished dataset.
 *
 * The audit does not know the classifier: it asks a callback for the label
 * of each received message that counts and another whether an owner's
 * message asks the contact to stop, so its definitions can be tested with
 * hand-labelled messages. Everything is computed by og_audit_new(), on the
 * calling thread (a worker thread is fine); the callbacks are called there
 * and never after it returns. The audit keeps a reference to the dataset,
 * whose people and messages the results point into; after creation it is
 * immutable and may be read from any thread.
 */
#pragma once

#include <gio/gio.h>

#include "og-classifier.h"
#include "og-dataset.h"
#include "og-templates.h"
#include "og-workspace.h"

G_BEGIN_DECLS

/* What a classifier says of one received message. */
typedef struct
{
  OgLabel  label;
  double   score;
  /* It follows up on an earlier message ("just bumping this"): after a
   * pitch in the same thread, with no answer between, it is a pitch too. */
  gboolean bump;
  /* UNSURE, but a pitch is the likeliest label: from someone who already
   * pitched in the same thread, it counts as a pitch. */
  gboolean leans_pitch;
} OgAuditLabel;

/* Labels a received message; @result holds OTHER, 0 and FALSE when it is called. */
typedef void     (*OgAuditClassifyFunc) (const OgMessage *message,
                                         const OgPerson  *sender,
                                         OgAuditLabel    *result,
                                         gpointer         user_data);

/* Does the owner's own @message ask the contact to stop? */
typedef gboolean (*OgAuditOptOutFunc)   (const OgMessage *message,
                                         gpointer         user_data);

/* Whether a first pitch came within the threshold, as far as the data tells. */
typedef enum
{
  OG_VERDICT_UNKNOWN,   /* no pitch, or no known acceptance */
  OG_VERDICT_NO,
  OG_VERDICT_POSSIBLY,
  OG_VERDICT_YES,
} OgVerdict;

typedef enum
{
  OG_FLAG_NONE                = 0,
  OG_FLAG_PITCH_FIRST         = 1 << 0,
  OG_FLAG_FAST_PITCH          = 1 << 1,
  OG_FLAG_POSSIBLY_FAST_PITCH = 1 << 2,
  OG_FLAG_PERSISTENT          = 1 << 3,
  OG_FLAG_IGNORED_OPT_OUT     = 1 << 4,
  OG_FLAG_TEMPLATE            = 1 << 5,
} OgFlags;

#define OG_N_FLAGS 6

/* unanswered_followups from which a contact is flagged persistent. */
#define OG_AUDIT_PERSISTENT_FOLLOWUPS 3

/* The figures of one connection. Messages and people are borrowed from the
 * dataset; NULL where there is none. Only the 1:1 conversations between the
 * owner and this connection count, drafts never. */
typedef struct
{
  OgPerson  *person;

  guint      messages_from_contact;
  guint      pitches;
  guint      recruiting;

  /* Empirical Bayes posterior of pitches / messages, with a 90% interval;
   * has_rate is FALSE when the contact sent nothing. */
  gboolean   has_rate;
  double     rate_estimate;
  double     rate_low;
  double     rate_high;

  /* Their first message at or after acceptance, which may be their
   * invitation note, and whether it was a pitch. */
  gboolean   pitch_first;
  OgMessage *first_message;
  OgMessage *first_pitch;          /* at or after acceptance */

  /* Minutes from acceptance to first_pitch, as an interval the data
   * supports; has_minutes is FALSE without a pitch or a known acceptance. */
  gboolean   has_minutes;
  double     minutes_min;
  double     minutes_max;
  OgVerdict  within_threshold;

  /* From their first pitch on: the longest run of their messages with no
   * owner message in between, minus one; run_start opens that run. */
  guint      unanswered_followups;
  OgMessage *run_start;

  /* The owner's first request to stop: their message (opt_out), or a reply
   * they marked sent from a draft (opt_out NULL, opt_out_marked), at
   * opt_out_at (OG_TIME_UNKNOWN without one); and the first pitch after it. */
  gboolean   ignored_opt_out;
  OgMessage *opt_out;
  gint64     opt_out_at;
  gboolean   opt_out_marked;
  OgMessage *pitch_after_opt_out;

  int        template_cluster;     /* a cluster id, or -1 */
  OgMessage *template_message;     /* their message in that cluster */

  /* The person decided to keep them: figures stand, flags are never raised. */
  gboolean   kept;
  OgFlags    flags;
} OgContactAudit;

#define OG_TYPE_AUDIT (og_audit_get_type ())

G_DECLARE_FINAL_TYPE (OgAudit, og_audit, OG, AUDIT, GObject)

/* Audits @dataset (finished) against a threshold in minutes. @classify and
 * @opt_out may be NULL: then nothing is a pitch, nothing an opt-out. */
OgAudit                 *og_audit_new                              (OgDataset           *dataset,
                                                                    guint                threshold_minutes,
                                                                    OgAuditClassifyFunc  classify,
                                                                    OgAuditOptOutFunc    opt_out,
                                                                    gpointer             user_data);

/* What the person decided outside the export, by OgPerson.key. */
typedef struct
{
  GHashTable *kept;            /* a set: never flagged; NULL for none */
  GHashTable *stop_requests;   /* key → gint64* (UTC seconds): a reply marked sent
                                * that asked them to stop; NULL for none */
} OgAuditDecisions;

/* As og_audit_new(), honouring @decisions (may be NULL). */
OgAudit                 *og_audit_new_full                         (OgDataset           *dataset,
                                                                    guint                threshold_minutes,
                                                                    OgAuditClassifyFunc  classify,
                                                                    OgAuditOptOutFunc    opt_out,
                                                                    gpointer             user_data,
                                                                    const OgAuditDecisions *decisions);

typedef enum
{
  OG_AUDIT_DEFAULT             = 0,
  OG_AUDIT_RECRUITING_IS_PITCH = 1 << 0,   /* count job offers as pitches */
  OG_AUDIT_STRICT              = 1 << 1,   /* the classifier's "strict" sensitivity */
  OG_AUDIT_SENSITIVE           = 1 << 2,   /* its "sensitive" one; neither: "balanced" */
} OgAuditOptions;

/* The options for a sensitivity name ("strict", "balanced", "sensitive"). */
OgAuditOptions           og_audit_options_for_sensitivity          (const char          *sensitivity);

/* Audits with @classifier's labels and opt-out detector, honouring its
 * corrections and @decisions (may be NULL). */
OgAudit                 *og_audit_new_with_classifier              (OgDataset           *dataset,
                                                                    guint                threshold_minutes,
                                                                    OgClassifier        *classifier,
                                                                    const OgAuditDecisions *decisions,
                                                                    OgAuditOptions       options);

/* On a worker thread: trains the default classifier when @classifier is
 * NULL (teaching it @workspace's corrections), reads the decisions from
 * @workspace (may be NULL) and audits @dataset. */
void                     og_audit_new_async                        (OgDataset           *dataset,
                                                                    guint                threshold_minutes,
                                                                    OgClassifier        *classifier,
                                                                    OgWorkspace         *workspace,
                                                                    OgAuditOptions       options,
                                                                    GCancellable        *cancellable,
                                                                    GAsyncReadyCallback  callback,
                                                                    gpointer             user_data);
/* @classifier (optional) receives the classifier used, to reuse next time. */
OgAudit                 *og_audit_new_finish                       (GAsyncResult        *result,
                                                                    OgClassifier       **classifier,
                                                                    GError             **error);

OgDataset               *og_audit_get_dataset                      (OgAudit             *self);
guint                    og_audit_get_threshold                    (OgAudit             *self);
/* OgContactAudit*, in the order of og_dataset_get_connections(). */
GPtrArray               *og_audit_get_contacts                     (OgAudit             *self);
const OgContactAudit    *og_audit_lookup_contact                   (OgAudit             *self,
                                                                    const OgPerson      *person);
/* The figures of the connection whose OgPerson.key is @key, or NULL. */
const OgContactAudit    *og_audit_lookup_contact_by_key            (OgAudit             *self,
                                                                    const char          *key);
/* OgTemplateCluster*, by id (cluster i + 1 at index i). */
GPtrArray               *og_audit_get_templates                    (OgAudit             *self);
const OgTemplateCluster *og_audit_get_template                     (OgAudit             *self,
                                                                    int                  id);

/* The label of a received message that counts; OTHER for anything else. */
OgLabel                  og_audit_get_label                        (OgAudit             *self,
                                                                    const OgMessage     *message);
double                   og_audit_get_score                        (OgAudit             *self,
                                                                    const OgMessage     *message);
/* Whether @message counts as a pitch only because it bumps an unanswered pitch. */
gboolean                 og_audit_is_followup_pitch                (OgAudit             *self,
                                                                    const OgMessage     *message);
gboolean                 og_audit_is_opt_out                       (OgAudit             *self,
                                                                    const OgMessage     *message);

/* The network's Beta prior behind the pitch rates. */
void                     og_audit_get_prior                        (OgAudit             *self,
                                                                    double              *alpha,
                                                                    double              *beta);

guint                    og_audit_get_n_pitch_first                (OgAudit             *self);
guint                    og_audit_get_n_within_threshold           (OgAudit             *self);
guint                    og_audit_get_n_possibly_within_threshold  (OgAudit             *self);
guint                    og_audit_get_n_contacts_who_pitched       (OgAudit             *self);
guint                    og_audit_get_n_template_clusters          (OgAudit             *self);
/* Group threads (more than one other person) with at least one message. */
guint                    og_audit_get_n_group_conversations        (OgAudit             *self);
/* Sponsored / InMail messages, drafts excluded. */
guint                    og_audit_get_n_sponsored_messages         (OgAudit             *self);

/* "yes", "possibly", "no"; NULL for UNKNOWN. */
const char              *og_verdict_to_string                      (OgVerdict            verdict);
/* "pitch-first", "fast-pitch", …, for a single flag; NULL otherwise. */
const char              *og_flag_to_string                         (OgFlags              flag);

G_END_DECLS
