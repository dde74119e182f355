/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-account-page.h — the Portability API account in Preferences: how to
 * make a self-serve token, a field to paste it, a check that it works, its
 * expiry, and removing it. The token lives in the keyring only. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OG_TYPE_ACCOUNT_PAGE (og_account_page_get_type ())

G_DECLARE_FINAL_TYPE (OgAccountPage, og_account_page, OG, ACCOUNT_PAGE, AdwPreferencesPage)

/* @api_base: where the token is checked (NULL: LinkedIn). */
GtkWidget  *og_account_page_new        (const char    *api_base);
/* What the status row says, for tests and screen readers alike. */
const char *og_account_page_get_status (OgAccountPage *self);
/* Puts the keyboard in the token field, as after a refused token. */
void        og_account_page_focus_token (OgAccountPage *self);
/* TRUE while a check, a save or a read is under way. */
gboolean    og_account_page_is_busy    (OgAccountPage *self);

G_END_DECLS
