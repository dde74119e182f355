/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The JSON writer: the report's text, written as it is built. */
#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "og-json-writer.h"
#include "og-report.h"

/* The same calls on a JsonBuilder and on the writer. */
#define BOTH(call, ...) G_STMT_START { json_builder_##call (builder, ##__VA_ARGS__); \
                                       og_json_writer_##call (writer, ##__VA_ARGS__); } G_STMT_END

static void
test_json_writer_writes_what_the_tree_writer_writes (void)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  OgJsonWriter *writer = og_json_writer_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *from_tree = NULL;
  g_autofree char *written = NULL;

  BOTH (begin_object);
  BOTH (set_member_name, "name");
  BOTH (add_string_value, "Ada \"Quote\" Abara\n\t\\ é");
  BOTH (set_member_name, "count");
  BOTH (add_int_value, -42);
  BOTH (set_member_name, "extremes");
  BOTH (begin_array);
  BOTH (add_int_value, 0);
  BOTH (add_int_value, G_MININT64);
  BOTH (add_int_value, G_MAXINT64);
  BOTH (add_int_value, 1000000007);
  BOTH (end_array);
  BOTH (set_member_name, "rate");
  BOTH (add_double_value, 15.7);
  BOTH (set_member_name, "whole");
  BOTH (add_double_value, 3.0);
  BOTH (set_member_name, "kept");
  BOTH (add_boolean_value, TRUE);
  BOTH (set_member_name, "nothing");
  BOTH (add_null_value);
  BOTH (set_member_name, "empty object");
  BOTH (begin_object);
  BOTH (end_object);
  BOTH (set_member_name, "empty array");
  BOTH (begin_array);
  BOTH (end_array);
  BOTH (set_member_name, "contacts");
  BOTH (begin_array);
  for (guint i = 0; i < 3; i++)
    {
      BOTH (begin_object);
      BOTH (set_member_name, "i");
      BOTH (add_int_value, i);
      BOTH (set_member_name, "spans");
      BOTH (begin_array);
      BOTH (add_int_value, i * 10);
      BOTH (add_string_value, "\x01 control");
      BOTH (end_array);
      BOTH (end_object);
    }
  BOTH (end_array);
  BOTH (end_object);

  root = json_builder_get_root (builder);
  from_tree = og_report_json_to_text (root);
  written = og_json_writer_free_to_text (writer);
  g_assert_cmpstr (written, ==, from_tree);
  g_assert_true (g_str_has_suffix (written, "}\n"));
  g_assert_nonnull (strstr (written, "\"rate\": 15.7,"));
  g_assert_nonnull (strstr (written, "\"whole\": 3.0,"));
  g_assert_nonnull (strstr (written, "\\u0001 control"));
}

static void
test_json_writer_keeps_broken_utf8_valid (void)
{
  OgJsonWriter *writer = og_json_writer_new ();
  g_autofree char *text = NULL;

  og_json_writer_begin_array (writer);
  og_json_writer_add_string_value (writer, "caf\xe9");
  og_json_writer_end_array (writer);
  text = og_json_writer_free_to_text (writer);
  g_assert_true (g_utf8_validate (text, -1, NULL));
}

static gboolean
collect (const char *data,
         gsize       length,
         gpointer    user_data)
{
  GPtrArray *pieces = user_data;

  g_ptr_array_add (pieces, g_strndup (data, length));
  return TRUE;
}

static gboolean
refuse (const char *data,
        gsize       length,
        gpointer    user_data)
{
  guint *calls = user_data;

  (*calls)++;
  return FALSE;
}

/* Writes 4,000 objects: about 200 KB of text. */
static void
write_many (OgJsonWriter *writer)
{
  og_json_writer_begin_array (writer);
  for (guint i = 0; i < 4000; i++)
    {
      og_json_writer_begin_object (writer);
      og_json_writer_set_member_name (writer, "name");
      og_json_writer_add_string_value (writer, "Nadia Okonkwo-Varga");
      og_json_writer_set_member_name (writer, "i");
      og_json_writer_add_int_value (writer, i);
      og_json_writer_end_object (writer);
    }
  og_json_writer_end_array (writer);
}

static void
test_json_writer_hands_a_sink_the_same_text_in_pieces (void)
{
  g_autoptr(GPtrArray) pieces = g_ptr_array_new_with_free_func (g_free);
  OgJsonWriter *whole = og_json_writer_new ();
  OgJsonWriter *streamed = og_json_writer_new_to_sink (collect, pieces);
  g_autofree char *expected = NULL;
  g_autoptr(GString) joined = g_string_new (NULL);

  write_many (whole);
  write_many (streamed);
  expected = og_json_writer_free_to_text (whole);
  g_assert_true (og_json_writer_free_to_sink (streamed));

  /* Pieces, not one copy of the whole, and none much above 64 KiB. */
  g_assert_cmpuint (pieces->len, >=, 3);
  for (guint i = 0; i < pieces->len; i++)
    {
      g_assert_cmpuint (strlen (g_ptr_array_index (pieces, i)), <=, 64 * 1024 + 256);
      g_string_append (joined, g_ptr_array_index (pieces, i));
    }
  g_assert_cmpstr (joined->str, ==, expected);
}

static void
test_json_writer_stops_when_the_sink_refuses (void)
{
  guint calls = 0;
  OgJsonWriter *writer = og_json_writer_new_to_sink (refuse, &calls);

  write_many (writer);
  g_assert_false (og_json_writer_free_to_sink (writer));
  /* The first refusal ends the handing over. */
  g_assert_cmpuint (calls, ==, 1);
}

/* The definition the writer must meet: the text of the fewest "%g" digits
 * that reads back as the same double, found by trying each count. */
static char *
shortest_by_search (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  return g_strconcat (buffer, strpbrk (buffer, ".e") == NULL ? ".0" : "", NULL);
}

static void
test_json_writer_writes_each_double_in_its_fewest_digits (void)
{
  static const double fixed[] = { 0.0, -0.0, 1.0, 0.1, 0.3, 15.7, 1440.0, 1e10, 1e21, 123456789012345.0,
                                  1234567890123456.0, 0.1 + 0.2, 1.0 / 3.0, 2.0 / 3.0, 5e-324, 1.7976931348623157e308,
                                  0.000123, 1e-7, 0.62, 0.875 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261203);

  for (guint i = 0; i < G_N_ELEMENTS (fixed) + 20000; i++)
    {
      double value;
      g_autoptr(GString) written = g_string_new (NULL);
      g_autofree char *expected = NULL;

      if (i < G_N_ELEMENTS (fixed))
        value = fixed[i];
      else if (i % 3 == 0)
        /* Probabilities and rates, the report's usual numbers. */
        value = g_rand_double (rand);
      else if (i % 3 == 1)
        /* Short decimals: minutes and rounded figures. */
        value = g_rand_int_range (rand, 0, 1000000) / pow (10.0, g_rand_int_range (rand, 0, 7));
      else
        value = g_rand_double_range (rand, -1.0, 1.0) * pow (10.0, g_rand_int_range (rand, -30, 30));

      og_json_write_double (written, value);
      expected = shortest_by_search (value);
      g_assert_cmpstr (written->str, ==, expected);
    }
}

/* The writer remembers the text of doubles it wrote; whatever it
 * remembers, each value is written as itself, however values collide. */
static void
test_json_writer_writes_repeated_doubles_as_themselves (void)
{
  OgJsonWriter *writer = og_json_writer_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GString) expected = g_string_new ("[");
  g_autofree char *written = NULL;

  for (guint i = 0; i < 5000; i++)
    {
      /* A few hundred distinct values, each many times, and zeros. */
      double value = i % 97 == 0 ? 0.0 : g_rand_int_range (rand, -300, 300) / 100.0;
      g_autofree char *text = shortest_by_search (value);

      g_array_append_val (values, value);
      g_string_append_printf (expected, "%s\n  %s", i > 0 ? "," : "", text);
    }
  g_string_append (expected, "\n]\n");

  og_json_writer_begin_array (writer);
  for (guint i = 0; i < values->len; i++)
    og_json_writer_add_double_value (writer, g_array_index (values, double, i));
  og_json_writer_end_array (writer);
  written = og_json_writer_free_to_text (writer);

  g_assert_cmpstr (written, ==, expected->str);
}

static void
write_item (OgJsonWriter *writer,
            guint         i)
{
  og_json_writer_begin_object (writer);
  og_json_writer_set_member_name (writer, "n");
  og_json_writer_add_int_value (writer, i);
  og_json_writer_set_member_name (writer, "tags");
  og_json_writer_begin_array (writer);
  for (guint k = 0; k < i % 3; k++)
    og_json_writer_add_string_value (writer, "t");
  og_json_writer_end_array (writer);
  og_json_writer_end_object (writer);
}

/* Items written apart, in blocks, read as if written in one go: separators
 * and indents included, an empty block changing nothing. */
static void
test_json_writer_adds_items_written_apart_as_if_written_in_place (void)
{
  OgJsonWriter *direct = og_json_writer_new ();
  OgJsonWriter *blocks = og_json_writer_new ();
  g_autofree char *expected = NULL;
  g_autofree char *written = NULL;
  const guint starts[] = { 0, 0, 3, 4, 10 };   /* block k: items starts[k] … starts[k + 1] − 1 */

  for (guint w = 0; w < 2; w++)
    {
      OgJsonWriter *writer = w == 0 ? direct : blocks;

      og_json_writer_begin_object (writer);
      og_json_writer_set_member_name (writer, "items");
      og_json_writer_begin_array (writer);
    }

  for (guint i = 0; i < 10; i++)
    write_item (direct, i);
  for (guint k = 0; k + 1 < G_N_ELEMENTS (starts); k++)
    {
      OgJsonWriter *items = og_json_writer_new_items (blocks, starts[k] > 0);

      for (guint i = starts[k]; i < starts[k + 1]; i++)
        write_item (items, i);
      og_json_writer_add_items (blocks, items);
    }

  for (guint w = 0; w < 2; w++)
    {
      OgJsonWriter *writer = w == 0 ? direct : blocks;

      og_json_writer_end_array (writer);
      og_json_writer_set_member_name (writer, "after");
      og_json_writer_add_boolean_value (writer, TRUE);
      og_json_writer_end_object (writer);
    }
  expected = og_json_writer_free_to_text (direct);
  written = og_json_writer_free_to_text (blocks);

  g_assert_cmpstr (written, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/og/json-writer/writes-what-the-tree-writer-writes",
                   test_json_writer_writes_what_the_tree_writer_writes);
  g_test_add_func ("/og/json-writer/keeps-broken-utf8-valid", test_json_writer_keeps_broken_utf8_valid);
  g_test_add_func ("/og/json-writer/writes-each-double-in-its-fewest-digits",
                   test_json_writer_writes_each_double_in_its_fewest_digits);
  g_test_add_func ("/og/json-writer/adds-items-written-apart-as-if-written-in-place",
                   test_json_writer_adds_items_written_apart_as_if_written_in_place);
  g_test_add_func ("/og/json-writer/writes-repeated-doubles-as-themselves",
                   test_json_writer_writes_repeated_doubles_as_themselves);
  g_test_add_func ("/og/json-writer/hands-a-sink-the-same-text-in-pieces",
                   test_json_writer_hands_a_sink_the_same_text_in_pieces);
  g_test_add_func ("/og/json-writer/stops-when-the-sink-refuses", test_json_writer_stops_when_the_sink_refuses);

  return g_test_run ();
}
