/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The audit's definitions (DESIGN §3) on hand-built, hand-labelled networks.
 *
 * A message is labelled by what its text says: "[pitch]", "[recruiting]"
 * or "[unsure]"; an owner's message containing "[stop]" asks to stop. */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "og-audit.h"
#include "og-importer.h"
#include "og-test-util.h"

#include "og-test-export.h"

typedef struct
{
  guint classify_calls;
  guint opt_out_calls;
} Calls;

static void
label_by_tag (const OgMessage *message,
              const OgPerson  *sender,
              OgAuditLabel    *result,
              gpointer         user_data)
{
  Calls *calls = user_data;

  if (calls != NULL)
    calls->classify_calls++;
  if (message->content == NULL)
    return;

  if (strstr (message->content, "[pitch]") != NULL)
    result->label = OG_LABEL_PITCH;
  else if (strstr (message->content, "[recruiting]") != NULL)
    result->label = OG_LABEL_RECRUITING;
  else if (strstr (message->content, "[unsure]") != NULL)
    result->label = OG_LABEL_UNSURE;
  result->bump = strstr (message->content, "[bump]") != NULL;
  result->leans_pitch = strstr (message->content, "[leans]") != NULL;
  result->score = 0.9;
}

static gboolean
opt_out_by_tag (const OgMessage *message,
                gpointer         user_data)
{
  Calls *calls = user_data;

  if (calls != NULL)
    calls->opt_out_calls++;
  return message->content != NULL && strstr (message->content, "[stop]") != NULL;
}

/* Profile.csv, then name/content pairs, NULL-terminated, into a finished dataset. */
static OgDataset *
load (const char *first_name,
      ...)
{
  OgDataset *dataset;
  va_list args;

  va_start (args, first_name);
  dataset = og_test_load_valist (PROFILE, first_name, args);
  va_end (args);
  return dataset;
}

static OgAudit *
audit (OgDataset *dataset,
       guint      threshold)
{
  return og_audit_new (dataset, threshold, label_by_tag, opt_out_by_tag, NULL);
}

static const OgContactAudit *
contact (OgAudit    *audit,
         const char *name)
{
  GPtrArray *contacts = og_audit_get_contacts (audit);

  for (guint i = 0; i < contacts->len; i++)
    {
      const OgContactAudit *contact = g_ptr_array_index (contacts, i);

      if (g_strcmp0 (contact->person->name, name) == 0)
        return contact;
    }

  g_error ("no contact named %s", name);
  return NULL;
}

static char *
iso (const OgMessage *message)
{
  g_assert_nonnull (message);
  return og_date_format_iso8601 (message->sent_at);
}

#define assert_minutes(c, low, high) G_STMT_START { \
    g_assert_true ((c)->has_minutes); \
    g_assert_cmpfloat_with_epsilon ((c)->minutes_min, (low), 0.05); \
    g_assert_cmpfloat_with_epsilon ((c)->minutes_max, (high), 0.05); \
  } G_STMT_END

#define assert_sent_at(message, text) G_STMT_START { \
    g_autofree char *_at = iso (message); \
    g_assert_cmpstr (_at, ==, (text)); \
  } G_STMT_END

/* ---- the acceptance moment ---------------------------------------------------------- */

static void
test_audit_pitch_inside_the_note_is_pitch_first_at_zero_minutes (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv", CONNECTIONS CONNECTION ("Ola", "Nord", "ola-nord", "Nordvik", "16 Dec 2024"),
    "Invitations.csv", INVITATIONS INVITED_ME ("Ola Nord", "ola-nord", "12/15/24, 9:30 PM", "[pitch] Hi Petra! Want a demo of our route planner?"),
    "messages.csv", MESSAGES
    FROM_THEM ("2-n", "Ola Nord", "ola-nord", "2024-12-16 12:30:00 UTC", "[pitch] Did you see my note?")
    FROM_THEM ("2-n", "Ola Nord", "ola-nord", "2024-12-16 11:49:15 UTC", "[pitch] Hi Petra! Want a demo of our route planner?"),
    NULL);
  g_autoptr(OgAudit) audit_ = audit (dataset, 60);
  const OgContactAudit *ola = contact (audit_, "Ola Nord");

  g_assert_cmpint (ola->person->acceptance.source, ==, OG_ACCEPTANCE_INVITATION_NOTE);
  g_assert_true (ola->pitch_first);
  g_assert_true (ola->first_message == ola->person->note_message);
  g_assert_true (ola->first_pitch == ola->person->note_message);
  assert_minutes (ola, 0.0, 0.0);
  g_assert_cmpint (ola->within_threshold, ==, OG_VERDICT_YES);
  g_assert_cmpuint (ola->messages_from_contact, ==, 2);
  g_assert_cmpuint (ola->pitches, ==, 2);
  g_assert_cmpint (ola->flags, ==, OG_FLAG_PITCH_FIRST | OG_FLAG_FAST_PITCH);
}

static void
test_audit_friendly_note_then_a_pitch_four_minutes_later_is_pitch_first_and_fast (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv", CONNECTIONS CONNECTION ("Ola", "Nord", "ola-nord", "Nordvik", "16 Dec 2024"),
    "Invitations.csv", INVITATIONS INVITED_ME ("Ola Nord", "ola-nord", "12/15/24, 9:30 PM", "Great to meet you at the expo!"),
    "messages.csv", MESSAGES
    FROM_THEM ("2-n", "Ola Nord", "ola-nord", "2024-12-16 11:53:15 UTC", "[pitch] Since we are connected: a demo?")
    FROM_THEM ("2-n", "Ola Nord", "ola-nord", "2024-12-16 11:49:15 UTC", "Great to meet you at the expo!"),
    NULL);
  g_autoptr(OgAudit) audit_ = audit (dataset, 60);
  const OgContactAudit *ola = contact (audit_, "Ola Nord");

  /* The friendly note was written before acceptance: the next message decides. */
  g_assert_true (ola->pitch_first);
  g_assert_true (ola->first_message == ola->first_pitch);
  assert_sent_at (ola->first_pitch, "2024-12-16T11:53:15Z");
  assert_minutes (ola, 4.0, 4.0);
  g_assert_cmpint (ola->within_threshold, ==, OG_VERDICT_YES);
  g_assert_cmpint (ola->flags, ==, OG_FLAG_PITCH_FIRST | OG_FLAG_FAST_PITCH);
}

static void
test_audit_the_owners_own_note_is_not_the_contacts_first_message (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv", CONNECTIONS CONNECTION ("Ola", "Nord", "ola-nord", "Nordvik", "16 Dec 2024"),
    "Invitations.csv", INVITATIONS I_INVITED ("Ola Nord", "ola-nord", "12/15/24, 9:30 PM", "Enjoyed your talk on routing."),
    "messages.csv", MESSAGES
    FROM_THEM ("2-n", "Ola Nord", "ola-nord", "2024-12-16 12:01:15 UTC", "[pitch] Thanks! Can I show you our planner?")
    FROM_ME ("2-n", "Ola Nord", "ola-nord", "2024-12-16 11:49:15 UTC", "Enjoyed your talk on routing."),
    NULL);
  g_autoptr(OgAudit) audit_ = audit (dataset, 60);
  const OgContactAudit *ola = contact (audit_, "Ola Nord");

  g_assert_cmpint (ola->person->acceptance.source, ==, OG_ACCEPTANCE_INVITATION_NOTE);
  g_assert_true (ola->person->note_message->from_owner);
  g_assert_cmpuint (ola->messages_from_contact, ==, 1);
  g_assert_true (ola->pitch_first);
  g_assert_true (ola->first_message == ola->first_pitch);
  assert_minutes (ola, 12.0, 12.0);
  g_assert_cmpint (ola->within_threshold, ==, OG_VERDICT_YES);
}

static void
test_audit_a_note_re_emitted_weeks_after_the_invitation_dates_acceptance (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv", CONNECTIONS CONNECTION ("Kai", "Sund", "kai-sund", "Sundberg AB", "10 Feb 2025"),
    "Invitations.csv", INVITATIONS INVITED_ME ("Kai Sund", "kai-sund", "1/5/25, 9:00 AM", "Hello Petra, I would like to join your network."),
    "messages.csv", MESSAGES
    FROM_THEM ("2-k", "Kai Sund", "kai-sund", "2025-02-10 08:30:00 UTC", "[pitch] Our freight audit saves 8 percent. Call?")
    FROM_THEM ("2-k", "Kai Sund", "kai-sund", "2025-02-10 08:00:00 UTC", "Hello Petra, I would like to join your network."),
    NULL);
  g_autoptr(OgAudit) audit_ = audit (dataset, 60);
  const OgContactAudit *kai = contact (audit_, "Kai Sund");
  g_autofree char *earliest = og_date_format_iso8601 (kai->person->acceptance.earliest);

  g_assert_cmpint (kai->person->acceptance.source, ==, OG_ACCEPTANCE_INVITATION_NOTE);
  g_assert_cmpstr (earliest, ==, "2025-02-10T08:00:00Z");
  assert_minutes (kai, 30.0, 30.0);
  g_assert_cmpint (kai->within_threshold, ==, OG_VERDICT_YES);
  g_assert_true (kai->pitch_first);   /* the friendly note does not count: the next message decides */
}

static void
test_audit_acceptance_near_midnight_utc_uses_the_invitation_to_narrow_the_day (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv", CONNECTIONS
    CONNECTION ("Kai", "Sund", "kai-sund", "Sundberg AB", "16 Dec 2024")
    CONNECTION ("Eva", "Holm", "eva-holm", "Holmgren Data", "16 Dec 2024")
    CONNECTION ("Tomas", "Ek", "tomas-ek", "Ekvall", "16 Dec 2024"),
    /* 3:50 PM Pacific standard time is 23:50 UTC, ten minutes before the UTC day ends. */
    "Invitations.csv", INVITATIONS "Eva Holm,Petra Vinter,\"12/16/24, 3:50 PM\",,INCOMING," URL ("eva-holm") "," OWNER_URL "\n",
    "messages.csv", MESSAGES
    FROM_THEM ("2-k", "Kai Sund", "kai-sund", "2024-12-17 00:20:00 UTC", "[pitch] Fancy a demo?")
    FROM_THEM ("2-e", "Eva Holm", "eva-holm", "2024-12-17 00:20:00 UTC", "[pitch] Fancy a demo?")
    FROM_THEM ("2-t", "Tomas Ek", "tomas-ek", "2024-12-17 01:30:00 UTC", "[pitch] Fancy a demo?"),
    NULL);
  g_autoptr(OgAudit) audit_ = audit (dataset, 60);
  const OgContactAudit *kai = contact (audit_, "Kai Sund");
  const OgContactAudit *eva = contact (audit_, "Eva Holm");
  const OgContactAudit *tomas = contact (audit_, "Tomas Ek");

  /* The whole UTC day: the pitch came 20 minutes to a day and 20 minutes after. */
  assert_minutes (kai, 20.0, 1460.0);
  g_assert_cmpint (kai->within_threshold, ==, OG_VERDICT_POSSIBLY);
  /* Sent At leaves only 23:50–23:59:59: surely within the hour. */
  assert_minutes (eva, 20.0, 30.0);
  g_assert_cmpint (eva->within_threshold, ==, OG_VERDICT_YES);
  /* 90 minutes after the day ended at the very least. */
  g_assert_cmpfloat_with_epsilon (tomas->minutes_min, 90.0, 0.05);
  g_assert_cmpint (tomas->within_threshold, ==, OG_VERDICT_NO);
}

static void
test_audit_pacific_sent_at_is_read_across_the_spring_switch (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv", CONNECTIONS CONNECTION ("Ines", "Abreu", "ines-abreu", "Abreu & Filhos", "09 Mar 2025"),
    /* Daylight time since 2 AM that day: 4:30 PM PDT is 23:30 UTC (as PST it would be the next UTC day). */
    "Invitations.csv", INVITATIONS "Ines Abreu,Petra Vinter,\"3/9/25, 4:30 PM\",,INCOMING," URL ("ines-abreu") "," OWNER_URL "\n",
    "messages.csv", MESSAGES
    FROM_THEM ("2-i", "Ines Abreu", "ines-abreu", "2025-03-09 23:45:00 UTC", "[pitch] Quick call about payroll?"),
    NULL);
  g_autoptr(OgAudit) audit_ = audit (dataset, 60);
  const OgContactAudit *ines = contact (audit_, "Ines Abreu");
  g_autofree char *earliest = og_date_format_iso8601 (ines->person->acceptance.earliest);

  g_assert_cmpstr (earliest, ==, "2025-03-09T23:30:00Z");
  assert_minutes (ines, 0.0, 15.0);
  g_assert_cmpint (ines->within_threshold, ==, OG_VERDICT_YES);
}

static void
test_audit_pacific_sent_at_is_read_across_the_autumn_switch (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv", CONNECTIONS CONNECTION ("Lior", "Katz", "lior-katz", "Blue Heron", "03 Nov 2024"),
    /* Standard time again since 2 AM: 3:40 PM PST is 23:40 UTC, not 22:40. */
    "Invitations.csv", INVITATIONS "Lior Katz,Petra Vinter,\"11/3/24, 3:40 PM\",,INCOMING," URL ("lior-katz") "," OWNER_URL "\n",
    "messages.csv", MESSAGES
    FROM_THEM ("2-l", "Lior Katz", "lior-katz", "2024-11-03 23:55:00 UTC", "[pitch] Quick call about payroll?"),
    NULL);
  g_autoptr(OgAudit) audit_ = audit (dataset, 60);
  const OgContactAudit *lior = contact (audit_, "Lior Katz");
  g_autofree char *earliest = og_date_format_iso8601 (lior->person->acceptance.earliest);

  g_assert_cmpstr (earliest, ==, "2024-11-03T23:40:00Z");
  assert_minutes (lior, 0.0, 15.0);
  g_assert_cmpint (lior->within_threshold, ==, OG_VERDICT_YES);
}

static void
test_audit_a_day_only_acceptance_gives_possibly_that_day_and_no_later (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv", CONNECTIONS
    CONNECTION ("Yuki", "Mori", "yuki-mori", "Morinaga", "05 Feb 2025")
    CONNECTION ("Sam", "Okoro", "sam-okoro", "Okoro Analytics", "05 Feb 2025"),
    "messages.csv", MESSAGES
    FROM_THEM ("2-y", "Yuki Mori", "yuki-mori", "2025-02-05 14:00:00 UTC", "[pitch] Can I show you our dashboards?")
    FROM_THEM ("2-s", "Sam Okoro", "sam-okoro", "2025-02-07 09:00:00 UTC", "[pitch] Can I show you our dashboards?"),
    NULL);
  g_autoptr(OgAudit) audit_ = audit (dataset, 60);
  const OgContactAudit *yuki = contact (audit_, "Yuki Mori");
  const OgContactAudit *sam = contact (audit_, "Sam Okoro");

  g_assert_cmpint (yuki->person->acceptance.source, ==, OG_ACCEPTANCE_CONNECTED_ON_DATE);
  assert_minutes (yuki, 0.0, 840.0);
  g_assert_cmpint (yuki->within_threshold, ==, OG_VERDICT_POSSIBLY);
  g_assert_cmpint (yuki->flags, ==, OG_FLAG_PITCH_FIRST | OG_FLAG_POSSIBLY_FAST_PITCH);

  assert_minutes (sam, 1980.0, 3420.0);
  g_assert_cmpint (sam->within_threshold, ==, OG_VERDICT_NO);
  g_assert_cmpint (sam->flags, ==, OG_FLAG_PITCH_FIRST);
}

static OgDataset *
load_2018 (void)
{
  return load (
    "Connections.csv",
    "First Name,Last Name,Email Address,Company,Position,Connected On\n"
    "Ryan,Ashdown,,Umberlight,Founder,\"5/31/18, 2:14 AM\"\n",
    "Messages.csv",
    "From,To,Date,Subject,Content,Direction,Folder\n"
    "Petra Vinter,Ryan Ashdown,\"5/31/18, 3:00 AM\",,No thanks.,OUTGOING,INBOX\n"
    "Ryan Ashdown,Petra Vinter,\"5/31/18, 2:25 AM\",,[pitch] Dashboards in two weeks. Demo tomorrow?,INCOMING,INBOX\n",
    NULL);
}

static void
test_audit_minute_precision_of_2018_widens_the_interval_both_ways (void)
{
  g_autoptr(OgDataset) dataset = load_2018 ();
  g_autoptr(OgAudit) audit_ = audit (dataset, 60);
  const OgContactAudit *ryan = contact (audit_, "Ryan Ashdown");

  /* Accepted in the minute 09:14 UTC, pitched in the minute 09:25 UTC:
   * between 10 min 1 s and 11 min 59 s. */
  g_assert_cmpint (ryan->person->acceptance.source, ==, OG_ACCEPTANCE_CONNECTED_ON_TIME);
  g_assert_cmpint (ryan->first_pitch->precision, ==, OG_DATE_PRECISION_MINUTE);
  assert_minutes (ryan, 601.0 / 60.0, 719.0 / 60.0);
  g_assert_cmpint (ryan->within_threshold, ==, OG_VERDICT_YES);
  g_assert_true (ryan->pitch_first);
}

static void
test_audit_minute_precision_can_only_say_possibly_at_a_threshold_inside_it (void)
{
  g_autoptr(OgDataset) dataset = load_2018 ();
  g_autoptr(OgAudit) eleven = audit (dataset, 11);
  g_autoptr(OgAudit) ten = audit (dataset, 10);
  g_autoptr(OgAudit) twelve = audit (dataset, 12);

  g_assert_cmpint (contact (eleven, "Ryan Ashdown")->within_threshold, ==, OG_VERDICT_POSSIBLY);
  g_assert_cmpint (contact (ten, "Ryan Ashdown")->within_threshold, ==, OG_VERDICT_NO);
  g_assert_cmpint (contact (twelve, "Ryan Ashdown")->within_threshold, ==, OG_VERDICT_YES);
}

static void
test_audit_unknown_acceptance_gives_no_minutes_and_no_verdict (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv", CONNECTIONS "Bram,Visser," URL ("bram-visser") ",,Visser Digital,CEO,\n",
    "messages.csv", MESSAGES
    FROM_THEM ("2-b", "Bram Visser", "bram-visser", "2025-02-07 09:00:00 UTC", "[pitch] Need a new website?"),
    NULL);
  g_autoptr(OgAudit) audit_ = audit (dataset, 60);
  const OgContactAudit *bram = contact (audit_, "Bram Visser");

  g_assert_cmpint (bram->person->acceptance.source, ==, OG_ACCEPTANCE_UNKNOWN);
  g_assert_nonnull (bram->first_pitch);
  g_assert_true (bram->pitch_first);
  g_assert_false (bram->has_minutes);
  g_assert_cmpint (bram->within_threshold, ==, OG_VERDICT_UNKNOWN);
  g_assert_cmpint (bram->flags, ==, OG_FLAG_PITCH_FIRST);
}

static void
test_audit_a_pitch_before_acceptance_is_not_the_first_pitch (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv", CONNECTIONS CONNECTION ("Nell", "Frost", "nell-frost", "Frostline", "10 Feb 2025"),
    "messages.csv", MESSAGES
    FROM_THEM ("2-f", "Nell Frost", "nell-frost", "2025-02-12 09:00:00 UTC", "[pitch] Now that we are connected: a demo?")
    FROM_THEM ("2-f", "Nell Frost", "nell-frost", "2025-02-10 12:00:00 UTC", "Thanks for connecting!")
    FROM_THEM ("2-f", "Nell Frost", "nell-frost", "2025-01-20 09:00:00 UTC", "[pitch] Open profile message: a demo?"),
    NULL);
  g_autoptr(OgAudit) audit_ = audit (dataset, 60);
  const OgContactAudit *nell = contact (audit_, "Nell Frost");

  g_assert_cmpuint (nell->pitches, ==, 2);
  g_assert_false (nell->pitch_first);
  assert_sent_at (nell->first_message, "2025-02-10T12:00:00Z");
  assert_sent_at (nell->first_pitch, "2025-02-12T09:00:00Z");
  g_assert_cmpint (nell->within_threshold, ==, OG_VERDICT_NO);
}

/* ---- labels ------------------------------------------------------------------------- */

static void
test_audit_unsure_never_counts_as_a_pitch (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv", CONNECTIONS CONNECTION ("Ada", "Quist", "ada-quist", "Quist Partners", "05 Feb 2025"),
    "messages.csv", MESSAGES
    FROM_THEM ("2-a", "Ada Quist", "ada-quist", "2025-02-06 09:00:00 UTC", "[pitch] Our audit service?")
    FROM_THEM ("2-a", "Ada Quist", "ada-quist", "2025-02-05 09:00:00 UTC", "[unsure] Would love to hear about your stack."),
    NULL);
  g_autoptr(OgAudit) audit_ = audit (dataset, 60);
  const OgContactAudit *ada = contact (audit_, "Ada Quist");

  g_assert_cmpuint (ada->messages_from_contact, ==, 2);
  g_assert_cmpuint (ada->pitches, ==, 1);
  g_assert_false (ada->pitch_first);
  assert_sent_at (ada->first_pitch, "2025-02-06T09:00:00Z");
  g_assert_cmpint (og_audit_get_label (audit_, ada->first_message), ==, OG_LABEL_UNSURE);
}

static void
test_audit_recruiting_is_not_a_pitch (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv", CONNECTIONS CONNECTION ("Rhea", "Das", "rhea-das", "Dasgupta Talent", "05 Feb 2025"),
    "messages.csv", MESSAGES
    FROM_THEM ("2-r", "Rhea Das", "rhea-das", "2025-02-05 09:00:00 UTC", "[recruiting] A COO role in Oslo: interested?")
    FROM_THEM ("2-r", "Rhea Das", "rhea-das", "2025-02-06 09:00:00 UTC", "[recruiting] Following up on the role."),
    NULL);
  g_autoptr(OgAudit) audit_ = audit (dataset, 60);
  const OgContactAudit *rhea = contact (audit_, "Rhea Das");

  g_assert_cmpuint (rhea->recruiting, ==, 2);
  g_assert_cmpuint (rhea->pitches, ==, 0);
  g_assert_false (rhea->pitch_first);
  g_assert_null (rhea->first_pitch);
  g_assert_cmpuint (rhea->unanswered_followups, ==, 0);
  g_assert_cmpint (rhea->within_threshold, ==, OG_VERDICT_UNKNOWN);
  g_assert_cmpint (rhea->flags, ==, OG_FLAG_NONE);
  g_assert_cmpuint (og_audit_get_n_contacts_who_pitched (audit_), ==, 0);
}

static void
test_audit_classifies_each_counted_message_once_and_asks_only_about_owner_messages (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv", CONNECTIONS
    CONNECTION ("Ola", "Nord", "ola-nord", "Nordvik", "05 Feb 2025")
    CONNECTION ("Kai", "Sund", "kai-sund", "Sundberg AB", "05 Feb 2025"),
    "messages.csv", MESSAGES
    FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2025-02-05 09:00:00 UTC", "[pitch] Demo?")
    FROM_ME ("2-o", "Ola Nord", "ola-nord", "2025-02-05 10:00:00 UTC", "No thanks.")
    FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2025-02-05 11:00:00 UTC", "OK!")
    FROM_THEM ("2-k", "Kai Sund", "kai-sund", "2025-02-06 09:00:00 UTC", "Hi Petra")
    MY_DRAFT ("2-k", "Kai Sund", "kai-sund", "", "Hi Kai [stop]"),
    NULL);
  Calls calls = { 0 };
  g_autoptr(OgAudit) audit_ = og_audit_new (dataset, 60, label_by_tag, opt_out_by_tag, &calls);
  const OgContactAudit *ola = contact (audit_, "Ola Nord");
  const OgContactAudit *kai = contact (audit_, "Kai Sund");

  /* Three received messages; one sent message (drafts are never asked about). */
  g_assert_cmpuint (calls.classify_calls, ==, 3);
  g_assert_cmpuint (calls.opt_out_calls, ==, 1);
  g_assert_cmpint (og_audit_get_label (audit_, ola->first_pitch), ==, OG_LABEL_PITCH);
  g_assert_cmpfloat (og_audit_get_score (audit_, ola->first_pitch), ==, 0.9);
  g_assert_cmpint (og_audit_get_label (audit_, kai->first_message), ==, OG_LABEL_OTHER);
  g_assert_true (og_audit_lookup_contact (audit_, ola->person) == ola);
}

static void
test_audit_without_callbacks_finds_no_pitches_but_still_counts (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv", CONNECTIONS CONNECTION ("Ola", "Nord", "ola-nord", "Nordvik", "05 Feb 2025"),
    "messages.csv", MESSAGES
    FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2025-02-05 09:00:00 UTC", "[pitch] Demo?"),
    NULL);
  g_autoptr(OgAudit) audit_ = og_audit_new (dataset, 60, NULL, NULL, NULL);
  const OgContactAudit *ola = contact (audit_, "Ola Nord");

  g_assert_cmpuint (ola->messages_from_contact, ==, 1);
  g_assert_cmpuint (ola->pitches, ==, 0);
  g_assert_false (ola->pitch_first);
  g_assert_true (ola->has_rate);
}

/* ---- follow-ups and opt-outs ---------------------------------------------------------------- */

static void
test_audit_an_owner_reply_breaks_a_follow_up_run (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv", CONNECTIONS CONNECTION ("Ola", "Nord", "ola-nord", "Nordvik", "01 Feb 2025"),
    "messages.csv", MESSAGES
    FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2025-02-01 09:00:00 UTC", "Hi Petra, thanks for connecting")
    FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2025-02-02 09:00:00 UTC", "[pitch] Demo?")
    FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2025-02-03 09:00:00 UTC", "[pitch] Bumping this")
    FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2025-02-04 09:00:00 UTC", "Any thoughts?")
    FROM_ME ("2-o", "Ola Nord", "ola-nord", "2025-02-05 09:00:00 UTC", "Not now, thanks.")
    FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2025-02-06 09:00:00 UTC", "[pitch] Maybe next quarter?"),
    NULL);
  g_autoptr(OgAudit) audit_ = audit (dataset, 60);
  const OgContactAudit *ola = contact (audit_, "Ola Nord");

  /* The friendly opener is before the first pitch: the run is pitch, bump, bump. */
  g_assert_cmpuint (ola->unanswered_followups, ==, 2);
  assert_sent_at (ola->run_start, "2025-02-02T09:00:00Z");
  g_assert_false (ola->flags & OG_FLAG_PERSISTENT);
}

static void
test_audit_a_bump_of_an_unanswered_pitch_is_a_pitch (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv", CONNECTIONS
    CONNECTION ("Ola", "Nord", "ola-nord", "Nordvik", "01 Feb 2025")
    CONNECTION ("Uma", "Berg", "uma-berg", "Bergen Bikes", "01 Feb 2025"),
    "messages.csv", MESSAGES
    FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2025-02-02 09:00:00 UTC", "[pitch] Demo?")
    FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2025-02-03 09:00:00 UTC", "[bump] Just checking in on the below")
    FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2025-02-04 09:00:00 UTC", "[unsure] [bump] Any thoughts?")
    FROM_ME ("2-o", "Ola Nord", "ola-nord", "2025-02-05 09:00:00 UTC", "Not now, thanks.")
    FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2025-02-06 09:00:00 UTC", "[bump] Did you see my note?")
    FROM_THEM ("3-u", "Uma Berg", "uma-berg", "2025-02-02 09:00:00 UTC", "Dinner on Friday?")
    FROM_THEM ("3-u", "Uma Berg", "uma-berg", "2025-02-03 09:00:00 UTC", "[bump] Did you see my note about Friday?"),
    NULL);
  g_autoptr(OgAudit) audit_ = audit (dataset, 60);
  const OgContactAudit *ola = contact (audit_, "Ola Nord");
  const OgContactAudit *uma = contact (audit_, "Uma Berg");
  OgConversation *thread = ola->first_pitch->conversation;

  /* Two bumps in a row carry the pitch; the owner's answer ends it. */
  g_assert_cmpuint (ola->pitches, ==, 3);
  g_assert_false (og_audit_is_followup_pitch (audit_, g_ptr_array_index (thread->messages, 0)));
  g_assert_true (og_audit_is_followup_pitch (audit_, g_ptr_array_index (thread->messages, 1)));
  g_assert_true (og_audit_is_followup_pitch (audit_, g_ptr_array_index (thread->messages, 2)));
  g_assert_cmpint (og_audit_get_label (audit_, g_ptr_array_index (thread->messages, 4)), ==, OG_LABEL_OTHER);
  g_assert_cmpuint (ola->unanswered_followups, ==, 2);

  /* A friend's bump of a dinner plan stays what it is. */
  g_assert_cmpuint (uma->pitches, ==, 0);
  g_assert_null (uma->first_pitch);
}

static void
test_audit_options_count_recruiting_as_pitches_only_when_asked (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv", CONNECTIONS CONNECTION ("Ola", "Nord", "ola-nord", "Nordvik", "01 Feb 2025"),
    "messages.csv", MESSAGES
    FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2025-02-01 09:00:00 UTC",
               "We're hiring a senior engineer and your background is a great fit. Open to new opportunities?"),
    NULL);
  g_autoptr(OgClassifier) classifier = og_test_tiny_classifier ();
  g_autoptr(OgAudit) plain = og_audit_new_with_classifier (dataset, 60, classifier, NULL, OG_AUDIT_DEFAULT);
  g_autoptr(OgAudit) asked = og_audit_new_with_classifier (dataset, 60, classifier, NULL,
                                                           OG_AUDIT_RECRUITING_IS_PITCH);

  g_assert_cmpuint (contact (plain, "Ola Nord")->pitches, ==, 0);
  g_assert_cmpuint (contact (plain, "Ola Nord")->recruiting, ==, 1);
  g_assert_cmpuint (contact (asked, "Ola Nord")->pitches, ==, 1);
  g_assert_true (contact (asked, "Ola Nord")->pitch_first);

  g_assert_cmpint (og_audit_options_for_sensitivity ("strict"), ==, OG_AUDIT_STRICT);
  g_assert_cmpint (og_audit_options_for_sensitivity ("sensitive"), ==, OG_AUDIT_SENSITIVE);
  g_assert_cmpint (og_audit_options_for_sensitivity ("balanced"), ==, OG_AUDIT_DEFAULT);
  g_assert_cmpint (og_audit_options_for_sensitivity (NULL), ==, OG_AUDIT_DEFAULT);
}

static void
test_audit_one_text_from_two_people_follows_a_correction_for_one_of_them (void)
{
#define ONE_TEXT "We help teams like yours book more demos. Open to a quick 15-minute call next week?"
  const char *text = ONE_TEXT;
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv", CONNECTIONS CONNECTION ("Ola", "Nord", "ola-nord", "Nordvik", "01 Feb 2025")
                                   CONNECTION ("Kai", "Sund", "kai-sund", "Sundberg AB", "01 Feb 2025"),
    "messages.csv", MESSAGES
    FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2025-02-02 09:00:00 UTC", ONE_TEXT)
    FROM_THEM ("2-k", "Kai Sund", "kai-sund", "2025-02-02 10:00:00 UTC", ONE_TEXT),
    NULL);
#undef ONE_TEXT
  g_autoptr(OgClassifier) classifier = og_test_tiny_classifier ();
  g_autoptr(OgAudit) before = og_audit_new_with_classifier (dataset, 60, classifier, NULL, OG_AUDIT_DEFAULT);
  g_autoptr(OgAudit) after = NULL;

  /* Without a correction the same text is decided once, alike for both. */
  g_assert_cmpuint (contact (before, "Ola Nord")->pitches, ==, 1);
  g_assert_cmpuint (contact (before, "Kai Sund")->pitches, ==, 1);

  /* With one, each message is decided for its own sender: the correction
   * holds for Ola's, and Kai's is what the classifier says for Kai. */
  og_classifier_add_correction (classifier, text, contact (before, "Ola Nord")->person->key, OG_LABEL_RECRUITING);
  after = og_audit_new_with_classifier (dataset, 60, classifier, NULL, OG_AUDIT_DEFAULT);
  {
    const OgContactAudit *ola = contact (after, "Ola Nord");
    const OgContactAudit *kai = contact (after, "Kai Sund");
    g_autoptr(OgClassification) for_kai = og_classifier_decide_for (classifier, text, kai->person->key);

    g_assert_cmpuint (ola->recruiting, ==, 1);
    g_assert_cmpuint (ola->pitches, ==, 0);
    g_assert_cmpuint (kai->recruiting, ==, for_kai->label == OG_LABEL_RECRUITING ? 1 : 0);
    g_assert_cmpuint (kai->pitches, ==, for_kai->label == OG_LABEL_PITCH ? 1 : 0);
  }
}

static void
test_audit_an_owner_draft_does_not_break_a_follow_up_run (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv", CONNECTIONS CONNECTION ("Ola", "Nord", "ola-nord", "Nordvik", "01 Feb 2025"),
    "messages.csv", MESSAGES
    FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2025-02-02 09:00:00 UTC", "[pitch] Demo?")
    FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2025-02-03 09:00:00 UTC", "Bumping this")
    MY_DRAFT ("2-o", "Ola Nord", "ola-nord", "2025-02-03 18:00:00 UTC", "Please stop writing")
    FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2025-02-04 09:00:00 UTC", "Any thoughts?")
    FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2025-02-05 09:00:00 UTC", "Last try!"),
    NULL);
  g_autoptr(OgAudit) audit_ = audit (dataset, 60);
  const OgContactAudit *ola = contact (audit_, "Ola Nord");

  g_assert_cmpuint (ola->messages_from_contact, ==, 4);
  g_assert_cmpuint (ola->unanswered_followups, ==, 3);
  g_assert_true (ola->flags & OG_FLAG_PERSISTENT);
}

static void
test_audit_follow_ups_are_counted_across_all_threads_with_the_contact (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv", CONNECTIONS CONNECTION ("Ola", "Nord", "ola-nord", "Nordvik", "01 Feb 2025"),
    "messages.csv", MESSAGES
    FROM_THEM ("2-a", "Ola Nord", "ola-nord", "2025-02-02 09:00:00 UTC", "[pitch] Demo?")
    FROM_THEM ("2-b", "Ola Nord", "ola-nord", "2025-02-03 09:00:00 UTC", "New thread, same question")
    FROM_THEM ("2-a", "Ola Nord", "ola-nord", "2025-02-04 09:00:00 UTC", "Any thoughts?")
    FROM_ME ("2-b", "Ola Nord", "ola-nord", "2025-02-05 09:00:00 UTC", "No.")
    FROM_THEM ("2-a", "Ola Nord", "ola-nord", "2025-02-06 09:00:00 UTC", "OK"),
    NULL);
  g_autoptr(OgAudit) audit_ = audit (dataset, 60);
  const OgContactAudit *ola = contact (audit_, "Ola Nord");

  g_assert_cmpuint (ola->person->conversations->len, ==, 2);
  g_assert_cmpuint (ola->unanswered_followups, ==, 2);
}

static OgDataset *
load_opt_outs (void)
{
  return load (
    "Connections.csv", CONNECTIONS
    CONNECTION ("Nell", "Frost", "nell-frost", "Frostline", "01 Feb 2025")
    CONNECTION ("Ada", "Quist", "ada-quist", "Quist Partners", "01 Feb 2025")
    CONNECTION ("Kai", "Sund", "kai-sund", "Sundberg AB", "01 Feb 2025"),
    "messages.csv", MESSAGES
    FROM_THEM ("2-n", "Nell Frost", "nell-frost", "2025-02-02 09:00:00 UTC", "[pitch] Demo?")
    FROM_ME ("2-n", "Nell Frost", "nell-frost", "2025-02-03 09:00:00 UTC", "[stop] Please remove me from your list.")
    FROM_THEM ("2-a", "Ada Quist", "ada-quist", "2025-02-02 09:00:00 UTC", "[pitch] Demo?")
    FROM_ME ("2-a", "Ada Quist", "ada-quist", "2025-02-03 09:00:00 UTC", "[stop] Not interested, please stop.")
    FROM_THEM ("2-a", "Ada Quist", "ada-quist", "2025-02-04 09:00:00 UTC", "Understood, sorry to bother you!")
    FROM_THEM ("2-k", "Kai Sund", "kai-sund", "2025-02-02 09:00:00 UTC", "[pitch] Demo?")
    FROM_ME ("2-k", "Kai Sund", "kai-sund", "2025-02-02 12:00:00 UTC", "Thanks, I'll look.")
    FROM_ME ("2-k", "Kai Sund", "kai-sund", "2025-03-02 09:00:00 UTC", "[stop] Unsubscribe me, please.")
    FROM_THEM ("2-k", "Kai Sund", "kai-sund", "2025-03-09 09:00:00 UTC", "[pitch] One last offer for you")
    FROM_THEM ("2-k", "Kai Sund", "kai-sund", "2025-03-10 09:00:00 UTC", "[pitch] And another"),
    NULL);
}

static void
test_audit_an_opt_out_followed_by_silence_is_respected (void)
{
  g_autoptr(OgDataset) dataset = load_opt_outs ();
  g_autoptr(OgAudit) audit_ = audit (dataset, 60);
  const OgContactAudit *nell = contact (audit_, "Nell Frost");
  const OgContactAudit *ada = contact (audit_, "Ada Quist");

  g_assert_false (nell->ignored_opt_out);
  assert_sent_at (nell->opt_out, "2025-02-03T09:00:00Z");
  g_assert_null (nell->pitch_after_opt_out);
  g_assert_true (og_audit_is_opt_out (audit_, nell->opt_out));

  /* An apology is a reply, not a pitch. */
  g_assert_false (ada->ignored_opt_out);
  g_assert_nonnull (ada->opt_out);
  g_assert_false (ada->flags & OG_FLAG_IGNORED_OPT_OUT);
}

static void
test_audit_a_pitch_after_an_opt_out_is_ignoring_it (void)
{
  g_autoptr(OgDataset) dataset = load_opt_outs ();
  g_autoptr(OgAudit) audit_ = audit (dataset, 60);
  const OgContactAudit *kai = contact (audit_, "Kai Sund");

  g_assert_true (kai->ignored_opt_out);
  assert_sent_at (kai->opt_out, "2025-03-02T09:00:00Z");
  assert_sent_at (kai->pitch_after_opt_out, "2025-03-09T09:00:00Z");
  g_assert_true (kai->flags & OG_FLAG_IGNORED_OPT_OUT);
}

static void
test_audit_a_reply_marked_sent_asks_them_to_stop_from_that_moment (void)
{
  g_autoptr(OgDataset) dataset = load_opt_outs ();
  g_autoptr(GHashTable) stop_requests = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(OgAudit) audit_ = NULL;
  g_autoptr(GDateTime) marked = g_date_time_new_utc (2025, 2, 3, 12, 0, 0);
  const OgContactAudit *nell, *kai;

  /* Ada never asked in the export; the person marked a removal request
   * sent on 3 Feb, and Ada's next message, on the 4th, is no pitch. Nell's
   * own request came first; Kai was asked by hand before any message of
   * the export did, and pitched after it. */
  g_hash_table_insert (stop_requests, (char *)"linkedin.com/in/nell-frost",
                       g_memdup2 (&(gint64){ g_date_time_to_unix (marked) + 86400 }, sizeof (gint64)));
  g_hash_table_insert (stop_requests, (char *)"linkedin.com/in/kai-sund",
                       g_memdup2 (&(gint64){ g_date_time_to_unix (marked) }, sizeof (gint64)));
  audit_ = og_audit_new_full (dataset, 60, label_by_tag, opt_out_by_tag, NULL,
                              &(OgAuditDecisions) { .stop_requests = stop_requests });

  nell = contact (audit_, "Nell Frost");
  g_assert_false (nell->opt_out_marked);
  assert_sent_at (nell->opt_out, "2025-02-03T09:00:00Z");
  g_assert_false (nell->ignored_opt_out);

  kai = contact (audit_, "Kai Sund");
  g_assert_true (kai->opt_out_marked);
  g_assert_null (kai->opt_out);
  g_assert_cmpint (kai->opt_out_at, ==, g_date_time_to_unix (marked));
  /* Kai's "[stop]" of 2 March is after the marked one: the first pitch
   * after 3 Feb is the one of 9 March. */
  g_assert_true (kai->ignored_opt_out);
  assert_sent_at (kai->pitch_after_opt_out, "2025-03-09T09:00:00Z");
  g_assert_true (kai->flags & OG_FLAG_IGNORED_OPT_OUT);
}

static void
test_audit_a_reply_marked_sent_after_the_last_message_waits_for_the_next (void)
{
  g_autoptr(OgDataset) dataset = load_opt_outs ();
  g_autoptr(GHashTable) stop_requests = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(OgAudit) audit_ = NULL;
  g_autoptr(GDateTime) marked = g_date_time_new_utc (2025, 6, 1, 8, 0, 0);
  const OgContactAudit *ada;

  g_hash_table_insert (stop_requests, (char *)"linkedin.com/in/ada-quist",
                       g_memdup2 (&(gint64){ g_date_time_to_unix (marked) }, sizeof (gint64)));
  audit_ = og_audit_new_full (dataset, 60, label_by_tag, NULL, NULL,
                              &(OgAuditDecisions) { .stop_requests = stop_requests });
  ada = contact (audit_, "Ada Quist");

  /* Nothing came after it yet: not ignored, and no request is claimed
   * before its time. */
  g_assert_false (ada->ignored_opt_out);
  g_assert_cmpint (ada->opt_out_at, ==, OG_TIME_UNKNOWN);
}

static void
test_audit_a_message_leaning_to_pitch_counts_only_after_their_pitch (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv", CONNECTIONS
    CONNECTION ("Kai", "Sund", "kai-sund", "Sundberg AB", "01 Feb 2025")
    CONNECTION ("Ada", "Quist", "ada-quist", "Quist Partners", "01 Feb 2025"),
    "messages.csv", MESSAGES
    FROM_THEM ("2-k", "Kai Sund", "kai-sund", "2025-02-02 09:00:00 UTC", "[pitch] Our freight audit?")
    FROM_ME ("2-k", "Kai Sund", "kai-sund", "2025-02-02 10:00:00 UTC", "[stop] Please stop.")
    FROM_THEM ("2-k", "Kai Sund", "kai-sund", "2025-03-02 09:00:00 UTC", "[unsure] [leans] Since we last spoke...")
    FROM_THEM ("2-a", "Ada Quist", "ada-quist", "2025-02-02 09:00:00 UTC", "[unsure] [leans] Curious about your stack")
    FROM_ME ("2-a", "Ada Quist", "ada-quist", "2025-02-02 10:00:00 UTC", "Happy to chat")
    FROM_THEM ("2-a", "Ada Quist", "ada-quist", "2025-02-03 09:00:00 UTC", "[unsure] [leans] Great, Tuesday?"),
    NULL);
  g_autoptr(OgAudit) audit_ = audit (dataset, 60);
  const OgContactAudit *kai = contact (audit_, "Kai Sund");
  const OgContactAudit *ada = contact (audit_, "Ada Quist");

  /* After their pitch, a message the model leans to call a pitch is one... */
  g_assert_cmpuint (kai->pitches, ==, 2);
  g_assert_true (kai->ignored_opt_out);
  assert_sent_at (kai->pitch_after_opt_out, "2025-03-02T09:00:00Z");
  g_assert_true (og_audit_is_followup_pitch (audit_, kai->pitch_after_opt_out));
  /* ...and without one it stays unsure, never a pitch. */
  g_assert_cmpuint (ada->pitches, ==, 0);
  g_assert_null (ada->first_pitch);
  g_assert_cmpint (og_audit_get_label (audit_, ada->first_message), ==, OG_LABEL_UNSURE);
}

/* ---- what is excluded, and the network ------------------------------------------------------ */

static OgDataset *
load_mixed_network (void)
{
  return load (
    "Connections.csv", CONNECTIONS
    CONNECTION ("Ola", "Nord", "ola-nord", "Nordvik", "01 Feb 2025")
    CONNECTION ("Kai", "Sund", "kai-sund", "Sundberg AB", "01 Feb 2025")
    CONNECTION ("Eva", "Holm", "eva-holm", "Holmgren Data", "01 Feb 2025"),
    "messages.csv", MESSAGES
    "2-g,Planning,Ola Nord," URL ("ola-nord") ",\"Petra Vinter, Kai Sund\",\"" OWNER_URL "," URL ("kai-sund") "\",2025-02-02 10:00:00 UTC,,[pitch] Buy our planner,INBOX,false,false\n"
    "2-g,Planning,Kai Sund," URL ("kai-sund") ",\"Petra Vinter, Ola Nord\",\"" OWNER_URL "," URL ("ola-nord") "\",2025-02-02 11:00:00 UTC,,Lunch instead?,INBOX,false,false\n"
    FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2025-02-03 09:00:00 UTC", "Hi Petra, good to see you")
    FROM_ME ("2-o", "Ola Nord", "ola-nord", "2025-02-03 10:00:00 UTC", "Likewise!")
    "2-s,Sponsored Conversation,LinkedIn Member,,Petra Vinter," OWNER_URL ",2025-02-04 10:00:00 UTC,Grow,\"<p>Hi %FIRSTNAME%, [pitch] grow faster</p>\",INBOX,false,false\n"
    FROM_THEM ("2-e", "Eva Holm", "eva-holm", "2025-02-01 09:00:00 UTC", "[pitch] Demo?"),
    NULL);
}

static void
test_audit_group_threads_and_sponsored_messages_are_excluded_but_counted (void)
{
  g_autoptr(OgDataset) dataset = load_mixed_network ();
  Calls calls = { 0 };
  g_autoptr(OgAudit) audit_ = og_audit_new (dataset, 60, label_by_tag, opt_out_by_tag, &calls);
  const OgContactAudit *ola = contact (audit_, "Ola Nord");
  const OgContactAudit *kai = contact (audit_, "Kai Sund");

  g_assert_cmpuint (ola->messages_from_contact, ==, 1);
  g_assert_cmpuint (ola->pitches, ==, 0);
  g_assert_false (ola->pitch_first);
  g_assert_cmpuint (kai->messages_from_contact, ==, 0);
  g_assert_false (kai->has_rate);
  /* Only the two 1:1 messages were ever classified. */
  g_assert_cmpuint (calls.classify_calls, ==, 2);
  g_assert_cmpuint (og_audit_get_n_group_conversations (audit_), ==, 1);
  g_assert_cmpuint (og_audit_get_n_sponsored_messages (audit_), ==, 1);
}

static void
test_audit_summary_counts_what_the_contacts_show (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv", CONNECTIONS
    CONNECTION ("Ola", "Nord", "ola-nord", "Nordvik", "16 Dec 2024")
    CONNECTION ("Yuki", "Mori", "yuki-mori", "Morinaga", "05 Feb 2025")
    CONNECTION ("Sam", "Okoro", "sam-okoro", "Okoro Analytics", "05 Feb 2025")
    CONNECTION ("Rhea", "Das", "rhea-das", "Dasgupta Talent", "05 Feb 2025")
    CONNECTION ("Eva", "Holm", "eva-holm", "Holmgren Data", "05 Feb 2025"),
    "Invitations.csv", INVITATIONS INVITED_ME ("Ola Nord", "ola-nord", "12/15/24, 9:30 PM", "[pitch] Demo of our planner?"),
    "messages.csv", MESSAGES
    FROM_THEM ("2-n", "Ola Nord", "ola-nord", "2024-12-16 11:49:15 UTC", "[pitch] Demo of our planner?")
    FROM_THEM ("2-y", "Yuki Mori", "yuki-mori", "2025-02-05 14:00:00 UTC", "[pitch] Dashboards?")
    FROM_THEM ("2-s", "Sam Okoro", "sam-okoro", "2025-02-05 14:00:00 UTC", "Hello!")
    FROM_THEM ("2-s", "Sam Okoro", "sam-okoro", "2025-02-09 14:00:00 UTC", "[pitch] Dashboards?")
    FROM_THEM ("2-r", "Rhea Das", "rhea-das", "2025-02-05 14:00:00 UTC", "[recruiting] A role?"),
    NULL);
  g_autoptr(OgAudit) audit_ = audit (dataset, 60);

  g_assert_cmpuint (og_audit_get_threshold (audit_), ==, 60);
  g_assert_true (og_audit_get_dataset (audit_) == dataset);
  g_assert_cmpuint (og_audit_get_contacts (audit_)->len, ==, 5);
  g_assert_cmpuint (og_audit_get_n_pitch_first (audit_), ==, 2);          /* Ola, Yuki */
  g_assert_cmpuint (og_audit_get_n_within_threshold (audit_), ==, 1);     /* Ola */
  g_assert_cmpuint (og_audit_get_n_possibly_within_threshold (audit_), ==, 1); /* Yuki */
  g_assert_cmpuint (og_audit_get_n_contacts_who_pitched (audit_), ==, 3); /* Ola, Yuki, Sam */
  g_assert_cmpuint (og_audit_get_n_template_clusters (audit_), ==, 0);
  g_assert_cmpuint (og_audit_get_n_group_conversations (audit_), ==, 0);
  g_assert_cmpuint (og_audit_get_n_sponsored_messages (audit_), ==, 0);
}

static void
test_audit_pitch_rates_shrink_toward_the_network_and_intervals_hold_the_estimate (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv", CONNECTIONS
    CONNECTION ("Ola", "Nord", "ola-nord", "Nordvik", "01 Feb 2025")
    CONNECTION ("Kai", "Sund", "kai-sund", "Sundberg AB", "01 Feb 2025")
    CONNECTION ("Eva", "Holm", "eva-holm", "Holmgren Data", "01 Feb 2025")
    CONNECTION ("Tomas", "Ek", "tomas-ek", "Ekvall", "01 Feb 2025")
    CONNECTION ("Ines", "Abreu", "ines-abreu", "Abreu & Filhos", "01 Feb 2025")
    CONNECTION ("Lior", "Katz", "lior-katz", "Blue Heron", "01 Feb 2025"),
    "messages.csv", MESSAGES
    /* Ola 1 of 1, Kai 0 of 1, Eva 4 of 4, Tomas 0 of 4, Ines 1 of 3; Lior silent. */
    FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2025-02-02 09:00:00 UTC", "[pitch] a")
    FROM_THEM ("2-k", "Kai Sund", "kai-sund", "2025-02-02 09:00:00 UTC", "hello")
    FROM_THEM ("2-e", "Eva Holm", "eva-holm", "2025-02-02 09:00:00 UTC", "[pitch] a")
    FROM_THEM ("2-e", "Eva Holm", "eva-holm", "2025-02-03 09:00:00 UTC", "[pitch] b")
    FROM_THEM ("2-e", "Eva Holm", "eva-holm", "2025-02-04 09:00:00 UTC", "[pitch] c")
    FROM_THEM ("2-e", "Eva Holm", "eva-holm", "2025-02-05 09:00:00 UTC", "[pitch] d")
    FROM_THEM ("2-t", "Tomas Ek", "tomas-ek", "2025-02-02 09:00:00 UTC", "hello")
    FROM_THEM ("2-t", "Tomas Ek", "tomas-ek", "2025-02-03 09:00:00 UTC", "how are you")
    FROM_THEM ("2-t", "Tomas Ek", "tomas-ek", "2025-02-04 09:00:00 UTC", "lunch?")
    FROM_THEM ("2-t", "Tomas Ek", "tomas-ek", "2025-02-05 09:00:00 UTC", "see you")
    FROM_THEM ("2-i", "Ines Abreu", "ines-abreu", "2025-02-02 09:00:00 UTC", "[pitch] a")
    FROM_THEM ("2-i", "Ines Abreu", "ines-abreu", "2025-02-03 09:00:00 UTC", "hi")
    FROM_THEM ("2-i", "Ines Abreu", "ines-abreu", "2025-02-04 09:00:00 UTC", "ok"),
    NULL);
  g_autoptr(OgAudit) audit_ = audit (dataset, 60);
  GPtrArray *contacts = og_audit_get_contacts (audit_);
  const double pooled = 6.0 / 13.0;
  const OgContactAudit *ola = contact (audit_, "Ola Nord");
  const OgContactAudit *kai = contact (audit_, "Kai Sund");
  const OgContactAudit *eva = contact (audit_, "Eva Holm");
  const OgContactAudit *tomas = contact (audit_, "Tomas Ek");
  double alpha, beta;

  og_audit_get_prior (audit_, &alpha, &beta);
  g_assert_cmpfloat_with_epsilon (alpha / (alpha + beta), pooled, 1e-9);
  g_assert_cmpfloat (alpha, >=, 0.1);
  g_assert_cmpfloat (beta, >=, 0.1);

  /* Each estimate lies between the contact's raw rate and the network's. */
  g_assert_cmpfloat (ola->rate_estimate, <, 1.0);
  g_assert_cmpfloat (ola->rate_estimate, >, pooled);
  g_assert_cmpfloat (kai->rate_estimate, >, 0.0);
  g_assert_cmpfloat (kai->rate_estimate, <, pooled);
  /* More evidence, less shrinkage. */
  g_assert_cmpfloat (eva->rate_estimate, >, ola->rate_estimate);
  g_assert_cmpfloat (tomas->rate_estimate, <, kai->rate_estimate);

  for (guint i = 0; i < contacts->len; i++)
    {
      const OgContactAudit *c = g_ptr_array_index (contacts, i);

      if (!c->has_rate)
        {
          g_assert_cmpstr (c->person->name, ==, "Lior Katz");
          continue;
        }
      g_assert_cmpfloat (c->rate_low, <=, c->rate_estimate);
      g_assert_cmpfloat (c->rate_estimate, <=, c->rate_high);
      g_assert_cmpfloat (c->rate_low, >=, 0.0);
      g_assert_cmpfloat (c->rate_high, <=, 1.0);
      g_assert_cmpfloat (c->rate_high - c->rate_low, >, 0.05);
    }
}

static void
test_audit_contacts_sending_one_script_share_a_template_cluster (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv", CONNECTIONS
    CONNECTION ("Ola", "Nord", "ola-nord", "Nordvik", "01 Feb 2025")
    CONNECTION ("Kai", "Sund", "kai-sund", "Sundberg AB", "01 Feb 2025")
    CONNECTION ("Eva", "Holm", "eva-holm", "Holmgren Data", "01 Feb 2025")
    CONNECTION ("Tomas", "Ek", "tomas-ek", "Ekvall", "01 Feb 2025"),
    "messages.csv", MESSAGES
    FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2025-02-03 09:00:00 UTC",
               "[pitch] Hi Petra, at Nordvik we help freight teams cut cloud costs by 30% in 60 days without code changes. Worth a 20-minute call on Monday?")
    FROM_THEM ("2-k", "Kai Sund", "kai-sund", "2025-02-02 09:00:00 UTC",
               "[pitch] Hi Petra, at Sundberg AB we help freight teams cut cloud costs by 25% in 45 days without code changes. Worth a 15-minute call on Friday?")
    FROM_THEM ("2-e", "Eva Holm", "eva-holm", "2025-02-04 09:00:00 UTC",
               "[pitch] Hey Petra, at Holmgren Data we help freight teams cut cloud costs by 40% in 90 days without code changes. Worth a 30-minute call on Tuesday?")
    FROM_THEM ("2-t", "Tomas Ek", "tomas-ek", "2025-02-02 09:00:00 UTC",
               "Petra, it was wonderful to catch up at the conference in Lund last week, and thank you again for the book tip."),
    NULL);
  g_autoptr(OgAudit) audit_ = audit (dataset, 60);
  GPtrArray *templates = og_audit_get_templates (audit_);
  const OgTemplateCluster *cluster;

  g_assert_cmpuint (templates->len, ==, 1);
  cluster = og_audit_get_template (audit_, 1);
  g_assert_nonnull (cluster);
  g_assert_null (og_audit_get_template (audit_, 2));
  g_assert_cmpuint (cluster->n_senders, ==, 3);
  /* Kai sent it first. */
  g_assert_true (g_str_has_prefix (cluster->example, "[pitch] Hi Petra, at Sundberg AB"));

  g_assert_cmpint (contact (audit_, "Ola Nord")->template_cluster, ==, 1);
  g_assert_cmpint (contact (audit_, "Kai Sund")->template_cluster, ==, 1);
  g_assert_true (contact (audit_, "Eva Holm")->flags & OG_FLAG_TEMPLATE);
  g_assert_cmpint (contact (audit_, "Tomas Ek")->template_cluster, ==, -1);
  g_assert_null (contact (audit_, "Tomas Ek")->template_message);
  g_assert_cmpuint (og_audit_get_n_template_clusters (audit_), ==, 1);
}

static void
test_audit_names_verdicts_and_flags_as_the_report_spells_them (void)
{
  g_assert_cmpstr (og_verdict_to_string (OG_VERDICT_YES), ==, "yes");
  g_assert_cmpstr (og_verdict_to_string (OG_VERDICT_POSSIBLY), ==, "possibly");
  g_assert_cmpstr (og_verdict_to_string (OG_VERDICT_NO), ==, "no");
  g_assert_null (og_verdict_to_string (OG_VERDICT_UNKNOWN));

  g_assert_cmpstr (og_flag_to_string (OG_FLAG_PITCH_FIRST), ==, "pitch-first");
  g_assert_cmpstr (og_flag_to_string (OG_FLAG_FAST_PITCH), ==, "fast-pitch");
  g_assert_cmpstr (og_flag_to_string (OG_FLAG_POSSIBLY_FAST_PITCH), ==, "possibly-fast-pitch");
  g_assert_cmpstr (og_flag_to_string (OG_FLAG_PERSISTENT), ==, "persistent");
  g_assert_cmpstr (og_flag_to_string (OG_FLAG_IGNORED_OPT_OUT), ==, "ignored-opt-out");
  g_assert_cmpstr (og_flag_to_string (OG_FLAG_TEMPLATE), ==, "template");
  g_assert_null (og_flag_to_string (OG_FLAG_PITCH_FIRST | OG_FLAG_TEMPLATE));
}

static void
test_audit_releases_its_dataset_when_finalized (void)
{
  OgDataset *dataset = load (
    "Connections.csv", CONNECTIONS CONNECTION ("Ola", "Nord", "ola-nord", "Nordvik", "01 Feb 2025"),
    NULL);
  OgAudit *audit_ = audit (dataset, 60);

  g_assert_finalize_object (audit_);
  g_assert_finalize_object (dataset);
}

/* ---- the bundled sample ------------------------------------------------------------------------ */

typedef struct
{
  GHashTable *pitches; /* "person key\x1fISO time" of every first pitch */
} SampleTruth;

static char *
pitch_key (const OgPerson *person,
           gint64          at)
{
  g_autofree char *time = og_date_format_iso8601 (at);

  return g_strdup_printf ("%s\x1f%s", person->key, time);
}

static void
label_sample (const OgMessage *message,
              const OgPerson  *sender,
              OgAuditLabel    *result,
              gpointer         user_data)
{
  SampleTruth *truth = user_data;
  g_autofree char *key = NULL;

  if (sender == NULL)
    return;
  key = pitch_key (sender, message->sent_at);
  if (g_hash_table_contains (truth->pitches, key))
    result->label = OG_LABEL_PITCH;
}

static gboolean
same_tenths (double a,
             double b)
{
  char text_a[G_ASCII_DTOSTR_BUF_SIZE];
  char text_b[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (text_a, sizeof text_a, "%.1f", a);
  g_ascii_formatd (text_b, sizeof text_b, "%.1f", b);
  return strcmp (text_a, text_b) == 0;
}

static OgDataset *
load_sample (JsonParser **out_parser)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "..", "data", "sample", NULL);
  g_autofree char *expected = g_test_build_filename (G_TEST_DIST, "..", "data", "sample-expected.json", NULL);
  const char *sources[] = { folder, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  OgDataset *dataset;

  json_parser_load_from_file (parser, expected, &error);
  g_assert_no_error (error);

  dataset = og_import (sources, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  *out_parser = g_steal_pointer (&parser);
  return dataset;
}

typedef struct
{
  OgClassifier *classifier;
  guint         calls;
} OneByOne;

static void
label_one_by_one (const OgMessage *message,
                  const OgPerson  *sender,
                  OgAuditLabel    *result,
                  gpointer         user_data)
{
  OneByOne *asked = user_data;
  g_autoptr(OgClassification) classification = NULL;

  asked->calls++;
  classification = og_classifier_classify_for (asked->classifier, message->content,
                                               sender != NULL ? sender->key : NULL);
  result->label = classification->label;
  result->score = classification->score;
  result->bump = classification->bump;
  result->leans_pitch = classification->label == OG_LABEL_UNSURE && classification->best == OG_LABEL_PITCH;
}

static gboolean
opt_out_one_by_one (const OgMessage *message,
                    gpointer         user_data)
{
  OneByOne *asked = user_data;

  asked->calls++;
  return og_classifier_is_opt_out (asked->classifier, message->content, NULL, NULL);
}

static void
test_audit_classified_on_every_core_labels_as_one_message_at_a_time (void)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(OgDataset) dataset = load_sample (&parser);
  g_autoptr(OgClassifier) classifier = og_test_tiny_classifier ();
  OneByOne asked = { classifier, 0 };
  g_autoptr(OgAudit) together = og_audit_new_with_classifier (dataset, 60, classifier, NULL, OG_AUDIT_DEFAULT);
  g_autoptr(OgAudit) alone = og_audit_new (dataset, 60, label_one_by_one, opt_out_one_by_one, &asked);
  GPtrArray *messages = og_dataset_get_messages (dataset);

  /* The sample has enough messages for the work to be shared out (256 a thread). */
  g_assert_cmpuint (asked.calls, >=, 512);
  for (guint i = 0; i < messages->len; i++)
    {
      OgMessage *message = g_ptr_array_index (messages, i);

      g_assert_cmpint (og_audit_get_label (together, message), ==, og_audit_get_label (alone, message));
      g_assert_cmpint (og_audit_is_opt_out (together, message), ==, og_audit_is_opt_out (alone, message));
    }
}

static void
test_audit_sample_export_matches_what_it_was_built_to_contain (void)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(OgDataset) dataset = load_sample (&parser);
  g_autoptr(OgAudit) audit_ = NULL;
  g_autoptr(GHashTable) pitches = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  SampleTruth truth = { pitches };
  JsonObject *root = json_node_get_object (json_parser_get_root (parser));
  JsonArray *expected = json_object_get_array_member (root, "contacts");
  JsonObject *summary = json_object_get_object_member (json_object_get_object_member (root, "by_design"), "summary");
  guint mismatches = 0;

  /* A message is a pitch when the fixture says a contact's first pitch came then. */
  for (guint i = 0; i < json_array_get_length (expected); i++)
    {
      JsonObject *row = json_array_get_object_element (expected, i);
      g_autofree char *url = g_strconcat (URL (""), json_object_get_string_member (row, "slug"), NULL);
      OgPerson *person = og_dataset_lookup_person (dataset, url);
      OgDate date;

      g_assert_nonnull (person);
      if (json_object_get_null_member (row, "first_pitch_at"))
        continue;
      g_assert_true (og_date_parse (json_object_get_string_member (row, "first_pitch_at"), &date));
      g_hash_table_add (pitches, pitch_key (person, date.utc));
    }

  audit_ = og_audit_new (dataset, 60, label_sample, NULL, &truth);

  for (guint i = 0; i < json_array_get_length (expected); i++)
    {
      JsonObject *row = json_array_get_object_element (expected, i);
      g_autofree char *url = g_strconcat (URL (""), json_object_get_string_member (row, "slug"), NULL);
      const OgContactAudit *c = og_audit_lookup_contact (audit_, og_dataset_lookup_person (dataset, url));
      const char *name = json_object_get_string_member (row, "name");
      g_autofree char *first_pitch_at = c->first_pitch ? iso (c->first_pitch) : NULL;
      const char *verdict = og_verdict_to_string (c->within_threshold);
      const char *expected_verdict = json_object_get_null_member (row, "within_threshold")
                                     ? NULL : json_object_get_string_member (row, "within_threshold");

      g_assert_nonnull (c);

#define CHECK(condition, what) \
      if (!(condition)) { g_test_message ("%s: %s differs", name, what); mismatches++; }

      CHECK (c->messages_from_contact == (guint)json_object_get_int_member (row, "messages_from_contact"),
             "messages_from_contact");
      CHECK (c->pitch_first == json_object_get_boolean_member (row, "pitch_first"), "pitch_first");
      CHECK (g_strcmp0 (first_pitch_at, json_object_get_null_member (row, "first_pitch_at")
                                        ? NULL : json_object_get_string_member (row, "first_pitch_at")) == 0,
             "first_pitch_at");
      CHECK (g_strcmp0 (verdict, expected_verdict) == 0, "within_threshold");
      CHECK (c->unanswered_followups == (guint)json_object_get_int_member (row, "unanswered_followups"),
             "unanswered_followups");
      CHECK (g_strcmp0 (og_acceptance_source_to_string (c->person->acceptance.source),
                        json_object_get_string_member (json_object_get_object_member (row, "acceptance"), "source")) == 0,
             "acceptance source");

      if (json_object_get_null_member (row, "minutes_to_first_pitch"))
        {
          CHECK (!c->has_minutes, "minutes (expected none)");
        }
      else
        {
          JsonObject *minutes = json_object_get_object_member (row, "minutes_to_first_pitch");

          /* Both sides round to tenths the way printf does. */
          CHECK (c->has_minutes &&
                 same_tenths (c->minutes_min, json_object_get_double_member (minutes, "min")) &&
                 same_tenths (c->minutes_max, json_object_get_double_member (minutes, "max")),
                 "minutes_to_first_pitch");
        }
#undef CHECK
    }

  g_assert_cmpuint (mismatches, ==, 0);
  g_assert_cmpuint (og_audit_get_n_pitch_first (audit_), ==, json_object_get_int_member (summary, "pitch_first"));
  g_assert_cmpuint (og_audit_get_n_within_threshold (audit_), ==, json_object_get_int_member (summary, "within_threshold"));
  g_assert_cmpuint (og_audit_get_n_possibly_within_threshold (audit_), ==,
                    json_object_get_int_member (summary, "possibly_within_threshold"));
  g_assert_cmpuint (og_audit_get_n_contacts_who_pitched (audit_), ==, json_object_get_int_member (summary, "contacts_who_pitched"));
  g_assert_cmpuint (og_audit_get_n_template_clusters (audit_), ==, json_object_get_int_member (summary, "template_clusters"));
  g_assert_cmpuint (og_dataset_get_n_note_acceptances (dataset), ==, json_object_get_int_member (summary, "note_acceptances"));
  g_assert_cmpuint (og_audit_get_n_sponsored_messages (audit_), ==, 2);
  g_assert_cmpuint (og_audit_get_n_group_conversations (audit_), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/og/audit/pitch-inside-the-note-is-pitch-first-at-zero-minutes",
                   test_audit_pitch_inside_the_note_is_pitch_first_at_zero_minutes);
  g_test_add_func ("/og/audit/friendly-note-then-a-pitch-four-minutes-later-is-pitch-first-and-fast",
                   test_audit_friendly_note_then_a_pitch_four_minutes_later_is_pitch_first_and_fast);
  g_test_add_func ("/og/audit/the-owners-own-note-is-not-the-contacts-first-message",
                   test_audit_the_owners_own_note_is_not_the_contacts_first_message);
  g_test_add_func ("/og/audit/a-note-re-emitted-weeks-after-the-invitation-dates-acceptance",
                   test_audit_a_note_re_emitted_weeks_after_the_invitation_dates_acceptance);
  g_test_add_func ("/og/audit/acceptance-near-midnight-utc-uses-the-invitation-to-narrow-the-day",
                   test_audit_acceptance_near_midnight_utc_uses_the_invitation_to_narrow_the_day);
  g_test_add_func ("/og/audit/pacific-sent-at-is-read-across-the-spring-switch",
                   test_audit_pacific_sent_at_is_read_across_the_spring_switch);
  g_test_add_func ("/og/audit/pacific-sent-at-is-read-across-the-autumn-switch",
                   test_audit_pacific_sent_at_is_read_across_the_autumn_switch);
  g_test_add_func ("/og/audit/a-day-only-acceptance-gives-possibly-that-day-and-no-later",
                   test_audit_a_day_only_acceptance_gives_possibly_that_day_and_no_later);
  g_test_add_func ("/og/audit/minute-precision-of-2018-widens-the-interval-both-ways",
                   test_audit_minute_precision_of_2018_widens_the_interval_both_ways);
  g_test_add_func ("/og/audit/minute-precision-can-only-say-possibly-at-a-threshold-inside-it",
                   test_audit_minute_precision_can_only_say_possibly_at_a_threshold_inside_it);
  g_test_add_func ("/og/audit/unknown-acceptance-gives-no-minutes-and-no-verdict",
                   test_audit_unknown_acceptance_gives_no_minutes_and_no_verdict);
  g_test_add_func ("/og/audit/a-pitch-before-acceptance-is-not-the-first-pitch",
                   test_audit_a_pitch_before_acceptance_is_not_the_first_pitch);
  g_test_add_func ("/og/audit/unsure-never-counts-as-a-pitch", test_audit_unsure_never_counts_as_a_pitch);
  g_test_add_func ("/og/audit/recruiting-is-not-a-pitch", test_audit_recruiting_is_not_a_pitch);
  g_test_add_func ("/og/audit/classifies-each-counted-message-once-and-asks-only-about-owner-messages",
                   test_audit_classifies_each_counted_message_once_and_asks_only_about_owner_messages);
  g_test_add_func ("/og/audit/without-callbacks-finds-no-pitches-but-still-counts",
                   test_audit_without_callbacks_finds_no_pitches_but_still_counts);
  g_test_add_func ("/og/audit/an-owner-reply-breaks-a-follow-up-run", test_audit_an_owner_reply_breaks_a_follow_up_run);
  g_test_add_func ("/og/audit/a-bump-of-an-unanswered-pitch-is-a-pitch",
                   test_audit_a_bump_of_an_unanswered_pitch_is_a_pitch);
  g_test_add_func ("/og/audit/one-text-from-two-people-follows-a-correction-for-one-of-them",
                   test_audit_one_text_from_two_people_follows_a_correction_for_one_of_them);
  g_test_add_func ("/og/audit/classified-on-every-core-labels-as-one-message-at-a-time",
                   test_audit_classified_on_every_core_labels_as_one_message_at_a_time);
  g_test_add_func ("/og/audit/options-count-recruiting-as-pitches-only-when-asked",
                   test_audit_options_count_recruiting_as_pitches_only_when_asked);
  g_test_add_func ("/og/audit/an-owner-draft-does-not-break-a-follow-up-run",
                   test_audit_an_owner_draft_does_not_break_a_follow_up_run);
  g_test_add_func ("/og/audit/follow-ups-are-counted-across-all-threads-with-the-contact",
                   test_audit_follow_ups_are_counted_across_all_threads_with_the_contact);
  g_test_add_func ("/og/audit/an-opt-out-followed-by-silence-is-respected",
                   test_audit_an_opt_out_followed_by_silence_is_respected);
  g_test_add_func ("/og/audit/a-pitch-after-an-opt-out-is-ignoring-it", test_audit_a_pitch_after_an_opt_out_is_ignoring_it);
  g_test_add_func ("/og/audit/a-reply-marked-sent-asks-them-to-stop-from-that-moment",
                   test_audit_a_reply_marked_sent_asks_them_to_stop_from_that_moment);
  g_test_add_func ("/og/audit/a-reply-marked-sent-after-the-last-message-waits-for-the-next",
                   test_audit_a_reply_marked_sent_after_the_last_message_waits_for_the_next);
  g_test_add_func ("/og/audit/a-message-leaning-to-pitch-counts-only-after-their-pitch",
                   test_audit_a_message_leaning_to_pitch_counts_only_after_their_pitch);
  g_test_add_func ("/og/audit/group-threads-and-sponsored-messages-are-excluded-but-counted",
                   test_audit_group_threads_and_sponsored_messages_are_excluded_but_counted);
  g_test_add_func ("/og/audit/summary-counts-what-the-contacts-show", test_audit_summary_counts_what_the_contacts_show);
  g_test_add_func ("/og/audit/pitch-rates-shrink-toward-the-network-and-intervals-hold-the-estimate",
                   test_audit_pitch_rates_shrink_toward_the_network_and_intervals_hold_the_estimate);
  g_test_add_func ("/og/audit/contacts-sending-one-script-share-a-template-cluster",
                   test_audit_contacts_sending_one_script_share_a_template_cluster);
  g_test_add_func ("/og/audit/names-verdicts-and-flags-as-the-report-spells-them",
                   test_audit_names_verdicts_and_flags_as_the_report_spells_them);
  g_test_add_func ("/og/audit/releases-its-dataset-when-finalized", test_audit_releases_its_dataset_when_finalized);
  g_test_add_func ("/og/audit/sample-export-matches-what-it-was-built-to-contain",
                   test_audit_sample_export_matches_what_it_was_built_to_contain);

  return g_test_run ();
}
