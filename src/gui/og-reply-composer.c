/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-reply-composer.c — presents a draft and forwards what the person does
 * with it to the workspace; og-reply fills the text. */
#define G_LOG_DOMAIN "og-composer"

#include "config.h"

#include <glib/gi18n.h>

#include "og-accessible.h"
#include "og-date.h"
#include "og-reply-choice.h"
#include "og-reply-composer.h"
#include "og-url.h"

#define REMIND_AFTER_DAYS 7

struct _OgReplyComposer
{
  AdwWindow             parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkStack             *stack;
  AdwComboRow          *template_row;
  AdwActionRow         *suggestion_row;
  AdwActionRow         *history_row;
  GtkTextView          *draft_view;
  GtkLabel             *status_label;
  AdwEntryRow          *title_row;
  AdwEntryRow          *description_row;
  GtkTextView          *body_view;
  GtkLabel             *placeholders_label;
  GtkLabel             *error_label;
  GtkLabel             *preview_label;

  OgAudit              *audit;
  const OgContactAudit *contact;     /* in audit */
  OgWorkspace          *workspace;
  OgClassifier         *classifier;
  GCancellable         *cancellable; /* reads only: a save always finishes */

  GPtrArray            *templates;   /* OgReplyTemplate*: built-ins, then the person's */
  const char           *suggested_id;
  const char           *suggested_reason;
  char                 *my_first_name;
  OgReplyContext        context;     /* strings borrowed from contact and my_first_name */

  gint64                draft_id;    /* the shown draft in the workspace, or 0 */
  GQueue                saves;       /* SaveJob*, waiting for the one that runs */
  gboolean              saving;
  guint                 saved_generation;
  gint64                saved_id;    /* the draft the last save of saved_generation wrote */
  char                 *draft_template_id;
  char                 *editing_id;  /* the template being edited; NULL for a new one */
  guint                 generation;  /* counts fills: a late save must not claim a newer draft */
  gboolean              edited;      /* the person changed the filled text */
  gboolean              filling;     /* the app, not the person, is changing the text */
  gboolean              rebuilding;  /* the template list is being replaced */
  gboolean              ready;
  gboolean              disposed;
};

G_DEFINE_FINAL_TYPE (OgReplyComposer, og_reply_composer, ADW_TYPE_WINDOW)

enum { SENT, REMINDER_ADDED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* ---- the text ----------------------------------------------------------------------- */

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_draft_text (OgReplyComposer *self,
                const char      *text)
{
  self->filling = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->draft_view), text != NULL ? text : "", -1);
  self->filling = FALSE;
}

static OgReplyTemplate *
selected_template (OgReplyComposer *self)
{
  guint position = adw_combo_row_get_selected (self->template_row);

  if (self->templates == NULL || position == GTK_INVALID_LIST_POSITION || position >= self->templates->len)
    return NULL;
  return g_ptr_array_index (self->templates, position);
}

static void
show_toast (OgReplyComposer *self,
            const char      *title)
{
  og_accessible_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
update_actions (OgReplyComposer *self)
{
  OgReplyTemplate *template = selected_template (self);
  gboolean own = template != NULL && !template->builtin;
  gboolean kept = self->workspace != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "composer.new-template", kept);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "composer.duplicate-template", kept && template != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "composer.edit-template", kept && own);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "composer.delete-template", kept && own);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "composer.mark-sent", kept);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "composer.remind", kept);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "composer.use-suggestion",
                                 template == NULL || g_strcmp0 (template->id, self->suggested_id) != 0);
}

/* The selected template, filled for this contact, replaces the text. */
static void
fill_from_template (OgReplyComposer *self)
{
  OgReplyTemplate *template = selected_template (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (template == NULL)
    return;
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->template_row), template->description);
  text = og_reply_render (template->body, &self->context, &error);
  if (text == NULL)
    {
      /* Only a template saved by an older version could fail its check. */
      gtk_label_set_text (self->status_label, error->message);
      return;
    }
  set_draft_text (self, text);
  self->generation++;
  self->edited = FALSE;
  self->draft_id = 0;
  g_free (self->draft_template_id);
  self->draft_template_id = g_strdup (template->id);
  gtk_label_set_text (self->status_label, "");
}

/* ---- talking to the workspace ------------------------------------------------------------ */

/* One save, and what else to do once the draft is stored. Saves run one
 * after another, so each knows the id the one before it got. */
typedef struct
{
  OgReplyComposer *self;       /* held until the save is done */
  guint     generation;        /* the fill it belongs to */
  gint64    draft_id;
  char     *person_key;
  char     *template_id;
  char     *body;
  gboolean  mark_sent;
  gboolean  asks_to_stop;
  gint64    remind_at;
  char     *reminder_note;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_clear_object (&job->self);
  g_free (job->person_key);
  g_free (job->template_id);
  g_free (job->body);
  g_free (job->reminder_note);
  g_free (job);
}

static gpointer
save_call (OgWorkspace  *workspace,
           gpointer      data,
           GError      **error)
{
  SaveJob *job = data;
  gint64 id = og_workspace_save_draft (workspace, job->draft_id, job->person_key, job->template_id, job->body, error);

  if (id == 0)
    return NULL;
  if (job->mark_sent && !og_workspace_mark_draft_sent (workspace, id, job->asks_to_stop, error))
    return NULL;
  if (job->remind_at > 0 && og_workspace_add_reminder (workspace, job->person_key, job->remind_at,
                                                        job->reminder_note, error) == 0)
    return NULL;
  return g_memdup2 (&id, sizeof id);
}

static void start_next_save (OgReplyComposer *self);

static void
save_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  SaveJob *job = user_data;
  g_autoptr(OgReplyComposer) self = g_object_ref (job->self);
  g_autoptr(GError) error = NULL;
  g_autofree gint64 *id = og_workspace_run_finish (OG_WORKSPACE (source), result, &error);

  self->saving = FALSE;
  if (id != NULL)
    {
      self->saved_generation = job->generation;
      self->saved_id = *id;
    }

  if (!self->disposed && id == NULL)
    {
      g_warning ("A draft could not be saved: %s", error->message);
      show_toast (self, _("The draft could not be saved"));
    }
  else if (!self->disposed)
    {
      if (job->generation == self->generation)
        self->draft_id = *id;
      if (job->mark_sent)
        {
          g_autofree char *day = og_date_format_day (g_get_real_time () / G_USEC_PER_SEC);
          g_autofree char *status = g_strdup_printf (_("Marked sent on %s"), day);

          gtk_label_set_text (self->status_label, status);
          show_toast (self, job->asks_to_stop
                            ? _("Marked sent. If they pitch again, OutreachGuard will tell you")
                            : _("Marked sent"));
          g_signal_emit (self, signals[SENT], 0);
        }
      if (job->remind_at > 0)
        {
          g_autofree char *day = og_date_format_day (job->remind_at);
          g_autofree char *title = g_strdup_printf (_("You will be reminded on %s"), day);

          show_toast (self, title);
          g_signal_emit (self, signals[REMINDER_ADDED], 0);
        }
    }
  save_job_free (job);
  start_next_save (self);
}

static void
start_next_save (OgReplyComposer *self)
{
  SaveJob *job;

  if (self->saving || (job = g_queue_pop_head (&self->saves)) == NULL)
    return;
  /* The first save of a fill makes its draft; the later ones update it. */
  job->draft_id = job->generation == self->saved_generation ? self->saved_id : 0;
  self->saving = TRUE;
  /* No cancellable: closing the window never loses what the person wrote. */
  og_workspace_run_async (self->workspace, save_call, job, NULL, g_free, NULL, save_done_cb, job);
}

/* Saves the text as it stands, then does what @job asks besides. */
static void
save_draft (OgReplyComposer *self,
            SaveJob         *job)
{
  if (self->workspace == NULL || self->contact->person->key == NULL)
    {
      save_job_free (job);
      return;
    }
  job->self = g_object_ref (self);
  job->generation = self->generation;
  job->person_key = g_strdup (self->contact->person->key);
  job->template_id = g_strdup (self->draft_template_id);
  job->body = buffer_text (self->draft_view);
  self->edited = FALSE;
  g_queue_push_tail (&self->saves, job);
  start_next_save (self);
}

typedef struct
{
  GPtrArray *own;
  OgDraft   *last;
} State;

static void
state_free (State *state)
{
  g_clear_pointer (&state->own, g_ptr_array_unref);
  g_clear_pointer (&state->last, og_draft_free);
  g_free (state);
}

static gpointer
state_call (OgWorkspace  *workspace,
            gpointer      data,
            GError      **error)
{
  const char *person_key = data;
  State *state = g_new0 (State, 1);

  state->own = og_workspace_list_templates (workspace, error);
  if (state->own == NULL)
    {
      state_free (state);
      return NULL;
    }
  if (person_key != NULL)
    {
      g_autoptr(GError) local = NULL;

      state->last = og_workspace_get_last_draft (workspace, person_key, &local);
      if (local != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          state_free (state);
          return NULL;
        }
    }
  return state;
}

static void rebuild_templates (OgReplyComposer *self,
                               GPtrArray       *own,
                               const char      *select_id);

static void
show_history (OgReplyComposer *self,
              const OgDraft   *last)
{
  OgReplyTemplate *template = og_reply_find_template (self->templates, last->template_id);
  const char *title = template != NULL ? template->title : _("Written by hand");
  g_autofree char *day = og_date_format_day (last->sent_at > 0 ? last->sent_at : last->updated_at);
  g_autofree char *text = last->sent_at > 0
                          /* Translators: "Polite Removal Request, marked sent on 2026-11-20" */
                          ? g_strdup_printf (_("%s, marked sent on %s"), title, day)
                          /* Translators: "Polite Removal Request, written on 2026-11-20, not sent" */
                          : g_strdup_printf (_("%s, written on %s, not sent"), title, day);

  adw_action_row_set_subtitle (self->history_row, text);
  gtk_widget_set_visible (GTK_WIDGET (self->history_row), TRUE);
}

static void
state_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(OgReplyComposer) self = user_data;
  g_autoptr(GError) error = NULL;
  State *state = og_workspace_run_finish (OG_WORKSPACE (source), result, &error);

  if (self->disposed)
    {
      g_clear_pointer (&state, state_free);
      return;
    }
  if (state == NULL)
    {
      g_warning ("Templates and drafts could not be read: %s", error->message);
      self->ready = TRUE;
      return;
    }

  rebuild_templates (self, state->own, NULL);
  if (state->last != NULL)
    {
      show_history (self, state->last);
      /* An unsent draft is picked up where the person left it. */
      if (state->last->sent_at == 0 && state->last->body != NULL)
        {
          g_autofree char *day = og_date_format_day (state->last->updated_at);
          g_autofree char *status = g_strdup_printf (_("Your unsent draft of %s"), day);

          if (state->last->template_id != NULL)
            og_reply_composer_select_template (self, state->last->template_id);
          set_draft_text (self, state->last->body);
          self->draft_id = state->last->id;
          self->saved_generation = self->generation;
          self->saved_id = state->last->id;
          g_free (self->draft_template_id);
          self->draft_template_id = g_strdup (state->last->template_id);
          self->edited = FALSE;
          gtk_label_set_text (self->status_label, status);
        }
    }
  state_free (state);
  self->ready = TRUE;
}

static void
load_state (OgReplyComposer *self)
{
  if (self->workspace == NULL)
    {
      self->ready = TRUE;
      return;
    }
  og_workspace_run_async (self->workspace, state_call, g_strdup (self->contact->person->key), g_free,
                          (GDestroyNotify)state_free, self->cancellable, state_done_cb, g_object_ref (self));
}

/* ---- the template list ------------------------------------------------------------------- */

static void
rebuild_templates (OgReplyComposer *self,
                   GPtrArray       *own,
                   const char      *select_id)
{
  OgReplyTemplate *current = selected_template (self);
  g_autofree char *keep_id = g_strdup (select_id != NULL ? select_id : current != NULL ? current->id : self->suggested_id);
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  guint position = GTK_INVALID_LIST_POSITION;
  guint suggested = 0;

  g_clear_pointer (&self->templates, g_ptr_array_unref);
  self->templates = og_reply_list_templates (own);
  for (guint i = 0; i < self->templates->len; i++)
    {
      OgReplyTemplate *template = g_ptr_array_index (self->templates, i);

      gtk_string_list_append (titles, template->title);
      if (g_strcmp0 (template->id, keep_id) == 0)
        position = i;
      if (g_strcmp0 (template->id, self->suggested_id) == 0)
        suggested = i;
    }
  /* A template that is gone gives way to the suggestion. */
  if (position == GTK_INVALID_LIST_POSITION)
    position = suggested;

  self->rebuilding = TRUE;
  adw_combo_row_set_model (self->template_row, G_LIST_MODEL (titles));
  adw_combo_row_set_selected (self->template_row, position);
  self->rebuilding = FALSE;

  /* A new or changed template of the person's own is shown filled at once;
   * the same template as before keeps what the person wrote. */
  current = selected_template (self);
  if (current != NULL && (select_id != NULL || g_strcmp0 (current->id, self->draft_template_id) != 0))
    fill_from_template (self);
  else if (current != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->template_row), current->description);
  update_actions (self);
}

static void
template_selected_cb (OgReplyComposer *self)
{
  if (self->rebuilding)
    return;
  /* What the person wrote is kept before another template replaces it. */
  if (self->edited)
    save_draft (self, g_new0 (SaveJob, 1));
  fill_from_template (self);
  update_actions (self);
}

static void
draft_changed_cb (OgReplyComposer *self)
{
  if (self->filling)
    return;
  if (!self->edited)
    gtk_label_set_text (self->status_label, _("Edited"));
  self->edited = TRUE;
}

typedef struct
{
  char *id;
  char *title;
  char *description;
  char *body;
} TemplateJob;

static void
template_job_free (TemplateJob *job)
{
  g_free (job->id);
  g_free (job->title);
  g_free (job->description);
  g_free (job->body);
  g_free (job);
}

/* The person's templates after a change, and the one to show. */
typedef struct
{
  GPtrArray *own;
  char      *select_id;
} TemplatesAfter;

static void
templates_after_free (TemplatesAfter *after)
{
  g_clear_pointer (&after->own, g_ptr_array_unref);
  g_free (after->select_id);
  g_free (after);
}

static TemplatesAfter *
templates_after (OgWorkspace  *workspace,
                 char         *select_id,   /* taken */
                 GError      **error)
{
  GPtrArray *own = og_workspace_list_templates (workspace, error);
  TemplatesAfter *after;

  if (own == NULL)
    {
      g_free (select_id);
      return NULL;
    }
  after = g_new0 (TemplatesAfter, 1);
  after->own = own;
  after->select_id = select_id;
  return after;
}

static gpointer
save_template_call (OgWorkspace  *workspace,
                    gpointer      data,
                    GError      **error)
{
  TemplateJob *job = data;
  char *id = og_workspace_save_template (workspace, job->id, job->title, job->description, job->body, error);

  return id != NULL ? templates_after (workspace, id, error) : NULL;
}

static gpointer
delete_template_call (OgWorkspace  *workspace,
                      gpointer      data,
                      GError      **error)
{
  TemplateJob *job = data;

  if (!og_workspace_delete_template (workspace, job->id, error))
    return NULL;
  return templates_after (workspace, NULL, error);
}

static gpointer
undo_call (OgWorkspace  *workspace,
           gpointer      data,
           GError      **error)
{
  if (!og_workspace_undo (workspace, NULL, error))
    return NULL;
  return templates_after (workspace, NULL, error);
}

typedef struct
{
  OgReplyComposer *self;
  const char      *toast;      /* translated, static */
  gboolean         undoable;
} TemplatePending;

static void
templates_changed_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autofree TemplatePending *pending = user_data;
  g_autoptr(OgReplyComposer) self = pending->self;
  g_autoptr(GError) error = NULL;
  TemplatesAfter *after = og_workspace_run_finish (OG_WORKSPACE (source), result, &error);

  if (self->disposed)
    {
      g_clear_pointer (&after, templates_after_free);
      return;
    }
  if (after == NULL)
    {
      /* The editor stays open with what the person wrote. */
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      show_toast (self, _("The change could not be saved"));
      return;
    }
  rebuild_templates (self, after->own, after->select_id);
  templates_after_free (after);
  gtk_stack_set_visible_child_name (self->stack, "compose");
  if (pending->toast != NULL)
    {
      AdwToast *done = adw_toast_new (pending->toast);

      if (pending->undoable)
        {
          adw_toast_set_button_label (done, _("_Undo"));
          adw_toast_set_action_name (done, "composer.undo");
        }
      og_accessible_add_toast (self->toast_overlay, done);
    }
}

static void
start_template_job (OgReplyComposer *self,
                    OgWorkspaceFunc  func,
                    TemplateJob     *job,
                    const char      *toast,
                    gboolean         undoable)
{
  TemplatePending *pending = g_new0 (TemplatePending, 1);

  if (self->workspace == NULL)
    {
      template_job_free (job);
      g_free (pending);
      return;
    }
  pending->self = g_object_ref (self);
  pending->toast = toast;
  pending->undoable = undoable;
  og_workspace_run_async (self->workspace, func, job, (GDestroyNotify)template_job_free,
                          (GDestroyNotify)templates_after_free, NULL, templates_changed_cb, pending);
}

/* ---- the template editor ------------------------------------------------------------------ */

static void
update_preview (OgReplyComposer *self)
{
  g_autofree char *body = buffer_text (self->body_view);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = og_reply_render (body, &self->context, &error);
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));

  /* Plain text: the template and the contact's name are never markup. */
  gtk_label_set_text (self->preview_label, text != NULL ? text : "");
  gtk_label_set_text (self->error_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "composer.save-template",
                                 error == NULL && title[0] != '\0' && body[0] != '\0');
}

static void
open_editor (OgReplyComposer *self,
             const char      *editing_id,
             const char      *title,
             const char      *description,
             const char      *body)
{
  g_free (self->editing_id);
  self->editing_id = g_strdup (editing_id);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title != NULL ? title : "");
  gtk_editable_set_text (GTK_EDITABLE (self->description_row), description != NULL ? description : "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->body_view), body != NULL ? body : "", -1);
  update_preview (self);
  gtk_stack_set_visible_child_name (self->stack, "edit");
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
new_template_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OgReplyComposer *self = OG_REPLY_COMPOSER (widget);

  open_editor (self, NULL, "", "", _("Hi {first_name},\n\n\n\n{my_first_name}"));
}

static void
duplicate_template_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  OgReplyComposer *self = OG_REPLY_COMPOSER (widget);
  OgReplyTemplate *template = selected_template (self);
  g_autofree char *title = NULL;

  if (template == NULL)
    return;
  /* Translators: the title of a copy of a template, "Firm Stop (Copy)" */
  title = g_strdup_printf (_("%s (Copy)"), template->title);
  open_editor (self, NULL, title, template->description, template->body);
}

static void
edit_template_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  OgReplyComposer *self = OG_REPLY_COMPOSER (widget);
  OgReplyTemplate *template = selected_template (self);

  if (template == NULL || template->builtin)
    return;
  open_editor (self, template->id, template->title, template->description, template->body);
}

static void
save_template_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  OgReplyComposer *self = OG_REPLY_COMPOSER (widget);
  TemplateJob *job = g_new0 (TemplateJob, 1);

  job->id = g_strdup (self->editing_id);
  job->title = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  job->description = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->description_row)));
  job->body = buffer_text (self->body_view);
  start_template_job (self, save_template_call, job, _("Template saved"), FALSE);
}

static void
cancel_edit_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OgReplyComposer *self = OG_REPLY_COMPOSER (widget);

  gtk_stack_set_visible_child_name (self->stack, "compose");
}

static void
delete_template_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  OgReplyComposer *self = OG_REPLY_COMPOSER (widget);
  OgReplyTemplate *template = selected_template (self);
  TemplateJob *job;

  if (template == NULL || template->builtin)
    return;
  job = g_new0 (TemplateJob, 1);
  job->id = g_strdup (template->id);
  start_template_job (self, delete_template_call, job, _("Template deleted"), TRUE);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OgReplyComposer *self = OG_REPLY_COMPOSER (widget);

  start_template_job (self, undo_call, g_new0 (TemplateJob, 1), NULL, FALSE);
}

/* ---- what the person does with the draft ------------------------------------------------------ */

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OgReplyComposer *self = OG_REPLY_COMPOSER (widget);
  g_autofree char *text = buffer_text (self->draft_view);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  show_toast (self, _("Copied: paste it into the conversation on LinkedIn"));
  /* Remembers which reply was used with whom. */
  save_draft (self, g_new0 (SaveJob, 1));
}

/* Their newest 1:1 conversation, to answer in. */
static char *
conversation_url (OgReplyComposer *self)
{
  GPtrArray *conversations = self->contact->person->conversations;
  OgConversation *newest = NULL;
  gint64 newest_at = G_MININT64;

  for (guint i = 0; conversations != NULL && i < conversations->len; i++)
    {
      OgConversation *conversation = g_ptr_array_index (conversations, i);
      OgMessage *last = conversation->messages->len > 0
                        ? g_ptr_array_index (conversation->messages, conversation->messages->len - 1) : NULL;

      if (last != NULL && last->sent_at >= newest_at)
        {
          newest = conversation;
          newest_at = last->sent_at;
        }
    }
  return newest != NULL ? og_url_thread (newest->id) : NULL;
}

static void
open_conversation_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  OgReplyComposer *self = OG_REPLY_COMPOSER (widget);
  g_autofree char *url = conversation_url (self);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  /* The main window opens it, after checking it is an https LinkedIn page. */
  if (url != NULL && parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.open-url", "s", url);
}

static void
mark_sent_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OgReplyComposer *self = OG_REPLY_COMPOSER (widget);
  OgReplyTemplate *template = og_reply_find_template (self->templates, self->draft_template_id);
  g_autofree char *text = buffer_text (self->draft_view);
  SaveJob *job = g_new0 (SaveJob, 1);

  /* A built-in removal request asks to stop; so does any text the opt-out
   * detector reads as one, the person's own wording included. */
  job->mark_sent = TRUE;
  job->asks_to_stop = (template != NULL && template->asks_to_stop) ||
                      (self->classifier != NULL && og_classifier_is_opt_out (self->classifier, text, NULL, NULL));
  save_draft (self, job);
}

static void
remind_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OgReplyComposer *self = OG_REPLY_COMPOSER (widget);
  SaveJob *job = g_new0 (SaveJob, 1);
  const char *name = self->contact->person->name;

  job->remind_at = g_get_real_time () / G_USEC_PER_SEC + REMIND_AFTER_DAYS * 24 * 60 * 60;
  /* Translators: the note of a reminder; %s is the connection's name */
  job->reminder_note = g_strdup_printf (_("Check whether %s stopped"), name != NULL ? name : _("they"));
  save_draft (self, job);
}

static void
use_suggestion_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  og_reply_composer_select_template (OG_REPLY_COMPOSER (widget), OG_REPLY_COMPOSER (widget)->suggested_id);
}

static gboolean
close_request_cb (OgReplyComposer *self)
{
  /* Closing keeps an edited draft: nothing the person wrote is lost. */
  if (self->edited)
    save_draft (self, g_new0 (SaveJob, 1));
  return FALSE;
}

/* ---- life cycle ------------------------------------------------------------------------------- */

static void
og_reply_composer_dispose (GObject *object)
{
  OgReplyComposer *self = OG_REPLY_COMPOSER (object);

  self->disposed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), OG_TYPE_REPLY_COMPOSER);
  g_clear_object (&self->cancellable);
  /* Saves still waiting run anyway: each holds the composer until it has. */
  g_clear_pointer (&self->templates, g_ptr_array_unref);
  g_clear_object (&self->classifier);
  g_clear_object (&self->audit);
  self->contact = NULL;

  G_OBJECT_CLASS (og_reply_composer_parent_class)->dispose (object);
}

static void
og_reply_composer_finalize (GObject *object)
{
  OgReplyComposer *self = OG_REPLY_COMPOSER (object);

  g_clear_object (&self->workspace);
  g_free (self->my_first_name);
  g_free (self->draft_template_id);
  g_free (self->editing_id);

  G_OBJECT_CLASS (og_reply_composer_parent_class)->finalize (object);
}

static void
og_reply_composer_class_init (OgReplyComposerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = og_reply_composer_dispose;
  object_class->finalize = og_reply_composer_finalize;

  signals[SENT] = g_signal_new ("sent", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[REMINDER_ADDED] = g_signal_new ("reminder-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/OutreachGuard/og-reply-composer.ui");
  gtk_widget_class_bind_template_child (widget_class, OgReplyComposer, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OgReplyComposer, window_title);
  gtk_widget_class_bind_template_child (widget_class, OgReplyComposer, stack);
  gtk_widget_class_bind_template_child (widget_class, OgReplyComposer, template_row);
  gtk_widget_class_bind_template_child (widget_class, OgReplyComposer, suggestion_row);
  gtk_widget_class_bind_template_child (widget_class, OgReplyComposer, history_row);
  gtk_widget_class_bind_template_child (widget_class, OgReplyComposer, draft_view);
  gtk_widget_class_bind_template_child (widget_class, OgReplyComposer, status_label);
  gtk_widget_class_bind_template_child (widget_class, OgReplyComposer, title_row);
  gtk_widget_class_bind_template_child (widget_class, OgReplyComposer, description_row);
  gtk_widget_class_bind_template_child (widget_class, OgReplyComposer, body_view);
  gtk_widget_class_bind_template_child (widget_class, OgReplyComposer, placeholders_label);
  gtk_widget_class_bind_template_child (widget_class, OgReplyComposer, error_label);
  gtk_widget_class_bind_template_child (widget_class, OgReplyComposer, preview_label);

  gtk_widget_class_install_action (widget_class, "composer.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "composer.open-conversation", NULL, open_conversation_action);
  gtk_widget_class_install_action (widget_class, "composer.mark-sent", NULL, mark_sent_action);
  gtk_widget_class_install_action (widget_class, "composer.remind", NULL, remind_action);
  gtk_widget_class_install_action (widget_class, "composer.use-suggestion", NULL, use_suggestion_action);
  gtk_widget_class_install_action (widget_class, "composer.new-template", NULL, new_template_action);
  gtk_widget_class_install_action (widget_class, "composer.duplicate-template", NULL, duplicate_template_action);
  gtk_widget_class_install_action (widget_class, "composer.edit-template", NULL, edit_template_action);
  gtk_widget_class_install_action (widget_class, "composer.delete-template", NULL, delete_template_action);
  gtk_widget_class_install_action (widget_class, "composer.save-template", NULL, save_template_action);
  gtk_widget_class_install_action (widget_class, "composer.cancel-edit", NULL, cancel_edit_action);
  gtk_widget_class_install_action (widget_class, "composer.undo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "composer.copy", NULL);
}

static void
og_reply_composer_init (OgReplyComposer *self)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *help = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  og_accessible_name_buttons (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  g_queue_init (&self->saves);
  self->generation = 1;

  for (const char * const *name = og_reply_placeholders (); *name != NULL; name++)
    g_string_append_printf (names, "%s{%s}", names->len > 0 ? " " : "", *name);
  /* Translators: %s is the list of placeholders, "{first_name} {last_name} …" */
  help = g_strdup_printf (_("Placeholders: %s"), names->str);
  gtk_label_set_text (self->placeholders_label, help);

  g_signal_connect_swapped (self->template_row, "notify::selected", G_CALLBACK (template_selected_cb), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->draft_view), "changed",
                            G_CALLBACK (draft_changed_cb), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->body_view), "changed",
                            G_CALLBACK (update_preview), self);
  g_signal_connect_swapped (self->title_row, "changed", G_CALLBACK (update_preview), self);
  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
}

OgReplyComposer *
og_reply_composer_new (GtkWindow            *parent,
                       OgAudit              *audit,
                       const OgContactAudit *contact,
                       OgWorkspace          *workspace,
                       OgClassifier         *classifier)
{
  OgReplyComposer *self;
  g_autofree char *title = NULL;
  g_autofree char *url = NULL;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OG_IS_AUDIT (audit), NULL);
  g_return_val_if_fail (contact != NULL && contact->person != NULL, NULL);
  g_return_val_if_fail (!workspace || OG_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (OG_TYPE_REPLY_COMPOSER, "transient-for", parent, NULL);
  self->audit = g_object_ref (audit);
  self->contact = contact;
  self->workspace = workspace != NULL ? g_object_ref (workspace) : NULL;
  self->classifier = classifier != NULL ? g_object_ref (classifier) : NULL;
  self->my_first_name = og_reply_owner_first_name (og_audit_get_dataset (audit));
  og_reply_context_for (&self->context, contact, self->my_first_name, g_get_real_time () / G_USEC_PER_SEC);

  /* Translators: the composer's title; %s is the connection's name */
  title = g_strdup_printf (_("Reply to %s"), contact->person->name != NULL ? contact->person->name : _("Them"));
  adw_window_title_set_title (self->window_title, title);

  self->suggested_id = og_reply_suggest (contact, &self->suggested_reason);
  rebuild_templates (self, NULL, self->suggested_id);
  {
    OgReplyTemplate *suggested = og_reply_find_template (self->templates, self->suggested_id);
    g_autofree char *line = g_strdup_printf ("%s — %s", suggested->title, self->suggested_reason);

    adw_action_row_set_subtitle (self->suggestion_row, line);
  }

  url = conversation_url (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "composer.open-conversation", url != NULL);

  load_state (self);
  return self;
}

const char *
og_reply_composer_get_template_id (OgReplyComposer *self)
{
  OgReplyTemplate *template;

  g_return_val_if_fail (OG_IS_REPLY_COMPOSER (self), NULL);
  template = selected_template (self);
  return template != NULL ? template->id : NULL;
}

char *
og_reply_composer_get_text (OgReplyComposer *self)
{
  g_return_val_if_fail (OG_IS_REPLY_COMPOSER (self), NULL);
  return buffer_text (self->draft_view);
}

gboolean
og_reply_composer_select_template (OgReplyComposer *self,
                                   const char      *id)
{
  g_return_val_if_fail (OG_IS_REPLY_COMPOSER (self), FALSE);

  for (guint i = 0; id != NULL && i < self->templates->len; i++)
    if (g_str_equal (((OgReplyTemplate *)g_ptr_array_index (self->templates, i))->id, id))
      {
        adw_combo_row_set_selected (self->template_row, i);
        return TRUE;
      }
  return FALSE;
}

const char *
og_reply_composer_get_suggested (OgReplyComposer *self)
{
  g_return_val_if_fail (OG_IS_REPLY_COMPOSER (self), NULL);
  return self->suggested_id;
}

gboolean
og_reply_composer_is_ready (OgReplyComposer *self)
{
  g_return_val_if_fail (OG_IS_REPLY_COMPOSER (self), FALSE);
  return self->ready;
}
