/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The audit report: the JSON object of DESIGN §4, its CSV and its text, and
 * the dataset-only report that comes before any audit. */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "og-audit.h"
#include "og-importer.h"
#include "og-report.h"

#include "og-test-export.h"
#include "og-test-util.h"

static OgDataset *
load_sample (void)
{
  static const char connections[] =
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Ola,Nord,https://www.linkedin.com/in/ola-nord,,Nordvik,Sales,16 Dec 2024\n"
    "Kai,Sund,,,,,\n"
    ",,,,,,02 Jun 2022\n";
  static const char invitations[] =
    "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
    "Ola Nord,Petra Vinter,\"12/15/24, 9:30 PM\",Hi Petra!,INCOMING,https://www.linkedin.com/in/ola-nord," OWNER_URL "\n";
  static const char messages[] =
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n"
    "2-n,,Ola Nord,https://www.linkedin.com/in/ola-nord,Petra Vinter," OWNER_URL ",2024-12-16 12:04:58 UTC,,Demo?,INBOX,false,false\n"
    "2-n,,Ola Nord,https://www.linkedin.com/in/ola-nord,Petra Vinter," OWNER_URL ",2024-12-16 11:49:15 UTC,,Hi Petra!,INBOX,false,false\n"
    "2-n,,Petra Vinter," OWNER_URL ",Ola Nord,https://www.linkedin.com/in/ola-nord,,,draft,,true,false\n";
  const struct { const char *name; const char *text; } files[] = {
    { "Connections.csv", connections }, { "Invitations.csv", invitations }, { "messages.csv", messages },
  };
  g_autoptr(OgDataset) dataset = og_dataset_new ();

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (files[i].text, -1, NULL);
      g_autoptr(GError) error = NULL;

      og_import_stream (dataset, stream, files[i].name, OG_FILE_KIND_UNKNOWN, NULL, &error);
      g_assert_no_error (error);
    }
  og_dataset_finish (dataset);
  return g_steal_pointer (&dataset);
}

static JsonObject *
parse_report (OgDataset *dataset,
              JsonNode **out_root)
{
  g_autofree char *text = og_report_to_json (dataset, 45);
  g_autoptr(GError) error = NULL;
  JsonNode *root = json_from_string (text, &error);

  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  *out_root = root;
  return json_node_get_object (root);
}

static void
test_report_prints_version_threshold_and_owner (void)
{
  g_autoptr(OgDataset) dataset = load_sample ();
  g_autoptr(JsonNode) root = NULL;
  JsonObject *report = parse_report (dataset, &root);
  JsonObject *owner = json_object_get_object_member (report, "owner");

  g_assert_cmpint (json_object_get_int_member (report, "version"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (report, "threshold_minutes"), ==, 45);
  g_assert_cmpstr (json_object_get_string_member (owner, "name"), ==, "Petra Vinter");
  g_assert_cmpstr (json_object_get_string_member (owner, "profile_url"), ==, OWNER_URL);
}

static void
test_report_counts_the_summary_as_defined (void)
{
  g_autoptr(OgDataset) dataset = load_sample ();
  g_autoptr(JsonNode) root = NULL;
  JsonObject *report = parse_report (dataset, &root);
  JsonObject *summary = json_object_get_object_member (report, "summary");

  g_assert_cmpint (json_object_get_int_member (summary, "connections"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (summary, "hidden_connections"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (summary, "messages"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (summary, "invitations"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (summary, "note_acceptances"), ==, 1);
}

static void
test_report_gives_each_contact_identity_and_acceptance (void)
{
  g_autoptr(OgDataset) dataset = load_sample ();
  g_autoptr(JsonNode) root = NULL;
  JsonObject *report = parse_report (dataset, &root);
  JsonArray *contacts = json_object_get_array_member (report, "contacts");
  JsonObject *ola = json_array_get_object_element (contacts, 0);
  JsonObject *kai = json_array_get_object_element (contacts, 1);
  JsonObject *acceptance = json_object_get_object_member (ola, "acceptance");

  g_assert_cmpuint (json_array_get_length (contacts), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (ola, "name"), ==, "Ola Nord");
  g_assert_cmpstr (json_object_get_string_member (ola, "profile_url"), ==, "https://www.linkedin.com/in/ola-nord");
  g_assert_cmpstr (json_object_get_string_member (ola, "company"), ==, "Nordvik");
  g_assert_cmpstr (json_object_get_string_member (ola, "position"), ==, "Sales");
  g_assert_cmpstr (json_object_get_string_member (ola, "connected_on"), ==, "2024-12-16");
  g_assert_cmpstr (json_object_get_string_member (acceptance, "earliest"), ==, "2024-12-16T11:49:15Z");
  g_assert_cmpstr (json_object_get_string_member (acceptance, "latest"), ==, "2024-12-16T11:49:15Z");
  g_assert_cmpstr (json_object_get_string_member (acceptance, "source"), ==, "invitation-note");
  g_assert_cmpint (json_object_get_int_member (ola, "messages_from_contact"), ==, 2);

  /* What the data does not give is null, never invented. */
  g_assert_true (json_object_get_null_member (kai, "profile_url"));
  g_assert_true (json_object_get_null_member (kai, "connected_on"));
  acceptance = json_object_get_object_member (kai, "acceptance");
  g_assert_true (json_object_get_null_member (acceptance, "earliest"));
  g_assert_cmpstr (json_object_get_string_member (acceptance, "source"), ==, "unknown");
}

static void
test_report_lists_warnings_with_file_and_line (void)
{
  g_autoptr(OgDataset) dataset = load_sample ();
  g_autoptr(JsonNode) root = NULL;
  JsonObject *report = parse_report (dataset, &root);
  JsonArray *warnings = json_object_get_array_member (report, "warnings");
  gboolean found = FALSE;

  for (guint i = 0; i < json_array_get_length (warnings); i++)
    {
      JsonObject *warning = json_array_get_object_element (warnings, i);

      if (g_strcmp0 (json_object_get_string_member (warning, "file"), "Connections.csv") == 0 &&
          json_object_get_int_member (warning, "line") == 3)
        found = TRUE;
    }
  g_assert_true (found);
}

static void
test_report_text_summary_names_the_owner_and_counts (void)
{
  g_autoptr(OgDataset) dataset = load_sample ();
  g_autofree char *text = og_report_to_text (dataset, 60);

  g_assert_nonnull (strstr (text, "Petra Vinter"));
  g_assert_nonnull (strstr (text, "Connections: 2"));
  g_assert_nonnull (strstr (text, "Messages: 2"));
}

/* ---- the audit report ------------------------------------------------------------------ */

#define SCRIPT(company) \
  "[pitch] Hi Petra, at " company " we help freight teams cut cloud costs by a third in 60 days without code changes. Worth a 20-minute call?"

/* "[stop]" asks to stop; og_test_label_by_tag() reads the labels. */
static gboolean
opt_out_by_tag (const OgMessage *message,
                gpointer         user_data)
{
  return message->content != NULL && strstr (message->content, "[stop]") != NULL;
}

static OgDataset *
load_files (const char *connections,
            const char *invitations,
            const char *messages)
{
  static const char profile[] =
    "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
    "Petra,Vinter,,,,Buyer,,,,,,,\n";
  const struct { const char *name; const char *text; } files[] = {
    { "Profile.csv", profile }, { "Connections.csv", connections },
    { "Invitations.csv", invitations }, { "messages.csv", messages },
  };
  g_autoptr(OgDataset) dataset = og_dataset_new ();

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GInputStream) stream = NULL;
      g_autoptr(GError) error = NULL;

      if (files[i].text == NULL)
        continue;
      stream = g_memory_input_stream_new_from_data (files[i].text, -1, NULL);
      og_import_stream (dataset, stream, files[i].name, og_file_kind_from_name (files[i].name), NULL, &error);
      g_assert_no_error (error);
    }
  og_dataset_finish (dataset);
  return g_steal_pointer (&dataset);
}

/* One of everything the report can say. */
static OgAudit *
load_audit (void)
{
  static const char connections[] =
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    CONNECTION ("Ola", "Nord", "ola-nord", "Nordvik", "16 Dec 2024")
    CONNECTION ("Kai", "Sund", "kai-sund", "Sundberg AB", "01 Feb 2025")
    CONNECTION ("Eva", "Holm", "eva-holm", "Holmgren Data", "01 Feb 2025")
    CONNECTION ("Tomas", "Ek", "tomas-ek", "Ekvall", "01 Feb 2025")
    CONNECTION ("Ines", "Abreu", "ines-abreu", "Abreu Lda", "01 Feb 2025")
    CONNECTION ("Lior", "Katz", "lior-katz", "Blue Heron", "01 Feb 2025")
    CONNECTION ("Yuki", "Mori", "yuki-mori", "Morinaga", "05 Feb 2025")
    CONNECTION ("Sam", "Okoro", "sam-okoro", "=HYPERLINK(\"\"http://example.com\"\")", "05 Feb 2025")
    "Bram,Visser," URL ("bram-visser") ",,Visser Digital,CEO,\n"
    CONNECTION ("Nell", "Frost", "nell-frost", "Frostline", "16 Dec 2024");
  static const char invitations[] =
    "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
    "Ola Nord,Petra Vinter,\"12/15/24, 9:30 PM\",Great to meet you at the expo!,INCOMING," URL ("ola-nord") "," OWNER_URL "\n"
    "Nell Frost,Petra Vinter,\"12/15/24, 9:30 PM\",Hello Petra,INCOMING," URL ("nell-frost") "," OWNER_URL "\n";
  static const char messages[] =
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n"
    FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2024-12-16 11:49:15 UTC", "Great to meet you at the expo!")
    FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2024-12-16 11:53:15 UTC", "[pitch] Unique pitch words: zebra quartz lantern")
    FROM_THEM ("2-n", "Nell Frost", "nell-frost", "2024-12-16 11:49:15 UTC", "Hello Petra")
    FROM_THEM ("2-n", "Nell Frost", "nell-frost", "2024-12-16 12:04:57 UTC", "[pitch] A demo?")
    FROM_THEM ("2-k", "Kai Sund", "kai-sund", "2025-02-02 09:00:00 UTC", "[pitch] Demo?")
    FROM_THEM ("2-k", "Kai Sund", "kai-sund", "2025-02-03 09:00:00 UTC", "[pitch] Bump")
    FROM_THEM ("2-k", "Kai Sund", "kai-sund", "2025-02-04 09:00:00 UTC", "[pitch] Bump")
    FROM_THEM ("2-k", "Kai Sund", "kai-sund", "2025-02-05 09:00:00 UTC", "[pitch] Bump")
    FROM_THEM ("2-e", "Eva Holm", "eva-holm", "2025-02-10 09:00:00 UTC", "[pitch] Demo?")
    FROM_ME ("2-e", "Eva Holm", "eva-holm", "2025-03-02 09:00:00 UTC", "[stop] Please remove me from your list.")
    FROM_THEM ("2-e", "Eva Holm", "eva-holm", "2025-03-09 09:00:00 UTC", "[pitch] One more offer")
    FROM_THEM ("2-t", "Tomas Ek", "tomas-ek", "2025-02-11 09:00:00 UTC", SCRIPT ("Ekvall"))
    FROM_THEM ("2-i", "Ines Abreu", "ines-abreu", "2025-02-12 09:00:00 UTC", SCRIPT ("Abreu Lda"))
    FROM_THEM ("2-l", "Lior Katz", "lior-katz", "2025-02-13 09:00:00 UTC", SCRIPT ("Blue Heron"))
    FROM_THEM ("2-y", "Yuki Mori", "yuki-mori", "2025-02-05 14:00:00 UTC", "[pitch] Dashboards?")
    FROM_THEM ("2-b", "Bram Visser", "bram-visser", "2025-02-05 14:00:00 UTC", "[pitch] Websites?");
  g_autoptr(OgDataset) dataset = load_files (connections, invitations, messages);

  return og_audit_new (dataset, 60, og_test_label_by_tag, opt_out_by_tag, NULL);
}

static JsonObject *
parse_audit (OgAudit   *audit,
             JsonNode **out_root,
             char     **out_text)
{
  g_autofree char *text = og_report_audit_to_json (audit);
  g_autoptr(GError) error = NULL;
  JsonNode *root = json_from_string (text, &error);

  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  *out_root = root;
  if (out_text != NULL)
    *out_text = g_steal_pointer (&text);
  return json_node_get_object (root);
}

static JsonObject *
contact_named (JsonObject *report,
               const char *name)
{
  JsonArray *contacts = json_object_get_array_member (report, "contacts");

  for (guint i = 0; i < json_array_get_length (contacts); i++)
    {
      JsonObject *contact = json_array_get_object_element (contacts, i);

      if (g_strcmp0 (json_object_get_string_member (contact, "name"), name) == 0)
        return contact;
    }
  g_error ("no contact %s in the report", name);
  return NULL;
}

static gboolean
has_flag (JsonObject *contact,
          const char *flag)
{
  JsonArray *flags = json_object_get_array_member (contact, "flags");

  for (guint i = 0; i < json_array_get_length (flags); i++)
    if (g_strcmp0 (json_array_get_string_element (flags, i), flag) == 0)
      return TRUE;
  return FALSE;
}

static void
test_report_audit_json_summary_has_every_design_key_and_the_two_extras (void)
{
  g_autoptr(OgAudit) audit = load_audit ();
  g_autoptr(JsonNode) root = NULL;
  JsonObject *report = parse_audit (audit, &root, NULL);
  JsonObject *summary = json_object_get_object_member (report, "summary");
  const char * const keys[] = {
    "connections", "hidden_connections", "messages", "invitations", "note_acceptances", "pitch_first",
    "within_threshold", "possibly_within_threshold", "contacts_who_pitched", "template_clusters",
    "group_conversations", "sponsored_messages",
  };

  g_assert_cmpint (json_object_get_int_member (report, "version"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (report, "threshold_minutes"), ==, 60);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_true (json_object_has_member (summary, keys[i]));
  g_assert_cmpuint (json_object_get_size (summary), ==, G_N_ELEMENTS (keys));

  g_assert_cmpint (json_object_get_int_member (summary, "connections"), ==, 10);
  g_assert_cmpint (json_object_get_int_member (summary, "note_acceptances"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (summary, "within_threshold"), ==, 2);      /* Ola, Nell */
  g_assert_cmpint (json_object_get_int_member (summary, "possibly_within_threshold"), ==, 1); /* Yuki */
  g_assert_cmpint (json_object_get_int_member (summary, "template_clusters"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (summary, "contacts_who_pitched"), ==, 9);
  g_assert_true (json_object_has_member (report, "warnings"));
}

static void
test_report_audit_json_gives_every_contact_field (void)
{
  g_autoptr(OgAudit) audit = load_audit ();
  g_autoptr(JsonNode) root = NULL;
  JsonObject *report = parse_audit (audit, &root, NULL);
  JsonObject *ola = contact_named (report, "Ola Nord");
  JsonObject *rate = json_object_get_object_member (ola, "pitch_rate");
  JsonObject *minutes = json_object_get_object_member (ola, "minutes_to_first_pitch");
  const char * const keys[] = {
    "name", "profile_url", "company", "position", "connected_on", "acceptance", "messages_from_contact",
    "pitches", "recruiting", "pitch_rate", "pitch_first", "first_pitch_at", "minutes_to_first_pitch",
    "within_threshold", "unanswered_followups", "ignored_opt_out", "template_cluster", "flags", "evidence",
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_true (json_object_has_member (ola, keys[i]));

  g_assert_cmpint (json_object_get_int_member (ola, "messages_from_contact"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (ola, "pitches"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (ola, "recruiting"), ==, 0);
  g_assert_cmpfloat (json_object_get_double_member (rate, "low"), <=, json_object_get_double_member (rate, "estimate"));
  g_assert_cmpfloat (json_object_get_double_member (rate, "estimate"), <=, json_object_get_double_member (rate, "high"));
  /* Her friendly note does not count: the pitch after it is her first message. */
  g_assert_true (json_object_get_boolean_member (ola, "pitch_first"));
  g_assert_cmpstr (json_object_get_string_member (ola, "first_pitch_at"), ==, "2024-12-16T11:53:15Z");
  g_assert_cmpfloat (json_object_get_double_member (minutes, "min"), ==, 4.0);
  g_assert_cmpfloat (json_object_get_double_member (minutes, "max"), ==, 4.0);
  g_assert_cmpstr (json_object_get_string_member (ola, "within_threshold"), ==, "yes");
  g_assert_true (has_flag (ola, "fast-pitch"));
  g_assert_true (has_flag (ola, "pitch-first"));
  g_assert_true (json_object_get_null_member (ola, "template_cluster"));
  g_assert_false (json_object_get_boolean_member (ola, "ignored_opt_out"));
}

static void
test_report_audit_json_prints_minutes_rounded_to_tenths_and_short (void)
{
  g_autoptr(OgAudit) audit = load_audit ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  JsonObject *report = parse_audit (audit, &root, &text);
  JsonObject *nell = contact_named (report, "Nell Frost");
  JsonObject *minutes = json_object_get_object_member (nell, "minutes_to_first_pitch");

  /* 942 seconds: 15.7 minutes, printed as people write it. */
  g_assert_cmpfloat (json_object_get_double_member (minutes, "min"), ==, 15.7);
  g_assert_nonnull (strstr (text, "\"min\": 15.7,"));
  g_assert_null (strstr (text, "15.69999"));
  g_assert_nonnull (strstr (text, "\"min\": 4.0,"));
}

static void
test_report_audit_json_says_null_for_what_the_data_cannot_support (void)
{
  g_autoptr(OgAudit) audit = load_audit ();
  g_autoptr(JsonNode) root = NULL;
  JsonObject *report = parse_audit (audit, &root, NULL);
  JsonObject *bram = contact_named (report, "Bram Visser");
  JsonObject *sam = contact_named (report, "Sam Okoro");

  /* Unknown acceptance: a pitch, but no minutes and no verdict. */
  g_assert_cmpstr (json_object_get_string_member (bram, "first_pitch_at"), ==, "2025-02-05T14:00:00Z");
  g_assert_true (json_object_get_null_member (bram, "minutes_to_first_pitch"));
  g_assert_true (json_object_get_null_member (bram, "within_threshold"));
  g_assert_true (json_object_get_boolean_member (bram, "pitch_first"));

  /* Silent: no rate to estimate, no pitch. */
  g_assert_true (json_object_get_null_member (sam, "pitch_rate"));
  g_assert_true (json_object_get_null_member (sam, "first_pitch_at"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (sam, "flags")), ==, 0);
  g_assert_cmpuint (json_object_get_size (json_object_get_object_member (sam, "evidence")), ==, 0);
}

static void
test_report_audit_json_evidence_names_messages_but_never_their_text (void)
{
  g_autoptr(OgAudit) audit = load_audit ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  JsonObject *report = parse_audit (audit, &root, &text);
  JsonObject *eva = json_object_get_object_member (contact_named (report, "Eva Holm"), "evidence");
  JsonObject *kai = json_object_get_object_member (contact_named (report, "Kai Sund"), "evidence");
  JsonObject *ola = json_object_get_object_member (contact_named (report, "Ola Nord"), "evidence");
  JsonObject *run = json_object_get_object_member (kai, "followup_run");

  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (eva, "opt_out"), "at"), ==,
                   "2025-03-02T09:00:00Z");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (eva, "pitch_after_opt_out"), "conversation_id"),
                   ==, "2-e");
  g_assert_true (has_flag (contact_named (report, "Eva Holm"), "ignored-opt-out"));

  g_assert_cmpstr (json_object_get_string_member (run, "from"), ==, "2025-02-02T09:00:00Z");
  g_assert_cmpint (json_object_get_int_member (run, "count"), ==, 3);
  g_assert_true (has_flag (contact_named (report, "Kai Sund"), "persistent"));

  /* Ola's friendly note does not count: her first message is the pitch after it. */
  g_assert_false (json_object_has_member (ola, "first_message"));
  g_assert_false (json_object_get_boolean_member (json_object_get_object_member (ola, "first_pitch"), "invitation_note"));

  g_assert_null (strstr (text, "zebra quartz lantern"));
  g_assert_null (strstr (text, "remove me from your list"));
}

static void
test_report_audit_json_lists_template_clusters_with_an_example (void)
{
  g_autoptr(OgAudit) audit = load_audit ();
  g_autoptr(JsonNode) root = NULL;
  JsonObject *report = parse_audit (audit, &root, NULL);
  JsonArray *templates = json_object_get_array_member (report, "templates");
  JsonObject *cluster;

  g_assert_cmpuint (json_array_get_length (templates), ==, 1);
  cluster = json_array_get_object_element (templates, 0);
  g_assert_cmpint (json_object_get_int_member (cluster, "id"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (cluster, "senders"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (cluster, "messages"), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (cluster, "example"), ==, SCRIPT ("Ekvall"));
  g_assert_cmpint (json_object_get_int_member (contact_named (report, "Ines Abreu"), "template_cluster"), ==, 1);
  g_assert_true (has_flag (contact_named (report, "Lior Katz"), "template"));
}

static void
test_report_audit_json_escapes_what_it_quotes (void)
{
  static const char connections[] =
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Ola,\"Nord \"\"the Closer\"\"\"," URL ("ola-nord") ",,\"Tab\there\\Back\",Sales,16 Dec 2024\n";
  g_autoptr(OgDataset) dataset = load_files (connections, NULL, NULL);
  g_autoptr(OgAudit) audit = og_audit_new (dataset, 60, NULL, NULL, NULL);
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  JsonObject *report = parse_audit (audit, &root, &text);
  JsonObject *ola = json_array_get_object_element (json_object_get_array_member (report, "contacts"), 0);

  g_assert_cmpstr (json_object_get_string_member (ola, "name"), ==, "Ola Nord \"the Closer\"");
  g_assert_cmpstr (json_object_get_string_member (ola, "company"), ==, "Tab\there\\Back");
  g_assert_nonnull (strstr (text, "\"Tab\\there\\\\Back\""));
}

static void
test_report_audit_csv_has_a_row_per_contact_with_every_field (void)
{
  g_autoptr(OgAudit) audit = load_audit ();
  g_autofree char *csv = og_report_audit_to_csv (audit);
  g_auto(GStrv) lines = g_strsplit (csv, "\r\n", -1);
  g_auto(GStrv) header = g_strsplit (lines[0], ",", -1);
  gboolean found_ola = FALSE;

  /* A header, ten contacts, and the empty piece after the final CRLF. */
  g_assert_cmpuint (g_strv_length (lines), ==, 12);
  g_assert_cmpuint (g_strv_length (header), ==, 24);
  g_assert_cmpstr (header[0], ==, "name");
  g_assert_cmpstr (header[18], ==, "within_threshold");
  g_assert_cmpstr (header[23], ==, "flags");

  for (guint i = 1; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "Ola Nord,"))
      {
        found_ola = TRUE;
        g_assert_nonnull (strstr (lines[i], ",true,2024-12-16T11:53:15Z,4.0,4.0,yes,0,false,,,pitch-first fast-pitch"));
      }
  g_assert_true (found_ola);
  g_assert_nonnull (strstr (csv, ",true,2025-02-05T14:00:00Z,,,,0,false,,,pitch-first\r\n"));
}

static void
test_report_audit_csv_neutralises_formula_cells (void)
{
  g_autoptr(OgAudit) audit = load_audit ();
  g_autofree char *csv = og_report_audit_to_csv (audit);

  g_assert_nonnull (strstr (csv, ",\"'=HYPERLINK(\"\"http://example.com\"\")\","));
  g_assert_null (strstr (csv, ",=HYPERLINK"));
}

static void
test_report_audit_text_lists_flagged_contacts_fastest_first_in_plain_sentences (void)
{
  g_autoptr(OgAudit) audit = load_audit ();
  g_autofree char *text = og_report_audit_to_text (audit);
  const char *ola = strstr (text, "\nOla Nord");
  const char *nell = strstr (text, "\nNell Frost");
  const char *yuki = strstr (text, "\nYuki Mori");
  const char *bram = strstr (text, "\nBram Visser");

  g_assert_nonnull (strstr (text, "Petra Vinter"));
  g_assert_nonnull (strstr (text, "Connections: 10"));
  g_assert_nonnull (strstr (text, "Pitched 4 minutes after you accepted their invitation"));
  g_assert_nonnull (strstr (text, "Pitched 15.7 minutes after you accepted their invitation"));
  g_assert_nonnull (strstr (text, "Pitched on the day you connected; the data cannot tell whether within 60 minutes"));
  g_assert_nonnull (strstr (text, "Followed up 3 times without an answer"));
  g_assert_nonnull (strstr (text, "Pitched again after you asked them to stop on 2025-03-02"));
  g_assert_nonnull (strstr (text, "Sent the same script as 2 other people"));
  g_assert_nonnull (strstr (text, "Their first message after connecting was a pitch"));
  g_assert_nonnull (strstr (text, "Script 1 — sent by 3 people in 3 messages, first on 2025-02-11"));

  /* Fastest first; a pitch of unknown speed last. */
  g_assert_nonnull (ola);
  g_assert_true (ola < nell);
  g_assert_true (nell < yuki);
  g_assert_true (yuki < bram);
  /* Sam was never flagged. */
  g_assert_null (strstr (text, "\nSam Okoro"));
}

static void
test_report_audit_text_keeps_terminal_control_characters_out (void)
{
  static const char connections[] =
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "\"Ola\x1b[31m\",Nord," URL ("ola-nord") ",,\"Acme\x1b]0;owned\x07\",Sales,05 Feb 2025\n";
  static const char messages[] =
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n"
    FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2025-02-05 14:00:00 UTC", "[pitch] Demo?");
  g_autoptr(OgDataset) dataset = load_files (connections, NULL, messages);
  g_autoptr(OgAudit) audit = og_audit_new (dataset, 60, og_test_label_by_tag, NULL, NULL);
  g_autofree char *text = og_report_audit_to_text (audit);

  g_assert_nonnull (strstr (text, "Ola [31m Nord"));
  g_assert_null (strchr (text, '\x1b'));
  g_assert_null (strchr (text, '\x07'));
}

static void
test_report_audit_text_says_so_when_nobody_was_flagged (void)
{
  g_autoptr(OgDataset) dataset = load_sample ();
  g_autoptr(OgAudit) audit = og_audit_new (dataset, 60, NULL, NULL, NULL);
  g_autofree char *text = og_report_audit_to_text (audit);

  g_assert_nonnull (strstr (text, "No contact was flagged."));
  g_assert_null (strstr (text, "Shared scripts ("));
}

static void
test_report_queue_csv_lists_the_decided_and_neutralises_formulas (void)
{
  g_autoptr(OgAudit) audit = load_audit ();
  g_autoptr(GHashTable) decisions = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *queue = NULL;
  g_autofree char *everyone = NULL;
  g_auto(GStrv) lines = NULL;

  g_hash_table_insert (decisions, (gpointer)"linkedin.com/in/sam-okoro", GINT_TO_POINTER (OG_DECISION_QUEUED));
  g_hash_table_insert (decisions, (gpointer)"linkedin.com/in/kai-sund", GINT_TO_POINTER (OG_DECISION_QUEUED));
  g_hash_table_insert (decisions, (gpointer)"linkedin.com/in/eva-holm", GINT_TO_POINTER (OG_DECISION_REMOVED));

  queue = og_report_decisions_to_csv (audit, decisions, OG_DECISION_QUEUED);
  lines = g_strsplit (queue, "\r\n", -1);
  g_assert_cmpstr (lines[0], ==, "name,profile_url,company,position,decision,flags");
  g_assert_cmpuint (g_strv_length (lines), ==, 4);   /* header, two rows, the empty end */
  g_assert_nonnull (strstr (queue, "Kai Sund,https://www.linkedin.com/in/kai-sund,Sundberg AB,Sales,queued,pitch-first persistent\r\n"));
  /* The company someone typed as a formula stays text. */
  g_assert_nonnull (strstr (queue, ",\"'=HYPERLINK("));
  g_assert_null (strstr (queue, ",=HYPERLINK"));
  g_assert_null (strstr (queue, ",\"=HYPERLINK"));
  g_assert_null (strstr (queue, "Eva Holm"));

  everyone = og_report_decisions_to_csv (audit, decisions, OG_DECISION_NONE);
  g_assert_nonnull (strstr (everyone, "Eva Holm"));
  g_assert_nonnull (strstr (everyone, ",removed,"));
}

static gboolean
append_to (const char *data,
           gsize       length,
           gpointer    user_data)
{
  g_string_append_len (user_data, data, (gssize)length);
  return TRUE;
}

static void
test_report_streams_the_same_json_it_returns (void)
{
  g_autoptr(OgAudit) audit = load_audit ();
  g_autofree char *whole = og_report_audit_to_json (audit);
  g_autoptr(GString) streamed = g_string_new (NULL);

  g_assert_true (og_report_audit_write_json (audit, append_to, streamed));
  g_assert_cmpstr (streamed->str, ==, whole);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/og/report/prints-version-threshold-and-owner", test_report_prints_version_threshold_and_owner);
  g_test_add_func ("/og/report/streams-the-same-json-it-returns", test_report_streams_the_same_json_it_returns);
  g_test_add_func ("/og/report/counts-the-summary-as-defined", test_report_counts_the_summary_as_defined);
  g_test_add_func ("/og/report/gives-each-contact-identity-and-acceptance",
                   test_report_gives_each_contact_identity_and_acceptance);
  g_test_add_func ("/og/report/lists-warnings-with-file-and-line", test_report_lists_warnings_with_file_and_line);
  g_test_add_func ("/og/report/text-summary-names-the-owner-and-counts",
                   test_report_text_summary_names_the_owner_and_counts);
  g_test_add_func ("/og/report/audit-json-summary-has-every-design-key-and-the-two-extras",
                   test_report_audit_json_summary_has_every_design_key_and_the_two_extras);
  g_test_add_func ("/og/report/audit-json-gives-every-contact-field", test_report_audit_json_gives_every_contact_field);
  g_test_add_func ("/og/report/audit-json-prints-minutes-rounded-to-tenths-and-short",
                   test_report_audit_json_prints_minutes_rounded_to_tenths_and_short);
  g_test_add_func ("/og/report/audit-json-says-null-for-what-the-data-cannot-support",
                   test_report_audit_json_says_null_for_what_the_data_cannot_support);
  g_test_add_func ("/og/report/audit-json-evidence-names-messages-but-never-their-text",
                   test_report_audit_json_evidence_names_messages_but_never_their_text);
  g_test_add_func ("/og/report/audit-json-lists-template-clusters-with-an-example",
                   test_report_audit_json_lists_template_clusters_with_an_example);
  g_test_add_func ("/og/report/audit-json-escapes-what-it-quotes", test_report_audit_json_escapes_what_it_quotes);
  g_test_add_func ("/og/report/audit-csv-has-a-row-per-contact-with-every-field",
                   test_report_audit_csv_has_a_row_per_contact_with_every_field);
  g_test_add_func ("/og/report/audit-csv-neutralises-formula-cells", test_report_audit_csv_neutralises_formula_cells);
  g_test_add_func ("/og/report/audit-text-lists-flagged-contacts-fastest-first-in-plain-sentences",
                   test_report_audit_text_lists_flagged_contacts_fastest_first_in_plain_sentences);
  g_test_add_func ("/og/report/audit-text-keeps-terminal-control-characters-out",
                   test_report_audit_text_keeps_terminal_control_characters_out);
  g_test_add_func ("/og/report/queue-csv-lists-the-decided-and-neutralises-formulas",
                   test_report_queue_csv_lists_the_decided_and_neutralises_formulas);
  g_test_add_func ("/og/report/audit-text-says-so-when-nobody-was-flagged",
                   test_report_audit_text_says_so_when_nobody_was_flagged);

  return g_test_run ();
}
