/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-accessible.c — accessible names GTK 4.8 gets wrong.
 *
 * GTK 4.8 gives a button whose label has a mnemonic both its raw label and a
 * "labelled by" link to the label inside, and names it after the two
 * ("_Keep Keep"), which a screen reader reads out as such. The label's text
 * without its underline, alone, fixes that.
 *
 * The icon-only buttons and search entries GTK 4.8 and libadwaita 1.2 build
 * themselves, in the shortcuts window, Preferences and toasts, have no name at
 * all, and AT-SPI reads them out as "GtkImage" or "GtkSearchEntry": they are
 * named after what they do. */
#define G_LOG_DOMAIN "og-accessible"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

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

static const struct
{
  const char *icon;
  const char *name;
} icon_names[] = {
  { "window-close-symbolic", N_("Close") },
  { "edit-find-symbolic", N_("Search") },
  { "adw-entry-apply-symbolic", N_("Apply") },
  /* A password row's peek button swaps these as it shows and hides the text. */
  { "view-reveal-symbolic", N_("Show Text") },
  { "view-conceal-symbolic", N_("Hide Text") },
};

static void
name_after_icon (GtkButton *button)
{
  GtkWidget *child = gtk_button_get_child (button);
  const char *icon = gtk_button_get_icon_name (button);

  /* The window controls' buttons hold an image of their own. */
  if (icon == NULL && GTK_IS_IMAGE (child))
    icon = gtk_image_get_icon_name (GTK_IMAGE (child));
  for (guint i = 0; icon != NULL && i < G_N_ELEMENTS (icon_names); i++)
    if (strcmp (icon, icon_names[i].icon) == 0)
      {
        gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        _(icon_names[i].name), -1);
        /* Once per button: named again whenever its icon changes. */
        if (g_object_get_data (G_OBJECT (button), "og-named-after-icon") == NULL)
          {
            g_object_set_data (G_OBJECT (button), "og-named-after-icon", GINT_TO_POINTER (TRUE));
            g_signal_connect (button, "notify::icon-name", G_CALLBACK (name_after_icon), NULL);
          }
        return;
      }
}

static const char *
first_label_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    return gtk_label_get_text (GTK_LABEL (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *text = first_label_text (child);

      if (text != NULL)
        return text;
    }
  return NULL;
}

/* Every control under @root that GTK or libadwaita built: buttons' mnemonics
 * as above, icon-only buttons after the icons they show, search entries. A window's controls are
 * built once it is shown: call it on "map". */
void
og_accessible_name_controls (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_BUTTON (root))
    {
      og_accessible_name_button (GTK_BUTTON (root));
      name_after_icon (GTK_BUTTON (root));
    }
  else if (GTK_IS_SEARCH_ENTRY (root))
    /* GTK 4.8 names a search entry after its type, not its placeholder. */
    gtk_accessible_update_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search"), -1);
  else if (GTK_IS_MENU_BUTTON (root) && gtk_menu_button_get_label (GTK_MENU_BUTTON (root)) == NULL &&
           gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (root)) == NULL)
    {
      /* One built with a label of its own inside, like the shortcuts window's. */
      const char *text = first_label_text (root);

      if (text != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    og_accessible_name_controls (child);
}

/* The toasts shown are the overlay's children beside its own child. */
static void
name_toasts (AdwToastOverlay *overlay)
{
  GtkWidget *content = adw_toast_overlay_get_child (overlay);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (overlay)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (child != content)
      og_accessible_name_controls (child);
}

static gboolean
name_toasts_cb (gpointer data)
{
  g_autoptr(AdwToastOverlay) overlay = g_weak_ref_get (data);

  if (overlay != NULL)
    name_toasts (overlay);
  return G_SOURCE_REMOVE;
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

/* Weakly: a toast dismissed as its window closes must not keep the window's
 * widgets alive. */
static void
toast_dismissed_cb (AdwToastOverlay *overlay)
{
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, overlay);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, name_toasts_cb, ref, weak_ref_free);
}

/* Adds @toast (taking it) to @overlay with its buttons named. The overlay
 * builds a toast's widget when it shows it: at once, or once the toast before
 * it is gone. */
void
og_accessible_add_toast (AdwToastOverlay *overlay,
                         AdwToast        *toast)
{
  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (ADW_IS_TOAST (toast));

  g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), overlay, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (overlay, toast);
  name_toasts (overlay);
}
