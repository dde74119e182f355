/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window in German, French and Spanish, for real under Xvfb: every word
 * it shows in English is shown translated, except what came from the export. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "og-contacts-view.h"
#include "og-test-gui.h"
#include "og-window.h"

/* What the window shows in each view and on a contact's page. */
static const char * const views[] = { "fast", "first", "persistent", "opt-out", "scripts", "all", "queue",
                                      "insights" };

static void
collect_labels (GtkWidget  *widget,
                GHashTable *labels)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));

      if (text != NULL && *text != '\0')
        g_hash_table_add (labels, g_strdup (text));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, labels);
}

static void
settle (void)
{
  gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 5;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* Every mapped label's text in each view of the sample, and on one contact's page. */
static GHashTable *
labels_in (const char *language)
{
  g_autofree char *dir = NULL;
  OgWorkspace *workspace;
  g_autofree char *sample = og_test_sample_dir ();
  const char *paths[] = { sample, NULL };
  GHashTable *labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  OgContactsView *view;
  OgWindow *window;
  GListModel *shown;
  g_autoptr(OgContact) contact = NULL;

  if (language != NULL)
    g_setenv ("LANGUAGE", language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  /* glibc keeps the translations it found by locale, not by LANGUAGE;
   * textdomain() empties that cache. */
  textdomain (GETTEXT_PACKAGE);

  workspace = og_test_temporary_workspace (&dir);
  window = og_test_window_on (workspace, paths);
  view = og_test_contacts_view_of (window);
  og_test_wait_for_rows (window);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      og_contacts_view_select_view (view, views[i]);
      settle ();
      collect_labels (GTK_WIDGET (window), labels);
    }

  og_contacts_view_select_view (view, "fast");
  settle ();
  shown = og_contacts_view_get_shown (view);
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
  contact = g_list_model_get_item (shown, 0);
  og_contacts_view_show_contact (view, contact);
  settle ();
  collect_labels (GTK_WIDGET (window), labels);
  /* A contact holds its dataset, which must go with the window. */
  g_clear_object (&contact);

  og_test_destroy_and_assert_finalized (window);
  og_test_unref_and_assert_finalized (workspace);
  og_test_remove_workspace_dir (dir);
  return labels;
}

/* All the sample's text: names, companies and messages are shown as they are. */
static char *
sample_text (void)
{
  g_autofree char *sample = og_test_sample_dir ();
  g_autoptr(GDir) dir = g_dir_open (sample, 0, NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (sample, name, NULL);
      g_autofree char *contents = NULL;

      if (g_str_has_suffix (name, ".csv") && g_file_get_contents (path, &contents, NULL, NULL))
        g_string_append (text, contents);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Whether @text has a word of four letters or more: not numbers, times and
 * dates as the C locale writes them (LC_TIME stays C, "16:05 UTC"), symbols
 * or the names of the app and of LinkedIn. */
static gboolean
has_words_to_translate (const char *text)
{
  guint run = 0, longest = 0;

  if (strcmp (text, "OutreachGuard") == 0 || strcmp (text, "LinkedIn") == 0)
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      run = g_unichar_isalpha (g_utf8_get_char (p)) ? run + 1 : 0;
      longest = MAX (longest, run);
    }
  return longest >= 4;
}

static void
test_translated_window_shows_no_english_but_the_export (gconstpointer data)
{
  const char *language = data;
  g_autoptr(GHashTable) english = labels_in (NULL);
  g_autoptr(GHashTable) translated = labels_in (language);
  g_autofree char *export_text = sample_text ();
  g_autoptr(GPtrArray) untranslated = g_ptr_array_new ();
  g_autofree char *joined = NULL;
  GHashTableIter iter;
  gpointer key;
  guint checked = 0;

  g_hash_table_iter_init (&iter, english);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const char *text = key;

      if (!has_words_to_translate (text) || strstr (export_text, text) != NULL)
        continue;
      checked++;
      /* The same words in both windows: English left in the translated one,
       * unless the catalogue has them word for word ("Script" in French):
       * dgettext() hands back the very msgid it was given only when it has
       * no translation. */
      if (g_hash_table_contains (translated, text) && dgettext (GETTEXT_PACKAGE, text) == text)
        g_ptr_array_add (untranslated, (gpointer)text);
    }
  g_ptr_array_add (untranslated, NULL);
  joined = g_strjoinv (" | ", (char **)untranslated->pdata);

  g_test_message ("%u English labels of the app's own checked in %s", checked, language);
  /* The sidebar, the columns, the counts, the contact page: dozens at least. */
  g_assert_cmpuint (checked, >=, 40);
  g_assert_cmpstr (joined, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *linguas = NULL;
  g_auto(GStrv) languages = NULL;
  const char *localedir = g_getenv ("OG_TEST_LOCALEDIR");

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display (run the suite through build-aux/og-test)\n");
      return 0;
    }

  /* C.UTF-8, not C: gettext ignores LANGUAGE under the plain C locale. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  /* The catalogues as built, never what the host has installed. */
  g_assert_nonnull (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/org/example/OutreachGuard/icons");

  /* Every language the project ships. */
  {
    g_autofree char *path = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "..", "po", "LINGUAS", NULL);
    g_autoptr(GPtrArray) listed = g_ptr_array_new_with_free_func (g_free);

    g_assert_true (g_file_get_contents (path, &linguas, NULL, NULL));
    languages = g_strsplit (linguas, "\n", -1);
    for (guint i = 0; languages[i] != NULL; i++)
      {
        const char *language = g_strstrip (languages[i]);
        g_autofree char *test = NULL;

        if (*language == '\0' || *language == '#')
          continue;
        test = g_strdup_printf ("/og/translated/%s/window-shows-no-english-but-the-export", language);
        g_ptr_array_add (listed, g_strdup (language));
        g_test_add_data_func (test, g_ptr_array_index (listed, listed->len - 1),
                              test_translated_window_shows_no_english_but_the_export);
      }
    g_assert_cmpuint (listed->len, >=, 3);
    {
      int status = g_test_run ();

      return status;
    }
  }
}
