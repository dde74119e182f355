/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-parallel.h — independent work shared out over the machine's cores. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* At most this many shares run at once; a share's @first is below it. */
#define OG_PARALLEL_MAX_SHARES 16

/* Handles items @first, @first + @stride, … of the work. */
typedef void (*OgShareFunc) (guint    first,
                             guint    stride,
                             gpointer user_data);

/* Runs @func once per share and returns when every share is done: one
 * share per core, but none smaller than @min_items of @n_items, so small
 * inputs stay on the calling thread, which always takes a share itself. */
void og_parallel_run (guint        n_items,
                      guint        min_items,
                      OgShareFunc  func,
                      gpointer     user_data);

G_END_DECLS
