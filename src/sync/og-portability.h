/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-portability.h — the LinkedIn Member Data Portability API client
 * (DESIGN §2): snapshot domains paged by page index until the 404 "No data
 * found", then the changelog from a cursor; every page goes through the
 * same JSON importer as saved API files. One SoupSession, async on the
 * thread-default main context. The token is never logged. */
#pragma once

#include <gio/gio.h>

#include "og-dataset.h"

G_BEGIN_DECLS

#define OG_PORTABILITY_ERROR (og_portability_error_quark ())

typedef enum
{
  OG_PORTABILITY_ERROR_INSECURE,      /* an http API base that is not loopback */
  OG_PORTABILITY_ERROR_EXPIRED,       /* 401, code 65602: paste a new token */
  OG_PORTABILITY_ERROR_UNAUTHORIZED,  /* 401 otherwise: the token is not valid */
  OG_PORTABILITY_ERROR_FORBIDDEN,     /* 403: the token lacks the scope, or not an EU/EEA member */
  OG_PORTABILITY_ERROR_VERSION,       /* 426: LinkedIn no longer serves this API version */
  OG_PORTABILITY_ERROR_THROTTLED,     /* 429, still after the retries */
  OG_PORTABILITY_ERROR_SERVER,        /* 5xx, still after the retries */
  OG_PORTABILITY_ERROR_MALFORMED,     /* a body that is not the API's JSON */
  OG_PORTABILITY_ERROR_NETWORK,       /* no connection, a timeout */
  OG_PORTABILITY_ERROR_FAILED,        /* any other status */
} OgPortabilityError;

GQuark og_portability_error_quark (void);

#define OG_PORTABILITY_DEFAULT_BASE "https://api.linkedin.com"
#define OG_PORTABILITY_VERSION      "202312"

/* A page of @domain ("CONNECTIONS", "INBOX", "INVITATIONS" or "CHANGELOG")
 * was read, @pages so far; @finished once the domain has no more. */
typedef void (*OgPortabilityProgress) (const char *domain,
                                       guint       pages,
                                       gboolean    finished,
                                       gpointer    user_data);

/* What a fetch of no particular domains reads, in order. */
const char * const *og_portability_default_domains (void);

#define OG_TYPE_PORTABILITY_CLIENT (og_portability_client_get_type ())

G_DECLARE_FINAL_TYPE (OgPortabilityClient, og_portability_client, OG, PORTABILITY_CLIENT, GObject)

/* A client of @api_base (NULL: LinkedIn's), which must be https unless its
 * host is loopback (127.0.0.1, ::1, localhost), for tests and proxies. */
OgPortabilityClient *og_portability_client_new          (const char             *api_base,
                                                         const char             *token,
                                                         GError                **error);
/* Retries of a 429 or 5xx answer or a timeout (default 4), the first backoff
 * (default 1000 ms, doubling), the longest Retry-After honoured (default
 * 120 s) and the timeout of one request (default 60 s). */
void                 og_portability_client_set_limits   (OgPortabilityClient    *self,
                                                         guint                   max_retries,
                                                         guint                   backoff_ms,
                                                         guint                   max_retry_after_s,
                                                         guint                   timeout_s);

/* Fetches @domains (NULL: CONNECTIONS, INBOX, INVITATIONS and the changelog;
 * "CHANGELOG" names the changelog) into a finished dataset. The changelog
 * starts at @changelog_since_ms (0: all it keeps, 28 days). */
void                 og_portability_client_fetch_async  (OgPortabilityClient    *self,
                                                         const char * const     *domains,
                                                         gint64                  changelog_since_ms,
                                                         OgPortabilityProgress   progress,
                                                         gpointer                progress_data,
                                                         GCancellable           *cancellable,
                                                         GAsyncReadyCallback     callback,
                                                         gpointer                user_data);
/* @next_since_ms (optional): where the next changelog read starts. */
OgDataset           *og_portability_client_fetch_finish (OgPortabilityClient    *self,
                                                         GAsyncResult           *result,
                                                         gint64                 *next_since_ms,
                                                         GError                **error);

/* Whether LinkedIn accepts the token (memberAuthorizations); a GError
 * says why not, as fetching would. */
void                 og_portability_client_check_async  (OgPortabilityClient    *self,
                                                         GCancellable           *cancellable,
                                                         GAsyncReadyCallback     callback,
                                                         gpointer                user_data);
gboolean             og_portability_client_check_finish (OgPortabilityClient    *self,
                                                         GAsyncResult           *result,
                                                         GError                **error);

/* How many HTTP requests the client sent, each with the token and version. */
guint                og_portability_client_get_n_requests (OgPortabilityClient *self);

G_END_DECLS
