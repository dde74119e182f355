/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-date.c — the handful of date formats LinkedIn's exports use, read by
 * hand so that the result never depends on the locale or on tzdata being
 * installed. Each format has its own small cursor-based reader; the first
 * reader that consumes the whole (trimmed) text wins.
 */
#define G_LOG_DOMAIN "og-date"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "og-date.h"

#define SECONDS_PER_DAY  G_GINT64_CONSTANT (86400)
#define MIN_YEAR         1
#define MAX_YEAR         9999

/* ---- calendar arithmetic ------------------------------------------------ */

static gboolean
is_leap_year (int year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static int
days_in_month (int year,
               int month)
{
  static const int lengths[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  if (month == 2 && is_leap_year (year))
    return 29;

  return lengths[month - 1];
}

static gboolean
civil_is_valid (int year,
                int month,
                int day,
                int hour,
                int minute,
                int second)
{
  return year >= MIN_YEAR && year <= MAX_YEAR &&
         month >= 1 && month <= 12 &&
         day >= 1 && day <= days_in_month (year, month) &&
         hour >= 0 && hour <= 23 &&
         minute >= 0 && minute <= 59 &&
         second >= 0 && second <= 59;
}

/* Days since 1970-01-01 in the proleptic Gregorian calendar. The year is
 * shifted to start in March so that the leap day falls at its end; then
 * whole 400-year cycles (146097 days) are counted separately from the
 * position inside the cycle, which keeps every division non-negative. */
static gint64
days_from_civil (int year,
                 int month,
                 int day)
{
  gint64 y = month <= 2 ? year - 1 : year;
  gint64 cycle = (y >= 0 ? y : y - 399) / 400;
  gint64 year_of_cycle = y - cycle * 400;                       /* 0 … 399 */
  gint64 month_from_march = month > 2 ? month - 3 : month + 9;  /* 0 … 11 */
  gint64 day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
  gint64 day_of_cycle = year_of_cycle * 365 + year_of_cycle / 4 -
                        year_of_cycle / 100 + day_of_year;

  /* 719468 days separate 0000-03-01 from 1970-01-01. */
  return cycle * 146097 + day_of_cycle - 719468;
}

/* The inverse of days_from_civil(), same March-based year. */
static void
civil_from_days (gint64  days,
                 int    *year,
                 int    *month,
                 int    *day)
{
  gint64 z = days + 719468;
  gint64 cycle = (z >= 0 ? z : z - 146096) / 146097;
  gint64 day_of_cycle = z - cycle * 146097;                     /* 0 … 146096 */
  gint64 year_of_cycle = (day_of_cycle - day_of_cycle / 1460 +
                          day_of_cycle / 36524 - day_of_cycle / 146096) / 365;
  gint64 day_of_year = day_of_cycle - (365 * year_of_cycle + year_of_cycle / 4 -
                                       year_of_cycle / 100);
  gint64 month_from_march = (5 * day_of_year + 2) / 153;
  gint64 m = month_from_march < 10 ? month_from_march + 3 : month_from_march - 9;

  *day = (int) (day_of_year - (153 * month_from_march + 2) / 5 + 1);
  *month = (int) m;
  *year = (int) (year_of_cycle + cycle * 400 + (m <= 2 ? 1 : 0));
}

/* 0 = Sunday. 1970-01-01 was a Thursday. */
static int
weekday_from_days (gint64 days)
{
  gint64 w = (days + 4) % 7;

  return (int) (w < 0 ? w + 7 : w);
}

/* Day of month of the @nth Sunday of @month (nth = -1: the last one). */
static int
nth_sunday (int year,
            int month,
            int nth)
{
  if (nth > 0)
    {
      int first = 1 + (7 - weekday_from_days (days_from_civil (year, month, 1))) % 7;

      return first + 7 * (nth - 1);
    }
  else
    {
      int last_day = days_in_month (year, month);

      return last_day - weekday_from_days (days_from_civil (year, month, last_day));
    }
}

gint64
og_date_utc_from_civil (int year,
                        int month,
                        int day,
                        int hour,
                        int minute,
                        int second)
{
  if (!civil_is_valid (year, month, day, hour, minute, second))
    return OG_TIME_UNKNOWN;

  return days_from_civil (year, month, day) * SECONDS_PER_DAY +
         hour * 3600 + minute * 60 + second;
}

gint64
og_date_pacific_to_utc (int year,
                        int month,
                        int day,
                        int hour,
                        int minute,
                        int second)
{
  gint64 local;
  gint64 dst_start;
  gint64 dst_end;

  local = og_date_utc_from_civil (year, month, day, hour, minute, second);
  if (local == OG_TIME_UNKNOWN)
    return OG_TIME_UNKNOWN;

  /* Both switches happen at 02:00 local wall time; "local" is the wall
   * time read as if it were UTC, so the comparisons stay on one scale. */
  if (year >= 2007)
    {
      dst_start = og_date_utc_from_civil (year, 3, nth_sunday (year, 3, 2), 2, 0, 0);
      dst_end = og_date_utc_from_civil (year, 11, nth_sunday (year, 11, 1), 2, 0, 0);
    }
  else
    {
      /* The 1987–2006 rule: first Sunday of April to last Sunday of October. */
      dst_start = og_date_utc_from_civil (year, 4, nth_sunday (year, 4, 1), 2, 0, 0);
      dst_end = og_date_utc_from_civil (year, 10, nth_sunday (year, 10, -1), 2, 0, 0);
    }

  /* 02:00–02:59 on the spring day does not exist on a clock; reading it as
   * standard time lands it one hour later in daylight time, which is what a
   * clock that missed the switch would have meant. 01:00–01:59 on the autumn
   * day happens twice; before dst_end it is still the daylight one. */
  if (local >= dst_start + 3600 && local < dst_end)
    return local + 7 * 3600;

  return local + 8 * 3600;
}

gint64
og_date_span_seconds (const OgDate *date)
{
  g_return_val_if_fail (date != NULL, 0);

  switch (date->precision)
    {
    case OG_DATE_PRECISION_DAY:
      return SECONDS_PER_DAY;
    case OG_DATE_PRECISION_MINUTE:
      return 60;
    case OG_DATE_PRECISION_SECOND:
    case OG_DATE_PRECISION_MILLISECOND:
    default:
      return 1;
    }
}

static gboolean
split_utc (gint64  utc,
           int    *year,
           int    *month,
           int    *day,
           int    *seconds_of_day)
{
  /* Floor division, so that times before 1970 still land on the right day. */
  gint64 days;
  gint64 rest;

  if (utc == OG_TIME_UNKNOWN)
    return FALSE;

  days = utc / SECONDS_PER_DAY;
  rest = utc % SECONDS_PER_DAY;
  if (rest < 0)
    {
      rest += SECONDS_PER_DAY;
      days -= 1;
    }

  /* Keep the day count far from overflow before converting it. */
  if (days < days_from_civil (MIN_YEAR, 1, 1) || days > days_from_civil (MAX_YEAR, 12, 31))
    return FALSE;

  civil_from_days (days, year, month, day);
  *seconds_of_day = (int) rest;

  return TRUE;
}

char *
og_date_format_iso8601 (gint64 utc)
{
  int year, month, day, seconds;

  if (!split_utc (utc, &year, &month, &day, &seconds))
    return NULL;

  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ",
                          year, month, day,
                          seconds / 3600, seconds / 60 % 60, seconds % 60);
}

char *
og_date_format_day (gint64 utc)
{
  int year, month, day, seconds;

  if (!split_utc (utc, &year, &month, &day, &seconds))
    return NULL;

  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

char *
og_date_format_ago (gint64 then,
                    gint64 now)
{
  gint64 seconds = MAX (now - then, 0);
  guint n;
  g_autofree char *day = NULL;

  if (seconds < 60)
    return g_strdup (_("just now"));
  if (seconds < 60 * 60)
    {
      n = (guint)(seconds / 60);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute ago", "%u minutes ago", n), n);
    }
  if (seconds < 24 * 60 * 60)
    {
      n = (guint)(seconds / (60 * 60));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hour ago", "%u hours ago", n), n);
    }
  /* Past a month a count of days is harder to read than the day itself. */
  if (seconds < 31 * 24 * 60 * 60)
    {
      n = (guint)(seconds / (24 * 60 * 60));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day ago", "%u days ago", n), n);
    }
  day = og_date_format_day (then);
  if (day == NULL)
    return NULL;
  /* Translators: %s is a day, 2024-12-16, in "Last synced on 2024-12-16" */
  return g_strdup_printf (_("on %s"), day);
}

/* ---- readers -------------------------------------------------------------
 * Each takes a cursor into the trimmed text, advances it past what it read,
 * and returns FALSE (cursor then undefined) when the text does not match. */

static gboolean
read_number (const char **p,
             guint        min_digits,
             guint        max_digits,
             int         *value)
{
  const char *s = *p;
  guint n = 0;
  int v = 0;

  while (n < max_digits && g_ascii_isdigit (s[n]))
    {
      v = v * 10 + (s[n] - '0');
      n++;
    }

  /* A digit right after the maximum means a longer number than the format allows. */
  if (n < min_digits || g_ascii_isdigit (s[n]))
    return FALSE;

  *value = v;
  *p = s + n;

  return TRUE;
}

/* Exactly @n digits, whatever follows: for compact forms such as "+0100". */
static gboolean
read_digits (const char **p,
             guint        n,
             int         *value)
{
  int v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      v = v * 10 + ((*p)[i] - '0');
    }

  *value = v;
  *p += n;

  return TRUE;
}

static gboolean
read_char (const char **p,
           char         c)
{
  if (**p != c)
    return FALSE;

  (*p)++;

  return TRUE;
}

/* Horizontal white space, including the no-break spaces that newer locale
 * data puts between a time and "AM" (U+00A0, U+202F). */
static gboolean
skip_space (const char **p)
{
  const char *s = *p;

  for (;;)
    {
      if (*s == ' ' || *s == '\t')
        s += 1;
      else if ((guchar) s[0] == 0xC2 && (guchar) s[1] == 0xA0)
        s += 2;
      else if ((guchar) s[0] == 0xE2 && (guchar) s[1] == 0x80 && (guchar) s[2] == 0xAF)
        s += 3;
      else
        break;
    }

  if (s == *p)
    return FALSE;

  *p = s;

  return TRUE;
}

/* A two-digit year is always 20YY: LinkedIn has no data from the 1900s. */
static gboolean
read_year (const char **p,
           gboolean     allow_two_digits,
           int         *year)
{
  const char *start = *p;

  if (!read_number (p, allow_two_digits ? 2 : 4, 4, year))
    return FALSE;

  switch (*p - start)
    {
    case 2:
      *year += 2000;
      return TRUE;
    case 4:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
read_month_name (const char **p,
                 int         *month)
{
  static const char *names[12] = {
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
  };
  const char *s = *p;
  gsize len = 0;

  while (g_ascii_isalpha (s[len]))
    len++;

  if (len < 3)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      /* The three-letter abbreviation or the full name; "Sept" as well,
       * since some spreadsheets write it. */
      if ((len == 3 || len == strlen (names[i]) || (i == 8 && len == 4)) &&
          g_ascii_strncasecmp (s, names[i], len) == 0)
        {
          *month = (int) i + 1;
          *p = s + len;
          return TRUE;
        }
    }

  return FALSE;
}

static void
date_set (OgDate          *out,
          gint64           utc,
          int              ms,
          OgDatePrecision  precision,
          OgDateFormat     format)
{
  out->utc = utc;
  out->ms = ms;
  out->precision = precision;
  out->format = format;
}

/* "16 Dec 2024", "02 Jun 2022" */
static gboolean
parse_day_month_year (const char *s,
                      OgDate     *out)
{
  int day, month, year;
  gint64 utc;

  if (!read_number (&s, 1, 2, &day) ||
      !skip_space (&s) ||
      !read_month_name (&s, &month) ||
      !skip_space (&s) ||
      !read_year (&s, FALSE, &year) ||
      *s != '\0')
    return FALSE;

  utc = og_date_utc_from_civil (year, month, day, 0, 0, 0);
  if (utc == OG_TIME_UNKNOWN)
    return FALSE;

  date_set (out, utc, 0, OG_DATE_PRECISION_DAY, OG_DATE_FORMAT_DAY_MONTH_YEAR);

  return TRUE;
}

/* "9-Sep-22": what Excel makes of "09 Sep 2022" when the file is saved again. */
static gboolean
parse_excel_day (const char *s,
                 OgDate     *out)
{
  int day, month, year;
  gint64 utc;

  if (!read_number (&s, 1, 2, &day) ||
      !read_char (&s, '-') ||
      !read_month_name (&s, &month) ||
      !read_char (&s, '-') ||
      !read_year (&s, TRUE, &year) ||
      *s != '\0')
    return FALSE;

  utc = og_date_utc_from_civil (year, month, day, 0, 0, 0);
  if (utc == OG_TIME_UNKNOWN)
    return FALSE;

  date_set (out, utc, 0, OG_DATE_PRECISION_DAY, OG_DATE_FORMAT_EXCEL_DAY);

  return TRUE;
}

/* "AM"/"PM", any case, optionally written "a.m."; returns 0 for none. */
static int
read_meridiem (const char **p)
{
  const char *s = *p;
  char c = g_ascii_tolower (s[0]);
  int result;

  if (c == 'a')
    result = 1;
  else if (c == 'p')
    result = 2;
  else
    return 0;

  s++;
  if (*s == '.')
    s++;
  if (g_ascii_tolower (*s) != 'm')
    return 0;
  s++;
  if (*s == '.')
    s++;

  *p = s;

  return result;
}

/* "12/16/24, 3:49 AM" (LinkedIn) and "12/16/2024 15:49" (Excel), US Pacific. */
static gboolean
parse_us_pacific (const char *s,
                  OgDate     *out)
{
  int month, day, year, hour, minute, second = 0;
  gboolean has_seconds = FALSE;
  int meridiem;
  gint64 utc;

  if (!read_number (&s, 1, 2, &month) ||
      !read_char (&s, '/') ||
      !read_number (&s, 1, 2, &day) ||
      !read_char (&s, '/') ||
      !read_year (&s, TRUE, &year))
    return FALSE;

  if (*s == ',')
    s++;
  skip_space (&s);

  if (!read_number (&s, 1, 2, &hour) ||
      !read_char (&s, ':') ||
      !read_number (&s, 2, 2, &minute))
    return FALSE;

  if (*s == ':')
    {
      s++;
      if (!read_number (&s, 2, 2, &second))
        return FALSE;
      has_seconds = TRUE;
    }

  skip_space (&s);
  meridiem = read_meridiem (&s);
  skip_space (&s);
  if (*s != '\0')
    return FALSE;

  if (meridiem != 0)
    {
      /* 12 AM is midnight and 12 PM is noon; 0 or 13 with a meridiem is nonsense. */
      if (hour < 1 || hour > 12)
        return FALSE;
      hour %= 12;
      if (meridiem == 2)
        hour += 12;
    }

  utc = og_date_pacific_to_utc (year, month, day, hour, minute, second);
  if (utc == OG_TIME_UNKNOWN)
    return FALSE;

  date_set (out, utc, 0,
            has_seconds ? OG_DATE_PRECISION_SECOND : OG_DATE_PRECISION_MINUTE,
            OG_DATE_FORMAT_US_PACIFIC);

  return TRUE;
}

/* ".123" → 123, ".5" → 500, ".123456" → 123 (extra digits are dropped). */
static gboolean
read_fraction (const char **p,
               int         *ms)
{
  const char *s = *p;
  int value = 0;
  int n = 0;

  if (*s != '.' && *s != ',')
    return FALSE;
  s++;

  if (!g_ascii_isdigit (*s))
    return FALSE;

  for (; g_ascii_isdigit (*s); s++, n++)
    {
      if (n < 3)
        value = value * 10 + (*s - '0');
    }

  for (; n < 3; n++)
    value *= 10;

  *ms = value;
  *p = s;

  return TRUE;
}

/* "Z", "+01:00", "+0100", "+01", "-08:00"; seconds east of UTC. */
static gboolean
read_offset (const char **p,
             int         *offset)
{
  const char *s = *p;
  int sign, hours, minutes = 0;

  if (*s == 'Z' || *s == 'z')
    {
      *offset = 0;
      *p = s + 1;
      return TRUE;
    }

  if (*s == '+')
    sign = 1;
  else if (*s == '-')
    sign = -1;
  else
    return FALSE;
  s++;

  if (!read_digits (&s, 2, &hours))
    return FALSE;

  if (*s == ':')
    {
      s++;
      if (!read_number (&s, 2, 2, &minutes))
        return FALSE;
    }
  else if (g_ascii_isdigit (*s))
    {
      if (!read_number (&s, 2, 2, &minutes))
        return FALSE;
    }

  if (hours > 23 || minutes > 59)
    return FALSE;

  *offset = sign * (hours * 3600 + minutes * 60);
  *p = s;

  return TRUE;
}

/* "2024-12-16 11:49:15 UTC" (messages.csv) and ISO 8601
 * "2024-12-16T11:49:15.123+01:00" (API JSON), which share their start. */
static gboolean
parse_utc_or_iso8601 (const char *s,
                      OgDate     *out)
{
  int year, month, day, hour, minute, second = 0, ms = 0, offset = 0;
  gboolean has_seconds = FALSE;
  gboolean has_fraction = FALSE;
  OgDatePrecision precision;
  gint64 utc;

  if (!read_number (&s, 4, 4, &year) ||
      !read_char (&s, '-') ||
      !read_number (&s, 2, 2, &month) ||
      !read_char (&s, '-') ||
      !read_number (&s, 2, 2, &day))
    return FALSE;

  /* A bare ISO calendar date. */
  if (*s == '\0')
    {
      utc = og_date_utc_from_civil (year, month, day, 0, 0, 0);
      if (utc == OG_TIME_UNKNOWN)
        return FALSE;
      date_set (out, utc, 0, OG_DATE_PRECISION_DAY, OG_DATE_FORMAT_ISO8601);
      return TRUE;
    }

  if (*s == ' ')
    {
      /* LinkedIn's own form always has seconds and the literal zone name. */
      if (!read_char (&s, ' ') ||
          !read_number (&s, 2, 2, &hour) ||
          !read_char (&s, ':') ||
          !read_number (&s, 2, 2, &minute) ||
          !read_char (&s, ':') ||
          !read_number (&s, 2, 2, &second) ||
          !skip_space (&s) ||
          g_ascii_strcasecmp (s, "UTC") != 0)
        return FALSE;

      utc = og_date_utc_from_civil (year, month, day, hour, minute, second);
      if (utc == OG_TIME_UNKNOWN)
        return FALSE;
      date_set (out, utc, 0, OG_DATE_PRECISION_SECOND, OG_DATE_FORMAT_UTC);
      return TRUE;
    }

  if (*s != 'T' && *s != 't')
    return FALSE;
  s++;

  if (!read_number (&s, 2, 2, &hour) ||
      !read_char (&s, ':') ||
      !read_number (&s, 2, 2, &minute))
    return FALSE;

  if (*s == ':')
    {
      s++;
      if (!read_number (&s, 2, 2, &second))
        return FALSE;
      has_seconds = TRUE;
      has_fraction = read_fraction (&s, &ms);
    }

  /* A local time without an offset names no instant: refuse to guess. */
  if (!read_offset (&s, &offset) || *s != '\0')
    return FALSE;

  utc = og_date_utc_from_civil (year, month, day, hour, minute, second);
  if (utc == OG_TIME_UNKNOWN)
    return FALSE;

  if (has_fraction)
    precision = OG_DATE_PRECISION_MILLISECOND;
  else if (has_seconds)
    precision = OG_DATE_PRECISION_SECOND;
  else
    precision = OG_DATE_PRECISION_MINUTE;

  date_set (out, utc - offset, ms, precision, OG_DATE_FORMAT_ISO8601);

  return TRUE;
}

/* "1734349755000": 12 or 13 digits cover 1973 to 2286, and nothing else
 * in an export is an all-digit string of that length. */
static gboolean
parse_epoch_ms (const char *s,
                OgDate     *out)
{
  gsize len = strlen (s);
  gint64 value = 0;

  if (len < 12 || len > 13)
    return FALSE;

  for (gsize i = 0; i < len; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      value = value * 10 + (s[i] - '0');
    }

  date_set (out, value / 1000, (int) (value % 1000),
            OG_DATE_PRECISION_MILLISECOND, OG_DATE_FORMAT_EPOCH_MS);

  return TRUE;
}

/* What the formatters can write back: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z.
 * A valid civil time can land just outside through its offset or Pacific time. */
static gboolean
utc_in_range (gint64 utc)
{
  return utc >= og_date_utc_from_civil (MIN_YEAR, 1, 1, 0, 0, 0) &&
         utc <= og_date_utc_from_civil (MAX_YEAR, 12, 31, 23, 59, 59);
}

gboolean
og_date_parse (const char *text,
               OgDate     *out)
{
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (out != NULL, FALSE);

  date_set (out, OG_TIME_UNKNOWN, 0, OG_DATE_PRECISION_DAY, OG_DATE_FORMAT_NONE);

  /* An absent field is simply no date. */
  if (text == NULL)
    return FALSE;

  trimmed = g_strstrip (g_strdup (text));
  if (*trimmed == '\0')
    return FALSE;

  if ((parse_epoch_ms (trimmed, out) ||
       parse_utc_or_iso8601 (trimmed, out) ||
       parse_us_pacific (trimmed, out) ||
       parse_day_month_year (trimmed, out) ||
       parse_excel_day (trimmed, out)) &&
      utc_in_range (out->utc))
    return TRUE;

  date_set (out, OG_TIME_UNKNOWN, 0, OG_DATE_PRECISION_DAY, OG_DATE_FORMAT_NONE);

  return FALSE;
}
