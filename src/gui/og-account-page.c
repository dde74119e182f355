/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-account-page.c — presents the token's state; og-portability checks it
 * and og-token-store keeps it, off the main thread. */
#define G_LOG_DOMAIN "og-account"

#include "config.h"

#include <glib/gi18n.h>

#include "og-account-page.h"
#include "og-date.h"
#include "og-portability.h"
#include "og-token-store.h"

struct _OgAccountPage
{
  AdwPreferencesPage  parent_instance;

  AdwEntryRow        *token_row;
  AdwActionRow       *status_row;
  AdwActionRow       *remove_row;
  GtkSpinner         *spinner;

  char               *api_base;
  GCancellable       *cancellable;
  guint               busy;
  gboolean            focus_pending;  /* focus the token field once it is sensitive */
};

G_DEFINE_FINAL_TYPE (OgAccountPage, og_account_page, ADW_TYPE_PREFERENCES_PAGE)

static void
set_busy (OgAccountPage *self,
          gboolean       busy)
{
  self->busy += busy ? 1 : -1;
  gtk_spinner_set_spinning (self->spinner, self->busy > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->token_row), self->busy == 0);
  if (self->busy == 0 && self->focus_pending)
    {
      self->focus_pending = FALSE;
      gtk_widget_grab_focus (GTK_WIDGET (self->token_row));
    }
}

static void
show_status (OgAccountPage *self,
             const char    *text,
             gboolean       warning)
{
  /* Plain text: an error may quote what LinkedIn sent. */
  adw_action_row_set_subtitle (self->status_row, text);
  if (warning)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_row), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_row), "warning");
}

/* ---- reading the keyring ---------------------------------------------------------------- */

static void
lookup_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  GError *error = NULL;
  gint64 saved_at = 0;
  char *token = og_token_store_lookup (&saved_at, cancellable, &error);

  if (error != NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  /* Only whether there is one, and since when: the token stays in the keyring. */
  og_token_free (token);
  g_task_return_pointer (task, g_memdup2 (&(gint64){ token != NULL ? saved_at : -1 }, sizeof (gint64)), g_free);
}

static void
show_saved_at (OgAccountPage *self,
               gint64         saved_at)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 expires = saved_at + OG_TOKEN_LIFETIME_SECONDS;
  g_autofree char *day = NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->remove_row), saved_at >= 0);
  if (saved_at < 0)
    {
      show_status (self, _("No token yet"), FALSE);
      return;
    }
  day = og_date_format_day (expires);
  if (expires <= now)
    text = g_strdup_printf (_("Expired on %s: create a new token and paste it above"), day);
  else if (expires - now <= OG_TOKEN_WARN_SECONDS)
    text = g_strdup_printf (_("Expires on %s: create a new token soon"), day);
  else
    text = g_strdup_printf (_("Connected; the token expires on %s"), day);
  show_status (self, text, expires - now <= OG_TOKEN_WARN_SECONDS);
}

static void
lookup_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OgAccountPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree gint64 *saved_at = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (saved_at == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("The keyring cannot be read: %s"), error->message);

      show_status (self, text, TRUE);
      return;
    }
  show_saved_at (self, *saved_at);
}

static void
refresh (OgAccountPage *self)
{
  g_autoptr(GTask) task = g_task_new (NULL, self->cancellable, lookup_done_cb, g_object_ref (self));

  set_busy (self, TRUE);
  g_task_run_in_thread (task, lookup_thread);
}

/* ---- saving a checked token -------------------------------------------------------------- */

static void
save_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  if (og_token_store_save (data, 0, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(OgAccountPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      set_busy (self, FALSE);
      text = g_strdup_printf (_("The token works but cannot be kept in the keyring: %s"), error->message);
      show_status (self, text, TRUE);
      return;
    }
  set_busy (self, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->token_row), "");
  refresh (self);
}

typedef struct
{
  OgAccountPage *self;
  char          *token;
} Check;

static void
checked_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Check *check = user_data;
  g_autoptr(OgAccountPage) self = check->self;
  g_autoptr(GError) error = NULL;
  gboolean ok = og_portability_client_check_finish (OG_PORTABILITY_CLIENT (source), result, &error);
  char *token = check->token;

  g_free (check);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      og_token_free (token);
      return;
    }
  set_busy (self, FALSE);
  if (!ok)
    {
      /* Not kept: a token LinkedIn refuses is no use in the keyring. */
      og_token_free (token);
      show_status (self, error->message, TRUE);
      return;
    }
  {
    g_autoptr(GTask) task = g_task_new (NULL, self->cancellable, saved_cb, g_object_ref (self));

    set_busy (self, TRUE);
    g_task_set_task_data (task, token, (GDestroyNotify)og_token_free);
    g_task_run_in_thread (task, save_thread);
  }
}

static void
token_applied_cb (OgAccountPage *self)
{
  g_autoptr(OgPortabilityClient) client = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *token = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->token_row))));
  Check *check;

  client = og_portability_client_new (self->api_base, token, &error);
  if (client == NULL)
    {
      show_status (self, error->message, TRUE);
      return;
    }
  show_status (self, _("Checking the token with LinkedIn…"), FALSE);
  set_busy (self, TRUE);
  check = g_new0 (Check, 1);
  check->self = g_object_ref (self);
  check->token = g_steal_pointer (&token);
  og_portability_client_check_async (client, self->cancellable, checked_cb, check);
}

/* ---- removing it ------------------------------------------------------------------------ */

static void
clear_thread (GTask        *task,
              gpointer      source,
              gpointer      data,
              GCancellable *cancellable)
{
  GError *error = NULL;

  if (og_token_store_clear (cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
cleared_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(OgAccountPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      set_busy (self, FALSE);
      text = g_strdup_printf (_("The token cannot be removed from the keyring: %s"), error->message);
      show_status (self, text, TRUE);
      return;
    }
  set_busy (self, FALSE);
  refresh (self);
}

static void
remove_activated_cb (OgAccountPage *self)
{
  g_autoptr(GTask) task = g_task_new (NULL, self->cancellable, cleared_cb, g_object_ref (self));

  set_busy (self, TRUE);
  g_task_run_in_thread (task, clear_thread);
}

static void
portal_activated_cb (OgAccountPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* A linkedin.com page over https: the one kind of URL the app opens. */
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, "https://www.linkedin.com/developers/apps",
                GDK_CURRENT_TIME);
}

/* ---- life cycle ------------------------------------------------------------------------- */

static void
og_account_page_dispose (GObject *object)
{
  OgAccountPage *self = OG_ACCOUNT_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), OG_TYPE_ACCOUNT_PAGE);

  G_OBJECT_CLASS (og_account_page_parent_class)->dispose (object);
}

static void
og_account_page_finalize (GObject *object)
{
  OgAccountPage *self = OG_ACCOUNT_PAGE (object);

  g_clear_object (&self->cancellable);
  g_free (self->api_base);

  G_OBJECT_CLASS (og_account_page_parent_class)->finalize (object);
}

static void
og_account_page_class_init (OgAccountPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = og_account_page_dispose;
  object_class->finalize = og_account_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/OutreachGuard/og-account-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OgAccountPage, token_row);
  gtk_widget_class_bind_template_child (widget_class, OgAccountPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, OgAccountPage, remove_row);
  gtk_widget_class_bind_template_child (widget_class, OgAccountPage, spinner);
  gtk_widget_class_bind_template_callback (widget_class, token_applied_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, portal_activated_cb);
}

static void
og_account_page_init (OgAccountPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

GtkWidget *
og_account_page_new (const char *api_base)
{
  OgAccountPage *self = g_object_new (OG_TYPE_ACCOUNT_PAGE, NULL);

  self->api_base = g_strdup (api_base);
  refresh (self);
  return GTK_WIDGET (self);
}

const char *
og_account_page_get_status (OgAccountPage *self)
{
  g_return_val_if_fail (OG_IS_ACCOUNT_PAGE (self), NULL);
  return adw_action_row_get_subtitle (self->status_row);
}

gboolean
og_account_page_is_busy (OgAccountPage *self)
{
  g_return_val_if_fail (OG_IS_ACCOUNT_PAGE (self), FALSE);
  return self->busy > 0;
}

void
og_account_page_focus_token (OgAccountPage *self)
{
  g_return_if_fail (OG_IS_ACCOUNT_PAGE (self));

  /* An insensitive field cannot take the focus: the keyring is still being read. */
  if (self->busy > 0)
    self->focus_pending = TRUE;
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->token_row));
}
