/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-reply-choice.h — which reply fits a contact, and what it says about
 * them: the bridge from an audited contact to og-reply's templates. */
#pragma once

#include "og-audit.h"
#include "og-reply.h"

G_BEGIN_DECLS

/* The built-in template that fits @contact's pattern and why, as a
 * translated sentence. The rules, first match wins: an ignored opt-out asks
 * "I asked you before"; persistent follow-ups a firm stop; a recruiter who
 * never pitched a recruiting decline; a pitch first thing after connecting
 * a polite removal request; a later pitch "tell me about your work first",
 * and so does anyone who never pitched. */
const char *og_reply_suggest          (const OgContactAudit *contact,
                                       const char          **reason);

/* Fills @context from @contact: names, company and position from the
 * connection, days since connecting as of @now (Unix seconds, UTC), the
 * minutes to their first pitch when the data knows them to the minute,
 * their unanswered follow-ups and the first pitch's date. @my_first_name is
 * the owner's; the strings stay @contact's and @my_first_name's. */
void        og_reply_context_for      (OgReplyContext       *context,
                                       const OgContactAudit *contact,
                                       const char           *my_first_name,
                                       gint64                now);

/* The first word of the owner's name (@dataset's Profile.csv, or the owner's
 * name in the messages), or NULL: for {my_first_name}. */
char       *og_reply_owner_first_name (OgDataset            *dataset);

G_END_DECLS
