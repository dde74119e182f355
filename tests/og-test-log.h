/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-test-log.h — what GLib logs, captured for the privacy tests. Call
 * og_test_capture_log() once, first thing in a g_test_trap_subprocess()
 * child: a log writer can be set once per process. Header-only, so that
 * suites that do not link og-test-util.c can use it too. */
#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

static GString *og_test_log;

/* Every field of every message goes into og_test_log; only warnings and
 * worse go on to the default writer, so that a failure still says why
 * without the debug output. */
static inline GLogWriterOutput
og_test_capture_log_cb (GLogLevelFlags   level,
                        const GLogField *fields,
                        gsize            n_fields,
                        gpointer         user_data)
{
  for (gsize i = 0; i < n_fields; i++)
    {
      if (fields[i].length < 0)
        g_string_append (og_test_log, fields[i].value);
      else
        g_string_append_len (og_test_log, fields[i].value, fields[i].length);
      g_string_append_c (og_test_log, '\n');
    }
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    return g_log_writer_default (level, fields, n_fields, user_data);
  return G_LOG_WRITER_HANDLED;
}

/* As G_MESSAGES_DEBUG=all would show it: debug messages included. */
static inline void
og_test_capture_log (void)
{
  g_setenv ("G_MESSAGES_DEBUG", "all", TRUE);
  og_test_log = g_string_new (NULL);
  g_log_set_writer_func (og_test_capture_log_cb, NULL, NULL);
}

/* Fails, without repeating @text, when @text (longer than a word or two)
 * was logged: @what says what it was. */
static inline void
og_test_assert_not_logged (const char *what,
                           const char *text)
{
  if (text == NULL || g_utf8_strlen (text, -1) < 6)
    return;
  if (strstr (og_test_log->str, text) != NULL)
    g_error ("%s was logged", what);
}

G_END_DECLS
