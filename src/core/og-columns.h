/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-columns.h — every column OutreachGuard reads, across all export eras.
 *
 * Files are mapped by header name, never by position: a header row is
 * resolved once into column ids, then each record fills an OgRow with
 * borrowed pointers (no copies). The Portability API's JSON uses the same
 * names as keys, so it fills OgRows the same way.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  OG_COL_UNKNOWN = -1,
  /* Connections.csv, Profile.csv */
  OG_COL_FIRST_NAME = 0,
  OG_COL_LAST_NAME,
  OG_COL_URL,
  OG_COL_EMAIL,
  OG_COL_COMPANY,
  OG_COL_POSITION,
  OG_COL_CONNECTED_ON,
  OG_COL_HEADLINE,
  /* messages.csv (2021 onwards) */
  OG_COL_CONVERSATION_ID,
  OG_COL_CONVERSATION_TITLE,
  OG_COL_FROM,
  OG_COL_SENDER_PROFILE_URL,
  OG_COL_TO,
  OG_COL_RECIPIENT_PROFILE_URLS,
  OG_COL_DATE,
  OG_COL_SUBJECT,
  OG_COL_CONTENT,
  OG_COL_FOLDER,
  OG_COL_IS_MESSAGE_DRAFT,
  OG_COL_IS_CONVERSATION_DRAFT,
  OG_COL_ATTACHMENTS,
  /* Messages.csv (2018) and Invitations.csv */
  OG_COL_DIRECTION,
  OG_COL_SENT_AT,
  OG_COL_MESSAGE,
  OG_COL_INVITER_PROFILE_URL,
  OG_COL_INVITEE_PROFILE_URL,
  OG_N_COLUMNS
} OgColumn;

/* Which file of an export a row comes from. */
typedef enum
{
  OG_FILE_KIND_UNKNOWN,
  OG_FILE_KIND_CONNECTIONS,
  OG_FILE_KIND_MESSAGES,
  OG_FILE_KIND_INVITATIONS,
  OG_FILE_KIND_PROFILE,
  OG_FILE_KIND_API_JSON,
} OgFileKind;

typedef struct
{
  const char *values[OG_N_COLUMNS]; /* NULL where the column is absent */
  guint       line;                 /* 1-based line in the file (0 for JSON) */
} OgRow;

/* Maps a header cell ("First Name", "CONVERSATION ID", "inviterProfileUrl",
 * with any case, surrounding spaces or a stray BOM) to its column. */
OgColumn     og_column_from_header (const char *header);
const char  *og_column_get_name    (OgColumn    column);

static inline const char *
og_row_get (const OgRow *row,
            OgColumn     column)
{
  const char *value = row->values[column];
  return value != NULL ? value : "";
}

static inline gboolean
og_row_has (const OgRow *row,
            OgColumn     column)
{
  const char *value = row->values[column];
  return value != NULL && value[0] != '\0';
}

G_END_DECLS
