/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the Portability API importer over arbitrary bytes, read
 * as two saved pages that share the changelog's event ids (snapshot and
 * changelog pages alike), then the audit over what they gave. */
#include "config.h"

#include "og-error.h"
#include "og-json-import.h"
#include "og-report.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static const char *names[] = { "memberChangeLogs-0.json", "memberChangeLogs-1.json" };
  g_autoptr(OgDataset) dataset = og_dataset_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *report = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (data, (gssize)size, NULL);
      g_autoptr(GError) error = NULL;
      gboolean ok = og_json_import (dataset, stream, names[i], seen, NULL, &error);

      /* Failing says why, in the importer's own terms. */
      g_assert_cmpint (ok, ==, error == NULL);
      if (!ok)
        {
          g_assert_true (error->domain == OG_IMPORT_ERROR);
          break;
        }
    }

  og_dataset_finish (dataset);
  report = og_report_to_json (dataset, 60);
  g_assert_nonnull (report);

  return 0;
}
