/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "og-application"

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <signal.h>

#include "og-application.h"
#include "og-window.h"

struct _OgApplication
{
  AdwApplication  parent_instance;

  OgWorkspace    *workspace;
  gboolean        workspace_failed;
};

G_DEFINE_FINAL_TYPE (OgApplication, og_application, ADW_TYPE_APPLICATION)

/* The workspace of $XDG_DATA_HOME, opened once; NULL and a message to the
 * person when it cannot be (imports are then shown but not kept). */
static OgWorkspace *
get_workspace (OgApplication *self,
               GtkWindow     *parent)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (self->workspace != NULL || self->workspace_failed)
    return self->workspace;

  path = og_workspace_default_path ();
  self->workspace = og_workspace_open (path, &error);
  if (self->workspace == NULL)
    {
      GtkWidget *dialog = adw_message_dialog_new (parent, _("Your Saved Work Cannot Be Opened"), NULL);

      self->workspace_failed = TRUE;
      g_warning ("Could not open the workspace: %s", error->message);
      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      _("%s\n\nExports you open now are shown but not kept."), error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  return self->workspace;
}

static OgWindow *
get_or_create_window (OgApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      window = GTK_WINDOW (og_window_new (self));
      og_window_set_workspace (OG_WINDOW (window), get_workspace (self, window));
    }

  return OG_WINDOW (window);
}

static void
og_application_activate (GApplication *application)
{
  gtk_window_present (GTK_WINDOW (get_or_create_window (OG_APPLICATION (application))));
}

static void
og_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  OgWindow *window = get_or_create_window (OG_APPLICATION (application));

  og_window_open_files (window, files, (guint)n_files);
  gtk_window_present (GTK_WINDOW (window));
}

AdwAboutWindow *
og_application_new_about_window (void)
{
  const char *developers[] = { _("The OutreachGuard developers"), NULL };
  AdwAboutWindow *about;

#if ADW_CHECK_VERSION (1, 4, 0)
  /* Name, summary, licence, links and release notes come from the metainfo. */
  about = ADW_ABOUT_WINDOW (adw_about_window_new_from_appdata ("/org/example/OutreachGuard/metainfo.xml",
                                                               PACKAGE_VERSION));
#else
  /* libadwaita 1.2 (Debian 12) cannot read it: the same facts by hand. */
  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  adw_about_window_set_application_name (about, "OutreachGuard");
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_comments (about, _("Audit your LinkedIn network on your own machine: who pitched within minutes of connecting, who never stops, who ignored a request to stop."));
  adw_about_window_set_website (about, "https://example.org/outreach-guard");
  adw_about_window_set_issue_url (about, "https://example.org/outreach-guard/issues");
#endif
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_developers (about, developers);
  return about;
}

static void
about_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  OgApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  AdwAboutWindow *about = og_application_new_about_window ();

  gtk_window_set_transient_for (GTK_WINDOW (about), window);
  gtk_window_present (GTK_WINDOW (about));
}

static void
help_shown_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GtkWindow *parent = GTK_WINDOW (source);
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (parent, result, &error))
    {
      AdwMessageDialog *dialog;

      /* Without Yelp (or a help viewer) there is nothing to open it with. */
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("The User Guide Could Not Be Opened"),
                                                           error->message));
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

/* The Mallard guide in data/help, installed for the help viewer; a fixed
 * help: URI, never one that came from a file. */
static void
help_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  OgApplication *self = user_data;
  GtkWindow *window = GTK_WINDOW (get_or_create_window (self));

  gtk_show_uri_full (window, "help:" APP_ID, GDK_CURRENT_TIME, NULL, help_shown_cb, NULL);
}

/* Where a notification leads: a window, on that connection or view. */
static void
show_contact_action_cb (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  OgWindow *window = get_or_create_window (OG_APPLICATION (user_data));

  og_window_show_contact (window, g_variant_get_string (parameter, NULL));
  gtk_window_present (GTK_WINDOW (window));
}

static void
show_view_action_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  OgWindow *window = get_or_create_window (OG_APPLICATION (user_data));

  og_window_show_view (window, g_variant_get_string (parameter, NULL));
  gtk_window_present (GTK_WINDOW (window));
}

/* Explore the Sample, from the command line (--sample) or another instance. */
static void
open_sample_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  OgWindow *window = get_or_create_window (OG_APPLICATION (user_data));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL);
  gtk_window_present (GTK_WINDOW (window));
}

static void
quit_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", about_action_cb },
  { "help", help_action_cb },
  { "show-contact", show_contact_action_cb, "s" },
  { "show-view", show_view_action_cb, "s" },
  { "open-sample", open_sample_action_cb },
  { "quit", quit_action_cb },
};

/* SIGTERM (a logout, `kill`) and SIGINT end the app as Quit does, so that what
 * it cleans up as windows close (the sample's folder) is cleaned up. */
static gboolean
quit_on_signal_cb (gpointer data)
{
  g_application_quit (G_APPLICATION (data));
  return G_SOURCE_CONTINUE;
}

static void
og_application_shutdown (GApplication *application)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (application)));

  /* Windows let go of their workspaces here, not at exit. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (GTK_WINDOW (l->data));
  g_list_free (windows);
  G_APPLICATION_CLASS (og_application_parent_class)->shutdown (application);
}

static void
og_application_startup (GApplication *application)
{
  OgApplication *self = OG_APPLICATION (application);
  const char *quit_accels[] = { "<Control>q", NULL };
  const char *open_accels[] = { "<Control>o", NULL };
  const char *close_accels[] = { "<Control>w", NULL };
  const char *help_accels[] = { "F1", NULL };

  G_APPLICATION_CLASS (og_application_parent_class)->startup (application);
  g_unix_signal_add (SIGTERM, quit_on_signal_cb, self);
  g_unix_signal_add (SIGINT, quit_on_signal_cb, self);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.open", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.help", help_accels);
}

/* --sample: the primary instance, this one or one already running, opens the
 * sample apart from the person's data; this one then only carries on if it is
 * that instance. */
static int
og_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  g_autoptr(GError) error = NULL;

  if (!g_variant_dict_contains (options, "sample"))
    return -1;
  if (!g_application_register (application, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_action_group_activate_action (G_ACTION_GROUP (application), "open-sample", NULL);
  return g_application_get_is_remote (application) ? 0 : -1;
}

static void
og_application_dispose (GObject *object)
{
  OgApplication *self = OG_APPLICATION (object);

  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (og_application_parent_class)->dispose (object);
}

static void
og_application_class_init (OgApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = og_application_dispose;

  app_class->handle_local_options = og_application_handle_local_options;
  app_class->activate = og_application_activate;
  app_class->open = og_application_open;
  app_class->startup = og_application_startup;
  app_class->shutdown = og_application_shutdown;
}

static void
og_application_init (OgApplication *self)
{
  g_application_add_main_option (G_APPLICATION (self), "sample", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE,
                                 _("Explore the bundled sample export, kept apart from your own data"), NULL);
}

OgApplication *
og_application_new (void)
{
  return g_object_new (OG_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/org/example/OutreachGuard",
                       NULL);
}
