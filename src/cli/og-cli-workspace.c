/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-cli-workspace.c — `import` and `workspace`: the workspace from the command line. */
#define G_LOG_DOMAIN "og-cli"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "og-cli-private.h"
#include "og-importer.h"

OgWorkspace *
og_cli_open_workspace (gboolean   create,
                       GError   **error)
{
  g_autofree char *path = og_workspace_default_path ();
  g_autoptr(OgWorkspace) workspace = NULL;

  if (!create && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, OG_WORKSPACE_ERROR, OG_WORKSPACE_ERROR_EMPTY,
                   _("Nothing has been imported yet; import an export first: outreach-guard import EXPORT.zip"));
      return NULL;
    }

  workspace = og_workspace_open (path, error);
  if (workspace == NULL)
    return NULL;
  if (!create && og_workspace_is_empty (workspace, NULL))
    {
      g_set_error (error, OG_WORKSPACE_ERROR, OG_WORKSPACE_ERROR_EMPTY,
                   _("Nothing has been imported yet; import an export first: outreach-guard import EXPORT.zip"));
      return NULL;
    }
  return g_steal_pointer (&workspace);
}

static char *
describe_sources (char **sources)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; sources[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (sources[i]);
      g_autofree char *path = g_file_get_path (file);

      if (i > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, path != NULL ? path : sources[i]);
    }
  return g_string_free (out, FALSE);
}

int
og_cli_command_import (int    argc,
                       char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OgDataset) dataset = NULL;
  g_autoptr(OgWorkspace) workspace = NULL;
  g_autofree char *description = NULL;
  g_auto(GStrv) sources = NULL;
  OgImportSummary summary = { 0 };
  const GOptionEntry entries[] = {
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &sources, NULL, N_("SOURCE…") },
    { NULL }
  };

  context = g_option_context_new (_("SOURCE… — merge a LinkedIn export (ZIP, folder or files) into the workspace"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("outreach-guard import: %s\n", error->message);
      return 2;
    }
  if (sources == NULL || sources[0] == NULL)
    {
      g_printerr (_("outreach-guard import: give the export to import: outreach-guard import EXPORT.zip\n"));
      return 2;
    }

  dataset = og_import ((const char * const *)sources, NULL, NULL, NULL, &error);
  if (dataset == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  og_cli_print_warnings (dataset);

  workspace = og_cli_open_workspace (TRUE, &error);
  description = describe_sources (sources);
  if (workspace == NULL || !og_workspace_import (workspace, dataset, description, &summary, NULL, &error))
    {
      g_printerr ("outreach-guard import: %s\n", error->message);
      return 1;
    }

  og_cli_print_summary (workspace, &summary);
  return fflush (stdout) == 0 ? 0 : 1;
}

void
og_cli_print_summary (OgWorkspace           *workspace,
                      const OgImportSummary *summary)
{
  g_print (_("Imported into %s:\n"), og_workspace_get_path (workspace));
  g_print (_("  connections: %u new, %u updated, %u no longer connected\n"),
           summary->people_added, summary->people_updated, summary->people_gone);
  g_print (_("  messages: %u new\n"), summary->messages_added);
  g_print (_("  invitations: %u new\n"), summary->invitations_added);
  if (summary->warnings > 0)
    g_print (_("  warnings: %u (printed above)\n"), summary->warnings);
}

static int
workspace_export (const char *output)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OgWorkspace) workspace = og_cli_open_workspace (FALSE, &error);
  g_autofree char *json = NULL;

  if (workspace != NULL)
    json = og_workspace_export_json (workspace, &error);
  if (json == NULL)
    {
      g_printerr ("outreach-guard workspace export: %s\n", error->message);
      return 1;
    }

  if (output == NULL || strcmp (output, "-") == 0)
    {
      fputs (json, stdout);
      return fflush (stdout) == 0 ? 0 : 1;
    }
  /* Decisions are personal: the copy is as private as the workspace. */
  if (!g_file_set_contents_full (output, json, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    {
      g_printerr ("outreach-guard workspace export: %s\n", error->message);
      return 1;
    }
  return 0;
}

static int
workspace_delete (gboolean confirmed)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = og_workspace_default_path ();
  g_autoptr(OgWorkspace) workspace = NULL;

  if (!confirmed)
    {
      g_printerr (_("outreach-guard workspace delete: this deletes every import, decision, correction and draft in %s; "
                    "run it again with --yes to do so\n"), path);
      return 2;
    }
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return 0;

  workspace = og_workspace_open (path, &error);
  if (workspace == NULL || !og_workspace_delete (workspace, &error))
    {
      g_printerr ("outreach-guard workspace delete: %s\n", error->message);
      return 1;
    }
  g_print (_("Deleted %s\n"), path);
  return 0;
}

int
og_cli_command_workspace (int    argc,
                          char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) rest = NULL;
  gboolean yes = FALSE;
  const GOptionEntry entries[] = {
    { "yes", 'y', 0, G_OPTION_ARG_NONE, &yes, N_("Confirm deleting the workspace"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &rest, NULL, N_("export [FILE] | delete --yes | path") },
    { NULL }
  };

  context = g_option_context_new (_("export [FILE] | delete --yes | path — your decisions, labels and drafts"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("outreach-guard workspace: %s\n", error->message);
      return 2;
    }

  if (rest != NULL && g_strcmp0 (rest[0], "export") == 0 && (rest[1] == NULL || rest[2] == NULL))
    return workspace_export (rest[1]);
  if (rest != NULL && g_strcmp0 (rest[0], "delete") == 0 && rest[1] == NULL)
    return workspace_delete (yes);
  if (rest != NULL && g_strcmp0 (rest[0], "path") == 0 && rest[1] == NULL)
    {
      g_autofree char *path = og_workspace_default_path ();

      g_print ("%s\n", path);
      return 0;
    }

  g_printerr (_("outreach-guard workspace: say what to do: export [FILE], delete --yes or path\n"));
  return 2;
}
