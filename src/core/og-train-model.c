/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-train-model.c — a build tool: trains the classifier on the corpus compiled
 * into the core and writes the model, which the program then loads instead of
 * training at every start. Usage: og-train-model OUTPUT */
#include "config.h"

#include "og-classifier.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OgClassifier) classifier = NULL;
  g_autoptr(GBytes) model = NULL;

  if (argc != 2)
    {
      g_printerr ("Usage: %s OUTPUT\n", argv[0]);
      return 2;
    }
  classifier = og_classifier_new_trained (&error);
  if (classifier != NULL)
    {
      model = og_classifier_save_model (classifier);
      if (g_file_set_contents (argv[1], g_bytes_get_data (model, NULL), (gssize)g_bytes_get_size (model), &error))
        return 0;
    }
  g_printerr ("%s: %s\n", argv[0], error->message);
  return 1;
}
