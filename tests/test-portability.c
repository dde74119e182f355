/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Portability API client against a stand-in of the API on 127.0.0.1:
 * paging to the 404, the changelog, throttling, server errors, expired
 * tokens, truncated bodies. */
#include "config.h"

#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <string.h>

#include "og-importer.h"
#include "og-portability.h"
#include "og-sync.h"
#include "og-test-log.h"

#define TOKEN "AQX-test-token-7f3a"

typedef struct
{
  SoupServer *server;
  char       *base;
  char       *data_dir;
  guint       requests;
  guint       without_headers;   /* requests missing the token or the version */
  guint       throttle;          /* answer this many requests 429 first */
  guint       fail;              /* and this many 500 */
  guint       truncate;          /* and this many with half a body */
  gboolean    stall;             /* never answer */
  guint       status;            /* when set, every answer has this status */
  const char *status_body;
  const char *redirect;          /* when set, every answer is a 302 to it */
} Api;

static char *
page_path (Api        *api,
           const char *name)
{
  return g_build_filename (api->data_dir, name, NULL);
}

static void
respond_file (SoupServerMessage *message,
              const char        *path,
              gboolean           truncated)
{
  g_autofree char *body = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &body, &length, NULL))
    {
      const char *none = "{\"message\":\"No data found for this memberId\",\"status\":404}";

      soup_server_message_set_status (message, 404, NULL);
      soup_server_message_set_response (message, "application/json", SOUP_MEMORY_COPY, none, strlen (none));
      return;
    }
  soup_server_message_set_status (message, 200, NULL);
  soup_server_message_set_response (message, "application/json", SOUP_MEMORY_COPY, body,
                                    truncated ? length / 2 : length);
}

static void
handler (SoupServer        *server,
         SoupServerMessage *message,
         const char        *path,
         GHashTable        *query,
         gpointer           user_data)
{
  Api *api = user_data;
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (message);

  api->requests++;
  if (g_strcmp0 (soup_message_headers_get_one (headers, "Authorization"), "Bearer " TOKEN) != 0 ||
      g_strcmp0 (soup_message_headers_get_one (headers, "LinkedIn-Version"), "202312") != 0)
    {
      api->without_headers++;
      soup_server_message_set_status (message, 401, NULL);
      return;
    }
  if (api->redirect != NULL)
    {
      soup_server_message_set_redirect (message, 302, api->redirect);
      return;
    }
  if (api->stall)
    {
      /* Held until the server goes: the client must give up by itself. */
      soup_server_message_pause (message);
      return;
    }
  if (api->status != 0)
    {
      soup_server_message_set_status (message, api->status, NULL);
      if (api->status_body != NULL)
        soup_server_message_set_response (message, "application/json", SOUP_MEMORY_STATIC,
                                          api->status_body, strlen (api->status_body));
      return;
    }
  if (api->throttle > 0)
    {
      api->throttle--;
      soup_server_message_set_status (message, 429, NULL);
      soup_message_headers_replace (soup_server_message_get_response_headers (message), "Retry-After", "1");
      return;
    }
  if (api->fail > 0)
    {
      api->fail--;
      soup_server_message_set_status (message, 500, NULL);
      return;
    }

  if (g_str_equal (path, "/rest/memberAuthorizations"))
    {
      static const char authorized[] = "{\"elements\":[{\"memberComplianceAuthorizationKey\":{\"developerApplication\":\"urn:li:developerApplication:1\"}}]}";

      soup_server_message_set_status (message, 200, NULL);
      soup_server_message_set_response (message, "application/json", SOUP_MEMORY_STATIC, authorized, strlen (authorized));
    }
  else if (g_str_equal (path, "/rest/memberSnapshotData") && query != NULL)
    {
      g_autofree char *name = g_strdup_printf ("memberSnapshotData-%s-%s.json",
                                               (char *)g_hash_table_lookup (query, "domain"),
                                               (char *)g_hash_table_lookup (query, "start"));
      g_autofree char *file = page_path (api, name);
      gboolean truncated = api->truncate > 0;

      if (truncated)
        api->truncate--;
      respond_file (message, file, truncated);
    }
  else if (g_str_equal (path, "/rest/memberChangeLogs") && query != NULL)
    {
      /* Pages by time: each starts at the newest event of the one before. */
      const char *since = g_hash_table_lookup (query, "startTime");
      const char *name = g_strcmp0 (since, "0") == 0 ? "memberChangeLogs-0.json"
                         : g_strcmp0 (since, "1748256867067") == 0 ? "memberChangeLogs-1.json" : NULL;
      g_autofree char *file = name != NULL ? page_path (api, name) : NULL;

      static const char empty[] = "{\"paging\":{\"start\":0,\"count\":50},\"elements\":[]}";

      if (file != NULL)
        respond_file (message, file, FALSE);
      else
        {
          soup_server_message_set_status (message, 200, NULL);
          soup_server_message_set_response (message, "application/json", SOUP_MEMORY_STATIC, empty, strlen (empty));
        }
    }
  else
    soup_server_message_set_status (message, 400, NULL);
}

/* @server on 127.0.0.1, a port of its own; its address. */
static char *
listen_on_loopback (SoupServer *server)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;
  char *base;

  g_assert_true (soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  base = g_uri_to_string (uris->data);
  g_slist_free_full (uris, (GDestroyNotify)g_uri_unref);
  return base;
}

static void
api_set_up (Api           *api,
            gconstpointer  data)
{
  api->data_dir = g_test_build_filename (G_TEST_DIST, "data", "api", NULL);
  api->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (api->server, "/rest", handler, api, NULL);
  api->base = listen_on_loopback (api->server);
}

static void
api_tear_down (Api           *api,
               gconstpointer  data)
{
  g_clear_object (&api->server);
  g_free (api->base);
  g_free (api->data_dir);
}

typedef struct
{
  OgDataset *dataset;
  GError    *error;
  gint64     next_since;
  gboolean   done;
  GPtrArray *progress;
} Result;

static void
fetched_cb (GObject      *source,
            GAsyncResult *async_result,
            gpointer      user_data)
{
  Result *result = user_data;

  result->dataset = og_portability_client_fetch_finish (OG_PORTABILITY_CLIENT (source), async_result,
                                                        &result->next_since, &result->error);
  result->done = TRUE;
}

static void
progress_cb (const char *domain,
             guint       pages,
             gboolean    finished,
             gpointer    user_data)
{
  g_ptr_array_add (user_data, g_strdup_printf ("%s %u%s", domain, pages, finished ? " done" : ""));
}

static char *
progress_text (GPtrArray *progress)
{
  g_ptr_array_add (progress, NULL);
  g_ptr_array_set_size (progress, progress->len - 1);
  return g_strjoinv (", ", (char **)progress->pdata);
}

static OgPortabilityClient *
client_for (Api *api)
{
  g_autoptr(GError) error = NULL;
  OgPortabilityClient *client = og_portability_client_new (api->base, TOKEN, &error);

  g_assert_no_error (error);
  /* Quick retries for the test; Retry-After is still honoured (1 s). */
  og_portability_client_set_limits (client, 3, 10, 2, 5);
  return client;
}

static void
fetch (OgPortabilityClient *client,
       const char * const  *domains,
       Result              *result)
{
  result->progress = g_ptr_array_new_with_free_func (g_free);
  og_portability_client_fetch_async (client, domains, 0, progress_cb, result->progress, NULL, fetched_cb, result);
  while (!result->done)
    g_main_context_iteration (NULL, TRUE);
}

static void
result_clear (Result *result)
{
  g_clear_object (&result->dataset);
  g_clear_error (&result->error);
  g_clear_pointer (&result->progress, g_ptr_array_unref);
}

static OgDataset *
saved_files (Api *api)
{
  const char *paths[] = { api->data_dir, NULL };
  g_autoptr(GError) error = NULL;
  OgDataset *dataset = og_import (paths, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

static void
test_portability_pages_every_domain_to_the_404_and_reads_the_changelog (Api           *api,
                                                                          gconstpointer  data)
{
  g_autoptr(OgPortabilityClient) client = client_for (api);
  g_autoptr(OgDataset) saved = saved_files (api);
  Result result = { 0 };

  api->throttle = 1;
  api->fail = 1;
  fetch (client, NULL, &result);
  g_assert_no_error (result.error);
  g_assert_nonnull (result.dataset);

  /* Everything the saved responses hold, nothing twice. */
  g_assert_cmpuint (og_dataset_get_n_connections (result.dataset), ==, og_dataset_get_n_connections (saved));
  g_assert_cmpuint (og_dataset_get_messages (result.dataset)->len, ==, og_dataset_get_messages (saved)->len);
  g_assert_cmpuint (og_dataset_get_invitations (result.dataset)->len, ==, og_dataset_get_invitations (saved)->len);
  g_assert_cmpuint (og_dataset_get_n_connections (result.dataset), >, 0);

  /* Two pages of CONNECTIONS and INBOX, one of INVITATIONS, then the
   * changelog; each domain says when it has ended. */
  {
    g_autofree char *text = progress_text (result.progress);

    g_assert_true (g_str_has_prefix (text, "CONNECTIONS 1, CONNECTIONS 2, CONNECTIONS 2 done, "
                                           "INBOX 1, INBOX 2, INBOX 2 done, "
                                           "INVITATIONS 1, INVITATIONS 1 done, CHANGELOG 1, "));
    g_assert_true (g_str_has_suffix (text, " done"));
    g_assert_true (g_str_has_prefix (result.progress->pdata[result.progress->len - 1], "CHANGELOG "));
  }
  g_assert_cmpint (result.next_since, ==, 1748703070685);

  /* The throttled and the failed request were retried; every request had
   * the token and the version header. */
  g_assert_cmpuint (api->without_headers, ==, 0);
  g_assert_cmpuint (og_portability_client_get_n_requests (client), ==, api->requests);
  result_clear (&result);
}

static void
test_portability_fetches_only_the_domains_asked_for (Api           *api,
                                                     gconstpointer  data)
{
  g_autoptr(OgPortabilityClient) client = client_for (api);
  const char *domains[] = { "INVITATIONS", NULL };
  const char *unknown[] = { "PROFILE", NULL };
  Result result = { 0 };
  Result bad = { 0 };

  fetch (client, domains, &result);
  g_assert_no_error (result.error);
  g_assert_cmpuint (og_dataset_get_invitations (result.dataset)->len, >, 0);
  g_assert_cmpuint (og_dataset_get_messages (result.dataset)->len, ==, 0);
  g_assert_cmpuint (result.progress->len, ==, 2);
  g_assert_cmpstr (result.progress->pdata[1], ==, "INVITATIONS 1 done");

  fetch (client, unknown, &bad);
  g_assert_error (bad.error, OG_PORTABILITY_ERROR, OG_PORTABILITY_ERROR_FAILED);
  g_assert_nonnull (strstr (bad.error->message, "PROFILE"));
  result_clear (&result);
  result_clear (&bad);
}

typedef struct
{
  guint        status;
  const char  *body;
  int          code;
  const char  *says;
} Failure;

static void
test_portability_says_clearly_what_each_failure_means (Api           *api,
                                                       gconstpointer  data)
{
  const Failure failures[] = {
    { 401, "{\"serviceErrorCode\":65602,\"message\":\"The token used in the request has expired\",\"status\":401}",
      OG_PORTABILITY_ERROR_EXPIRED, "expired" },
    { 401, "{\"status\":401}", OG_PORTABILITY_ERROR_UNAUTHORIZED, "token" },
    { 403, NULL, OG_PORTABILITY_ERROR_FORBIDDEN, "r_dma_portability_self_serve" },
    { 426, NULL, OG_PORTABILITY_ERROR_VERSION, "202312" },
    { 429, NULL, OG_PORTABILITY_ERROR_THROTTLED, "limiting" },
    { 503, NULL, OG_PORTABILITY_ERROR_SERVER, "503" },
    { 418, NULL, OG_PORTABILITY_ERROR_FAILED, "418" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (failures); i++)
    {
      g_autoptr(OgPortabilityClient) client = client_for (api);
      Result result = { 0 };

      api->status = failures[i].status;
      api->status_body = failures[i].body;
      api->requests = 0;
      fetch (client, NULL, &result);
      g_assert_null (result.dataset);
      g_assert_error (result.error, OG_PORTABILITY_ERROR, failures[i].code);
      g_assert_nonnull (strstr (result.error->message, failures[i].says));
      /* The token never appears in what the person is told. */
      g_assert_null (strstr (result.error->message, TOKEN));
      /* Retries are bounded: the first try and three more at most. */
      g_assert_cmpuint (api->requests, <=, 4);
      result_clear (&result);
    }
}

static void
test_portability_a_truncated_page_is_a_clear_error (Api           *api,
                                                    gconstpointer  data)
{
  g_autoptr(OgPortabilityClient) client = client_for (api);
  Result result = { 0 };

  api->truncate = 1;
  fetch (client, NULL, &result);
  g_assert_error (result.error, OG_PORTABILITY_ERROR, OG_PORTABILITY_ERROR_MALFORMED);
  g_assert_nonnull (strstr (result.error->message, "CONNECTIONS, page 0"));
  result_clear (&result);
}

static void
test_portability_a_silent_server_times_out_with_a_clear_error (Api           *api,
                                                               gconstpointer  data)
{
  g_autoptr(OgPortabilityClient) client = client_for (api);
  Result result = { 0 };

  /* One second per request, one retry. */
  og_portability_client_set_limits (client, 1, 10, 2, 1);
  api->stall = TRUE;
  fetch (client, NULL, &result);
  g_assert_null (result.dataset);
  g_assert_error (result.error, OG_PORTABILITY_ERROR, OG_PORTABILITY_ERROR_NETWORK);
  g_assert_cmpstr (result.error->message, ==, "LinkedIn did not answer within 1 second (CONNECTIONS, page 0); try again later");
  g_assert_cmpuint (api->requests, ==, 2);
  result_clear (&result);
}

static void
checked_cb (GObject      *source,
            GAsyncResult *async_result,
            gpointer      user_data)
{
  Result *result = user_data;

  result->next_since = og_portability_client_check_finish (OG_PORTABILITY_CLIENT (source), async_result,
                                                           &result->error);
  result->done = TRUE;
}

static void
test_portability_checks_a_token_with_member_authorizations (Api           *api,
                                                            gconstpointer  data)
{
  g_autoptr(OgPortabilityClient) client = client_for (api);
  Result good = { 0 };
  Result expired = { 0 };

  og_portability_client_check_async (client, NULL, checked_cb, &good);
  while (!good.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (good.error);
  g_assert_true (good.next_since);

  api->status = 401;
  api->status_body = "{\"serviceErrorCode\":65602,\"status\":401}";
  og_portability_client_check_async (client, NULL, checked_cb, &expired);
  while (!expired.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (expired.error, OG_PORTABILITY_ERROR, OG_PORTABILITY_ERROR_EXPIRED);
  g_assert_cmpuint (api->without_headers, ==, 0);
  result_clear (&good);
  result_clear (&expired);
}

/* A stand-in for some other site, which counts what reaches it. */
static void
elsewhere_handler (SoupServer        *server,
                   SoupServerMessage *message,
                   const char        *path,
                   GHashTable        *query,
                   gpointer           user_data)
{
  guint *with_token = user_data;
  const char *authorization = soup_message_headers_get_one (soup_server_message_get_request_headers (message),
                                                            "Authorization");

  if (authorization != NULL && strstr (authorization, TOKEN) != NULL)
    (*with_token)++;
  soup_server_message_set_status (message, 401, NULL);
}

static void
test_portability_a_redirect_elsewhere_never_carries_the_token (Api           *api,
                                                               gconstpointer  data)
{
  g_autoptr(SoupServer) elsewhere = soup_server_new (NULL, NULL);
  g_autoptr(OgPortabilityClient) client = client_for (api);
  g_autofree char *target = NULL;
  guint with_token = 0;
  Result result = { 0 };

  /* Another port is another origin, as another host would be. */
  soup_server_add_handler (elsewhere, NULL, elsewhere_handler, &with_token, NULL);
  target = listen_on_loopback (elsewhere);
  api->redirect = target;
  fetch (client, NULL, &result);
  g_assert_null (result.dataset);
  g_assert_nonnull (result.error);
  g_assert_cmpuint (api->without_headers, ==, 0);
  g_assert_cmpuint (with_token, ==, 0);
  result_clear (&result);
}

typedef struct
{
  OgDataset *dataset;
  GError    *error;
  gboolean   done;
} Synced;

static void
synced_cb (GObject      *source,
           GAsyncResult *async_result,
           gpointer      user_data)
{
  Synced *synced = user_data;

  synced->dataset = og_sync_finish (async_result, NULL, NULL, &synced->error);
  synced->done = TRUE;
}

static void
test_portability_debug_logs_never_hold_the_token (Api           *api,
                                                  gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      g_autoptr(OgPortabilityClient) client = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = NULL;
      g_autofree char *path = NULL;
      g_autoptr(OgWorkspace) workspace = NULL;
      Result checked = { 0 };
      Result refused = { 0 };
      Synced synced = { 0 };

      /* As `G_MESSAGES_DEBUG=all outreach-guard sync` would log: a check, a
       * throttled and a failed request retried, a sync, a refused token. */
      og_test_capture_log ();

      client = client_for (api);
      og_portability_client_check_async (client, NULL, checked_cb, &checked);
      while (!checked.done)
        g_main_context_iteration (NULL, TRUE);
      g_assert_no_error (checked.error);

      dir = g_dir_make_tmp ("og-portability-XXXXXX", &error);
      g_assert_no_error (error);
      path = g_build_filename (dir, "workspace.db", NULL);
      workspace = og_workspace_open (path, &error);
      g_assert_no_error (error);
      api->throttle = 1;
      api->fail = 1;
      og_sync_async (workspace, client, NULL, NULL, NULL, NULL, synced_cb, &synced);
      while (!synced.done)
        g_main_context_iteration (NULL, TRUE);
      g_assert_no_error (synced.error);
      g_assert_nonnull (synced.dataset);

      api->status = 401;
      api->status_body = "{\"serviceErrorCode\":65602,\"status\":401}";
      fetch (client, NULL, &refused);
      g_assert_error (refused.error, OG_PORTABILITY_ERROR, OG_PORTABILITY_ERROR_EXPIRED);

      /* The requests and the retry were logged, and never the token. */
      g_assert_nonnull (strstr (og_test_log->str, "GET "));
      g_assert_nonnull (strstr (og_test_log->str, "Retrying "));
      og_test_assert_not_logged ("The token", TOKEN);
      og_test_assert_not_logged ("An Authorization header", "Bearer ");

      result_clear (&checked);
      result_clear (&refused);
      g_clear_object (&synced.dataset);
      og_workspace_delete (workspace, NULL);
      g_rmdir (dir);
      g_string_free (og_test_log, TRUE);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_portability_sends_the_token_over_https_only (void)
{
  const char *refused[] = { "http://api.linkedin.com", "http://192.168.1.10:8080", "ftp://127.0.0.1", "not a url" };
  const char *accepted[] = { NULL, "https://api.linkedin.com/", "http://127.0.0.1:8080", "http://localhost:1" };
  g_autoptr(GError) empty = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(OgPortabilityClient) client = og_portability_client_new (refused[i], TOKEN, &error);

      g_assert_null (client);
      g_assert_error (error, OG_PORTABILITY_ERROR, OG_PORTABILITY_ERROR_INSECURE);
    }
  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(OgPortabilityClient) client = og_portability_client_new (accepted[i], TOKEN, &error);

      g_assert_no_error (error);
      g_assert_nonnull (client);
    }
  /* A token with a line break would smuggle a header in. */
  g_assert_null (og_portability_client_new (NULL, "abc\r\nX-Evil: 1", &empty));
  g_assert_error (empty, OG_PORTABILITY_ERROR, OG_PORTABILITY_ERROR_UNAUTHORIZED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add ("/og/portability/" name, Api, NULL, api_set_up, func, api_tear_down)
  ADD ("pages-every-domain-to-the-404-and-reads-the-changelog",
       test_portability_pages_every_domain_to_the_404_and_reads_the_changelog);
  ADD ("fetches-only-the-domains-asked-for", test_portability_fetches_only_the_domains_asked_for);
  ADD ("says-clearly-what-each-failure-means", test_portability_says_clearly_what_each_failure_means);
  ADD ("a-truncated-page-is-a-clear-error", test_portability_a_truncated_page_is_a_clear_error);
  ADD ("a-silent-server-times-out-with-a-clear-error", test_portability_a_silent_server_times_out_with_a_clear_error);
  ADD ("checks-a-token-with-member-authorizations", test_portability_checks_a_token_with_member_authorizations);
  ADD ("a-redirect-elsewhere-never-carries-the-token", test_portability_a_redirect_elsewhere_never_carries_the_token);
  ADD ("debug-logs-never-hold-the-token", test_portability_debug_logs_never_hold_the_token);
#undef ADD
  g_test_add_func ("/og/portability/sends-the-token-over-https-only", test_portability_sends_the_token_over_https_only);

  return g_test_run ();
}
