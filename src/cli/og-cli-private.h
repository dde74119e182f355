/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-cli-private.h — what the command files share. */
#pragma once

#include "og-audit.h"
#include "og-dataset.h"
#include "og-workspace.h"

G_BEGIN_DECLS

/* Each problem an import noticed, one line each on stderr. */
void         og_cli_print_warnings   (OgDataset   *dataset);

/* The workspace of $XDG_DATA_HOME; with @create FALSE, NULL and a clear
 * error when nothing was ever imported (nothing is created then). */
OgWorkspace *og_cli_open_workspace   (gboolean     create,
                                      GError     **error);

/* Audits @sources (those files only, nothing written) or, with none, the
 * workspace with the person's decisions, corrections and replies marked
 * sent. @threshold < 0 takes the app's setting. Prints what went wrong as
 * @command's error and returns NULL; @workspace_out (optional) receives the
 * workspace when one was used. */
OgAudit     *og_cli_audit            (const char          *command,
                                      const char * const  *sources,
                                      int                  threshold,
                                      OgWorkspace        **workspace_out);

/* What an import added, as `import` prints it. */
void         og_cli_print_summary    (OgWorkspace           *workspace,
                                      const OgImportSummary *summary);

int          og_cli_command_import    (int argc, char **argv);
int          og_cli_command_workspace (int argc, char **argv);
int          og_cli_command_draft     (int argc, char **argv);
int          og_cli_command_sync      (int argc, char **argv);

G_END_DECLS
