/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-date.c — the date formats of LinkedIn's exports, and US Pacific time. */
#define G_LOG_DOMAIN "test-date"

#include "config.h"

#include "og-date.h"

/* Parses @text, expecting success, and returns the result for further checks. */
static OgDate
parse_ok (const char *text)
{
  OgDate date;

  if (!og_date_parse (text, &date))
    g_error ("expected \"%s\" to parse", text);

  return date;
}

/* Parses @text and compares the instant with an ISO 8601 string. */
static void
assert_parses_to (const char      *text,
                  const char      *expected_iso,
                  OgDatePrecision  precision,
                  OgDateFormat     format)
{
  OgDate date = parse_ok (text);
  g_autofree char *iso = og_date_format_iso8601 (date.utc);

  g_test_message ("%s → %s", text, iso);
  g_assert_cmpstr (iso, ==, expected_iso);
  g_assert_cmpint (date.precision, ==, precision);
  g_assert_cmpint (date.format, ==, format);
}

static void
assert_pacific (const char *text,
                const char *expected_iso)
{
  assert_parses_to (text, expected_iso, OG_DATE_PRECISION_MINUTE, OG_DATE_FORMAT_US_PACIFIC);
}

static void
assert_refused (const char *text)
{
  OgDate date = { 0, 0, OG_DATE_PRECISION_SECOND, OG_DATE_FORMAT_UTC };
  g_autofree char *printable = g_strescape (text != NULL ? text : "(null)", NULL);

  g_test_message ("refusing \"%s\"", printable);
  if (og_date_parse (text, &date))
    g_error ("expected \"%s\" to be refused", text);
  g_assert_cmpint (date.format, ==, OG_DATE_FORMAT_NONE);
  g_assert_cmpint (date.utc, ==, OG_TIME_UNKNOWN);
}

static void
test_day_month_year_is_utc_midnight (void)
{
  assert_parses_to ("16 Dec 2024", "2024-12-16T00:00:00Z",
                    OG_DATE_PRECISION_DAY, OG_DATE_FORMAT_DAY_MONTH_YEAR);
  assert_parses_to ("02 Jun 2022", "2022-06-02T00:00:00Z",
                    OG_DATE_PRECISION_DAY, OG_DATE_FORMAT_DAY_MONTH_YEAR);
  assert_parses_to ("2 jun 2022", "2022-06-02T00:00:00Z",
                    OG_DATE_PRECISION_DAY, OG_DATE_FORMAT_DAY_MONTH_YEAR);
  assert_parses_to ("16 DECEMBER 2024", "2024-12-16T00:00:00Z",
                    OG_DATE_PRECISION_DAY, OG_DATE_FORMAT_DAY_MONTH_YEAR);
  assert_parses_to ("1 September 2019", "2019-09-01T00:00:00Z",
                    OG_DATE_PRECISION_DAY, OG_DATE_FORMAT_DAY_MONTH_YEAR);
  assert_parses_to ("30 Sept 2021", "2021-09-30T00:00:00Z",
                    OG_DATE_PRECISION_DAY, OG_DATE_FORMAT_DAY_MONTH_YEAR);

  /* Neither a truncated nor a misspelt month is a month. */
  assert_refused ("16 De 2024");
  assert_refused ("16 Decem 2024");
  assert_refused ("16 Dez 2024");
  assert_refused ("16 Dec 24");
}

static void
test_pacific_time_is_eight_hours_behind_in_winter (void)
{
  assert_pacific ("12/16/24, 3:49 AM", "2024-12-16T11:49:00Z");
  assert_pacific ("1/5/18, 10:02 PM", "2018-01-06T06:02:00Z");
}

static void
test_pacific_time_uses_daylight_saving_in_july (void)
{
  assert_pacific ("7/4/23, 9:15 AM", "2023-07-04T16:15:00Z");
  assert_pacific ("6/21/18, 11:59 PM", "2018-06-22T06:59:00Z");
}

static void
test_pacific_time_accepts_spreadsheet_variants (void)
{
  OgDate date;

  assert_pacific ("12/16/2024, 3:49 AM", "2024-12-16T11:49:00Z");
  assert_pacific ("12/16/24 3:49 AM", "2024-12-16T11:49:00Z");
  assert_pacific ("12/16/24, 3:49 am", "2024-12-16T11:49:00Z");
  assert_pacific ("12/16/24, 3:49AM", "2024-12-16T11:49:00Z");
  assert_pacific ("12/16/24, 03:49 a.m.", "2024-12-16T11:49:00Z");
  /* ICU's narrow no-break space before the meridiem. */
  assert_pacific ("12/16/24, 3:49\u202fPM", "2024-12-16T23:49:00Z");
  /* Excel's 24-hour re-typing. */
  assert_pacific ("12/16/24 15:49", "2024-12-16T23:49:00Z");
  assert_pacific ("12/16/2024 0:05", "2024-12-16T08:05:00Z");

  date = parse_ok ("12/16/2024 15:49:30");
  g_assert_cmpint (date.precision, ==, OG_DATE_PRECISION_SECOND);
  g_assert_cmpint (date.format, ==, OG_DATE_FORMAT_US_PACIFIC);
  g_assert_cmpint (date.utc, ==, og_date_utc_from_civil (2024, 12, 16, 23, 49, 30));
}

static void
test_midnight_and_noon_are_twelve_am_and_pm (void)
{
  assert_pacific ("1/1/24, 12:00 AM", "2024-01-01T08:00:00Z");
  assert_pacific ("1/1/24, 12:59 AM", "2024-01-01T08:59:00Z");
  assert_pacific ("1/1/24, 12:00 PM", "2024-01-01T20:00:00Z");
  assert_pacific ("1/1/24, 12:30 PM", "2024-01-01T20:30:00Z");
  assert_pacific ("1/1/24, 1:00 AM", "2024-01-01T09:00:00Z");
  assert_pacific ("1/1/24, 11:59 PM", "2024-01-02T07:59:00Z");

  /* Hours a twelve-hour clock never shows. */
  assert_refused ("1/1/24, 0:30 AM");
  assert_refused ("1/1/24, 13:00 PM");
  assert_refused ("1/1/24, 24:00");
}

static void
test_pacific_evening_falls_on_the_next_utc_day (void)
{
  OgDate date = parse_ok ("12/31/23, 8:30 PM");
  g_autofree char *day = og_date_format_day (date.utc);
  g_autofree char *iso = og_date_format_iso8601 (date.utc);

  g_assert_cmpstr (iso, ==, "2024-01-01T04:30:00Z");
  g_assert_cmpstr (day, ==, "2024-01-01");

  /* In summer the evening crosses at 17:00 local. */
  assert_pacific ("7/31/22, 4:59 PM", "2022-07-31T23:59:00Z");
  assert_pacific ("7/31/22, 5:00 PM", "2022-08-01T00:00:00Z");
}

/* The second Sunday of March: 2022-03-13, 2023-03-12, 2024-03-10. */
static void
test_daylight_saving_starts_at_two_am_in_march (void)
{
  static const struct {
    const char *text;
    const char *expected;
  } cases[] = {
    { "3/13/22, 1:59 AM", "2022-03-13T09:59:00Z" },
    { "3/13/22, 3:00 AM", "2022-03-13T10:00:00Z" },
    { "3/12/22, 11:00 PM", "2022-03-13T07:00:00Z" },
    { "3/14/22, 1:00 AM", "2022-03-14T08:00:00Z" },
    { "3/12/23, 1:59 AM", "2023-03-12T09:59:00Z" },
    { "3/12/23, 3:00 AM", "2023-03-12T10:00:00Z" },
    { "3/5/23, 3:00 AM", "2023-03-05T11:00:00Z" },
    { "3/10/24, 1:59 AM", "2024-03-10T09:59:00Z" },
    { "3/10/24, 3:00 AM", "2024-03-10T10:00:00Z" },
    { "3/17/24, 1:00 AM", "2024-03-17T08:00:00Z" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_pacific (cases[i].text, cases[i].expected);
}

static void
test_skipped_spring_hour_is_read_as_standard_time (void)
{
  /* 02:30 never shows on a Pacific clock that day; as PST it is 03:30 PDT. */
  assert_pacific ("3/13/22, 2:30 AM", "2022-03-13T10:30:00Z");
  assert_pacific ("3/12/23, 2:00 AM", "2023-03-12T10:00:00Z");
  assert_pacific ("3/10/24, 2:59 AM", "2024-03-10T10:59:00Z");
  g_assert_cmpint (og_date_pacific_to_utc (2024, 3, 10, 2, 0, 0), ==,
                   og_date_pacific_to_utc (2024, 3, 10, 3, 0, 0));
}

/* The first Sunday of November: 2022-11-06, 2023-11-05, 2024-11-03. */
static void
test_daylight_saving_ends_at_two_am_in_november (void)
{
  static const struct {
    const char *text;
    const char *expected;
  } cases[] = {
    { "11/6/22, 12:59 AM", "2022-11-06T07:59:00Z" },
    { "11/6/22, 1:30 AM", "2022-11-06T08:30:00Z" }, /* first occurrence */
    { "11/6/22, 1:59 AM", "2022-11-06T08:59:00Z" },
    { "11/6/22, 2:00 AM", "2022-11-06T10:00:00Z" },
    { "11/5/23, 1:00 AM", "2023-11-05T08:00:00Z" },
    { "11/5/23, 2:00 AM", "2023-11-05T10:00:00Z" },
    { "11/4/23, 1:30 AM", "2023-11-04T08:30:00Z" },
    { "11/3/24, 1:30 AM", "2024-11-03T08:30:00Z" },
    { "11/3/24, 2:00 AM", "2024-11-03T10:00:00Z" },
    { "11/10/24, 1:30 AM", "2024-11-10T09:30:00Z" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_pacific (cases[i].text, cases[i].expected);
}

/* Before 2007 daylight time ran from April's first Sunday to October's last. */
static void
test_pacific_time_follows_the_rule_before_2007 (void)
{
  /* 2006: 2 April and 29 October. */
  g_assert_cmpint (og_date_pacific_to_utc (2006, 4, 2, 1, 59, 0), ==,
                   og_date_utc_from_civil (2006, 4, 2, 9, 59, 0));
  g_assert_cmpint (og_date_pacific_to_utc (2006, 4, 2, 3, 0, 0), ==,
                   og_date_utc_from_civil (2006, 4, 2, 10, 0, 0));
  g_assert_cmpint (og_date_pacific_to_utc (2006, 10, 29, 1, 30, 0), ==,
                   og_date_utc_from_civil (2006, 10, 29, 8, 30, 0));
  g_assert_cmpint (og_date_pacific_to_utc (2006, 11, 1, 12, 0, 0), ==,
                   og_date_utc_from_civil (2006, 11, 1, 20, 0, 0));
}

/* Compares every quarter hour of each switch day, and a coarse sweep of the
 * rest, with the system's tzdata — when it is installed. */
static void
test_pacific_time_matches_the_time_zone_database (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("America/Los_Angeles");
  guint checked = 0;

  if (tz == NULL)
    {
      g_test_skip ("tzdata has no America/Los_Angeles");
      return;
    }

  for (int year = 1990; year <= 2037; year++)
    {
      gint64 start = og_date_utc_from_civil (year, 1, 1, 0, 0, 0);
      gint64 end = og_date_utc_from_civil (year + 1, 1, 1, 0, 0, 0);

      /* Every 15 minutes in March, April, October and November (the months
       * that held a switch under either rule), every 7 h 13 min elsewhere. */
      for (gint64 t = start; t < end; )
        {
          g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (t);
          g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);
          int month = g_date_time_get_month (local);
          gint64 back;

          back = og_date_pacific_to_utc (g_date_time_get_year (local),
                                         month,
                                         g_date_time_get_day_of_month (local),
                                         g_date_time_get_hour (local),
                                         g_date_time_get_minute (local),
                                         g_date_time_get_second (local));

          /* The second pass through the repeated autumn hour reads as the first. */
          if (back != t)
            {
              g_autoptr(GDateTime) earlier = g_date_time_new_from_unix_utc (back);
              g_autoptr(GDateTime) earlier_local = g_date_time_to_timezone (earlier, tz);
              g_autofree char *a = g_date_time_format (local, "%F %T %Z");
              g_autofree char *b = g_date_time_format (earlier_local, "%F %T %Z");

              g_test_message ("%s read back as %s", a, b);
              g_assert_cmpint (back, ==, t - 3600);
              g_assert_true (g_date_time_is_daylight_savings (earlier_local));
              g_assert_false (g_date_time_is_daylight_savings (local));
              g_assert_cmpint (g_date_time_get_hour (local), ==, 1);
              g_assert_cmpint (g_date_time_get_hour (earlier_local), ==, 1);
            }

          checked++;
          if (month == 3 || month == 4 || month == 10 || month == 11)
            t += 15 * 60;
          else
            t += 7 * 3600 + 13 * 60;
        }
    }

  g_test_message ("%u instants checked", checked);
}

static void
test_utc_format_has_second_precision (void)
{
  OgDate date;

  assert_parses_to ("2024-12-16 11:49:15 UTC", "2024-12-16T11:49:15Z",
                    OG_DATE_PRECISION_SECOND, OG_DATE_FORMAT_UTC);
  assert_parses_to ("2019-01-01 00:00:00 UTC", "2019-01-01T00:00:00Z",
                    OG_DATE_PRECISION_SECOND, OG_DATE_FORMAT_UTC);

  date = parse_ok ("2024-12-16 11:49:15 UTC");
  g_assert_cmpint (date.utc, ==, G_GINT64_CONSTANT (1734349755));
  g_assert_cmpint (date.ms, ==, 0);

  assert_refused ("2024-12-16 11:49 UTC");
  assert_refused ("2024-12-16 11:49:15 PST");
  assert_refused ("2024-12-16 11:49:15");
}

static void
test_iso8601_offsets_and_milliseconds (void)
{
  OgDate date;

  assert_parses_to ("2024-12-16T11:49:15Z", "2024-12-16T11:49:15Z",
                    OG_DATE_PRECISION_SECOND, OG_DATE_FORMAT_ISO8601);
  assert_parses_to ("2024-12-16T12:49:15+01:00", "2024-12-16T11:49:15Z",
                    OG_DATE_PRECISION_SECOND, OG_DATE_FORMAT_ISO8601);
  assert_parses_to ("2024-12-16T03:49:15-0800", "2024-12-16T11:49:15Z",
                    OG_DATE_PRECISION_SECOND, OG_DATE_FORMAT_ISO8601);
  assert_parses_to ("2024-12-16T17:19:15+05:30", "2024-12-16T11:49:15Z",
                    OG_DATE_PRECISION_SECOND, OG_DATE_FORMAT_ISO8601);
  assert_parses_to ("2024-12-17T00:49:15+13", "2024-12-16T11:49:15Z",
                    OG_DATE_PRECISION_SECOND, OG_DATE_FORMAT_ISO8601);
  assert_parses_to ("2024-12-16t11:49z", "2024-12-16T11:49:00Z",
                    OG_DATE_PRECISION_MINUTE, OG_DATE_FORMAT_ISO8601);
  assert_parses_to ("2024-12-16", "2024-12-16T00:00:00Z",
                    OG_DATE_PRECISION_DAY, OG_DATE_FORMAT_ISO8601);

  date = parse_ok ("2024-12-16T11:49:15.123Z");
  g_assert_cmpint (date.utc, ==, G_GINT64_CONSTANT (1734349755));
  g_assert_cmpint (date.ms, ==, 123);
  g_assert_cmpint (date.precision, ==, OG_DATE_PRECISION_MILLISECOND);

  date = parse_ok ("2024-12-16T11:49:15.5Z");
  g_assert_cmpint (date.ms, ==, 500);
  date = parse_ok ("2024-12-16T11:49:15.123456789+00:00");
  g_assert_cmpint (date.ms, ==, 123);

  /* Without an offset the instant is unknown; bad offsets are refused. */
  assert_refused ("2024-12-16T11:49:15");
  assert_refused ("2024-12-16T11:49:15+24:00");
  assert_refused ("2024-12-16T11:49:15+01:60");
  assert_refused ("2024-12-16T11:49:15.Z");
  assert_refused ("2024-12-16T11:49:15Zjunk");
}

static void
test_excel_day_is_flagged_as_excel (void)
{
  OgDate date;

  assert_parses_to ("9-Sep-22", "2022-09-09T00:00:00Z",
                    OG_DATE_PRECISION_DAY, OG_DATE_FORMAT_EXCEL_DAY);
  assert_parses_to ("16-dec-2024", "2024-12-16T00:00:00Z",
                    OG_DATE_PRECISION_DAY, OG_DATE_FORMAT_EXCEL_DAY);

  date = parse_ok ("29-Feb-24");
  g_assert_cmpint (date.format, ==, OG_DATE_FORMAT_EXCEL_DAY);

  assert_refused ("29-Feb-23");
  assert_refused ("9-Sep-2");
  assert_refused ("9-Sep-022");
  assert_refused ("9-Sep");
}

static void
test_epoch_milliseconds (void)
{
  OgDate date = parse_ok ("1734349755000");
  g_autofree char *iso = og_date_format_iso8601 (date.utc);

  g_assert_cmpstr (iso, ==, "2024-12-16T11:49:15Z");
  g_assert_cmpint (date.format, ==, OG_DATE_FORMAT_EPOCH_MS);
  g_assert_cmpint (date.precision, ==, OG_DATE_PRECISION_MILLISECOND);
  g_assert_cmpint (date.ms, ==, 0);

  date = parse_ok ("1734349755987");
  g_assert_cmpint (date.utc, ==, G_GINT64_CONSTANT (1734349755));
  g_assert_cmpint (date.ms, ==, 987);

  date = parse_ok ("999999999999");
  g_assert_cmpint (date.utc, ==, G_GINT64_CONSTANT (999999999));

  /* Eleven and fourteen digits are not what the API sends. */
  assert_refused ("99999999999");
  assert_refused ("17343497550001");
  assert_refused ("-1734349755000");
  assert_refused ("1734349755000.5");
}

static void
test_leap_day_exists_only_in_leap_years (void)
{
  OgDate date = parse_ok ("29 Feb 2024");
  g_autofree char *day = og_date_format_day (date.utc);

  g_assert_cmpstr (day, ==, "2024-02-29");
  parse_ok ("2/29/24, 9:00 AM");
  parse_ok ("2024-02-29 10:00:00 UTC");
  parse_ok ("29 Feb 2000");

  assert_refused ("29 Feb 2023");
  assert_refused ("2/29/23, 9:00 AM");
  assert_refused ("2023-02-29 10:00:00 UTC");
  assert_refused ("29 Feb 2100");

  g_assert_cmpint (og_date_utc_from_civil (2023, 2, 29, 0, 0, 0), ==, OG_TIME_UNKNOWN);
  g_assert_cmpint (og_date_pacific_to_utc (2023, 2, 29, 0, 0, 0), ==, OG_TIME_UNKNOWN);
}

static void
test_impossible_dates_are_refused (void)
{
  static const char *impossible[] = {
    "31 Apr 2024",
    "0 Jan 2024",
    "32 Jan 2024",
    "13/1/24, 1:00 AM",
    "0/1/24, 1:00 AM",
    "4/31/24, 1:00 AM",
    "1/1/24, 1:60 AM",
    "1/1/24 24:00",
    "1/1/24 23:59:60",
    "2024-02-30 10:00:00 UTC",
    "2024-13-01 10:00:00 UTC",
    "2024-00-10 10:00:00 UTC",
    "2024-12-16 24:00:00 UTC",
    "2024-12-16 23:60:00 UTC",
    "2024-12-16 23:59:60 UTC",
    "2024-04-31T10:00:00Z",
    "31-Jun-22",
    "25:00",
  };

  for (guint i = 0; i < G_N_ELEMENTS (impossible); i++)
    assert_refused (impossible[i]);

  g_assert_cmpint (og_date_utc_from_civil (2024, 1, 1, 24, 0, 0), ==, OG_TIME_UNKNOWN);
  g_assert_cmpint (og_date_utc_from_civil (2024, 1, 1, 0, -1, 0), ==, OG_TIME_UNKNOWN);
  g_assert_cmpint (og_date_utc_from_civil (0, 1, 1, 0, 0, 0), ==, OG_TIME_UNKNOWN);
  g_assert_cmpint (og_date_utc_from_civil (10000, 1, 1, 0, 0, 0), ==, OG_TIME_UNKNOWN);
  g_assert_cmpint (og_date_pacific_to_utc (2024, 11, 31, 0, 0, 0), ==, OG_TIME_UNKNOWN);
}

/* Found by fuzz-date: a wall time that is valid, but whose instant the
 * formatters cannot write, would import as a date and report as none. */
static void
test_instants_beyond_the_calendar_are_refused (void)
{
  assert_refused ("0001-01-01T00:00+01:00");
  assert_refused ("0001-01-01T00:59:59+01:00");
  assert_refused ("9999-12-31T23:59:59-00:01");
  assert_refused ("12/31/9999 23:00");
  assert_refused ("12/31/9999, 4:00 PM");

  assert_parses_to ("0001-01-01T01:00+01:00", "0001-01-01T00:00:00Z",
                    OG_DATE_PRECISION_MINUTE, OG_DATE_FORMAT_ISO8601);
  assert_pacific ("12/31/9999, 3:59 PM", "9999-12-31T23:59:00Z");
}

static void
test_garbage_and_empty_text_are_refused (void)
{
  static const char *garbage[] = {
    "",
    "   ",
    "\t\n",
    "hello",
    "Connected On",
    "2024",
    "12/16/24",
    "12/16/24,",
    "12/16/24, 3:49 XM",
    "12/16/24, 3:49 AM extra",
    "16 Dec 2024 extra",
    "16Dec2024",
    "12-16-2024",
    "2024/12/16",
    "2024-12-16X11:49:15Z",
    "١٦ Dec 2024",
    "16 Dec 2024\xff",
  };

  for (guint i = 0; i < G_N_ELEMENTS (garbage); i++)
    assert_refused (garbage[i]);

  assert_refused (NULL);
}

static void
test_surrounding_white_space_is_trimmed (void)
{
  assert_parses_to ("  16 Dec 2024\r\n", "2024-12-16T00:00:00Z",
                    OG_DATE_PRECISION_DAY, OG_DATE_FORMAT_DAY_MONTH_YEAR);
  assert_parses_to ("\t2024-12-16 11:49:15 UTC ", "2024-12-16T11:49:15Z",
                    OG_DATE_PRECISION_SECOND, OG_DATE_FORMAT_UTC);
  assert_pacific (" 12/16/24, 3:49 AM ", "2024-12-16T11:49:00Z");
  /* Inner runs of spaces are tolerated too. */
  assert_parses_to ("16  Dec   2024", "2024-12-16T00:00:00Z",
                    OG_DATE_PRECISION_DAY, OG_DATE_FORMAT_DAY_MONTH_YEAR);
}

static void
test_formatting_round_trips (void)
{
  static const char *instants[] = {
    "1970-01-01T00:00:00Z",
    "1969-12-31T23:59:59Z",
    "2000-02-29T12:00:00Z",
    "2024-12-16T11:49:15Z",
    "2038-01-19T03:14:08Z",
    "0001-01-01T00:00:00Z",
    "9999-12-31T23:59:59Z",
  };
  GRand *rand = g_rand_new_with_seed (20241216);

  for (guint i = 0; i < G_N_ELEMENTS (instants); i++)
    {
      OgDate date = parse_ok (instants[i]);
      g_autofree char *iso = og_date_format_iso8601 (date.utc);

      g_assert_cmpstr (iso, ==, instants[i]);
    }

  /* Random instants from 1900 to 2100 against GLib's own calendar. */
  for (guint i = 0; i < 2000; i++)
    {
      gint64 t = (gint64) g_rand_double_range (rand, -2208988800.0, 4102444800.0);
      g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (t);
      g_autofree char *expected_iso = g_date_time_format (dt, "%Y-%m-%dT%H:%M:%SZ");
      g_autofree char *expected_day = g_date_time_format (dt, "%Y-%m-%d");
      g_autofree char *iso = og_date_format_iso8601 (t);
      g_autofree char *day = og_date_format_day (t);
      OgDate date = parse_ok (iso);

      g_assert_cmpstr (iso, ==, expected_iso);
      g_assert_cmpstr (day, ==, expected_day);
      g_assert_cmpint (date.utc, ==, t);
      g_assert_cmpint (og_date_utc_from_civil (g_date_time_get_year (dt),
                                               g_date_time_get_month (dt),
                                               g_date_time_get_day_of_month (dt),
                                               g_date_time_get_hour (dt),
                                               g_date_time_get_minute (dt),
                                               g_date_time_get_second (dt)), ==, t);
    }

  g_rand_free (rand);
}

static void
test_unknown_time_formats_as_null (void)
{
  g_assert_null (og_date_format_iso8601 (OG_TIME_UNKNOWN));
  g_assert_null (og_date_format_day (OG_TIME_UNKNOWN));
  g_assert_null (og_date_format_iso8601 (G_MAXINT64));
}

static void
test_span_follows_precision (void)
{
  OgDate date;

  date = parse_ok ("16 Dec 2024");
  g_assert_cmpint (og_date_span_seconds (&date), ==, 86400);
  date = parse_ok ("12/16/24, 3:49 AM");
  g_assert_cmpint (og_date_span_seconds (&date), ==, 60);
  date = parse_ok ("2024-12-16 11:49:15 UTC");
  g_assert_cmpint (og_date_span_seconds (&date), ==, 1);
  date = parse_ok ("1734349755123");
  g_assert_cmpint (og_date_span_seconds (&date), ==, 1);
}

static void
test_date_time_since_reads_as_words_then_as_a_day (void)
{
  gint64 now = og_date_utc_from_civil (2026, 12, 3, 12, 0, 0);
  struct { gint64 ago; const char *text; } cases[] = {
    { -30, "just now" },            /* a clock a little behind */
    { 0, "just now" },
    { 59, "just now" },
    { 60, "1 minute ago" },
    { 45 * 60, "45 minutes ago" },
    { 60 * 60, "1 hour ago" },
    { 23 * 60 * 60 + 59 * 60, "23 hours ago" },
    { 24 * 60 * 60, "1 day ago" },
    { 30 * 24 * 60 * 60, "30 days ago" },
    { 31 * 24 * 60 * 60, "on 2026-11-02" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = og_date_format_ago (now - cases[i].ago, now);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/og/date/day-month-year-is-utc-midnight",
                   test_day_month_year_is_utc_midnight);
  g_test_add_func ("/og/date/pacific-time-is-eight-hours-behind-in-winter",
                   test_pacific_time_is_eight_hours_behind_in_winter);
  g_test_add_func ("/og/date/pacific-time-uses-daylight-saving-in-july",
                   test_pacific_time_uses_daylight_saving_in_july);
  g_test_add_func ("/og/date/pacific-time-accepts-spreadsheet-variants",
                   test_pacific_time_accepts_spreadsheet_variants);
  g_test_add_func ("/og/date/midnight-and-noon-are-twelve-am-and-pm",
                   test_midnight_and_noon_are_twelve_am_and_pm);
  g_test_add_func ("/og/date/pacific-evening-falls-on-the-next-utc-day",
                   test_pacific_evening_falls_on_the_next_utc_day);
  g_test_add_func ("/og/date/daylight-saving-starts-at-two-am-in-march",
                   test_daylight_saving_starts_at_two_am_in_march);
  g_test_add_func ("/og/date/skipped-spring-hour-is-read-as-standard-time",
                   test_skipped_spring_hour_is_read_as_standard_time);
  g_test_add_func ("/og/date/daylight-saving-ends-at-two-am-in-november",
                   test_daylight_saving_ends_at_two_am_in_november);
  g_test_add_func ("/og/date/pacific-time-follows-the-rule-before-2007",
                   test_pacific_time_follows_the_rule_before_2007);
  g_test_add_func ("/og/date/pacific-time-matches-the-time-zone-database",
                   test_pacific_time_matches_the_time_zone_database);
  g_test_add_func ("/og/date/utc-format-has-second-precision",
                   test_utc_format_has_second_precision);
  g_test_add_func ("/og/date/iso8601-understands-offsets-and-milliseconds",
                   test_iso8601_offsets_and_milliseconds);
  g_test_add_func ("/og/date/excel-day-is-flagged-as-excel",
                   test_excel_day_is_flagged_as_excel);
  g_test_add_func ("/og/date/epoch-milliseconds-keep-their-milliseconds",
                   test_epoch_milliseconds);
  g_test_add_func ("/og/date/leap-day-exists-only-in-leap-years",
                   test_leap_day_exists_only_in_leap_years);
  g_test_add_func ("/og/date/impossible-dates-are-refused",
                   test_impossible_dates_are_refused);
  g_test_add_func ("/og/date/instants-beyond-the-calendar-are-refused",
                   test_instants_beyond_the_calendar_are_refused);
  g_test_add_func ("/og/date/garbage-and-empty-text-are-refused",
                   test_garbage_and_empty_text_are_refused);
  g_test_add_func ("/og/date/surrounding-white-space-is-trimmed",
                   test_surrounding_white_space_is_trimmed);
  g_test_add_func ("/og/date/time-since-reads-as-words-then-as-a-day",
                   test_date_time_since_reads_as_words_then_as_a_day);
  g_test_add_func ("/og/date/formatting-round-trips",
                   test_formatting_round_trips);
  g_test_add_func ("/og/date/unknown-time-formats-as-null",
                   test_unknown_time_formats_as_null);
  g_test_add_func ("/og/date/span-follows-precision",
                   test_span_follows_precision);

  return g_test_run ();
}
