/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-dataset.c — joins the rows of an import into people and conversations. */
#define G_LOG_DOMAIN "og-dataset"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "og-dataset.h"
#include "og-hash.h"
#include "og-html.h"
#include "og-url.h"

/* Interned strings by a hash of eight bytes a step, open-addressed: GLib's
 * constant string chunk hashes a byte at a time through a GHashTable, and
 * seven strings of every message row go through it. */
typedef struct
{
  guint64     hash;
  const char *text;     /* NULL: an empty slot */
  gsize       length;
} StringSlot;

typedef struct
{
  StringSlot *slots;
  gsize       mask;
  gsize       used;
} StringTable;

/* Messages are carved out of blocks: one allocation each cost a malloc
 * header apiece, 4.8 MB of a 300,000-message export, and they all live as
 * long as the dataset. */
#define MESSAGES_PER_BLOCK 4096

struct _OgDataset
{
  GObject       parent_instance;

  /* Every string of the model lives here: one allocation per chunk, not per field. */
  GStringChunk *strings;
  GPtrArray    *message_blocks;  /* OgMessage[MESSAGES_PER_BLOCK]: every message's storage */
  guint         block_used;      /* messages given out of the last block */
  StringTable   interned;        /* the distinct strings of @strings that are shared */

  GPtrArray    *people;          /* OgPerson*, owned */
  GPtrArray    *connections;     /* OgPerson*, borrowed, Connections.csv order */
  GPtrArray    *messages;        /* OgMessage*, owned */
  GPtrArray    *invitations;     /* OgInvitation*, owned */
  GPtrArray    *conversations;   /* OgConversation*, owned */
  GPtrArray    *warnings;        /* OgWarning*, owned */
  GArray       *api_acceptances; /* ApiAcceptance */

  GHashTable   *by_key;          /* key → OgPerson* */
  GHashTable   *by_name;         /* folded name → OgPerson*, or the ambiguous marker */
  GHashTable   *url_keys;        /* interned profile URL → its interned key, or "" when it has none */

  OgPerson     *owner;
  const char   *profile_name;
  const char   *profile_file;

  guint         n_hidden;
  guint         n_messages;
  guint         n_invitations;   /* rows read, before the changelog adds any */
  guint         n_note_acceptances;
  guint         finished : 1;
};

typedef struct
{
  const char *inviter_key;
  const char *invitee_key;
  gint64      captured_at_ms;
} ApiAcceptance;

G_DEFINE_FINAL_TYPE (OgDataset, og_dataset, G_TYPE_OBJECT)

/* Stands in by_name for a name two different people share: never join by it. */
static OgPerson ambiguous_name;

static void
og_conversation_free (OgConversation *conversation)
{
  g_ptr_array_unref (conversation->messages);
  g_ptr_array_unref (conversation->participants);
  g_free (conversation);
}

static void
og_person_free (OgPerson *person)
{
  g_clear_pointer (&person->conversations, g_ptr_array_unref);
  g_free (person);
}

static void
og_dataset_finalize (GObject *object)
{
  OgDataset *self = (OgDataset *)object;

  g_clear_pointer (&self->by_key, g_hash_table_unref);
  g_clear_pointer (&self->by_name, g_hash_table_unref);
  g_clear_pointer (&self->url_keys, g_hash_table_unref);
  g_clear_pointer (&self->connections, g_ptr_array_unref);
  g_clear_pointer (&self->conversations, g_ptr_array_unref);
  g_clear_pointer (&self->messages, g_ptr_array_unref);
  g_clear_pointer (&self->invitations, g_ptr_array_unref);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_clear_pointer (&self->api_acceptances, g_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->message_blocks, g_ptr_array_unref);
  g_clear_pointer (&self->interned.slots, g_free);

  G_OBJECT_CLASS (og_dataset_parent_class)->finalize (object);
}

static void
og_dataset_class_init (OgDatasetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = og_dataset_finalize;
}

static void
og_dataset_init (OgDataset *self)
{
  self->strings = g_string_chunk_new (64 * 1024);
  self->interned.mask = 1024 - 1;
  self->interned.slots = g_new0 (StringSlot, self->interned.mask + 1);
  self->people = g_ptr_array_new_with_free_func ((GDestroyNotify)og_person_free);
  self->connections = g_ptr_array_new ();
  self->messages = g_ptr_array_new ();
  self->message_blocks = g_ptr_array_new_with_free_func (g_free);
  self->invitations = g_ptr_array_new_with_free_func (g_free);
  self->conversations = g_ptr_array_new_with_free_func ((GDestroyNotify)og_conversation_free);
  self->warnings = g_ptr_array_new_with_free_func ((GDestroyNotify)og_warning_free);
  self->api_acceptances = g_array_new (FALSE, FALSE, sizeof (ApiAcceptance));
  self->by_key = g_hash_table_new (g_str_hash, g_str_equal);
  self->by_name = g_hash_table_new (g_str_hash, g_str_equal);
  self->url_keys = g_hash_table_new (NULL, NULL);
}

OgDataset *
og_dataset_new (void)
{
  return g_object_new (OG_TYPE_DATASET, NULL);
}

/* ---- small helpers ---------------------------------------------------- */

static void
string_table_grow (StringTable *table)
{
  gsize size = 2 * (table->mask + 1);
  StringSlot *slots = g_new0 (StringSlot, size);

  for (gsize i = 0; i <= table->mask; i++)
    if (table->slots[i].text != NULL)
      {
        gsize slot = table->slots[i].hash & (size - 1);

        while (slots[slot].text != NULL)
          slot = (slot + 1) & (size - 1);
        slots[slot] = table->slots[i];
      }
  g_free (table->slots);
  table->slots = slots;
  table->mask = size - 1;
}

/* The one copy of @length bytes of @text in the chunk. */
static const char *
intern_len (OgDataset  *self,
            const char *text,
            gsize       length)
{
  StringTable *table = &self->interned;
  const char *copy;
  guint64 hash[2];
  gsize slot;

  og_bytes_hash (text, length, hash);
  for (slot = hash[0] & table->mask; table->slots[slot].text != NULL; slot = (slot + 1) & table->mask)
    if (table->slots[slot].hash == hash[0] && table->slots[slot].length == length &&
        memcmp (table->slots[slot].text, text, length) == 0)
      return table->slots[slot].text;

  copy = g_string_chunk_insert_len (self->strings, text, (gssize)length);
  table->slots[slot] = (StringSlot){ hash[0], copy, length };
  /* At most half full, so that probes stay short. */
  if (++table->used > (table->mask + 1) / 2)
    string_table_grow (table);
  return copy;
}

/* A zeroed message, owned by @self. */
static OgMessage *
message_alloc (OgDataset *self)
{
  if (self->message_blocks->len == 0 || self->block_used == MESSAGES_PER_BLOCK)
    {
      g_ptr_array_add (self->message_blocks, g_new0 (OgMessage, MESSAGES_PER_BLOCK));
      self->block_used = 0;
    }
  return (OgMessage *)g_ptr_array_index (self->message_blocks, self->message_blocks->len - 1) + self->block_used++;
}

static const char *
intern (OgDataset  *self,
        const char *text)
{
  if (text == NULL || text[0] == '\0')
    return NULL;
  return intern_len (self, text, strlen (text));
}

static char *
store (OgDataset  *self,
       const char *text)
{
  if (text == NULL || text[0] == '\0')
    return NULL;
  return g_string_chunk_insert (self->strings, text);
}

/* Trimmed and interned: a sender's name repeats on every message. */
static const char *
intern_trimmed (OgDataset  *self,
                const char *text)
{
  const char *end;

  if (text == NULL)
    return NULL;
  /* What g_strstrip() would leave. */
  while (g_ascii_isspace (*text))
    text++;
  end = text + strlen (text);
  while (end > text && g_ascii_isspace (end[-1]))
    end--;
  return end > text ? intern_len (self, text, end - text) : NULL;
}

/* Trimmed copy in the chunk; NULL when nothing is left. */
static char *
store_trimmed (OgDataset  *self,
               const char *text)
{
  g_autofree char *copy = text != NULL ? g_strstrip (g_strdup (text)) : NULL;

  return store (self, copy);
}

/* Names are compared NFC, case-folded, with white space runs collapsed. */
static char *
fold_name (const char *name)
{
  g_autofree char *nfc = NULL;
  g_autofree char *folded = NULL;
  GString *out;
  gboolean space = FALSE;

  if (name == NULL)
    return NULL;

  nfc = g_utf8_normalize (name, -1, G_NORMALIZE_NFC);
  if (nfc == NULL)
    return NULL;
  folded = g_utf8_casefold (nfc, -1);

  out = g_string_sized_new (strlen (folded));
  for (const char *p = folded; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }

  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }

  return g_string_free (out, FALSE);
}

/* og_url_normalize_profile(), remembered: the same URL comes back in every
 * message of a thread, and normalising it is a good part of an import.
 * URLs are interned, and remembered by that one copy; the key is interned
 * too, and NULL when the URL has none. */
static const char *
url_key_interned (OgDataset  *self,
                  const char *url)
{
  const char *known;

  if (url == NULL || url[0] == '\0')
    return NULL;
  url = intern (self, url);
  known = g_hash_table_lookup (self->url_keys, url);
  if (known == NULL)
    {
      g_autofree char *key = og_url_normalize_profile (url);

      known = key != NULL ? intern (self, key) : NULL;
      if (known == NULL)
        known = "";
      g_hash_table_insert (self->url_keys, (gpointer)url, (gpointer)known);
    }
  return known[0] != '\0' ? known : NULL;
}

static char *
url_key (OgDataset  *self,
         const char *url)
{
  return g_strdup (url_key_interned (self, url));
}

static gboolean
is_profile_url (const char *url)
{
  g_autofree char *key = og_url_normalize_profile (url);

  return key != NULL;
}

static gboolean
parse_bool (const char *text)
{
  if (text == NULL)
    return FALSE;
  while (g_ascii_isspace (*text))
    text++;
  return g_ascii_strncasecmp (text, "true", 4) == 0 ||
         g_ascii_strncasecmp (text, "yes", 3) == 0 ||
         text[0] == '1';
}

static OgFolder
parse_folder (const char *text)
{
  if (text == NULL || text[0] == '\0')
    return OG_FOLDER_NONE;
  if (g_ascii_strcasecmp (text, "INBOX") == 0 || g_ascii_strcasecmp (text, "SENT") == 0)
    return OG_FOLDER_INBOX;
  if (g_ascii_strcasecmp (text, "ARCHIVE") == 0)
    return OG_FOLDER_ARCHIVE;
  if (g_ascii_strcasecmp (text, "SPAM") == 0)
    return OG_FOLDER_SPAM;
  return OG_FOLDER_OTHER;
}

static OgDirection
parse_direction (const char *text)
{
  if (text == NULL)
    return OG_DIRECTION_UNKNOWN;
  if (g_ascii_strcasecmp (text, "INCOMING") == 0)
    return OG_DIRECTION_INCOMING;
  if (g_ascii_strcasecmp (text, "OUTGOING") == 0)
    return OG_DIRECTION_OUTGOING;
  return OG_DIRECTION_UNKNOWN;
}

static char *
join_name (const char *first,
           const char *last)
{
  g_autofree char *joined = g_strdup_printf ("%s %s", first ? first : "", last ? last : "");

  return g_strstrip (g_steal_pointer (&joined));
}

/* Parses a date cell, turning the tolerated oddities into warnings. */
static gboolean
parse_date_cell (OgDataset  *self,
                 const char *file,
                 guint       line,
                 const char *column,
                 const char *text,
                 OgDate     *date)
{
  if (text == NULL || text[0] == '\0')
    return FALSE;

  if (!og_date_parse (text, date))
    {
      og_dataset_take_warning (self,
                               og_warning_new_printf (file, line,
                                                      _("The “%s” value is not a date OutreachGuard knows; the row is kept without it"),
                                                      column));
      return FALSE;
    }

  if (date->format == OG_DATE_FORMAT_EXCEL_DAY)
    og_dataset_take_warning (self,
                             og_warning_new_printf (file, line,
                                                    _("The “%s” date was re-typed by a spreadsheet; only the day is kept"),
                                                    column));
  return TRUE;
}

/* ---- building ---------------------------------------------------------- */

void
og_dataset_take_warning (OgDataset *self,
                         OgWarning *warning)
{
  g_return_if_fail (OG_IS_DATASET (self));
  g_return_if_fail (warning != NULL);

  g_ptr_array_add (self->warnings, warning);
}

void
og_dataset_add_connection_row (OgDataset   *self,
                               const char  *file,
                               const OgRow *row)
{
  OgPerson record = { 0 };
  g_autofree char *name = NULL;
  g_autofree char *key = NULL;
  OgDate date = { 0 };

  g_return_if_fail (OG_IS_DATASET (self));
  g_return_if_fail (!self->finished);

  name = join_name (og_row_get (row, OG_COL_FIRST_NAME), og_row_get (row, OG_COL_LAST_NAME));

  /* A member who hides their profile appears as a row with only a date. */
  if (name[0] == '\0' && !og_row_has (row, OG_COL_URL) &&
      !og_row_has (row, OG_COL_COMPANY) && !og_row_has (row, OG_COL_POSITION))
    {
      if (og_row_has (row, OG_COL_CONNECTED_ON))
        self->n_hidden++;
      return;
    }

  record.name = name;
  record.first_name = (char *)og_row_get (row, OG_COL_FIRST_NAME);
  record.last_name = (char *)og_row_get (row, OG_COL_LAST_NAME);
  record.email = (char *)og_row_get (row, OG_COL_EMAIL);
  record.company = (char *)og_row_get (row, OG_COL_COMPANY);
  record.position = (char *)og_row_get (row, OG_COL_POSITION);
  record.connected_on = OG_TIME_UNKNOWN;
  record.connections_file = file;
  record.connections_line = row->line;

  record.key = key = url_key (self, og_row_get (row, OG_COL_URL));
  if (key == NULL && og_row_has (row, OG_COL_URL))
    og_dataset_take_warning (self,
                             og_warning_new (file, row->line,
                                             _("The profile URL is not a LinkedIn member URL; the connection is matched by name")));

  if (parse_date_cell (self, file, row->line, og_column_get_name (OG_COL_CONNECTED_ON),
                       og_row_get (row, OG_COL_CONNECTED_ON), &date))
    {
      record.connected_on = date.utc;
      /* Connected On is a UTC calendar day, except 2018's Pacific minute. */
      record.connected_precision = date.precision == OG_DATE_PRECISION_DAY
                                   ? OG_DATE_PRECISION_DAY : OG_DATE_PRECISION_MINUTE;
    }
  else if (!og_row_has (row, OG_COL_CONNECTED_ON))
    og_dataset_take_warning (self,
                             og_warning_new (file, row->line,
                                             _("The connection has no “Connected On” date")));

  og_dataset_add_connection_record (self, &record);
}

void
og_dataset_add_connection_record (OgDataset      *self,
                                  const OgPerson *record)
{
  OgPerson *person;

  g_return_if_fail (OG_IS_DATASET (self));
  g_return_if_fail (!self->finished);

  person = g_new0 (OgPerson, 1);
  person->first_name = store_trimmed (self, record->first_name);
  person->last_name = store_trimmed (self, record->last_name);
  if (record->name != NULL)
    person->name = store (self, record->name);
  else
    {
      g_autofree char *name = join_name (record->first_name ? record->first_name : "",
                                         record->last_name ? record->last_name : "");

      person->name = store (self, name);
    }
  person->email = store_trimmed (self, record->email);
  person->company = store_trimmed (self, record->company);
  person->position = store_trimmed (self, record->position);
  person->is_connection = TRUE;
  person->connected_on = record->connected_on;
  person->connected_precision = record->connected_precision;
  person->connections_file = intern (self, record->connections_file);
  person->connections_line = record->connections_line;

  /* Only a member URL's key is kept: a name key is made when people are joined. */
  if (record->key != NULL && !g_str_has_prefix (record->key, "name:"))
    {
      g_autofree char *url = og_url_profile_from_key (record->key);

      person->key = store (self, record->key);
      person->profile_url = store (self, url);
    }

  g_ptr_array_add (self->people, person);
  g_ptr_array_add (self->connections, person);
}

/* Whether @text holds @word, looked for by its byte at @rare: strchr()
 * finds a rare byte many times faster than strstr() finds a word, and
 * every message is searched. */
static gboolean
contains_word (const char *text,
               const char *word,
               gsize       rare)
{
  gsize length = strlen (word);

  for (const char *p = strchr (text, word[rare]); p != NULL; p = strchr (p + 1, word[rare]))
    if ((gsize)(p - text) >= rare && strncmp (p - rare, word, length) == 0)
      return TRUE;
  return FALSE;
}

static OgMessage *
message_new (OgDataset  *self,
             const char *file,
             guint       line,
             const char *sender_name,
             const char *subject,
             const char *content)
{
  OgMessage *message = message_alloc (self);

  message->file = intern (self, file);
  message->line = line;
  message->sent_at = OG_TIME_UNKNOWN;
  message->sender_name = (char *)intern_trimmed (self, sender_name);
  message->subject = store (self, subject);

  if (content != NULL && og_html_looks_like_html (content))
    {
      g_autofree char *text = og_html_to_text (content);

      message->is_html = TRUE;
      message->content = store (self, text);
    }
  else
    message->content = store (self, content);

  /* Sponsored messages carry mail-merge fields LinkedIn never fills in. */
  if (content != NULL && (contains_word (content, "%FIRSTNAME%", 0) || contains_word (content, "spinmail", 2)))
    message->is_sponsored = TRUE;

  return message;
}

void
og_dataset_add_message_row (OgDataset   *self,
                            const char  *file,
                            const OgRow *row)
{
  OgMessage *message;
  OgDate date = { 0 };
  const char *conversation_id;

  g_return_if_fail (OG_IS_DATASET (self));
  g_return_if_fail (!self->finished);

  message = message_new (self, file, row->line,
                         og_row_get (row, OG_COL_FROM),
                         og_row_get (row, OG_COL_SUBJECT),
                         row->values[OG_COL_CONTENT]);

  message->raw_sender_url = intern (self, og_row_get (row, OG_COL_SENDER_PROFILE_URL));
  message->raw_to = intern (self, og_row_get (row, OG_COL_TO));
  message->raw_recipient_urls = intern (self, og_row_get (row, OG_COL_RECIPIENT_PROFILE_URLS));
  message->raw_direction = parse_direction (og_row_get (row, OG_COL_DIRECTION));
  message->folder = parse_folder (og_row_get (row, OG_COL_FOLDER));
  message->is_draft = parse_bool (og_row_get (row, OG_COL_IS_MESSAGE_DRAFT));
  message->has_attachments = og_row_has (row, OG_COL_ATTACHMENTS);

  if (parse_date_cell (self, file, row->line, og_column_get_name (OG_COL_DATE),
                       og_row_get (row, OG_COL_DATE), &date))
    {
      message->sent_at = date.utc;
      message->sent_at_ms = date.ms;
      message->precision = date.precision;
    }
  else if (!message->is_draft && !og_row_has (row, OG_COL_DATE))
    og_dataset_take_warning (self,
                             og_warning_new (file, row->line, _("The message has no date")));

  conversation_id = og_row_get (row, OG_COL_CONVERSATION_ID);
  message->raw_conversation_id = intern (self, conversation_id);
  message->raw_conversation_title = intern (self, og_row_get (row, OG_COL_CONVERSATION_TITLE));

  g_ptr_array_add (self->messages, message);
}

void
og_dataset_add_api_message (OgDataset  *self,
                            const char *file,
                            const char *conversation_id,
                            const char *sender_name,
                            const char *sender_url,
                            const char *recipient_urls,
                            const char *subject,
                            const char *content,
                            gint64      captured_at_ms)
{
  OgMessage *message;

  g_return_if_fail (OG_IS_DATASET (self));
  g_return_if_fail (!self->finished);

  message = message_new (self, file, 0, sender_name, subject, content);
  message->raw_sender_url = intern (self, sender_url);
  message->raw_recipient_urls = intern (self, recipient_urls);
  message->folder = OG_FOLDER_INBOX;
  message->sent_at = captured_at_ms / 1000;
  message->sent_at_ms = (gint)(captured_at_ms % 1000);
  message->precision = OG_DATE_PRECISION_MILLISECOND;
  message->raw_conversation_id = intern (self, conversation_id);

  g_ptr_array_add (self->messages, message);
}

void
og_dataset_add_invitation_row (OgDataset   *self,
                               const char  *file,
                               const OgRow *row)
{
  OgInvitation *invitation;
  OgDate date = { 0 };

  g_return_if_fail (OG_IS_DATASET (self));
  g_return_if_fail (!self->finished);

  invitation = g_new0 (OgInvitation, 1);
  invitation->file = intern (self, file);
  invitation->line = row->line;
  invitation->from_name = store_trimmed (self, og_row_get (row, OG_COL_FROM));
  invitation->to_name = store_trimmed (self, og_row_get (row, OG_COL_TO));
  invitation->message = store (self, og_row_get (row, OG_COL_MESSAGE));
  invitation->direction = parse_direction (og_row_get (row, OG_COL_DIRECTION));
  invitation->raw_inviter_url = intern (self, og_row_get (row, OG_COL_INVITER_PROFILE_URL));
  invitation->raw_invitee_url = intern (self, og_row_get (row, OG_COL_INVITEE_PROFILE_URL));
  invitation->sent_at = OG_TIME_UNKNOWN;
  invitation->accepted_at = OG_TIME_UNKNOWN;

  if (parse_date_cell (self, file, row->line, og_column_get_name (OG_COL_SENT_AT),
                       og_row_get (row, OG_COL_SENT_AT), &date))
    invitation->sent_at = date.utc;

  if (invitation->direction == OG_DIRECTION_UNKNOWN && og_row_has (row, OG_COL_DIRECTION))
    og_dataset_take_warning (self,
                             og_warning_new (file, row->line,
                                             _("The invitation's direction is neither INCOMING nor OUTGOING")));

  g_ptr_array_add (self->invitations, invitation);
}

void
og_dataset_add_message_record (OgDataset       *self,
                               const OgMessage *record)
{
  OgMessage *message;

  g_return_if_fail (OG_IS_DATASET (self));
  g_return_if_fail (!self->finished);

  /* The text is stored as read: already reduced from HTML, never reduced twice. */
  message = message_alloc (self);
  message->file = intern (self, record->file);
  message->line = record->line;
  message->sender_name = (char *)intern (self, record->sender_name);
  message->sent_at = record->sent_at;
  message->sent_at_ms = record->sent_at_ms;
  message->precision = record->precision;
  message->subject = store (self, record->subject);
  message->content = store (self, record->content);
  message->folder = record->folder;
  message->is_draft = record->is_draft;
  message->is_html = record->is_html;
  message->is_sponsored = record->is_sponsored;
  message->has_attachments = record->has_attachments;
  message->raw_conversation_id = intern (self, record->raw_conversation_id);
  message->raw_conversation_title = intern (self, record->raw_conversation_title);
  message->raw_sender_url = intern (self, record->raw_sender_url);
  message->raw_to = intern (self, record->raw_to);
  message->raw_recipient_urls = intern (self, record->raw_recipient_urls);
  message->raw_direction = record->raw_direction;

  g_ptr_array_add (self->messages, message);
}

void
og_dataset_add_invitation_record (OgDataset          *self,
                                  const OgInvitation *record)
{
  OgInvitation *invitation;

  g_return_if_fail (OG_IS_DATASET (self));
  g_return_if_fail (!self->finished);

  invitation = g_new0 (OgInvitation, 1);
  invitation->file = intern (self, record->file);
  invitation->line = record->line;
  invitation->from_name = store (self, record->from_name);
  invitation->to_name = store (self, record->to_name);
  invitation->message = store (self, record->message);
  invitation->direction = record->direction;
  invitation->raw_inviter_url = intern (self, record->raw_inviter_url);
  invitation->raw_invitee_url = intern (self, record->raw_invitee_url);
  invitation->sent_at = record->sent_at;
  invitation->accepted_at = OG_TIME_UNKNOWN;

  g_ptr_array_add (self->invitations, invitation);
}

void
og_dataset_add_hidden_connections (OgDataset *self,
                                   guint      n_hidden)
{
  g_return_if_fail (OG_IS_DATASET (self));
  g_return_if_fail (!self->finished);

  self->n_hidden += n_hidden;
}

void
og_dataset_set_profile_name (OgDataset  *self,
                             const char *file,
                             const char *name)
{
  g_return_if_fail (OG_IS_DATASET (self));
  g_return_if_fail (!self->finished);

  if (name != NULL && name[0] != '\0' && self->profile_name == NULL)
    {
      self->profile_name = intern (self, name);
      self->profile_file = intern (self, file);
    }
}

const char *
og_dataset_get_profile_name (OgDataset *self)
{
  g_return_val_if_fail (OG_IS_DATASET (self), NULL);
  return self->profile_name;
}

guint
og_dataset_get_n_api_acceptances (OgDataset *self)
{
  g_return_val_if_fail (OG_IS_DATASET (self), 0);
  return self->api_acceptances->len;
}

void
og_dataset_get_api_acceptance (OgDataset   *self,
                               guint        index,
                               const char **inviter_key,
                               const char **invitee_key,
                               gint64      *captured_at_ms)
{
  const ApiAcceptance *event;

  g_return_if_fail (OG_IS_DATASET (self));
  g_return_if_fail (index < self->api_acceptances->len);

  event = &g_array_index (self->api_acceptances, ApiAcceptance, index);
  *inviter_key = event->inviter_key;
  *invitee_key = event->invitee_key;
  *captured_at_ms = event->captured_at_ms;
}

void
og_dataset_set_profile_row (OgDataset   *self,
                            const char  *file,
                            const OgRow *row)
{
  g_autofree char *name = NULL;

  g_return_if_fail (OG_IS_DATASET (self));
  g_return_if_fail (!self->finished);

  name = join_name (og_row_get (row, OG_COL_FIRST_NAME), og_row_get (row, OG_COL_LAST_NAME));
  og_dataset_set_profile_name (self, file, name);
}

void
og_dataset_add_row (OgDataset   *self,
                    OgFileKind   kind,
                    const char  *file,
                    const OgRow *row)
{
  switch (kind)
    {
    case OG_FILE_KIND_CONNECTIONS:
      og_dataset_add_connection_row (self, file, row);
      break;
    case OG_FILE_KIND_MESSAGES:
      og_dataset_add_message_row (self, file, row);
      break;
    case OG_FILE_KIND_INVITATIONS:
      og_dataset_add_invitation_row (self, file, row);
      break;
    case OG_FILE_KIND_PROFILE:
      og_dataset_set_profile_row (self, file, row);
      break;
    case OG_FILE_KIND_API_JSON:
    case OG_FILE_KIND_UNKNOWN:
    default:
      g_return_if_reached ();
    }
}

void
og_dataset_add_api_acceptance (OgDataset  *self,
                               const char *inviter_url,
                               const char *invitee_url,
                               gint64      captured_at_ms)
{
  ApiAcceptance acceptance = { 0 };
  g_autofree char *inviter = url_key (self, inviter_url);
  g_autofree char *invitee = url_key (self, invitee_url);

  g_return_if_fail (OG_IS_DATASET (self));
  g_return_if_fail (!self->finished);

  acceptance.inviter_key = intern (self, inviter);
  acceptance.invitee_key = intern (self, invitee);
  acceptance.captured_at_ms = captured_at_ms;
  g_array_append_val (self->api_acceptances, acceptance);
}

/* ---- joining people ------------------------------------------------------ */

static void
index_person (OgDataset *self,
              OgPerson  *person)
{
  g_autofree char *folded = fold_name (person->name);

  if (person->key != NULL && !g_hash_table_contains (self->by_key, person->key))
    g_hash_table_insert (self->by_key, person->key, person);

  if (folded != NULL)
    {
      OgPerson *other = g_hash_table_lookup (self->by_name, folded);

      if (other == NULL)
        g_hash_table_insert (self->by_name, store (self, folded), person);
      else if (other != person)
        g_hash_table_insert (self->by_name, store (self, folded), &ambiguous_name);
    }
}

static OgPerson *
lookup_by_name (OgDataset  *self,
                const char *name)
{
  g_autofree char *folded = fold_name (name);
  OgPerson *person;

  if (folded == NULL)
    return NULL;

  person = g_hash_table_lookup (self->by_name, folded);
  return person == &ambiguous_name ? NULL : person;
}

/* Finds the person a (name, URL) pair denotes, preferring the URL, creating a
 * non-connection person when nobody matches. Returns NULL only when both are empty. */
static OgPerson *
resolve_person (OgDataset  *self,
                const char *name,
                const char *url)
{
  const char *key = url_key_interned (self, url);
  OgPerson *person = NULL;

  if (key != NULL)
    {
      person = g_hash_table_lookup (self->by_key, key);
      if (person != NULL)
        {
          if (person->name == NULL && name != NULL && name[0] != '\0')
            {
              person->name = store_trimmed (self, name);
              index_person (self, person);
            }
          return person;
        }
    }

  if (name != NULL && name[0] != '\0')
    {
      person = lookup_by_name (self, name);

      /* Same name, but the URL says it is somebody else. */
      if (person != NULL && key != NULL && person->profile_url != NULL)
        person = NULL;

      if (person != NULL)
        {
          if (key != NULL && person->profile_url == NULL)
            {
              g_autofree char *canonical = og_url_profile_from_key (key);

              person->key = store (self, key);
              person->profile_url = store (self, canonical);
              g_hash_table_insert (self->by_key, person->key, person);
            }
          return person;
        }
    }

  if (key == NULL && (name == NULL || name[0] == '\0'))
    return NULL;

  person = g_new0 (OgPerson, 1);
  person->connected_on = OG_TIME_UNKNOWN;
  person->name = store_trimmed (self, name);
  if (key != NULL)
    {
      g_autofree char *canonical = og_url_profile_from_key (key);

      person->key = store (self, key);
      person->profile_url = store (self, canonical);
    }
  else
    {
      g_autofree char *folded = fold_name (name);
      g_autofree char *name_key = g_strconcat ("name:", folded, NULL);

      person->key = store (self, name_key);
    }
  g_ptr_array_add (self->people, person);
  index_person (self, person);

  return person;
}

static void
index_connections (OgDataset *self)
{
  for (guint i = 0; i < self->connections->len; i++)
    {
      OgPerson *person = g_ptr_array_index (self->connections, i);

      if (person->key == NULL)
        {
          g_autofree char *folded = fold_name (person->name);
          g_autofree char *name_key = g_strconcat ("name:", folded ? folded : "", NULL);

          person->key = store (self, name_key);
        }
      else if (g_hash_table_contains (self->by_key, person->key))
        og_dataset_take_warning (self,
                                 og_warning_new (person->connections_file, person->connections_line,
                                                 _("This connection is listed twice; the rows are kept apart")));
      index_person (self, person);
    }
}

/* ---- the owner ------------------------------------------------------------ */

static gboolean
is_owner_name (OgDataset  *self,
               const char *name)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (self->owner == NULL || self->owner->name == NULL || name == NULL)
    return FALSE;

  a = fold_name (name);
  b = fold_name (self->owner->name);
  return a != NULL && b != NULL && strcmp (a, b) == 0;
}

static gboolean
is_owner_url (OgDataset  *self,
              const char *url)
{
  const char *key;

  if (self->owner == NULL || self->owner->profile_url == NULL || url == NULL)
    return FALSE;

  key = url_key_interned (self, url);
  return key != NULL && g_strcmp0 (key, self->owner->key) == 0;
}

typedef struct
{
  guint       conversations;
  const char *name;
  const char *url;
} Participant;

/* Counts @identity once per conversation, remembering a name and URL for it. */
static void
count_participant (GHashTable *participants,
                   GHashTable *seen,
                   const char *identity,
                   const char *name,
                   const char *url)
{
  Participant *participant;

  if (identity == NULL)
    return;

  participant = g_hash_table_lookup (participants, identity);
  if (participant == NULL)
    {
      participant = g_new0 (Participant, 1);
      g_hash_table_insert (participants, g_strdup (identity), participant);
    }
  if (participant->name == NULL && name != NULL && name[0] != '\0')
    participant->name = name;
  if (participant->url == NULL)
    participant->url = url;

  if (!g_hash_table_contains (seen, identity))
    {
      g_hash_table_add (seen, g_strdup (identity));
      participant->conversations++;
    }
}

/* The person who appears in the most conversations is the one who exported them. */
static gboolean
most_frequent_participant (OgDataset   *self,
                           const char **out_name,
                           const char **out_url)
{
  g_autoptr(GHashTable) participants = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) by_conversation = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                                   (GDestroyNotify)g_hash_table_unref);
  GHashTableIter iter;
  gpointer key, value;
  const char *best = NULL;
  Participant *best_participant = NULL;
  guint best_score = 0;
  g_autoptr(GHashTable) aliases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  /* A URL seen beside a name stands for that name: one identity, not two. */
  for (guint i = 0; i < self->messages->len; i++)
    {
      OgMessage *message = g_ptr_array_index (self->messages, i);
      char *sender_key = url_key (self, message->raw_sender_url);
      char *sender_name = fold_name (message->sender_name);

      if (sender_key != NULL && sender_name != NULL)
        g_hash_table_replace (aliases, sender_key, sender_name);
      else
        {
          g_free (sender_key);
          g_free (sender_name);
        }
    }

  for (guint i = 0; i < self->messages->len; i++)
    {
      OgMessage *message = g_ptr_array_index (self->messages, i);
      const char *conversation = message->raw_conversation_id ? message->raw_conversation_id : "";
      GHashTable *seen = g_hash_table_lookup (by_conversation, conversation);
      g_autofree char *sender_key = url_key (self, message->raw_sender_url);
      g_autofree char *sender_name = fold_name (message->sender_name);

      if (seen == NULL)
        {
          seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          g_hash_table_insert (by_conversation, (char *)conversation, seen);
        }

      count_participant (participants, seen, sender_name ? sender_name : sender_key,
                         message->sender_name, sender_key ? message->raw_sender_url : NULL);

      if (message->raw_recipient_urls != NULL)
        {
          g_auto(GStrv) urls = g_strsplit_set (message->raw_recipient_urls, ", \t\n", -1);
          guint n_urls = 0;

          for (guint u = 0; urls[u] != NULL; u++)
            n_urls += urls[u][0] != '\0';
          for (guint u = 0; urls[u] != NULL; u++)
            {
              g_autofree char *found_key = url_key (self, urls[u]);

              if (found_key != NULL && g_hash_table_contains (aliases, found_key))
                count_participant (participants, seen, g_hash_table_lookup (aliases, found_key),
                                   NULL, intern (self, urls[u]));
              else if (found_key != NULL)
                count_participant (participants, seen, found_key,
                                   n_urls == 1 ? message->raw_to : NULL, intern (self, urls[u]));
            }
        }
      else
        {
          g_autofree char *to = fold_name (message->raw_to);

          count_participant (participants, seen, to, message->raw_to, NULL);
        }
    }

  /* Ties go to someone who is not a connection: nobody is their own connection. */
  g_hash_table_iter_init (&iter, participants);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Participant *participant = value;
      OgPerson *known = participant->url ? NULL : lookup_by_name (self, participant->name);
      g_autofree char *found_key = url_key (self, participant->url);
      guint score;

      if (found_key != NULL)
        known = g_hash_table_lookup (self->by_key, found_key);
      score = participant->conversations * 2 + (known != NULL && known->is_connection ? 0 : 1);

      if (score > best_score || (score == best_score && best != NULL && strcmp (key, best) < 0))
        {
          best = key;
          best_participant = participant;
          best_score = score;
        }
    }

  /* Appearing in just one of several conversations proves nothing. */
  if (best_participant == NULL || (best_score < 4 && g_hash_table_size (by_conversation) > 1))
    return FALSE;

  *out_name = best_participant->name;
  *out_url = best_participant->url;
  return TRUE;
}

static void
find_owner (OgDataset *self)
{
  g_autofree char *name = NULL;
  const char *url = NULL;

  /* Outgoing invitations carry the owner's own URL and name. */
  for (guint i = 0; i < self->invitations->len; i++)
    {
      OgInvitation *invitation = g_ptr_array_index (self->invitations, i);

      if (invitation->direction != OG_DIRECTION_OUTGOING)
        continue;
      if (url == NULL && is_profile_url (invitation->raw_inviter_url))
        url = invitation->raw_inviter_url;
      if (name == NULL && invitation->from_name != NULL)
        name = g_strdup (invitation->from_name);
    }

  /* 2018 messages say which ones the owner sent. */
  for (guint i = 0; i < self->messages->len && name == NULL; i++)
    {
      OgMessage *message = g_ptr_array_index (self->messages, i);

      if (message->raw_direction == OG_DIRECTION_OUTGOING && message->sender_name != NULL)
        name = g_strdup (message->sender_name);
    }

  if (self->profile_name != NULL)
    {
      g_free (name);
      name = g_strdup (self->profile_name);
    }

  if (name == NULL && url == NULL)
    {
      const char *frequent_name = NULL;

      if (most_frequent_participant (self, &frequent_name, &url))
        name = g_strdup (frequent_name);
    }

  /* Messages from the owner carry their URL from 2021 on. */
  if (url == NULL && name != NULL)
    {
      g_autofree char *folded = fold_name (name);

      for (guint i = 0; i < self->messages->len; i++)
        {
          OgMessage *message = g_ptr_array_index (self->messages, i);
          g_autofree char *sender = fold_name (message->sender_name);

          if (message->raw_sender_url != NULL && g_strcmp0 (sender, folded) == 0 &&
              is_profile_url (message->raw_sender_url))
            {
              url = message->raw_sender_url;
              break;
            }
        }
    }

  if (name == NULL && url == NULL)
    {
      og_dataset_take_warning (self,
                               og_warning_new ("", 0,
                                               _("Could not tell whose export this is: no Profile.csv, no outgoing invitation and no messages")));
      return;
    }

  self->owner = resolve_person (self, name, url);
  if (self->owner != NULL)
    {
      self->owner->is_owner = TRUE;
      if (self->owner->name == NULL && name != NULL)
        self->owner->name = store (self, name);
    }
}

/* ---- conversations --------------------------------------------------------- */

static void
add_participant (OgConversation *conversation,
                 OgPerson       *person)
{
  if (person == NULL || person->is_owner)
    return;
  for (guint i = 0; i < conversation->participants->len; i++)
    if (g_ptr_array_index (conversation->participants, i) == person)
      return;
  g_ptr_array_add (conversation->participants, person);
}

static void
add_recipients (OgDataset      *self,
                OgConversation *conversation,
                OgMessage      *message)
{
  if (message->raw_recipient_urls != NULL && strpbrk (message->raw_recipient_urls, ", \t\n") == NULL)
    {
      /* One recipient, nearly always: no list to split. With one, TO is
       * that person's name. */
      if (!is_owner_url (self, message->raw_recipient_urls))
        add_participant (conversation, resolve_person (self, message->raw_to, message->raw_recipient_urls));
      return;
    }

  if (message->raw_recipient_urls != NULL)
    {
      g_auto(GStrv) urls = g_strsplit_set (message->raw_recipient_urls, ", \t\n", -1);
      guint n_urls = 0;

      for (guint i = 0; urls[i] != NULL; i++)
        if (urls[i][0] != '\0')
          n_urls++;

      for (guint i = 0; urls[i] != NULL; i++)
        {
          if (urls[i][0] == '\0' || is_owner_url (self, urls[i]))
            continue;
          /* With one recipient, TO is that person's name. */
          add_participant (conversation,
                           resolve_person (self, n_urls == 1 ? message->raw_to : NULL, urls[i]));
        }
      return;
    }

  if (message->raw_to == NULL || is_owner_name (self, message->raw_to))
    return;

  {
    OgPerson *person = lookup_by_name (self, message->raw_to);

    /* TO cannot be split on commas (names hold commas): an unknown name with
     * a comma is most likely several people. */
    if (person == NULL && strchr (message->raw_to, ',') != NULL)
      conversation->unknown_recipients++;
    else
      add_participant (conversation, person != NULL ? person
                                                    : resolve_person (self, message->raw_to, NULL));
  }
}

static int
compare_messages (gconstpointer a,
                  gconstpointer b)
{
  const OgMessage *x = *(OgMessage * const *)a;
  const OgMessage *y = *(OgMessage * const *)b;

  if (x->sent_at != y->sent_at)
    return x->sent_at < y->sent_at ? -1 : 1;
  if (x->sent_at_ms != y->sent_at_ms)
    return x->sent_at_ms < y->sent_at_ms ? -1 : 1;
  /* Within a second, LinkedIn lists newest first: a later line is older. */
  if (x->line != y->line)
    return x->line > y->line ? -1 : 1;
  return 0;
}

/* Exports re-wrap text (a space in one file, a line break or U+2028 in
 * another): two copies of a message agree on everything but white space. */
static guint
content_hash (const char *text)
{
  guint hash = 5381;

  if (text == NULL)
    return 0;

  for (const char *p = text; *p != '\0'; )
    {
      gunichar c = (guchar)*p;

      /* ASCII answered directly: the same classes, at a fraction of the cost. */
      if (c < 0x80)
        {
          p++;
          if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
            continue;
        }
      else
        {
          c = g_utf8_get_char (p);
          p = g_utf8_next_char (p);
          if (g_unichar_isspace (c) || c == 0x2028 || c == 0x2029 || c == 0x85)
            continue;
        }
      hash = hash * 33 + c;
    }
  return hash;
}

/* What makes two rows the same message, whichever file they came from. */
static char *
message_identity (const char *conversation_id,
                  OgMessage  *message)
{
  return g_strdup_printf ("%s\x1f%s\x1f%" G_GINT64_FORMAT "\x1f%u",
                          conversation_id,
                          message->sender != NULL ? message->sender->key : (message->sender_name ? message->sender_name : ""),
                          message->sent_at,
                          content_hash (message->content));
}

/* The identity as 128 bits, for telling duplicates apart while importing
 * without a string per message: two hashes of the same fields, with
 * different multipliers; two different messages share both about once in
 * 10^28 imports of LinkedIn's largest. The text is left out: messages of
 * one thread, sender and second are few, and only they are compared by
 * content_hash(), which would otherwise read every message's text. */
typedef struct
{
  guint64 a;
  guint64 b;
} IdentityHash;

static inline void
identity_feed (IdentityHash *hash,
               const char   *text)
{
  for (const guchar *p = (const guchar *)(text != NULL ? text : ""); ; p++)
    {
      /* The terminator goes in too: fields stay apart ("ab"+"c" ≠ "a"+"bc"). */
      hash->a = (hash->a ^ *p) * G_GUINT64_CONSTANT (0x100000001b3);
      hash->b = (hash->b ^ *p) * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);
      hash->b ^= hash->b >> 29;
      if (*p == '\0')
        break;
    }
}

static IdentityHash
identity_hash (const char *conversation_id,
               OgMessage  *message)
{
  IdentityHash hash = { G_GUINT64_CONSTANT (0xcbf29ce484222325), G_GUINT64_CONSTANT (0x6a09e667f3bcc909) };
  guint64 sent_at = (guint64)message->sent_at;

  identity_feed (&hash, conversation_id);
  identity_feed (&hash, message->sender != NULL ? message->sender->key : message->sender_name);
  /* The time as its eight bytes, not as text: printing it was most of
   * the hashing. */
  for (guint i = 0; i < 8; i++, sent_at >>= 8)
    {
      hash.a = (hash.a ^ (sent_at & 0xff)) * G_GUINT64_CONSTANT (0x100000001b3);
      hash.b = (hash.b ^ (sent_at & 0xff)) * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);
      hash.b ^= hash.b >> 29;
    }
  /* Never all zero: that marks an empty slot below. */
  hash.a |= 1;
  return hash;
}

/* Kept messages by identity, open-addressed, sized for @n at most half
 * full; those that share one are chained. */
typedef struct
{
  IdentityHash *slots;
  guint        *firsts;   /* by slot: the latest kept message of that identity */
  guint        *next;     /* by kept message: the one before it of the same identity, or G_MAXUINT */
  gsize         mask;
} IdentitySet;

static void
identity_set_init (IdentitySet *set,
                   guint        n)
{
  gsize size = 16;

  while (size < 2 * (gsize)n)
    size *= 2;
  set->slots = g_new0 (IdentityHash, size);
  set->firsts = g_new (guint, size);
  set->next = g_new (guint, MAX (n, 1));
  set->mask = size - 1;
}

static void
identity_set_clear (IdentitySet *set)
{
  g_clear_pointer (&set->slots, g_free);
  g_clear_pointer (&set->firsts, g_free);
  g_clear_pointer (&set->next, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (IdentitySet, identity_set_clear)

/* Adds @message, about to be kept as number @index of @kept; FALSE if a kept
 * one is the same message: same identity, same text but for white space. */
static gboolean
identity_set_add (IdentitySet *set,
                  IdentityHash hash,
                  GPtrArray   *kept,
                  guint        index,
                  OgMessage   *message)
{
  gsize slot = (gsize)(hash.a ^ (hash.b >> 17)) & set->mask;

  while (set->slots[slot].a != 0)
    {
      if (set->slots[slot].a == hash.a && set->slots[slot].b == hash.b)
        {
          guint text = content_hash (message->content);

          for (guint k = set->firsts[slot]; k != G_MAXUINT; k = set->next[k])
            if (content_hash (((OgMessage *)g_ptr_array_index (kept, k))->content) == text)
              return FALSE;
          set->next[index] = set->firsts[slot];
          set->firsts[slot] = index;
          return TRUE;
        }
      slot = (slot + 1) & set->mask;
    }
  set->slots[slot] = hash;
  set->firsts[slot] = index;
  set->next[index] = G_MAXUINT;
  return TRUE;
}

char *
og_dataset_message_identity (const OgMessage *message)
{
  g_return_val_if_fail (message != NULL, NULL);
  g_return_val_if_fail (message->conversation != NULL, NULL);

  return message_identity (message->conversation->id, (OgMessage *)message);
}

static void
build_conversations (OgDataset *self)
{
  /* Ids are interned: one pointer per distinct id. */
  g_autoptr(GHashTable) by_id = g_hash_table_new (NULL, NULL);
  g_auto(IdentitySet) identities = { NULL };
  g_autoptr(GPtrArray) kept = g_ptr_array_new_full (self->messages->len, NULL);

  identity_set_init (&identities, self->messages->len);

  for (guint i = 0; i < self->messages->len; i++)
    {
      OgMessage *message = g_ptr_array_index (self->messages, i);
      g_autofree char *legacy_id = NULL;
      OgConversation *conversation;
      const char *id = message->raw_conversation_id;

      /* Who sent it. */
      if (message->raw_direction == OG_DIRECTION_OUTGOING ||
          is_owner_url (self, message->raw_sender_url) ||
          (message->raw_sender_url == NULL && is_owner_name (self, message->sender_name)))
        {
          message->from_owner = TRUE;
          message->sender = self->owner;
        }
      else if (message->raw_sender_url == NULL &&
               g_strcmp0 (message->sender_name, "LinkedIn Member") == 0)
        message->is_sponsored = TRUE;
      else
        {
          message->sender = resolve_person (self, message->sender_name, message->raw_sender_url);
          /* Mail-merge markup marks InMail from strangers; what a connection
           * sends in their own thread stays theirs (DESIGN §3). A row with
           * neither a name nor a usable URL has no sender at all. */
          if (message->is_sponsored && message->sender != NULL && message->sender->is_connection)
            message->is_sponsored = FALSE;
        }

      /* 2018 exports have no conversation ids: a thread is the other person. */
      if (id == NULL)
        {
          const char *other = message->from_owner ? message->raw_to : message->sender_name;
          g_autofree char *folded = fold_name (other);

          legacy_id = g_strconcat ("legacy:", folded ? folded : "", NULL);
          id = intern (self, legacy_id);
        }

      /* The same message from a CSV and the API's JSON, or from two overlapping files. */
      if (!identity_set_add (&identities, identity_hash (id, message), kept, kept->len, message))
        {
          /* Its storage stays in its block, unused. */
          self->messages->pdata[i] = NULL;
          continue;
        }

      conversation = g_hash_table_lookup (by_id, id);
      if (conversation == NULL)
        {
          conversation = g_new0 (OgConversation, 1);
          conversation->id = (char *)id;
          conversation->messages = g_ptr_array_new ();
          conversation->participants = g_ptr_array_new ();
          g_ptr_array_add (self->conversations, conversation);
          g_hash_table_insert (by_id, conversation->id, conversation);
        }
      if (conversation->title == NULL && message->raw_conversation_title != NULL)
        conversation->title = (char *)message->raw_conversation_title;

      message->conversation = conversation;
      g_ptr_array_add (conversation->messages, message);
      g_ptr_array_add (kept, message);

      if (!message->from_owner)
        add_participant (conversation, message->sender);
      add_recipients (self, conversation, message);

      if (message->is_sponsored)
        conversation->is_sponsored = TRUE;
      if (!message->is_draft)
        self->n_messages++;
    }

  /* Swap in the de-duplicated list. */
  g_ptr_array_unref (self->messages);
  self->messages = g_steal_pointer (&kept);

  for (guint i = 0; i < self->conversations->len; i++)
    {
      OgConversation *conversation = g_ptr_array_index (self->conversations, i);

      if (g_strcmp0 (conversation->title, "Sponsored Conversation") == 0)
        conversation->is_sponsored = TRUE;

      conversation->is_group = conversation->participants->len > 1 ||
                               conversation->unknown_recipients > 0;
      g_ptr_array_sort (conversation->messages, compare_messages);

      if (!conversation->is_group && conversation->participants->len == 1)
        {
          OgPerson *person = g_ptr_array_index (conversation->participants, 0);

          conversation->counterpart = person;
          if (person->conversations == NULL)
            person->conversations = g_ptr_array_new ();
          g_ptr_array_add (person->conversations, conversation);
        }
    }
}

/* ---- invitations and acceptance ---------------------------------------------- */

static void
resolve_invitations (OgDataset *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) kept = g_ptr_array_new_full (self->invitations->len, g_free);

  for (guint i = 0; i < self->invitations->len; i++)
    {
      OgInvitation *invitation = g_ptr_array_index (self->invitations, i);
      g_autofree char *identity = NULL;

      if (invitation->direction == OG_DIRECTION_UNKNOWN)
        invitation->direction = is_owner_name (self, invitation->from_name)
                                ? OG_DIRECTION_OUTGOING : OG_DIRECTION_INCOMING;

      if (invitation->direction == OG_DIRECTION_INCOMING)
        invitation->counterpart = resolve_person (self, invitation->from_name, invitation->raw_inviter_url);
      else
        invitation->counterpart = resolve_person (self, invitation->to_name, invitation->raw_invitee_url);

      identity = g_strdup_printf ("%d\x1f%s\x1f%" G_GINT64_FORMAT, invitation->direction,
                                  invitation->counterpart ? invitation->counterpart->key : "",
                                  invitation->sent_at);
      if (g_hash_table_contains (seen, identity))
        {
          g_free (invitation);
          continue;
        }
      g_hash_table_add (seen, g_steal_pointer (&identity));
      g_ptr_array_add (kept, invitation);

      if (invitation->counterpart != NULL &&
          (invitation->counterpart->invitation == NULL ||
           invitation->counterpart->invitation->sent_at < invitation->sent_at))
        invitation->counterpart->invitation = invitation;
    }

  g_ptr_array_set_free_func (self->invitations, NULL);
  g_ptr_array_unref (self->invitations);
  self->invitations = g_steal_pointer (&kept);
  self->n_invitations = self->invitations->len;
}

/* Notes are compared with white space collapsed: exports re-wrap them. */
static char *
normalize_note (const char *text)
{
  GString *out;
  gboolean space = FALSE;

  if (text == NULL)
    return NULL;

  out = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static gint64
utc_day_start (gint64 t)
{
  return t - (((t % 86400) + 86400) % 86400);
}

/* LinkedIn re-emits an invitation's note as the first message of the new
 * conversation, from the inviter, at the moment of acceptance. */
static OgMessage *
find_note_message (OgDataset *self,
                   OgPerson  *person)
{
  OgInvitation *invitation = person->invitation;
  g_autofree char *note = NULL;

  if (invitation == NULL || invitation->message == NULL || person->conversations == NULL)
    return NULL;

  note = normalize_note (invitation->message);
  if (note[0] == '\0')
    return NULL;

  for (guint c = 0; c < person->conversations->len; c++)
    {
      OgConversation *conversation = g_ptr_array_index (person->conversations, c);

      for (guint i = 0; i < conversation->messages->len; i++)
        {
          OgMessage *message = g_ptr_array_index (conversation->messages, i);
          g_autofree char *text = NULL;
          gboolean from_inviter;

          if (message->is_draft || message->sent_at == OG_TIME_UNKNOWN)
            continue;

          from_inviter = invitation->direction == OG_DIRECTION_OUTGOING
                         ? message->from_owner : message->sender == person;
          if (!from_inviter)
            continue;

          /* Sent At is a Pacific minute; the note cannot precede it. */
          if (invitation->sent_at != OG_TIME_UNKNOWN && message->sent_at + 60 < invitation->sent_at)
            continue;

          /* Its UTC day is the Connected On day. */
          if (person->connected_on != OG_TIME_UNKNOWN &&
              person->connected_precision == OG_DATE_PRECISION_DAY &&
              utc_day_start (message->sent_at) != person->connected_on)
            continue;

          text = normalize_note (message->content);
          if (g_strcmp0 (text, note) == 0)
            return message;
        }
    }

  return NULL;
}

static void
compute_acceptance (OgDataset *self,
                    OgPerson  *person)
{
  OgAcceptance *acceptance = &person->acceptance;
  OgMessage *note;

  acceptance->source = OG_ACCEPTANCE_UNKNOWN;
  acceptance->earliest = OG_TIME_UNKNOWN;
  acceptance->latest = OG_TIME_UNKNOWN;

  if (person->invitation != NULL && person->invitation->accepted_at != OG_TIME_UNKNOWN)
    {
      gint64 ms = person->invitation->accepted_at;

      acceptance->source = OG_ACCEPTANCE_PORTABILITY_API;
      acceptance->earliest = ms / 1000;
      acceptance->latest = (ms + 999) / 1000;
      return;
    }

  note = find_note_message (self, person);
  if (note != NULL)
    {
      note->is_invitation_note = TRUE;
      person->note_message = note;
      acceptance->source = OG_ACCEPTANCE_INVITATION_NOTE;
      acceptance->earliest = note->sent_at;
      /* 2018 messages are dated to the minute: claim no more than that. */
      acceptance->latest = note->sent_at + (note->precision == OG_DATE_PRECISION_MINUTE ? 59 : 0);
      self->n_note_acceptances++;
      return;
    }

  if (person->connected_on == OG_TIME_UNKNOWN)
    return;

  if (person->connected_precision == OG_DATE_PRECISION_DAY)
    {
      acceptance->source = OG_ACCEPTANCE_CONNECTED_ON_DATE;
      acceptance->earliest = person->connected_on;
      acceptance->latest = person->connected_on + 86400 - 1;

      /* Nobody accepts an invitation before it was sent. */
      if (person->invitation != NULL && person->invitation->sent_at != OG_TIME_UNKNOWN &&
          person->invitation->sent_at > acceptance->earliest &&
          person->invitation->sent_at <= acceptance->latest)
        acceptance->earliest = person->invitation->sent_at;
    }
  else
    {
      acceptance->source = OG_ACCEPTANCE_CONNECTED_ON_TIME;
      acceptance->earliest = person->connected_on;
      acceptance->latest = person->connected_on + 60 - 1;
    }
}

static void
apply_api_acceptances (OgDataset *self)
{
  for (guint i = 0; i < self->api_acceptances->len; i++)
    {
      ApiAcceptance *event = &g_array_index (self->api_acceptances, ApiAcceptance, i);
      OgPerson *inviter = event->inviter_key ? g_hash_table_lookup (self->by_key, event->inviter_key) : NULL;
      OgPerson *invitee = event->invitee_key ? g_hash_table_lookup (self->by_key, event->invitee_key) : NULL;
      OgPerson *other = inviter != NULL && inviter->is_owner ? invitee : inviter;
      OgInvitation *invitation;

      if (other == NULL || other->is_owner)
        continue;

      invitation = other->invitation;
      if (invitation == NULL)
        {
          /* The changelog can know of an acceptance the CSV window no longer shows. */
          invitation = g_new0 (OgInvitation, 1);
          invitation->counterpart = other;
          invitation->direction = inviter == other ? OG_DIRECTION_INCOMING : OG_DIRECTION_OUTGOING;
          invitation->sent_at = OG_TIME_UNKNOWN;
          invitation->file = intern (self, "memberChangeLogs");
          invitation->from_changelog = TRUE;
          g_ptr_array_add (self->invitations, invitation);
          other->invitation = invitation;
        }
      invitation->accepted_at = event->captured_at_ms;
    }
}

void
og_dataset_finish (OgDataset *self)
{
  g_return_if_fail (OG_IS_DATASET (self));
  g_return_if_fail (!self->finished);

  index_connections (self);
  find_owner (self);
  resolve_invitations (self);
  build_conversations (self);
  apply_api_acceptances (self);

  for (guint i = 0; i < self->connections->len; i++)
    compute_acceptance (self, g_ptr_array_index (self->connections, i));
  /* Lets per-message results live in plain arrays, not hash tables. */
  for (guint i = 0; i < self->messages->len; i++)
    ((OgMessage *)g_ptr_array_index (self->messages, i))->position = i;

  self->finished = TRUE;
}

/* ---- reading ------------------------------------------------------------------- */

gboolean
og_dataset_is_empty (OgDataset *self)
{
  g_return_val_if_fail (OG_IS_DATASET (self), TRUE);
  return self->connections->len == 0 && self->n_hidden == 0 && self->messages->len == 0 &&
         self->invitations->len == 0 && self->api_acceptances->len == 0;
}

gboolean
og_dataset_is_finished (OgDataset *self)
{
  g_return_val_if_fail (OG_IS_DATASET (self), FALSE);
  return self->finished;
}

OgPerson *
og_dataset_get_owner (OgDataset *self)
{
  g_return_val_if_fail (OG_IS_DATASET (self), NULL);
  return self->owner;
}

GPtrArray *
og_dataset_get_connections (OgDataset *self)
{
  g_return_val_if_fail (OG_IS_DATASET (self), NULL);
  return self->connections;
}

GPtrArray *
og_dataset_get_conversations (OgDataset *self)
{
  g_return_val_if_fail (OG_IS_DATASET (self), NULL);
  return self->conversations;
}

GPtrArray *
og_dataset_get_messages (OgDataset *self)
{
  g_return_val_if_fail (OG_IS_DATASET (self), NULL);
  return self->messages;
}

GPtrArray *
og_dataset_get_invitations (OgDataset *self)
{
  g_return_val_if_fail (OG_IS_DATASET (self), NULL);
  return self->invitations;
}

GPtrArray *
og_dataset_get_warnings (OgDataset *self)
{
  g_return_val_if_fail (OG_IS_DATASET (self), NULL);
  return self->warnings;
}

OgPerson *
og_dataset_lookup_person (OgDataset  *self,
                          const char *profile_url_or_name)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (OG_IS_DATASET (self), NULL);
  g_return_val_if_fail (profile_url_or_name != NULL, NULL);

  key = og_url_normalize_profile (profile_url_or_name);
  if (key != NULL)
    return g_hash_table_lookup (self->by_key, key);

  return lookup_by_name (self, profile_url_or_name);
}

guint
og_dataset_get_n_connections (OgDataset *self)
{
  g_return_val_if_fail (OG_IS_DATASET (self), 0);
  return self->connections->len;
}

guint
og_dataset_get_n_hidden_connections (OgDataset *self)
{
  g_return_val_if_fail (OG_IS_DATASET (self), 0);
  return self->n_hidden;
}

guint
og_dataset_get_n_messages (OgDataset *self)
{
  g_return_val_if_fail (OG_IS_DATASET (self), 0);
  return self->n_messages;
}

guint
og_dataset_get_n_invitations (OgDataset *self)
{
  g_return_val_if_fail (OG_IS_DATASET (self), 0);
  return self->n_invitations;
}

guint
og_dataset_get_n_note_acceptances (OgDataset *self)
{
  g_return_val_if_fail (OG_IS_DATASET (self), 0);
  return self->n_note_acceptances;
}

const char *
og_acceptance_source_to_string (OgAcceptanceSource source)
{
  switch (source)
    {
    case OG_ACCEPTANCE_INVITATION_NOTE:
      return "invitation-note";
    case OG_ACCEPTANCE_PORTABILITY_API:
      return "portability-api";
    case OG_ACCEPTANCE_CONNECTED_ON_TIME:
      return "connected-on-time";
    case OG_ACCEPTANCE_CONNECTED_ON_DATE:
      return "connected-on-date";
    case OG_ACCEPTANCE_UNKNOWN:
    default:
      return "unknown";
    }
}
