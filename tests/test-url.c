/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-url.c — profile URLs as join keys, and which URLs the app may open. */
#define G_LOG_DOMAIN "test-url"

#include "config.h"

#include "og-url.h"

static void
assert_key (const char *url,
            const char *expected)
{
  g_autofree char *key = og_url_normalize_profile (url);
  g_autofree char *printable = g_strescape (url != NULL ? url : "(null)", NULL);

  g_test_message ("%s → %s", printable, key != NULL ? key : "(null)");
  g_assert_cmpstr (key, ==, expected);
}

static void
assert_no_key (const char *url)
{
  assert_key (url, NULL);
}

static void
assert_openable (const char *url,
                 gboolean    expected)
{
  g_test_message ("%s openable: %s", url, expected ? "yes" : "no");
  if (og_url_is_openable (url) != expected)
    g_error ("expected \"%s\" %s", url, expected ? "to be openable" : "not to be openable");
}

static void
test_encoded_and_raw_slugs_give_one_key (void)
{
  /* Connections.csv percent-encodes, messages.csv writes UTF-8. */
  assert_key ("https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller-4a1b2c",
              "linkedin.com/in/jürgen-müller-4a1b2c");
  assert_key ("https://www.linkedin.com/in/jürgen-müller-4a1b2c",
              "linkedin.com/in/jürgen-müller-4a1b2c");
  assert_key ("https://www.linkedin.com/in/j%c3%bcrgen-m%c3%bcller-4a1b2c",
              "linkedin.com/in/jürgen-müller-4a1b2c");
  /* Plain ASCII escapes decode too. */
  assert_key ("https://www.linkedin.com/in/anna%2Dlindqvist",
              "linkedin.com/in/anna-lindqvist");
}

static void
test_decomposed_and_composed_slugs_give_one_key (void)
{
  /* "ü" as one code point (NFC) and as "u" + combining diaeresis (NFD). */
  assert_key ("https://www.linkedin.com/in/j\xC3\xBCrgen-m\xC3\xBCller-4a1b2c",
              "linkedin.com/in/jürgen-müller-4a1b2c");
  assert_key ("https://www.linkedin.com/in/ju\xCC\x88rgen-mu\xCC\x88ller-4a1b2c",
              "linkedin.com/in/jürgen-müller-4a1b2c");
  assert_key ("https://www.linkedin.com/in/ju%CC%88rgen-mu%CC%88ller-4a1b2c",
              "linkedin.com/in/jürgen-müller-4a1b2c");
}

static void
test_key_is_lowercase (void)
{
  assert_key ("https://www.linkedin.com/in/Priya-Raman-77", "linkedin.com/in/priya-raman-77");
  assert_key ("HTTPS://WWW.LINKEDIN.COM/IN/PRIYA-RAMAN-77", "linkedin.com/in/priya-raman-77");
  assert_key ("https://www.linkedin.com/in/J%C3%9CRGEN-M%C3%9CLLER-4A1B2C",
              "linkedin.com/in/jürgen-müller-4a1b2c");
  assert_key ("https://www.linkedin.com/in/ÉLODIE-FAURE", "linkedin.com/in/élodie-faure");
}

static void
test_scheme_is_optional (void)
{
  static const char *forms[] = {
    "https://www.linkedin.com/in/tomas-berg-3f",
    "http://www.linkedin.com/in/tomas-berg-3f",
    "www.linkedin.com/in/tomas-berg-3f",
    "linkedin.com/in/tomas-berg-3f",
    "//www.linkedin.com/in/tomas-berg-3f",
    "Http://linkedin.com/in/tomas-berg-3f",
  };

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    assert_key (forms[i], "linkedin.com/in/tomas-berg-3f");

  assert_no_key ("ftp://www.linkedin.com/in/tomas-berg-3f");
  assert_no_key ("javascript://www.linkedin.com/in/tomas-berg-3f");
}

static void
test_subdomains_are_dropped (void)
{
  assert_key ("https://de.linkedin.com/in/tomas-berg-3f", "linkedin.com/in/tomas-berg-3f");
  assert_key ("https://uk.linkedin.com/in/tomas-berg-3f", "linkedin.com/in/tomas-berg-3f");
  assert_key ("https://m.linkedin.com/in/tomas-berg-3f", "linkedin.com/in/tomas-berg-3f");
  assert_key ("https://WWW.LinkedIn.com/in/tomas-berg-3f", "linkedin.com/in/tomas-berg-3f");
}

static void
test_query_fragment_and_trailing_slashes_are_dropped (void)
{
  assert_key ("https://www.linkedin.com/in/tomas-berg-3f/", "linkedin.com/in/tomas-berg-3f");
  assert_key ("https://www.linkedin.com/in/tomas-berg-3f///", "linkedin.com/in/tomas-berg-3f");
  assert_key ("https://www.linkedin.com/in/tomas-berg-3f?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAB",
              "linkedin.com/in/tomas-berg-3f");
  assert_key ("https://www.linkedin.com/in/tomas-berg-3f/?trk=people-guest#experience",
              "linkedin.com/in/tomas-berg-3f");
  assert_key ("https://www.linkedin.com/in/tomas-berg-3f#about", "linkedin.com/in/tomas-berg-3f");
  assert_key ("  https://www.linkedin.com/in/tomas-berg-3f \n", "linkedin.com/in/tomas-berg-3f");
}

static void
test_truncated_profile_url_has_no_key (void)
{
  /* Some 2023 Invitations.csv files cut every URL to this. */
  assert_no_key ("https://www.linkedin.com/in");
  assert_no_key ("https://www.linkedin.com/in/");
  assert_no_key ("https://www.linkedin.com/in//");
  assert_no_key ("https://www.linkedin.com/in/?trk=x");
  assert_no_key ("https://www.linkedin.com/");
  assert_no_key ("https://www.linkedin.com");
}

static void
test_foreign_hosts_have_no_key (void)
{
  static const char *foreign[] = {
    "https://linkedin.com.evil.example/in/tomas-berg-3f",
    "https://evil-linkedin.com/in/tomas-berg-3f",
    "https://evillinkedin.com/in/tomas-berg-3f",
    "https://www.linkedin.co/in/tomas-berg-3f",
    "https://linkedin.com@evil.example/in/tomas-berg-3f",
    "https://evil.example@linkedin.com/in/tomas-berg-3f",
    "https://www.linkedin.com:8443/in/tomas-berg-3f",
    "https://www..linkedin.com/in/tomas-berg-3f",
    "https://.linkedin.com/in/tomas-berg-3f",
    "https://evil.example/in/tomas-berg-3f",
    "https://evil.example/linkedin.com/in/tomas-berg-3f",
    "https://www.linkedin.com%2Eevil.example/in/tomas-berg-3f",
  };

  for (guint i = 0; i < G_N_ELEMENTS (foreign); i++)
    assert_no_key (foreign[i]);
}

static void
test_company_and_school_pages_have_no_key (void)
{
  assert_no_key ("https://www.linkedin.com/company/northwind-analytics/");
  assert_no_key ("https://www.linkedin.com/school/example-university/");
  assert_no_key ("https://www.linkedin.com/feed/");
  assert_no_key ("https://www.linkedin.com/profile/view?id=12345");
  /* A profile's sub-page would give a second key for the same person. */
  assert_no_key ("https://www.linkedin.com/in/tomas-berg-3f/details/experience/");
}

static void
test_smuggled_characters_have_no_key (void)
{
  static const char *smuggled[] = {
    "https://www.linkedin.com/in/tomas%2Fberg",
    "https://www.linkedin.com/in/tomas%2fberg",
    "https://www.linkedin.com/in/tomas%5Cberg",
    "https://www.linkedin.com/in/tomas%0Aberg",
    "https://www.linkedin.com/in/tomas%00berg",
    "https://www.linkedin.com/in/tomas%20berg",
    "https://www.linkedin.com/in/tomas berg",
    "https://www.linkedin.com/in/tomas%E2%80%8Bberg",  /* zero-width space */
    "https://www.linkedin.com/in/tomas%E2%80%AEberg",  /* right-to-left override */
    "https://www.linkedin.com/in/tomas%3Fberg",
    "https://www.linkedin.com/in/tomas%25berg",
    "https://www.linkedin.com/in/tomas%zzberg",
    "https://www.linkedin.com/in/tomas-berg%",
    "https://www.linkedin.com/in/tomas-berg%4",
    "https://www.linkedin.com/in/tomas%FFberg",          /* not UTF-8 */
    "https://www.linkedin.com/in/tomas\xFF" "berg",
  };

  for (guint i = 0; i < G_N_ELEMENTS (smuggled); i++)
    assert_no_key (smuggled[i]);
}

static void
test_old_public_profile_paths_are_keys (void)
{
  assert_key ("http://www.linkedin.com/pub/maren-olsen/12/a34/5b6",
              "linkedin.com/pub/maren-olsen/12/a34/5b6");
  assert_key ("https://uk.linkedin.com/pub/Maren-Olsen/12/A34/5B6/",
              "linkedin.com/pub/maren-olsen/12/a34/5b6");
  assert_no_key ("https://www.linkedin.com/pub/maren-olsen/12/a34");
  assert_no_key ("https://www.linkedin.com/pub/maren-olsen/12/a34/5b6/7");
  assert_no_key ("https://www.linkedin.com/pub/");
}

static void
test_empty_and_null_have_no_key (void)
{
  assert_no_key (NULL);
  assert_no_key ("");
  assert_no_key ("   ");
  assert_no_key ("Priya Raman");
  assert_no_key ("https://");
}

static void
test_profile_url_from_key_escapes_non_ascii (void)
{
  g_autofree char *ascii = og_url_profile_from_key ("linkedin.com/in/tomas-berg-3f");
  g_autofree char *umlaut = og_url_profile_from_key ("linkedin.com/in/jürgen-müller-4a1b2c");
  g_autofree char *pub = og_url_profile_from_key ("linkedin.com/pub/maren-olsen/12/a34/5b6");

  g_assert_cmpstr (ascii, ==, "https://www.linkedin.com/in/tomas-berg-3f");
  g_assert_cmpstr (umlaut, ==, "https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller-4a1b2c");
  g_assert_cmpstr (pub, ==, "https://www.linkedin.com/pub/maren-olsen/12/a34/5b6");
}

static void
test_profile_url_round_trips_through_its_key (void)
{
  static const char *keys[] = {
    "linkedin.com/in/tomas-berg-3f",
    "linkedin.com/in/jürgen-müller-4a1b2c",
    "linkedin.com/in/élodie-faure",
    "linkedin.com/in/李伟-5c6d7e",
    "linkedin.com/in/anna_lindqvist.~x",
    "linkedin.com/pub/maren-olsen/12/a34/5b6",
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *url = og_url_profile_from_key (keys[i]);
      g_autofree char *key = og_url_normalize_profile (url);

      g_test_message ("%s → %s", keys[i], url);
      g_assert_cmpstr (key, ==, keys[i]);
      g_assert_true (og_url_is_openable (url));
      g_assert_true (g_str_is_ascii (url));
    }
}

static void
test_profile_url_from_key_refuses_non_keys (void)
{
  static const char *not_keys[] = {
    "",
    "https://www.linkedin.com/in/tomas-berg-3f",
    "www.linkedin.com/in/tomas-berg-3f",
    "linkedin.com/in/Tomas-Berg-3f",
    "linkedin.com/in/tomas-berg-3f/",
    "linkedin.com/company/northwind",
    "evil.example/in/tomas-berg-3f",
  };

  for (guint i = 0; i < G_N_ELEMENTS (not_keys); i++)
    {
      g_autofree char *url = og_url_profile_from_key (not_keys[i]);

      g_test_message ("not a key: %s", not_keys[i]);
      g_assert_null (url);
    }
}

static void
test_thread_url_keeps_base64_padding (void)
{
  g_autofree char *url = og_url_thread ("2-ZGRmNWM3YWUtMmQ5Ni00NjQ1LWI5MGEtNGI2ZjM4NmQxMzk5XzAxMA==");
  g_autofree char *slash = og_url_thread ("2-YWJj+ZGVm/Z2hp=");
  g_autofree char *numeric = og_url_thread ("6634546343255576576");

  g_assert_cmpstr (url, ==,
                   "https://www.linkedin.com/messaging/thread/"
                   "2-ZGRmNWM3YWUtMmQ5Ni00NjQ1LWI5MGEtNGI2ZjM4NmQxMzk5XzAxMA==/");
  /* A '/' would start a new path segment, so it is the one escaped character. */
  g_assert_cmpstr (slash, ==, "https://www.linkedin.com/messaging/thread/2-YWJj+ZGVm%2FZ2hp=/");
  g_assert_cmpstr (numeric, ==, "https://www.linkedin.com/messaging/thread/6634546343255576576/");

  g_assert_true (og_url_is_openable (url));
  g_assert_true (og_url_is_openable (slash));
}

static void
test_thread_url_refuses_foreign_characters (void)
{
  static const char *bad[] = {
    "",
    "2-abc def",
    "2-abc?x=1",
    "2-abc#frag",
    "../../settings",
    "2-abc%2F",
    "2-abc\n",
    "2-abc<script>",
    "2-äbc",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *url = og_url_thread (bad[i]);

      g_test_message ("not an id: %s", bad[i]);
      g_assert_null (url);
    }

  g_assert_null (og_url_thread (NULL));
}

static void
test_https_linkedin_urls_are_openable (void)
{
  assert_openable ("https://www.linkedin.com/in/tomas-berg-3f", TRUE);
  assert_openable ("https://linkedin.com/in/tomas-berg-3f", TRUE);
  assert_openable ("https://de.linkedin.com/in/tomas-berg-3f/", TRUE);
  assert_openable ("https://www.linkedin.com/messaging/thread/2-YWJj==/", TRUE);
  assert_openable ("HTTPS://WWW.LINKEDIN.COM/in/tomas-berg-3f", TRUE);
  assert_openable ("https://www.linkedin.com/in/tomas-berg-3f?trk=x#top", TRUE);
}

static void
test_other_schemes_are_not_openable (void)
{
  assert_openable ("http://www.linkedin.com/in/tomas-berg-3f", FALSE);
  assert_openable ("javascript:alert(document.cookie)//linkedin.com", FALSE);
  assert_openable ("javascript://www.linkedin.com/%0Aalert(1)", FALSE);
  assert_openable ("file:///etc/passwd", FALSE);
  assert_openable ("file://www.linkedin.com/etc/passwd", FALSE);
  assert_openable ("data:text/html,<a href=https://www.linkedin.com>", FALSE);
  assert_openable ("www.linkedin.com/in/tomas-berg-3f", FALSE);
  assert_openable ("//www.linkedin.com/in/tomas-berg-3f", FALSE);
  assert_openable ("", FALSE);
  assert_openable (NULL, FALSE);
}

static void
test_userinfo_and_port_are_not_openable (void)
{
  assert_openable ("https://linkedin.com@evil.example/", FALSE);
  assert_openable ("https://www.linkedin.com:443@evil.example/", FALSE);
  assert_openable ("https://evil.example@www.linkedin.com/", FALSE);
  assert_openable ("https://@www.linkedin.com/", FALSE);
  assert_openable ("https://www.linkedin.com:443/in/tomas-berg-3f", FALSE);
  assert_openable ("https://www.linkedin.com:8080/", FALSE);
}

static void
test_lookalike_hosts_are_not_openable (void)
{
  assert_openable ("https://linkedin.com.evil.example/in/x", FALSE);
  assert_openable ("https://evil-linkedin.com/in/x", FALSE);
  assert_openable ("https://evillinkedin.com/in/x", FALSE);
  assert_openable ("https://www.linkedin.com./in/x", FALSE);
  assert_openable ("https://www.linkedin.com%2F.evil.example/", FALSE);
  assert_openable ("https://evil.example%2F.linkedin.com/", FALSE);
  assert_openable ("https://evil.example/.linkedin.com/", FALSE);
  assert_openable ("https://evil.example\\.linkedin.com/", FALSE);
  assert_openable ("https://127.0.0.1/in/x", FALSE);
  assert_openable ("https://[::1]/in/x", FALSE);
  assert_openable (" https://www.linkedin.com/in/x", FALSE);
  assert_openable ("https://www.linkedin.com/in/x\n", FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/og/url/encoded-and-raw-slugs-give-one-key",
                   test_encoded_and_raw_slugs_give_one_key);
  g_test_add_func ("/og/url/decomposed-and-composed-slugs-give-one-key",
                   test_decomposed_and_composed_slugs_give_one_key);
  g_test_add_func ("/og/url/key-is-lowercase",
                   test_key_is_lowercase);
  g_test_add_func ("/og/url/scheme-is-optional",
                   test_scheme_is_optional);
  g_test_add_func ("/og/url/www-country-and-mobile-subdomains-are-dropped",
                   test_subdomains_are_dropped);
  g_test_add_func ("/og/url/query-fragment-and-trailing-slashes-are-dropped",
                   test_query_fragment_and_trailing_slashes_are_dropped);
  g_test_add_func ("/og/url/truncated-profile-url-has-no-key",
                   test_truncated_profile_url_has_no_key);
  g_test_add_func ("/og/url/foreign-hosts-have-no-key",
                   test_foreign_hosts_have_no_key);
  g_test_add_func ("/og/url/company-and-school-pages-have-no-key",
                   test_company_and_school_pages_have_no_key);
  g_test_add_func ("/og/url/smuggled-characters-have-no-key",
                   test_smuggled_characters_have_no_key);
  g_test_add_func ("/og/url/old-public-profile-paths-are-keys",
                   test_old_public_profile_paths_are_keys);
  g_test_add_func ("/og/url/empty-and-null-have-no-key",
                   test_empty_and_null_have_no_key);
  g_test_add_func ("/og/url/profile-url-from-key-escapes-non-ascii",
                   test_profile_url_from_key_escapes_non_ascii);
  g_test_add_func ("/og/url/profile-url-round-trips-through-its-key",
                   test_profile_url_round_trips_through_its_key);
  g_test_add_func ("/og/url/profile-url-from-key-refuses-non-keys",
                   test_profile_url_from_key_refuses_non_keys);
  g_test_add_func ("/og/url/thread-url-keeps-base64-padding",
                   test_thread_url_keeps_base64_padding);
  g_test_add_func ("/og/url/thread-url-refuses-foreign-characters",
                   test_thread_url_refuses_foreign_characters);
  g_test_add_func ("/og/url/https-linkedin-urls-are-openable",
                   test_https_linkedin_urls_are_openable);
  g_test_add_func ("/og/url/other-schemes-are-not-openable",
                   test_other_schemes_are_not_openable);
  g_test_add_func ("/og/url/userinfo-and-port-are-not-openable",
                   test_userinfo_and_port_are_not_openable);
  g_test_add_func ("/og/url/lookalike-hosts-are-not-openable",
                   test_lookalike_hosts_are_not_openable);

  return g_test_run ();
}
