/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-reply.c — reply templates: checking and filling placeholders.
 *
 * One scanner does both, so what the check accepts is exactly what the
 * renderer fills: a template that passed when it was saved can never leave a
 * blank or a stray brace in a message. */
#define G_LOG_DOMAIN "og-reply"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "og-date.h"
#include "og-reply.h"

G_DEFINE_QUARK (og-reply-error-quark, og_reply_error)

static const char * const placeholders[] = {
  "first_name", "last_name", "company", "position", "my_first_name",
  "days_since_connected", "minutes_to_pitch", "followup_count", "first_pitch_date",
  NULL,
};

const char * const *
og_reply_placeholders (void)
{
  return placeholders;
}

static gboolean
is_placeholder (const char *name,
                gsize       length)
{
  for (guint i = 0; placeholders[i] != NULL; i++)
    if (strlen (placeholders[i]) == length && strncmp (placeholders[i], name, length) == 0)
      return TRUE;
  return FALSE;
}

static const char *
or_fallback (const char *value,
             const char *fallback)
{
  return value != NULL && value[0] != '\0' ? value : fallback;
}

/* The text for one placeholder; unknown values read naturally in a sentence. */
static char *
fill (const char           *name,
      const OgReplyContext *context)
{
  if (g_str_equal (name, "first_name"))
    /* Translators: stands for an unknown first name, as in "Hi there," */
    return g_strdup (or_fallback (context->first_name, _("there")));
  if (g_str_equal (name, "last_name"))
    return g_strdup (or_fallback (context->last_name, ""));
  if (g_str_equal (name, "company"))
    /* Translators: stands for an unknown company name */
    return g_strdup (or_fallback (context->company, _("your company")));
  if (g_str_equal (name, "position"))
    /* Translators: stands for an unknown job title */
    return g_strdup (or_fallback (context->position, _("your role")));
  if (g_str_equal (name, "my_first_name"))
    return g_strdup (or_fallback (context->my_first_name, ""));
  if (g_str_equal (name, "days_since_connected"))
    return context->days_since_connected >= 0 ? g_strdup_printf ("%d", context->days_since_connected)
           /* Translators: stands for an unknown number, as in "we connected some days ago" */
           : g_strdup (_("some"));
  if (g_str_equal (name, "minutes_to_pitch"))
    return context->minutes_to_pitch >= 0 ? g_strdup_printf ("%.0f", floor (context->minutes_to_pitch))
           /* Translators: stands for an unknown number of minutes */
           : g_strdup (_("a few"));
  if (g_str_equal (name, "followup_count"))
    return context->followup_count >= 0 ? g_strdup_printf ("%d", context->followup_count)
           /* Translators: stands for an unknown number of follow-up messages */
           : g_strdup (_("several"));
  if (g_str_equal (name, "first_pitch_date"))
    {
      g_autoptr(GDateTime) when = NULL;

      if (context->first_pitch_at == OG_TIME_UNKNOWN ||
          (when = g_date_time_new_from_unix_utc (context->first_pitch_at)) == NULL)
        /* Translators: stands for an unknown date, as in "since your message of earlier" */
        return g_strdup (_("earlier"));
      return g_date_time_format (when, "%Y-%m-%d");
    }
  g_assert_not_reached ();
}

/* Where @p is in @body, in characters from 1: counted only for an error. */
static glong
column (const char *body,
        const char *p)
{
  return g_utf8_pointer_to_offset (body, p) + 1;
}

/* Checks @body and, with @out, fills it. */
static gboolean
scan (const char           *body,
      const OgReplyContext *context,
      GString              *out,
      GError              **error)
{
  const char *p = body;

  while (*p != '\0')
    {
      if (p[0] == '{' && p[1] == '{')
        {
          if (out != NULL)
            g_string_append_c (out, '{');
          p += 2;
        }
      else if (p[0] == '}' && p[1] == '}')
        {
          if (out != NULL)
            g_string_append_c (out, '}');
          p += 2;
        }
      else if (*p == '{')
        {
          const char *end = strchr (p + 1, '}');
          const char *next_open = strchr (p + 1, '{');
          g_autofree char *name = NULL;

          if (end == NULL || (next_open != NULL && next_open < end))
            {
              g_set_error (error, OG_REPLY_ERROR, OG_REPLY_ERROR_SYNTAX,
                           /* Translators: %ld is a position in the template, counted in characters */
                           _("The “{” at character %ld is never closed; write “{{” for a brace"), column (body, p));
              return FALSE;
            }
          name = g_strndup (p + 1, end - p - 1);
          if (!is_placeholder (name, strlen (name)))
            {
              g_autofree char *known = g_strjoinv ("}, {", (char **)placeholders);

              g_set_error (error, OG_REPLY_ERROR, OG_REPLY_ERROR_UNKNOWN_PLACEHOLDER,
                           /* Translators: the first %s is what the template wrote, %ld its position,
                            * the last %s the list of placeholders that exist */
                           _("Unknown placeholder “{%s}” at character %ld; the known ones are {%s}"),
                           name, column (body, p), known);
              return FALSE;
            }
          if (out != NULL)
            {
              g_autofree char *value = fill (name, context);

              g_string_append (out, value);
            }
          p = end + 1;
        }
      else if (*p == '}')
        {
          g_set_error (error, OG_REPLY_ERROR, OG_REPLY_ERROR_SYNTAX,
                       /* Translators: %ld is a position in the template, counted in characters */
                       _("The “}” at character %ld closes nothing; write “}}” for a brace"), column (body, p));
          return FALSE;
        }
      else
        {
          const char *next = g_utf8_next_char (p);

          if (out != NULL)
            g_string_append_len (out, p, next - p);
          p = next;
        }
    }
  return TRUE;
}

gboolean
og_reply_check (const char  *body,
                GError     **error)
{
  g_return_val_if_fail (body != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_utf8_validate (body, -1, NULL))
    {
      g_set_error_literal (error, OG_REPLY_ERROR, OG_REPLY_ERROR_SYNTAX, _("The template is not valid UTF-8 text"));
      return FALSE;
    }
  return scan (body, NULL, NULL, error);
}

char *
og_reply_render (const char            *body,
                 const OgReplyContext  *context,
                 GError               **error)
{
  g_autoptr(GString) out = NULL;

  g_return_val_if_fail (body != NULL, NULL);
  g_return_val_if_fail (context != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!og_reply_check (body, error))
    return NULL;
  out = g_string_sized_new (strlen (body) + 64);
  if (!scan (body, context, out, error))
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ---- built-in replies ------------------------------------------------------------- */

static const OgReplyBuiltin builtins[] = {
  { "polite-removal",
    N_("Polite Removal Request"),
    N_("Thank them and ask to be taken off their list"),
    N_("Hi {first_name},\n\nThanks for getting in touch. This isn't something I'm looking for, so please take "
       "me off your outreach list and don't follow up on it.\n\nAll the best with {company},\n{my_first_name}"),
    TRUE },
  { "firm-stop",
    N_("Firm Stop"),
    N_("Say no, once and clearly, after repeated follow-ups"),
    N_("Hi {first_name},\n\nI've now had {followup_count} follow-ups about this. I'm not interested, and I'd "
       "like the messages to stop. Please remove me from any sequence you run.\n\n{my_first_name}"),
    TRUE },
  { "asked-before",
    N_("I Asked You Before"),
    N_("For someone who kept pitching after you asked them to stop"),
    N_("Hi {first_name},\n\nI asked you before to stop sending me offers, and here is another one. Please "
       "remove me from your list now; if this continues I'll remove the connection.\n\n{my_first_name}"),
    TRUE },
  { "off-topic-ask",
    N_("Canned Off-Topic Reply"),
    N_("Answer an unsolicited pitch with an unsolicited ask of your own"),
    N_("Hi {first_name},\n\nThanks for your message! Before we go on: would {company} be interested in "
       "sponsoring our local youth football team? Kits for a season start at a very reasonable price, and "
       "your logo would look great on the shirts.\n\nLooking forward to hearing from you,\n{my_first_name}") },
  { "work-first",
    N_("Tell Me About Your Work First"),
    N_("Invite a real conversation instead of a sales call"),
    N_("Hi {first_name},\n\nThanks for connecting. I'm not taking sales calls, but I'm happy to hear what "
       "you work on as {position} at {company} and what you're finding hard at the moment. If there's "
       "common ground, we'll both notice.\n\n{my_first_name}") },
  { "recruiting-decline",
    N_("Recruiting Decline"),
    N_("Turn down a job approach and keep the door open"),
    N_("Hi {first_name},\n\nThank you for thinking of me. I'm happy where I am and not looking for a new "
       "role right now, so I'll pass on this one. If that changes, I'll reach out.\n\nBest regards,\n"
       "{my_first_name}") },
  { NULL, NULL, NULL, NULL, FALSE },
};

const OgReplyBuiltin *
og_reply_builtins (void)
{
  return builtins;
}

const OgReplyBuiltin *
og_reply_builtin_lookup (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (const OgReplyBuiltin *builtin = builtins; builtin->id != NULL; builtin++)
    if (g_str_equal (builtin->id, id))
      return builtin;
  return NULL;
}

/* ---- templates to choose from ------------------------------------------------------ */

OgReplyTemplate *
og_reply_template_new (const char *id,
                       const char *title,
                       const char *description,
                       const char *body)
{
  OgReplyTemplate *self = g_new0 (OgReplyTemplate, 1);

  g_return_val_if_fail (id != NULL && body != NULL, NULL);

  self->id = g_strdup (id);
  self->title = g_strdup (title != NULL && title[0] != '\0' ? title : id);
  self->description = g_strdup (description != NULL ? description : "");
  self->body = g_strdup (body);
  return self;
}

OgReplyTemplate *
og_reply_template_new_builtin (const OgReplyBuiltin *builtin)
{
  OgReplyTemplate *self;

  g_return_val_if_fail (builtin != NULL && builtin->id != NULL, NULL);

  self = og_reply_template_new (builtin->id, _(builtin->title), _(builtin->description), _(builtin->body));
  self->builtin = TRUE;
  self->asks_to_stop = builtin->asks_to_stop;
  return self;
}

OgReplyTemplate *
og_reply_template_copy (const OgReplyTemplate *self)
{
  OgReplyTemplate *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = og_reply_template_new (self->id, self->title, self->description, self->body);
  copy->builtin = self->builtin;
  copy->asks_to_stop = self->asks_to_stop;
  return copy;
}

void
og_reply_template_free (OgReplyTemplate *self)
{
  if (self == NULL)
    return;
  g_free (self->id);
  g_free (self->title);
  g_free (self->description);
  g_free (self->body);
  g_free (self);
}

GPtrArray *
og_reply_list_templates (GPtrArray *own)
{
  GPtrArray *templates = g_ptr_array_new_with_free_func ((GDestroyNotify)og_reply_template_free);

  for (const OgReplyBuiltin *builtin = builtins; builtin->id != NULL; builtin++)
    g_ptr_array_add (templates, og_reply_template_new_builtin (builtin));
  for (guint i = 0; own != NULL && i < own->len; i++)
    g_ptr_array_add (templates, og_reply_template_copy (g_ptr_array_index (own, i)));
  return templates;
}

OgReplyTemplate *
og_reply_find_template (GPtrArray  *templates,
                        const char *id)
{
  g_return_val_if_fail (templates != NULL, NULL);

  for (guint i = 0; id != NULL && i < templates->len; i++)
    {
      OgReplyTemplate *template = g_ptr_array_index (templates, i);

      if (g_str_equal (template->id, id))
        return template;
    }
  return NULL;
}
