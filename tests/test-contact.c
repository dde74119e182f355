/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Contacts as list items: the short texts and sortable figures the columns show. */
#include "config.h"

#include <string.h>

#include "og-contact.h"
#include "og-test-util.h"

#include "og-test-export.h"

static void
test_contact_minutes_read_at_a_glance_and_never_claim_more (void)
{
  const struct { double min, max; const char *text; } cases[] = {
    { 4, 4, "4 min" },
    { 0, 0, "0 min" },
    { 185, 185, "3 h 5 min" },
    { 120, 120, "2 h" },
    { 1500, 1500, "1 d 1 h" },
    { 2880, 2880, "2 d" },
    /* A range when the acceptance moment is known only to the day or minute. */
    { 0, 300, "up to 5 h" },
    { 125, 1620, "2 h 5 min – 1 d 3 h" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = og_contact_format_minutes (cases[i].min, cases[i].max);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}


static void
test_contact_carries_the_audits_figures_for_sorting (void)
{
  g_autoptr(OgDataset) dataset = og_test_load (
    "Profile.csv", PROFILE,
    "Connections.csv", CONNECTIONS
    CONNECTION ("Ola", "Nord", "ola-nord", "Nordvik", "01 Feb 2025")
    CONNECTION ("Uma", "Berg", "uma-berg", "Bergen Bikes", "01 Feb 2025"),
    "messages.csv", MESSAGES
    FROM_THEM ("2-o", "Ola Nord", "ola-nord", "2025-02-01 09:00:00 UTC", "[pitch] Demo?")
    FROM_THEM ("2-u", "Uma Berg", "uma-berg", "2025-02-02 09:00:00 UTC", "Hello!"),
    NULL);
  g_autoptr(OgAudit) audit = og_audit_new (dataset, 60, og_test_label_by_tag, NULL, NULL);
  g_autoptr(GListModel) contacts = og_contact_list_new_for_audit (audit);
  g_autoptr(OgContact) ola = NULL;
  g_autoptr(OgContact) uma = NULL;
  g_autofree char *flags = NULL;
  g_autofree char *minutes = NULL;
  double rate = 0;

  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
  ola = g_list_model_get_item (contacts, 0);
  uma = g_list_model_get_item (contacts, 1);
  if (g_strcmp0 (og_contact_get_name (ola), "Ola Nord") != 0)
    {
      OgContact *swap = ola;

      ola = uma;
      uma = swap;
    }

  /* Ola pitched on the day he connected: a range, sorted by its end. */
  g_object_get (ola, "flags-text", &flags, "minutes-text", &minutes, "pitch-rate", &rate, NULL);
  g_assert_nonnull (strstr (flags, "Pitch first"));
  g_assert_true (g_str_has_prefix (minutes, "up to "));
  g_assert_cmpfloat (og_contact_get_minutes (ola), ==, og_contact_get_figures (ola)->minutes_max);
  g_assert_cmpfloat (rate, >, 0.0);
  g_assert_true (og_contact_get_audit (ola) == audit);

  /* Uma never pitched: she sorts after everyone who did. */
  g_assert_cmpfloat (og_contact_get_minutes (uma), ==, G_MAXDOUBLE);
  g_assert_cmpuint (og_contact_get_flags (uma), ==, OG_FLAG_NONE);
}

static void
test_contact_search_text_is_name_company_and_position_folded (void)
{
  g_autoptr(OgDataset) dataset = og_test_load (
    "Connections.csv", CONNECTIONS CONNECTION ("Ölaf", "NORD", "olaf-nord", "Straße & Söhne", "01 Feb 2025"),
    NULL);
  OgPerson *person = g_ptr_array_index (og_dataset_get_connections (dataset), 0);
  g_autoptr(OgContact) contact = og_contact_new (dataset, person);
  g_autofree char *needle = g_utf8_casefold ("STRASSE", -1);
  const char *text = og_contact_get_search_text (contact);

  /* Each field on its own line, so a search never matches across two. */
  g_assert_nonnull (strstr (text, "ölaf nord\n"));
  g_assert_nonnull (strstr (text, needle));
  g_assert_true (og_contact_get_search_text (contact) == text);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/og/contact/minutes-read-at-a-glance-and-never-claim-more",
                   test_contact_minutes_read_at_a_glance_and_never_claim_more);
  g_test_add_func ("/og/contact/search-text-is-name-company-and-position-folded",
                   test_contact_search_text_is_name_company_and_position_folded);
  g_test_add_func ("/og/contact/carries-the-audits-figures-for-sorting",
                   test_contact_carries_the_audits_figures_for_sorting);

  return g_test_run ();
}
