/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "og-contact"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "og-contact.h"

struct _OgContact
{
  GObject    parent_instance;

  OgDataset *dataset;
  OgPerson  *person;
  char      *connected_on;
  char      *acceptance;
};

G_DEFINE_FINAL_TYPE (OgContact, og_contact, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_COMPANY,
  PROP_POSITION,
  PROP_CONNECTED_ON,
  PROP_ACCEPTANCE,
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
          time = g_date_time_format (earliest, "%Y-%m-%d, after %H:%M UTC");
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
  g_free (self->connected_on);
  g_free (self->acceptance);

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
