/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The reply composer, for real under Xvfb: suggested template, filled text,
 * copy, mark sent, reminders, templates of one's own; and the notifications
 * that follow a re-import. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "og-application.h"
#include "og-reply-composer.h"
#include "og-test-gui.h"
#include "og-window.h"

#define MARGAUX "linkedin.com/in/margaux-chateau-3e26220"

static OgReplyComposer *
find_composer (void)
{
  return (OgReplyComposer *)og_test_find_toplevel (OG_TYPE_REPLY_COMPOSER);
}

static gboolean
composer_ready (gpointer data)
{
  OgReplyComposer *composer = find_composer ();

  return composer != NULL && og_reply_composer_is_ready (composer);
}

/* Opens the composer for @key from the window, as the contact page's Draft
 * Reply button does, and waits until it has read the workspace. */
static OgReplyComposer *
open_composer (OgWindow   *window,
               const char *key)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.draft-reply", "s", key));
  g_assert_true (og_test_wait_until (composer_ready, NULL, 10));
  return find_composer ();
}

static OgWindow *
window_on_sample (OgWorkspace *workspace)
{
  g_autofree char *sample = og_test_sample_dir ();
  const char *paths[] = { sample, NULL };

  return og_test_window_on (workspace, paths);
}

static void
set_text (GtkTextView *view,
          const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static GtkWidget *
find_page (GtkWidget  *widget,
           const char *name)
{
  if (GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), name) != NULL)
    return gtk_stack_get_child_by_name (GTK_STACK (widget), name);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_page (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static const char *
visible_page (OgReplyComposer *composer)
{
  GtkWidget *page = find_page (GTK_WIDGET (composer), "compose");

  return gtk_stack_get_visible_child_name (GTK_STACK (gtk_widget_get_parent (page)));
}

/* The draft (0) on the composing page, a template's body (1) in the editor. */
static GtkTextView *
text_view (OgReplyComposer *composer,
           guint            index)
{
  GtkWidget *page = find_page (GTK_WIDGET (composer), index == 0 ? "compose" : "edit");

  g_assert_nonnull (page);
  return GTK_TEXT_VIEW (og_test_find_descendant (page, GTK_TYPE_TEXT_VIEW));
}

typedef struct
{
  OgWorkspace *workspace;
  const char  *key;
  gboolean     sent;
  const char  *template_id;
} DraftWanted;

static gboolean
draft_stored (gpointer data)
{
  DraftWanted *wanted = data;
  g_autoptr(OgDraft) draft = og_workspace_get_last_draft (wanted->workspace, wanted->key, NULL);

  return draft != NULL && (draft->sent_at > 0) == wanted->sent &&
         (wanted->template_id == NULL || g_strcmp0 (draft->template_id, wanted->template_id) == 0);
}

typedef struct
{
  GtkWidget  *widget;
  const char *prefix;
} LabelWanted;

static gboolean
label_shown (gpointer data)
{
  LabelWanted *wanted = data;

  return og_test_tree_has_label_starting (wanted->widget, wanted->prefix);
}

/* Labels appear once laid out: give them a moment. */
#define assert_shows(widget, prefix) \
  g_assert_true (og_test_wait_until (label_shown, &(LabelWanted) { GTK_WIDGET (widget), (prefix) }, 5))

static gboolean
reminder_stored (gpointer data)
{
  return og_workspace_next_reminder_at (data, NULL) > 0;
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
test_composer_suggests_fills_copies_and_marks_sent (void)
{
  g_autofree char *dir = NULL;
  OgWorkspace *workspace = og_test_temporary_workspace (&dir);
  OgWindow *window = window_on_sample (workspace);
  OgReplyComposer *composer = open_composer (window, MARGAUX);
  g_autofree char *text = NULL;
  g_autofree char *copied = NULL;
  g_autoptr(OgDraft) sent = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  /* Margaux pitched again after being asked to stop: "I asked you before". */
  g_assert_nonnull (composer);
  g_assert_cmpstr (og_reply_composer_get_suggested (composer), ==, "asked-before");
  g_assert_cmpstr (og_reply_composer_get_template_id (composer), ==, "asked-before");
  text = og_reply_composer_get_text (composer);
  g_assert_true (g_str_has_prefix (text, "Hi Margaux,\n"));
  g_assert_true (g_str_has_suffix (text, "\nMara"));
  g_assert_null (strchr (text, '{'));
  assert_shows (composer, "Reply to Margaux");
  og_test_save_screenshot (GTK_WIDGET (composer), "composer.png");
  /* Copy and Close have keys, and the shortcuts window lists them. */
  g_assert_cmpuint (og_test_assert_shortcuts_listed (GTK_WIDGET (composer)), >=, 2);

  /* Copy puts the text on the clipboard and remembers the template used. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (composer), "composer.copy", NULL));
  copied = og_test_clipboard_text (GTK_WIDGET (composer));
  g_assert_cmpstr (copied, ==, text);
  g_assert_true (og_test_wait_until (draft_stored, &(DraftWanted) { workspace, MARGAUX, FALSE, "asked-before" }, 10));

  /* Another template refills the text; the person's edit is what is sent. */
  g_assert_true (og_reply_composer_select_template (composer, "work-first"));
  g_clear_pointer (&text, g_free);
  text = og_reply_composer_get_text (composer);
  g_assert_nonnull (strstr (text, "not taking sales calls"));
  g_assert_true (og_reply_composer_select_template (composer, "polite-removal"));
  set_text (text_view (composer, 0), "Hi Margaux, please take me off your list. Mara");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (composer), "composer.mark-sent", NULL));
  g_assert_true (og_test_wait_until (draft_stored, &(DraftWanted) { workspace, MARGAUX, TRUE, "polite-removal" }, 10));
  sent = og_workspace_get_last_draft (workspace, MARGAUX, NULL);
  g_assert_cmpstr (sent->body, ==, "Hi Margaux, please take me off your list. Mara");
  g_assert_true (sent->asks_to_stop);
  g_assert_cmpint (sent->sent_at, >=, now);

  /* A reminder in a week. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (composer), "composer.remind", NULL));
  g_assert_true (og_test_wait_until (reminder_stored, workspace, 10));
  g_assert_cmpint (og_workspace_next_reminder_at (workspace, NULL), >=, now + 7 * 24 * 3600);

  /* The conversation opens on LinkedIn: Margaux wrote, so there is one. */
  g_assert_true (gtk_widget_is_sensitive (og_test_find_button (GTK_WIDGET (composer), "_Open Conversation")));
  og_test_destroy_and_assert_finalized (composer);

  /* Opened again, it says what was sent last and starts afresh. */
  composer = open_composer (window, MARGAUX);
  assert_shows (composer, "Polite Removal Request, marked sent on ");
  g_assert_cmpstr (og_reply_composer_get_template_id (composer), ==, "asked-before");
  og_test_destroy_and_assert_finalized (composer);

  og_test_destroy_and_assert_finalized (window);
  og_test_unref_and_assert_finalized (workspace);
  og_test_remove_workspace_dir (dir);
}

static void
test_composer_keeps_an_unsent_edit_when_closed (void)
{
  g_autofree char *dir = NULL;
  OgWorkspace *workspace = og_test_temporary_workspace (&dir);
  OgWindow *window = window_on_sample (workspace);
  OgReplyComposer *composer = open_composer (window, MARGAUX);
  g_autofree char *text = NULL;

  set_text (text_view (composer, 0), "Half a thought about Margaux");
  g_object_add_weak_pointer (G_OBJECT (composer), (gpointer *) &composer);
  gtk_window_close (GTK_WINDOW (composer));
  g_assert_true (og_test_wait_until (draft_stored, &(DraftWanted) { workspace, MARGAUX, FALSE, NULL }, 10));
  /* Closed is gone, once the draft is saved. */
  g_assert_true (og_test_wait_until (is_null, &composer, 10));

  /* Nothing the person wrote is lost: the next composer picks it up. */
  composer = open_composer (window, MARGAUX);
  text = og_reply_composer_get_text (composer);
  g_assert_cmpstr (text, ==, "Half a thought about Margaux");
  assert_shows (composer, "Your unsent draft of ");
  og_test_destroy_and_assert_finalized (composer);

  og_test_destroy_and_assert_finalized (window);
  og_test_unref_and_assert_finalized (workspace);
  og_test_remove_workspace_dir (dir);
}

typedef struct
{
  OgWorkspace *workspace;
  guint        n;
} TemplatesWanted;

static gboolean
templates_stored (gpointer data)
{
  TemplatesWanted *wanted = data;
  g_autoptr(GPtrArray) own = og_workspace_list_templates (wanted->workspace, NULL);

  return own != NULL && own->len == wanted->n;
}

static gboolean
template_shown (gpointer data)
{
  return g_strcmp0 (og_reply_composer_get_template_id (find_composer ()), data) == 0;
}

static void
test_composer_writes_checks_and_deletes_templates_of_ones_own (void)
{
  g_autofree char *dir = NULL;
  OgWorkspace *workspace = og_test_temporary_workspace (&dir);
  OgWindow *window = window_on_sample (workspace);
  OgReplyComposer *composer = open_composer (window, MARGAUX);
  GtkWidget *title;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) own = NULL;

  /* Built-ins are duplicated, not edited. */
  gtk_widget_activate_action (GTK_WIDGET (composer), "composer.edit-template", NULL);
  g_assert_cmpstr (visible_page (composer), ==, "compose");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (composer), "composer.new-template", NULL));
  g_assert_cmpstr (visible_page (composer), ==, "edit");
  title = og_test_find_descendant (GTK_WIDGET (composer), ADW_TYPE_ENTRY_ROW);
  gtk_editable_set_text (GTK_EDITABLE (title), "Quick no");
  /* A mistyped placeholder is named at once, and the template cannot be saved. */
  set_text (text_view (composer, 1), "No thanks, {frist_name}.");
  assert_shows (composer, "Unknown placeholder “{frist_name}” at character 12");
  gtk_widget_activate_action (GTK_WIDGET (composer), "composer.save-template", NULL);
  g_assert_false (og_test_wait_until (templates_stored, &(TemplatesWanted) { workspace, 1 }, 1));
  g_assert_cmpstr (visible_page (composer), ==, "edit");

  /* The preview fills it for this contact as it is typed. */
  set_text (text_view (composer, 1), "No thanks, {first_name}. {my_first_name}");
  assert_shows (composer, "No thanks, Margaux. Mara");
  og_test_save_screenshot (GTK_WIDGET (composer), "template-editor.png");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (composer), "composer.save-template", NULL));
  g_assert_true (og_test_wait_until (templates_stored, &(TemplatesWanted) { workspace, 1 }, 10));
  g_assert_true (og_test_wait_until (template_shown, (gpointer)"own-1", 10));
  text = og_reply_composer_get_text (composer);
  g_assert_cmpstr (text, ==, "No thanks, Margaux. Mara");

  /* Duplicate, then edit the copy. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (composer), "composer.duplicate-template", NULL));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Quick no (Copy)");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (composer), "composer.save-template", NULL));
  g_assert_true (og_test_wait_until (templates_stored, &(TemplatesWanted) { workspace, 2 }, 10));
  g_assert_true (og_test_wait_until (template_shown, (gpointer)"own-2", 10));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (composer), "composer.edit-template", NULL));
  set_text (text_view (composer, 1), "No, thank you, {first_name}.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (composer), "composer.save-template", NULL));
  {
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
    gboolean edited = FALSE;

    while (!edited && g_get_monotonic_time () < deadline)
      {
        g_autoptr(GPtrArray) now = og_workspace_list_templates (workspace, NULL);

        edited = now->len == 2 && g_strcmp0 (((OgReplyTemplate *)now->pdata[1])->body, "No, thank you, {first_name}.") == 0;
        g_main_context_iteration (NULL, FALSE);
      }
    g_assert_true (edited);
  }

  /* Delete it, and undo from the toast. */
  g_assert_true (og_test_wait_until (template_shown, (gpointer)"own-2", 10));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (composer), "composer.delete-template", NULL));
  g_assert_true (og_test_wait_until (templates_stored, &(TemplatesWanted) { workspace, 1 }, 10));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (composer), "composer.undo", NULL));
  g_assert_true (og_test_wait_until (templates_stored, &(TemplatesWanted) { workspace, 2 }, 10));
  own = og_workspace_list_templates (workspace, NULL);
  g_assert_cmpstr (((OgReplyTemplate *)own->pdata[1])->title, ==, "Quick no (Copy)");

  og_test_destroy_and_assert_finalized (composer);
  og_test_destroy_and_assert_finalized (window);
  og_test_unref_and_assert_finalized (workspace);
  og_test_remove_workspace_dir (dir);
}

/* ---- notifications ------------------------------------------------------------------ */

/* A stand-in for the desktop's notification server on the private session
 * bus: it records what the app asked it to show. */
static const char notifications_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.Notifications'>"
  "    <method name='Notify'>"
  "      <arg type='s' direction='in'/><arg type='u' direction='in'/><arg type='s' direction='in'/>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/><arg type='as' direction='in'/>"
  "      <arg type='a{sv}' direction='in'/><arg type='i' direction='in'/><arg type='u' direction='out'/>"
  "    </method>"
  "    <method name='CloseNotification'><arg type='u' direction='in'/></method>"
  "    <method name='GetCapabilities'><arg type='as' direction='out'/></method>"
  "    <method name='GetServerInformation'>"
  "      <arg type='s' direction='out'/><arg type='s' direction='out'/>"
  "      <arg type='s' direction='out'/><arg type='s' direction='out'/>"
  "    </method>"
  "  </interface>"
  "</node>";

static GPtrArray *shown;   /* "summary\nbody" of each notification */

static void
notifications_method_cb (GDBusConnection       *connection,
                         const char            *sender,
                         const char            *path,
                         const char            *interface,
                         const char            *method,
                         GVariant              *parameters,
                         GDBusMethodInvocation *invocation,
                         gpointer               user_data)
{
  if (g_str_equal (method, "Notify"))
    {
      const char *summary, *body;

      g_variant_get (parameters, "(&su&s&s&s@as@a{sv}i)", NULL, NULL, NULL, &summary, &body, NULL, NULL, NULL);
      g_ptr_array_add (shown, g_strdup_printf ("%s\n%s", summary, body));
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", shown->len));
    }
  else if (g_str_equal (method, "GetCapabilities"))
    g_dbus_method_invocation_return_value (invocation, g_variant_new_parsed ("(['body', 'actions'],)"));
  else if (g_str_equal (method, "GetServerInformation"))
    g_dbus_method_invocation_return_value (invocation, g_variant_new ("(ssss)", "test", "og", "1", "1.2"));
  else
    g_dbus_method_invocation_return_value (invocation, NULL);
}

static gboolean name_owned;

static void
name_acquired_cb (GDBusConnection *connection,
                  const char      *name,
                  gpointer         user_data)
{
  name_owned = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *)data;
}

static void
start_notification_server (GDBusConnection *bus)
{
  static const GDBusInterfaceVTable vtable = { notifications_method_cb, NULL, NULL, { 0 } };
  g_autoptr(GDBusNodeInfo) node = g_dbus_node_info_new_for_xml (notifications_xml, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (node);
  g_dbus_connection_register_object (bus, "/org/freedesktop/Notifications", node->interfaces[0],
                                     &vtable, NULL, NULL, &error);
  g_assert_no_error (error);
  g_bus_own_name_on_connection (bus, "org.freedesktop.Notifications", G_BUS_NAME_OWNER_FLAGS_REPLACE,
                                name_acquired_cb, NULL, NULL, NULL);
  g_assert_true (og_test_wait_until (is_true, &name_owned, 10));
}

static gboolean
shown_at_least (gpointer data)
{
  return shown->len >= GPOINTER_TO_UINT (data);
}

#define PROFILE_CSV "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n" \
                    "Petra,Vinter,,,,Buyer,,,,,,,\n"
#define CONNECTIONS_CSV "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" \
                        "Ola,Nord,https://www.linkedin.com/in/ola-nord,,Nordvik,Sales,01 Feb 2025\n" \
                        "Uma,Berg,https://www.linkedin.com/in/uma-berg,,Bergsoft,Growth,01 Feb 2025\n"
#define MESSAGES_HEADER "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n"
#define FROM_OLA(date, text) "2-ola,,Ola Nord,https://www.linkedin.com/in/ola-nord,Petra Vinter,https://www.linkedin.com/in/petra-vinter," date ",,\"" text "\",INBOX,false,false\n"
#define TO_OLA(date, text) "2-ola,,Petra Vinter,https://www.linkedin.com/in/petra-vinter,Ola Nord,https://www.linkedin.com/in/ola-nord," date ",,\"" text "\",INBOX,false,false\n"

static char *
write_export (const char *dir,
              const char *name,
              const char *messages)
{
  char *folder = g_build_filename (dir, name, NULL);
  struct { const char *file, *content; } files[] = {
    { "Profile.csv", PROFILE_CSV }, { "Connections.csv", CONNECTIONS_CSV }, { "messages.csv", messages },
  };

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (folder, files[i].file, NULL);

      g_assert_true (g_file_set_contents (path, files[i].content, -1, NULL));
    }
  return folder;
}

static void
remove_export (const char *folder)
{
  const char *names[] = { "Profile.csv", "Connections.csv", "messages.csv" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (folder, names[i], NULL);

      g_unlink (path);
    }
  g_rmdir (folder);
}

static gboolean
audited_twice (gpointer data)
{
  OgWindow *window = data;
  GListModel *contacts = og_window_get_contacts (window);

  return contacts != NULL && og_contacts_view_count (og_test_contacts_view_of (window), "opt-out") == 1;
}

static void
test_composer_notifies_when_a_re_import_shows_an_ignored_opt_out (void)
{
  g_autofree char *dir = NULL;
  OgWorkspace *workspace = og_test_temporary_workspace (&dir);
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(OgApplication) application = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  OgWindow *window;
  const char *first_paths[2] = { NULL, NULL };
  const char *second_paths[2] = { NULL, NULL };

  g_assert_nonnull (bus);
  shown = g_ptr_array_new_with_free_func (g_free);
  start_notification_server (bus);

  /* Its own id: the real app may run beside this test on the same bus. */
  application = g_object_new (OG_TYPE_APPLICATION, "application-id", "org.example.OutreachGuard.ComposerTest", NULL);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);

  /* First export: Ola pitched, Petra asked to stop, Ola went quiet. */
  before = write_export (dir, "before", MESSAGES_HEADER
    FROM_OLA ("2025-02-02 09:00:00 UTC", "Hi Petra, we help buyers cut freight costs by 20%. Open to a quick call next week?")
    TO_OLA ("2025-02-03 09:00:00 UTC", "Please remove me from your list, I am not interested."));
  /* A newer one: the same, and Ola pitched again. */
  after = write_export (dir, "after", MESSAGES_HEADER
    FROM_OLA ("2025-02-02 09:00:00 UTC", "Hi Petra, we help buyers cut freight costs by 20%. Open to a quick call next week?")
    TO_OLA ("2025-02-03 09:00:00 UTC", "Please remove me from your list, I am not interested.")
    FROM_OLA ("2025-03-10 09:00:00 UTC", "Hi Petra, following up: our freight audit saves 20% on average. Can we book a 15-minute demo this week?"));

  window = og_window_new (application);
  og_window_set_workspace (window, workspace);
  gtk_window_present (GTK_WINDOW (window));

  first_paths[0] = before;
  og_window_open_paths (window, first_paths);
  og_test_wait_for_import (window);
  og_test_wait_for_audit (window);
  /* Give a wrongly sent notification time to arrive. */
  og_test_wait_until (shown_at_least, GUINT_TO_POINTER (1), 2);
  g_assert_cmpuint (shown->len, ==, 0);

  second_paths[0] = after;
  og_window_open_paths (window, second_paths);
  g_assert_true (og_test_wait_until (audited_twice, window, 60));
  g_assert_true (og_test_wait_until (shown_at_least, GUINT_TO_POINTER (1), 10));
  g_assert_cmpuint (shown->len, ==, 1);
  g_assert_true (g_str_has_prefix (shown->pdata[0], "Ola Nord ignored your request to stop\n"));
  g_assert_nonnull (strstr (shown->pdata[0], "2025-03-10"));
  /* Names and dates only: no message text on a lock screen. */
  g_assert_null (strstr (shown->pdata[0], "freight"));

  /* A reminder that is due fires as a notification, once. */
  g_assert_cmpint (og_workspace_add_reminder (workspace, "linkedin.com/in/ola-nord", 1000, "Check whether Ola Nord stopped", NULL), >, 0);
  og_window_set_workspace (window, NULL);
  og_window_set_workspace (window, workspace);
  g_assert_true (og_test_wait_until (shown_at_least, GUINT_TO_POINTER (2), 20));
  g_assert_cmpstr (shown->pdata[1], ==, "Check on Ola Nord\nCheck whether Ola Nord stopped");
  g_assert_cmpint (og_workspace_next_reminder_at (workspace, NULL), ==, 0);

  og_test_destroy_and_assert_finalized (window);
  g_application_quit (G_APPLICATION (application));
  og_test_unref_and_assert_finalized (workspace);
  g_clear_pointer (&shown, g_ptr_array_unref);
  remove_export (before);
  remove_export (after);
  og_test_remove_workspace_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display (run the suite through build-aux/og-test)\n");
      return 0;
    }

  /* Notifications go to the stand-in server on the session bus. */
  g_setenv ("GNOTIFICATION_BACKEND", "freedesktop", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/org/example/OutreachGuard/icons");

  g_test_add_func ("/og/composer/suggests-fills-copies-and-marks-sent", test_composer_suggests_fills_copies_and_marks_sent);
  g_test_add_func ("/og/composer/keeps-an-unsent-edit-when-closed", test_composer_keeps_an_unsent_edit_when_closed);
  g_test_add_func ("/og/composer/writes-checks-and-deletes-templates-of-ones-own",
                   test_composer_writes_checks_and_deletes_templates_of_ones_own);
  g_test_add_func ("/og/composer/notifies-when-a-re-import-shows-an-ignored-opt-out",
                   test_composer_notifies_when_a_re_import_shows_an_ignored_opt_out);

  return g_test_run ();
}
