/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tells the truth about the classifier: k-fold cross-validation on the
 * training corpus, then the held-out evaluation set it never trains on.
 * Prints precision and recall per label, for messages and for opt-outs.
 *
 * Usage: bench-classifier SOURCE_ROOT [FOLDS]
 */
#include "config.h"

#include <string.h>

#include "og-classifier.h"

typedef struct
{
  char    *label;   /* as written in the file */
  char    *line;    /* the whole TSV line, to re-train on */
  char    *text;    /* unescaped message */
} Item;

typedef struct
{
  const char *names[4];
  guint       n_names;
  guint       tp[4], predicted[4], actual[4];
  guint       unsure;
  guint       recruiting_called_pitch;
  guint       total;
} Tally;

static void
item_free (Item *item)
{
  g_free (item->label);
  g_free (item->line);
  g_free (item->text);
  g_free (item);
}

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

static GPtrArray *
load (const char *path)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify)item_free);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &contents, NULL, &error))
    {
      g_print ("(skipping %s: %s)\n", path, error->message);
      return items;
    }

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 4);
      Item *item;

      if (lines[i][0] == '#' || g_strv_length (fields) != 4)
        continue;
      item = g_new0 (Item, 1);
      item->label = g_strdup (fields[0]);
      item->line = g_strdup (lines[i]);
      item->text = unescape (fields[3]);
      g_ptr_array_add (items, item);
    }
  return items;
}

static guint
name_index (Tally      *tally,
            const char *name)
{
  for (guint i = 0; i < tally->n_names; i++)
    if (g_str_equal (tally->names[i], name))
      return i;
  g_error ("unknown label %s", name);
  return 0;
}

static void
count (Tally      *tally,
       const char *truth,
       const char *predicted)
{
  guint t = name_index (tally, truth);

  tally->total++;
  tally->actual[t]++;
  if (g_str_equal (predicted, "unsure"))
    {
      tally->unsure++;
      return;
    }
  tally->predicted[name_index (tally, predicted)]++;
  if (g_str_equal (truth, predicted))
    tally->tp[t]++;
  if (g_str_equal (truth, "recruiting") && g_str_equal (predicted, "pitch"))
    tally->recruiting_called_pitch++;
}

static void
print_tally (const char *title,
             Tally      *tally)
{
  g_print ("%s (%u messages, %u unsure)\n", title, tally->total, tally->unsure);
  for (guint i = 0; i < tally->n_names; i++)
    g_print ("  %-11s precision %.3f  recall %.3f  (%u of %u found, %u predicted)\n",
             tally->names[i],
             (double)tally->tp[i] / MAX (1, tally->predicted[i]),
             (double)tally->tp[i] / MAX (1, tally->actual[i]),
             tally->tp[i], tally->actual[i], tally->predicted[i]);
  if (tally->n_names == 3)
    g_print ("  recruiting called pitch: %u of %u\n", tally->recruiting_called_pitch,
             tally->actual[name_index (tally, "recruiting")]);
}

static const char *
decide (OgClassifier *classifier,
        const char   *text,
        gboolean      opt_out)
{
  g_autoptr(OgClassification) result = NULL;

  if (opt_out)
    return og_classifier_is_opt_out (classifier, text, NULL, NULL) ? "optout" : "other";

  result = og_classifier_classify (classifier, text);
  return og_label_to_string (result->label);
}

/* Trains on every fold but one and tests on that one, for each fold. */
static void
cross_validate (GPtrArray  *messages,
                GPtrArray  *optouts,
                guint       folds,
                Tally      *message_tally,
                Tally      *optout_tally)
{
  for (guint fold = 0; fold < folds; fold++)
    {
      g_autoptr(GString) train_messages = g_string_new (NULL);
      g_autoptr(GString) train_optouts = g_string_new (NULL);
      g_autoptr(OgClassifier) classifier = NULL;
      g_autoptr(GError) error = NULL;
      const char *message_corpora[2] = { NULL, NULL };
      const char *optout_corpora[2] = { NULL, NULL };

      for (guint i = 0; i < messages->len; i++)
        if (i % folds != fold)
          g_string_append_printf (train_messages, "%s\n", ((Item *)g_ptr_array_index (messages, i))->line);
      for (guint i = 0; i < optouts->len; i++)
        if (i % folds != fold)
          g_string_append_printf (train_optouts, "%s\n", ((Item *)g_ptr_array_index (optouts, i))->line);

      message_corpora[0] = train_messages->str;
      optout_corpora[0] = optouts->len > 0 ? train_optouts->str : NULL;
      classifier = og_classifier_new_from_corpus (message_corpora, optout_corpora, &error);
      if (classifier == NULL)
        g_error ("%s", error->message);

      for (guint i = fold; i < messages->len; i += folds)
        {
          Item *item = g_ptr_array_index (messages, i);

          count (message_tally, item->label, decide (classifier, item->text, FALSE));
        }
      for (guint i = fold; i < optouts->len; i += folds)
        {
          Item *item = g_ptr_array_index (optouts, i);

          count (optout_tally, item->label, decide (classifier, item->text, TRUE));
        }
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

int
main (int   argc,
      char *argv[])
{
  const char *root = argc > 1 ? argv[1] : ".";
  guint folds = argc > 2 ? (guint)g_ascii_strtoull (argv[2], NULL, 10) : 5;
  g_autofree char *folder = g_build_filename (root, "data", "classifier", NULL);
  g_autofree char *eval = g_build_filename (root, "tests", "data", "classifier", "eval.tsv", NULL);
  g_autofree char *eval_optout = g_build_filename (root, "tests", "data", "classifier", "eval-optout.tsv", NULL);
  g_autoptr(GPtrArray) messages = g_ptr_array_new ();
  g_autoptr(GPtrArray) optouts = g_ptr_array_new ();
  g_autoptr(GPtrArray) held_out = load (eval);
  g_autoptr(GPtrArray) held_out_optouts = load (eval_optout);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(OgClassifier) classifier = NULL;
  g_autoptr(GError) error = NULL;
  Tally cv = { { "pitch", "recruiting", "other" }, 3 };
  Tally cv_optout = { { "optout", "other" }, 2 };
  Tally test = { { "pitch", "recruiting", "other" }, 3 };
  Tally test_optout = { { "optout", "other" }, 2 };
  const char *name;
  gint64 start;

  /* Every corpus file the app trains on, as the library's resource holds them. */
  if (dir == NULL)
    g_error ("No corpus folder at %s", folder);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".tsv"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (folder, file, NULL);

      g_ptr_array_extend_and_steal (g_str_has_prefix (file, "optout") ? optouts : messages, load (path));
    }

  g_print ("Corpus: %u messages, %u opt-out examples; held out: %u messages, %u opt-out examples\n\n",
           messages->len, optouts->len, held_out->len, held_out_optouts->len);

  cross_validate (messages, optouts, folds, &cv, &cv_optout);
  g_print ("%u-fold cross-validation on the corpus\n", folds);
  print_tally ("messages", &cv);
  print_tally ("opt-outs", &cv_optout);

  start = g_get_monotonic_time ();
  classifier = og_classifier_new_trained (&error);
  if (classifier == NULL)
    g_error ("%s", error->message);
  g_print ("\nTraining on the whole corpus: %.0f ms\n", (g_get_monotonic_time () - start) / 1000.0);
  g_clear_object (&classifier);

  /* What a start costs: the model the build trained, loaded. */
  start = g_get_monotonic_time ();
  classifier = og_classifier_new_default (&error);
  if (classifier == NULL)
    g_error ("%s", error->message);
  g_print ("Loading the model the build trained: %.0f ms\n", (g_get_monotonic_time () - start) / 1000.0);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < held_out->len; i++)
    {
      Item *item = g_ptr_array_index (held_out, i);

      count (&test, item->label, decide (classifier, item->text, FALSE));
    }
  g_print ("Classifying %u held-out messages: %.1f ms\n\n", held_out->len,
           (g_get_monotonic_time () - start) / 1000.0);
  for (guint i = 0; i < held_out_optouts->len; i++)
    {
      Item *item = g_ptr_array_index (held_out_optouts, i);

      count (&test_optout, item->label, decide (classifier, item->text, TRUE));
    }

  g_print ("Held-out evaluation set (never trained on)\n");
  print_tally ("messages", &test);
  print_tally ("opt-outs", &test_optout);

  /* Sets written later by people who never saw the corpus, nor the first set's errors. */
  {
    g_autofree char *tests_folder = g_build_filename (root, "tests", "data", "classifier", NULL);
    g_autoptr(GDir) fresh_dir = g_dir_open (tests_folder, 0, NULL);
    Tally fresh = { { "pitch", "recruiting", "other" }, 3 };
    Tally fresh_optout = { { "optout", "other" }, 2 };
    guint n = 0;
    guint n_optout = 0;

    while (fresh_dir != NULL && (name = g_dir_read_name (fresh_dir)) != NULL)
      {
        g_autofree char *path = NULL;
        g_autoptr(GPtrArray) items = NULL;

        if (!g_str_has_prefix (name, "eval-fresh") || !g_str_has_suffix (name, ".tsv"))
          continue;
        path = g_build_filename (tests_folder, name, NULL);
        items = load (path);
        for (guint i = 0; i < items->len; i++)
          {
            Item *item = g_ptr_array_index (items, i);
            gboolean opt_out = strstr (name, "optout") != NULL;

            count (opt_out ? &fresh_optout : &fresh, item->label, decide (classifier, item->text, opt_out));
          }
        if (strstr (name, "optout") != NULL)
          n_optout += items->len;
        else
          n += items->len;
      }
    if (n + n_optout > 0)
      {
        g_print ("\nFresh evaluation sets (%u messages, %u opt-out examples, written apart from the corpus)\n",
                 n, n_optout);
        print_tally ("messages", &fresh);
        print_tally ("opt-outs", &fresh_optout);
      }
  }

  return 0;
}
