/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Near-duplicate detection: one script sent by many people, and nothing else. */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "og-importer.h"
#include "og-templates.h"

#define CONNECTIONS_2024 "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
#define MESSAGES_2024 "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n"
#define OWNER_URL "https://www.linkedin.com/in/petra-vinter"

typedef struct
{
  const char *first;
  const char *last;
  const char *company;
} Sender;

static const Sender senders[] = {
  { "Ola", "Nord", "Nordvik Logistics" },
  { "Kai", "Sund", "Sundberg Freight AB" },
  { "Eva", "Holm", "Holmgren Data" },
  { "Lior", "Katz", "Blue Heron Systems" },
  { "Ines", "Abreu", "Abreu & Filhos" },
  { "Tomas", "Ek", "Ekvall Consulting" },
  { "Yuki", "Mori", "Morinaga Cloud K.K." },
  { "Sam", "Okoro", "Okoro Analytics Ltd" },
  { "Rhea", "Das", "Dasgupta Ventures" },
  { "Bram", "Visser", "Visser Digital BV" },
  { "Nell", "Frost", "Frostline Media" },
  { "Ada", "Quist", "Quist Partners" },
};

static const char * const days[] = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" };

static void
import_text (OgDataset  *dataset,
             const char *name,
             const char *text)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (text, -1, NULL);
  g_autoptr(GError) error = NULL;

  og_import_stream (dataset, stream, name, og_file_kind_from_name (name), NULL, &error);
  g_assert_no_error (error);
}

static char *
sender_url (const Sender *sender)
{
  g_autofree char *slug = g_ascii_strdown (sender->first, -1);
  g_autofree char *last = g_ascii_strdown (sender->last, -1);

  return g_strdup_printf ("https://www.linkedin.com/in/%s-%s", slug, last);
}

static void
append_message (GString      *messages,
                const Sender *sender,
                guint         day,
                const char   *content)
{
  g_autofree char *url = sender_url (sender);
  g_autofree char *quoted = NULL;
  g_auto(GStrv) parts = g_strsplit (content, "\"", -1);

  quoted = g_strjoinv ("\"\"", parts);
  g_string_append_printf (messages,
                          "2-%s-%s,,%s %s,%s,Petra Vinter," OWNER_URL ",2025-03-%02u 10:%02u:00 UTC,,\"%s\",INBOX,false,false\n",
                          sender->first, sender->last, sender->first, sender->last, url,
                          day, (guint)(day * 7 % 60), quoted);
}

static char *
script_a (const Sender *sender,
          guint         i)
{
  return g_strdup_printf ("Hi Petra, I came across your profile and thought %s could help your team save %u%% "
                          "on freight costs this quarter. We already work with %u companies like yours across Europe. "
                          "Would you be open to a quick %u-minute call next %s? Best, %s",
                          sender->company, 20 + i * 3, 5 + i, 15 + 5 * (i % 3), days[i % 5], sender->first);
}

static char *
script_b (const Sender *sender,
          guint         i)
{
  return g_strdup_printf ("Hello Petra! Quick question: who handles payroll compliance at your company today? "
                          "Our platform automates filings in %u countries, and clients like yours cut admin time in half. "
                          "Can I send you a short case study? Cheers, %s %s",
                          10 + i, sender->first, sender->last);
}

/* Connections for every sender, then messages built by @fill. */
static OgDataset *
load_network (void (*fill) (GString *messages))
{
  g_autoptr(OgDataset) dataset = og_dataset_new ();
  g_autoptr(GString) connections = g_string_new (CONNECTIONS_2024);
  g_autoptr(GString) messages = g_string_new (MESSAGES_2024);

  for (guint i = 0; i < G_N_ELEMENTS (senders); i++)
    {
      g_autofree char *url = sender_url (&senders[i]);

      g_string_append_printf (connections, "%s,%s,%s,,\"%s\",Sales,01 Mar 2025\n",
                              senders[i].first, senders[i].last, url, senders[i].company);
    }
  g_string_append (messages,
                   "2-own,,Petra Vinter," OWNER_URL ",Ola Nord,https://www.linkedin.com/in/ola-nord,2025-03-30 09:00:00 UTC,,Thanks Ola,INBOX,false,false\n");
  fill (messages);

  import_text (dataset, "Connections.csv", connections->str);
  import_text (dataset, "messages.csv", messages->str);
  og_dataset_finish (dataset);
  return g_steal_pointer (&dataset);
}

static GPtrArray *
find_clusters (OgDataset *dataset)
{
  return og_templates_find (og_dataset_get_messages (dataset), og_dataset_get_owner (dataset));
}

static void
fill_ten_senders_one_script (GString *messages)
{
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *text = script_a (&senders[i], i);

      append_message (messages, &senders[i], 2 + i, text);
    }
  append_message (messages, &senders[10], 25,
                  "Hi Petra, congratulations on the new role at Vinterhaus! I remember our workshop in Malmö, "
                  "and I still use your checklist every single week.");
  append_message (messages, &senders[11], 26,
                  "Petra, are you going to the logistics meetup in Gothenburg next month? A few of us from the old team "
                  "are planning dinner afterwards and would love to see you.");
}

/* Each of ten senders sends thirty copies of one script, each copy ending in a
 * word of its own: near-duplicates by the hundred in the same buckets. */
static void
fill_many_near_copies (GString *messages)
{
  for (guint i = 0; i < 10; i++)
    for (guint k = 0; k < 30; k++)
      {
        g_autofree char *script = script_a (&senders[i], i);
        g_autofree char *text = g_strdup_printf ("%s P.S. ask for %c%c.", script,
                                                 'a' + (char)(k % 26), 'a' + (char)(i + k / 26));

        append_message (messages, &senders[i], 2 + k % 25, text);
      }
}

static void
fill_two_scripts (GString *messages)
{
  /* Script B starts earlier, so it is cluster 1. */
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *text = script_b (&senders[i], i);

      append_message (messages, &senders[i], 2 + i, text);
    }
  for (guint i = 3; i < 8; i++)
    {
      g_autofree char *text = script_a (&senders[i], i);

      append_message (messages, &senders[i], 10 + i, text);
    }
}

static void
fill_one_sender_repeating (GString *messages)
{
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *text = script_a (&senders[0], i);

      append_message (messages, &senders[0], 2 + i, text);
    }
  append_message (messages, &senders[1], 20, "Thanks Petra, see you soon!");
}

static void
fill_short_identical (GString *messages)
{
  for (guint i = 0; i < 6; i++)
    append_message (messages, &senders[i], 2 + i, "Thanks for connecting, Petra! Have a great week.");
}

static void
test_templates_normalize_replaces_names_company_links_and_numbers (void)
{
  OgPerson owner = { .first_name = (char *)"Petra", .last_name = (char *)"Vinter", .name = (char *)"Petra Vinter" };
  OgPerson sender = { .first_name = (char *)"Ola", .last_name = (char *)"Nord", .name = (char *)"Ola Nord",
                      .company = (char *)"Nordvik Logistics" };
  g_autofree char *text = og_templates_normalize ("Hi PETRA VINTER!! At Nordvik Logistics we saved 38% in 2024 — "
                                                  "see https://nordvik.example/case?id=7 or mail ola.nord@nordvik.example. /Ola",
                                                  &sender, &owner);

  g_assert_cmpstr (text, ==, "hi <name> at <company> we saved 0 in 0 see <url> or mail <email> <name>");
}

static void
test_templates_normalize_keeps_unrelated_words_and_one_letter_name_parts (void)
{
  OgPerson sender = { .first_name = (char *)"Aoife", .last_name = (char *)"Ó Ceallaigh", .name = (char *)"Aoife Ó Ceallaigh" };
  g_autofree char *text = og_templates_normalize ("Ó, what a day: Aoife's B2B team won!", &sender, NULL);

  g_assert_cmpstr (text, ==, "ó what a day <name> s b0b team won");
}

static void
test_templates_similarity_of_identical_texts_is_one (void)
{
  const char *text = "We help logistics companies cut their cloud bill by a third without touching any code at all.";

  g_assert_cmpfloat (og_templates_estimate_similarity (text, text), ==, 1.0);
  g_assert_cmpfloat (og_templates_estimate_similarity (text, "Hi"), ==, 0.0);
}

static void
test_templates_similarity_tracks_the_share_of_common_shingles (void)
{
  /* 30 words; the second text changes the last 10: 18 of 28 shingles stay,
   * 10 of 28 are new: Jaccard 18 / 38 ≈ 0.47. */
  const char *a = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                  "sixteen seventeen eighteen nineteen twenty alpha bravo charlie delta echo foxtrot golf hotel india juliet";
  const char *b = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                  "sixteen seventeen eighteen nineteen twenty kilo lima mike november oscar papa quebec romeo sierra tango";
  double similarity = og_templates_estimate_similarity (a, b);

  g_assert_cmpfloat_with_epsilon (similarity, 18.0 / 38.0, 0.13);
  g_assert_cmpfloat (og_templates_estimate_similarity (a, "kilo lima mike november oscar papa quebec romeo sierra tango whiskey xray"),
                     <, 0.1);
}

static void
test_templates_one_script_with_names_swapped_across_ten_senders_is_one_cluster (void)
{
  g_autoptr(OgDataset) dataset = load_network (fill_ten_senders_one_script);
  g_autoptr(GPtrArray) clusters = find_clusters (dataset);
  OgTemplateCluster *cluster;

  g_assert_cmpuint (clusters->len, ==, 1);
  cluster = g_ptr_array_index (clusters, 0);
  g_assert_cmpuint (cluster->id, ==, 1);
  g_assert_cmpuint (cluster->n_senders, ==, 10);
  g_assert_cmpuint (cluster->messages->len, ==, 10);
  /* The example is the oldest message, and the messages run oldest first. */
  g_assert_true (g_str_has_prefix (cluster->example, "Hi Petra, I came across your profile and thought Nordvik Logistics"));
  for (guint i = 1; i < cluster->messages->len; i++)
    g_assert_cmpint (((OgMessage *)g_ptr_array_index (cluster->messages, i - 1))->sent_at, <,
                     ((OgMessage *)g_ptr_array_index (cluster->messages, i))->sent_at);
}

static void
test_templates_hundreds_of_near_copies_in_one_bucket_are_one_cluster (void)
{
  g_autoptr(OgDataset) dataset = load_network (fill_many_near_copies);
  g_autoptr(GPtrArray) clusters = find_clusters (dataset);
  OgTemplateCluster *cluster;

  g_assert_cmpuint (clusters->len, ==, 1);
  cluster = g_ptr_array_index (clusters, 0);
  g_assert_cmpuint (cluster->n_senders, ==, 10);
  g_assert_cmpuint (cluster->messages->len, ==, 300);
}

static void
test_templates_two_scripts_are_two_clusters_numbered_by_first_appearance (void)
{
  g_autoptr(OgDataset) dataset = load_network (fill_two_scripts);
  g_autoptr(GPtrArray) clusters = find_clusters (dataset);
  OgTemplateCluster *first, *second;

  g_assert_cmpuint (clusters->len, ==, 2);
  first = g_ptr_array_index (clusters, 0);
  second = g_ptr_array_index (clusters, 1);
  g_assert_cmpuint (first->id, ==, 1);
  g_assert_cmpuint (first->n_senders, ==, 3);
  g_assert_true (g_str_has_prefix (first->example, "Hello Petra! Quick question"));
  g_assert_cmpuint (second->id, ==, 2);
  g_assert_cmpuint (second->n_senders, ==, 5);
}

static void
test_templates_one_sender_repeating_themselves_is_no_cluster (void)
{
  g_autoptr(OgDataset) dataset = load_network (fill_one_sender_repeating);
  g_autoptr(GPtrArray) clusters = find_clusters (dataset);

  g_assert_cmpuint (clusters->len, ==, 0);
}

static void
test_templates_short_messages_never_form_a_cluster (void)
{
  g_autoptr(OgDataset) dataset = load_network (fill_short_identical);
  g_autoptr(GPtrArray) clusters = find_clusters (dataset);

  g_assert_cmpuint (clusters->len, ==, 0);
}

static void
test_templates_skip_drafts_the_owner_and_sponsored_messages (void)
{
  g_autoptr(OgDataset) dataset = og_dataset_new ();
  g_autoptr(GPtrArray) clusters = NULL;
  const char *script = "Hi Petra, our team helps logistics companies cut their cloud bill by a third, "
                       "without touching any application code. Open to a short call next week?";
  g_autoptr(GString) messages = g_string_new (MESSAGES_2024);

  /* The owner forwards the script, a draft quotes it, an InMail sends it: none is a second sender. */
  g_string_append_printf (messages,
                          "2-a,,Ola Nord,https://www.linkedin.com/in/ola-nord,Petra Vinter," OWNER_URL ",2025-03-02 10:00:00 UTC,,\"%s\",INBOX,false,false\n"
                          "2-b,,Petra Vinter," OWNER_URL ",Kai Sund,https://www.linkedin.com/in/kai-sund,2025-03-03 10:00:00 UTC,,\"%s\",INBOX,false,false\n"
                          "2-c,,Eva Holm,https://www.linkedin.com/in/eva-holm,Petra Vinter," OWNER_URL ",,,\"%s\",,true,false\n"
                          "2-d,Sponsored Conversation,LinkedIn Member,,Petra Vinter," OWNER_URL ",2025-03-04 10:00:00 UTC,,\"%s\",INBOX,false,false\n",
                          script, script, script, script);
  import_text (dataset, "messages.csv", messages->str);
  og_dataset_finish (dataset);

  clusters = find_clusters (dataset);
  g_assert_cmpuint (clusters->len, ==, 0);
}

static void
test_templates_sample_export_has_the_two_scripts_it_was_built_with (void)
{
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "data", "sample", NULL);
  const char *sources[] = { sample, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = og_import (sources, NULL, NULL, NULL, &error);
  g_autoptr(GPtrArray) clusters = NULL;
  OgTemplateCluster *first, *second;

  g_assert_no_error (error);
  clusters = find_clusters (dataset);

  g_assert_cmpuint (clusters->len, ==, 2);
  first = g_ptr_array_index (clusters, 0);
  second = g_ptr_array_index (clusters, 1);
  /* Ren Sato opened the cloud-cost script in May; the AI-SDR script came in June. */
  g_assert_cmpuint (first->n_senders, ==, 10);
  g_assert_cmpuint (first->messages->len, ==, 10);
  g_assert_true (strstr (first->example, "cloud bill") != NULL);
  g_assert_cmpuint (second->n_senders, ==, 3);
  g_assert_true (strstr (second->example, "AI SDR") != NULL);
}

static void
test_templates_every_era_has_the_three_sender_script_it_was_built_with (void)
{
  g_autofree char *expected_path = g_test_build_filename (G_TEST_DIST, "data", "eras", "expected.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *eras;
  g_autoptr(GList) names = NULL;

  json_parser_load_from_file (parser, expected_path, &error);
  g_assert_no_error (error);
  eras = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "eras");
  names = json_object_get_members (eras);
  g_assert_nonnull (names);

  for (GList *l = names; l != NULL; l = l->next)
    {
      JsonObject *by_design = json_object_get_object_member (json_object_get_object_member (eras, l->data), "by_design");
      JsonArray *members = json_object_get_array_member (by_design, "template_cluster");
      g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "data", "eras", l->data, NULL);
      const char *sources[] = { folder, NULL };
      g_autoptr(OgDataset) dataset = og_import (sources, NULL, NULL, NULL, &error);
      g_autoptr(GPtrArray) clusters = NULL;
      OgTemplateCluster *cluster;

      g_assert_no_error (error);
      clusters = find_clusters (dataset);
      g_test_message ("era %s: %u clusters", (const char *)l->data, clusters->len);
      g_assert_cmpuint (clusters->len, ==, 1);
      cluster = g_ptr_array_index (clusters, 0);
      g_assert_cmpuint (cluster->n_senders, ==, json_array_get_length (members));

      for (guint i = 0; i < json_array_get_length (members); i++)
        {
          const char *name = json_array_get_string_element (members, i);
          gboolean found = FALSE;

          for (guint m = 0; m < cluster->messages->len && !found; m++)
            found = g_strcmp0 (((OgMessage *)g_ptr_array_index (cluster->messages, m))->sender->name, name) == 0;
          g_assert_true (found);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/og/templates/normalize-replaces-names-company-links-and-numbers",
                   test_templates_normalize_replaces_names_company_links_and_numbers);
  g_test_add_func ("/og/templates/normalize-keeps-unrelated-words-and-one-letter-name-parts",
                   test_templates_normalize_keeps_unrelated_words_and_one_letter_name_parts);
  g_test_add_func ("/og/templates/similarity-of-identical-texts-is-one",
                   test_templates_similarity_of_identical_texts_is_one);
  g_test_add_func ("/og/templates/similarity-tracks-the-share-of-common-shingles",
                   test_templates_similarity_tracks_the_share_of_common_shingles);
  g_test_add_func ("/og/templates/one-script-with-names-swapped-across-ten-senders-is-one-cluster",
                   test_templates_one_script_with_names_swapped_across_ten_senders_is_one_cluster);
  g_test_add_func ("/og/templates/hundreds-of-near-copies-in-one-bucket-are-one-cluster",
                   test_templates_hundreds_of_near_copies_in_one_bucket_are_one_cluster);
  g_test_add_func ("/og/templates/two-scripts-are-two-clusters-numbered-by-first-appearance",
                   test_templates_two_scripts_are_two_clusters_numbered_by_first_appearance);
  g_test_add_func ("/og/templates/one-sender-repeating-themselves-is-no-cluster",
                   test_templates_one_sender_repeating_themselves_is_no_cluster);
  g_test_add_func ("/og/templates/short-messages-never-form-a-cluster",
                   test_templates_short_messages_never_form_a_cluster);
  g_test_add_func ("/og/templates/skip-drafts-the-owner-and-sponsored-messages",
                   test_templates_skip_drafts_the_owner_and_sponsored_messages);
  g_test_add_func ("/og/templates/sample-export-has-the-two-scripts-it-was-built-with",
                   test_templates_sample_export_has_the_two_scripts_it_was_built_with);
  g_test_add_func ("/og/templates/every-era-has-the-three-sender-script-it-was-built-with",
                   test_templates_every_era_has_the_three_sender_script_it_was_built_with);

  return g_test_run ();
}
