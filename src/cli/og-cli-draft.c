/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-cli-draft.c — `outreach-guard draft`: the reply templates, and one
 * filled for a contact. It prints; it never sends. */
#define G_LOG_DOMAIN "og-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "og-cli-private.h"
#include "og-reply-choice.h"
#include "og-url.h"

/* The person's own templates, when a workspace exists; none otherwise. A
 * missing workspace is not an error: the built-ins still work. */
static GPtrArray *
own_templates (GError **error)
{
  g_autofree char *path = og_workspace_default_path ();
  g_autoptr(OgWorkspace) workspace = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return g_ptr_array_new_with_free_func ((GDestroyNotify)og_reply_template_free);
  workspace = og_workspace_open (path, error);
  if (workspace == NULL)
    return NULL;
  return og_workspace_list_templates (workspace, error);
}

/* One line of `draft --list`: tabs and line breaks in a title the person
 * wrote would break the columns. */
static char *
one_field (const char *text)
{
  char *field = g_strdup (text != NULL ? text : "");

  g_strdelimit (field, "\t\r\n", ' ');
  return field;
}

/* The reply as it may go to a terminal: a name or a company in an export
 * can hold escape sequences that would retitle the window or rewrite the
 * screen. The template's line breaks and tabs stay; other control
 * characters go. */
static char *
printable (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_iscntrl (c) || c == '\n' || c == '\t')
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static int
list_templates (GPtrArray *templates)
{
  for (guint i = 0; i < templates->len; i++)
    {
      OgReplyTemplate *template = g_ptr_array_index (templates, i);
      g_autofree char *title = one_field (template->title);
      g_autofree char *description = one_field (template->description);

      printf ("%s\t%s\t%s\n", template->id, title, description);
    }
  return fflush (stdout) == 0 ? 0 : 1;
}

int
og_cli_command_draft (int    argc,
                      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) own = NULL;
  g_autoptr(GPtrArray) templates = NULL;
  g_autoptr(OgAudit) audit = NULL;
  g_autofree char *contact_url = NULL;
  g_autofree char *key = NULL;
  g_autofree char *my_first_name = NULL;
  g_autofree char *text = NULL;
  g_autofree char *printed = NULL;
  g_auto(GStrv) rest = NULL;
  gboolean list = FALSE;
  const OgReplyTemplate *template;
  const OgContactAudit *contact;
  OgReplyContext reply_context;
  const GOptionEntry entries[] = {
    { "list", 0, 0, G_OPTION_ARG_NONE, &list, N_("Print the templates, one per line: ID, title, description"), NULL },
    { "contact", 0, 0, G_OPTION_ARG_STRING, &contact_url, N_("The connection's LinkedIn profile URL"), "URL" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &rest, NULL, N_("TEMPLATE [SOURCE…]") },
    { NULL }
  };

  context = g_option_context_new (_("TEMPLATE --contact=URL [SOURCE…] — print a reply filled for a connection"));
  g_option_context_set_summary (context, _("The reply is printed, never sent: copy it and send it yourself."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("outreach-guard draft: %s\n", error->message);
      return 2;
    }

  own = own_templates (&error);
  if (own == NULL)
    {
      g_printerr ("outreach-guard draft: %s\n", error->message);
      return 1;
    }
  templates = og_reply_list_templates (own);

  if (list)
    {
      if (rest != NULL || contact_url != NULL)
        {
          g_printerr (_("outreach-guard draft: --list takes no template, contact or source\n"));
          return 2;
        }
      return list_templates (templates);
    }

  if (rest == NULL || rest[0] == NULL || contact_url == NULL)
    {
      g_printerr (_("outreach-guard draft: give a template and --contact=PROFILE_URL, or --list\n"));
      return 2;
    }

  template = og_reply_find_template (templates, rest[0]);
  if (template == NULL)
    {
      g_printerr (_("outreach-guard draft: there is no template “%s”; outreach-guard draft --list shows them\n"), rest[0]);
      return 1;
    }
  key = og_url_normalize_profile (contact_url);
  if (key == NULL)
    {
      g_printerr (_("outreach-guard draft: “%s” is not a LinkedIn profile URL\n"), contact_url);
      return 1;
    }

  audit = og_cli_audit ("draft", (const char * const *)rest + 1, -1, NULL);
  if (audit == NULL)
    return 1;
  contact = og_audit_lookup_contact_by_key (audit, key);
  if (contact == NULL)
    {
      g_printerr (_("outreach-guard draft: %s is not among the connections\n"), contact_url);
      return 1;
    }

  my_first_name = og_reply_owner_first_name (og_audit_get_dataset (audit));
  og_reply_context_for (&reply_context, contact, my_first_name, g_get_real_time () / G_USEC_PER_SEC);
  text = og_reply_render (template->body, &reply_context, &error);
  if (text == NULL)
    {
      g_printerr ("outreach-guard draft: %s\n", error->message);
      return 1;
    }

  printed = printable (text);
  fputs (printed, stdout);
  if (!g_str_has_suffix (printed, "\n"))
    fputc ('\n', stdout);
  return fflush (stdout) == 0 ? 0 : 1;
}
