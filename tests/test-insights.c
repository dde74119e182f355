/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Insights: the audit's figures added up for the charts, and read aloud. */
#include "config.h"

#include <string.h>

#include "og-insights.h"
#include "og-test-util.h"

#include "og-test-export.h"

/* "[pitch]" labels a message a pitch. */

#define SCRIPT(company) \
  "[pitch] Hi Petra, at " company " we help freight teams cut cloud costs by a third in 60 days without code changes. Worth a 20-minute call?"

static OgAudit *
scenario (void)
{
  g_autoptr(OgDataset) dataset = og_test_load (
    "Profile.csv", PROFILE,
    "Connections.csv", CONNECTIONS
    CONNECTION ("Ola", "Nord", "ola-nord", "Nordvik", "01 Feb 2025")
    CONNECTION ("Kai", "Sund", "kai-sund", "Sundberg", "01 Feb 2025")
    CONNECTION ("Uma", "Berg", "uma-berg", "Bergen Bikes", "01 Feb 2025")
    CONNECTION ("Tomas", "Ek", "tomas-ek", "Ekvall", "01 Mar 2025")
    CONNECTION ("Ines", "Abreu", "ines-abreu", "Abreu Lda", "01 Mar 2025")
    CONNECTION ("Lior", "Katz", "lior-katz", "Blue Heron", "01 Mar 2025"),
    "Invitations.csv", INVITATIONS
    INVITED_ME ("Ola Nord", "ola-nord", "1/31/25, 4:00 PM", "[pitch] Hi Petra, we help teams ship faster. Demo?"),
    "messages.csv", MESSAGES
    /* Ola's note is a pitch at acceptance; Kai pitches the day he connects and
     * follows up three times; Uma only says hello; three people send one script
     * in April, none pitch in March. */
    FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2025-02-01 08:00:00 UTC", "[pitch] Hi Petra, we help teams ship faster. Demo?")
    FROM_THEM ("2-k", "Kai Sund", "kai-sund", "2025-02-01 10:00:00 UTC", "[pitch] Demo?")
    FROM_THEM ("2-k", "Kai Sund", "kai-sund", "2025-02-02 10:00:00 UTC", "[pitch] Bump")
    FROM_THEM ("2-k", "Kai Sund", "kai-sund", "2025-02-03 10:00:00 UTC", "[pitch] Bump")
    FROM_THEM ("2-k", "Kai Sund", "kai-sund", "2025-02-04 10:00:00 UTC", "[pitch] Last try")
    FROM_THEM ("2-u", "Uma Berg", "uma-berg", "2025-02-05 10:00:00 UTC", "Hello Petra, lovely to meet you")
    FROM_THEM ("2-t", "Tomas Ek", "tomas-ek", "2025-04-02 09:00:00 UTC", SCRIPT ("Ekvall"))
    FROM_THEM ("2-i", "Ines Abreu", "ines-abreu", "2025-04-03 09:00:00 UTC", SCRIPT ("Abreu Lda"))
    FROM_THEM ("2-l", "Lior Katz", "lior-katz", "2025-04-04 09:00:00 UTC", SCRIPT ("Blue Heron")),
    NULL);

  return og_audit_new (dataset, 60, og_test_label_by_tag, NULL, NULL);
}

static guint
value_of (GPtrArray  *bars,
          const char *label)
{
  for (guint i = 0; i < bars->len; i++)
    {
      OgInsightBar *bar = g_ptr_array_index (bars, i);

      if (g_str_equal (bar->label, label))
        return bar->value;
    }
  g_assert_not_reached ();
}

static void
test_insights_bucket_first_pitches_by_the_latest_they_could_have_come (void)
{
  g_autoptr(OgAudit) audit = scenario ();
  g_autoptr(OgInsights) insights = og_insights_new (audit);
  guint total = 0;

  /* Ola at 0 minutes; Kai somewhere in his connection day; the script senders weeks later. */
  g_assert_cmpuint (value_of (insights->minutes_to_pitch, "under 5 min"), ==, 1);
  g_assert_cmpuint (value_of (insights->minutes_to_pitch, "over a week"), ==, 3);
  for (guint i = 0; i < insights->minutes_to_pitch->len; i++)
    total += ((OgInsightBar *)g_ptr_array_index (insights->minutes_to_pitch, i))->value;
  g_assert_cmpuint (total, ==, 5);
}

static void
test_insights_count_pitches_per_month_including_quiet_months (void)
{
  g_autoptr(OgAudit) audit = scenario ();
  g_autoptr(OgInsights) insights = og_insights_new (audit);
  GPtrArray *months = insights->pitches_per_month;

  g_assert_cmpuint (months->len, ==, 3);
  g_assert_cmpstr (((OgInsightBar *)g_ptr_array_index (months, 0))->label, ==, "2025-02");
  g_assert_cmpuint (value_of (months, "2025-02"), ==, 5);
  g_assert_cmpuint (value_of (months, "2025-03"), ==, 0);
  g_assert_cmpuint (value_of (months, "2025-04"), ==, 3);
}

static void
test_insights_rank_scripts_and_persistent_senders (void)
{
  g_autoptr(OgAudit) audit = scenario ();
  g_autoptr(OgInsights) insights = og_insights_new (audit);
  OgInsightBar *top;

  g_assert_cmpuint (insights->top_scripts->len, ==, 1);
  g_assert_cmpuint (((OgInsightBar *)g_ptr_array_index (insights->top_scripts, 0))->value, ==, 3);

  g_assert_cmpuint (insights->most_persistent->len, >=, 1);
  top = g_ptr_array_index (insights->most_persistent, 0);
  g_assert_cmpstr (top->label, ==, "Kai Sund");
  g_assert_cmpuint (top->value, ==, 3);
}

static void
test_insights_share_of_the_network_that_pitched_first (void)
{
  g_autoptr(OgAudit) audit = scenario ();
  g_autoptr(OgInsights) insights = og_insights_new (audit);

  /* Ola (her note), Kai, Uma and the three script senders wrote; all but Uma pitched first. */
  g_assert_cmpuint (insights->contacts_who_wrote, ==, 6);
  g_assert_cmpuint (insights->pitched_first, ==, 5);
}

static void
test_insights_read_a_chart_as_a_sentence (void)
{
  g_autoptr(OgAudit) audit = scenario ();
  g_autoptr(OgInsights) insights = og_insights_new (audit);
  g_autofree char *months = og_insights_describe_bars (insights->pitches_per_month);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autofree char *empty = og_insights_describe_bars (none);

  g_assert_cmpstr (months, ==, "2025-02: 5; 2025-03: 0; 2025-04: 3");
  g_assert_cmpstr (empty, ==, "Nothing to show");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/og/insights/bucket-first-pitches-by-the-latest-they-could-have-come",
                   test_insights_bucket_first_pitches_by_the_latest_they_could_have_come);
  g_test_add_func ("/og/insights/count-pitches-per-month-including-quiet-months",
                   test_insights_count_pitches_per_month_including_quiet_months);
  g_test_add_func ("/og/insights/rank-scripts-and-persistent-senders",
                   test_insights_rank_scripts_and_persistent_senders);
  g_test_add_func ("/og/insights/share-of-the-network-that-pitched-first",
                   test_insights_share_of_the_network_that_pitched_first);
  g_test_add_func ("/og/insights/read-a-chart-as-a-sentence", test_insights_read_a_chart_as_a_sentence);

  return g_test_run ();
}
