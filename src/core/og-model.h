/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-model.h — the people, conversations, messages and invitations of an import.
 *
 * Plain structs owned by an OgDataset (see og-dataset.h): pointers between
 * them are borrowed and live as long as the dataset. Times are Unix seconds
 * in UTC (OG_TIME_UNKNOWN when the data does not give one).
 */
#pragma once

#include <glib.h>

#include "og-date.h"

G_BEGIN_DECLS

typedef struct _OgPerson       OgPerson;
typedef struct _OgConversation OgConversation;
typedef struct _OgMessage      OgMessage;
typedef struct _OgInvitation   OgInvitation;

typedef enum
{
  OG_ACCEPTANCE_UNKNOWN,
  OG_ACCEPTANCE_CONNECTED_ON_DATE,  /* the UTC day, raised to the invitation's Sent At */
  OG_ACCEPTANCE_CONNECTED_ON_TIME,  /* 2018 exports: Pacific minute */
  OG_ACCEPTANCE_INVITATION_NOTE,    /* the re-emitted note's timestamp: exact */
  OG_ACCEPTANCE_PORTABILITY_API,    /* a changelog acceptance event: exact */
} OgAcceptanceSource;

typedef struct
{
  gint64             earliest;
  gint64             latest;
  OgAcceptanceSource source;
} OgAcceptance;

struct _OgPerson
{
  char        *key;          /* "linkedin.com/in/<slug>", or "name:<folded name>" */
  char        *name;         /* display name */
  char        *first_name;
  char        *last_name;
  char        *profile_url;  /* canonical https URL, or NULL */
  char        *email;
  char        *company;
  char        *position;

  gboolean     is_connection;
  gboolean     is_owner;
  gint64       connected_on;           /* start of the Connected On day or minute */
  OgDatePrecision connected_precision;
  const char  *connections_file;       /* interned */
  guint        connections_line;

  OgAcceptance acceptance;
  OgMessage   *note_message;           /* the re-emitted invitation note, if found */
  OgInvitation *invitation;            /* the newest invitation with this person */
  GPtrArray   *conversations;          /* OgConversation*: 1:1 threads with the owner, or NULL */
};

typedef enum
{
  OG_DIRECTION_UNKNOWN,
  OG_DIRECTION_INCOMING,
  OG_DIRECTION_OUTGOING,
} OgDirection;

typedef enum
{
  OG_FOLDER_NONE,
  OG_FOLDER_INBOX,
  OG_FOLDER_ARCHIVE,
  OG_FOLDER_SPAM,
  OG_FOLDER_OTHER,
} OgFolder;

struct _OgMessage
{
  /* Pointers first, then the 32-bit fields, then the flags: a power user's
   * export holds 300,000 of these and padding was a fifth of each. */
  OgConversation *conversation;
  OgPerson    *sender;          /* NULL for "LinkedIn Member" and other unknown senders */
  char        *sender_name;
  gint64       sent_at;
  char        *subject;
  char        *content;         /* plain text: HTML already reduced */
  const char  *file;            /* interned */

  /* As read, resolved when the dataset is finished (strings in the dataset's chunk). */
  const char  *raw_conversation_id;
  const char  *raw_conversation_title;
  const char  *raw_sender_url;
  const char  *raw_to;
  const char  *raw_recipient_urls;

  gint         sent_at_ms;      /* milliseconds when the API gave them */
  OgDatePrecision precision;
  OgFolder     folder;
  guint        line;
  guint        position;        /* in og_dataset_get_messages() once the dataset is finished */
  OgDirection  raw_direction;

  /* Booleans, a byte each (TRUE or FALSE only). */
  guint8       is_draft;
  guint8       is_html;
  guint8       is_sponsored;
  guint8       has_attachments;
  guint8       from_owner;
  guint8       is_invitation_note;
};

struct _OgConversation
{
  char        *id;
  char        *title;
  GPtrArray   *messages;        /* OgMessage*, oldest first once the dataset is finished */
  GPtrArray   *participants;    /* OgPerson*, the owner excluded */
  OgPerson    *counterpart;     /* the other person of a 1:1 conversation, or NULL */
  gboolean     is_group;
  gboolean     is_sponsored;
  guint        unknown_recipients; /* recipients named only in TO, not matched to anyone */
};

struct _OgInvitation
{
  OgPerson    *counterpart;     /* the inviter of an INCOMING, the invitee of an OUTGOING one */
  char        *from_name;
  char        *to_name;
  gint64       sent_at;         /* Pacific minute converted to UTC */
  gint64       accepted_at;     /* from the Portability API changelog, or OG_TIME_UNKNOWN */
  char        *message;         /* the note, or NULL */
  OgDirection  direction;
  const char  *file;
  guint        line;

  const char  *raw_inviter_url;
  const char  *raw_invitee_url;
  gboolean     from_changelog;  /* made up from an acceptance event: no row of its own */
};

const char *og_acceptance_source_to_string (OgAcceptanceSource source);

G_END_DECLS
