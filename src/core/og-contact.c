/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "og-contact"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "og-contact.h"

struct _OgContact
{
  GObject               parent_instance;

  OgDataset            *dataset;
  OgPerson             *person;
  OgAudit              *audit;     /* NULL before the audit ran */
  const OgContactAudit *figures;   /* owned by @audit */
  char                 *connected_on;
  char                 *acceptance;
  char                 *minutes_text;
  char                 *pitch_rate_text;
  char                 *flags_text;
  char                 *search_text;   /* made on the first search */
};

G_DEFINE_FINAL_TYPE (OgContact, og_contact, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_COMPANY,
  PROP_POSITION,
  PROP_CONNECTED_ON,
  PROP_ACCEPTANCE,
  PROP_MINUTES,
  PROP_MINUTES_TEXT,
  PROP_PITCH_RATE,
  PROP_PITCH_RATE_TEXT,
  PROP_FOLLOWUPS,
  PROP_FLAGS,
  PROP_FLAGS_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
describe_acceptance (const OgAcceptance *acceptance)
{
  g_autoptr(GDateTime) earliest = NULL;
  g_autofree char *time = NULL;

  if (acceptance->earliest == OG_TIME_UNKNOWN)
    return g_strdup (_("Unknown"));

  earliest = g_date_time_new_from_unix_utc (acceptance->earliest);
  switch (acceptance->source)
    {
    case OG_ACCEPTANCE_INVITATION_NOTE:
      time = g_date_time_format (earliest, "%Y-%m-%d %H:%M:%S UTC");
      /* Translators: %s is a date and time to the second */
      return g_strdup_printf (_("%s (exact, from the invitation note)"), time);
    case OG_ACCEPTANCE_PORTABILITY_API:
      time = g_date_time_format (earliest, "%Y-%m-%d %H:%M:%S UTC");
      return g_strdup_printf (_("%s (exact, from the Portability API)"), time);
    case OG_ACCEPTANCE_CONNECTED_ON_TIME:
      time = g_date_time_format (earliest, "%Y-%m-%d %H:%M UTC");
      return g_strdup_printf (_("%s (to the minute)"), time);
    case OG_ACCEPTANCE_CONNECTED_ON_DATE:
      if (acceptance->earliest % 86400 != 0)
        {
          /* Translators: a g_date_time_format() pattern: keep the %-codes, translate the words */
          time = g_date_time_format (earliest, _("%Y-%m-%d, after %H:%M UTC"));
          return g_strdup_printf (_("%s (day only)"), time);
        }
      time = g_date_time_format (earliest, "%Y-%m-%d");
      return g_strdup_printf (_("%s (day only)"), time);
    case OG_ACCEPTANCE_UNKNOWN:
    default:
      return g_strdup (_("Unknown"));
    }
}

static void
og_contact_finalize (GObject *object)
{
  OgContact *self = (OgContact *)object;

  g_clear_object (&self->dataset);
  g_clear_object (&self->audit);
  g_free (self->connected_on);
  g_free (self->acceptance);
  g_free (self->minutes_text);
  g_free (self->pitch_rate_text);
  g_free (self->flags_text);
  g_free (self->search_text);

  G_OBJECT_CLASS (og_contact_parent_class)->finalize (object);
}

static void
og_contact_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  OgContact *self = OG_CONTACT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, og_contact_get_name (self));
      break;
    case PROP_COMPANY:
      g_value_set_string (value, og_contact_get_company (self));
      break;
    case PROP_POSITION:
      g_value_set_string (value, og_contact_get_position (self));
      break;
    case PROP_CONNECTED_ON:
      g_value_set_string (value, og_contact_get_connected_on (self));
      break;
    case PROP_ACCEPTANCE:
      g_value_set_string (value, og_contact_get_acceptance (self));
      break;
    case PROP_MINUTES:
      g_value_set_double (value, og_contact_get_minutes (self));
      break;
    case PROP_MINUTES_TEXT:
      g_value_set_string (value, self->minutes_text);
      break;
    case PROP_PITCH_RATE:
      g_value_set_double (value, self->figures != NULL && self->figures->has_rate ? self->figures->rate_estimate : -1.0);
      break;
    case PROP_PITCH_RATE_TEXT:
      g_value_set_string (value, self->pitch_rate_text);
      break;
    case PROP_FOLLOWUPS:
      g_value_set_uint (value, self->figures != NULL ? self->figures->unanswered_followups : 0);
      break;
    case PROP_FLAGS:
      g_value_set_uint (value, og_contact_get_flags (self));
      break;
    case PROP_FLAGS_TEXT:
      g_value_set_string (value, self->flags_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
og_contact_class_init (OgContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = og_contact_finalize;
  object_class->get_property = og_contact_get_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPANY] =
    g_param_spec_string ("company", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
    g_param_spec_string ("position", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONNECTED_ON] =
    g_param_spec_string ("connected-on", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACCEPTANCE] =
    g_param_spec_string ("acceptance", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /* The audit's figures; sortable numbers and their short texts. */
  properties[PROP_MINUTES] =
    g_param_spec_double ("minutes", NULL, NULL, 0.0, G_MAXDOUBLE, G_MAXDOUBLE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MINUTES_TEXT] =
    g_param_spec_string ("minutes-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PITCH_RATE] =
    g_param_spec_double ("pitch-rate", NULL, NULL, -1.0, 1.0, -1.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PITCH_RATE_TEXT] =
    g_param_spec_string ("pitch-rate-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOLLOWUPS] =
    g_param_spec_uint ("followups", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FLAGS] =
    g_param_spec_uint ("flags", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FLAGS_TEXT] =
    g_param_spec_string ("flags-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
og_contact_init (OgContact *self)
{
}

OgContact *
og_contact_new (OgDataset *dataset,
                OgPerson  *person)
{
  OgContact *self;

  g_return_val_if_fail (OG_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (person != NULL, NULL);

  self = g_object_new (OG_TYPE_CONTACT, NULL);
  self->dataset = g_object_ref (dataset);
  self->person = person;
  self->connected_on = person->connected_on != OG_TIME_UNKNOWN
                       ? og_date_format_day (person->connected_on) : g_strdup ("");
  self->acceptance = describe_acceptance (&person->acceptance);

  return self;
}

OgPerson *
og_contact_get_person (OgContact *self)
{
  g_return_val_if_fail (OG_IS_CONTACT (self), NULL);
  return self->person;
}

const char *
og_contact_get_name (OgContact *self)
{
  g_return_val_if_fail (OG_IS_CONTACT (self), NULL);
  return self->person->name ? self->person->name : "";
}

const char *
og_contact_get_company (OgContact *self)
{
  g_return_val_if_fail (OG_IS_CONTACT (self), NULL);
  return self->person->company ? self->person->company : "";
}

const char *
og_contact_get_position (OgContact *self)
{
  g_return_val_if_fail (OG_IS_CONTACT (self), NULL);
  return self->person->position ? self->person->position : "";
}

const char *
og_contact_get_search_text (OgContact *self)
{
  g_return_val_if_fail (OG_IS_CONTACT (self), NULL);

  /* Folded once, not on every keystroke for every row. */
  if (self->search_text == NULL)
    {
      g_autofree char *joined = g_strjoin ("\n", og_contact_get_name (self), og_contact_get_company (self),
                                           og_contact_get_position (self), NULL);

      self->search_text = g_utf8_casefold (joined, -1);
    }
  return self->search_text;
}

const char *
og_contact_get_connected_on (OgContact *self)
{
  g_return_val_if_fail (OG_IS_CONTACT (self), NULL);
  return self->connected_on;
}

const char *
og_contact_get_acceptance (OgContact *self)
{
  g_return_val_if_fail (OG_IS_CONTACT (self), NULL);
  return self->acceptance;
}

/* "4 min", "3 h 5 min", "2 d 4 h": a duration a person reads at a glance. */
static char *
format_duration (double minutes)
{
  gint64 whole = (gint64)floor (minutes + 0.5);

  /* int, not gint64: xgettext cannot read G_GINT64_FORMAT inside _(). */
  if (whole < 60)
    /* Translators: a duration in minutes, in a narrow column */
    return g_strdup_printf (_("%d min"), (int)whole);
  if (whole < 24 * 60)
    return whole % 60 == 0
           /* Translators: a duration in hours, in a narrow column */
           ? g_strdup_printf (_("%d h"), (int)(whole / 60))
           /* Translators: hours and minutes, in a narrow column */
           : g_strdup_printf (_("%d h %d min"), (int)(whole / 60), (int)(whole % 60));
  return (whole / 60) % 24 == 0
         /* Translators: a duration in days, in a narrow column */
         ? g_strdup_printf (_("%d d"), (int)MIN (whole / (24 * 60), G_MAXINT))
         /* Translators: days and hours, in a narrow column */
         : g_strdup_printf (_("%d d %d h"), (int)MIN (whole / (24 * 60), G_MAXINT), (int)((whole / 60) % 24));
}

char *
og_contact_format_minutes (double min,
                           double max)
{
  g_autofree char *low = format_duration (min);
  g_autofree char *high = format_duration (max);

  /* Never claim more than the data says: a range when the moment is not known. */
  if (g_strcmp0 (low, high) == 0)
    return g_steal_pointer (&high);
  if (min < 0.5)
    /* Translators: %s is a duration such as "5 h" */
    return g_strdup_printf (_("up to %s"), high);
  /* Translators: a range of durations, such as "5 min – 2 h" */
  return g_strdup_printf (_("%s – %s"), low, high);
}

static char *
describe_flags (OgFlags flags)
{
  GString *out = g_string_new (NULL);
  const struct { OgFlags flag; const char *name; } names[] = {
    { OG_FLAG_FAST_PITCH, N_("Fast pitch") },
    { OG_FLAG_POSSIBLY_FAST_PITCH, N_("Possibly fast") },
    { OG_FLAG_PITCH_FIRST, N_("Pitch first") },
    { OG_FLAG_PERSISTENT, N_("Persistent") },
    { OG_FLAG_IGNORED_OPT_OUT, N_("Ignored opt-out") },
    { OG_FLAG_TEMPLATE, N_("Script") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (flags & names[i].flag)
      {
        if (out->len > 0)
          g_string_append (out, ", ");
        g_string_append (out, _(names[i].name));
      }
  return g_string_free (out, FALSE);
}

OgContact *
og_contact_new_audited (OgAudit              *audit,
                        const OgContactAudit *figures)
{
  OgContact *self;

  g_return_val_if_fail (OG_IS_AUDIT (audit), NULL);
  g_return_val_if_fail (figures != NULL, NULL);

  self = og_contact_new (og_audit_get_dataset (audit), figures->person);
  self->audit = g_object_ref (audit);
  self->figures = figures;
  self->minutes_text = figures->has_minutes ? og_contact_format_minutes (figures->minutes_min, figures->minutes_max)
                                            : g_strdup ("");
  self->pitch_rate_text = figures->has_rate ? g_strdup_printf ("%.0f %%", figures->rate_estimate * 100.0)
                                            : g_strdup ("");
  self->flags_text = describe_flags (figures->flags);
  return self;
}

const OgContactAudit *
og_contact_get_figures (OgContact *self)
{
  g_return_val_if_fail (OG_IS_CONTACT (self), NULL);
  return self->figures;
}

OgAudit *
og_contact_get_audit (OgContact *self)
{
  g_return_val_if_fail (OG_IS_CONTACT (self), NULL);
  return self->audit;
}

double
og_contact_get_minutes (OgContact *self)
{
  g_return_val_if_fail (OG_IS_CONTACT (self), G_MAXDOUBLE);
  /* By the latest the pitch could have come: a range sorts by what it can claim. */
  return self->figures != NULL && self->figures->has_minutes ? self->figures->minutes_max : G_MAXDOUBLE;
}

OgFlags
og_contact_get_flags (OgContact *self)
{
  g_return_val_if_fail (OG_IS_CONTACT (self), OG_FLAG_NONE);
  return self->figures != NULL ? self->figures->flags : OG_FLAG_NONE;
}

GListModel *
og_contact_list_new_for_audit (OgAudit *audit)
{
  GListStore *store;
  GPtrArray *contacts;
  g_autoptr(GPtrArray) items = NULL;

  g_return_val_if_fail (OG_IS_AUDIT (audit), NULL);

  store = g_list_store_new (OG_TYPE_CONTACT);
  contacts = og_audit_get_contacts (audit);
  items = g_ptr_array_new_full (contacts->len, g_object_unref);
  for (guint i = 0; i < contacts->len; i++)
    g_ptr_array_add (items, og_contact_new_audited (audit, g_ptr_array_index (contacts, i)));
  g_list_store_splice (store, 0, 0, items->pdata, items->len);

  return G_LIST_MODEL (store);
}

GListModel *
og_contact_list_new (OgDataset *dataset)
{
  GListStore *store;
  GPtrArray *connections;
  g_autoptr(GPtrArray) items = NULL;

  g_return_val_if_fail (OG_IS_DATASET (dataset), NULL);

  store = g_list_store_new (OG_TYPE_CONTACT);
  connections = og_dataset_get_connections (dataset);
  items = g_ptr_array_new_full (connections->len, g_object_unref);

  for (guint i = 0; i < connections->len; i++)
    g_ptr_array_add (items, og_contact_new (dataset, g_ptr_array_index (connections, i)));

  /* One splice: views see a single items-changed, not thousands. */
  g_list_store_splice (store, 0, 0, items->pdata, items->len);

  return G_LIST_MODEL (store);
}
