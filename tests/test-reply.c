/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reply templates: placeholders checked when saved, filled as plain text. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "og-date.h"
#include "og-reply.h"
#include "og-reply-choice.h"
#include "og-test-util.h"

static const OgReplyContext ola = {
  .first_name = "Ola", .last_name = "Nord", .company = "Nordvik", .position = "Account Executive",
  .my_first_name = "Petra", .days_since_connected = 12, .minutes_to_pitch = 4.6, .followup_count = 3,
  .first_pitch_at = 1734349498,   /* 2024-12-16T11:44:58Z */
};

static void
test_reply_fills_every_placeholder (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = og_reply_render (
    "Hi {first_name} {last_name} ({position}, {company}): {days_since_connected} days, "
    "{minutes_to_pitch} minutes, {followup_count} follow-ups since {first_pitch_date}. {my_first_name}",
    &ola, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "Hi Ola Nord (Account Executive, Nordvik): 12 days, 4 minutes, "
                             "3 follow-ups since 2024-12-16. Petra");
}

static void
test_reply_knows_every_placeholder_it_lists (void)
{
  const char * const *names = og_reply_placeholders ();

  g_assert_cmpuint (g_strv_length ((char **)names), ==, 9);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *body = g_strdup_printf ("{%s}", names[i]);
      g_autoptr(GError) error = NULL;

      g_assert_true (og_reply_check (body, &error));
      g_assert_no_error (error);
    }
}

static void
test_reply_rejects_an_unknown_placeholder_naming_it_and_where (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (og_reply_check ("Hi {frist_name}, thanks", &error));
  g_assert_error (error, OG_REPLY_ERROR, OG_REPLY_ERROR_UNKNOWN_PLACEHOLDER);
  g_assert_nonnull (strstr (error->message, "{frist_name}"));
  g_assert_nonnull (strstr (error->message, "character 4"));
  g_assert_nonnull (strstr (error->message, "{first_name}"));
}

static void
test_reply_rejects_unbalanced_braces (void)
{
  const char *bodies[] = { "Hi {first_name", "Hi {first {name}", "Hi first_name}", "Hé {" };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = og_reply_render (bodies[i], &ola, &error);

      g_assert_null (text);
      g_assert_error (error, OG_REPLY_ERROR, OG_REPLY_ERROR_SYNTAX);
    }
}

static void
test_reply_counts_positions_in_characters (void)
{
  g_autoptr(GError) error = NULL;

  /* "Grüße " is six characters and seven bytes. */
  g_assert_false (og_reply_check ("Grüße {x}", &error));
  g_assert_nonnull (strstr (error->message, "character 7"));
}

static void
test_reply_doubled_braces_stand_for_one (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = og_reply_render ("{{not a placeholder}} and {first_name}", &ola, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "{not a placeholder} and Ola");
}

static void
test_reply_says_something_sensible_for_what_is_unknown (void)
{
  const OgReplyContext unknown = {
    .days_since_connected = -1, .minutes_to_pitch = -1, .followup_count = -1, .first_pitch_at = OG_TIME_UNKNOWN,
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = og_reply_render (
    "Hi {first_name} at {company} ({position}): {days_since_connected} days, {minutes_to_pitch} minutes, "
    "{followup_count} follow-ups since {first_pitch_date}.{last_name}{my_first_name}",
    &unknown, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "Hi there at your company (your role): some days, a few minutes, "
                             "several follow-ups since earlier.");
}

static void
test_reply_copies_markup_and_control_text_as_it_is (void)
{
  const OgReplyContext tricky = { .first_name = "<b>Ola</b> & co", .days_since_connected = -1,
                                  .minutes_to_pitch = -1, .followup_count = -1, .first_pitch_at = OG_TIME_UNKNOWN };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = og_reply_render ("Hi {first_name}", &tricky, &error);

  /* Plain text: nothing is escaped or interpreted; the app shows it as text. */
  g_assert_cmpstr (text, ==, "Hi <b>Ola</b> & co");
}

static void
test_reply_builtins_pass_their_check_and_name_the_contact (void)
{
  guint n = 0;

  for (const OgReplyBuiltin *builtin = og_reply_builtins (); builtin->id != NULL; builtin++, n++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = og_reply_render (builtin->body, &ola, &error);

      g_assert_no_error (error);
      g_assert_nonnull (text);
      g_assert_null (strchr (text, '{'));
      g_assert_null (strchr (text, '}'));
      g_assert_nonnull (strstr (text, "Ola"));
      g_assert_true (g_str_has_suffix (text, "Petra"));
      g_assert_cmpuint (strlen (builtin->title), >, 0);
      g_assert_null (strchr (builtin->description, '\n'));
      g_assert_true (og_reply_builtin_lookup (builtin->id) == builtin);
    }
  /* A polite removal request and a canned off-topic reply among them. */
  g_assert_cmpuint (n, >=, 4);
  g_assert_nonnull (og_reply_builtin_lookup ("polite-removal"));
  g_assert_nonnull (og_reply_builtin_lookup ("off-topic-ask"));
  g_assert_null (og_reply_builtin_lookup ("no-such-reply"));
}

static OgPerson uma = {
  .key = (char *)"linkedin.com/in/uma-berg", .name = (char *)"Uma Berg", .first_name = (char *)"Uma", .last_name = (char *)"Berg",
  .company = (char *)"Bergsoft", .position = (char *)"Growth Lead", .is_connection = TRUE,
  .connected_on = 1733011200,   /* 2024-12-01T00:00:00Z */
};

static void
test_reply_suggests_the_reply_that_fits_the_pattern (void)
{
  struct {
    OgContactAudit contact;
    const char    *expected;
  } cases[] = {
    { { .person = &uma }, "work-first" },
    { { .person = &uma, .pitches = 1 }, "work-first" },
    { { .person = &uma, .pitches = 1, .pitch_first = TRUE }, "polite-removal" },
    { { .person = &uma, .recruiting = 1 }, "recruiting-decline" },
    /* A recruiter who also sells is answered as a seller. */
    { { .person = &uma, .recruiting = 1, .pitches = 1, .pitch_first = TRUE }, "polite-removal" },
    { { .person = &uma, .pitches = 4, .pitch_first = TRUE, .unanswered_followups = OG_AUDIT_PERSISTENT_FOLLOWUPS },
      "firm-stop" },
    { { .person = &uma, .pitches = 4, .unanswered_followups = OG_AUDIT_PERSISTENT_FOLLOWUPS - 1 }, "work-first" },
    /* Having ignored a request to stop outweighs everything else. */
    { { .person = &uma, .pitches = 5, .pitch_first = TRUE, .unanswered_followups = 4, .ignored_opt_out = TRUE },
      "asked-before" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *reason = NULL;
      const char *id = og_reply_suggest (&cases[i].contact, &reason);

      g_assert_cmpstr (id, ==, cases[i].expected);
      g_assert_nonnull (og_reply_builtin_lookup (id));
      g_assert_nonnull (reason);
      g_assert_cmpstr (reason, !=, "");
    }
}

static void
test_reply_context_says_minutes_only_when_the_data_knows_them (void)
{
  OgMessage pitch = { .sent_at = 1733049000 };   /* 2024-12-01T10:30:00Z */
  OgContactAudit exact = { .person = &uma, .pitches = 1, .first_pitch = &pitch, .has_minutes = TRUE,
                           .minutes_min = 12.4, .minutes_max = 12.4, .unanswered_followups = 2 };
  OgContactAudit day = { .person = &uma, .pitches = 1, .first_pitch = &pitch, .has_minutes = TRUE,
                         .minutes_min = 0, .minutes_max = 630 };
  OgContactAudit quiet = { .person = &uma };
  OgReplyContext context;
  g_autofree char *exact_text = NULL;
  g_autofree char *day_text = NULL;
  g_autofree char *quiet_text = NULL;
  const char *body = "{first_name} {last_name} of {company} ({position}), {days_since_connected} days, "
                     "{minutes_to_pitch} minutes, {followup_count} follow-ups, {first_pitch_date}. {my_first_name}";

  og_reply_context_for (&context, &exact, "Petra", 1733011200 + 12 * 24 * 3600 + 3600);
  exact_text = og_reply_render (body, &context, NULL);
  g_assert_cmpstr (exact_text, ==, "Uma Berg of Bergsoft (Growth Lead), 12 days, 12 minutes, 2 follow-ups, 2024-12-01. Petra");

  /* Known to the day only: no number of minutes is claimed. */
  og_reply_context_for (&context, &day, "Petra", 1733011200);
  day_text = og_reply_render ("{minutes_to_pitch} minutes, {days_since_connected} days", &context, NULL);
  g_assert_cmpstr (day_text, ==, "a few minutes, 0 days");

  og_reply_context_for (&context, &quiet, NULL, 1733011200 - 10);
  quiet_text = og_reply_render ("{first_pitch_date}|{days_since_connected}|{my_first_name}|", &context, NULL);
  g_assert_cmpstr (quiet_text, ==, "earlier|some||");
}

static void
test_reply_owner_first_name_comes_from_the_profile (void)
{
  g_autoptr(OgDataset) dataset = og_test_load (
    "Profile.csv", "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
                   "Geo Location,Twitter Handles,Websites,Instant Messengers\nPetra,Vinter,,,,Buyer,,,,,,,\n",
    NULL);
  g_autoptr(OgDataset) empty = og_test_load ("Connections.csv", "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n", NULL);
  g_autofree char *name = og_reply_owner_first_name (dataset);
  g_autofree char *none = og_reply_owner_first_name (empty);

  g_assert_cmpstr (name, ==, "Petra");
  g_assert_null (none);
}

static void
test_reply_builtins_are_translated_for_the_large_markets (void)
{
  const char *dir = g_getenv ("OG_TEST_LOCALEDIR");
  const char *languages[] = { "de", "fr", "es" };

  if (dir == NULL)
    {
      g_test_skip ("OG_TEST_LOCALEDIR is not set: run through meson test");
      return;
    }
  /* C.UTF-8, not C: gettext ignores LANGUAGE under the plain C locale. */
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  bindtextdomain (GETTEXT_PACKAGE, dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_setenv ("LANGUAGE", languages[l], TRUE);
      for (const OgReplyBuiltin *builtin = og_reply_builtins (); builtin->id != NULL; builtin++)
        {
          g_autoptr(OgReplyTemplate) template = og_reply_template_new_builtin (builtin);
          g_autoptr(GError) error = NULL;
          g_autofree char *text = NULL;

          /* Title, description and text all translated, the id not. */
          g_assert_cmpstr (template->id, ==, builtin->id);
          g_assert_cmpstr (template->title, !=, builtin->title);
          g_assert_cmpstr (template->description, !=, builtin->description);
          g_assert_cmpstr (template->body, !=, builtin->body);
          /* The translation keeps the placeholders working. */
          g_assert_nonnull (strstr (template->body, "{first_name}"));
          g_assert_nonnull (strstr (template->body, "{my_first_name}"));
          text = og_reply_render (template->body, &ola, &error);
          g_assert_no_error (error);
          g_assert_nonnull (strstr (text, "Ola"));
          g_assert_nonnull (strstr (text, "Petra"));
        }
    }
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/og/reply/fills-every-placeholder", test_reply_fills_every_placeholder);
  g_test_add_func ("/og/reply/knows-every-placeholder-it-lists", test_reply_knows_every_placeholder_it_lists);
  g_test_add_func ("/og/reply/rejects-an-unknown-placeholder-naming-it-and-where",
                   test_reply_rejects_an_unknown_placeholder_naming_it_and_where);
  g_test_add_func ("/og/reply/rejects-unbalanced-braces", test_reply_rejects_unbalanced_braces);
  g_test_add_func ("/og/reply/counts-positions-in-characters", test_reply_counts_positions_in_characters);
  g_test_add_func ("/og/reply/doubled-braces-stand-for-one", test_reply_doubled_braces_stand_for_one);
  g_test_add_func ("/og/reply/says-something-sensible-for-what-is-unknown",
                   test_reply_says_something_sensible_for_what_is_unknown);
  g_test_add_func ("/og/reply/builtins-pass-their-check-and-name-the-contact",
                   test_reply_builtins_pass_their_check_and_name_the_contact);
  g_test_add_func ("/og/reply/copies-markup-and-control-text-as-it-is",
                   test_reply_copies_markup_and_control_text_as_it_is);
  g_test_add_func ("/og/reply/suggests-the-reply-that-fits-the-pattern",
                   test_reply_suggests_the_reply_that_fits_the_pattern);
  g_test_add_func ("/og/reply/context-says-minutes-only-when-the-data-knows-them",
                   test_reply_context_says_minutes_only_when_the_data_knows_them);
  g_test_add_func ("/og/reply/builtins-are-translated-for-the-large-markets",
                   test_reply_builtins_are_translated_for_the_large_markets);
  g_test_add_func ("/og/reply/owner-first-name-comes-from-the-profile",
                   test_reply_owner_first_name_comes_from_the_profile);

  return g_test_run ();
}
