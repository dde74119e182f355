/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the CSV reader over arbitrary bytes. */
#include "config.h"

#include "og-csv-reader.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (data, (gssize)size, NULL);
  OgCsvLimits limits;
  g_autoptr(OgCsvReader) reader = NULL;

  og_csv_limits_init_default (&limits);
  limits.max_field_bytes = 1024 * 1024;
  reader = og_csv_reader_new (stream, "fuzz.csv", &limits);

  while (og_csv_reader_next (reader, NULL, NULL))
    for (guint i = 0; i < og_csv_reader_get_n_fields (reader); i++)
      g_assert (g_utf8_validate (og_csv_reader_get_field (reader, i), -1, NULL));

  return 0;
}
