/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The dataset: people joined across files, the owner, conversations, acceptance. */
#include "config.h"

#include <string.h>

#include "og-importer.h"
#include "og-report.h"
#include "og-url.h"
#include "og-test-util.h"

#define CONNECTIONS_2024 "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
#define MESSAGES_2024 "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n"
#define MESSAGES_2021 "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n"
#define INVITATIONS_2024 "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"

#define OWNER_URL "https://www.linkedin.com/in/petra-vinter-77a1"

#define load og_test_load

static OgPerson *
connection (OgDataset  *dataset,
            const char *name)
{
  GPtrArray *connections = og_dataset_get_connections (dataset);

  for (guint i = 0; i < connections->len; i++)
    {
      OgPerson *person = g_ptr_array_index (connections, i);

      if (g_strcmp0 (person->name, name) == 0)
        return person;
    }

  g_error ("no connection named %s", name);
  return NULL;
}

static gboolean
has_warning_containing (OgDataset  *dataset,
                        const char *file,
                        guint       line,
                        const char *text)
{
  GPtrArray *warnings = og_dataset_get_warnings (dataset);

  for (guint i = 0; i < warnings->len; i++)
    {
      OgWarning *warning = g_ptr_array_index (warnings, i);

      if (g_strcmp0 (warning->file, file) == 0 && warning->line == line &&
          strstr (warning->message, text) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
test_dataset_counts_hidden_members_apart_from_connections (void)
{
  g_autoptr(OgDataset) dataset = load ("Connections.csv",
                                       CONNECTIONS_2024
                                       "Ilse,Marten,https://www.linkedin.com/in/ilse-marten,,Fjord AB,CTO,03 Mar 2025\n"
                                       ",,,,,,02 Jun 2022\n"
                                       ",,,,,,01 Jun 2022\n"
                                       "Tomas,Ek,,,,,01 May 2021",
                                       NULL);

  g_assert_cmpuint (og_dataset_get_n_connections (dataset), ==, 2);
  g_assert_cmpuint (og_dataset_get_n_hidden_connections (dataset), ==, 2);
}

static void
test_dataset_joins_percent_encoded_and_raw_slugs_to_one_person (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv",
    CONNECTIONS_2024
    "Jürgen,Wöhler,https://www.linkedin.com/in/j%C3%BCrgen-w%C3%B6hler-31,,Lichtwerk,Vertrieb,10 Jan 2025\n",
    "messages.csv",
    MESSAGES_2024
    "2-aa,,Jürgen Wöhler,https://de.linkedin.com/in/jürgen-wöhler-31/,Petra Vinter," OWNER_URL ",2025-01-10 09:00:00 UTC,,Hallo Petra,INBOX,false,false\n"
    "2-aa,,Petra Vinter," OWNER_URL ",Jürgen Wöhler,https://www.linkedin.com/in/jürgen-wöhler-31,2025-01-10 10:00:00 UTC,,Hallo Jürgen,INBOX,false,false\n",
    NULL);
  OgPerson *person = connection (dataset, "Jürgen Wöhler");

  g_assert_nonnull (person->conversations);
  g_assert_cmpuint (person->conversations->len, ==, 1);
  g_assert_cmpstr (person->key, ==, "linkedin.com/in/jürgen-wöhler-31");
  g_assert_true (og_dataset_lookup_person (dataset, "https://www.linkedin.com/in/J%C3%BCRGEN-w%C3%B6hler-31?trk=x") == person);
}

static void
test_dataset_joins_by_name_when_connections_have_no_url (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv",
    "First Name,Last Name,Email Address,Company,Position,Connected On\n"
    "Noor,Haddad,,Sandbank,Designer,04 Apr 2021\n",
    "messages.csv",
    MESSAGES_2021
    "2-bb,,Noor Haddad,https://www.linkedin.com/in/noor-haddad,Petra Vinter,2021-04-04 08:00:00 UTC,,Thanks for connecting,INBOX\n"
    "2-cc,,Petra Vinter," OWNER_URL ",Someone Else,2021-04-05 08:00:00 UTC,,Hi,INBOX\n",
    NULL);
  OgPerson *person = connection (dataset, "Noor Haddad");

  g_assert_nonnull (person->conversations);
  g_assert_cmpstr (person->profile_url, ==, "https://www.linkedin.com/in/noor-haddad");
}

static void
test_dataset_keeps_two_people_with_one_name_apart (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv",
    CONNECTIONS_2024
    "Sam,Lee,https://www.linkedin.com/in/sam-lee-1,,One,A,01 Feb 2025\n"
    "Sam,Lee,https://www.linkedin.com/in/sam-lee-2,,Two,B,02 Feb 2025\n",
    NULL);
  GPtrArray *connections = og_dataset_get_connections (dataset);
  OgPerson *a = g_ptr_array_index (connections, 0);
  OgPerson *b = g_ptr_array_index (connections, 1);

  g_assert_cmpuint (connections->len, ==, 2);
  g_assert_cmpstr (a->key, !=, b->key);
  /* Name lookups refuse to guess between them. */
  g_assert_null (og_dataset_lookup_person (dataset, "Sam Lee"));
}

static void
test_dataset_finds_the_owner_from_profile_csv (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Profile.csv",
    "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
    "Petra,Vinter,,,,Buyer,,,,,,,\n",
    "messages.csv",
    MESSAGES_2024
    "2-aa,,Petra Vinter," OWNER_URL ",Ola Nord,https://www.linkedin.com/in/ola-nord,2025-01-10 10:00:00 UTC,,Hi,INBOX,false,false\n",
    NULL);
  OgPerson *owner = og_dataset_get_owner (dataset);

  g_assert_nonnull (owner);
  g_assert_cmpstr (owner->name, ==, "Petra Vinter");
  g_assert_cmpstr (owner->profile_url, ==, OWNER_URL);
  g_assert_true (owner->is_owner);
}

static void
test_dataset_finds_the_owner_from_outgoing_invitations (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Invitations.csv",
    INVITATIONS_2024
    "Petra Vinter,Ola Nord,\"1/5/25, 9:00 AM\",,OUTGOING," OWNER_URL ",https://www.linkedin.com/in/ola-nord\n",
    NULL);
  OgPerson *owner = og_dataset_get_owner (dataset);

  g_assert_nonnull (owner);
  g_assert_cmpstr (owner->profile_url, ==, OWNER_URL);
}

static void
test_dataset_finds_the_owner_as_the_most_frequent_participant (void)
{
  g_autoptr(OgDataset) dataset = load (
    "messages.csv",
    MESSAGES_2021
    "2-a,,Ola Nord,https://www.linkedin.com/in/ola-nord,Petra Vinter,2021-01-01 10:00:00 UTC,,Hi,INBOX\n"
    "2-b,,Kai Sund,https://www.linkedin.com/in/kai-sund,Petra Vinter,2021-01-02 10:00:00 UTC,,Hi,INBOX\n"
    "2-c,,Petra Vinter," OWNER_URL ",Eva Holm,2021-01-03 10:00:00 UTC,,Hi,INBOX\n",
    NULL);
  OgPerson *owner = og_dataset_get_owner (dataset);

  g_assert_nonnull (owner);
  g_assert_cmpstr (owner->name, ==, "Petra Vinter");
  g_assert_cmpstr (owner->profile_url, ==, OWNER_URL);
}

static void
test_dataset_warns_when_the_owner_cannot_be_found (void)
{
  g_autoptr(OgDataset) dataset = load ("Connections.csv",
                                       CONNECTIONS_2024 "Ola,Nord,,,,,01 Jan 2025\n", NULL);

  g_assert_null (og_dataset_get_owner (dataset));
  g_assert_true (has_warning_containing (dataset, "", 0, "whose export"));
}

static void
test_dataset_recognises_group_threads_by_recipient_urls (void)
{
  g_autoptr(OgDataset) dataset = load (
    "messages.csv",
    MESSAGES_2024
    "2-g,Planning,Ola Nord,https://www.linkedin.com/in/ola-nord,\"Petra Vinter, Kai Sund\",\"" OWNER_URL ",https://www.linkedin.com/in/kai-sund\",2025-01-10 10:00:00 UTC,,Lunch?,INBOX,false,false\n"
    "2-h,,Ola Nord,https://www.linkedin.com/in/ola-nord,Petra Vinter," OWNER_URL ",2025-01-11 10:00:00 UTC,,Hi,INBOX,false,false\n"
    "2-i,,Petra Vinter," OWNER_URL ",Ola Nord,https://www.linkedin.com/in/ola-nord,2025-01-12 10:00:00 UTC,,Hi,INBOX,false,false\n"
    "2-j,,Petra Vinter," OWNER_URL ",Kai Sund,https://www.linkedin.com/in/kai-sund,2025-01-12 10:00:00 UTC,,Hi,INBOX,false,false\n",
    NULL);
  GPtrArray *conversations = og_dataset_get_conversations (dataset);
  OgPerson *ola = og_dataset_lookup_person (dataset, "https://www.linkedin.com/in/ola-nord");

  g_assert_cmpuint (conversations->len, ==, 4);
  for (guint i = 0; i < conversations->len; i++)
    {
      OgConversation *conversation = g_ptr_array_index (conversations, i);

      g_assert_cmpint (conversation->is_group, ==, g_str_equal (conversation->id, "2-g"));
    }
  g_assert_nonnull (ola);
  g_assert_cmpuint (ola->conversations->len, ==, 2);
}

static void
test_dataset_recognises_sponsored_inmail_and_reduces_its_html (void)
{
  g_autoptr(OgDataset) dataset = load (
    "messages.csv",
    MESSAGES_2024
    "2-s,Sponsored Conversation,LinkedIn Member,,Petra Vinter," OWNER_URL ",2025-01-10 10:00:00 UTC,Grow faster,\"<div class=\"\"spinmail-body\"\"><p>Hi %FIRSTNAME%,</p><p>Save 30&nbsp;% &amp; more</p></div>\",INBOX,false,false\n"
    "2-t,,Petra Vinter," OWNER_URL ",Ola Nord,https://www.linkedin.com/in/ola-nord,2025-01-12 10:00:00 UTC,,Hi,INBOX,false,false\n",
    NULL);
  GPtrArray *messages = og_dataset_get_messages (dataset);
  OgMessage *inmail = NULL;

  for (guint i = 0; i < messages->len; i++)
    {
      OgMessage *message = g_ptr_array_index (messages, i);

      if (g_str_equal (message->conversation->id, "2-s"))
        inmail = message;
    }

  g_assert_nonnull (inmail);
  g_assert_true (inmail->is_sponsored);
  g_assert_true (inmail->is_html);
  g_assert_null (inmail->sender);
  g_assert_true (inmail->conversation->is_sponsored);
  g_assert_null (strstr (inmail->content, "<p>"));
  g_assert_nonnull (strstr (inmail->content, "& more"));
}

/* Either mail-merge mark alone makes a stranger's message sponsored; words
 * that only look like them do not. */
static void
test_dataset_takes_either_mail_merge_mark_for_sponsored (void)
{
  g_autoptr(OgDataset) dataset = load (
    "messages.csv",
    MESSAGES_2024
    "2-a,,Ivo Brandt,https://www.linkedin.com/in/ivo-brandt,Petra Vinter," OWNER_URL ",2025-01-10 10:00:00 UTC,,\"<div class=\"\"spinmail\"\">Grow faster</div>\",INBOX,false,false\n"
    "2-b,,Ivo Brandt,https://www.linkedin.com/in/ivo-brandt,Petra Vinter," OWNER_URL ",2025-01-11 10:00:00 UTC,,Dear %FIRSTNAME%: grow faster,INBOX,false,false\n"
    "2-c,,Ivo Brandt,https://www.linkedin.com/in/ivo-brandt,Petra Vinter," OWNER_URL ",2025-01-12 10:00:00 UTC,,A spin mail for %FIRST NAME%: pinmail,INBOX,false,false\n",
    NULL);
  GPtrArray *messages = og_dataset_get_messages (dataset);

  g_assert_cmpuint (messages->len, ==, 3);
  for (guint i = 0; i < messages->len; i++)
    {
      OgMessage *message = g_ptr_array_index (messages, i);

      g_assert_cmpint (message->is_sponsored, ==, !g_str_equal (message->conversation->id, "2-c"));
    }
}

static void
test_dataset_keeps_a_connections_mail_merge_message_as_theirs (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv", CONNECTIONS_2024 "Ola,Nord,https://www.linkedin.com/in/ola-nord,,Nordvik,CEO,10 Jan 2025\n",
    "messages.csv",
    MESSAGES_2024
    "2-t,,Ola Nord,https://www.linkedin.com/in/ola-nord,Petra Vinter," OWNER_URL ",2025-01-12 10:00:00 UTC,,\"<p>Hi %FIRSTNAME%,</p><p>Our demo &amp; pricing</p>\",INBOX,false,false\n",
    NULL);
  OgMessage *message = g_ptr_array_index (og_dataset_get_messages (dataset), 0);

  /* An InMail template sent by a connection still counts toward them. */
  g_assert_true (message->is_html);
  g_assert_false (message->is_sponsored);
  g_assert_false (message->conversation->is_sponsored);
  g_assert_nonnull (message->sender);
  g_assert_true (message->conversation->counterpart == message->sender);
}

/* Found by fuzz-json: mail-merge markup from a row with no sender name and no
 * usable URL dereferenced the sender it does not have. */
static void
test_dataset_keeps_mail_merge_without_a_sender_as_sponsored (void)
{
  g_autoptr(OgDataset) dataset = load (
    "messages.csv",
    MESSAGES_2021
    "2-s,,,https://www.linkedin.com/in,Petra Vinter,2025-01-10 10:00:00 UTC,,Hi %FIRSTNAME%,INBOX\n",
    NULL);
  OgMessage *message;

  g_assert_cmpuint (og_dataset_get_messages (dataset)->len, ==, 1);
  message = g_ptr_array_index (og_dataset_get_messages (dataset), 0);
  g_assert_null (message->sender);
  g_assert_true (message->is_sponsored);
}

static void
test_dataset_leaves_drafts_out_of_the_message_count (void)
{
  g_autoptr(OgDataset) dataset = load (
    "messages.csv",
    MESSAGES_2024
    "2-d,,Petra Vinter," OWNER_URL ",Ola Nord,https://www.linkedin.com/in/ola-nord,,,Unfinished thought,,true,false\n"
    "2-d,,Ola Nord,https://www.linkedin.com/in/ola-nord,Petra Vinter," OWNER_URL ",2025-01-10 10:00:00 UTC,,Hi,INBOX,false,false\n"
    "2-d,,Petra Vinter," OWNER_URL ",Ola Nord,https://www.linkedin.com/in/ola-nord,2025-01-09 10:00:00 UTC,,Hi,ARCHIVE,false,false\n",
    NULL);

  g_assert_cmpuint (og_dataset_get_messages (dataset)->len, ==, 3);
  g_assert_cmpuint (og_dataset_get_n_messages (dataset), ==, 2);
}

static void
test_dataset_orders_each_conversation_oldest_first (void)
{
  g_autoptr(OgDataset) dataset = load (
    "messages.csv",
    MESSAGES_2021
    "2-o,,Ola Nord,https://www.linkedin.com/in/ola-nord,Petra Vinter,2021-01-03 10:00:00 UTC,,third,INBOX\n"
    "2-o,,Petra Vinter," OWNER_URL ",Ola Nord,2021-01-02 10:00:00 UTC,,second,INBOX\n"
    "2-o,,Ola Nord,https://www.linkedin.com/in/ola-nord,Petra Vinter,2021-01-01 10:00:00 UTC,,first,INBOX\n"
    "2-p,,Petra Vinter," OWNER_URL ",Kai Sund,2021-01-01 10:00:00 UTC,,other,INBOX\n",
    NULL);
  OgConversation *conversation = NULL;
  GPtrArray *conversations = og_dataset_get_conversations (dataset);

  for (guint i = 0; i < conversations->len; i++)
    if (g_str_equal (((OgConversation *)g_ptr_array_index (conversations, i))->id, "2-o"))
      conversation = g_ptr_array_index (conversations, i);

  g_assert_nonnull (conversation);
  g_assert_cmpuint (conversation->messages->len, ==, 3);
  g_assert_cmpstr (((OgMessage *)g_ptr_array_index (conversation->messages, 0))->content, ==, "first");
  g_assert_cmpstr (((OgMessage *)g_ptr_array_index (conversation->messages, 2))->content, ==, "third");
  g_assert_true (((OgMessage *)g_ptr_array_index (conversation->messages, 1))->from_owner);
}

static void
test_dataset_reads_the_2018_era_without_conversation_ids (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv",
    "First Name,Last Name,Email Address,Company,Position,Connected On\n"
    "Ola,Nord,,Nordvik,Sales,\"3/14/18, 4:05 PM\"\n",
    "Messages.csv",
    "From,To,Date,Subject,Content,Direction,Folder\n"
    "Ola Nord,Petra Vinter,\"3/14/18, 4:20 PM\",,Quick question about your suppliers,INCOMING,INBOX\n"
    "Petra Vinter,Ola Nord,\"3/14/18, 5:00 PM\",,Sure,OUTGOING,INBOX\n",
    NULL);
  OgPerson *ola = connection (dataset, "Ola Nord");
  OgConversation *conversation;

  g_assert_cmpstr (og_dataset_get_owner (dataset)->name, ==, "Petra Vinter");
  g_assert_nonnull (ola->conversations);
  conversation = g_ptr_array_index (ola->conversations, 0);
  g_assert_cmpuint (conversation->messages->len, ==, 2);

  /* 4:05 PM PDT on 14 March 2018 is 23:05 UTC, known to the minute. */
  g_assert_cmpint (ola->acceptance.source, ==, OG_ACCEPTANCE_CONNECTED_ON_TIME);
  g_assert_cmpint (ola->acceptance.earliest, ==, og_date_utc_from_civil (2018, 3, 14, 23, 5, 0));
  g_assert_cmpint (ola->acceptance.latest, ==, og_date_utc_from_civil (2018, 3, 14, 23, 5, 59));
}

static void
test_dataset_takes_acceptance_from_their_reemitted_note (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv",
    CONNECTIONS_2024 "Ola,Nord,https://www.linkedin.com/in/ola-nord,,Nordvik,Sales,16 Dec 2024\n",
    "Invitations.csv",
    INVITATIONS_2024
    "Ola Nord,Petra Vinter,\"12/15/24, 9:30 PM\",\"Hi Petra,  we met at the   fair.\",INCOMING,https://www.linkedin.com/in/ola-nord," OWNER_URL "\n",
    "messages.csv",
    MESSAGES_2024
    "2-n,,Ola Nord,https://www.linkedin.com/in/ola-nord,Petra Vinter," OWNER_URL ",2024-12-16 12:04:58 UTC,,Can I show you a demo?,INBOX,false,false\n"
    "2-n,,Ola Nord,https://www.linkedin.com/in/ola-nord,Petra Vinter," OWNER_URL ",2024-12-16 11:49:15 UTC,,\"Hi Petra, we met at the fair.\",INBOX,false,false\n",
    NULL);
  OgPerson *ola = connection (dataset, "Ola Nord");

  g_assert_cmpint (ola->acceptance.source, ==, OG_ACCEPTANCE_INVITATION_NOTE);
  g_assert_cmpint (ola->acceptance.earliest, ==, og_date_utc_from_civil (2024, 12, 16, 11, 49, 15));
  g_assert_cmpint (ola->acceptance.latest, ==, ola->acceptance.earliest);
  g_assert_nonnull (ola->note_message);
  g_assert_true (ola->note_message->is_invitation_note);
  g_assert_cmpuint (og_dataset_get_n_note_acceptances (dataset), ==, 1);
}

static void
test_dataset_takes_acceptance_from_the_owners_reemitted_note (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv",
    CONNECTIONS_2024 "Kai,Sund,https://www.linkedin.com/in/kai-sund,,Sundbyte,CEO,03 Feb 2025\n",
    "Invitations.csv",
    INVITATIONS_2024
    "Petra Vinter,Kai Sund,\"2/2/25, 8:00 AM\",Enjoyed your panel,OUTGOING," OWNER_URL ",https://www.linkedin.com/in/kai-sund\n",
    "messages.csv",
    MESSAGES_2024
    "2-k,,Kai Sund,https://www.linkedin.com/in/kai-sund,Petra Vinter," OWNER_URL ",2025-02-03 07:12:00 UTC,,Thanks! Do you need a new CRM?,INBOX,false,false\n"
    "2-k,,Petra Vinter," OWNER_URL ",Kai Sund,https://www.linkedin.com/in/kai-sund,2025-02-03 07:10:30 UTC,,Enjoyed your panel,INBOX,false,false\n",
    NULL);
  OgPerson *kai = connection (dataset, "Kai Sund");

  g_assert_cmpint (kai->acceptance.source, ==, OG_ACCEPTANCE_INVITATION_NOTE);
  g_assert_cmpint (kai->acceptance.earliest, ==, og_date_utc_from_civil (2025, 2, 3, 7, 10, 30));
  g_assert_true (kai->note_message->from_owner);
}

static void
test_dataset_does_not_take_a_note_from_another_day (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv",
    CONNECTIONS_2024 "Kai,Sund,https://www.linkedin.com/in/kai-sund,,Sundbyte,CEO,05 Feb 2025\n",
    "Invitations.csv",
    INVITATIONS_2024
    "Petra Vinter,Kai Sund,\"2/2/25, 8:00 AM\",Enjoyed your panel,OUTGOING," OWNER_URL ",https://www.linkedin.com/in/kai-sund\n",
    "messages.csv",
    MESSAGES_2024
    "2-k,,Petra Vinter," OWNER_URL ",Kai Sund,https://www.linkedin.com/in/kai-sund,2025-02-03 07:10:30 UTC,,Enjoyed your panel,INBOX,false,false\n",
    NULL);
  OgPerson *kai = connection (dataset, "Kai Sund");

  g_assert_cmpint (kai->acceptance.source, ==, OG_ACCEPTANCE_CONNECTED_ON_DATE);
  g_assert_null (kai->note_message);
}

static void
test_dataset_raises_the_day_window_to_the_invitation_time (void)
{
  g_autoptr(OgDataset) dataset = load (
    "Connections.csv",
    CONNECTIONS_2024 "Ola,Nord,https://www.linkedin.com/in/ola-nord,,Nordvik,Sales,16 Dec 2024\n",
    "Invitations.csv",
    INVITATIONS_2024
    /* 16 Dec 2024, 1:15 AM PST is 09:15 UTC the same day. */
    "Ola Nord,Petra Vinter,\"12/16/24, 1:15 AM\",,INCOMING,https://www.linkedin.com/in/ola-nord," OWNER_URL "\n",
    NULL);
  OgPerson *ola = connection (dataset, "Ola Nord");

  g_assert_cmpint (ola->acceptance.source, ==, OG_ACCEPTANCE_CONNECTED_ON_DATE);
  g_assert_cmpint (ola->acceptance.earliest, ==, og_date_utc_from_civil (2024, 12, 16, 9, 15, 0));
  g_assert_cmpint (ola->acceptance.latest, ==, og_date_utc_from_civil (2024, 12, 16, 23, 59, 59));
}

static void
test_dataset_keeps_the_whole_day_without_an_invitation (void)
{
  g_autoptr(OgDataset) dataset = load ("Connections.csv",
                                       CONNECTIONS_2024 "Ola,Nord,https://www.linkedin.com/in/ola-nord,,,,16 Dec 2024\n",
                                       NULL);
  OgPerson *ola = connection (dataset, "Ola Nord");

  g_assert_cmpint (ola->acceptance.earliest, ==, og_date_utc_from_civil (2024, 12, 16, 0, 0, 0));
  g_assert_cmpint (ola->acceptance.latest, ==, og_date_utc_from_civil (2024, 12, 16, 23, 59, 59));
}

static void
test_dataset_reports_an_unknown_acceptance_without_a_date (void)
{
  g_autoptr(OgDataset) dataset = load ("Connections.csv",
                                       CONNECTIONS_2024 "Ola,Nord,https://www.linkedin.com/in/ola-nord,,,,\n",
                                       NULL);
  OgPerson *ola = connection (dataset, "Ola Nord");

  g_assert_cmpint (ola->acceptance.source, ==, OG_ACCEPTANCE_UNKNOWN);
  g_assert_cmpint (ola->acceptance.earliest, ==, OG_TIME_UNKNOWN);
  g_assert_true (has_warning_containing (dataset, "Connections.csv", 2, "Connected On"));
}

static void
test_dataset_warns_about_spreadsheet_dates_and_keeps_the_day (void)
{
  g_autoptr(OgDataset) dataset = load ("Connections.csv",
                                       CONNECTIONS_2024 "Ola,Nord,,,,,9-Sep-22\nKai,Sund,,,,,someday\n",
                                       NULL);
  OgPerson *ola = connection (dataset, "Ola Nord");

  g_assert_cmpint (ola->connected_on, ==, og_date_utc_from_civil (2022, 9, 9, 0, 0, 0));
  g_assert_true (has_warning_containing (dataset, "Connections.csv", 2, "spreadsheet"));
  g_assert_true (has_warning_containing (dataset, "Connections.csv", 3, "not a date"));
}

static void
test_dataset_counts_the_same_message_from_two_files_once (void)
{
  const char *row = "2-x,,Ola Nord,https://www.linkedin.com/in/ola-nord,Petra Vinter," OWNER_URL ",2025-01-10 10:00:00 UTC,,Hi,INBOX,false,false\n";
  g_autofree char *file = g_strconcat (MESSAGES_2024, row, NULL);
  g_autoptr(OgDataset) dataset = load ("messages.csv", file, "messages.csv", file, NULL);

  g_assert_cmpuint (og_dataset_get_n_messages (dataset), ==, 1);
}

/* Two messages in one second of one thread are both kept; a copy of the
 * second, wrapped differently in another file, is still the same one. */
static void
test_dataset_keeps_different_messages_of_one_second_and_drops_a_rewrapped_copy (void)
{
  const char *first = "2-x,,Ola Nord,https://www.linkedin.com/in/ola-nord,Petra Vinter," OWNER_URL ",2025-01-10 10:00:00 UTC,,Hi,INBOX,false,false\n";
  const char *second = "2-x,,Ola Nord,https://www.linkedin.com/in/ola-nord,Petra Vinter," OWNER_URL ",2025-01-10 10:00:00 UTC,,\"Are you free\non Friday?\",INBOX,false,false\n";
  const char *rewrapped = "2-x,,Ola Nord,https://www.linkedin.com/in/ola-nord,Petra Vinter," OWNER_URL ",2025-01-10 10:00:00 UTC,,Are you free on Friday?,INBOX,false,false\n";
  const char *third = "2-x,,Ola Nord,https://www.linkedin.com/in/ola-nord,Petra Vinter," OWNER_URL ",2025-01-10 10:00:00 UTC,,Are you free on Monday?,INBOX,false,false\n";
  g_autofree char *one = g_strconcat (MESSAGES_2024, first, second, NULL);
  g_autofree char *other = g_strconcat (MESSAGES_2024, rewrapped, third, first, NULL);
  g_autoptr(OgDataset) dataset = load ("messages.csv", one, "messages_2.csv", other, NULL);

  g_assert_cmpuint (og_dataset_get_n_messages (dataset), ==, 3);
}

/* What the workspace does: every record a finished dataset read, into a new one. */
static OgDataset *
replay (OgDataset *source)
{
  g_autoptr(OgDataset) copy = og_dataset_new ();
  GPtrArray *connections = og_dataset_get_connections (source);
  GPtrArray *messages = og_dataset_get_messages (source);
  GPtrArray *invitations = og_dataset_get_invitations (source);

  og_dataset_set_profile_name (copy, "Profile.csv", og_dataset_get_profile_name (source));
  og_dataset_add_hidden_connections (copy, og_dataset_get_n_hidden_connections (source));
  for (guint i = 0; i < connections->len; i++)
    og_dataset_add_connection_record (copy, g_ptr_array_index (connections, i));
  for (guint i = 0; i < messages->len; i++)
    og_dataset_add_message_record (copy, g_ptr_array_index (messages, i));
  for (guint i = 0; i < invitations->len; i++)
    {
      OgInvitation *invitation = g_ptr_array_index (invitations, i);

      if (!invitation->from_changelog)
        og_dataset_add_invitation_record (copy, invitation);
    }
  for (guint i = 0; i < og_dataset_get_n_api_acceptances (source); i++)
    {
      const char *inviter, *invitee;
      gint64 at_ms;
      g_autofree char *inviter_url = NULL;
      g_autofree char *invitee_url = NULL;

      og_dataset_get_api_acceptance (source, i, &inviter, &invitee, &at_ms);
      inviter_url = inviter ? og_url_profile_from_key (inviter) : NULL;
      invitee_url = invitee ? og_url_profile_from_key (invitee) : NULL;
      og_dataset_add_api_acceptance (copy, inviter_url, invitee_url, at_ms);
    }
  og_dataset_finish (copy);
  return g_steal_pointer (&copy);
}

static void
test_dataset_replayed_records_give_the_same_report (void)
{
  const char *sources[][3] = {
    { "..", "data", "sample" },
    { "data", "eras", "2018" },
    { "data", "eras", "2021" },
    { "data", "eras", "2026" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sources) + 1; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(OgDataset) original = NULL;
      g_autoptr(OgDataset) copy = NULL;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

      if (i < G_N_ELEMENTS (sources))
        g_ptr_array_add (paths, g_test_build_filename (G_TEST_DIST, sources[i][0], sources[i][1],
                                                       sources[i][2], NULL));
      else
        {
          /* The Portability API's snapshot and changelog, with exact acceptances. */
          g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "api", NULL);
          g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
          const char *name;

          g_assert_nonnull (listing);
          while ((name = g_dir_read_name (listing)) != NULL)
            if (g_str_has_prefix (name, "member") && g_str_has_suffix (name, ".json"))
              g_ptr_array_add (paths, g_build_filename (dir, name, NULL));
        }
      g_ptr_array_add (paths, NULL);

      original = og_import ((const char * const *)paths->pdata, NULL, NULL, NULL, &error);
      g_assert_nonnull (original);
      g_assert_no_error (error);
      copy = replay (original);

      before = og_report_to_json (original, 60);
      after = og_report_to_json (copy, 60);
      g_assert_cmpstr (after, ==, before);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/og/dataset/counts-hidden-members-apart-from-connections",
                   test_dataset_counts_hidden_members_apart_from_connections);
  g_test_add_func ("/og/dataset/joins-percent-encoded-and-raw-slugs-to-one-person",
                   test_dataset_joins_percent_encoded_and_raw_slugs_to_one_person);
  g_test_add_func ("/og/dataset/joins-by-name-when-connections-have-no-url",
                   test_dataset_joins_by_name_when_connections_have_no_url);
  g_test_add_func ("/og/dataset/keeps-two-people-with-one-name-apart",
                   test_dataset_keeps_two_people_with_one_name_apart);
  g_test_add_func ("/og/dataset/finds-the-owner-from-profile-csv",
                   test_dataset_finds_the_owner_from_profile_csv);
  g_test_add_func ("/og/dataset/finds-the-owner-from-outgoing-invitations",
                   test_dataset_finds_the_owner_from_outgoing_invitations);
  g_test_add_func ("/og/dataset/finds-the-owner-as-the-most-frequent-participant",
                   test_dataset_finds_the_owner_as_the_most_frequent_participant);
  g_test_add_func ("/og/dataset/warns-when-the-owner-cannot-be-found",
                   test_dataset_warns_when_the_owner_cannot_be_found);
  g_test_add_func ("/og/dataset/recognises-group-threads-by-recipient-urls",
                   test_dataset_recognises_group_threads_by_recipient_urls);
  g_test_add_func ("/og/dataset/keeps-a-connections-mail-merge-message-as-theirs",
                   test_dataset_keeps_a_connections_mail_merge_message_as_theirs);
  g_test_add_func ("/og/dataset/recognises-sponsored-inmail-and-reduces-its-html",
                   test_dataset_recognises_sponsored_inmail_and_reduces_its_html);
  g_test_add_func ("/og/dataset/keeps-mail-merge-without-a-sender-as-sponsored",
                   test_dataset_keeps_mail_merge_without_a_sender_as_sponsored);
  g_test_add_func ("/og/dataset/leaves-drafts-out-of-the-message-count",
                   test_dataset_leaves_drafts_out_of_the_message_count);
  g_test_add_func ("/og/dataset/orders-each-conversation-oldest-first",
                   test_dataset_orders_each_conversation_oldest_first);
  g_test_add_func ("/og/dataset/reads-the-2018-era-without-conversation-ids",
                   test_dataset_reads_the_2018_era_without_conversation_ids);
  g_test_add_func ("/og/dataset/takes-acceptance-from-their-reemitted-note",
                   test_dataset_takes_acceptance_from_their_reemitted_note);
  g_test_add_func ("/og/dataset/takes-acceptance-from-the-owners-reemitted-note",
                   test_dataset_takes_acceptance_from_the_owners_reemitted_note);
  g_test_add_func ("/og/dataset/does-not-take-a-note-from-another-day",
                   test_dataset_does_not_take_a_note_from_another_day);
  g_test_add_func ("/og/dataset/raises-the-day-window-to-the-invitation-time",
                   test_dataset_raises_the_day_window_to_the_invitation_time);
  g_test_add_func ("/og/dataset/keeps-the-whole-day-without-an-invitation",
                   test_dataset_keeps_the_whole_day_without_an_invitation);
  g_test_add_func ("/og/dataset/reports-an-unknown-acceptance-without-a-date",
                   test_dataset_reports_an_unknown_acceptance_without_a_date);
  g_test_add_func ("/og/dataset/warns-about-spreadsheet-dates-and-keeps-the-day",
                   test_dataset_warns_about_spreadsheet_dates_and_keeps_the_day);
  g_test_add_func ("/og/dataset/replayed-records-give-the-same-report",
                   test_dataset_replayed_records_give_the_same_report);
  g_test_add_func ("/og/dataset/counts-the-same-message-from-two-files-once",
                   test_dataset_counts_the_same_message_from_two_files_once);
  g_test_add_func ("/og/dataset/takes-either-mail-merge-mark-for-sponsored",
                   test_dataset_takes_either_mail_merge_mark_for_sponsored);
  g_test_add_func ("/og/dataset/keeps-different-messages-of-one-second-and-drops-a-rewrapped-copy",
                   test_dataset_keeps_different_messages_of_one_second_and_drops_a_rewrapped_copy);

  return g_test_run ();
}
