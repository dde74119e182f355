/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "og-test-util.h"

void
og_test_add_file (OgDataset  *dataset,
                  const char *name,
                  const char *content)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (content, -1, NULL);
  g_autoptr(GError) error = NULL;

  og_import_stream (dataset, stream, name, og_file_kind_from_name (name), NULL, &error);
  g_assert_no_error (error);
}
