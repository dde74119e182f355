/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: every reader of og-date.h. The input is parsed as text;
 * its first seven bytes are also a civil time (year as 16 bits, then month,
 * day, hour, minute and second as signed bytes) for the UTC and US Pacific
 * conversions, checked against GDateTime. */
#include "config.h"

#include "og-date.h"

#define SECONDS_PER_DAY 86400

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static gint64
floor_mod (gint64 value,
           gint64 modulus)
{
  return ((value % modulus) + modulus) % modulus;
}

/* Formatting a time and parsing the text again gives the same second and day. */
static void
check_round_trip (gint64 utc)
{
  g_autofree char *iso = og_date_format_iso8601 (utc);
  g_autofree char *day = og_date_format_day (utc);
  g_autofree char *ago = og_date_format_ago (utc, utc);
  OgDate again;

  g_assert_nonnull (iso);
  g_assert_nonnull (day);
  g_assert_cmpstr (ago, ==, "just now");

  g_assert_true (og_date_parse (iso, &again));
  g_assert_cmpint (again.format, ==, OG_DATE_FORMAT_ISO8601);
  g_assert_cmpint (again.precision, ==, OG_DATE_PRECISION_SECOND);
  g_assert_cmpint (again.utc, ==, utc);

  g_assert_true (og_date_parse (day, &again));
  g_assert_cmpint (again.precision, ==, OG_DATE_PRECISION_DAY);
  g_assert_cmpint (again.utc, ==, utc - floor_mod (utc, SECONDS_PER_DAY));
}

static void
check_parse (const char *text)
{
  OgDate date;

  if (!og_date_parse (text, &date))
    {
      g_assert_cmpint (date.format, ==, OG_DATE_FORMAT_NONE);
      g_assert_true (date.utc == OG_TIME_UNKNOWN);
      return;
    }

  g_assert_cmpint (date.format, !=, OG_DATE_FORMAT_NONE);
  g_assert_true (date.utc != OG_TIME_UNKNOWN);
  g_assert_cmpint (date.ms, >=, 0);
  g_assert_cmpint (date.ms, <=, 999);
  if (date.precision != OG_DATE_PRECISION_MILLISECOND)
    g_assert_cmpint (date.ms, ==, 0);

  switch (date.precision)
    {
    case OG_DATE_PRECISION_DAY:
      /* Day formats give UTC midnight. */
      g_assert_cmpint (og_date_span_seconds (&date), ==, SECONDS_PER_DAY);
      g_assert_cmpint (floor_mod (date.utc, SECONDS_PER_DAY), ==, 0);
      break;
    case OG_DATE_PRECISION_MINUTE:
      g_assert_cmpint (og_date_span_seconds (&date), ==, 60);
      g_assert_cmpint (floor_mod (date.utc, 60), ==, 0);
      break;
    case OG_DATE_PRECISION_SECOND:
    case OG_DATE_PRECISION_MILLISECOND:
    default:
      g_assert_cmpint (og_date_span_seconds (&date), ==, 1);
      break;
    }

  check_round_trip (date.utc);
}

static void
check_civil (const guint8 *data)
{
  int year = (gint16)(data[0] | data[1] << 8);
  int month = (gint8)data[2];
  int day = (gint8)data[3];
  int hour = (gint8)data[4];
  int minute = (gint8)data[5];
  int second = (gint8)data[6];
  /* GDateTime knows the same years 1–9999 and refuses what they do not hold. */
  g_autoptr(GDateTime) reference = g_date_time_new_utc (year, month, day, hour, minute, second);
  gboolean valid = reference != NULL;
  gint64 utc = og_date_utc_from_civil (year, month, day, hour, minute, second);
  gint64 pacific = og_date_pacific_to_utc (year, month, day, hour, minute, second);
  g_autofree char *iso = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *ago = NULL;

  g_assert_cmpint (utc != OG_TIME_UNKNOWN, ==, valid);
  g_assert_cmpint (pacific != OG_TIME_UNKNOWN, ==, valid);
  if (!valid)
    return;

  g_assert_cmpint (utc, ==, g_date_time_to_unix (reference));

  iso = og_date_format_iso8601 (utc);
  expected = g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day, hour, minute, second);
  g_assert_cmpstr (iso, ==, expected);
  check_round_trip (utc);

  /* Pacific is UTC−8, or UTC−7 in daylight time, which never covers
   * December to February and always covers June to August. */
  g_assert_true (pacific - utc == 7 * 3600 || pacific - utc == 8 * 3600);
  if (month <= 2 || month == 12)
    g_assert_cmpint (pacific - utc, ==, 8 * 3600);
  else if (month >= 6 && month <= 8)
    g_assert_cmpint (pacific - utc, ==, 7 * 3600);
  /* The last hours of 9999 in Pacific time fall in the year 10000. */
  if (year < 9999)
    check_round_trip (pacific);

  ago = og_date_format_ago (utc, pacific);
  g_assert_cmpstr (ago, ==, pacific - utc == 7 * 3600 ? "7 hours ago" : "8 hours ago");
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = g_strndup ((const char *)data, size);

  check_parse (text);
  if (size >= 7)
    check_civil (data);

  return 0;
}
