/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The classifier: labels with scores and evidence, the unsure band, opt-outs,
 * corrections, and the shipped model on held-out messages. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "og-classifier.h"
#include "og-error.h"
#include "og-test-util.h"

static void
test_classifier_labels_a_clear_pitch_with_evidence_and_spans (void)
{
  g_autoptr(OgClassifier) classifier = og_test_tiny_classifier ();
  const char *text = "Hi Sam, we help logistics teams grow their pipeline. Open to a quick call on Thursday?";
  g_autoptr(OgClassification) result = og_classifier_classify (classifier, text);
  gboolean has_span = FALSE;

  g_assert_cmpint (result->label, ==, OG_LABEL_PITCH);
  g_assert_cmpfloat (result->score, >=, 0.6);
  g_assert_cmpfloat (result->score, <=, 1.0);
  g_assert_cmpuint (result->evidence->len, >, 0);

  for (guint i = 0; i < result->evidence->len; i++)
    {
      OgEvidence *item = g_ptr_array_index (result->evidence, i);

      g_assert_nonnull (item->feature);
      g_assert_cmpuint (item->end, <=, strlen (text));
      if (item->end > item->start)
        {
          g_autofree char *matched = g_strndup (text + item->start, item->end - item->start);

          /* Every span is a real piece of the text, on character boundaries. */
          g_assert_true (g_utf8_validate (matched, -1, NULL));
          has_span = TRUE;
        }
    }
  g_assert_true (has_span);
  /* Strongest first. */
  g_assert_cmpfloat (fabs (((OgEvidence *)g_ptr_array_index (result->evidence, 0))->weight), >=,
                     fabs (((OgEvidence *)g_ptr_array_index (result->evidence, result->evidence->len - 1))->weight));
}

static void
test_classifier_tells_recruiting_from_pitch (void)
{
  g_autoptr(OgClassifier) classifier = og_test_tiny_classifier ();
  g_autoptr(OgClassification) result =
    og_classifier_classify (classifier, "We're hiring a platform engineer; your background would be a great fit for the position. Interested?");

  g_assert_cmpint (result->best, ==, OG_LABEL_RECRUITING);
}

static void
test_classifier_labels_thanks_as_other (void)
{
  g_autoptr(OgClassifier) classifier = og_test_tiny_classifier ();
  g_autoptr(OgClassification) result =
    og_classifier_classify (classifier, "Thanks for connecting! Great to meet you at the conference.");

  g_assert_cmpint (result->label, ==, OG_LABEL_OTHER);
}

static void
test_classifier_puts_an_empty_message_in_the_unsure_band (void)
{
  g_autoptr(OgClassifier) classifier = og_test_tiny_classifier ();
  g_autoptr(OgClassification) result = og_classifier_classify (classifier, "zzqx");

  /* Nothing known about it: never a confident pitch. */
  g_assert_cmpint (result->label, !=, OG_LABEL_PITCH);
}

static void
test_classifier_names_each_kind_of_evidence_for_what_it_is (void)
{
  g_autoptr(OgClassifier) classifier = og_test_tiny_classifier ();
  /* "platforms" is unknown to the tiny corpus, but it shares a stem with "platform". */
  g_autoptr(OgClassification) result = og_classifier_classify (classifier, "Platforms?");
  gboolean saw_stem = FALSE;

  for (guint i = 0; i < result->evidence->len; i++)
    {
      OgEvidence *item = g_ptr_array_index (result->evidence, i);

      /* Only the length of the whole message has no span of its own. */
      if (g_str_equal (item->feature, "message length"))
        g_assert_cmpuint (item->start, ==, item->end);
      saw_stem |= g_str_has_prefix (item->feature, "words beginning");
    }
  g_assert_true (saw_stem);
}

static void
test_classifier_sensitivity_moves_the_line_for_a_pitch (void)
{
  g_autoptr(OgClassifier) classifier = og_test_tiny_classifier ();
  /* Fairly, not very, sure: between the balanced line (0.62) and the strict one (0.80). */
  const char *text = "We help teams. Demo?";
  g_autoptr(OgClassification) balanced = og_classifier_classify (classifier, text);
  g_autoptr(OgClassification) strict = NULL;
  g_autoptr(OgClassification) sensitive = NULL;

  g_assert_cmpint (balanced->best, ==, OG_LABEL_PITCH);
  g_assert_true (og_classifier_set_sensitivity (classifier, "strict"));
  strict = og_classifier_classify (classifier, text);
  g_assert_true (og_classifier_set_sensitivity (classifier, "sensitive"));
  sensitive = og_classifier_classify (classifier, text);
  g_assert_false (og_classifier_set_sensitivity (classifier, "paranoid"));

  /* The same probability; only the line moves. */
  g_assert_cmpfloat (balanced->score, >, 0.62);
  g_assert_cmpfloat (balanced->score, <, 0.80);
  g_assert_cmpfloat (strict->score, ==, balanced->score);
  g_assert_cmpint (balanced->label, ==, OG_LABEL_PITCH);
  g_assert_cmpint (strict->label, ==, OG_LABEL_UNSURE);
  g_assert_cmpint (sensitive->label, ==, OG_LABEL_PITCH);
}

static void
test_classifier_marks_a_bump_whatever_its_label (void)
{
  g_autoptr(OgClassifier) classifier = og_test_tiny_classifier ();
  const char *bumps[] = {
    "Just checking in on the below",
    "Did you see my note about Friday's dinner?",
    "Kurze Erinnerung an meine letzte Nachricht",
  };
  g_autoptr(OgClassification) plain = og_classifier_classify (classifier, "Thanks for the slides!");

  for (guint i = 0; i < G_N_ELEMENTS (bumps); i++)
    {
      g_autoptr(OgClassification) result = og_classifier_classify (classifier, bumps[i]);

      g_assert_true (result->bump);
    }
  g_assert_false (plain->bump);
}

static void
test_classifier_probabilities_sum_to_one (void)
{
  g_autoptr(OgClassifier) classifier = og_test_tiny_classifier ();
  g_autoptr(OgClassification) result = og_classifier_classify (classifier, "Quick call about your hiring?");
  double sum = 0.0;

  for (guint i = 0; i < OG_N_MODEL_LABELS; i++)
    sum += result->probabilities[i];
  g_assert_cmpfloat_with_epsilon (sum, 1.0, 1e-9);
  g_assert_cmpfloat (result->score, ==, result->probabilities[result->best]);
}

static void
test_classifier_reads_html_as_its_text (void)
{
  g_autoptr(OgClassifier) classifier = og_test_tiny_classifier ();
  g_autoptr(OgClassification) result =
    og_classifier_classify (classifier, "<p>Hi %FIRSTNAME%,</p><p>We help teams like yours &amp; cut costs. Open to a quick call?</p>");

  g_assert_cmpint (result->label, ==, OG_LABEL_PITCH);
}

static void
test_classifier_is_deterministic (void)
{
  g_autoptr(OgClassifier) a = og_test_tiny_classifier ();
  g_autoptr(OgClassifier) b = og_test_tiny_classifier ();
  const char *text = "Following up on the demo, any thoughts?";
  g_autoptr(OgClassification) x = og_classifier_classify (a, text);
  g_autoptr(OgClassification) y = og_classifier_classify (b, text);

  g_assert_cmpfloat (x->score, ==, y->score);
  g_assert_cmpint (x->label, ==, y->label);
}

static void
test_classifier_finds_opt_outs_in_several_languages (void)
{
  g_autoptr(OgClassifier) classifier = og_test_tiny_classifier ();
  const char *opt_outs[] = {
    "Please take me off your list.",
    "Not interested. Please stop sending me these.",
    "Bitte entfernen Sie mich aus dem Verteiler.",
    "Merci de ne plus me contacter à ce sujet.",
    "Por favor, elimíname de su lista.",
  };
  const char *others[] = {
    "Thanks, see you Tuesday!",
    "Danke für die Unterlagen.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (opt_outs); i++)
    {
      g_autoptr(GPtrArray) evidence = NULL;
      double score = 0.0;

      g_assert_true (og_classifier_is_opt_out (classifier, opt_outs[i], &score, &evidence));
      g_assert_cmpfloat (score, >=, 0.5);
      g_assert_cmpuint (evidence->len, >, 0);
    }
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    g_assert_false (og_classifier_is_opt_out (classifier, others[i], NULL, NULL));
}

static void
test_classifier_follows_a_not_a_pitch_correction_for_that_contact (void)
{
  g_autoptr(OgClassifier) classifier = og_test_tiny_classifier ();
  const char *text = "We help SaaS teams double their pipeline. Open to a quick call next week?";
  g_autoptr(OgClassification) before = og_classifier_classify_for (classifier, text, "linkedin.com/in/ola-nord");
  g_autoptr(OgClassification) after = NULL;
  g_autoptr(OgClassification) someone_else = NULL;

  g_assert_cmpint (before->label, ==, OG_LABEL_PITCH);
  og_classifier_add_correction (classifier, text, "linkedin.com/in/ola-nord", OG_LABEL_OTHER);

  after = og_classifier_classify_for (classifier, text, "linkedin.com/in/ola-nord");
  g_assert_cmpint (after->label, ==, OG_LABEL_OTHER);
  g_assert_true (after->corrected);
  g_assert_nonnull (strstr (((OgEvidence *)g_ptr_array_index (after->evidence, 0))->feature, "corrected"));

  /* The correction was about that contact; the model still moved a little. */
  someone_else = og_classifier_classify_for (classifier, text, "linkedin.com/in/kai-sund");
  g_assert_false (someone_else->corrected);
  g_assert_cmpfloat (someone_else->probabilities[OG_LABEL_PITCH], <, before->probabilities[OG_LABEL_PITCH]);
}

static void
test_classifier_learns_from_an_is_a_pitch_correction (void)
{
  g_autoptr(OgClassifier) classifier = og_test_tiny_classifier ();
  const char *text = "Loved your post on warehouse robotics! Let's connect.";
  const char *similar = "Loved your post on warehouse robotics! Let's connect soon.";
  g_autoptr(OgClassification) before = og_classifier_classify (classifier, similar);
  g_autoptr(OgClassification) after = NULL;

  og_classifier_add_correction (classifier, text, NULL, OG_LABEL_PITCH);
  after = og_classifier_classify (classifier, similar);
  g_assert_cmpfloat (after->probabilities[OG_LABEL_PITCH], >, before->probabilities[OG_LABEL_PITCH]);
}

static void
test_classifier_loaded_from_a_saved_model_learns_without_changing_the_saved_one (void)
{
  g_autoptr(OgClassifier) trained = og_test_tiny_classifier ();
  g_autoptr(GBytes) saved = og_classifier_save_model (trained);
  g_autoptr(GError) error = NULL;
  g_autoptr(OgClassifier) loaded = og_classifier_new_from_model (saved, &error);
  g_autoptr(OgClassifier) untouched = og_classifier_new_from_model (saved, &error);
  g_autoptr(OgClassifier) reloaded = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  /* Words the tiny corpus never had: the correction adds features too. */
  const char *text = "Zebrafish aquaponics kits, wholesale, ask me for the catalogue!";
  g_autoptr(OgClassification) before = NULL;
  g_autoptr(OgClassification) after = NULL;
  g_autoptr(OgClassification) elsewhere = NULL;
  g_autoptr(OgClassification) round_trip = NULL;

  g_assert_no_error (error);
  before = og_classifier_classify (loaded, text);
  og_classifier_add_correction (loaded, text, NULL, OG_LABEL_PITCH);
  og_classifier_add_correction (loaded, "Zebrafish aquaponics kits for your office?", NULL, OG_LABEL_PITCH);
  after = og_classifier_classify (loaded, "Zebrafish aquaponics kits for everyone");
  g_assert_cmpfloat (after->probabilities[OG_LABEL_PITCH], >, before->probabilities[OG_LABEL_PITCH]);

  /* The other classifier read the same bytes, which stayed as they were. */
  elsewhere = og_classifier_classify (untouched, text);
  for (guint l = 0; l < OG_N_MODEL_LABELS; l++)
    g_assert_cmpfloat (elsewhere->probabilities[l], ==, before->probabilities[l]);

  /* What it learnt, new features included, is saved with it. */
  saved_again = og_classifier_save_model (loaded);
  reloaded = og_classifier_new_from_model (saved_again, &error);
  g_assert_no_error (error);
  round_trip = og_classifier_classify (reloaded, "Zebrafish aquaponics kits for everyone");
  for (guint l = 0; l < OG_N_MODEL_LABELS; l++)
    g_assert_cmpfloat (round_trip->probabilities[l], ==, after->probabilities[l]);
}

static void
test_classifier_rejects_a_malformed_corpus_with_its_line (void)
{
  const char *bad[] = { "pitch\ten\tcold\tfine\nthis line has no tabs\n", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(OgClassifier) classifier = og_classifier_new_from_corpus (bad, NULL, &error);

  g_assert_null (classifier);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "line 2"));
}

static void
test_classifier_label_names_round_trip (void)
{
  static const OgLabel labels[] = { OG_LABEL_OTHER, OG_LABEL_PITCH, OG_LABEL_RECRUITING, OG_LABEL_UNSURE };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      OgLabel back;

      g_assert_true (og_label_from_string (og_label_to_string (labels[i]), &back));
      g_assert_cmpint (back, ==, labels[i]);
    }
  {
    OgLabel unused;

    g_assert_false (og_label_from_string ("spam", &unused));
  }
}

/* ---- the shipped model on messages it never saw ----------------------------- */

typedef struct
{
  guint true_positive[OG_N_MODEL_LABELS];
  guint predicted[OG_N_MODEL_LABELS];
  guint actual[OG_N_MODEL_LABELS];
  guint recruiting_called_pitch;
} Tally;

static char *
unescape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          g_string_append_c (out, *p == 'n' ? '\n' : *p == 't' ? '\t' : *p);
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static void
test_classifier_meets_its_aims_on_the_held_out_set (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "data", "classifier", "eval.tsv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OgClassifier) classifier = NULL;
  g_auto(GStrv) lines = NULL;
  Tally tally = { { 0 } };
  double precision, recall;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    {
      g_test_skip ("tests/data/classifier/eval.tsv is not there");
      return;
    }

  classifier = og_classifier_new_default (&error);
  g_assert_no_error (error);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 4);
      g_autofree char *text = NULL;
      g_autoptr(OgClassification) result = NULL;
      OgLabel truth;

      if (lines[i][0] == '#' || g_strv_length (fields) != 4 || !og_label_from_string (fields[0], &truth))
        continue;

      text = unescape (fields[3]);
      result = og_classifier_classify (classifier, text);
      tally.actual[truth]++;
      if (result->label != OG_LABEL_UNSURE)
        {
          tally.predicted[result->label]++;
          if (result->label == truth)
            tally.true_positive[truth]++;
        }
      if (truth == OG_LABEL_RECRUITING && result->label == OG_LABEL_PITCH)
        tally.recruiting_called_pitch++;
    }

  precision = (double)tally.true_positive[OG_LABEL_PITCH] / MAX (1, tally.predicted[OG_LABEL_PITCH]);
  recall = (double)tally.true_positive[OG_LABEL_PITCH] / MAX (1, tally.actual[OG_LABEL_PITCH]);
  g_test_message ("held-out pitch precision %.3f recall %.3f; recruiting called pitch %u of %u",
                  precision, recall, tally.recruiting_called_pitch, tally.actual[OG_LABEL_RECRUITING]);

  /* The aims are 0.95 / 0.90 and at most 10% of recruiting called pitch;
   * tests/bench prints the figures. This floor, a little under what the
   * shipped corpus reaches, catches a change that makes things worse. */
  g_assert_cmpfloat (precision, >=, 0.93);
  g_assert_cmpfloat (recall, >=, 0.88);
  g_assert_cmpuint (tally.recruiting_called_pitch * 100, <=, tally.actual[OG_LABEL_RECRUITING] * 5);
}

static void
test_classifier_reads_case_digits_and_accents_alike_in_ascii_and_beyond (void)
{
  g_autoptr(OgClassifier) classifier = og_test_tiny_classifier ();
  /* Pairs that normalise to the same words: case folded, a number as "0",
   * accents dropped; the first of each is plain ASCII, the second not. */
  const char *pairs[][2] = {
    { "Open to a QUICK call in 15 minutes? Our cafe platform helps", "open to a quick call in 7 minutes? Our café platform helps" },
    { "We help TEAMS grow revenue, demo at 10", "We help teams grow revenue, démo at 3" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autoptr(OgClassification) a = og_classifier_classify (classifier, pairs[i][0]);
      g_autoptr(OgClassification) b = og_classifier_classify (classifier, pairs[i][1]);

      for (guint c = 0; c < OG_N_MODEL_LABELS; c++)
        g_assert_cmpfloat_with_epsilon (a->probabilities[c], b->probabilities[c], 1e-12);
    }
}

static void
test_classifier_carried_by_the_program_is_the_one_the_corpus_trains (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OgClassifier) trained = og_classifier_new_trained (&error);
  g_autoptr(OgClassifier) carried = NULL;
  g_autoptr(OgClassifier) reloaded = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) damaged = NULL;
  g_autoptr(GBytes) resource = NULL;
  const char *texts[] = {
    "Hi Lena, we help logistics teams cut costs by 30%. Open to a 15-minute call next week?",
    "Bonjour, nous proposons une solution de paie. Quand pourrions-nous en parler ?",
    "We're hiring a staff engineer in Lisbon and your background is a great fit.",
    "Thanks for the slides from yesterday, see you at the meetup!",
  };

  g_assert_no_error (error);
  /* The build trained it and the program carries it: no start trains. */
  resource = g_resources_lookup_data ("/org/example/OutreachGuard/classifier-model/model.gvariant",
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert_nonnull (resource);
  carried = og_classifier_new_default (&error);
  g_assert_no_error (error);
  saved = og_classifier_save_model (trained);
  reloaded = og_classifier_new_from_model (saved, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(OgClassification) a = og_classifier_classify (trained, texts[i]);
      g_autoptr(OgClassification) b = og_classifier_classify (carried, texts[i]);
      g_autoptr(OgClassification) c = og_classifier_classify (reloaded, texts[i]);
      double x = 0, y = 0;

      for (guint l = 0; l < OG_N_MODEL_LABELS; l++)
        {
          g_assert_cmpfloat (a->probabilities[l], ==, b->probabilities[l]);
          g_assert_cmpfloat (a->probabilities[l], ==, c->probabilities[l]);
        }
      g_assert_cmpint (og_classifier_is_opt_out (trained, texts[i], &x, NULL), ==,
                       og_classifier_is_opt_out (carried, texts[i], &y, NULL));
      g_assert_cmpfloat (x, ==, y);
    }
  g_assert_true (og_classifier_is_opt_out (carried, "Please remove me from your list.", NULL, NULL));

  /* A model from elsewhere is refused with a sentence, never read. */
  damaged = g_bytes_new_static ("not a model", 11);
  g_assert_null (og_classifier_new_from_model (damaged, &error));
  g_assert_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_FORMAT);
}

static void
test_classifier_shipped_reads_a_shared_link_and_a_new_day_as_neither_stop_nor_pitch (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OgClassifier) classifier = og_classifier_new_default (&error);
  g_autoptr(OgClassification) moved = NULL;

  g_assert_no_error (error);
  /* Short owner messages were opt-outs by their shortness and a "me". */
  g_assert_false (og_classifier_is_opt_out (classifier, "This made me laugh: https://www.example.com/comic/77", NULL, NULL));
  g_assert_false (og_classifier_is_opt_out (classifier, "Could we move it to Friday?", NULL, NULL));
  g_assert_true (og_classifier_is_opt_out (classifier, "Please take me off your mailing list.", NULL, NULL));
  moved = og_classifier_classify (classifier, "Can we do Wednesday instead?");
  g_assert_cmpint (moved->label, !=, OG_LABEL_PITCH);
}

static void
test_classifier_decides_without_evidence_as_it_does_with_it (void)
{
  g_autoptr(OgClassifier) classifier = og_test_tiny_classifier ();
  const char *texts[] = {
    "Hi! We help teams like yours book more demos. Open to a quick call next week?",
    "We are hiring a senior engineer and your profile is a great fit for the role.",
    "Thanks for the talk yesterday, congrats on the launch!",
    "Following up on my last message about our platform.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(OgClassification) full = og_classifier_classify_for (classifier, texts[i], "someone");
      g_autoptr(OgClassification) quick = og_classifier_decide_for (classifier, texts[i], "someone");

      g_assert_cmpint (quick->label, ==, full->label);
      g_assert_cmpint (quick->best, ==, full->best);
      g_assert_cmpfloat (quick->score, ==, full->score);
      g_assert_cmpint (quick->bump, ==, full->bump);
      g_assert_cmpuint (full->evidence->len, >, 0);
      g_assert_cmpuint (quick->evidence->len, ==, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/og/classifier/labels-a-clear-pitch-with-evidence-and-spans",
                   test_classifier_labels_a_clear_pitch_with_evidence_and_spans);
  g_test_add_func ("/og/classifier/tells-recruiting-from-pitch", test_classifier_tells_recruiting_from_pitch);
  g_test_add_func ("/og/classifier/reads-case-digits-and-accents-alike-in-ascii-and-beyond",
                   test_classifier_reads_case_digits_and_accents_alike_in_ascii_and_beyond);
  g_test_add_func ("/og/classifier/carried-by-the-program-is-the-one-the-corpus-trains",
                   test_classifier_carried_by_the_program_is_the_one_the_corpus_trains);
  g_test_add_func ("/og/classifier/shipped-reads-a-shared-link-and-a-new-day-as-neither-stop-nor-pitch",
                   test_classifier_shipped_reads_a_shared_link_and_a_new_day_as_neither_stop_nor_pitch);
  g_test_add_func ("/og/classifier/decides-without-evidence-as-it-does-with-it",
                   test_classifier_decides_without_evidence_as_it_does_with_it);
  g_test_add_func ("/og/classifier/labels-thanks-as-other", test_classifier_labels_thanks_as_other);
  g_test_add_func ("/og/classifier/puts-an-unknown-message-in-no-confident-pitch",
                   test_classifier_puts_an_empty_message_in_the_unsure_band);
  g_test_add_func ("/og/classifier/names-each-kind-of-evidence-for-what-it-is",
                   test_classifier_names_each_kind_of_evidence_for_what_it_is);
  g_test_add_func ("/og/classifier/sensitivity-moves-the-line-for-a-pitch",
                   test_classifier_sensitivity_moves_the_line_for_a_pitch);
  g_test_add_func ("/og/classifier/marks-a-bump-whatever-its-label", test_classifier_marks_a_bump_whatever_its_label);
  g_test_add_func ("/og/classifier/probabilities-sum-to-one", test_classifier_probabilities_sum_to_one);
  g_test_add_func ("/og/classifier/reads-html-as-its-text", test_classifier_reads_html_as_its_text);
  g_test_add_func ("/og/classifier/is-deterministic", test_classifier_is_deterministic);
  g_test_add_func ("/og/classifier/finds-opt-outs-in-several-languages",
                   test_classifier_finds_opt_outs_in_several_languages);
  g_test_add_func ("/og/classifier/follows-a-not-a-pitch-correction-for-that-contact",
                   test_classifier_follows_a_not_a_pitch_correction_for_that_contact);
  g_test_add_func ("/og/classifier/learns-from-an-is-a-pitch-correction",
                   test_classifier_learns_from_an_is_a_pitch_correction);
  g_test_add_func ("/og/classifier/loaded-from-a-saved-model-learns-without-changing-the-saved-one",
                   test_classifier_loaded_from_a_saved_model_learns_without_changing_the_saved_one);
  g_test_add_func ("/og/classifier/rejects-a-malformed-corpus-with-its-line",
                   test_classifier_rejects_a_malformed_corpus_with_its_line);
  g_test_add_func ("/og/classifier/label-names-round-trip", test_classifier_label_names_round_trip);
  g_test_add_func ("/og/classifier/meets-its-aims-on-the-held-out-set",
                   test_classifier_meets_its_aims_on_the_held_out_set);

  return g_test_run ();
}
