/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-cli.h — `outreach-guard SUBCOMMAND …`: headless commands over the core. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when @word names a subcommand (so main() runs the CLI, not the app). */
gboolean og_cli_is_command (const char *word);

/* Runs argv[1] with the rest of argv; returns the process exit status:
 * 0 success, 1 input that cannot be used, 2 wrong usage. */
int      og_cli_run        (int    argc,
                            char **argv);

G_END_DECLS
