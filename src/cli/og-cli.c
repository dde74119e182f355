/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-cli.c — the command-line contract of DESIGN §4. No display is needed. */
#define G_LOG_DOMAIN "og-cli"

#include "config.h"

#include <gio/gio.h>
#include <gio/gunixinputstream.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "og-audit.h"
#include "og-cli.h"
#include "og-cli-private.h"
#include "og-classifier.h"
#include "og-csv-writer.h"
#include "og-error.h"
#include "og-importer.h"
#include "og-parallel.h"
#include "og-report.h"

#define DEFAULT_THRESHOLD_MINUTES 60
#define MAX_THRESHOLD_MINUTES     (7 * 24 * 60)

typedef int (*CommandFunc) (int argc, char **argv);

static int command_audit    (int argc, char **argv);
static int command_classify (int argc, char **argv);
static int command_help     (int argc, char **argv);

static const struct {
  const char  *name;
  CommandFunc  func;
  const char  *summary;
} commands[] = {
  { "audit", command_audit, N_("Audit an export, or the workspace, and print the report") },
  { "import", og_cli_command_import, N_("Merge an export into the workspace") },
  { "classify", command_classify, N_("Label messages read one per line from standard input") },
  { "workspace", og_cli_command_workspace, N_("Export or delete your decisions, labels and drafts") },
  { "sync", og_cli_command_sync, N_("Fetch your data through LinkedIn's Portability API into the workspace") },
  { "draft", og_cli_command_draft, N_("List the reply templates, or print one filled for a connection") },
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

void
og_cli_print_warnings (OgDataset *dataset)
{
  GPtrArray *warnings = og_dataset_get_warnings (dataset);

  for (guint i = 0; i < warnings->len; i++)
    {
      g_autofree char *line = og_warning_to_string (g_ptr_array_index (warnings, i));

      /* Translators: a best-effort problem in an input file, printed on stderr. */
      g_printerr (_("warning: %s\n"), line);
    }
}

/* The app's settings, when its schema is installed; NULL otherwise. */
static GSettings *
app_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "pitch-threshold-minutes") ||
      !g_settings_schema_has_key (schema, "recruiting-is-pitch"))
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

/* The threshold the app uses; 60 without its settings. */
static int
default_threshold (GSettings *settings)
{
  return settings != NULL ? (int)g_settings_get_uint (settings, "pitch-threshold-minutes")
                          : DEFAULT_THRESHOLD_MINUTES;
}

/* The app's sensitivity and its recruiting choice, so both give the same figures. */
static OgAuditOptions
default_options (GSettings *settings)
{
  g_autofree char *sensitivity = NULL;
  OgAuditOptions options;

  if (settings == NULL)
    return OG_AUDIT_DEFAULT;
  sensitivity = g_settings_get_string (settings, "classifier-sensitivity");
  options = og_audit_options_for_sensitivity (sensitivity);
  if (g_settings_get_boolean (settings, "recruiting-is-pitch"))
    options |= OG_AUDIT_RECRUITING_IS_PITCH;
  return options;
}

/* The people the person decided to keep: the audit never flags them. */
static GHashTable *
keep_set (GHashTable *decisions)
{
  GHashTable *kept = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, decisions);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_INT (value) == OG_DECISION_KEEP)
      g_hash_table_add (kept, key);
  return kept;
}

/* The default classifier, read on a thread of its own. */
typedef struct
{
  GThread      *thread;
  OgClassifier *classifier;
  GError       *error;
} ClassifierLoad;

static gpointer
load_classifier (gpointer data)
{
  ClassifierLoad *load = data;

  load->classifier = og_classifier_new_default (&load->error);
  return NULL;
}

/* Joins on every way out: the thread writes into @load. */
static void
classifier_load_clear (ClassifierLoad *load)
{
  if (load->thread != NULL)
    g_thread_join (g_steal_pointer (&load->thread));
  g_clear_object (&load->classifier);
  g_clear_error (&load->error);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ClassifierLoad, classifier_load_clear)

/* The classifier once read; NULL, said on stderr, if the model could not be. */
static OgClassifier *
classifier_load_finish (ClassifierLoad *load,
                        const char     *command)
{
  g_thread_join (g_steal_pointer (&load->thread));
  if (load->classifier == NULL)
    {
      g_printerr ("outreach-guard %s: %s\n", command, load->error->message);
      return NULL;
    }
  return g_steal_pointer (&load->classifier);
}

/* The audit asks the classifier about each counted message. */
OgAudit *
og_cli_audit (const char          *command,
              const char * const  *sources,
              int                  threshold,
              OgWorkspace        **workspace_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = app_settings ();
  g_autoptr(OgDataset) dataset = NULL;
  g_autoptr(OgClassifier) classifier = NULL;
  g_autoptr(OgWorkspace) workspace = NULL;
  g_autoptr(GHashTable) decisions = NULL;
  g_autoptr(GHashTable) kept = NULL;
  g_autoptr(GHashTable) stop_requests = NULL;
  g_auto(ClassifierLoad) load = { NULL };
  OgAudit *audit;

  if (threshold < 0)
    threshold = default_threshold (settings);

  /* The model is read while the export is: neither needs the other. */
  load.thread = g_thread_new ("og-classifier", load_classifier, &load);

  if (sources == NULL || sources[0] == NULL)
    {
      /* No SOURCE: the workspace, with the person's corrections, keeps and
       * the replies they marked sent. */
      workspace = og_cli_open_workspace (FALSE, &error);
      if (workspace != NULL)
        dataset = og_workspace_load_dataset (workspace, NULL, &error);
      if (dataset != NULL)
        decisions = og_workspace_list_decisions (workspace, &error);
      if (decisions != NULL)
        stop_requests = og_workspace_list_stop_requests (workspace, &error);
      if (stop_requests == NULL)
        {
          g_printerr ("outreach-guard %s: %s\n", command, error->message);
          return NULL;
        }
      kept = keep_set (decisions);
    }
  else
    {
      /* SOURCE…: those files only; nothing is written. */
      gint64 started = g_get_monotonic_time ();

      dataset = og_import (sources, NULL, NULL, NULL, &error);
      if (dataset == NULL)
        {
          g_printerr ("%s\n", error->message);
          return NULL;
        }
      g_debug ("Import: %.3f s", (g_get_monotonic_time () - started) / 1e6);
      og_cli_print_warnings (dataset);
    }

  classifier = classifier_load_finish (&load, command);
  if (classifier == NULL)
    return NULL;
  if (workspace != NULL)
    og_workspace_apply_corrections (workspace, classifier, NULL);

  audit = og_audit_new_with_classifier (dataset, (guint)threshold, classifier,
                                        &(OgAuditDecisions) { kept, stop_requests }, default_options (settings));
  if (workspace_out != NULL)
    *workspace_out = g_steal_pointer (&workspace);
  return audit;
}

static gboolean
write_to_stdout (const char *data,
                 gsize       length,
                 gpointer    user_data)
{
  return fwrite (data, 1, length, stdout) == length;
}

static int
command_audit (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OgAudit) audit = NULL;
  g_autoptr(GSettings) settings = app_settings ();
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  g_auto(GStrv) sources = NULL;
  int threshold = G_MININT;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("Output format: json, csv or text"), "FORMAT" },
    { "threshold", 0, 0, G_OPTION_ARG_INT, &threshold, N_("Minutes within which a pitch counts as fast (default: the app's setting, 60)"), "MINUTES" },
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
  if (threshold == G_MININT)
    threshold = default_threshold (settings);
  if (threshold < 0 || threshold > MAX_THRESHOLD_MINUTES)
    {
      g_printerr (_("outreach-guard audit: the threshold must be between 0 and %d minutes\n"),
                  MAX_THRESHOLD_MINUTES);
      return 2;
    }

  audit = og_cli_audit ("audit", (const char * const *)sources, threshold, NULL);
  if (audit == NULL)
    return 1;

  if (strcmp (format, "json") == 0)
    {
      gint64 started = g_get_monotonic_time ();

      /* Streamed: the report of a large export is tens of megabytes. */
      if (!og_report_audit_write_json (audit, write_to_stdout, NULL))
        return 1;
      if (fflush (stdout) != 0)
        return 1;
      g_debug ("Report: %.3f s", (g_get_monotonic_time () - started) / 1e6);
      return 0;
    }
  else if (strcmp (format, "csv") == 0)
    output = og_report_audit_to_csv (audit);
  else
    output = og_report_audit_to_text (audit);

  fputs (output, stdout);
  if (!g_str_has_suffix (output, "\n"))
    fputc ('\n', stdout);

  return fflush (stdout) == 0 ? 0 : 1;
}

/* One message per line: "\n", "\t" and "\\" stand for a newline, a tab and a backslash. */
static char *
unescape_line (const char *line)
{
  GString *out = g_string_sized_new (strlen (line));

  for (const char *p = line; *p != '\0'; p++)
    {
      if (*p == '\\' && (p[1] == 'n' || p[1] == 't' || p[1] == '\\' || p[1] == 'r'))
        {
          p++;
          g_string_append_c (out, *p == 'n' ? '\n' : *p == 't' ? '\t' : *p == 'r' ? '\r' : '\\');
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static void
add_evidence_json (JsonBuilder *builder,
                   const char  *text,
                   GPtrArray   *evidence)
{
  json_builder_set_member_name (builder, "evidence");
  json_builder_begin_array (builder);
  for (guint i = 0; evidence != NULL && i < evidence->len; i++)
    {
      OgEvidence *item = g_ptr_array_index (evidence, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "feature");
      json_builder_add_string_value (builder, item->feature);
      json_builder_set_member_name (builder, "weight");
      json_builder_add_double_value (builder, round (item->weight * 1000) / 1000);
      if (item->end > item->start)
        {
          g_autofree char *match = g_strndup (text + item->start, item->end - item->start);

          /* Character offsets, as a reader of the JSON counts them. */
          json_builder_set_member_name (builder, "start");
          json_builder_add_int_value (builder, g_utf8_pointer_to_offset (text, text + item->start));
          json_builder_set_member_name (builder, "end");
          json_builder_add_int_value (builder, g_utf8_pointer_to_offset (text, text + item->end));
          json_builder_set_member_name (builder, "match");
          json_builder_add_string_value (builder, match);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* Lines classified at once: enough to share over the cores, few enough
 * that the output starts early and memory stays small. */
#define CLASSIFY_BATCH 4096

typedef struct
{
  char             *text;
  OgClassification *result;             /* the message labels */
  gboolean          opt_out;            /* or, with --opt-out, whether it asks to stop */
  double            opt_out_score;
  GPtrArray        *opt_out_evidence;
} ClassifyItem;

static void
classify_item_free (ClassifyItem *item)
{
  g_free (item->text);
  g_clear_pointer (&item->result, og_classification_free);
  g_clear_pointer (&item->opt_out_evidence, g_ptr_array_unref);
  g_free (item);
}

typedef struct
{
  OgClassifier *classifier;
  GPtrArray    *items;
  gboolean      opt_out;
  gboolean      evidence;   /* only JSON shows it; deciding without it is faster */
} ClassifyBatch;

static void
classify_share (guint    first,
                guint    stride,
                gpointer data)
{
  ClassifyBatch *work = data;

  for (guint i = first; i < work->items->len; i += stride)
    {
      ClassifyItem *item = g_ptr_array_index (work->items, i);

      if (work->opt_out)
        item->opt_out = og_classifier_is_opt_out (work->classifier, item->text, &item->opt_out_score,
                                                  work->evidence ? &item->opt_out_evidence : NULL);
      else if (work->evidence)
        item->result = og_classifier_classify (work->classifier, item->text);
      else
        item->result = og_classifier_decide_for (work->classifier, item->text, NULL);
    }
}

static int
command_classify (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OgClassifier) classifier = NULL;
  g_autoptr(GInputStream) stdin_stream = NULL;
  g_autoptr(GDataInputStream) input = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *format = NULL;
  gboolean opt_out = FALSE;
  gboolean json;
  guint line_number = 0;
  char *line = NULL;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("Output format: tsv or json"), "FORMAT" },
    { "opt-out", 0, 0, G_OPTION_ARG_NONE, &opt_out, N_("Read your own messages and find opt-out requests (labels optout|other)"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("< MESSAGES — label messages, one per line"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("outreach-guard classify: %s\n", error->message);
      return 2;
    }
  if (format == NULL)
    format = g_strdup ("tsv");
  if (strcmp (format, "tsv") != 0 && strcmp (format, "json") != 0)
    {
      g_printerr (_("outreach-guard classify: unknown format “%s”; use tsv or json\n"), format);
      return 2;
    }
  json = strcmp (format, "json") == 0;

  classifier = og_classifier_new_default (&error);
  if (classifier == NULL)
    {
      g_printerr ("outreach-guard classify: %s\n", error->message);
      return 1;
    }

  stdin_stream = g_unix_input_stream_new (0, FALSE);
  input = g_data_input_stream_new (stdin_stream);
  g_data_input_stream_set_newline_type (input, G_DATA_STREAM_NEWLINE_TYPE_ANY);

  if (json)
    json_builder_begin_array (builder);

  /* Read in batches and classified on every core, printed in order. */
  for (gboolean more = TRUE; more;)
    {
      g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func ((GDestroyNotify)classify_item_free);
      ClassifyBatch work = { classifier, batch, opt_out, json };

      while (batch->len < CLASSIFY_BATCH &&
             (line = g_data_input_stream_read_line_utf8 (input, NULL, NULL, &error)) != NULL)
        {
          ClassifyItem *item = g_new0 (ClassifyItem, 1);

          item->text = unescape_line (line);
          g_free (line);
          g_ptr_array_add (batch, item);
        }
      more = batch->len == CLASSIFY_BATCH;
      og_parallel_run (batch->len, 64, classify_share, &work);

      for (guint i = 0; i < batch->len; i++)
        {
          ClassifyItem *item = g_ptr_array_index (batch, i);
          const char *label;
          double score;

          line_number++;
          if (opt_out)
            {
              label = item->opt_out ? "optout" : "other";
              score = item->opt_out ? item->opt_out_score : 1.0 - item->opt_out_score;
            }
          else
            {
              label = og_label_to_string (item->result->label);
              score = item->result->score;
            }

          if (!json)
            {
              g_print ("%s\t%.3f\n", label, score);
              continue;
            }

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "line");
          json_builder_add_int_value (builder, line_number);
          json_builder_set_member_name (builder, "label");
          json_builder_add_string_value (builder, label);
          json_builder_set_member_name (builder, "score");
          json_builder_add_double_value (builder, round (score * 1000) / 1000);
          if (item->result != NULL)
            {
              json_builder_set_member_name (builder, "probabilities");
              json_builder_begin_object (builder);
              for (guint l = 0; l < OG_N_MODEL_LABELS; l++)
                {
                  json_builder_set_member_name (builder, og_label_to_string ((OgLabel)l));
                  json_builder_add_double_value (builder, round (item->result->probabilities[l] * 1000) / 1000);
                }
              json_builder_end_object (builder);
            }
          add_evidence_json (builder, item->text, item->result != NULL ? item->result->evidence : item->opt_out_evidence);
          json_builder_end_object (builder);
        }
    }

  if (error != NULL)
    {
      /* Translators: %u is a line number of standard input */
      g_printerr (_("outreach-guard classify: line %u: %s\n"), line_number + 1, error->message);
      return 1;
    }

  if (json)
    {
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *text = NULL;

      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      text = og_report_json_to_text (root);
      fputs (text, stdout);
    }

  return 0;
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

  /* GLib writes debug messages to stdout by default, which would corrupt
   * a report piped elsewhere. */
  g_log_writer_default_set_use_stderr (TRUE);

  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (argv[1], commands[i].name) == 0)
      return commands[i].func (argc - 1, argv + 1);

  g_printerr (_("outreach-guard: unknown command “%s”\n"), argv[1]);
  return 2;
}
