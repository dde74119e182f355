/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-cli-sync.c — `outreach-guard sync`: the Portability API into the
 * workspace, through the same import as an export. */
#define G_LOG_DOMAIN "og-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "og-cli-private.h"
#include "og-portability.h"
#include "og-sync.h"
#include "og-token-store.h"

typedef struct
{
  GMainLoop       *loop;
  OgDataset       *dataset;
  OgDataset       *fetched;
  OgImportSummary  summary;
  GError          *error;
} Wait;

static void
synced_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Wait *wait = user_data;

  wait->dataset = og_sync_finish (result, &wait->summary, &wait->fetched, &wait->error);
  g_main_loop_quit (wait->loop);
}

static void
progress_cb (const char *domain,
             guint       pages,
             gboolean    finished,
             gpointer    user_data)
{
  if (finished)
    return;
  /* Translators: progress on stderr, "CONNECTIONS: page 3" */
  g_printerr (_("%s: page %u\n"), domain, pages);
}

int
og_cli_command_sync (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OgPortabilityClient) client = NULL;
  g_autoptr(OgWorkspace) workspace = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_autofree char *api_base = NULL;
  g_autofree char *domains_arg = NULL;
  g_auto(GStrv) domains = NULL;
  OgImportSummary summary = { 0 };
  const char *from_environment = g_getenv ("OG_TOKEN");
  char *token = NULL;
  Wait wait = { 0 };
  const GOptionEntry entries[] = {
    { "api-base", 0, 0, G_OPTION_ARG_STRING, &api_base, N_("The API's address (default: LinkedIn's; http only on 127.0.0.1)"), "URL" },
    { "domains", 0, 0, G_OPTION_ARG_STRING, &domains_arg, N_("What to fetch, comma-separated: CONNECTIONS, INBOX, INVITATIONS, CHANGELOG (default: all)"), "LIST" },
    { NULL }
  };

  context = g_option_context_new (_("— fetch your data through LinkedIn's Portability API into the workspace"));
  g_option_context_set_summary (context, _("The token comes from the keyring (the app stores it there), or from the environment variable OG_TOKEN when it is set."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("outreach-guard sync: %s\n", error->message);
      return 2;
    }
  if (argc > 1)
    {
      g_printerr (_("outreach-guard sync: unexpected “%s”\n"), argv[1]);
      return 2;
    }
  if (from_environment != NULL && from_environment[0] != '\0')
    token = g_strdup (from_environment);
  else
    {
      token = og_token_store_lookup (NULL, NULL, &error);
      if (error != NULL)
        {
          g_printerr (_("outreach-guard sync: the keyring cannot be read (%s); set OG_TOKEN instead\n"), error->message);
          return 1;
        }
    }
  if (token == NULL)
    {
      g_printerr (_("outreach-guard sync: no token; add your account in the app, or set OG_TOKEN to your Portability API token\n"));
      return 1;
    }
  if (domains_arg != NULL)
    {
      domains = g_strsplit (domains_arg, ",", -1);
      for (guint i = 0; domains[i] != NULL; i++)
        {
          char *upper = g_ascii_strup (g_strstrip (domains[i]), -1);

          g_free (domains[i]);
          domains[i] = upper;
        }
    }

  client = og_portability_client_new (api_base, token, &error);
  g_clear_pointer (&token, og_token_free);
  if (client == NULL)
    {
      g_printerr ("outreach-guard sync: %s\n", error->message);
      return 1;
    }

  workspace = og_cli_open_workspace (TRUE, &error);
  if (workspace == NULL)
    {
      g_printerr ("outreach-guard sync: %s\n", error->message);
      return 1;
    }

  /* The changelog goes on from where the last sync left it; the merge is
   * the same as an export's, one transaction. */
  loop = g_main_loop_new (NULL, FALSE);
  wait.loop = loop;
  og_sync_async (workspace, client, (const char * const *)domains, progress_cb, NULL, NULL, synced_cb, &wait);
  g_main_loop_run (loop);
  if (wait.fetched != NULL)
    og_cli_print_warnings (wait.fetched);
  g_clear_object (&wait.fetched);
  if (wait.dataset == NULL)
    {
      g_printerr ("outreach-guard sync: %s\n", wait.error->message);
      g_error_free (wait.error);
      return 1;
    }
  g_object_unref (wait.dataset);
  summary = wait.summary;
  og_cli_print_summary (workspace, &summary);
  return fflush (stdout) == 0 ? 0 : 1;
}
