/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-contact-page.c — one contact, their flags in sentences, and the timeline. */
#define G_LOG_DOMAIN "og-contact-page"

#include "config.h"

#include <glib/gi18n.h>

#include "og-accessible.h"
#include "og-contact-page.h"
#include "og-report.h"
#include "og-url.h"

struct _OgContactPage
{
  GtkWidget      parent_instance;

  GtkWidget     *root;
  GtkWidget     *back_button;
  GtkLabel      *title_label;
  GtkLabel      *removed_label;
  GtkButton     *keep_button;
  GtkButton     *queue_button;
  GtkButton     *reinvite_button;
  AdwActionRow  *work_row;
  AdwActionRow  *connected_row;
  AdwActionRow  *rate_row;
  AdwActionRow  *profile_row;
  GtkListBox    *reasons;
  GtkListBox    *timeline;

  OgContact     *contact;
};

G_DEFINE_FINAL_TYPE (OgContactPage, og_contact_page, GTK_TYPE_WIDGET)

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static const char *
person_key (OgContactPage *self)
{
  return og_contact_get_person (self->contact)->key;
}

/* ---- buttons: each asks the window, which owns the workspace -------------------------- */

static void
back_clicked_cb (OgContactPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "contacts.back", NULL);
}

static void
keep_clicked_cb (OgContactPage *self)
{
  if (self->contact != NULL && person_key (self) != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.decide", "(ss)", person_key (self), "keep");
}

static void
queue_clicked_cb (OgContactPage *self)
{
  if (self->contact != NULL && person_key (self) != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.decide", "(ss)", person_key (self), "queued");
}

static void
reinvite_clicked_cb (OgContactPage *self)
{
  if (self->contact != NULL && person_key (self) != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.decide", "(ss)", person_key (self), "reinvite");
}

static void
draft_clicked_cb (OgContactPage *self)
{
  if (self->contact != NULL && person_key (self) != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.draft-reply", "s", person_key (self));
}

void
og_contact_page_set_decision (OgContactPage *self,
                              OgDecision     decision,
                              gint64         removed_at)
{
  gboolean removed = decision == OG_DECISION_REMOVED;
  GtkWidget *pressed = NULL;

  g_return_if_fail (OG_IS_CONTACT_PAGE (self));

  if (gtk_widget_is_focus (GTK_WIDGET (self->queue_button)))
    pressed = GTK_WIDGET (self->queue_button);
  else if (gtk_widget_is_focus (GTK_WIDGET (self->keep_button)))
    pressed = GTK_WIDGET (self->keep_button);
  else if (gtk_widget_is_focus (GTK_WIDGET (self->reinvite_button)))
    pressed = GTK_WIDGET (self->reinvite_button);

  /* The log: when they were removed, even after a re-invite. */
  if (removed_at != OG_TIME_UNKNOWN)
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_utc (removed_at);
      g_autofree char *day = g_date_time_format (when, "%Y-%m-%d %H:%M UTC");
      /* Translators: %s is a date and time */
      g_autofree char *text = g_strdup_printf (_("Removed on %s"), day);

      gtk_label_set_text (self->removed_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->removed_label), removed_at != OG_TIME_UNKNOWN);

  /* What can still be done: a removed person can be invited again, not queued. */
  gtk_widget_set_visible (GTK_WIDGET (self->reinvite_button), removed);
  gtk_widget_set_visible (GTK_WIDGET (self->queue_button), !removed && decision != OG_DECISION_REINVITE);
  gtk_button_set_label (self->queue_button, decision == OG_DECISION_QUEUED ? _("Queued") : _("_Queue for Removal"));
  og_accessible_name_button (self->queue_button);
  gtk_widget_set_sensitive (GTK_WIDGET (self->queue_button), decision != OG_DECISION_QUEUED);
  gtk_button_set_label (self->keep_button, decision == OG_DECISION_KEEP ? _("Kept") : _("_Keep"));
  og_accessible_name_button (self->keep_button);
  gtk_widget_set_sensitive (GTK_WIDGET (self->keep_button), decision != OG_DECISION_KEEP);

  /* The button just pressed may now be insensitive or hidden, which leaves the
   * keyboard focus nowhere: it goes to the first button of the page instead. */
  if (pressed != NULL && !gtk_widget_is_focus (pressed))
    gtk_widget_grab_focus (self->back_button);
}

static void
profile_activated_cb (OgContactPage *self)
{
  const char *url = self->contact != NULL ? og_contact_get_person (self->contact)->profile_url : NULL;

  /* Only LinkedIn over https is ever opened. */
  if (og_url_is_openable (url))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-url", "s", url);
}

static void
correct_clicked_cb (GtkButton     *button,
                    OgContactPage *self)
{
  OgMessage *message = g_object_get_data (G_OBJECT (button), "message");
  const char *label = g_object_get_data (G_OBJECT (button), "label");

  if (self->contact != NULL && message != NULL && message->content != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.correct", "(sss)",
                                person_key (self) != NULL ? person_key (self) : "", message->content, label);
}

static void
open_thread_clicked_cb (GtkButton     *button,
                        OgContactPage *self)
{
  OgMessage *message = g_object_get_data (G_OBJECT (button), "message");
  g_autofree char *url = message->conversation != NULL ? og_url_thread (message->conversation->id) : NULL;

  if (og_url_is_openable (url))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-url", "s", url);
}

/* ---- the timeline ------------------------------------------------------------------------ */

static const char *
label_name (OgLabel label)
{
  switch (label)
    {
    case OG_LABEL_PITCH:
      return _("Pitch");
    case OG_LABEL_RECRUITING:
      return _("Recruiting");
    case OG_LABEL_UNSURE:
      return _("Unsure");
    case OG_LABEL_OTHER:
    default:
      return _("Other");
    }
}

/* The phrases that weighed toward a pitch, as highlights on the plain text:
 * attributes, never markup, so nothing in a message is ever interpreted. */
static PangoAttrList *
highlights (OgClassifier *classifier,
            OgMessage    *message,
            const char   *contact_key)
{
  g_autoptr(OgClassification) result = NULL;
  PangoAttrList *attributes = pango_attr_list_new ();
  gsize length = strlen (message->content);

  result = og_classifier_classify_for (classifier, message->content, contact_key);
  if (result->best != OG_LABEL_PITCH)
    return attributes;

  for (guint i = 0; i < result->evidence->len; i++)
    {
      OgEvidence *item = g_ptr_array_index (result->evidence, i);
      PangoAttribute *background;
      PangoAttribute *weight;

      if (item->weight <= 0 || item->end <= item->start || item->end > length)
        continue;
      background = pango_attr_background_new (0xf6f6, 0xd3d3, 0x2d2d);
      background->start_index = (guint)item->start;
      background->end_index = (guint)item->end;
      pango_attr_list_insert (attributes, background);
      /* Dark text on the highlight reads in the dark style too. */
      {
        PangoAttribute *foreground = pango_attr_foreground_new (0x1e1e, 0x1e1e, 0x1e1e);

        foreground->start_index = (guint)item->start;
        foreground->end_index = (guint)item->end;
        pango_attr_list_insert (attributes, foreground);
      }
      weight = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
      weight->start_index = (guint)item->start;
      weight->end_index = (guint)item->end;
      pango_attr_list_insert (attributes, weight);
    }
  return attributes;
}

static GtkWidget *
message_row (OgContactPage *self,
             OgAudit       *audit,
             OgClassifier  *classifier,
             OgMessage     *message)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *who = gtk_label_new (NULL);
  GtkWidget *when = gtk_label_new (NULL);
  GtkWidget *body = gtk_label_new (NULL);
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *date = NULL;
  gboolean inbound = !message->from_owner;

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);

  gtk_label_set_text (GTK_LABEL (who), message->from_owner ? _("You") : message->sender_name);
  gtk_widget_add_css_class (who, "heading");
  gtk_box_append (GTK_BOX (header), who);

  if (message->sent_at != OG_TIME_UNKNOWN)
    {
      time = g_date_time_new_from_unix_utc (message->sent_at);
      date = g_date_time_format (time, message->precision == OG_DATE_PRECISION_DAY ? "%Y-%m-%d" : "%Y-%m-%d %H:%M UTC");
      gtk_label_set_text (GTK_LABEL (when), date);
    }
  gtk_widget_add_css_class (when, "dim-label");
  gtk_widget_add_css_class (when, "numeric");
  gtk_widget_set_hexpand (when, TRUE);
  gtk_label_set_xalign (GTK_LABEL (when), 0.0);
  gtk_box_append (GTK_BOX (header), when);

  if (inbound && audit != NULL)
    {
      OgLabel label = og_audit_get_label (audit, message);
      g_autofree char *text = NULL;
      GtkWidget *chip;

      if (og_audit_is_followup_pitch (audit, message))
        /* Translators: a label on a message that bumps an earlier pitch */
        text = g_strdup (_("Pitch (follow-up)"));
      else
        text = g_strdup_printf ("%s · %.0f %%", label_name (label), og_audit_get_score (audit, message) * 100.0);
      chip = gtk_label_new (text);
      gtk_widget_add_css_class (chip, "caption");
      gtk_widget_add_css_class (chip, label == OG_LABEL_PITCH ? "warning" : "dim-label");
      gtk_box_append (GTK_BOX (header), chip);
    }
  else if (!inbound && audit != NULL && og_audit_is_opt_out (audit, message))
    {
      GtkWidget *chip = gtk_label_new (_("Asked them to stop"));

      gtk_widget_add_css_class (chip, "caption");
      gtk_widget_add_css_class (chip, "accent");
      gtk_box_append (GTK_BOX (header), chip);
    }
  gtk_box_append (GTK_BOX (box), header);

  /* Plain text: whatever the message holds is shown, never interpreted. */
  gtk_label_set_text (GTK_LABEL (body), message->content != NULL ? message->content : "");
  gtk_label_set_wrap (GTK_LABEL (body), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (body), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (body), 0.0);
  gtk_label_set_selectable (GTK_LABEL (body), TRUE);
  if (inbound && classifier != NULL && message->content != NULL)
    {
      PangoAttrList *attributes = highlights (classifier, message, person_key (self));

      gtk_label_set_attributes (GTK_LABEL (body), attributes);
      pango_attr_list_unref (attributes);
    }
  gtk_box_append (GTK_BOX (box), body);

  if (inbound && message->content != NULL)
    {
      GtkWidget *actions = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      OgLabel label = audit != NULL ? og_audit_get_label (audit, message) : OG_LABEL_OTHER;
      GtkWidget *correct = gtk_button_new_with_mnemonic (label == OG_LABEL_PITCH ? _("_Not a Pitch") : _("_Is a Pitch"));
      GtkWidget *thread = gtk_button_new_with_mnemonic (_("Open _Conversation"));

      /* Where the keyboard goes back to when a correction rebuilds the page. */
      g_object_set_data (G_OBJECT (row), "correct-button", correct);
      g_object_set_data (G_OBJECT (correct), "message", message);
      g_object_set_data (G_OBJECT (correct), "label", (gpointer)(label == OG_LABEL_PITCH ? "other" : "pitch"));
      g_signal_connect (correct, "clicked", G_CALLBACK (correct_clicked_cb), self);
      g_object_set_data (G_OBJECT (thread), "message", message);
      g_signal_connect (thread, "clicked", G_CALLBACK (open_thread_clicked_cb), self);
      gtk_widget_set_sensitive (thread, message->conversation != NULL &&
                                        !g_str_has_prefix (message->conversation->id, "legacy:"));
      og_accessible_name_button (GTK_BUTTON (correct));
      og_accessible_name_button (GTK_BUTTON (thread));
      gtk_widget_add_css_class (correct, "flat");
      gtk_widget_add_css_class (thread, "flat");
      gtk_widget_set_halign (actions, GTK_ALIGN_END);
      gtk_box_append (GTK_BOX (actions), correct);
      gtk_box_append (GTK_BOX (actions), thread);
      gtk_box_append (GTK_BOX (box), actions);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  {
    /* Tab stops on the row: a screen reader says whose message it is, when,
     * and the flag on it, not an empty list item. */
    g_autofree char *name = message->from_owner
                            ? g_strdup_printf (_("Your message, %s"), date != NULL ? date : _("date unknown"))
                            : g_strdup_printf (_("Message from %s, %s"), message->sender_name,
                                               date != NULL ? date : _("date unknown"));
    GtkWidget *chip = gtk_widget_get_last_child (header);
    g_autofree char *full = chip != when && GTK_IS_LABEL (chip)
                            ? g_strdup_printf ("%s, %s", name, gtk_label_get_text (GTK_LABEL (chip)))
                            : g_strdup (name);

    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, full, -1);
  }
  return row;
}

static int
compare_by_time (gconstpointer a,
                 gconstpointer b)
{
  const OgMessage *x = *(OgMessage * const *)a;
  const OgMessage *y = *(OgMessage * const *)b;

  return x->sent_at < y->sent_at ? -1 : x->sent_at > y->sent_at;
}

static void
fill_timeline (OgContactPage *self,
               OgClassifier  *classifier)
{
  OgPerson *person = og_contact_get_person (self->contact);
  OgAudit *audit = og_contact_get_audit (self->contact);
  g_autoptr(GPtrArray) messages = g_ptr_array_new ();

  clear_list (self->timeline);
  if (person->note_message != NULL)
    g_ptr_array_add (messages, person->note_message);
  for (guint c = 0; person->conversations != NULL && c < person->conversations->len; c++)
    {
      OgConversation *conversation = g_ptr_array_index (person->conversations, c);

      for (guint m = 0; m < conversation->messages->len; m++)
        {
          OgMessage *message = g_ptr_array_index (conversation->messages, m);

          if (!message->is_draft && message != person->note_message)
            g_ptr_array_add (messages, message);
        }
    }
  g_ptr_array_sort (messages, compare_by_time);

  for (guint i = 0; i < messages->len; i++)
    gtk_list_box_append (self->timeline, message_row (self, audit, classifier, g_ptr_array_index (messages, i)));

  if (messages->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No messages with this person"));
      gtk_list_box_append (self->timeline, row);
    }
}

/* The index of the message row holding the keyboard focus, or -1. */
static int
focused_message_row (OgContactPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = NULL;

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->timeline)))
    row = gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW);
  return row != NULL ? gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) : -1;
}

static void
fill_reasons (OgContactPage *self)
{
  const OgContactAudit *figures = og_contact_get_figures (self->contact);
  OgAudit *audit = og_contact_get_audit (self->contact);
  g_autoptr(GPtrArray) sentences = NULL;

  clear_list (self->reasons);
  if (figures != NULL && audit != NULL)
    sentences = og_report_explain_contact (audit, figures);

  for (guint i = 0; sentences != NULL && i < sentences->len; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), g_ptr_array_index (sentences, i));
      gtk_list_box_append (self->reasons, row);
    }

  if (sentences == NULL || sentences->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     figures != NULL && figures->kept ? _("You chose to keep this person: nothing is flagged")
                                                                      : _("Nothing is flagged"));
      gtk_list_box_append (self->reasons, row);
    }
}

void
og_contact_page_set_contact (OgContactPage *self,
                             OgContact     *contact,
                             OgClassifier  *classifier)
{
  const OgContactAudit *figures;
  OgPerson *person;
  g_autofree char *rate = NULL;
  int focused;

  g_return_if_fail (OG_IS_CONTACT_PAGE (self));
  g_return_if_fail (OG_IS_CONTACT (contact));

  g_set_object (&self->contact, contact);
  person = og_contact_get_person (contact);
  figures = og_contact_get_figures (contact);

  gtk_label_set_text (self->title_label, og_contact_get_name (contact));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->work_row),
                                 person->position != NULL && person->position[0] != '\0' ? person->position : _("Position unknown"));
  adw_action_row_set_subtitle (self->work_row, og_contact_get_company (contact));
  adw_action_row_set_subtitle (self->connected_row, og_contact_get_acceptance (contact));

  if (figures != NULL && figures->has_rate)
    /* Translators: a pitch rate and its 90% credible interval, such as "40 % (90% interval 12 – 75 %)" */
    rate = g_strdup_printf (_("%.0f %% of their messages (90%% interval %.0f – %.0f %%)"),
                            figures->rate_estimate * 100.0, figures->rate_low * 100.0, figures->rate_high * 100.0);
  adw_action_row_set_subtitle (self->rate_row, rate != NULL ? rate : _("They never wrote to you"));
  gtk_widget_set_visible (GTK_WIDGET (self->profile_row), og_url_is_openable (person->profile_url));

  fill_reasons (self);
  focused = focused_message_row (self);
  fill_timeline (self, classifier);

  /* A correction audits again and rebuilds the conversation under the
   * keyboard: the focus goes to the same message's button, not nowhere. */
  if (focused >= 0)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->timeline, focused);
      GtkWidget *button = row != NULL ? g_object_get_data (G_OBJECT (row), "correct-button") : NULL;

      gtk_widget_grab_focus (button != NULL ? button : row != NULL ? GTK_WIDGET (row) : self->back_button);
    }
}

OgContact *
og_contact_page_get_contact (OgContactPage *self)
{
  g_return_val_if_fail (OG_IS_CONTACT_PAGE (self), NULL);
  return self->contact;
}

static void
og_contact_page_dispose (GObject *object)
{
  OgContactPage *self = OG_CONTACT_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OG_TYPE_CONTACT_PAGE);
  g_clear_object (&self->contact);

  G_OBJECT_CLASS (og_contact_page_parent_class)->dispose (object);
}

static void
og_contact_page_class_init (OgContactPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = og_contact_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/OutreachGuard/og-contact-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OgContactPage, root);
  gtk_widget_class_bind_template_child (widget_class, OgContactPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, OgContactPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, OgContactPage, removed_label);
  gtk_widget_class_bind_template_child (widget_class, OgContactPage, keep_button);
  gtk_widget_class_bind_template_child (widget_class, OgContactPage, queue_button);
  gtk_widget_class_bind_template_child (widget_class, OgContactPage, reinvite_button);
  gtk_widget_class_bind_template_callback (widget_class, reinvite_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, draft_clicked_cb);
  gtk_widget_class_bind_template_child (widget_class, OgContactPage, work_row);
  gtk_widget_class_bind_template_child (widget_class, OgContactPage, connected_row);
  gtk_widget_class_bind_template_child (widget_class, OgContactPage, rate_row);
  gtk_widget_class_bind_template_child (widget_class, OgContactPage, profile_row);
  gtk_widget_class_bind_template_child (widget_class, OgContactPage, reasons);
  gtk_widget_class_bind_template_child (widget_class, OgContactPage, timeline);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, keep_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, queue_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, profile_activated_cb);
}

static void
og_contact_page_init (OgContactPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  og_accessible_name_buttons (GTK_WIDGET (self));
}

GtkWidget *
og_contact_page_new (void)
{
  return g_object_new (OG_TYPE_CONTACT_PAGE, NULL);
}
