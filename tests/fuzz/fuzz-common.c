/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Linked into every libFuzzer target. */
#include "config.h"

#include <glib.h>
#include <stdlib.h>

int LLVMFuzzerInitialize (int *argc, char ***argv);
const char *__ubsan_default_options (void);

/* A critical or warning from GLib, GIO or json-glib means the core broke a
 * contract on some input. abort(), not GLib's own fatal handling (a SIGTRAP
 * libFuzzer does not catch), so that the input is saved as a crash. */
static GLogWriterOutput
abort_on_warnings (GLogLevelFlags   log_level,
                   const GLogField *fields,
                   gsize            n_fields,
                   gpointer         user_data)
{
  GLogWriterOutput result = g_log_writer_default (log_level, fields, n_fields, user_data);

  if (log_level & (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();

  return result;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_writer_func (abort_on_warnings, NULL, NULL);

  return 0;
}

/* UBSan only prints what it finds unless told to stop: make it a crash that
 * libFuzzer saves, in the core library as in the target. */
const char *
__ubsan_default_options (void)
{
  return "halt_on_error=1:print_stacktrace=1";
}
