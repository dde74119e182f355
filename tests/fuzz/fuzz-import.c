/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: every file mapper and the dataset join. The first byte
 * picks the kind of file; the rest is its content. */
#include "config.h"

#include "og-importer.h"
#include "og-report.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static const struct { const char *name; OgFileKind kind; } kinds[] = {
    { "Connections.csv", OG_FILE_KIND_CONNECTIONS },
    { "messages.csv", OG_FILE_KIND_MESSAGES },
    { "Invitations.csv", OG_FILE_KIND_INVITATIONS },
    { "Profile.csv", OG_FILE_KIND_PROFILE },
    { "page.json", OG_FILE_KIND_API_JSON },
    { "unknown.csv", OG_FILE_KIND_UNKNOWN },
  };
  g_autoptr(OgDataset) dataset = og_dataset_new ();
  g_autoptr(GInputStream) stream = NULL;
  g_autofree char *report = NULL;
  guint which;

  if (size < 1)
    return 0;

  which = data[0] % G_N_ELEMENTS (kinds);
  stream = g_memory_input_stream_new_from_data (data + 1, (gssize)size - 1, NULL);
  og_import_stream (dataset, stream, kinds[which].name, kinds[which].kind, NULL, NULL);
  og_dataset_finish (dataset);
  report = og_report_to_json (dataset, 60);
  g_assert (report != NULL);

  return 0;
}
