/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-json-import.c — Portability API pages mapped onto the CSV model. */
#define G_LOG_DOMAIN "og-json"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "og-error.h"
#include "og-importer.h"
#include "og-json-import.h"

/* Reads the whole stream (JSON is not streamed by json-glib), bounded. */
static GBytes *
read_bounded (GInputStream  *stream,
              const char    *name,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  guint8 chunk[64 * 1024];

  for (;;)
    {
      gssize n = g_input_stream_read (stream, chunk, sizeof chunk, cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      if (buffer->len + (guint64)n > OG_JSON_MAX_BYTES)
        {
          g_set_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_LIMIT,
                       _("%s: larger than %u MB; a saved API response never is"),
                       name, (guint)(OG_JSON_MAX_BYTES / (1024 * 1024)));
          return NULL;
        }
      g_byte_array_append (buffer, chunk, (guint)n);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/* json-glib recurses once per level: refuse deep nesting before it parses. */
static gboolean
check_depth (const char  *data,
             gsize        length,
             const char  *name,
             GError     **error)
{
  guint depth = 0;
  guint line = 1;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (c == '\n')
        line++;

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }

      if (c == '"')
        in_string = TRUE;
      else if (c == '{' || c == '[')
        {
          if (++depth > OG_JSON_MAX_DEPTH)
            {
              g_set_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_LIMIT,
                           _("%s, line %u: nested deeper than %u levels; this is not a saved API response"),
                           name, line, OG_JSON_MAX_DEPTH);
              return FALSE;
            }
        }
      else if ((c == '}' || c == ']') && depth > 0)
        depth--;
    }

  return TRUE;
}

/* A JSON value as text: strings as they are, numbers and booleans printed. */
static char *
node_to_string (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (!JSON_NODE_HOLDS_VALUE (node))
    return NULL;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return g_strdup (json_node_get_string (node));
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? "true" : "false");
    case G_TYPE_DOUBLE:
      return g_strdup_printf ("%.0f", json_node_get_double (node));
    default:
      return NULL;
    }
}

static const char *
member_string (JsonObject *object,
               const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
member_int (JsonObject *object,
            const char *member,
            gint64     *out)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      *out = json_node_get_int (node);
      return TRUE;
    case G_TYPE_DOUBLE:
      {
        double value = json_node_get_double (node);

        /* Casting a double beyond gint64 (1.5e300, or NaN) is undefined: no number. */
        if (!(value >= (double)G_MININT64 && value < (double)G_MAXINT64))
          return FALSE;
        *out = (gint64)value;
        return TRUE;
      }
    case G_TYPE_STRING:
      {
        const char *text = json_node_get_string (node);
        char *end = NULL;

        *out = g_ascii_strtoll (text, &end, 10);
        return end != text && *end == '\0';
      }
    default:
      return FALSE;
    }
}

static OgFileKind
kind_from_domain (const char *domain)
{
  if (domain == NULL)
    return OG_FILE_KIND_UNKNOWN;
  if (g_ascii_strcasecmp (domain, "CONNECTIONS") == 0)
    return OG_FILE_KIND_CONNECTIONS;
  if (g_ascii_strcasecmp (domain, "INBOX") == 0 || g_ascii_strcasecmp (domain, "MESSAGES") == 0)
    return OG_FILE_KIND_MESSAGES;
  if (g_ascii_strcasecmp (domain, "INVITATIONS") == 0)
    return OG_FILE_KIND_INVITATIONS;
  if (g_ascii_strcasecmp (domain, "PROFILE") == 0)
    return OG_FILE_KIND_PROFILE;
  return OG_FILE_KIND_UNKNOWN;
}

static void
import_snapshot_row (OgDataset  *dataset,
                     const char *name,
                     OgFileKind  kind,
                     JsonObject *object)
{
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);
  OgRow row = { { NULL } };
  JsonObjectIter iter;
  const char *member;
  JsonNode *node;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &member, &node))
    {
      OgColumn column = og_column_from_header (member);
      char *value;

      if (column == OG_COL_UNKNOWN || row.values[column] != NULL)
        continue;
      value = node_to_string (node);
      if (value == NULL)
        continue;
      g_ptr_array_add (owned, value);
      row.values[column] = value;
    }

  og_dataset_add_row (dataset, kind, name, &row);
}

static void
import_snapshot (OgDataset  *dataset,
                 const char *name,
                 guint       element_index,
                 JsonObject *element)
{
  const char *domain = member_string (element, "snapshotDomain");
  OgFileKind kind = kind_from_domain (domain);
  JsonNode *data = json_object_get_member (element, "snapshotData");
  JsonArray *rows;

  if (kind == OG_FILE_KIND_UNKNOWN)
    {
      /* Other domains (posts, skills, …) are not part of an audit. */
      return;
    }

  if (data == NULL || !JSON_NODE_HOLDS_ARRAY (data))
    {
      og_dataset_take_warning (dataset,
                               og_warning_new_printf (name, 0,
                                                      _("Element %u of domain %s has no snapshotData list; skipped"),
                                                      element_index, domain));
      return;
    }

  rows = json_node_get_array (data);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonNode *row = json_array_get_element (rows, i);

      if (!JSON_NODE_HOLDS_OBJECT (row))
        {
          og_dataset_take_warning (dataset,
                                   og_warning_new_printf (name, 0,
                                                          _("Entry %u of the %s snapshot is not an object; skipped"),
                                                          i, domain));
          continue;
        }
      import_snapshot_row (dataset, name, kind, json_node_get_object (row));
    }
}

static char *
join_string_array (JsonObject *object,
                   const char *member)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autoptr(GString) out = NULL;
  JsonArray *array;

  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node))
    return node_to_string (node);
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  out = g_string_new (NULL);
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
        {
          if (out->len > 0)
            g_string_append_c (out, ',');
          g_string_append (out, json_node_get_string (element));
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
import_event (OgDataset  *dataset,
              const char *name,
              guint       element_index,
              JsonObject *event,
              GHashTable *seen)
{
  const char *resource = member_string (event, "resourceName");
  const char *method = member_string (event, "method");
  const char *method_name = member_string (event, "methodName");
  JsonNode *activity_node = json_object_get_member (event, "activity");
  JsonObject *activity;
  g_autofree char *id = NULL;
  gint64 captured_at = 0;

  if (!member_int (event, "capturedAt", &captured_at) || captured_at <= 0)
    {
      og_dataset_take_warning (dataset,
                               og_warning_new_printf (name, 0,
                                                      _("Changelog event %u has no capturedAt time; skipped"),
                                                      element_index));
      return;
    }

  id = node_to_string (json_object_get_member (event, "id"));
  if (id != NULL && seen != NULL)
    {
      if (g_hash_table_contains (seen, id))
        return;
      g_hash_table_add (seen, g_strdup (id));
    }

  if (resource == NULL || activity_node == NULL || !JSON_NODE_HOLDS_OBJECT (activity_node))
    return;
  activity = json_node_get_object (activity_node);

  if (g_ascii_strcasecmp (resource, "invitations") == 0 ||
      g_ascii_strcasecmp (resource, "invitation") == 0)
    {
      const char *status = member_string (activity, "status");
      gboolean accepted = (status != NULL && g_ascii_strcasecmp (status, "ACCEPTED") == 0) ||
                          (method_name != NULL && g_ascii_strcasecmp (method_name, "accept") == 0);

      if (accepted)
        og_dataset_add_api_acceptance (dataset,
                                       member_string (activity, "inviterProfileUrl"),
                                       member_string (activity, "inviteeProfileUrl"),
                                       captured_at);
      return;
    }

  if (g_ascii_strcasecmp (resource, "messages") == 0 &&
      (method == NULL || g_ascii_strcasecmp (method, "CREATE") == 0))
    {
      g_autofree char *recipients = join_string_array (activity, "recipientProfileUrls");
      const char *body = member_string (activity, "body");

      if (body == NULL)
        body = member_string (activity, "content");

      og_dataset_add_api_message (dataset, name,
                                  member_string (activity, "conversationId"),
                                  member_string (activity, "author"),
                                  member_string (activity, "authorProfileUrl"),
                                  recipients,
                                  member_string (activity, "subject"),
                                  body,
                                  captured_at);
    }
}

static gboolean
import_page (OgDataset   *dataset,
             const char  *name,
             JsonNode    *page,
             GHashTable  *seen,
             GError     **error)
{
  JsonObject *object;
  JsonNode *elements_node;
  JsonArray *elements;

  if (!JSON_NODE_HOLDS_OBJECT (page))
    {
      g_set_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_NOT_FOUND,
                   _("%s: not a saved LinkedIn API response (expected an object with “elements”)"), name);
      return FALSE;
    }

  object = json_node_get_object (page);

  /* One element saved on its own. */
  if (json_object_has_member (object, "snapshotDomain"))
    {
      import_snapshot (dataset, name, 0, object);
      return TRUE;
    }

  elements_node = json_object_get_member (object, "elements");
  if (elements_node == NULL || !JSON_NODE_HOLDS_ARRAY (elements_node))
    {
      g_set_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_NOT_FOUND,
                   _("%s: not a saved LinkedIn API response (expected an object with “elements”)"), name);
      return FALSE;
    }

  elements = json_node_get_array (elements_node);
  for (guint i = 0; i < json_array_get_length (elements); i++)
    {
      JsonNode *node = json_array_get_element (elements, i);
      JsonObject *element;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          og_dataset_take_warning (dataset,
                                   og_warning_new_printf (name, 0, _("Element %u is not an object; skipped"), i));
          continue;
        }

      element = json_node_get_object (node);
      if (json_object_has_member (element, "snapshotDomain"))
        import_snapshot (dataset, name, i, element);
      else if (json_object_has_member (element, "resourceName"))
        import_event (dataset, name, i, element, seen);
      else
        og_dataset_take_warning (dataset,
                                 og_warning_new_printf (name, 0,
                                                        _("Element %u is neither a snapshot nor a changelog event; skipped"),
                                                        i));
    }

  return TRUE;
}

/* json-glib's messages start with "<data>:LINE:COLUMN: ": say the file and
 * the line instead, as the CSV errors do. */
static void
set_parse_error (GError     **error,
                 const char  *name,
                 const char  *message)
{
  const char *prefix = "<data>:";
  guint64 line = 0;
  guint64 column = 0;
  char *end = NULL;

  if (g_str_has_prefix (message, prefix))
    {
      line = g_ascii_strtoull (message + strlen (prefix), &end, 10);
      if (*end == ':')
        column = g_ascii_strtoull (end + 1, &end, 10);
    }

  if (line > 0 && line <= G_MAXUINT && column <= G_MAXUINT && g_str_has_prefix (end, ": "))
    g_set_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_FORMAT,
                 /* Translators: %s is a file name, the %u a line and a column; json-glib's message follows */
                 _("%s, line %u, column %u: not valid JSON (%s)"),
                 name, (guint)line, (guint)column, end + 2);
  else
    g_set_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_FORMAT,
                 _("%s: not valid JSON (%s)"), name, message);
}

gboolean
og_json_import (OgDataset     *dataset,
                GInputStream  *stream,
                const char    *name,
                GHashTable    *seen_event_ids,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GHashTable) own_seen = NULL;
  const char *data;
  gsize length;
  JsonNode *root;

  g_return_val_if_fail (OG_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);

  bytes = read_bounded (stream, name, cancellable, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  if (length == 0)
    {
      og_dataset_take_warning (dataset, og_warning_new (name, 0, _("The file is empty")));
      return TRUE;
    }

  if (!check_depth (data, length, name, error))
    return FALSE;

  if (seen_event_ids == NULL)
    seen_event_ids = own_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize)length, &local_error))
    {
      set_parse_error (error, name, local_error->message);
      return FALSE;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      og_dataset_take_warning (dataset, og_warning_new (name, 0, _("The file is empty")));
      return TRUE;
    }

  if (JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *pages = json_node_get_array (root);

      for (guint i = 0; i < json_array_get_length (pages); i++)
        if (!import_page (dataset, name, json_array_get_element (pages, i), seen_event_ids, error))
          return FALSE;
      return TRUE;
    }

  return import_page (dataset, name, root, seen_event_ids, error);
}
