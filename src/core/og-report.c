/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-report.c — serialises a finished dataset into the audit report. */
#define G_LOG_DOMAIN "og-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "og-report.h"

static void
add_time (JsonBuilder *builder,
          const char  *member,
          gint64       utc)
{
  json_builder_set_member_name (builder, member);
  if (utc == OG_TIME_UNKNOWN)
    json_builder_add_null_value (builder);
  else
    {
      g_autofree char *text = og_date_format_iso8601 (utc);

      json_builder_add_string_value (builder, text);
    }
}

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *member,
                    const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value == NULL)
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, value);
}

static void
add_count (JsonBuilder *builder,
           const char  *member,
           guint        value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

static guint
count_messages_from (OgPerson *person)
{
  guint n = 0;

  if (person->conversations == NULL)
    return 0;

  for (guint c = 0; c < person->conversations->len; c++)
    {
      OgConversation *conversation = g_ptr_array_index (person->conversations, c);

      for (guint i = 0; i < conversation->messages->len; i++)
        {
          OgMessage *message = g_ptr_array_index (conversation->messages, i);

          if (message->sender == person && !message->is_draft)
            n++;
        }
    }
  return n;
}

static void
add_contact (JsonBuilder *builder,
             OgPerson    *person)
{
  json_builder_begin_object (builder);

  add_string_or_null (builder, "name", person->name);
  add_string_or_null (builder, "profile_url", person->profile_url);
  add_string_or_null (builder, "company", person->company);
  add_string_or_null (builder, "position", person->position);

  json_builder_set_member_name (builder, "connected_on");
  if (person->connected_on == OG_TIME_UNKNOWN)
    json_builder_add_null_value (builder);
  else
    {
      g_autofree char *day = og_date_format_day (person->connected_on);

      json_builder_add_string_value (builder, day);
    }

  json_builder_set_member_name (builder, "acceptance");
  json_builder_begin_object (builder);
  add_time (builder, "earliest", person->acceptance.earliest);
  add_time (builder, "latest", person->acceptance.latest);
  json_builder_set_member_name (builder, "source");
  json_builder_add_string_value (builder, og_acceptance_source_to_string (person->acceptance.source));
  json_builder_end_object (builder);

  add_count (builder, "messages_from_contact", count_messages_from (person));

  json_builder_end_object (builder);
}

char *
og_report_to_json (OgDataset *dataset,
                   guint      threshold_minutes)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  OgPerson *owner;
  GPtrArray *connections;
  GPtrArray *warnings;

  g_return_val_if_fail (OG_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (og_dataset_is_finished (dataset), NULL);

  owner = og_dataset_get_owner (dataset);
  connections = og_dataset_get_connections (dataset);
  warnings = og_dataset_get_warnings (dataset);

  json_builder_begin_object (builder);

  add_count (builder, "version", OG_REPORT_VERSION);
  add_count (builder, "threshold_minutes", threshold_minutes);

  json_builder_set_member_name (builder, "owner");
  json_builder_begin_object (builder);
  add_string_or_null (builder, "name", owner ? owner->name : NULL);
  add_string_or_null (builder, "profile_url", owner ? owner->profile_url : NULL);
  json_builder_end_object (builder);

  /* Only the counts this version computes; the audit's figures come with the classifier. */
  json_builder_set_member_name (builder, "summary");
  json_builder_begin_object (builder);
  add_count (builder, "connections", og_dataset_get_n_connections (dataset));
  add_count (builder, "hidden_connections", og_dataset_get_n_hidden_connections (dataset));
  add_count (builder, "messages", og_dataset_get_n_messages (dataset));
  add_count (builder, "invitations", og_dataset_get_n_invitations (dataset));
  add_count (builder, "note_acceptances", og_dataset_get_n_note_acceptances (dataset));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "contacts");
  json_builder_begin_array (builder);
  for (guint i = 0; i < connections->len; i++)
    add_contact (builder, g_ptr_array_index (connections, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "warnings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < warnings->len; i++)
    {
      OgWarning *warning = g_ptr_array_index (warnings, i);

      json_builder_begin_object (builder);
      add_string_or_null (builder, "file", warning->file);
      add_count (builder, "line", warning->line);
      add_string_or_null (builder, "message", warning->message);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  return json_generator_to_data (generator, NULL);
}

char *
og_report_to_text (OgDataset *dataset,
                   guint      threshold_minutes)
{
  GString *out = g_string_new (NULL);
  OgPerson *owner;

  g_return_val_if_fail (OG_IS_DATASET (dataset), NULL);

  owner = og_dataset_get_owner (dataset);
  g_string_append_printf (out, _("Export of %s\n"), owner && owner->name ? owner->name : _("an unknown member"));
  g_string_append_printf (out, _("Connections: %u (and %u hidden members)\n"),
                          og_dataset_get_n_connections (dataset),
                          og_dataset_get_n_hidden_connections (dataset));
  g_string_append_printf (out, _("Messages: %u\n"), og_dataset_get_n_messages (dataset));
  g_string_append_printf (out, _("Invitations: %u\n"), og_dataset_get_n_invitations (dataset));
  g_string_append_printf (out, _("Acceptance known to the second from an invitation note: %u\n"),
                          og_dataset_get_n_note_acceptances (dataset));
  g_string_append_printf (out, _("Warnings: %u\n"), og_dataset_get_warnings (dataset)->len);

  return g_string_free (out, FALSE);
}
