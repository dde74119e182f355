/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-test-export.h — lines of an invented export for hand-built scenarios:
 * Petra Vinter owns it; CONNECTION, FROM_THEM, FROM_ME… make CSV rows. */
#pragma once

#define OWNER_URL "https://www.linkedin.com/in/petra-vinter"
#define URL(slug) "https://www.linkedin.com/in/" slug

#define PROFILE "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n" \
                "Petra,Vinter,,,,Head of Logistics,,,,,,,\n"
#define CONNECTIONS "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
#define MESSAGES "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n"
#define INVITATIONS "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"

#define CONNECTION(first, last, slug, company, day) \
  first "," last "," URL (slug) ",,\"" company "\",Sales," day "\n"
#define FROM_THEM(conversation, name, slug, date, content) \
  conversation ",," name "," URL (slug) ",Petra Vinter," OWNER_URL "," date ",,\"" content "\",INBOX,false,false\n"
#define FROM_ME(conversation, name, slug, date, content) \
  conversation ",,Petra Vinter," OWNER_URL "," name "," URL (slug) "," date ",,\"" content "\",INBOX,false,false\n"
#define MY_DRAFT(conversation, name, slug, date, content) \
  conversation ",,Petra Vinter," OWNER_URL "," name "," URL (slug) "," date ",,\"" content "\",,true,false\n"
#define INVITED_ME(name, slug, sent_at, note) \
  name ",Petra Vinter,\"" sent_at "\",\"" note "\",INCOMING," URL (slug) "," OWNER_URL "\n"
#define I_INVITED(name, slug, sent_at, note) \
  "Petra Vinter," name ",\"" sent_at "\",\"" note "\",OUTGOING," OWNER_URL "," URL (slug) "\n"
