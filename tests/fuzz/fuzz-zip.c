/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the importer's ZIP path over arbitrary bytes. og_import()
 * reads a path, so each input is written to the one file of a private
 * temporary folder, removed at exit; nothing is ever extracted. */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "og-importer.h"
#include "og-report.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static char *folder;
static char *zip_path;

static void
remove_zip (void)
{
  g_unlink (zip_path);
  g_rmdir (folder);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(OgDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  const char *sources[2] = { NULL, NULL };

  if (zip_path == NULL)
    {
      folder = g_dir_make_tmp ("og-fuzz-zip-XXXXXX", &error);
      g_assert_no_error (error);
      zip_path = g_build_filename (folder, "Basic_LinkedInDataExport_01-02-2026.zip", NULL);
      atexit (remove_zip);
    }

  /* No fsync: the file only has to outlive this one input. */
  g_file_set_contents_full (zip_path, (const char *)data, (gssize)size,
                            G_FILE_SET_CONTENTS_NONE, 0600, &error);
  g_assert_no_error (error);

  sources[0] = zip_path;
  dataset = og_import (sources, NULL, NULL, NULL, &error);
  g_assert_cmpint (dataset != NULL, ==, error == NULL);
  if (dataset == NULL)
    return 0;

  report = og_report_to_json (dataset, 60);
  g_assert_nonnull (report);

  return 0;
}
