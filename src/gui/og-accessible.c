/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-accessible.c — accessible names GTK 4.8 gets wrong.
 *
 * GTK 4.8 gives a button whose label has a mnemonic both its raw label and a
 * "labelled by" link to the label inside, and names it after the two
 * ("_Keep Keep"), which a screen reader reads out as such. The label's text
 * without its underline, alone, fixes that. */
#define G_LOG_DOMAIN "og-accessible"

#include "config.h"

#include <string.h>

#include "og-accessible.h"

/* "_Keep" → "Keep", "Save __As" → "Save _As". */
static char *
strip_mnemonic (const char *label)
{
  GString *text = g_string_sized_new (strlen (label));

  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] != '_')
            continue;
          p++;
        }
      g_string_append_c (text, *p);
    }
  return g_string_free (text, FALSE);
}

/* Call again whenever the button's label changes. */
void
og_accessible_name_button (GtkButton *button)
{
  const char *label;
  g_autofree char *text = NULL;

  g_return_if_fail (GTK_IS_BUTTON (button));

  label = gtk_button_get_label (button);
  if (label == NULL || !gtk_button_get_use_underline (button))
    return;
  text = strip_mnemonic (label);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

/* Every labelled button under @root, as a template has just built them. */
void
og_accessible_name_buttons (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_BUTTON (root))
    og_accessible_name_button (GTK_BUTTON (root));
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    og_accessible_name_buttons (child);
}
