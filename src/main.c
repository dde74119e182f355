/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c — `outreach-guard COMMAND …` runs the command line; anything else the app. */
#define G_LOG_DOMAIN "outreach-guard"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "og-cli.h"

#ifdef OG_WITH_GUI
#include "og-application.h"
#endif

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc > 1 && og_cli_is_command (argv[1]))
    return og_cli_run (argc, argv);

#ifdef OG_WITH_GUI
  {
    g_autoptr(OgApplication) app = og_application_new ();

    return g_application_run (G_APPLICATION (app), argc, argv);
  }
#else
  return og_cli_run (2, (char *[]) { argv[0], (char *)"help", NULL });
#endif
}
