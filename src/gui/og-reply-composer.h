/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-reply-composer.h — draft a reply to one connection: pick a template,
 * edit the filled text, copy it, open the conversation on LinkedIn, mark it
 * sent, set a reminder; and write templates of one's own. It never sends. */
#pragma once

#include <adwaita.h>

#include "og-audit.h"
#include "og-classifier.h"
#include "og-workspace.h"

G_BEGIN_DECLS

#define OG_TYPE_REPLY_COMPOSER (og_reply_composer_get_type ())

G_DECLARE_FINAL_TYPE (OgReplyComposer, og_reply_composer, OG, REPLY_COMPOSER, AdwWindow)

/* A composer for @contact (one of @audit's), over @parent. @workspace keeps
 * drafts and templates (NULL: nothing is kept); @classifier (may be NULL)
 * tells whether a reply of the person's own asks the contact to stop.
 *
 * Signals: "sent" (a draft was marked sent: the figures may change),
 * "reminder-added" (a reminder is due later). */
OgReplyComposer *og_reply_composer_new            (GtkWindow            *parent,
                                                   OgAudit              *audit,
                                                   const OgContactAudit *contact,
                                                   OgWorkspace          *workspace,
                                                   OgClassifier         *classifier);

/* The template shown now, and the draft's text as it stands. */
const char      *og_reply_composer_get_template_id (OgReplyComposer     *self);
char            *og_reply_composer_get_text        (OgReplyComposer     *self);
/* Chooses the template @id (a built-in's or one of the person's own). */
gboolean         og_reply_composer_select_template (OgReplyComposer     *self,
                                                    const char          *id);
/* The template the composer suggests for this contact. */
const char      *og_reply_composer_get_suggested   (OgReplyComposer     *self);
/* TRUE once the workspace's templates and last draft have been read. */
gboolean         og_reply_composer_is_ready        (OgReplyComposer     *self);

G_END_DECLS
