/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-test-gui.h — helpers shared by the widget suites (under Xvfb). */
#pragma once

#include <adwaita.h>

#include "og-contacts-view.h"
#include "og-window.h"
#include "og-workspace.h"

G_BEGIN_DECLS

/* data/sample in the source tree. */
char           *og_test_sample_dir                   (void);
/* A timeout callback that only wakes the main loop. */
gboolean        og_test_wake_cb                      (gpointer     data);
/* Iterates the main loop until @done (@data) holds or @seconds pass;
 * returns what @done last said. */
gboolean        og_test_wait_until                   (gboolean   (*done) (gpointer data),
                                                      gpointer     data,
                                                      guint        seconds);

/* A 1200×800 window on @workspace that has imported @paths and audited them. */
OgWindow       *og_test_window_on                    (OgWorkspace        *workspace,
                                                      const char * const *paths);
/* Until @window shows a dataset, then a little more for its first rows. */
void            og_test_wait_for_import              (OgWindow    *window);
/* Until the audit after an import has landed the view on its figures. */
void            og_test_wait_for_audit               (OgWindow    *window);
/* Destroys @window (any GtkWindow: the main window, a dialog, Preferences)
 * and checks that nothing (an import task, a chooser, a signal) kept it, a
 * widget of ours in it, or an OgWindow's dataset and contact list alive. */
void            og_test_destroy_and_assert_finalized (gpointer     window);
/* Drops the caller's reference to @object (a workspace the windows used) and
 * checks that it is finalized once the tasks that held it have come back:
 * g_assert_finalize_object() for objects that threads hold for a while. */
void            og_test_unref_and_assert_finalized   (gpointer     object);

/* A mapped label under @widget with exactly @text, or starting with @prefix. */
gboolean        og_test_tree_has_label               (GtkWidget   *widget,
                                                      const char  *text);
gboolean        og_test_tree_has_label_starting      (GtkWidget   *widget,
                                                      const char  *prefix);
GtkWidget      *og_test_find_descendant              (GtkWidget   *widget,
                                                      GType        type);
/* The text on @widget's clipboard, if this process put some there. */
char           *og_test_clipboard_text               (GtkWidget   *widget);
/* The button under @widget whose label is @label (mnemonic included). */
GtkWidget      *og_test_find_button                  (GtkWidget   *widget,
                                                      const char  *label);
/* A visible toplevel window of @type (a dialog, the composer), or NULL. */
GtkWindow      *og_test_find_toplevel                (GType        type);
OgContactsView *og_test_contacts_view_of             (OgWindow    *window);
void            og_test_wait_for_rows                (OgWindow    *window);

/* Whether the shortcuts window lists @keyval with @modifiers; and that it
 * lists every key binding a widget of ours under @widget has (their number). */
gboolean        og_test_shortcuts_window_lists       (guint            keyval,
                                                      GdkModifierType  modifiers);
guint           og_test_assert_shortcuts_listed      (GtkWidget       *widget);

/* With OG_SCREENSHOT_DIR set, saves what @window shows as @name: for people
 * to look at, and for the AppStream screenshots. */
void            og_test_save_screenshot              (GtkWidget   *window,
                                                      const char  *name);

/* A new workspace in a new temporary folder (@dir), and its removal. */
OgWorkspace    *og_test_temporary_workspace          (char       **dir);
void            og_test_remove_workspace_dir         (const char  *dir);

G_END_DECLS
