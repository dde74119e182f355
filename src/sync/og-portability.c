/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-portability.c — paging, retries and errors of the Portability API; the
 * pages themselves go to og_json_import(), like saved API files. */
#define G_LOG_DOMAIN "og-sync"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "og-json-import.h"
#include "og-portability.h"

#define CHANGELOG       "CHANGELOG"
#define CHANGELOG_COUNT 50
/* A guard against a server that pages for ever. */
#define MAX_PAGES       10000
#define EXPIRED_CODE    65602

struct _OgPortabilityClient
{
  GObject      parent_instance;

  SoupSession *session;
  char        *base;        /* without a trailing slash */
  char        *token;
  guint        max_retries;
  guint        backoff_ms;
  guint        max_retry_after_s;
  guint        n_requests;
};

G_DEFINE_FINAL_TYPE (OgPortabilityClient, og_portability_client, G_TYPE_OBJECT)

G_DEFINE_QUARK (og-portability-error-quark, og_portability_error)

static const char * const all_domains[] = { "CONNECTIONS", "INBOX", "INVITATIONS", CHANGELOG, NULL };

static void
og_portability_client_finalize (GObject *object)
{
  OgPortabilityClient *self = OG_PORTABILITY_CLIENT (object);

  g_clear_object (&self->session);
  g_free (self->base);
  /* The token leaves memory as it came: never copied into a log. */
  if (self->token != NULL)
    memset (self->token, 0, strlen (self->token));
  g_free (self->token);

  G_OBJECT_CLASS (og_portability_client_parent_class)->finalize (object);
}

static void
og_portability_client_class_init (OgPortabilityClientClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = og_portability_client_finalize;
}

static void
og_portability_client_init (OgPortabilityClient *self)
{
  self->max_retries = 4;
  self->backoff_ms = 1000;
  self->max_retry_after_s = 120;
  self->session = soup_session_new_with_options ("timeout", 60, "user-agent", "OutreachGuard/" PACKAGE_VERSION, NULL);
}

static gboolean
is_loopback (const char *host)
{
  return host != NULL && (g_str_equal (host, "127.0.0.1") || g_str_equal (host, "::1") ||
                          g_str_equal (host, "[::1]") || g_ascii_strcasecmp (host, "localhost") == 0);
}

OgPortabilityClient *
og_portability_client_new (const char  *api_base,
                           const char  *token,
                           GError     **error)
{
  g_autoptr(OgPortabilityClient) self = NULL;
  g_autoptr(GUri) uri = NULL;
  g_autoptr(GError) local = NULL;
  const char *scheme;
  gsize length;

  if (api_base == NULL)
    api_base = OG_PORTABILITY_DEFAULT_BASE;
  if (token == NULL || token[0] == '\0' || strpbrk (token, "\r\n\t ") != NULL)
    {
      g_set_error_literal (error, OG_PORTABILITY_ERROR, OG_PORTABILITY_ERROR_UNAUTHORIZED,
                           _("The token is empty or not a token: paste it again, without spaces or line breaks"));
      return NULL;
    }

  uri = g_uri_parse (api_base, G_URI_FLAGS_NONE, &local);
  if (uri == NULL)
    {
      g_set_error (error, OG_PORTABILITY_ERROR, OG_PORTABILITY_ERROR_INSECURE,
                   _("“%s” is not a URL: %s"), api_base, local->message);
      return NULL;
    }
  scheme = g_uri_get_scheme (uri);
  /* The token goes to https only, or to a stand-in on this machine. */
  if (!(g_ascii_strcasecmp (scheme, "https") == 0 ||
        (g_ascii_strcasecmp (scheme, "http") == 0 && is_loopback (g_uri_get_host (uri)))))
    {
      g_set_error (error, OG_PORTABILITY_ERROR, OG_PORTABILITY_ERROR_INSECURE,
                   _("The API address “%s” must use https (http only on this computer, 127.0.0.1)"), api_base);
      return NULL;
    }

  self = g_object_new (OG_TYPE_PORTABILITY_CLIENT, NULL);
  self->base = g_strdup (api_base);
  length = strlen (self->base);
  while (length > 0 && self->base[length - 1] == '/')
    self->base[--length] = '\0';
  self->token = g_strdup (token);
  return g_steal_pointer (&self);
}

void
og_portability_client_set_limits (OgPortabilityClient *self,
                                  guint                max_retries,
                                  guint                backoff_ms,
                                  guint                max_retry_after_s,
                                  guint                timeout_s)
{
  g_return_if_fail (OG_IS_PORTABILITY_CLIENT (self));

  self->max_retries = max_retries;
  self->backoff_ms = backoff_ms;
  self->max_retry_after_s = max_retry_after_s;
  soup_session_set_timeout (self->session, timeout_s);
}

guint
og_portability_client_get_n_requests (OgPortabilityClient *self)
{
  g_return_val_if_fail (OG_IS_PORTABILITY_CLIENT (self), 0);
  return self->n_requests;
}

/* ---- one fetch ------------------------------------------------------------------------ */

typedef struct
{
  GStrv                  domains;
  guint                  domain;      /* index into domains */
  guint                  page;
  guint                  attempt;     /* retries of this page so far */
  gint64                 since_ms;
  gint64                 next_since_ms;
  OgDataset             *dataset;
  GHashTable            *seen;        /* changelog event ids */
  SoupMessage           *message;
  OgPortabilityProgress  progress;
  gpointer               progress_data;
} Fetch;

static void
fetch_free (Fetch *fetch)
{
  g_strfreev (fetch->domains);
  g_clear_object (&fetch->dataset);
  g_clear_pointer (&fetch->seen, g_hash_table_unref);
  g_clear_object (&fetch->message);
  g_free (fetch);
}

static const char *
current_domain (Fetch *fetch)
{
  return fetch->domains[fetch->domain];
}

static void send_page (GTask *task);

static void
next_domain (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);

  if (fetch->progress != NULL)
    fetch->progress (current_domain (fetch), fetch->page, TRUE, fetch->progress_data);
  fetch->domain++;
  fetch->page = 0;
  fetch->attempt = 0;
  if (fetch->domains[fetch->domain] == NULL)
    {
      og_dataset_finish (fetch->dataset);
      g_task_return_pointer (task, g_object_ref (fetch->dataset), g_object_unref);
      return;
    }
  send_page (task);
}

static gboolean
retry_cb (gpointer data)
{
  GTask *task = data;

  if (!g_task_return_error_if_cancelled (task))
    send_page (task);
  return G_SOURCE_REMOVE;
}

/* Tries the same page again after @delay_ms, or fails with @error once the
 * retries are spent. */
static void
retry_or_fail (GTask  *task,
               guint   delay_ms,
               GError *error)   /* taken */
{
  OgPortabilityClient *self = g_task_get_source_object (task);
  Fetch *fetch = g_task_get_task_data (task);

  if (fetch->attempt >= self->max_retries)
    {
      g_task_return_error (task, error);
      return;
    }
  g_debug ("Retrying %s page %u in %u ms: %s", current_domain (fetch), fetch->page, delay_ms, error->message);
  g_error_free (error);
  fetch->attempt++;
  g_timeout_add_full (G_PRIORITY_DEFAULT, delay_ms, retry_cb, g_object_ref (task), g_object_unref);
}

static guint
backoff (OgPortabilityClient *self,
         Fetch               *fetch)
{
  return self->backoff_ms << MIN (fetch->attempt, 10u);
}

/* Seconds from a Retry-After header (delta-seconds only; an HTTP date gets the backoff). */
static gint64
retry_after (SoupMessage *message)
{
  const char *value = soup_message_headers_get_one (soup_message_get_response_headers (message), "Retry-After");
  g_autofree char *copy = value != NULL ? g_strstrip (g_strdup (value)) : NULL;
  guint64 seconds;

  if (copy == NULL || !g_ascii_string_to_unsigned (copy, 10, 0, G_MAXINT, &seconds, NULL))
    return -1;
  return (gint64)seconds;
}

/* The API's serviceErrorCode in an error body, or 0. */
static gint64
service_error_code (GBytes *body)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  gsize size = 0;
  const char *data = body != NULL ? g_bytes_get_data (body, &size) : NULL;
  JsonNode *root;

  if (data == NULL || size == 0 || size > 64 * 1024 || !json_parser_load_from_data (parser, data, (gssize)size, NULL))
    return 0;
  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root))
    return 0;
  return json_object_get_int_member_with_default (json_node_get_object (root), "serviceErrorCode", 0);
}

/* What 401, 403 and 426 mean, for the person. */
static GError *
refusal_error (guint       status,
               GBytes     *body,
               const char *domain)
{
  if (status == SOUP_STATUS_UNAUTHORIZED)
    return service_error_code (body) == EXPIRED_CODE
           ? g_error_new_literal (OG_PORTABILITY_ERROR, OG_PORTABILITY_ERROR_EXPIRED,
                                  _("Your LinkedIn token has expired (they last 60 days); create a new one and paste it in"))
           : g_error_new_literal (OG_PORTABILITY_ERROR, OG_PORTABILITY_ERROR_UNAUTHORIZED,
                                  _("LinkedIn did not accept the token; check that you pasted all of it"));
  if (status == SOUP_STATUS_FORBIDDEN)
    return g_error_new (OG_PORTABILITY_ERROR, OG_PORTABILITY_ERROR_FORBIDDEN,
                        _("LinkedIn refused access to %s: the token needs the scope r_dma_portability_self_serve, "
                          "which only members in the EU and EEA can get"), domain);
  return g_error_new (OG_PORTABILITY_ERROR, OG_PORTABILITY_ERROR_VERSION,
                      _("LinkedIn no longer serves API version %s; update OutreachGuard"), OG_PORTABILITY_VERSION);
}

/* After a changelog page: how many events, and the newest capturedAt. */
static gboolean
read_changelog_paging (GBytes  *body,
                       guint   *n_events,
                       gint64  *newest_ms)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  gsize size = 0;
  const char *data = g_bytes_get_data (body, &size);
  JsonNode *root;
  JsonArray *elements;

  *n_events = 0;
  *newest_ms = 0;
  if (!json_parser_load_from_data (parser, data, (gssize)size, NULL))
    return FALSE;
  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root) ||
      !json_object_has_member (json_node_get_object (root), "elements") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (root), "elements")))
    return FALSE;
  elements = json_object_get_array_member (json_node_get_object (root), "elements");
  *n_events = json_array_get_length (elements);
  for (guint i = 0; i < *n_events; i++)
    {
      JsonNode *event = json_array_get_element (elements, i);

      if (JSON_NODE_HOLDS_OBJECT (event))
        *newest_ms = MAX (*newest_ms, json_object_get_int_member_with_default (json_node_get_object (event),
                                                                                "capturedAt", 0));
    }
  return TRUE;
}

static void
page_read (GTask  *task,
           GBytes *body)
{
  Fetch *fetch = g_task_get_task_data (task);
  const char *domain = current_domain (fetch);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (body);
  g_autofree char *name = g_str_equal (domain, CHANGELOG)
                          ? g_strdup_printf ("memberChangeLogs-%u.json", fetch->page)
                          : g_strdup_printf ("memberSnapshotData-%s-%u.json", domain, fetch->page);
  GError *error = NULL;

  if (!og_json_import (fetch->dataset, stream, name, fetch->seen, g_task_get_cancellable (task), &error))
    {
      GError *malformed = g_error_new (OG_PORTABILITY_ERROR, OG_PORTABILITY_ERROR_MALFORMED,
                                       _("LinkedIn's answer for %s, page %u, cannot be used: %s"),
                                       domain, fetch->page, error->message);

      g_error_free (error);
      g_task_return_error (task, malformed);
      return;
    }
  if (fetch->progress != NULL)
    fetch->progress (domain, fetch->page + 1, FALSE, fetch->progress_data);

  fetch->attempt = 0;
  if (++fetch->page >= MAX_PAGES)
    {
      g_task_return_new_error (task, OG_PORTABILITY_ERROR, OG_PORTABILITY_ERROR_MALFORMED,
                               _("LinkedIn sent more than %u pages of %s; stopped"), MAX_PAGES, domain);
      return;
    }

  if (g_str_equal (domain, CHANGELOG))
    {
      guint n_events;
      gint64 newest;

      /* Pages follow by time: the next starts at the newest event read (and
       * repeats it; ids de-duplicate). A page that is empty or does not move
       * on is the last; a short one may not be, the API pages unevenly. */
      read_changelog_paging (body, &n_events, &newest);
      if (newest > fetch->next_since_ms)
        fetch->next_since_ms = newest;
      if (n_events == 0 || newest <= fetch->since_ms)
        {
          next_domain (task);
          return;
        }
      fetch->since_ms = newest;
    }
  send_page (task);
}

static void
sent_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  OgPortabilityClient *self = g_task_get_source_object (task);
  Fetch *fetch = g_task_get_task_data (task);
  const char *domain = current_domain (fetch);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);
  guint status;

  if (body == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_task_return_error (task, g_steal_pointer (&error));
      else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
        retry_or_fail (task, backoff (self, fetch),
                       g_error_new (OG_PORTABILITY_ERROR, OG_PORTABILITY_ERROR_NETWORK,
                                    g_dngettext (GETTEXT_PACKAGE,
                                                 "LinkedIn did not answer within %u second (%s, page %u); try again later",
                                                 "LinkedIn did not answer within %u seconds (%s, page %u); try again later",
                                                 soup_session_get_timeout (SOUP_SESSION (source))),
                                    soup_session_get_timeout (SOUP_SESSION (source)), domain, fetch->page));
      else
        retry_or_fail (task, backoff (self, fetch),
                       g_error_new (OG_PORTABILITY_ERROR, OG_PORTABILITY_ERROR_NETWORK,
                                    _("LinkedIn could not be reached: %s"), error->message));
      return;
    }

  status = soup_message_get_status (fetch->message);
  if (status == SOUP_STATUS_OK)
    page_read (task, body);
  else if (status == SOUP_STATUS_NOT_FOUND)
    /* "No data found": the domain has no more pages. */
    next_domain (task);
  else if (status == SOUP_STATUS_UNAUTHORIZED || status == SOUP_STATUS_FORBIDDEN || status == 426)
    g_task_return_error (task, refusal_error (status, body, domain));
  else if (status == 429)
    {
      gint64 wait_s = retry_after (fetch->message);
      guint delay = wait_s >= 0 ? (guint)MIN (wait_s, (gint64)self->max_retry_after_s) * 1000 : backoff (self, fetch);

      retry_or_fail (task, delay, g_error_new_literal (OG_PORTABILITY_ERROR, OG_PORTABILITY_ERROR_THROTTLED,
                                                       _("LinkedIn is limiting requests; try again later")));
    }
  else if (status >= 500 && status < 600)
    retry_or_fail (task, backoff (self, fetch),
                   g_error_new (OG_PORTABILITY_ERROR, OG_PORTABILITY_ERROR_SERVER,
                                _("LinkedIn's server failed (%u) on %s, page %u; try again later"),
                                status, domain, fetch->page));
  else
    g_task_return_new_error (task, OG_PORTABILITY_ERROR, OG_PORTABILITY_ERROR_FAILED,
                             _("LinkedIn answered %u on %s, page %u"), status, domain, fetch->page);
}

/* A GET with the token and the version, or NULL for an unusable address. */
static SoupMessage *
new_request (OgPortabilityClient *self,
             const char          *url)
{
  SoupMessage *message = soup_message_new (SOUP_METHOD_GET, url);
  g_autofree char *authorization = NULL;
  SoupMessageHeaders *headers;

  if (message == NULL)
    return NULL;
  headers = soup_message_get_request_headers (message);
  authorization = g_strconcat ("Bearer ", self->token, NULL);
  soup_message_headers_replace (headers, "Authorization", authorization);
  soup_message_headers_replace (headers, "LinkedIn-Version", OG_PORTABILITY_VERSION);
  soup_message_headers_replace (headers, "X-Restli-Protocol-Version", "2.0.0");
  memset (authorization, 0, strlen (authorization));
  self->n_requests++;
  g_debug ("GET %s", url);   /* the URL holds no token */
  return message;
}

static void
send_page (GTask *task)
{
  OgPortabilityClient *self = g_task_get_source_object (task);
  Fetch *fetch = g_task_get_task_data (task);
  const char *domain = current_domain (fetch);
  g_autofree char *url = NULL;

  if (g_str_equal (domain, CHANGELOG))
    url = g_strdup_printf ("%s/rest/memberChangeLogs?q=memberAndApplication&startTime=%" G_GINT64_FORMAT "&count=%d",
                           self->base, fetch->since_ms, CHANGELOG_COUNT);
  else
    url = g_strdup_printf ("%s/rest/memberSnapshotData?q=criteria&domain=%s&start=%u", self->base, domain, fetch->page);

  g_clear_object (&fetch->message);
  fetch->message = new_request (self, url);
  if (fetch->message == NULL)
    {
      g_task_return_new_error (task, OG_PORTABILITY_ERROR, OG_PORTABILITY_ERROR_INSECURE,
                               _("“%s” is not a usable address"), self->base);
      return;
    }
  soup_session_send_and_read_async (self->session, fetch->message, G_PRIORITY_DEFAULT,
                                    g_task_get_cancellable (task), sent_cb, g_object_ref (task));
}

const char * const *
og_portability_default_domains (void)
{
  return all_domains;
}

static gboolean
is_known_domain (const char *domain)
{
  return g_strv_contains (all_domains, domain);
}

void
og_portability_client_fetch_async (OgPortabilityClient   *self,
                                   const char * const    *domains,
                                   gint64                 changelog_since_ms,
                                   OgPortabilityProgress  progress,
                                   gpointer               progress_data,
                                   GCancellable          *cancellable,
                                   GAsyncReadyCallback    callback,
                                   gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  Fetch *fetch;

  g_return_if_fail (OG_IS_PORTABILITY_CLIENT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, og_portability_client_fetch_async);

  fetch = g_new0 (Fetch, 1);
  fetch->domains = g_strdupv ((char **)(domains != NULL && domains[0] != NULL ? domains : all_domains));
  fetch->since_ms = MAX (changelog_since_ms, 0);
  fetch->next_since_ms = fetch->since_ms;
  fetch->dataset = og_dataset_new ();
  fetch->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  fetch->progress = progress;
  fetch->progress_data = progress_data;
  g_task_set_task_data (task, fetch, (GDestroyNotify)fetch_free);

  for (guint i = 0; fetch->domains[i] != NULL; i++)
    if (!is_known_domain (fetch->domains[i]))
      {
        g_task_return_new_error (task, OG_PORTABILITY_ERROR, OG_PORTABILITY_ERROR_FAILED,
                                 _("Unknown domain “%s”; use CONNECTIONS, INBOX, INVITATIONS or CHANGELOG"),
                                 fetch->domains[i]);
        return;
      }
  if (fetch->domains[0] == NULL)
    {
      og_dataset_finish (fetch->dataset);
      g_task_return_pointer (task, g_object_ref (fetch->dataset), g_object_unref);
      return;
    }
  send_page (task);
}

OgDataset *
og_portability_client_fetch_finish (OgPortabilityClient  *self,
                                    GAsyncResult         *result,
                                    gint64               *next_since_ms,
                                    GError              **error)
{
  Fetch *fetch;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == og_portability_client_fetch_async, NULL);

  fetch = g_task_get_task_data (G_TASK (result));
  if (next_since_ms != NULL)
    *next_since_ms = fetch->next_since_ms;
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- checking a token ---------------------------------------------------------------- */

static void
checked_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SoupMessage *message = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);
  guint status;

  if (body == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_new_error (task, OG_PORTABILITY_ERROR, OG_PORTABILITY_ERROR_NETWORK,
                                 _("LinkedIn could not be reached: %s"), error->message);
      return;
    }
  status = soup_message_get_status (message);
  if (status == SOUP_STATUS_OK)
    g_task_return_boolean (task, TRUE);
  else if (status == SOUP_STATUS_UNAUTHORIZED || status == SOUP_STATUS_FORBIDDEN || status == 426)
    g_task_return_error (task, refusal_error (status, body, "memberAuthorizations"));
  else
    g_task_return_new_error (task, OG_PORTABILITY_ERROR, status == 429 ? OG_PORTABILITY_ERROR_THROTTLED
                             : status >= 500 ? OG_PORTABILITY_ERROR_SERVER : OG_PORTABILITY_ERROR_FAILED,
                             _("LinkedIn answered %u when the token was checked; try again later"), status);
}

void
og_portability_client_check_async (OgPortabilityClient *self,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *url = NULL;
  SoupMessage *message;

  g_return_if_fail (OG_IS_PORTABILITY_CLIENT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, og_portability_client_check_async);
  url = g_strdup_printf ("%s/rest/memberAuthorizations?q=memberAndApplication", self->base);
  message = new_request (self, url);
  if (message == NULL)
    {
      g_task_return_new_error (task, OG_PORTABILITY_ERROR, OG_PORTABILITY_ERROR_INSECURE,
                               _("“%s” is not a usable address"), self->base);
      return;
    }
  g_task_set_task_data (task, message, g_object_unref);
  soup_session_send_and_read_async (self->session, message, G_PRIORITY_DEFAULT, cancellable, checked_cb,
                                    g_object_ref (task));
}

gboolean
og_portability_client_check_finish (OgPortabilityClient  *self,
                                    GAsyncResult         *result,
                                    GError              **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == og_portability_client_check_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
