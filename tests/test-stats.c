/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Beta distribution helpers behind the pitch rates, against values known in closed form. */
#include "config.h"

#include <math.h>

#include "og-stats.h"

static void
test_stats_log_beta_matches_factorials (void)
{
  /* B(a, b) = (a−1)!(b−1)!/(a+b−1)! for integers: B(3, 4) = 2·6/720 = 1/60. */
  g_assert_cmpfloat_with_epsilon (og_stats_log_beta (3, 4), log (1.0 / 60.0), 1e-12);
  g_assert_cmpfloat_with_epsilon (og_stats_log_beta (1, 1), 0.0, 1e-12);
  /* B(1/2, 1/2) = π. */
  g_assert_cmpfloat_with_epsilon (og_stats_log_beta (0.5, 0.5), log (G_PI), 1e-12);
}

static void
test_stats_uniform_cdf_is_the_identity (void)
{
  for (double x = 0.0; x <= 1.0; x += 0.125)
    g_assert_cmpfloat_with_epsilon (og_stats_beta_cdf (x, 1, 1), x, 1e-12);
}

static void
test_stats_cdf_with_a_one_has_a_closed_form (void)
{
  /* I_x(1, b) = 1 − (1 − x)^b, and I_x(a, 1) = x^a. */
  const double xs[] = { 0.01, 0.2, 0.5, 0.77, 0.999 };
  const double shapes[] = { 0.3, 1.0, 2.5, 7.0, 40.0 };

  for (guint i = 0; i < G_N_ELEMENTS (xs); i++)
    for (guint j = 0; j < G_N_ELEMENTS (shapes); j++)
      {
        g_assert_cmpfloat_with_epsilon (og_stats_beta_cdf (xs[i], 1, shapes[j]),
                                        1.0 - pow (1.0 - xs[i], shapes[j]), 1e-11);
        g_assert_cmpfloat_with_epsilon (og_stats_beta_cdf (xs[i], shapes[j], 1),
                                        pow (xs[i], shapes[j]), 1e-11);
      }
}

static void
test_stats_symmetric_cdf_is_one_half_at_the_middle (void)
{
  const double shapes[] = { 0.1, 0.5, 2, 3.7, 50, 400 };

  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    g_assert_cmpfloat_with_epsilon (og_stats_beta_cdf (0.5, shapes[i], shapes[i]), 0.5, 1e-10);
}

static void
test_stats_cdf_obeys_the_reflection_identity (void)
{
  /* I_x(a, b) = 1 − I_{1−x}(b, a), on both sides of the switch point. */
  const double cases[][3] = { { 0.1, 2, 9 }, { 0.3, 0.7, 4 }, { 0.8, 12, 3 }, { 0.95, 0.2, 0.3 } };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double x = cases[i][0], a = cases[i][1], b = cases[i][2];

      g_assert_cmpfloat_with_epsilon (og_stats_beta_cdf (x, a, b),
                                      1.0 - og_stats_beta_cdf (1.0 - x, b, a), 1e-12);
    }
}

static void
test_stats_beta_two_two_cdf_is_a_cubic (void)
{
  /* Beta(2, 2): F(x) = 3x² − 2x³. */
  for (double x = 0.05; x < 1.0; x += 0.1)
    g_assert_cmpfloat_with_epsilon (og_stats_beta_cdf (x, 2, 2), 3 * x * x - 2 * x * x * x, 1e-12);
}

static void
test_stats_cdf_is_zero_and_one_outside_the_unit_interval (void)
{
  g_assert_cmpfloat (og_stats_beta_cdf (-0.5, 2, 3), ==, 0.0);
  g_assert_cmpfloat (og_stats_beta_cdf (0.0, 2, 3), ==, 0.0);
  g_assert_cmpfloat (og_stats_beta_cdf (1.0, 2, 3), ==, 1.0);
  g_assert_cmpfloat (og_stats_beta_cdf (3.0, 2, 3), ==, 1.0);
  g_assert_true (isnan (og_stats_beta_cdf (0.5, 0, 3)));
}

static void
test_stats_uniform_quantile_is_p (void)
{
  for (double p = 0.05; p < 1.0; p += 0.1)
    g_assert_cmpfloat_with_epsilon (og_stats_beta_quantile (p, 1, 1), p, 1e-10);
}

static void
test_stats_quantiles_have_closed_forms_for_a_one (void)
{
  /* The inverse of 1 − (1 − x)^b is 1 − (1 − p)^(1/b). */
  g_assert_cmpfloat_with_epsilon (og_stats_beta_quantile (0.05, 1, 4), 1.0 - pow (0.95, 0.25), 1e-10);
  g_assert_cmpfloat_with_epsilon (og_stats_beta_quantile (0.95, 3, 1), pow (0.95, 1.0 / 3.0), 1e-10);
  g_assert_cmpfloat_with_epsilon (og_stats_beta_quantile (0.5, 2, 2), 0.5, 1e-10);
}

static void
test_stats_quantile_inverts_the_cdf_for_skewed_shapes (void)
{
  const double cases[][2] = { { 0.1, 9.9 }, { 0.1, 1.1 }, { 1.1, 10.9 }, { 30, 2 }, { 0.5, 0.5 }, { 250, 750 } };
  const double ps[] = { 0.05, 0.5, 0.95 };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint j = 0; j < G_N_ELEMENTS (ps); j++)
      {
        double q = og_stats_beta_quantile (ps[j], cases[i][0], cases[i][1]);

        g_assert_cmpfloat (q, >=, 0.0);
        g_assert_cmpfloat (q, <=, 1.0);
        g_assert_cmpfloat_with_epsilon (og_stats_beta_cdf (q, cases[i][0], cases[i][1]), ps[j], 1e-9);
      }

  /* Beta(0.1, 0.1) puts its 5% and 95% quantiles within 1e-10 of the ends:
   * mirror images of each other. */
  g_assert_cmpfloat (og_stats_beta_quantile (0.05, 0.1, 0.1), <, 1e-9);
  g_assert_cmpfloat_with_epsilon (og_stats_beta_quantile (0.05, 0.1, 0.1) + og_stats_beta_quantile (0.95, 0.1, 0.1),
                                  1.0, 1e-14);
}

static void
test_stats_moments_give_back_a_known_beta (void)
{
  /* Beta(2, 6): mean 1/4, variance 2·6 / (8² · 9) = 1/48. */
  double alpha = 0, beta = 0;

  g_assert_true (og_stats_beta_from_moments (0.25, 1.0 / 48.0, &alpha, &beta));
  g_assert_cmpfloat_with_epsilon (alpha, 2.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (beta, 6.0, 1e-12);

  /* No Beta is wider than a coin: variance ≥ mean(1 − mean) is refused. */
  g_assert_false (og_stats_beta_from_moments (0.5, 0.25, &alpha, &beta));
  g_assert_false (og_stats_beta_from_moments (0.0, 0.01, &alpha, &beta));
}

static void
test_stats_prior_fit_recovers_the_spread_of_a_simulated_network (void)
{
  /* Half the contacts pitch with p = 0.2, half with p = 0.6: mean 0.4,
   * variance 0.04, so ρ = 0.04 / 0.24 = 1/6 and α + β = 5. */
  enum { N_CONTACTS = 6000, N_MESSAGES = 5 };
  g_autofree guint *successes = g_new (guint, N_CONTACTS);
  g_autofree guint *trials = g_new (guint, N_CONTACTS);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20250302);
  double alpha = 0, beta = 0;

  for (guint i = 0; i < N_CONTACTS; i++)
    {
      double p = i % 2 == 0 ? 0.2 : 0.6;

      trials[i] = N_MESSAGES;
      successes[i] = 0;
      for (guint m = 0; m < N_MESSAGES; m++)
        successes[i] += g_rand_double (rand) < p;
    }

  g_assert_true (og_stats_fit_beta_prior (successes, trials, N_CONTACTS, 100.0, &alpha, &beta));
  g_assert_cmpfloat_with_epsilon (alpha / (alpha + beta), 0.4, 0.01);
  g_assert_cmpfloat_with_epsilon (alpha + beta, 5.0, 0.6);
}

static void
test_stats_prior_fit_caps_the_strength_when_everyone_looks_alike (void)
{
  const guint successes[] = { 2, 2, 2, 2, 2 };
  const guint trials[] = { 4, 4, 4, 4, 4 };
  double alpha = 0, beta = 0;

  g_assert_true (og_stats_fit_beta_prior (successes, trials, G_N_ELEMENTS (trials), 10.0, &alpha, &beta));
  g_assert_cmpfloat_with_epsilon (alpha, 5.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (beta, 5.0, 1e-12);
}

static void
test_stats_prior_fit_clamps_shapes_for_an_all_or_nothing_network (void)
{
  const guint successes[] = { 4, 4, 4, 0, 0, 0 };
  const guint trials[] = { 4, 4, 4, 4, 4, 4 };
  double alpha = 0, beta = 0;

  g_assert_true (og_stats_fit_beta_prior (successes, trials, G_N_ELEMENTS (trials), 10.0, &alpha, &beta));
  g_assert_cmpfloat (alpha, ==, OG_STATS_MIN_SHAPE);
  g_assert_cmpfloat (beta, ==, OG_STATS_MIN_SHAPE);
}

static void
test_stats_prior_fit_falls_back_without_enough_data (void)
{
  const guint one_each_successes[] = { 1, 0, 0, 1 };
  const guint one_each_trials[] = { 1, 1, 1, 1 };
  const guint empty[] = { 0, 0 };
  double alpha = 0, beta = 0;

  /* Nobody sent anything: the uniform prior. */
  g_assert_false (og_stats_fit_beta_prior (empty, empty, G_N_ELEMENTS (empty), 10.0, &alpha, &beta));
  g_assert_cmpfloat (alpha, ==, 1.0);
  g_assert_cmpfloat (beta, ==, 1.0);

  /* One message each: the spread is unknowable, the mean is kept. */
  g_assert_false (og_stats_fit_beta_prior (one_each_successes, one_each_trials,
                                           G_N_ELEMENTS (one_each_trials), 10.0, &alpha, &beta));
  g_assert_cmpfloat_with_epsilon (alpha, 1.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (beta, 1.0, 1e-12);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/og/stats/log-beta-matches-factorials", test_stats_log_beta_matches_factorials);
  g_test_add_func ("/og/stats/uniform-cdf-is-the-identity", test_stats_uniform_cdf_is_the_identity);
  g_test_add_func ("/og/stats/cdf-with-a-one-has-a-closed-form", test_stats_cdf_with_a_one_has_a_closed_form);
  g_test_add_func ("/og/stats/symmetric-cdf-is-one-half-at-the-middle",
                   test_stats_symmetric_cdf_is_one_half_at_the_middle);
  g_test_add_func ("/og/stats/cdf-obeys-the-reflection-identity", test_stats_cdf_obeys_the_reflection_identity);
  g_test_add_func ("/og/stats/beta-two-two-cdf-is-a-cubic", test_stats_beta_two_two_cdf_is_a_cubic);
  g_test_add_func ("/og/stats/cdf-is-zero-and-one-outside-the-unit-interval",
                   test_stats_cdf_is_zero_and_one_outside_the_unit_interval);
  g_test_add_func ("/og/stats/uniform-quantile-is-p", test_stats_uniform_quantile_is_p);
  g_test_add_func ("/og/stats/quantiles-have-closed-forms-for-a-one",
                   test_stats_quantiles_have_closed_forms_for_a_one);
  g_test_add_func ("/og/stats/quantile-inverts-the-cdf-for-skewed-shapes",
                   test_stats_quantile_inverts_the_cdf_for_skewed_shapes);
  g_test_add_func ("/og/stats/moments-give-back-a-known-beta", test_stats_moments_give_back_a_known_beta);
  g_test_add_func ("/og/stats/prior-fit-recovers-the-spread-of-a-simulated-network",
                   test_stats_prior_fit_recovers_the_spread_of_a_simulated_network);
  g_test_add_func ("/og/stats/prior-fit-caps-the-strength-when-everyone-looks-alike",
                   test_stats_prior_fit_caps_the_strength_when_everyone_looks_alike);
  g_test_add_func ("/og/stats/prior-fit-clamps-shapes-for-an-all-or-nothing-network",
                   test_stats_prior_fit_clamps_shapes_for_an_all_or_nothing_network);
  g_test_add_func ("/og/stats/prior-fit-falls-back-without-enough-data",
                   test_stats_prior_fit_falls_back_without_enough_data);

  return g_test_run ();
}
