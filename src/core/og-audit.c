/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-audit.c — who pitched first, how fast, how often, who would not stop. */
#define G_LOG_DOMAIN "og-audit"

#include "config.h"

#include <sys/resource.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "og-audit.h"
#include "og-hash.h"
#include "og-parallel.h"
#include "og-stats.h"

/* The network never outweighs this many of a contact's own messages. */
#define PRIOR_MAX_STRENGTH 10.0
#define INTERVAL_LOW       0.05
#define INTERVAL_HIGH      0.95

/* Packed: there is one for every message the audit counts. */
typedef struct
{
  double  score;
  guint8  label;        /* OgLabel */
  guint8  bump;
  guint8  leans_pitch;
  guint8  followup;     /* promoted to a pitch as the follow-up of one */
  guint8  known;        /* decided */
} Decision;

struct _OgAudit
{
  GObject     parent_instance;

  OgDataset  *dataset;
  guint       threshold;

  GPtrArray  *contacts;     /* OgContactAudit*, owned */
  GHashTable *by_person;    /* OgPerson* → OgContactAudit* */
  GPtrArray  *templates;    /* OgTemplateCluster*, owned */
  Decision   *by_position;  /* the dataset's messages' decisions, by position */
  guint       n_positions;
  GHashTable *decisions;    /* OgMessage* → Decision*, owned: messages from elsewhere */
  GHashTable *opt_outs;     /* set of OgMessage* */

  double      prior_alpha;
  double      prior_beta;

  guint       n_pitch_first;
  guint       n_within;
  guint       n_possibly;
  guint       n_pitched;
  guint       n_group;
  guint       n_sponsored;
};


typedef struct
{
  OgAuditClassifyFunc classify;
  OgAuditOptOutFunc   opt_out;
  gpointer            user_data;
} Callbacks;

G_DEFINE_FINAL_TYPE (OgAudit, og_audit, G_TYPE_OBJECT)

static void
og_audit_finalize (GObject *object)
{
  OgAudit *self = (OgAudit *)object;

  g_clear_pointer (&self->by_person, g_hash_table_unref);
  g_clear_pointer (&self->contacts, g_ptr_array_unref);
  g_clear_pointer (&self->templates, g_ptr_array_unref);
  g_clear_pointer (&self->decisions, g_hash_table_unref);
  g_clear_pointer (&self->by_position, g_free);
  g_clear_pointer (&self->opt_outs, g_hash_table_unref);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (og_audit_parent_class)->finalize (object);
}

static void
og_audit_class_init (OgAuditClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = og_audit_finalize;
}

static void
og_audit_init (OgAudit *self)
{
  self->contacts = g_ptr_array_new_with_free_func (g_free);
  self->by_person = g_hash_table_new (NULL, NULL);
  self->decisions = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->opt_outs = g_hash_table_new (NULL, NULL);
  self->prior_alpha = 1.0;
  self->prior_beta = 1.0;
}

/* ---- which messages count ---------------------------------------------------- */

/* Only 1:1 threads with the owner: group threads and InMail are reported apart. */
static gboolean
conversation_counts (const OgConversation *conversation)
{
  return !conversation->is_group && !conversation->is_sponsored;
}

static gboolean
is_from_contact (const OgMessage *message,
                 const OgPerson  *person)
{
  return !message->is_draft && !message->from_owner && message->sender == person;
}

static gboolean
is_from_owner (const OgMessage *message)
{
  return !message->is_draft && message->from_owner;
}

/* The last second a message may have been sent in: 2018 exports give minutes. */
static gint64
message_latest (const OgMessage *message)
{
  switch (message->precision)
    {
    case OG_DATE_PRECISION_DAY:
      return message->sent_at + 86400 - 1;
    case OG_DATE_PRECISION_MINUTE:
      return message->sent_at + 60 - 1;
    case OG_DATE_PRECISION_SECOND:
    case OG_DATE_PRECISION_MILLISECOND:
    default:
      return message->sent_at;
    }
}

static int
compare_messages (gconstpointer a,
                  gconstpointer b)
{
  const OgMessage *x = *(OgMessage * const *)a;
  const OgMessage *y = *(OgMessage * const *)b;

  if (x->sent_at != y->sent_at)
    return x->sent_at < y->sent_at ? -1 : 1;
  if (x->sent_at_ms != y->sent_at_ms)
    return x->sent_at_ms < y->sent_at_ms ? -1 : 1;
  /* Within a second, LinkedIn lists newest first: a later line is older. */
  if (x->line != y->line)
    return x->line > y->line ? -1 : 1;
  return 0;
}

/* The contact's and the owner's dated, sent messages of every 1:1 thread
 * between them, merged oldest first: a person may have several threads. */
static GPtrArray *
build_timeline (const OgPerson *person)
{
  GPtrArray *timeline = g_ptr_array_new ();

  if (person->conversations == NULL)
    return timeline;

  for (guint c = 0; c < person->conversations->len; c++)
    {
      OgConversation *conversation = g_ptr_array_index (person->conversations, c);

      if (!conversation_counts (conversation))
        continue;

      for (guint i = 0; i < conversation->messages->len; i++)
        {
          OgMessage *message = g_ptr_array_index (conversation->messages, i);

          if (message->sent_at == OG_TIME_UNKNOWN)
            continue;
          if (is_from_contact (message, person) || is_from_owner (message))
            g_ptr_array_add (timeline, message);
        }
    }

  g_ptr_array_sort (timeline, compare_messages);
  return timeline;
}

/* ---- labels ---------------------------------------------------------------------- */

/* Where @message's decision is kept: in the array for the dataset's own
 * messages (a table entry and an allocation each cost three times the
 * memory), in the table for any other. */
static Decision *
decision_slot (OgAudit         *self,
               const OgMessage *message,
               gboolean         create)
{
  GPtrArray *messages = og_dataset_get_messages (self->dataset);
  Decision *decision;

  if (message->position < self->n_positions && g_ptr_array_index (messages, message->position) == message)
    {
      decision = &self->by_position[message->position];
      return decision->known || create ? decision : NULL;
    }
  decision = g_hash_table_lookup (self->decisions, message);
  if (decision == NULL && create)
    {
      decision = g_new0 (Decision, 1);
      g_hash_table_insert (self->decisions, (gpointer)message, decision);
    }
  return decision;
}

static const Decision *
decide (OgAudit         *self,
        const Callbacks *callbacks,
        OgMessage       *message)
{
  Decision *decision = decision_slot (self, message, FALSE);

  if (decision != NULL)
    return decision;

  decision = decision_slot (self, message, TRUE);
  decision->known = TRUE;
  decision->label = OG_LABEL_OTHER;
  if (callbacks->classify != NULL)
    {
      OgAuditLabel result = { OG_LABEL_OTHER, 0.0, FALSE, FALSE };

      callbacks->classify (message, message->sender, &result, callbacks->user_data);
      decision->label = result.label;
      decision->score = result.score;
      decision->bump = result.bump;
      decision->leans_pitch = result.leans_pitch && result.label == OG_LABEL_UNSURE;
    }

  return decision;
}

static gboolean
is_pitch (OgAudit         *self,
          const OgMessage *message)
{
  /* UNSURE is never a pitch: only the classifier's confident PITCH counts. */
  return og_audit_get_label (self, message) == OG_LABEL_PITCH;
}

/* Labels every received message that counts and asks about every owner's
 * message, each once. */
static void
count_messages (OgAudit         *self,
                const Callbacks *callbacks,
                OgContactAudit  *contact)
{
  OgPerson *person = contact->person;

  if (person->conversations == NULL)
    return;

  for (guint c = 0; c < person->conversations->len; c++)
    {
      OgConversation *conversation = g_ptr_array_index (person->conversations, c);

      if (!conversation_counts (conversation))
        continue;

      /* Whether the contact's last message, unanswered so far, was a pitch;
       * and whether they pitched in this thread at all. */
      gboolean after_pitch = FALSE;
      gboolean pitched_here = FALSE;

      for (guint i = 0; i < conversation->messages->len; i++)
        {
          OgMessage *message = g_ptr_array_index (conversation->messages, i);

          if (is_from_contact (message, person))
            {
              Decision *decision = (Decision *)decide (self, callbacks, message);

              /* DESIGN §3: the bump of a pitch is a pitch, whatever its words.
               * Someone who has pitched in this thread is likelier to pitch
               * again: a message the model leans to call a pitch is one. */
              if (decision->label != OG_LABEL_PITCH && decision->label != OG_LABEL_RECRUITING &&
                  ((after_pitch && decision->bump) || (pitched_here && decision->leans_pitch)))
                {
                  decision->label = OG_LABEL_PITCH;
                  decision->followup = TRUE;
                }
              after_pitch = decision->label == OG_LABEL_PITCH;
              pitched_here = pitched_here || after_pitch;

              contact->messages_from_contact++;
              if (decision->label == OG_LABEL_PITCH)
                contact->pitches++;
              else if (decision->label == OG_LABEL_RECRUITING)
                contact->recruiting++;
            }
          else if (is_from_owner (message))
            {
              after_pitch = FALSE;
              if (callbacks->opt_out != NULL && callbacks->opt_out (message, callbacks->user_data))
                g_hash_table_add (self->opt_outs, message);
            }
        }
    }
}

/* ---- per contact ------------------------------------------------------------------- */

static gboolean
acceptance_is_known (const OgPerson *person)
{
  return person->acceptance.source != OG_ACCEPTANCE_UNKNOWN &&
         person->acceptance.earliest != OG_TIME_UNKNOWN &&
         person->acceptance.latest != OG_TIME_UNKNOWN;
}

/* The re-emitted note counts as the contact's message only when they wrote it. */
static OgMessage *
contacts_own_note (const OgPerson *person)
{
  OgMessage *note = person->note_message;

  if (note == NULL || !is_from_contact (note, person) ||
      note->conversation == NULL || !conversation_counts (note->conversation))
    return NULL;
  return note;
}

static void
find_first_pitch (OgAudit        *self,
                  OgContactAudit *contact,
                  GPtrArray      *timeline)
{
  OgPerson *person = contact->person;
  OgMessage *note = contacts_own_note (person);
  gboolean known = acceptance_is_known (person);

  /* Their note stands at the acceptance moment. A note that is a pitch makes
   * them pitch-first at 0 minutes; a friendly one was written before they knew
   * you accepted, so the next message decides (DESIGN §3). */
  if (note != NULL && is_pitch (self, note))
    contact->first_message = contact->first_pitch = note;

  for (guint i = 0; i < timeline->len; i++)
    {
      OgMessage *message = g_ptr_array_index (timeline, i);

      if (message == note || !is_from_contact (message, person))
        continue;

      /* A message that could have been sent after acceptance is considered;
       * one that surely came before it (an earlier connection, an InMail)
       * is not. */
      if (known && message_latest (message) < person->acceptance.earliest)
        continue;

      if (contact->first_message == NULL)
        contact->first_message = message;
      if (contact->first_pitch == NULL && is_pitch (self, message))
        contact->first_pitch = message;
      if (contact->first_pitch != NULL)
        break;
    }

  contact->pitch_first = contact->first_message != NULL &&
                         contact->first_message == contact->first_pitch;
}

static void
measure_minutes (OgAudit        *self,
                 OgContactAudit *contact)
{
  OgPerson *person = contact->person;
  OgMessage *pitch = contact->first_pitch;
  gint64 threshold = (gint64)self->threshold * 60;
  gint64 low;
  gint64 high;

  contact->within_threshold = OG_VERDICT_UNKNOWN;
  if (pitch == NULL || !acceptance_is_known (person))
    return;

  if (pitch == contacts_own_note (person))
    {
      /* The note is the acceptance moment itself. */
      low = 0;
      high = 0;
    }
  else
    {
      low = MAX (0, pitch->sent_at - person->acceptance.latest);
      high = MAX (0, message_latest (pitch) - person->acceptance.earliest);
    }

  contact->has_minutes = TRUE;
  contact->minutes_min = low / 60.0;
  contact->minutes_max = high / 60.0;

  /* Decided in whole seconds, so that rounding never tips a verdict. */
  if (high <= threshold)
    contact->within_threshold = OG_VERDICT_YES;
  else if (low <= threshold)
    contact->within_threshold = OG_VERDICT_POSSIBLY;
  else
    contact->within_threshold = OG_VERDICT_NO;
}

static void
measure_followups (OgAudit        *self,
                   OgContactAudit *contact,
                   GPtrArray      *timeline)
{
  OgPerson *person = contact->person;
  gboolean started = FALSE;
  guint run = 0;
  guint longest = 0;
  OgMessage *run_first = NULL;

  for (guint i = 0; i < timeline->len; i++)
    {
      OgMessage *message = g_ptr_array_index (timeline, i);
      gboolean theirs = is_from_contact (message, person);

      if (!started)
        {
          if (!theirs || !is_pitch (self, message))
            continue;
          started = TRUE;
        }

      /* Drafts are not in the timeline: an unsent reply answers nobody. */
      if (!theirs)
        {
          run = 0;
          continue;
        }

      if (run == 0)
        run_first = message;
      run++;
      if (run > longest)
        {
          longest = run;
          contact->run_start = run_first;
        }
    }

  contact->unanswered_followups = longest > 0 ? longest - 1 : 0;
}

static void
find_ignored_opt_out (OgAudit        *self,
                      OgContactAudit *contact,
                      GPtrArray      *timeline,
                      gint64          marked_at)
{
  OgPerson *person = contact->person;

  /* Any pitch after a later request also follows the first one. A reply
   * marked sent asks from that moment, as its message would once exported. */
  for (guint i = 0; i < timeline->len; i++)
    {
      OgMessage *message = g_ptr_array_index (timeline, i);

      if (contact->opt_out_at == OG_TIME_UNKNOWN && marked_at != OG_TIME_UNKNOWN && message->sent_at >= marked_at)
        {
          contact->opt_out_at = marked_at;
          contact->opt_out_marked = TRUE;
        }
      if (contact->opt_out_at == OG_TIME_UNKNOWN)
        {
          if (is_from_owner (message) && g_hash_table_contains (self->opt_outs, message))
            {
              contact->opt_out = message;
              contact->opt_out_at = message->sent_at;
            }
        }
      else if (is_from_contact (message, person) && is_pitch (self, message))
        {
          contact->pitch_after_opt_out = message;
          contact->ignored_opt_out = TRUE;
          break;
        }
    }
}

/* Durations only (G_MESSAGES_DEBUG=OutreachGuard), for profiling at scale. */
static void
phase_done (const char *phase,
            gint64     *started)
{
  /* CPU time too: on a shared machine it varies far less than the clock. */
  static gint64 cpu_before = 0;
  gint64 now = g_get_monotonic_time ();
  struct rusage usage = { 0 };
  gint64 cpu;

  getrusage (RUSAGE_SELF, &usage);
  cpu = (gint64)(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * G_USEC_PER_SEC +
        usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
  g_debug ("Audit phase %s: %.3f s (%.3f s of CPU since the last phase), peak RSS so far %ld MiB",
           phase, (now - *started) / 1e6, (cpu - cpu_before) / 1e6, (long)usage.ru_maxrss / 1024);
  cpu_before = cpu;
  *started = now;
}

static OgContactAudit *
audit_contact (OgAudit         *self,
               const Callbacks *callbacks,
               OgPerson        *person,
               gint64           stop_requested_at)
{
  OgContactAudit *contact = g_new0 (OgContactAudit, 1);
  g_autoptr(GPtrArray) timeline = build_timeline (person);

  contact->person = person;
  contact->template_cluster = -1;
  contact->opt_out_at = OG_TIME_UNKNOWN;

  count_messages (self, callbacks, contact);
  find_first_pitch (self, contact, timeline);
  measure_minutes (self, contact);
  measure_followups (self, contact, timeline);
  find_ignored_opt_out (self, contact, timeline, stop_requested_at);

  return contact;
}

/* ---- the network ----------------------------------------------------------------- */

static void
estimate_rates (OgAudit *self)
{
  g_autofree guint *pitches = g_new (guint, MAX (self->contacts->len, 1));
  g_autofree guint *messages = g_new (guint, MAX (self->contacts->len, 1));
  g_autoptr(GHashTable) intervals = NULL;

  for (guint i = 0; i < self->contacts->len; i++)
    {
      OgContactAudit *contact = g_ptr_array_index (self->contacts, i);

      pitches[i] = contact->pitches;
      messages[i] = contact->messages_from_contact;
    }

  og_stats_fit_beta_prior (pitches, messages, self->contacts->len, PRIOR_MAX_STRENGTH,
                           &self->prior_alpha, &self->prior_beta);

  /* Contacts share counts (one message, no pitch, is most of a network),
   * and a quantile costs a few hundred log-gamma calls: each pair of
   * counts is worked out once. */
  intervals = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < self->contacts->len; i++)
    {
      OgContactAudit *contact = g_ptr_array_index (self->contacts, i);
      double a = self->prior_alpha + contact->pitches;
      double b = self->prior_beta + (contact->messages_from_contact - contact->pitches);
      gint64 counts = ((gint64)contact->pitches << 32) | contact->messages_from_contact;
      double *interval;

      if (contact->messages_from_contact == 0)
        continue;

      interval = g_hash_table_lookup (intervals, &counts);
      if (interval == NULL)
        {
          interval = g_new (double, 2);
          interval[0] = og_stats_beta_quantile (INTERVAL_LOW, a, b);
          interval[1] = og_stats_beta_quantile (INTERVAL_HIGH, a, b);
          g_hash_table_insert (intervals, g_memdup2 (&counts, sizeof counts), interval);
        }
      contact->has_rate = TRUE;
      contact->rate_estimate = a / (a + b);
      contact->rate_low = interval[0];
      contact->rate_high = interval[1];
    }
}

static GPtrArray *
find_templates (OgDataset *dataset)
{
  return og_templates_find (og_dataset_get_messages (dataset), og_dataset_get_owner (dataset));
}

static gpointer
find_templates_thread (gpointer dataset)
{
  return find_templates (dataset);
}

/* @templates: (transfer full) (nullable): found ahead, or NULL to find them now. */
static void
assign_templates (OgAudit   *self,
                  GPtrArray *templates)
{
  self->templates = templates != NULL ? templates : find_templates (self->dataset);

  for (guint t = 0; t < self->templates->len; t++)
    {
      OgTemplateCluster *cluster = g_ptr_array_index (self->templates, t);

      for (guint i = 0; i < cluster->messages->len; i++)
        {
          OgMessage *message = g_ptr_array_index (cluster->messages, i);
          OgContactAudit *contact = g_hash_table_lookup (self->by_person, message->sender);

          if (contact == NULL)
            continue;

          /* Someone in two clusters is shown with the one they sent first. */
          if (contact->template_message == NULL ||
              compare_messages (&message, &contact->template_message) < 0)
            {
              contact->template_cluster = (int)cluster->id;
              contact->template_message = message;
            }
        }
    }
}

static void
count_summary (OgAudit *self)
{
  GPtrArray *conversations = og_dataset_get_conversations (self->dataset);
  GPtrArray *messages = og_dataset_get_messages (self->dataset);

  for (guint i = 0; i < self->contacts->len; i++)
    {
      OgContactAudit *contact = g_ptr_array_index (self->contacts, i);
      OgFlags flags = OG_FLAG_NONE;

      if (contact->pitch_first)
        flags |= OG_FLAG_PITCH_FIRST;
      if (contact->within_threshold == OG_VERDICT_YES)
        flags |= OG_FLAG_FAST_PITCH;
      if (contact->within_threshold == OG_VERDICT_POSSIBLY)
        flags |= OG_FLAG_POSSIBLY_FAST_PITCH;
      if (contact->unanswered_followups >= OG_AUDIT_PERSISTENT_FOLLOWUPS)
        flags |= OG_FLAG_PERSISTENT;
      if (contact->ignored_opt_out)
        flags |= OG_FLAG_IGNORED_OPT_OUT;
      if (contact->template_cluster > 0)
        flags |= OG_FLAG_TEMPLATE;
      contact->flags = contact->kept ? OG_FLAG_NONE : flags;

      self->n_pitch_first += contact->pitch_first;
      self->n_within += contact->within_threshold == OG_VERDICT_YES;
      self->n_possibly += contact->within_threshold == OG_VERDICT_POSSIBLY;
      self->n_pitched += contact->pitches > 0;
    }

  for (guint i = 0; i < conversations->len; i++)
    {
      OgConversation *conversation = g_ptr_array_index (conversations, i);
      gboolean sent = FALSE;

      if (!conversation->is_group || conversation->is_sponsored)
        continue;
      for (guint m = 0; m < conversation->messages->len && !sent; m++)
        sent = !((OgMessage *)g_ptr_array_index (conversation->messages, m))->is_draft;
      self->n_group += sent;
    }

  for (guint i = 0; i < messages->len; i++)
    {
      OgMessage *message = g_ptr_array_index (messages, i);

      if (!message->is_draft &&
          (message->is_sponsored || (message->conversation != NULL && message->conversation->is_sponsored)))
        self->n_sponsored++;
    }
}

OgAudit *
og_audit_new (OgDataset           *dataset,
              guint                threshold_minutes,
              OgAuditClassifyFunc  classify,
              OgAuditOptOutFunc    opt_out,
              gpointer             user_data)
{
  return og_audit_new_full (dataset, threshold_minutes, classify, opt_out, user_data, NULL);
}

static OgAudit *
audit_new (OgDataset              *dataset,
           guint                   threshold_minutes,
           OgAuditClassifyFunc     classify,
           OgAuditOptOutFunc       opt_out,
           gpointer                user_data,
           const OgAuditDecisions *decisions,
           GPtrArray              *templates)
{
  GHashTable *kept = decisions != NULL ? decisions->kept : NULL;
  GHashTable *stop_requests = decisions != NULL ? decisions->stop_requests : NULL;
  g_autoptr(OgAudit) self = NULL;
  Callbacks callbacks = { classify, opt_out, user_data };
  GPtrArray *connections;
  gint64 started = g_get_monotonic_time ();

  g_return_val_if_fail (OG_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (og_dataset_is_finished (dataset), NULL);

  self = g_object_new (OG_TYPE_AUDIT, NULL);
  self->dataset = g_object_ref (dataset);
  self->n_positions = og_dataset_get_messages (dataset)->len;
  self->by_position = g_new0 (Decision, MAX (self->n_positions, 1));
  self->threshold = threshold_minutes;

  connections = og_dataset_get_connections (dataset);
  for (guint i = 0; i < connections->len; i++)
    {
      OgPerson *person = g_ptr_array_index (connections, i);
      const gint64 *stop_requested = stop_requests != NULL && person->key != NULL
                                     ? g_hash_table_lookup (stop_requests, person->key) : NULL;
      OgContactAudit *contact = audit_contact (self, &callbacks, person,
                                               stop_requested != NULL ? *stop_requested : OG_TIME_UNKNOWN);

      contact->kept = kept != NULL && person->key != NULL && g_hash_table_contains (kept, person->key);

      g_ptr_array_add (self->contacts, contact);
      /* A connection listed twice keeps its first row's figures for lookups. */
      if (!g_hash_table_contains (self->by_person, person))
        g_hash_table_insert (self->by_person, person, contact);
    }

  phase_done ("contacts", &started);
  estimate_rates (self);
  assign_templates (self, templates);
  phase_done ("rates and template assignment", &started);
  count_summary (self);

  g_debug ("Audited %u connections: %u pitched, %u pitch-first, %u template clusters",
           self->contacts->len, self->n_pitched, self->n_pitch_first, self->templates->len);

  return g_steal_pointer (&self);
}

OgAudit *
og_audit_new_full (OgDataset           *dataset,
                   guint                threshold_minutes,
                   OgAuditClassifyFunc  classify,
                   OgAuditOptOutFunc    opt_out,
                   gpointer             user_data,
                   const OgAuditDecisions *decisions)
{
  return audit_new (dataset, threshold_minutes, classify, opt_out, user_data, decisions, NULL);
}

/* What the classifier said of one message, worked out ahead of the audit;
 * packed, as there is one for every message of the export. */
typedef struct
{
  double  score;
  guint8  label;        /* OgLabel */
  guint8  bump;
  guint8  leans_pitch;
  guint8  opt_out;
  guint8  known;        /* worked out: the message was worth classifying */
} Precomputed;

typedef struct
{
  OgClassifier   *classifier;
  OgAuditOptions  options;
  GPtrArray      *messages;  /* the dataset's */
  Precomputed    *results;   /* by the message's position in @messages */
} Adapter;

static const Precomputed *
precomputed_for (Adapter         *adapter,
                 const OgMessage *message)
{
  /* A message from elsewhere (a test's, a correction's) is asked afresh. */
  if (adapter->results == NULL ||
      message->position >= adapter->messages->len ||
      g_ptr_array_index (adapter->messages, message->position) != message ||
      !adapter->results[message->position].known)
    return NULL;
  return &adapter->results[message->position];
}

static void
label_message (Adapter         *adapter,
               const OgMessage *message,
               const OgPerson  *sender,
               OgAuditLabel    *result)
{
  g_autoptr(OgClassification) classification = NULL;

  /* The audit keeps labels, not evidence: the contact page asks again. */
  classification = og_classifier_decide_for (adapter->classifier, message->content,
                                             sender != NULL ? sender->key : NULL);
  result->label = classification->label;
  result->score = classification->score;
  result->bump = classification->bump;
  result->leans_pitch = classification->label == OG_LABEL_UNSURE && classification->best == OG_LABEL_PITCH;
  /* The person's choice: a job offer they did not ask for is a pitch too. */
  if (result->label == OG_LABEL_RECRUITING && (adapter->options & OG_AUDIT_RECRUITING_IS_PITCH))
    result->label = OG_LABEL_PITCH;
}

static void
classify_with (const OgMessage *message,
               const OgPerson  *sender,
               OgAuditLabel    *result,
               gpointer         user_data)
{
  Adapter *adapter = user_data;
  const Precomputed *known;

  if (message->content == NULL)
    return;
  known = precomputed_for (adapter, message);
  if (known != NULL && sender == message->sender)
    *result = (OgAuditLabel){ (OgLabel)known->label, known->score, known->bump, known->leans_pitch };
  else
    label_message (adapter, message, sender, result);
}

static gboolean
opt_out_with (const OgMessage *message,
              gpointer         user_data)
{
  Adapter *adapter = user_data;
  const Precomputed *known;

  if (message->content == NULL)
    return FALSE;
  known = precomputed_for (adapter, message);
  if (known != NULL)
    return known->opt_out;
  return og_classifier_is_opt_out (adapter->classifier, message->content, NULL, NULL);
}

typedef struct
{
  Adapter    *adapter;
  GArray     *distinct;   /* guint: positions of the first message of each text */
} Classifying;

static void
classify_share (guint    first,
                guint    stride,
                gpointer data)
{
  Classifying *work = data;

  for (guint d = first; d < work->distinct->len; d += stride)
    {
      guint i = g_array_index (work->distinct, guint, d);
      const OgMessage *message = g_ptr_array_index (work->adapter->messages, i);
      Precomputed *result = &work->adapter->results[i];

      OgAuditLabel label = { OG_LABEL_OTHER, 0.0, FALSE, FALSE };

      result->known = TRUE;
      if (message->from_owner)
        result->opt_out = og_classifier_is_opt_out (work->adapter->classifier, message->content, NULL, NULL);
      else
        label_message (work->adapter, message, message->sender, &label);
      result->label = (guint8)label.label;
      result->score = label.score;
      result->bump = label.bump != FALSE;
      result->leans_pitch = label.leans_pitch != FALSE;
    }
}

/* The first message of each text, by direction, for precompute(): an
 * open-addressed table of positions (eight bytes a slot where a GHashTable
 * takes twenty), as it holds one entry for most messages of the export. */
typedef struct
{
  guint32  check;      /* more bits of the text's hash */
  guint32  position;   /* + 1; 0 for an empty slot */
} TextSlot;

typedef struct
{
  TextSlot *slots;
  guint     mask;
} TextIndex;

/* The position of the first message with @message's text and direction,
 * after recording @message as that first one if there is none. */
static guint
text_index_first (TextIndex       *index,
                  GPtrArray       *messages,
                  const OgMessage *message)
{
  guint64 hash[2];
  guint32 check;
  guint at;

  og_bytes_hash (message->content, strlen (message->content), hash);
  check = (guint32)hash[1] ^ (message->from_owner ? 0x80000000u : 0);
  for (at = (guint)hash[0] & index->mask; index->slots[at].position != 0; at = (at + 1) & index->mask)
    {
      const OgMessage *first = g_ptr_array_index (messages, index->slots[at].position - 1);

      if (index->slots[at].check == check && first->from_owner == message->from_owner &&
          strcmp (first->content, message->content) == 0)
        return index->slots[at].position - 1;
    }
  index->slots[at] = (TextSlot){ check, message->position + 1 };
  return message->position;
}

/* Classifies every message the audit may ask about, on every core: the
 * classifier is the audit's main cost and each message is independent. */
static void
precompute (Adapter *adapter)
{
  GPtrArray *all = adapter->messages;
  g_autoptr(GArray) distinct = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree guint *same = NULL;
  /* Without corrections a decision depends on the text alone, and exports
   * repeat texts (scripts, "Thanks!"): each is classified once. */
  gboolean by_text = !og_classifier_has_corrections (adapter->classifier);
  TextIndex texts = { NULL, 1 };

  adapter->results = g_new0 (Precomputed, MAX (all->len, 1));
  /* The position of the first message with the same text, or G_MAXUINT
   * for one not worth classifying. */
  same = g_new (guint, MAX (all->len, 1));
  /* At most three quarters full, so probes stay short. */
  while (3 * (gsize)(texts.mask + 1) < 4 * (gsize)all->len)
    texts.mask = 2 * texts.mask + 1;
  if (by_text)
    texts.slots = g_new0 (TextSlot, texts.mask + 1);
  for (guint i = 0; i < all->len; i++)
    {
      OgMessage *message = g_ptr_array_index (all, i);

      g_assert (message->position == i);
      if (message->content == NULL || message->is_draft || message->is_sponsored)
        same[i] = G_MAXUINT;
      else
        same[i] = by_text ? text_index_first (&texts, all, message) : i;
      if (same[i] == i)
        g_array_append_val (distinct, i);
    }
  g_free (texts.slots);
  og_parallel_run (distinct->len, 256, classify_share, &(Classifying){ adapter, distinct });
  for (guint i = 0; i < all->len; i++)
    if (same[i] != G_MAXUINT && same[i] != i)
      adapter->results[i] = adapter->results[same[i]];
}

OgAuditOptions
og_audit_options_for_sensitivity (const char *sensitivity)
{
  if (g_strcmp0 (sensitivity, "strict") == 0)
    return OG_AUDIT_STRICT;
  if (g_strcmp0 (sensitivity, "sensitive") == 0)
    return OG_AUDIT_SENSITIVE;
  return OG_AUDIT_DEFAULT;
}

OgAudit *
og_audit_new_with_classifier (OgDataset      *dataset,
                              guint           threshold_minutes,
                              OgClassifier   *classifier,
                              const OgAuditDecisions *decisions,
                              OgAuditOptions  options)
{
  Adapter adapter = { classifier, options, NULL, NULL };
  OgAudit *audit;

  g_return_val_if_fail (OG_IS_CLASSIFIER (classifier), NULL);
  g_return_val_if_fail (OG_IS_DATASET (dataset) && og_dataset_is_finished (dataset), NULL);

  og_classifier_set_sensitivity (classifier, (options & OG_AUDIT_STRICT) ? "strict"
                                             : (options & OG_AUDIT_SENSITIVE) ? "sensitive" : "balanced");

  gint64 started = g_get_monotonic_time ();
  GPtrArray *templates;
  GThread *finding;

  adapter.messages = og_dataset_get_messages (dataset);
  /* The templates beside the classification: each keeps both cores busy
   * only part of its time (the templates' linking runs on one), and
   * together they leave none idle. */
  finding = g_thread_new ("og-templates", find_templates_thread, dataset);
  precompute (&adapter);
  phase_done ("classification", &started);
  templates = g_thread_join (finding);
#ifdef __GLIBC__
  /* What the workers freed stays in their threads' heaps, where the rest of
   * the audit, on this thread, cannot reuse it: handed back, it stops
   * counting towards the peak. */
  malloc_trim (0);
#endif
  phase_done ("templates, after the classification", &started);
  /* The callbacks run inside audit_new(): the adapter outlives them. */
  audit = audit_new (dataset, threshold_minutes, classify_with, opt_out_with, &adapter, decisions, templates);
  g_free (adapter.results);
  return audit;
}

typedef struct
{
  OgDataset    *dataset;
  OgClassifier *classifier;
  OgWorkspace  *workspace;
  guint         threshold;
  OgAuditOptions options;
} AuditTaskData;

static void
audit_task_data_free (AuditTaskData *data)
{
  g_clear_object (&data->dataset);
  g_clear_object (&data->classifier);
  g_clear_object (&data->workspace);
  g_free (data);
}

static void
audit_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  AuditTaskData *data = task_data;
  g_autoptr(GHashTable) decisions = NULL;
  g_autoptr(GHashTable) kept = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) stop_requests = NULL;
  GError *error = NULL;
  OgAudit *audit;

  if (data->classifier == NULL)
    {
      data->classifier = og_classifier_new_default (&error);
      if (data->classifier == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      /* A new classifier learns the person's corrections once. */
      if (data->workspace != NULL)
        og_workspace_apply_corrections (data->workspace, data->classifier, NULL);
    }

  if (g_task_return_error_if_cancelled (task))
    return;

  if (data->workspace != NULL)
    {
      GHashTableIter iter;
      gpointer key, value;

      decisions = og_workspace_list_decisions (data->workspace, &error);
      if (decisions == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      g_hash_table_iter_init (&iter, decisions);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (GPOINTER_TO_INT (value) == OG_DECISION_KEEP)
          g_hash_table_add (kept, key);
    }

  if (data->workspace != NULL)
    {
      stop_requests = og_workspace_list_stop_requests (data->workspace, &error);
      if (stop_requests == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
    }

  audit = og_audit_new_with_classifier (data->dataset, data->threshold, data->classifier,
                                        &(OgAuditDecisions) { kept, stop_requests }, data->options);
  g_task_return_pointer (task, audit, g_object_unref);
}

void
og_audit_new_async (OgDataset           *dataset,
                    guint                threshold_minutes,
                    OgClassifier        *classifier,
                    OgWorkspace         *workspace,
                    OgAuditOptions       options,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  AuditTaskData *data;

  g_return_if_fail (OG_IS_DATASET (dataset));
  g_return_if_fail (og_dataset_is_finished (dataset));
  g_return_if_fail (!classifier || OG_IS_CLASSIFIER (classifier));
  g_return_if_fail (!workspace || OG_IS_WORKSPACE (workspace));

  data = g_new0 (AuditTaskData, 1);
  data->dataset = g_object_ref (dataset);
  data->classifier = classifier != NULL ? g_object_ref (classifier) : NULL;
  data->workspace = workspace != NULL ? g_object_ref (workspace) : NULL;
  data->threshold = threshold_minutes;
  data->options = options;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, og_audit_new_async);
  g_task_set_task_data (task, data, (GDestroyNotify)audit_task_data_free);
  g_task_run_in_thread (task, audit_thread);
}

OgAudit *
og_audit_new_finish (GAsyncResult  *result,
                     OgClassifier **classifier,
                     GError       **error)
{
  OgAudit *audit;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == og_audit_new_async, NULL);

  audit = g_task_propagate_pointer (G_TASK (result), error);
  if (audit != NULL && classifier != NULL)
    *classifier = g_object_ref (((AuditTaskData *)g_task_get_task_data (G_TASK (result)))->classifier);
  return audit;
}

/* ---- reading ------------------------------------------------------------------------ */

OgDataset *
og_audit_get_dataset (OgAudit *self)
{
  g_return_val_if_fail (OG_IS_AUDIT (self), NULL);
  return self->dataset;
}

guint
og_audit_get_threshold (OgAudit *self)
{
  g_return_val_if_fail (OG_IS_AUDIT (self), 0);
  return self->threshold;
}

GPtrArray *
og_audit_get_contacts (OgAudit *self)
{
  g_return_val_if_fail (OG_IS_AUDIT (self), NULL);
  return self->contacts;
}

const OgContactAudit *
og_audit_lookup_contact_by_key (OgAudit    *self,
                                const char *key)
{
  g_return_val_if_fail (OG_IS_AUDIT (self), NULL);

  for (guint i = 0; key != NULL && i < self->contacts->len; i++)
    {
      const OgContactAudit *contact = g_ptr_array_index (self->contacts, i);

      if (g_strcmp0 (contact->person->key, key) == 0)
        return contact;
    }
  return NULL;
}

const OgContactAudit *
og_audit_lookup_contact (OgAudit        *self,
                         const OgPerson *person)
{
  g_return_val_if_fail (OG_IS_AUDIT (self), NULL);
  return person != NULL ? g_hash_table_lookup (self->by_person, person) : NULL;
}

GPtrArray *
og_audit_get_templates (OgAudit *self)
{
  g_return_val_if_fail (OG_IS_AUDIT (self), NULL);
  return self->templates;
}

const OgTemplateCluster *
og_audit_get_template (OgAudit *self,
                       int      id)
{
  g_return_val_if_fail (OG_IS_AUDIT (self), NULL);

  if (id < 1 || (guint)id > self->templates->len)
    return NULL;
  return g_ptr_array_index (self->templates, id - 1);
}

OgLabel
og_audit_get_label (OgAudit         *self,
                    const OgMessage *message)
{
  const Decision *decision;

  g_return_val_if_fail (OG_IS_AUDIT (self), OG_LABEL_OTHER);

  decision = decision_slot (self, message, FALSE);
  return decision != NULL ? (OgLabel)decision->label : OG_LABEL_OTHER;
}

double
og_audit_get_score (OgAudit         *self,
                    const OgMessage *message)
{
  const Decision *decision;

  g_return_val_if_fail (OG_IS_AUDIT (self), 0.0);

  decision = decision_slot (self, message, FALSE);
  return decision != NULL ? decision->score : 0.0;
}

gboolean
og_audit_is_followup_pitch (OgAudit         *self,
                            const OgMessage *message)
{
  const Decision *decision;

  g_return_val_if_fail (OG_IS_AUDIT (self), FALSE);

  decision = decision_slot (self, message, FALSE);
  return decision != NULL && decision->followup;
}

gboolean
og_audit_is_opt_out (OgAudit         *self,
                     const OgMessage *message)
{
  g_return_val_if_fail (OG_IS_AUDIT (self), FALSE);
  return g_hash_table_contains (self->opt_outs, message);
}

void
og_audit_get_prior (OgAudit *self,
                    double  *alpha,
                    double  *beta)
{
  g_return_if_fail (OG_IS_AUDIT (self));

  if (alpha != NULL)
    *alpha = self->prior_alpha;
  if (beta != NULL)
    *beta = self->prior_beta;
}

guint
og_audit_get_n_pitch_first (OgAudit *self)
{
  g_return_val_if_fail (OG_IS_AUDIT (self), 0);
  return self->n_pitch_first;
}

guint
og_audit_get_n_within_threshold (OgAudit *self)
{
  g_return_val_if_fail (OG_IS_AUDIT (self), 0);
  return self->n_within;
}

guint
og_audit_get_n_possibly_within_threshold (OgAudit *self)
{
  g_return_val_if_fail (OG_IS_AUDIT (self), 0);
  return self->n_possibly;
}

guint
og_audit_get_n_contacts_who_pitched (OgAudit *self)
{
  g_return_val_if_fail (OG_IS_AUDIT (self), 0);
  return self->n_pitched;
}

guint
og_audit_get_n_template_clusters (OgAudit *self)
{
  g_return_val_if_fail (OG_IS_AUDIT (self), 0);
  return self->templates->len;
}

guint
og_audit_get_n_group_conversations (OgAudit *self)
{
  g_return_val_if_fail (OG_IS_AUDIT (self), 0);
  return self->n_group;
}

guint
og_audit_get_n_sponsored_messages (OgAudit *self)
{
  g_return_val_if_fail (OG_IS_AUDIT (self), 0);
  return self->n_sponsored;
}

const char *
og_verdict_to_string (OgVerdict verdict)
{
  switch (verdict)
    {
    case OG_VERDICT_YES:
      return "yes";
    case OG_VERDICT_POSSIBLY:
      return "possibly";
    case OG_VERDICT_NO:
      return "no";
    case OG_VERDICT_UNKNOWN:
    default:
      return NULL;
    }
}

const char *
og_flag_to_string (OgFlags flag)
{
  switch (flag)
    {
    case OG_FLAG_PITCH_FIRST:
      return "pitch-first";
    case OG_FLAG_FAST_PITCH:
      return "fast-pitch";
    case OG_FLAG_POSSIBLY_FAST_PITCH:
      return "possibly-fast-pitch";
    case OG_FLAG_PERSISTENT:
      return "persistent";
    case OG_FLAG_IGNORED_OPT_OUT:
      return "ignored-opt-out";
    case OG_FLAG_TEMPLATE:
      return "template";
    case OG_FLAG_NONE:
    default:
      return NULL;
    }
}
