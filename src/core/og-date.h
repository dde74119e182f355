/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-date.h — the date formats of LinkedIn's exports, converted to UTC.
 *
 * Every time in OutreachGuard is a gint64 of Unix seconds in UTC;
 * OG_TIME_UNKNOWN marks a time the data does not give.
 * Pure functions; safe from any thread.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define OG_TIME_UNKNOWN G_MININT64

typedef enum
{
  OG_DATE_FORMAT_NONE,
  OG_DATE_FORMAT_DAY_MONTH_YEAR, /* "16 Dec 2024": Connected On, a UTC calendar day */
  OG_DATE_FORMAT_US_PACIFIC,     /* "12/16/24, 3:49 AM": US Pacific wall time, minutes */
  OG_DATE_FORMAT_UTC,            /* "2024-12-16 11:49:15 UTC" */
  OG_DATE_FORMAT_ISO8601,        /* "2024-12-16T11:49:15Z" or with an offset (API JSON) */
  OG_DATE_FORMAT_EXCEL_DAY,      /* "9-Sep-22": a day re-typed by Excel; accepted with a warning */
  OG_DATE_FORMAT_EPOCH_MS,       /* "1734349755000": milliseconds since the epoch (API JSON) */
} OgDateFormat;

typedef enum
{
  OG_DATE_PRECISION_DAY,
  OG_DATE_PRECISION_MINUTE,
  OG_DATE_PRECISION_SECOND,
  OG_DATE_PRECISION_MILLISECOND,
} OgDatePrecision;

typedef struct
{
  gint64          utc;        /* start of the interval the text denotes, Unix seconds */
  gint            ms;         /* milliseconds part when precision is MILLISECOND, else 0 */
  OgDatePrecision precision;
  OgDateFormat    format;
} OgDate;

/* Parses any of the formats above, trimming surrounding white space.
 * Day formats give UTC midnight of that day. Returns FALSE (and leaves @out
 * with format NONE and utc OG_TIME_UNKNOWN) for anything else, including
 * impossible dates, an instant outside the years 1–9999 UTC (which an offset
 * or Pacific time can reach from a valid wall time) and a NULL @text.
 *
 * Accepted variants: month names in any case, abbreviated or in full
 * ("Sept" too); US Pacific with a 2- or 4-digit year, with or without the
 * comma, "AM"/"am"/"a.m." or a 24-hour clock, optional ":SS" (then precision
 * SECOND); ISO 8601 with "Z" or an offset ("+01:00", "+0100", "+01"), without
 * seconds (precision MINUTE), with a fraction (MILLISECOND), or a bare
 * "2024-12-16" (DAY). An ISO time without an offset is refused: it names no
 * instant. Two-digit years are 20YY. */
gboolean  og_date_parse            (const char *text,
                                    OgDate     *out);

/* Unix seconds for a UTC civil time; OG_TIME_UNKNOWN when any field is out of
 * range (years 1–9999, real month lengths, 00:00:00–23:59:59). */
gint64    og_date_utc_from_civil   (int year,
                                    int month,
                                    int day,
                                    int hour,
                                    int minute,
                                    int second);

/* America/Los_Angeles wall time to UTC, with the US rules in force since 2007
 * (second Sunday of March to first Sunday of November, at 02:00 local); years
 * before 2007 use the 1987–2006 rule (first Sunday of April to last Sunday of
 * October). A time in the skipped spring hour is read as standard time; a time
 * in the repeated autumn hour is read as the first (daylight) occurrence.
 * Needs no tzdata. OG_TIME_UNKNOWN for an impossible wall time. */
gint64    og_date_pacific_to_utc   (int year,
                                    int month,
                                    int day,
                                    int hour,
                                    int minute,
                                    int second);

/* Length of the seconds interval a parsed date covers (86400 for a day, 60 for a minute, 1 otherwise). */
gint64    og_date_span_seconds     (const OgDate *date);

/* "2024-12-16T11:49:15Z"; NULL for OG_TIME_UNKNOWN or a year beyond 1–9999. */
char     *og_date_format_iso8601   (gint64 utc);
/* "2024-12-16" (the UTC day); NULL as above. */
char     *og_date_format_day       (gint64 utc);
/* How long before @now (both Unix seconds) @then was, for "last synced …":
 * "just now", "5 minutes ago", "3 hours ago", "2 days ago", then the day
 * ("on 2024-12-16"); a @then after @now is "just now". */
char     *og_date_format_ago       (gint64 then,
                                    gint64 now);

G_END_DECLS
