/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The audit report: the JSON object of DESIGN §4, as far as this version computes it. */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "og-importer.h"
#include "og-report.h"

#define OWNER_URL "https://www.linkedin.com/in/petra-vinter"

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/og/report/prints-version-threshold-and-owner", test_report_prints_version_threshold_and_owner);
  g_test_add_func ("/og/report/counts-the-summary-as-defined", test_report_counts_the_summary_as_defined);
  g_test_add_func ("/og/report/gives-each-contact-identity-and-acceptance",
                   test_report_gives_each_contact_identity_and_acceptance);
  g_test_add_func ("/og/report/lists-warnings-with-file-and-line", test_report_lists_warnings_with_file_and_line);
  g_test_add_func ("/og/report/text-summary-names-the-owner-and-counts",
                   test_report_text_summary_names_the_owner_and_counts);

  return g_test_run ();
}
