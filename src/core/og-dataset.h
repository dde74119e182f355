/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-dataset.h — everything one import read, joined into people and conversations.
 *
 * Built in two phases by the importer on one (worker) thread: rows are added
 * as files are read, in any order and from any mix of CSV and API JSON; then
 * og_dataset_finish() resolves people across files, finds the owner, groups
 * conversations, orders messages and computes acceptance windows. After
 * finish the dataset is immutable and may be read from any thread.
 */
#pragma once

#include <glib-object.h>

#include "og-columns.h"
#include "og-model.h"
#include "og-warning.h"

G_BEGIN_DECLS

#define OG_TYPE_DATASET (og_dataset_get_type ())

G_DECLARE_FINAL_TYPE (OgDataset, og_dataset, OG, DATASET, GObject)

OgDataset   *og_dataset_new                     (void);

/* Building (before finish). @file is a basename; it is interned. */
void         og_dataset_add_connection_row      (OgDataset    *self,
                                                 const char   *file,
                                                 const OgRow  *row);
void         og_dataset_add_message_row         (OgDataset    *self,
                                                 const char   *file,
                                                 const OgRow  *row);
void         og_dataset_add_invitation_row      (OgDataset    *self,
                                                 const char   *file,
                                                 const OgRow  *row);
void         og_dataset_set_profile_row         (OgDataset    *self,
                                                 const char   *file,
                                                 const OgRow  *row);
/* One row of a CSV file or API snapshot of @kind (CONNECTIONS … PROFILE). */
void         og_dataset_add_row                 (OgDataset    *self,
                                                 OgFileKind    kind,
                                                 const char   *file,
                                                 const OgRow  *row);
/* A message from the Portability API changelog, with its exact capture time. */
void         og_dataset_add_api_message         (OgDataset    *self,
                                                 const char   *file,
                                                 const char   *conversation_id,
                                                 const char   *sender_name,
                                                 const char   *sender_url,
                                                 const char   *recipient_urls,
                                                 const char   *subject,
                                                 const char   *content,
                                                 gint64        captured_at_ms);
/* An accepted invitation from the changelog: the exact acceptance moment. */
void         og_dataset_add_api_acceptance      (OgDataset    *self,
                                                 const char   *inviter_url,
                                                 const char   *invitee_url,
                                                 gint64        captured_at_ms);
/* Replaying what another dataset read (the workspace stores it): the fields
 * a row gives, before people are joined. Strings are copied. */
void         og_dataset_add_connection_record   (OgDataset          *self,
                                                 const OgPerson     *record);
void         og_dataset_add_message_record      (OgDataset          *self,
                                                 const OgMessage    *record);
void         og_dataset_add_invitation_record   (OgDataset          *self,
                                                 const OgInvitation *record);
void         og_dataset_add_hidden_connections  (OgDataset          *self,
                                                 guint               n_hidden);
void         og_dataset_set_profile_name        (OgDataset          *self,
                                                 const char         *file,
                                                 const char         *name);
void         og_dataset_take_warning            (OgDataset    *self,
                                                 OgWarning    *warning);
void         og_dataset_finish                  (OgDataset    *self);

/* Reading (after finish). Arrays are owned by the dataset. */
gboolean     og_dataset_is_finished             (OgDataset    *self);
/* TRUE when no file gave a single connection, message or invitation. */
gboolean     og_dataset_is_empty                (OgDataset    *self);
OgPerson    *og_dataset_get_owner               (OgDataset    *self);
GPtrArray   *og_dataset_get_connections         (OgDataset    *self); /* OgPerson*, file order */
GPtrArray   *og_dataset_get_conversations       (OgDataset    *self); /* OgConversation* */
GPtrArray   *og_dataset_get_messages            (OgDataset    *self); /* OgMessage*, drafts too */
GPtrArray   *og_dataset_get_invitations         (OgDataset    *self); /* OgInvitation* */
GPtrArray   *og_dataset_get_warnings            (OgDataset    *self); /* OgWarning* */
OgPerson    *og_dataset_lookup_person           (OgDataset    *self,
                                                 const char   *profile_url_or_name);

/* The owner's name as Profile.csv gives it, or NULL. */
const char  *og_dataset_get_profile_name        (OgDataset    *self);
/* The changelog's acceptance events, keys as og_url_normalize_profile() makes them. */
guint        og_dataset_get_n_api_acceptances   (OgDataset    *self);
void         og_dataset_get_api_acceptance      (OgDataset    *self,
                                                 guint         index,
                                                 const char  **inviter_key,
                                                 const char  **invitee_key,
                                                 gint64       *captured_at_ms);
/* What makes two messages of finished datasets the same message, whichever file they came from. */
char        *og_dataset_message_identity        (const OgMessage *message);

guint        og_dataset_get_n_connections       (OgDataset    *self);
guint        og_dataset_get_n_hidden_connections (OgDataset   *self);
guint        og_dataset_get_n_messages          (OgDataset    *self); /* drafts excluded */
guint        og_dataset_get_n_invitations       (OgDataset    *self);
guint        og_dataset_get_n_note_acceptances  (OgDataset    *self);

G_END_DECLS
