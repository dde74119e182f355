/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "og-columns"

#include "config.h"

#include <string.h>

#include "og-columns.h"

/* Header names as LinkedIn writes them, compared case-insensitively with
 * spaces and underscores ignored ("CONVERSATION ID" == "conversationId"). */
static const struct {
  const char *name;
  OgColumn    column;
} header_names[] = {
  { "firstname",            OG_COL_FIRST_NAME },
  { "lastname",             OG_COL_LAST_NAME },
  { "url",                  OG_COL_URL },
  { "profileurl",           OG_COL_URL },
  { "emailaddress",         OG_COL_EMAIL },
  { "company",              OG_COL_COMPANY },
  { "position",             OG_COL_POSITION },
  { "connectedon",          OG_COL_CONNECTED_ON },
  { "headline",             OG_COL_HEADLINE },
  { "conversationid",       OG_COL_CONVERSATION_ID },
  { "conversationtitle",    OG_COL_CONVERSATION_TITLE },
  { "from",                 OG_COL_FROM },
  { "senderprofileurl",     OG_COL_SENDER_PROFILE_URL },
  { "to",                   OG_COL_TO },
  { "recipientprofileurls", OG_COL_RECIPIENT_PROFILE_URLS },
  { "date",                 OG_COL_DATE },
  { "subject",              OG_COL_SUBJECT },
  { "content",              OG_COL_CONTENT },
  { "folder",               OG_COL_FOLDER },
  { "ismessagedraft",       OG_COL_IS_MESSAGE_DRAFT },
  { "isconversationdraft",  OG_COL_IS_CONVERSATION_DRAFT },
  { "attachments",          OG_COL_ATTACHMENTS },
  { "direction",            OG_COL_DIRECTION },
  { "sentat",               OG_COL_SENT_AT },
  { "message",              OG_COL_MESSAGE },
  { "inviterprofileurl",    OG_COL_INVITER_PROFILE_URL },
  { "inviteeprofileurl",    OG_COL_INVITEE_PROFILE_URL },
};

static const char *column_names[OG_N_COLUMNS] = {
  [OG_COL_FIRST_NAME] = "First Name",
  [OG_COL_LAST_NAME] = "Last Name",
  [OG_COL_URL] = "URL",
  [OG_COL_EMAIL] = "Email Address",
  [OG_COL_COMPANY] = "Company",
  [OG_COL_POSITION] = "Position",
  [OG_COL_CONNECTED_ON] = "Connected On",
  [OG_COL_HEADLINE] = "Headline",
  [OG_COL_CONVERSATION_ID] = "CONVERSATION ID",
  [OG_COL_CONVERSATION_TITLE] = "CONVERSATION TITLE",
  [OG_COL_FROM] = "FROM",
  [OG_COL_SENDER_PROFILE_URL] = "SENDER PROFILE URL",
  [OG_COL_TO] = "TO",
  [OG_COL_RECIPIENT_PROFILE_URLS] = "RECIPIENT PROFILE URLS",
  [OG_COL_DATE] = "DATE",
  [OG_COL_SUBJECT] = "SUBJECT",
  [OG_COL_CONTENT] = "CONTENT",
  [OG_COL_FOLDER] = "FOLDER",
  [OG_COL_IS_MESSAGE_DRAFT] = "IS MESSAGE DRAFT",
  [OG_COL_IS_CONVERSATION_DRAFT] = "IS CONVERSATION DRAFT",
  [OG_COL_ATTACHMENTS] = "ATTACHMENTS",
  [OG_COL_DIRECTION] = "Direction",
  [OG_COL_SENT_AT] = "Sent At",
  [OG_COL_MESSAGE] = "Message",
  [OG_COL_INVITER_PROFILE_URL] = "inviterProfileUrl",
  [OG_COL_INVITEE_PROFILE_URL] = "inviteeProfileUrl",
};

OgColumn
og_column_from_header (const char *header)
{
  char folded[64];
  gsize n = 0;

  if (header == NULL)
    return OG_COL_UNKNOWN;

  /* A BOM that survived an Excel round trip sits on the first header cell. */
  if (g_str_has_prefix (header, "\xEF\xBB\xBF"))
    header += 3;

  for (const char *p = header; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '_' || *p == '\t' || *p == '"')
        continue;
      if (n + 1 >= sizeof folded)
        return OG_COL_UNKNOWN;
      folded[n++] = g_ascii_tolower (*p);
    }
  folded[n] = '\0';

  for (gsize i = 0; i < G_N_ELEMENTS (header_names); i++)
    if (strcmp (folded, header_names[i].name) == 0)
      return header_names[i].column;

  return OG_COL_UNKNOWN;
}

const char *
og_column_get_name (OgColumn column)
{
  g_return_val_if_fail (column >= 0 && column < OG_N_COLUMNS, NULL);

  return column_names[column];
}
