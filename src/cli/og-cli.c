/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-cli.c — the command-line contract of DESIGN §4. No display is needed. */
#define G_LOG_DOMAIN "og-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "og-cli.h"
#include "og-csv-writer.h"
#include "og-error.h"
#include "og-importer.h"
#include "og-report.h"

#define DEFAULT_THRESHOLD_MINUTES 60
#define MAX_THRESHOLD_MINUTES     (7 * 24 * 60)

typedef int (*CommandFunc) (int argc, char **argv);

static int command_audit (int argc, char **argv);
static int command_help  (int argc, char **argv);

static const struct {
  const char  *name;
  CommandFunc  func;
  const char  *summary;
} commands[] = {
  { "audit", command_audit, N_("Audit an export and print the report") },
  { "help",  command_help,  N_("Show the commands") },
};

gboolean
og_cli_is_command (const char *word)
{
  if (word == NULL)
    return FALSE;

  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (word, commands[i].name) == 0)
      return TRUE;

  return FALSE;
}

static void
print_warnings (OgDataset *dataset)
{
  GPtrArray *warnings = og_dataset_get_warnings (dataset);

  for (guint i = 0; i < warnings->len; i++)
    {
      g_autofree char *line = og_warning_to_string (g_ptr_array_index (warnings, i));

      /* Translators: a best-effort problem in an input file, printed on stderr. */
      g_printerr (_("warning: %s\n"), line);
    }
}

static char *
report_to_csv (OgDataset *dataset)
{
  GString *out = g_string_new (NULL);
  GPtrArray *connections = og_dataset_get_connections (dataset);
  static const char * const header[] = {
    "name", "profile_url", "company", "position", "connected_on",
    "acceptance_earliest", "acceptance_latest", "acceptance_source",
  };

  og_csv_append_row (out, header, G_N_ELEMENTS (header));

  for (guint i = 0; i < connections->len; i++)
    {
      OgPerson *person = g_ptr_array_index (connections, i);
      g_autofree char *day = NULL;
      g_autofree char *earliest = NULL;
      g_autofree char *latest = NULL;
      const char *row[G_N_ELEMENTS (header)];

      if (person->connected_on != OG_TIME_UNKNOWN)
        day = og_date_format_day (person->connected_on);
      if (person->acceptance.earliest != OG_TIME_UNKNOWN)
        earliest = og_date_format_iso8601 (person->acceptance.earliest);
      if (person->acceptance.latest != OG_TIME_UNKNOWN)
        latest = og_date_format_iso8601 (person->acceptance.latest);

      row[0] = person->name;
      row[1] = person->profile_url;
      row[2] = person->company;
      row[3] = person->position;
      row[4] = day;
      row[5] = earliest;
      row[6] = latest;
      row[7] = og_acceptance_source_to_string (person->acceptance.source);
      og_csv_append_row (out, row, G_N_ELEMENTS (row));
    }

  return g_string_free (out, FALSE);
}

static int
command_audit (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  g_auto(GStrv) sources = NULL;
  int threshold = DEFAULT_THRESHOLD_MINUTES;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("Output format: json, csv or text"), "FORMAT" },
    { "threshold", 0, 0, G_OPTION_ARG_INT, &threshold, N_("Minutes within which a pitch counts as fast (default 60)"), "MINUTES" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &sources, NULL, N_("SOURCE…") },
    { NULL }
  };

  context = g_option_context_new (_("[SOURCE…] — audit a LinkedIn export (ZIP, folder or files)"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, TRUE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("outreach-guard audit: %s\n", error->message);
      return 2;
    }

  if (format == NULL)
    format = g_strdup ("text");
  if (strcmp (format, "json") != 0 && strcmp (format, "csv") != 0 && strcmp (format, "text") != 0)
    {
      g_printerr (_("outreach-guard audit: unknown format “%s”; use json, csv or text\n"), format);
      return 2;
    }
  if (threshold < 0 || threshold > MAX_THRESHOLD_MINUTES)
    {
      g_printerr (_("outreach-guard audit: the threshold must be between 0 and %d minutes\n"),
                  MAX_THRESHOLD_MINUTES);
      return 2;
    }

  if (sources == NULL || sources[0] == NULL)
    {
      /* The workspace arrives with its own issue; until then say so plainly. */
      g_printerr (_("outreach-guard audit: no workspace has been imported yet; give an export: outreach-guard audit EXPORT.zip\n"));
      return 1;
    }

  dataset = og_import ((const char * const *)sources, NULL, NULL, NULL, &error);
  if (dataset == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  print_warnings (dataset);

  if (strcmp (format, "json") == 0)
    output = og_report_to_json (dataset, (guint)threshold);
  else if (strcmp (format, "csv") == 0)
    output = report_to_csv (dataset);
  else
    output = og_report_to_text (dataset, (guint)threshold);

  fputs (output, stdout);
  if (!g_str_has_suffix (output, "\n"))
    fputc ('\n', stdout);

  return fflush (stdout) == 0 ? 0 : 1;
}

static int
command_help (int    argc,
              char **argv)
{
  g_print (_("Usage: outreach-guard [EXPORT…]            open the app\n"
             "       outreach-guard COMMAND [OPTION…]    run a command\n\n"
             "Commands:\n"));
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    g_print ("  %-8s %s\n", commands[i].name, _(commands[i].summary));
  g_print (_("\nRun “outreach-guard COMMAND --help” for a command's options.\n"));
  return 0;
}

int
og_cli_run (int    argc,
            char **argv)
{
  g_return_val_if_fail (argc >= 2, 2);

  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (argv[1], commands[i].name) == 0)
      return commands[i].func (argc - 1, argv + 1);

  g_printerr (_("outreach-guard: unknown command “%s”\n"), argv[1]);
  return 2;
}
