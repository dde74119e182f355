/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-insights.c — the audit's figures summed up for charts. */
#define G_LOG_DOMAIN "og-insights"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "og-insights.h"

static void
bar_free (OgInsightBar *bar)
{
  g_free (bar->label);
  g_free (bar);
}

static OgInsightBar *
bar_new (const char *label,
         guint       value)
{
  OgInsightBar *bar = g_new0 (OgInsightBar, 1);

  bar->label = g_strdup (label);
  bar->value = value;
  return bar;
}

static GPtrArray *
bars_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify)bar_free);
}

/* Upper bounds in minutes, and the label of each bucket. */
static const struct { double up_to; const char *label; } buckets[] = {
  { 5, N_("under 5 min") },
  { 15, N_("5–15 min") },
  { 60, N_("15–60 min") },
  { 6 * 60, N_("1–6 h") },
  { 24 * 60, N_("6–24 h") },
  { 7 * 24 * 60, N_("1–7 days") },
  { G_MAXDOUBLE, N_("over a week") },
};

static void
count_minutes (OgInsights *insights,
               GPtrArray  *contacts)
{
  guint counts[G_N_ELEMENTS (buckets)] = { 0 };

  for (guint i = 0; i < contacts->len; i++)
    {
      const OgContactAudit *contact = g_ptr_array_index (contacts, i);

      if (!contact->has_minutes)
        continue;
      /* By the latest it could have been: never claim a faster pitch than the data shows. */
      for (guint b = 0; b < G_N_ELEMENTS (buckets); b++)
        if (contact->minutes_max < buckets[b].up_to || b + 1 == G_N_ELEMENTS (buckets))
          {
            counts[b]++;
            break;
          }
    }
  for (guint b = 0; b < G_N_ELEMENTS (buckets); b++)
    g_ptr_array_add (insights->minutes_to_pitch, bar_new (_(buckets[b].label), counts[b]));
}

static void
count_months (OgInsights *insights,
              OgAudit    *audit)
{
  GPtrArray *messages = og_dataset_get_messages (og_audit_get_dataset (audit));
  g_autoptr(GHashTable) months = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) last = NULL;
  gint64 earliest = G_MAXINT64, latest = G_MININT64;

  for (guint i = 0; i < messages->len; i++)
    {
      OgMessage *message = g_ptr_array_index (messages, i);
      g_autoptr(GDateTime) when = NULL;
      char *month;

      if (message->sent_at == OG_TIME_UNKNOWN || og_audit_get_label (audit, message) != OG_LABEL_PITCH)
        continue;
      when = g_date_time_new_from_unix_utc (message->sent_at);
      month = g_date_time_format (when, "%Y-%m");
      g_hash_table_insert (months, month,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (months, month)) + 1));
      earliest = MIN (earliest, message->sent_at);
      latest = MAX (latest, message->sent_at);
    }
  if (g_hash_table_size (months) == 0)
    return;

  /* Every month from the first pitch to the last, quiet ones too. */
  first = g_date_time_new_from_unix_utc (earliest);
  last = g_date_time_new_from_unix_utc (latest);
  for (int year = g_date_time_get_year (first), month = g_date_time_get_month (first);
       year < g_date_time_get_year (last) ||
       (year == g_date_time_get_year (last) && month <= g_date_time_get_month (last));
       month = month == 12 ? 1 : month + 1, year += month == 1)
    {
      g_autofree char *key = g_strdup_printf ("%04d-%02d", year, month);

      g_ptr_array_add (insights->pitches_per_month,
                       bar_new (key, GPOINTER_TO_UINT (g_hash_table_lookup (months, key))));
    }
}

static int
compare_bars (gconstpointer a,
              gconstpointer b)
{
  const OgInsightBar *x = *(OgInsightBar * const *)a;
  const OgInsightBar *y = *(OgInsightBar * const *)b;

  if (x->value != y->value)
    return x->value < y->value ? 1 : -1;
  return g_strcmp0 (x->label, y->label);
}

static void
keep_top (GPtrArray *bars,
          guint      n)
{
  g_ptr_array_sort (bars, compare_bars);
  if (bars->len > n)
    g_ptr_array_set_size (bars, n);
}

OgInsights *
og_insights_new (OgAudit *audit)
{
  OgInsights *insights;
  GPtrArray *contacts;
  GPtrArray *templates;

  g_return_val_if_fail (OG_IS_AUDIT (audit), NULL);

  insights = g_new0 (OgInsights, 1);
  insights->minutes_to_pitch = bars_new ();
  insights->pitches_per_month = bars_new ();
  insights->top_scripts = bars_new ();
  insights->most_persistent = bars_new ();

  contacts = og_audit_get_contacts (audit);
  count_minutes (insights, contacts);
  count_months (insights, audit);

  for (guint i = 0; i < contacts->len; i++)
    {
      const OgContactAudit *contact = g_ptr_array_index (contacts, i);

      insights->contacts_who_wrote += contact->messages_from_contact > 0;
      insights->pitched_first += contact->pitch_first;
      if (contact->unanswered_followups > 0)
        g_ptr_array_add (insights->most_persistent,
                         bar_new (contact->person->name, contact->unanswered_followups));
    }
  keep_top (insights->most_persistent, 5);

  templates = og_audit_get_templates (audit);
  for (guint i = 0; i < templates->len; i++)
    {
      const OgTemplateCluster *cluster = g_ptr_array_index (templates, i);
      /* Translators: %d numbers a script that several people sent */
      g_autofree char *label = g_strdup_printf (_("Script %d"), cluster->id);

      g_ptr_array_add (insights->top_scripts, bar_new (label, cluster->n_senders));
    }
  keep_top (insights->top_scripts, 5);

  return insights;
}

void
og_insights_free (OgInsights *insights)
{
  if (insights == NULL)
    return;
  g_ptr_array_unref (insights->minutes_to_pitch);
  g_ptr_array_unref (insights->pitches_per_month);
  g_ptr_array_unref (insights->top_scripts);
  g_ptr_array_unref (insights->most_persistent);
  g_free (insights);
}

char *
og_insights_describe_bars (GPtrArray *bars)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (bars != NULL, NULL);

  for (guint i = 0; i < bars->len; i++)
    {
      const OgInsightBar *bar = g_ptr_array_index (bars, i);

      if (i > 0)
        g_string_append (out, "; ");
      /* Translators: one bar of a chart read aloud, such as "under 5 min: 12" */
      g_string_append_printf (out, _("%s: %u"), bar->label, bar->value);
    }
  if (bars->len == 0)
    g_string_append (out, _("Nothing to show"));
  return g_string_free (out, FALSE);
}
