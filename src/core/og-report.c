/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-report.c — serialises a dataset or an audit into the report of DESIGN §4. */
#define G_LOG_DOMAIN "og-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "og-csv-writer.h"
#include "og-json-writer.h"
#include "og-parallel.h"
#include "og-report.h"

/* How much of a script the text report quotes. */
#define EXAMPLE_MAX_CHARS 160

/* ---- JSON output ----------------------------------------------------------------- */

/* A json-glib tree written with og-json-writer's text forms (see there why). */
static void write_node (GString  *out,
                        JsonNode *node,
                        guint     depth);

typedef struct
{
  GString *out;
  guint    depth;
  gboolean first;
} MemberWriter;

static void
write_member_cb (JsonObject  *object,
                 const char  *name,
                 JsonNode    *node,
                 gpointer     user_data)
{
  MemberWriter *writer = user_data;

  if (!writer->first)
    g_string_append_c (writer->out, ',');
  writer->first = FALSE;
  og_json_write_indent (writer->out, writer->depth + 1);
  og_json_write_string (writer->out, name);
  g_string_append (writer->out, ": ");
  write_node (writer->out, node, writer->depth + 1);
}

static void
write_node (GString  *out,
            JsonNode *node,
            guint     depth)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        MemberWriter writer = { out, depth, TRUE };

        g_string_append_c (out, '{');
        json_object_foreach_member (object, write_member_cb, &writer);
        if (!writer.first)
          og_json_write_indent (out, depth);
        g_string_append_c (out, '}');
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint length = json_array_get_length (array);

        g_string_append_c (out, '[');
        for (guint i = 0; i < length; i++)
          {
            if (i > 0)
              g_string_append_c (out, ',');
            og_json_write_indent (out, depth + 1);
            write_node (out, json_array_get_element (array, i), depth + 1);
          }
        if (length > 0)
          og_json_write_indent (out, depth);
        g_string_append_c (out, ']');
      }
      break;

    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
          og_json_write_double (out, json_node_get_double (node));
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
          break;
        case G_TYPE_STRING:
          og_json_write_string (out, json_node_get_string (node));
          break;
        default:
          g_string_append (out, "null");
          break;
        }
      break;

    case JSON_NODE_NULL:
    default:
      g_string_append (out, "null");
      break;
    }
}

char *
og_report_json_to_text (JsonNode *root)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (root != NULL, NULL);

  write_node (out, root, 0);
  g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}


/* ---- JSON building blocks ------------------------------------------------------------ */

static void
add_time (OgJsonWriter *builder,
          const char  *member,
          gint64       utc)
{
  og_json_writer_set_member_name (builder, member);
  if (utc == OG_TIME_UNKNOWN)
    og_json_writer_add_null_value (builder);
  else
    {
      g_autofree char *text = og_date_format_iso8601 (utc);

      og_json_writer_add_string_value (builder, text);
    }
}

static void
add_string_or_null (OgJsonWriter *builder,
                    const char  *member,
                    const char  *value)
{
  og_json_writer_set_member_name (builder, member);
  if (value == NULL)
    og_json_writer_add_null_value (builder);
  else
    og_json_writer_add_string_value (builder, value);
}

static void
add_count (OgJsonWriter *builder,
           const char  *member,
           guint        value)
{
  og_json_writer_set_member_name (builder, member);
  og_json_writer_add_int_value (builder, value);
}

static void
add_boolean (OgJsonWriter *builder,
             const char  *member,
             gboolean     value)
{
  og_json_writer_set_member_name (builder, member);
  og_json_writer_add_boolean_value (builder, value);
}

/* Rounded as printf rounds, so that the text and the number agree. */
static double
round_to (double value,
          int    decimals)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, decimals == 1 ? "%.1f" : "%.2f", value);
  return g_ascii_strtod (buffer, NULL);
}

static void
add_rounded (OgJsonWriter *builder,
             const char  *member,
             double       value,
             int          decimals)
{
  og_json_writer_set_member_name (builder, member);
  og_json_writer_add_double_value (builder, round_to (value, decimals));
}

/* Who they are and when they were accepted: the same in both reports. */
static void
add_identity (OgJsonWriter    *builder,
              const OgPerson *person)
{
  add_string_or_null (builder, "name", person->name);
  add_string_or_null (builder, "profile_url", person->profile_url);
  add_string_or_null (builder, "company", person->company);
  add_string_or_null (builder, "position", person->position);

  og_json_writer_set_member_name (builder, "connected_on");
  if (person->connected_on == OG_TIME_UNKNOWN)
    og_json_writer_add_null_value (builder);
  else
    {
      g_autofree char *day = og_date_format_day (person->connected_on);

      og_json_writer_add_string_value (builder, day);
    }

  og_json_writer_set_member_name (builder, "acceptance");
  og_json_writer_begin_object (builder);
  add_time (builder, "earliest", person->acceptance.earliest);
  add_time (builder, "latest", person->acceptance.latest);
  og_json_writer_set_member_name (builder, "source");
  og_json_writer_add_string_value (builder, og_acceptance_source_to_string (person->acceptance.source));
  og_json_writer_end_object (builder);
}

static void
add_owner (OgJsonWriter *builder,
           OgPerson    *owner)
{
  og_json_writer_set_member_name (builder, "owner");
  og_json_writer_begin_object (builder);
  add_string_or_null (builder, "name", owner ? owner->name : NULL);
  add_string_or_null (builder, "profile_url", owner ? owner->profile_url : NULL);
  og_json_writer_end_object (builder);
}

static void
add_dataset_counts (OgJsonWriter *builder,
                    OgDataset   *dataset)
{
  add_count (builder, "connections", og_dataset_get_n_connections (dataset));
  add_count (builder, "hidden_connections", og_dataset_get_n_hidden_connections (dataset));
  add_count (builder, "messages", og_dataset_get_n_messages (dataset));
  add_count (builder, "invitations", og_dataset_get_n_invitations (dataset));
  add_count (builder, "note_acceptances", og_dataset_get_n_note_acceptances (dataset));
}

static void
add_warnings (OgJsonWriter *builder,
              OgDataset   *dataset)
{
  GPtrArray *warnings = og_dataset_get_warnings (dataset);

  og_json_writer_set_member_name (builder, "warnings");
  og_json_writer_begin_array (builder);
  for (guint i = 0; i < warnings->len; i++)
    {
      OgWarning *warning = g_ptr_array_index (warnings, i);

      og_json_writer_begin_object (builder);
      add_string_or_null (builder, "file", warning->file);
      add_count (builder, "line", warning->line);
      add_string_or_null (builder, "message", warning->message);
      og_json_writer_end_object (builder);
    }
  og_json_writer_end_array (builder);
}

/* ---- the dataset report ----------------------------------------------------------- */

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

char *
og_report_to_json (OgDataset *dataset,
                   guint      threshold_minutes)
{
  g_autoptr(OgJsonWriter) builder = og_json_writer_new ();
  GPtrArray *connections;

  g_return_val_if_fail (OG_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (og_dataset_is_finished (dataset), NULL);

  connections = og_dataset_get_connections (dataset);

  og_json_writer_begin_object (builder);
  add_count (builder, "version", OG_REPORT_VERSION);
  add_count (builder, "threshold_minutes", threshold_minutes);
  add_owner (builder, og_dataset_get_owner (dataset));

  og_json_writer_set_member_name (builder, "summary");
  og_json_writer_begin_object (builder);
  add_dataset_counts (builder, dataset);
  og_json_writer_end_object (builder);

  og_json_writer_set_member_name (builder, "contacts");
  og_json_writer_begin_array (builder);
  for (guint i = 0; i < connections->len; i++)
    {
      OgPerson *person = g_ptr_array_index (connections, i);

      og_json_writer_begin_object (builder);
      add_identity (builder, person);
      add_count (builder, "messages_from_contact", count_messages_from (person));
      og_json_writer_end_object (builder);
    }
  og_json_writer_end_array (builder);

  add_warnings (builder, dataset);
  og_json_writer_end_object (builder);

  return og_json_writer_free_to_text (g_steal_pointer (&builder));
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

/* ---- the audit report: JSON -------------------------------------------------------- */

/* Opens @member as {"at", "conversation_id"}; the caller may add to it and closes it. */
static void
begin_message_reference (OgJsonWriter     *builder,
                         const char      *member,
                         const OgMessage *message)
{
  og_json_writer_set_member_name (builder, member);
  og_json_writer_begin_object (builder);
  add_time (builder, "at", message->sent_at);
  add_string_or_null (builder, "conversation_id", message->conversation ? message->conversation->id : NULL);
}

/* The messages behind each flag, by time and thread: never their text. */
static void
add_evidence (OgJsonWriter          *builder,
              const OgContactAudit *contact)
{
  OgMessage *note = contact->person->note_message;

  og_json_writer_set_member_name (builder, "evidence");
  og_json_writer_begin_object (builder);

  if (contact->first_message != NULL && contact->first_message != contact->first_pitch)
    {
      begin_message_reference (builder, "first_message", contact->first_message);
      og_json_writer_end_object (builder);
    }

  if (contact->first_pitch != NULL)
    {
      begin_message_reference (builder, "first_pitch", contact->first_pitch);
      add_boolean (builder, "invitation_note", contact->first_pitch == note);
      og_json_writer_end_object (builder);
    }

  if (contact->unanswered_followups > 0 && contact->run_start != NULL)
    {
      og_json_writer_set_member_name (builder, "followup_run");
      og_json_writer_begin_object (builder);
      add_time (builder, "from", contact->run_start->sent_at);
      add_string_or_null (builder, "conversation_id",
                          contact->run_start->conversation ? contact->run_start->conversation->id : NULL);
      add_count (builder, "count", contact->unanswered_followups);
      og_json_writer_end_object (builder);
    }

  if (contact->opt_out != NULL)
    {
      begin_message_reference (builder, "opt_out", contact->opt_out);
      og_json_writer_end_object (builder);
    }
  else if (contact->opt_out_marked)
    /* A reply the person marked sent in the app: no message of the export yet. */
    add_time (builder, "opt_out_marked_sent", contact->opt_out_at);

  if (contact->pitch_after_opt_out != NULL)
    {
      begin_message_reference (builder, "pitch_after_opt_out", contact->pitch_after_opt_out);
      og_json_writer_end_object (builder);
    }

  if (contact->template_message != NULL)
    {
      begin_message_reference (builder, "template", contact->template_message);
      add_count (builder, "cluster", (guint)contact->template_cluster);
      og_json_writer_end_object (builder);
    }

  og_json_writer_end_object (builder);
}

static void
add_audited_contact (OgJsonWriter          *builder,
                     const OgContactAudit *contact)
{
  const char *verdict = og_verdict_to_string (contact->within_threshold);

  og_json_writer_begin_object (builder);
  add_identity (builder, contact->person);

  add_count (builder, "messages_from_contact", contact->messages_from_contact);
  add_count (builder, "pitches", contact->pitches);
  add_count (builder, "recruiting", contact->recruiting);

  og_json_writer_set_member_name (builder, "pitch_rate");
  if (contact->has_rate)
    {
      og_json_writer_begin_object (builder);
      add_rounded (builder, "estimate", contact->rate_estimate, 2);
      add_rounded (builder, "low", contact->rate_low, 2);
      add_rounded (builder, "high", contact->rate_high, 2);
      og_json_writer_end_object (builder);
    }
  else
    og_json_writer_add_null_value (builder);

  add_boolean (builder, "pitch_first", contact->pitch_first);
  add_time (builder, "first_pitch_at", contact->first_pitch ? contact->first_pitch->sent_at : OG_TIME_UNKNOWN);

  og_json_writer_set_member_name (builder, "minutes_to_first_pitch");
  if (contact->has_minutes)
    {
      og_json_writer_begin_object (builder);
      add_rounded (builder, "min", contact->minutes_min, 1);
      add_rounded (builder, "max", contact->minutes_max, 1);
      og_json_writer_end_object (builder);
    }
  else
    og_json_writer_add_null_value (builder);

  add_string_or_null (builder, "within_threshold", verdict);
  add_count (builder, "unanswered_followups", contact->unanswered_followups);
  add_boolean (builder, "ignored_opt_out", contact->ignored_opt_out);

  og_json_writer_set_member_name (builder, "template_cluster");
  if (contact->template_cluster > 0)
    og_json_writer_add_int_value (builder, contact->template_cluster);
  else
    og_json_writer_add_null_value (builder);

  og_json_writer_set_member_name (builder, "flags");
  og_json_writer_begin_array (builder);
  for (guint bit = 0; bit < OG_N_FLAGS; bit++)
    if (contact->flags & (1u << bit))
      og_json_writer_add_string_value (builder, og_flag_to_string (1u << bit));
  og_json_writer_end_array (builder);

  add_evidence (builder, contact);

  og_json_writer_end_object (builder);
}

/* The contacts are written a round of blocks at a time, a block on each
 * core: they were most of the report's time, and a round holds only its
 * blocks' text, so the report still streams. Each block is written apart
 * and added in order: the text is the same. */
#define CONTACTS_PER_BLOCK 256
#define BLOCKS_PER_ROUND   8

typedef struct
{
  OgJsonWriter *builder;     /* read only while the blocks are written */
  GPtrArray    *contacts;
  guint         first_block;
  guint         n_blocks;
  OgJsonWriter *items[BLOCKS_PER_ROUND];
} ContactBlocks;

static void
write_contact_blocks (guint    first,
                      guint    stride,
                      gpointer data)
{
  ContactBlocks *work = data;

  for (guint b = first; b < work->n_blocks; b += stride)
    {
      guint block = work->first_block + b;
      guint end = MIN ((block + 1) * CONTACTS_PER_BLOCK, work->contacts->len);

      work->items[b] = og_json_writer_new_items (work->builder, block > 0);
      for (guint i = block * CONTACTS_PER_BLOCK; i < end; i++)
        add_audited_contact (work->items[b], g_ptr_array_index (work->contacts, i));
    }
}

static void
add_audited_contacts (OgJsonWriter *builder,
                      GPtrArray    *contacts)
{
  guint n_blocks = (contacts->len + CONTACTS_PER_BLOCK - 1) / CONTACTS_PER_BLOCK;

  for (guint round = 0; round < n_blocks; round += BLOCKS_PER_ROUND)
    {
      ContactBlocks work = { builder, contacts, round, MIN (BLOCKS_PER_ROUND, n_blocks - round), { NULL } };

      og_parallel_run (work.n_blocks, 1, write_contact_blocks, &work);
      for (guint b = 0; b < work.n_blocks; b++)
        og_json_writer_add_items (builder, work.items[b]);
    }
}

static void
write_audit (OgJsonWriter *builder,
             OgAudit      *audit)
{
  OgDataset *dataset;
  GPtrArray *contacts;
  GPtrArray *templates;

  dataset = og_audit_get_dataset (audit);
  contacts = og_audit_get_contacts (audit);
  templates = og_audit_get_templates (audit);

  og_json_writer_begin_object (builder);
  add_count (builder, "version", OG_REPORT_VERSION);
  add_count (builder, "threshold_minutes", og_audit_get_threshold (audit));
  add_owner (builder, og_dataset_get_owner (dataset));

  og_json_writer_set_member_name (builder, "summary");
  og_json_writer_begin_object (builder);
  add_dataset_counts (builder, dataset);
  add_count (builder, "pitch_first", og_audit_get_n_pitch_first (audit));
  add_count (builder, "within_threshold", og_audit_get_n_within_threshold (audit));
  add_count (builder, "possibly_within_threshold", og_audit_get_n_possibly_within_threshold (audit));
  add_count (builder, "contacts_who_pitched", og_audit_get_n_contacts_who_pitched (audit));
  add_count (builder, "template_clusters", og_audit_get_n_template_clusters (audit));
  add_count (builder, "group_conversations", og_audit_get_n_group_conversations (audit));
  add_count (builder, "sponsored_messages", og_audit_get_n_sponsored_messages (audit));
  og_json_writer_end_object (builder);

  og_json_writer_set_member_name (builder, "contacts");
  og_json_writer_begin_array (builder);
  add_audited_contacts (builder, contacts);
  og_json_writer_end_array (builder);

  og_json_writer_set_member_name (builder, "templates");
  og_json_writer_begin_array (builder);
  for (guint i = 0; i < templates->len; i++)
    {
      OgTemplateCluster *cluster = g_ptr_array_index (templates, i);

      og_json_writer_begin_object (builder);
      add_count (builder, "id", cluster->id);
      add_count (builder, "senders", cluster->n_senders);
      add_count (builder, "messages", cluster->messages->len);
      add_string_or_null (builder, "example", cluster->example);
      og_json_writer_end_object (builder);
    }
  og_json_writer_end_array (builder);

  add_warnings (builder, dataset);
  og_json_writer_end_object (builder);
}

char *
og_report_audit_to_json (OgAudit *audit)
{
  OgJsonWriter *builder;

  g_return_val_if_fail (OG_IS_AUDIT (audit), NULL);

  builder = og_json_writer_new ();
  write_audit (builder, audit);
  return og_json_writer_free_to_text (builder);
}

gboolean
og_report_audit_write_json (OgAudit        *audit,
                            OgJsonSinkFunc  sink,
                            gpointer        user_data)
{
  OgJsonWriter *builder;

  g_return_val_if_fail (OG_IS_AUDIT (audit), FALSE);
  g_return_val_if_fail (sink != NULL, FALSE);

  builder = og_json_writer_new_to_sink (sink, user_data);
  write_audit (builder, audit);
  return og_json_writer_free_to_sink (builder);
}

/* ---- decisions: the removal queue as CSV --------------------------------------------------- */

char *
og_report_decisions_to_csv (OgAudit    *audit,
                            GHashTable *decisions,
                            OgDecision  which)
{
  static const char * const header[] = { "name", "profile_url", "company", "position", "decision", "flags" };
  GString *out = g_string_new (NULL);
  GPtrArray *contacts;

  g_return_val_if_fail (OG_IS_AUDIT (audit), NULL);
  g_return_val_if_fail (decisions != NULL, NULL);

  og_csv_append_row (out, header, G_N_ELEMENTS (header));
  contacts = og_audit_get_contacts (audit);
  for (guint i = 0; i < contacts->len; i++)
    {
      const OgContactAudit *contact = g_ptr_array_index (contacts, i);
      const OgPerson *person = contact->person;
      OgDecision decision;
      g_autoptr(GString) flags = g_string_new (NULL);
      const char *row[6];

      if (person->key == NULL)
        continue;
      decision = GPOINTER_TO_INT (g_hash_table_lookup (decisions, person->key));
      if (decision == OG_DECISION_NONE || (which != OG_DECISION_NONE && decision != which))
        continue;

      for (guint bit = 0; bit < OG_N_FLAGS; bit++)
        if (contact->flags & (1u << bit))
          {
            if (flags->len > 0)
              g_string_append_c (flags, ' ');
            g_string_append (flags, og_flag_to_string (1u << bit));
          }

      /* Names and companies come from other people: og_csv_append_cell
       * neutralises anything a spreadsheet would run as a formula. */
      row[0] = person->name;
      row[1] = person->profile_url;
      row[2] = person->company;
      row[3] = person->position;
      row[4] = og_decision_to_string (decision);
      row[5] = flags->str;
      og_csv_append_row (out, row, G_N_ELEMENTS (row));
    }

  return g_string_free (out, FALSE);
}

/* ---- the audit report: CSV ------------------------------------------------------------ */

static char *
format_number (double value,
               int    decimals)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, decimals == 1 ? "%.1f" : "%.2f", value);
  return g_strdup (buffer);
}

static char *
format_time (gint64 utc)
{
  return utc == OG_TIME_UNKNOWN ? NULL : og_date_format_iso8601 (utc);
}

char *
og_report_audit_to_csv (OgAudit *audit)
{
  static const char * const header[] = {
    "name", "profile_url", "company", "position", "connected_on",
    "acceptance_earliest", "acceptance_latest", "acceptance_source",
    "messages_from_contact", "pitches", "recruiting",
    "pitch_rate_estimate", "pitch_rate_low", "pitch_rate_high",
    "pitch_first", "first_pitch_at", "minutes_to_first_pitch_min", "minutes_to_first_pitch_max",
    "within_threshold", "unanswered_followups", "ignored_opt_out", "opt_out_at",
    "template_cluster", "flags",
  };
  GString *out = g_string_new (NULL);
  GPtrArray *contacts;

  g_return_val_if_fail (OG_IS_AUDIT (audit), NULL);

  contacts = og_audit_get_contacts (audit);
  og_csv_append_row (out, header, G_N_ELEMENTS (header));

  for (guint i = 0; i < contacts->len; i++)
    {
      const OgContactAudit *contact = g_ptr_array_index (contacts, i);
      const OgPerson *person = contact->person;
      g_autofree char *day = person->connected_on != OG_TIME_UNKNOWN ? og_date_format_day (person->connected_on) : NULL;
      g_autofree char *earliest = format_time (person->acceptance.earliest);
      g_autofree char *latest = format_time (person->acceptance.latest);
      g_autofree char *n_messages = g_strdup_printf ("%u", contact->messages_from_contact);
      g_autofree char *n_pitches = g_strdup_printf ("%u", contact->pitches);
      g_autofree char *n_recruiting = g_strdup_printf ("%u", contact->recruiting);
      g_autofree char *estimate = contact->has_rate ? format_number (contact->rate_estimate, 2) : NULL;
      g_autofree char *low = contact->has_rate ? format_number (contact->rate_low, 2) : NULL;
      g_autofree char *high = contact->has_rate ? format_number (contact->rate_high, 2) : NULL;
      g_autofree char *first_pitch_at = contact->first_pitch ? format_time (contact->first_pitch->sent_at) : NULL;
      g_autofree char *minutes_min = contact->has_minutes ? format_number (contact->minutes_min, 1) : NULL;
      g_autofree char *minutes_max = contact->has_minutes ? format_number (contact->minutes_max, 1) : NULL;
      g_autofree char *followups = g_strdup_printf ("%u", contact->unanswered_followups);
      g_autofree char *opt_out_at = contact->opt_out_at != OG_TIME_UNKNOWN ? format_time (contact->opt_out_at) : NULL;
      g_autofree char *cluster = contact->template_cluster > 0 ? g_strdup_printf ("%d", contact->template_cluster) : NULL;
      g_autoptr(GString) flags = g_string_new (NULL);
      const char *row[G_N_ELEMENTS (header)];

      for (guint bit = 0; bit < OG_N_FLAGS; bit++)
        if (contact->flags & (1u << bit))
          {
            if (flags->len > 0)
              g_string_append_c (flags, ' ');
            g_string_append (flags, og_flag_to_string (1u << bit));
          }

      row[0] = person->name;
      row[1] = person->profile_url;
      row[2] = person->company;
      row[3] = person->position;
      row[4] = day;
      row[5] = earliest;
      row[6] = latest;
      row[7] = og_acceptance_source_to_string (person->acceptance.source);
      row[8] = n_messages;
      row[9] = n_pitches;
      row[10] = n_recruiting;
      row[11] = estimate;
      row[12] = low;
      row[13] = high;
      row[14] = contact->pitch_first ? "true" : "false";
      row[15] = first_pitch_at;
      row[16] = minutes_min;
      row[17] = minutes_max;
      row[18] = og_verdict_to_string (contact->within_threshold);
      row[19] = followups;
      row[20] = contact->ignored_opt_out ? "true" : "false";
      row[21] = opt_out_at;
      row[22] = cluster;
      row[23] = flags->str;
      og_csv_append_row (out, row, G_N_ELEMENTS (row));
    }

  return g_string_free (out, FALSE);
}

/* ---- the audit report: text ------------------------------------------------------------ */

/* Names and scripts come from files anyone can edit: nothing in them may
 * move the cursor or recolour the terminal. */
static void
append_clean (GString    *out,
              const char *text)
{
  g_autofree char *valid = NULL;
  gboolean space = FALSE;

  if (text == NULL)
    return;
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) || g_unichar_isspace (c))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0 && out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
}

/* "4", "4.5": tenths only when there are some. */
static char *
format_minutes (double minutes)
{
  g_autofree char *text = format_number (minutes, 1);

  if (g_str_has_suffix (text, ".0"))
    text[strlen (text) - 2] = '\0';
  return g_steal_pointer (&text);
}

/* For plurals: a fraction of a minute reads as plural in English. */
static gulong
plural_count (double minutes)
{
  double rounded = round_to (minutes, 1);

  return rounded == floor (rounded) && rounded < (double)G_MAXULONG ? (gulong)rounded : 2;
}

static void
append_bullet (GString    *out,
               const char *sentence)
{
  g_string_append (out, "  • ");
  g_string_append (out, sentence);
  g_string_append_c (out, '\n');
}

static gboolean
pitch_was_their_note (const OgContactAudit *contact)
{
  const OgMessage *note = contact->person->note_message;

  return note != NULL && contact->first_pitch == note && !note->from_owner;
}

static char *
describe_speed (const OgContactAudit *contact,
                guint                 threshold)
{
  const OgPerson *person = contact->person;
  OgDirection direction = person->invitation ? person->invitation->direction : OG_DIRECTION_UNKNOWN;
  g_autofree char *low = format_minutes (contact->minutes_min);
  g_autofree char *high = format_minutes (contact->minutes_max);

  if (contact->within_threshold == OG_VERDICT_YES)
    {
      gulong n = plural_count (contact->minutes_max);

      if (pitch_was_their_note (contact))
        return g_strdup (_("Their invitation note was itself a pitch, delivered the moment you connected"));

      if (g_strcmp0 (low, "0") == 0 && g_strcmp0 (high, "0") != 0)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Pitched within %s minute of connecting",
                                             "Pitched within %s minutes of connecting", n),
                                high);
      if (g_strcmp0 (low, high) != 0)
        return g_strdup_printf (_("Pitched %s to %s minutes after you connected"), low, high);

      if (direction == OG_DIRECTION_INCOMING)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Pitched %s minute after you accepted their invitation",
                                             "Pitched %s minutes after you accepted their invitation", n),
                                high);
      if (direction == OG_DIRECTION_OUTGOING)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Pitched %s minute after they accepted your invitation",
                                             "Pitched %s minutes after they accepted your invitation", n),
                                high);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Pitched %s minute after you connected",
                                           "Pitched %s minutes after you connected", n),
                              high);
    }

  if (contact->within_threshold == OG_VERDICT_POSSIBLY)
    {
      /* Only the day is known, and the pitch fell on it. */
      if (person->acceptance.source == OG_ACCEPTANCE_CONNECTED_ON_DATE &&
          contact->first_pitch->sent_at <= person->acceptance.latest)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Pitched on the day you connected; the data cannot tell whether within %u minute",
                                             "Pitched on the day you connected; the data cannot tell whether within %u minutes",
                                             threshold),
                                threshold);

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Pitched %s to %s minutes after you connected; the data cannot tell whether within %u minute",
                                           "Pitched %s to %s minutes after you connected; the data cannot tell whether within %u minutes",
                                           threshold),
                              low, high, threshold);
    }

  return NULL;
}

GPtrArray *
og_report_explain_contact (OgAudit              *audit,
                           const OgContactAudit *contact)
{
  GPtrArray *sentences = g_ptr_array_new_with_free_func (g_free);
  char *speed;

  g_return_val_if_fail (OG_IS_AUDIT (audit), sentences);
  g_return_val_if_fail (contact != NULL, sentences);

  if ((contact->flags & OG_FLAG_PITCH_FIRST) && !pitch_was_their_note (contact))
    g_ptr_array_add (sentences, g_strdup (_("Their first message after connecting was a pitch")));

  speed = contact->flags & (OG_FLAG_FAST_PITCH | OG_FLAG_POSSIBLY_FAST_PITCH)
          ? describe_speed (contact, og_audit_get_threshold (audit)) : NULL;
  if (speed != NULL)
    g_ptr_array_add (sentences, speed);

  if (contact->flags & OG_FLAG_PERSISTENT)
    g_ptr_array_add (sentences,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "Followed up %u time without an answer",
                                                   "Followed up %u times without an answer",
                                                   contact->unanswered_followups),
                                      contact->unanswered_followups));

  if ((contact->flags & OG_FLAG_IGNORED_OPT_OUT) && contact->opt_out_at != OG_TIME_UNKNOWN)
    {
      g_autofree char *day = og_date_format_day (contact->opt_out_at);

      if (contact->opt_out_marked)
        /* Translators: the request is a reply the person marked sent in the app */
        g_ptr_array_add (sentences, g_strdup_printf (_("Pitched again after the request to stop you sent on %s"), day));
      else
        g_ptr_array_add (sentences, g_strdup_printf (_("Pitched again after you asked them to stop on %s"), day));
    }

  if (contact->flags & OG_FLAG_TEMPLATE)
    {
      const OgTemplateCluster *cluster = og_audit_get_template (audit, contact->template_cluster);
      guint others = cluster != NULL && cluster->n_senders > 0 ? cluster->n_senders - 1 : 0;

      g_ptr_array_add (sentences,
                       g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "Sent the same script as %u other person (script %d)",
                                                     "Sent the same script as %u other people (script %d)",
                                                     others),
                                        others, contact->template_cluster));
    }

  return sentences;
}

static void
append_contact (GString              *out,
                OgAudit              *audit,
                const OgContactAudit *contact)
{
  const OgPerson *person = contact->person;
  g_autoptr(GPtrArray) sentences = og_report_explain_contact (audit, contact);

  g_string_append_c (out, '\n');
  append_clean (out, person->name ? person->name : _("(no name)"));
  if (person->position != NULL || person->company != NULL)
    {
      g_string_append (out, " — ");
      append_clean (out, person->position);
      if (person->position != NULL && person->company != NULL)
        g_string_append (out, ", ");
      append_clean (out, person->company);
    }
  g_string_append_c (out, '\n');
  if (person->profile_url != NULL)
    {
      g_string_append (out, "  ");
      append_clean (out, person->profile_url);
      g_string_append_c (out, '\n');
    }

  for (guint i = 0; i < sentences->len; i++)
    append_bullet (out, g_ptr_array_index (sentences, i));
}

typedef struct
{
  const OgContactAudit *contact;
  guint                 index;
} Ranked;

/* Fastest first: by the latest the pitch could have come, then the
 * earliest; contacts without minutes last; ties in the export's order. */
static int
compare_speed (gconstpointer a,
               gconstpointer b)
{
  const Ranked *x = a;
  const Ranked *y = b;

  if (x->contact->has_minutes != y->contact->has_minutes)
    return x->contact->has_minutes ? -1 : 1;
  if (x->contact->has_minutes)
    {
      if (x->contact->minutes_max != y->contact->minutes_max)
        return x->contact->minutes_max < y->contact->minutes_max ? -1 : 1;
      if (x->contact->minutes_min != y->contact->minutes_min)
        return x->contact->minutes_min < y->contact->minutes_min ? -1 : 1;
    }
  return x->index < y->index ? -1 : (x->index > y->index);
}

static void
append_example (GString    *out,
                const char *example)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  const char *end;

  append_clean (clean, example);
  if (g_utf8_strlen (clean->str, -1) > EXAMPLE_MAX_CHARS)
    {
      end = g_utf8_offset_to_pointer (clean->str, EXAMPLE_MAX_CHARS);
      g_string_truncate (clean, end - clean->str);
      /* Cut at a word, not inside one. */
      if (strrchr (clean->str, ' ') != NULL && strrchr (clean->str, ' ') > clean->str + clean->len / 2)
        g_string_truncate (clean, strrchr (clean->str, ' ') - clean->str);
      g_string_append (clean, "…");
    }

  g_string_append (out, "  “");
  g_string_append (out, clean->str);
  g_string_append (out, "”\n");
}

char *
og_report_audit_to_text (OgAudit *audit)
{
  GString *out = g_string_new (NULL);
  OgDataset *dataset;
  OgPerson *owner;
  GPtrArray *contacts;
  GPtrArray *templates;
  g_autoptr(GArray) flagged = g_array_new (FALSE, FALSE, sizeof (Ranked));
  g_autoptr(GString) owner_name = g_string_new (NULL);
  guint threshold;
  guint n_persistent = 0;
  guint n_ignored = 0;
  guint n_template = 0;

  g_return_val_if_fail (OG_IS_AUDIT (audit), NULL);

  dataset = og_audit_get_dataset (audit);
  owner = og_dataset_get_owner (dataset);
  contacts = og_audit_get_contacts (audit);
  templates = og_audit_get_templates (audit);
  threshold = og_audit_get_threshold (audit);

  for (guint i = 0; i < contacts->len; i++)
    {
      OgContactAudit *contact = g_ptr_array_index (contacts, i);

      if (contact->flags != OG_FLAG_NONE)
        {
          Ranked ranked = { contact, i };

          g_array_append_val (flagged, ranked);
        }
      n_persistent += (contact->flags & OG_FLAG_PERSISTENT) != 0;
      n_ignored += (contact->flags & OG_FLAG_IGNORED_OPT_OUT) != 0;
      n_template += (contact->flags & OG_FLAG_TEMPLATE) != 0;
    }
  g_array_sort (flagged, compare_speed);

  append_clean (owner_name, owner && owner->name ? owner->name : _("an unknown member"));
  g_string_append_printf (out, _("OutreachGuard audit of the LinkedIn export of %s\n"), owner_name->str);
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                            "A pitch counts as fast within %u minute of connecting\n",
                                            "A pitch counts as fast within %u minutes of connecting\n",
                                            threshold),
                          threshold);
  g_string_append_c (out, '\n');

  g_string_append_printf (out, _("Connections: %u (and %u hidden members)\n"),
                          og_dataset_get_n_connections (dataset),
                          og_dataset_get_n_hidden_connections (dataset));
  g_string_append_printf (out, _("Messages: %u · Invitations: %u · Acceptance dated by an invitation note: %u\n"),
                          og_dataset_get_n_messages (dataset),
                          og_dataset_get_n_invitations (dataset),
                          og_dataset_get_n_note_acceptances (dataset));
  g_string_append_printf (out, _("Contacts who pitched you: %u\n"), og_audit_get_n_contacts_who_pitched (audit));
  g_string_append_printf (out, _("Pitched in their first message after connecting: %u\n"),
                          og_audit_get_n_pitch_first (audit));
  g_string_append_printf (out, _("Pitched within %u minutes: %u, and possibly %u more\n"),
                          threshold, og_audit_get_n_within_threshold (audit),
                          og_audit_get_n_possibly_within_threshold (audit));
  g_string_append_printf (out, _("Followed up %u or more times without an answer: %u\n"),
                          OG_AUDIT_PERSISTENT_FOLLOWUPS, n_persistent);
  g_string_append_printf (out, _("Pitched again after you asked them to stop: %u\n"), n_ignored);
  g_string_append_printf (out, _("Shared scripts: %u, sent by %u of your connections\n"),
                          templates->len, n_template);
  g_string_append_printf (out, _("Group conversations: %u · Sponsored messages: %u (neither counts above)\n"),
                          og_audit_get_n_group_conversations (audit),
                          og_audit_get_n_sponsored_messages (audit));
  g_string_append_printf (out, _("Warnings: %u\n"), og_dataset_get_warnings (dataset)->len);

  g_string_append_c (out, '\n');
  if (flagged->len == 0)
    g_string_append (out, _("No contact was flagged.\n"));
  else
    {
      g_string_append_printf (out, _("Flagged contacts (%u), fastest pitch first\n"), flagged->len);
      for (guint i = 0; i < flagged->len; i++)
        append_contact (out, audit, g_array_index (flagged, Ranked, i).contact);
    }

  if (templates->len > 0)
    {
      g_string_append_c (out, '\n');
      g_string_append_printf (out, _("Shared scripts (%u)\n"), templates->len);
      for (guint i = 0; i < templates->len; i++)
        {
          OgTemplateCluster *cluster = g_ptr_array_index (templates, i);
          OgMessage *first = g_ptr_array_index (cluster->messages, 0);
          g_autofree char *day = og_date_format_day (first->sent_at);

          g_string_append_c (out, '\n');
          g_string_append_printf (out, _("Script %u — sent by %u people in %u messages, first on %s\n"),
                                  cluster->id, cluster->n_senders, cluster->messages->len,
                                  day ? day : _("an unknown day"));
          append_example (out, cluster->example);
        }
    }

  return g_string_free (out, FALSE);
}
