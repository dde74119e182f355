/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-reply-choice.c — suggesting a reply and filling its context. */
#define G_LOG_DOMAIN "og-reply"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "og-reply-choice.h"

const char *
og_reply_suggest (const OgContactAudit  *contact,
                  const char           **reason)
{
  const char *id;
  const char *why;

  g_return_val_if_fail (contact != NULL, NULL);

  /* From the worst pattern down: once someone ignored a request to stop,
   * a first-pitch reply would pretend it never happened. */
  if (contact->ignored_opt_out)
    {
      id = "asked-before";
      why = _("They pitched again after you asked them to stop");
    }
  else if (contact->unanswered_followups >= OG_AUDIT_PERSISTENT_FOLLOWUPS)
    {
      id = "firm-stop";
      why = _("They kept following up without an answer");
    }
  else if (contact->recruiting > 0 && contact->pitches == 0)
    {
      id = "recruiting-decline";
      why = _("They approached you about a job");
    }
  else if (contact->pitch_first)
    {
      id = "polite-removal";
      why = _("Their first message after connecting was a pitch");
    }
  else if (contact->pitches > 0)
    {
      id = "work-first";
      why = _("They pitched after some time in your network");
    }
  else
    {
      id = "work-first";
      why = _("They have not pitched you");
    }

  if (reason != NULL)
    *reason = why;
  return id;
}

void
og_reply_context_for (OgReplyContext       *context,
                      const OgContactAudit *contact,
                      const char           *my_first_name,
                      gint64                now)
{
  const OgPerson *person;

  g_return_if_fail (context != NULL);
  g_return_if_fail (contact != NULL && contact->person != NULL);

  person = contact->person;
  *context = (OgReplyContext) {
    .first_name = person->first_name,
    .last_name = person->last_name,
    .company = person->company,
    .position = person->position,
    .my_first_name = my_first_name,
    .days_since_connected = -1,
    .minutes_to_pitch = -1,
    .followup_count = (gint)contact->unanswered_followups,
    .first_pitch_at = OG_TIME_UNKNOWN,
  };

  if (person->connected_on != OG_TIME_UNKNOWN && now >= person->connected_on)
    context->days_since_connected = (gint)((now - person->connected_on) / (24 * 60 * 60));

  /* Say a number of minutes only when the data pins it down: "12 minutes"
   * from an acceptance known to the day would be made up. */
  if (contact->has_minutes && contact->minutes_max - contact->minutes_min < 1.0)
    context->minutes_to_pitch = contact->minutes_min;

  if (contact->first_pitch != NULL)
    context->first_pitch_at = contact->first_pitch->sent_at;
}

char *
og_reply_owner_first_name (OgDataset *dataset)
{
  const char *name;
  OgPerson *owner;
  g_autofree char *copy = NULL;
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (OG_IS_DATASET (dataset), NULL);

  owner = og_dataset_get_owner (dataset);
  if (owner != NULL && owner->first_name != NULL && owner->first_name[0] != '\0')
    return g_strdup (owner->first_name);

  name = og_dataset_get_profile_name (dataset);
  if (name == NULL && owner != NULL)
    name = owner->name;
  if (name == NULL)
    return NULL;
  copy = g_strstrip (g_strdup (name));
  words = g_strsplit_set (copy, " \t", 2);
  return words[0] != NULL && words[0][0] != '\0' ? g_strdup (words[0]) : NULL;
}
