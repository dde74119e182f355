/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-watch.c — notifications for ignored opt-outs and reminders. Names and
 * dates only: message text never goes into a notification, which a lock
 * screen may show. */
#define G_LOG_DOMAIN "og-watch"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "og-date.h"
#include "og-watch.h"

/* Names listed in a notification about several people before "and N more". */
#define MAX_NAMES 3

GHashTable *
og_watch_ignored_opt_outs (OgAudit *audit)
{
  GHashTable *flagged = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  GPtrArray *contacts;

  g_return_val_if_fail (OG_IS_AUDIT (audit), flagged);

  contacts = og_audit_get_contacts (audit);
  for (guint i = 0; i < contacts->len; i++)
    {
      const OgContactAudit *contact = g_ptr_array_index (contacts, i);

      if ((contact->flags & OG_FLAG_IGNORED_OPT_OUT) && contact->person->key != NULL &&
          contact->pitch_after_opt_out != NULL)
        g_hash_table_insert (flagged, contact->person->key,
                             g_memdup2 (&contact->pitch_after_opt_out->sent_at, sizeof (gint64)));
    }
  return flagged;
}

static const char *
name_of (const OgContactAudit *contact)
{
  return contact != NULL && contact->person->name != NULL ? contact->person->name : _("A connection");
}

GNotification *
og_watch_opt_out_notification (OgAudit   *audit,
                               GPtrArray *keys)
{
  GNotification *notification;

  g_return_val_if_fail (OG_IS_AUDIT (audit), NULL);

  if (keys == NULL || keys->len == 0)
    return NULL;

  if (keys->len == 1)
    {
      const char *key = g_ptr_array_index (keys, 0);
      const OgContactAudit *contact = og_audit_lookup_contact_by_key (audit, key);
      g_autofree char *title = g_strdup_printf (_("%s ignored your request to stop"), name_of (contact));
      g_autofree char *day = contact != NULL && contact->pitch_after_opt_out != NULL
                             ? og_date_format_day (contact->pitch_after_opt_out->sent_at) : NULL;
      g_autofree char *body = day != NULL
                              ? g_strdup_printf (_("They pitched again on %s. Open OutreachGuard to see the messages or draft a reply."), day)
                              : g_strdup (_("They pitched again. Open OutreachGuard to see the messages or draft a reply."));

      notification = g_notification_new (title);
      g_notification_set_body (notification, body);
      g_notification_set_default_action_and_target (notification, "app.show-contact", "s", key);
    }
  else
    {
      g_autoptr(GString) names = g_string_new (NULL);
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u person ignored your request to stop",
                                                             "%u people ignored your request to stop", keys->len),
                                                keys->len);
      g_autofree char *body = NULL;

      for (guint i = 0; i < keys->len && i < MAX_NAMES; i++)
        {
          if (i > 0)
            /* Translators: the separator between names in a list */
            g_string_append (names, _(", "));
          g_string_append (names, name_of (og_audit_lookup_contact_by_key (audit, g_ptr_array_index (keys, i))));
        }
      if (keys->len > MAX_NAMES)
        {
          guint more = keys->len - MAX_NAMES;

          /* Translators: "Ada Quist, Kai Sund, Ola Nord and 4 more" */
          body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s and %u more pitched again after you asked them to stop.",
                                               "%s and %u more pitched again after you asked them to stop.", more),
                                  names->str, more);
        }
      else
        body = g_strdup_printf (_("%s pitched again after you asked them to stop."), names->str);

      notification = g_notification_new (title);
      g_notification_set_body (notification, body);
      g_notification_set_default_action_and_target (notification, "app.show-view", "s", "opt-out");
    }
  g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_HIGH);
  return notification;
}

GNotification *
og_watch_reminder_notification (OgDataset        *dataset,
                                const OgReminder *reminder)
{
  OgPerson *person = NULL;
  GNotification *notification;
  g_autofree char *title = NULL;

  g_return_val_if_fail (reminder != NULL, NULL);

  if (dataset != NULL && reminder->person_key != NULL)
    person = og_dataset_lookup_person (dataset, reminder->person_key);
  /* Translators: a reminder's title; %s is the connection's name */
  title = g_strdup_printf (_("Check on %s"), person != NULL && person->name != NULL ? person->name : _("A connection"));
  notification = g_notification_new (title);
  g_notification_set_body (notification, reminder->note != NULL && reminder->note[0] != '\0'
                                         ? reminder->note : _("You asked to be reminded about this connection."));
  if (reminder->person_key != NULL)
    g_notification_set_default_action_and_target (notification, "app.show-contact", "s", reminder->person_key);
  return notification;
}

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  OgAudit *audit = task_data;
  g_autoptr(GHashTable) flagged = og_watch_ignored_opt_outs (audit);
  g_autoptr(GPtrArray) fresh = NULL;
  GError *error = NULL;

  fresh = og_workspace_note_alerts (source_object, OG_WATCH_IGNORED_OPT_OUT, flagged, &error);
  if (fresh == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, og_watch_opt_out_notification (audit, fresh), g_object_unref);
}

void
og_watch_check_async (OgWorkspace         *workspace,
                      OgAudit             *audit,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (OG_IS_WORKSPACE (workspace));
  g_return_if_fail (OG_IS_AUDIT (audit));

  task = g_task_new (workspace, NULL, callback, user_data);
  g_task_set_source_tag (task, og_watch_check_async);
  g_task_set_task_data (task, g_object_ref (audit), g_object_unref);
  g_task_run_in_thread (task, check_thread);
}

GNotification *
og_watch_check_finish (GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == og_watch_check_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
