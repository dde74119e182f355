/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-stats.c — Beta distribution helpers for the empirical Bayes pitch rates. */
#define G_LOG_DOMAIN "og-stats"

#include "config.h"

#include <float.h>
#include <math.h>

#include "og-stats.h"

#define CF_MAX_ITERATIONS 300
#define CF_EPSILON        1e-15
#define CF_TINY           1e-300

double
og_stats_log_beta (double a,
                   double b)
{
  int sign;

  /* lgamma() writes the global signgam; the audit may run on a worker
   * thread, so use the reentrant form. */
  return lgamma_r (a, &sign) + lgamma_r (b, &sign) - lgamma_r (a + b, &sign);
}

double
og_stats_beta_pdf (double x,
                   double a,
                   double b)
{
  if (x < 0.0 || x > 1.0 || !(a > 0.0) || !(b > 0.0))
    return 0.0;

  /* The ends are 0, finite or infinite depending on the shape. */
  if (x == 0.0)
    return a < 1.0 ? INFINITY : (a == 1.0 ? exp (-og_stats_log_beta (a, b)) : 0.0);
  if (x == 1.0)
    return b < 1.0 ? INFINITY : (b == 1.0 ? exp (-og_stats_log_beta (a, b)) : 0.0);

  return exp ((a - 1.0) * log (x) + (b - 1.0) * log1p (-x) - og_stats_log_beta (a, b));
}

/* The continued fraction of I_x(a, b) · a · B(a, b) / (x^a (1 − x)^b),
 * evaluated by the modified Lentz method. It converges fast for
 * x < (a + 1) / (a + b + 2); the caller uses the symmetry
 * I_x(a, b) = 1 − I_{1−x}(b, a) for the rest. */
static double
incomplete_beta_fraction (double x,
                          double a,
                          double b)
{
  double c = 1.0;
  double d = 1.0 - (a + b) * x / (a + 1.0);
  double result;

  if (fabs (d) < CF_TINY)
    d = CF_TINY;
  d = 1.0 / d;
  result = d;

  for (int m = 1; m <= CF_MAX_ITERATIONS; m++)
    {
      double two_m = 2.0 * m;
      double numerator;
      double step;

      /* Even term: m (b − m) x / ((a + 2m − 1)(a + 2m)). */
      numerator = m * (b - m) * x / ((a + two_m - 1.0) * (a + two_m));
      d = 1.0 + numerator * d;
      if (fabs (d) < CF_TINY)
        d = CF_TINY;
      c = 1.0 + numerator / c;
      if (fabs (c) < CF_TINY)
        c = CF_TINY;
      d = 1.0 / d;
      result *= d * c;

      /* Odd term: −(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1)). */
      numerator = -(a + m) * (a + b + m) * x / ((a + two_m) * (a + two_m + 1.0));
      d = 1.0 + numerator * d;
      if (fabs (d) < CF_TINY)
        d = CF_TINY;
      c = 1.0 + numerator / c;
      if (fabs (c) < CF_TINY)
        c = CF_TINY;
      d = 1.0 / d;
      step = d * c;
      result *= step;

      if (fabs (step - 1.0) < CF_EPSILON)
        break;
    }

  return result;
}

double
og_stats_beta_cdf (double x,
                   double a,
                   double b)
{
  double log_front;

  if (!(a > 0.0) || !(b > 0.0) || isnan (x))
    return NAN;
  if (x <= 0.0)
    return 0.0;
  if (x >= 1.0)
    return 1.0;

  log_front = a * log (x) + b * log1p (-x) - og_stats_log_beta (a, b);

  if (x < (a + 1.0) / (a + b + 2.0))
    return exp (log_front) * incomplete_beta_fraction (x, a, b) / a;

  return 1.0 - exp (log_front) * incomplete_beta_fraction (1.0 - x, b, a) / b;
}

double
og_stats_beta_quantile (double p,
                        double a,
                        double b)
{
  double low = 0.0;
  double high = 1.0;
  double x;

  if (!(a > 0.0) || !(b > 0.0) || isnan (p))
    return NAN;
  if (p <= 0.0)
    return 0.0;
  if (p >= 1.0)
    return 1.0;

  /* Doubles are dense near 0 and sparse near 1: solve the upper tail as
   * the lower tail of the mirrored distribution. */
  if (p > 0.5)
    return 1.0 - og_stats_beta_quantile (1.0 - p, b, a);

  /* Newton from the mean, kept inside a bracket that shrinks every step; a
   * step that would leave it (near a steep or infinite end) bisects instead.
   * Small shapes put quantiles at 1e-10 and below, so the tolerance on x is
   * relative. */
  x = a / (a + b);
  for (int i = 0; i < 400; i++)
    {
      double f = og_stats_beta_cdf (x, a, b) - p;
      double density;
      double next;

      if (fabs (f) < 1e-14)
        break;
      if (f < 0.0)
        low = x;
      else
        high = x;

      density = og_stats_beta_pdf (x, a, b);
      next = density > 0.0 && isfinite (density) ? x - f / density : NAN;
      if (!(next > low && next < high))
        next = 0.5 * (low + high);

      if (fabs (next - x) <= 4 * DBL_EPSILON * next)
        {
          x = next;
          break;
        }
      x = next;
    }

  return x;
}

gboolean
og_stats_beta_from_moments (double  mean,
                            double  variance,
                            double *alpha,
                            double *beta)
{
  double common;

  g_return_val_if_fail (alpha != NULL, FALSE);
  g_return_val_if_fail (beta != NULL, FALSE);

  if (!(mean > 0.0 && mean < 1.0) || !(variance > 0.0 && variance < mean * (1.0 - mean)))
    return FALSE;

  common = mean * (1.0 - mean) / variance - 1.0;
  *alpha = mean * common;
  *beta = (1.0 - mean) * common;
  return TRUE;
}

/* The pooled mean is the best-measured figure: a strength too small for
 * both shapes to reach the minimum grows rather than the mean moving. */
static void
set_prior (double  mean,
           double  strength,
           double *alpha,
           double *beta)
{
  if (mean > 0.0 && mean < 1.0)
    strength = MAX (strength, OG_STATS_MIN_SHAPE / MIN (mean, 1.0 - mean));

  *alpha = MAX (mean * strength, OG_STATS_MIN_SHAPE);
  *beta = MAX ((1.0 - mean) * strength, OG_STATS_MIN_SHAPE);
}

/* Why this estimator: a contact's observed rate k/n mixes two spreads, the
 * real difference between contacts and the binomial noise of a handful of
 * messages (most contacts send one to three). Fitting a Beta to the raw
 * rates would read that noise as difference and make the prior too weak;
 * dropping small contacts would throw away most of the network. The
 * beta-binomial moment estimator separates the two: with the pooled mean
 * μ = Σk / Σn and S = Σ n (k/n − μ)²,
 *
 *   E[S] = μ(1 − μ) · [(m − 1) + ρ · (N − Σn²/N − (m − 1))]
 *
 * for m contacts, N = Σn messages and ρ = 1 / (α + β + 1), so ρ follows
 * from S. Weighting by n trusts a contact in proportion to what they sent.
 * When ρ comes out at or below zero (the rates differ no more than noise
 * would make them) the prior would become infinitely strong, so its
 * strength is capped: the network never outweighs @max_strength of a
 * contact's own messages. */
gboolean
og_stats_fit_beta_prior (const guint *successes,
                         const guint *trials,
                         guint        n_groups,
                         double       max_strength,
                         double      *alpha,
                         double      *beta)
{
  double total_trials = 0.0;
  double total_successes = 0.0;
  double sum_trials_squared = 0.0;
  double groups = 0.0;
  double mean;
  double spread = 0.0;
  double denominator;
  double rho;
  double strength;

  g_return_val_if_fail (n_groups == 0 || (successes != NULL && trials != NULL), FALSE);
  g_return_val_if_fail (alpha != NULL, FALSE);
  g_return_val_if_fail (beta != NULL, FALSE);
  g_return_val_if_fail (max_strength > 0.0, FALSE);

  for (guint i = 0; i < n_groups; i++)
    {
      if (trials[i] == 0)
        continue;
      g_return_val_if_fail (successes[i] <= trials[i], FALSE);

      groups += 1.0;
      total_trials += trials[i];
      total_successes += successes[i];
      sum_trials_squared += (double)trials[i] * trials[i];
    }

  if (groups == 0.0)
    {
      *alpha = 1.0;
      *beta = 1.0;
      return FALSE;
    }

  mean = total_successes / total_trials;
  denominator = total_trials - sum_trials_squared / total_trials - (groups - 1.0);

  /* One contact, or only one message each: the spread between contacts
   * cannot be told from noise. Keep the mean, claim little else. */
  if (groups < 2.0 || denominator <= 0.0)
    {
      set_prior (mean, MIN (2.0, max_strength), alpha, beta);
      return FALSE;
    }

  /* Nobody, or everybody, pitched every time: no spread at all. */
  if (mean <= 0.0 || mean >= 1.0)
    {
      set_prior (mean, max_strength, alpha, beta);
      return TRUE;
    }

  for (guint i = 0; i < n_groups; i++)
    {
      double rate;

      if (trials[i] == 0)
        continue;
      rate = (double)successes[i] / trials[i];
      spread += trials[i] * (rate - mean) * (rate - mean);
    }

  rho = (spread / (mean * (1.0 - mean)) - (groups - 1.0)) / denominator;

  if (rho <= 1.0 / (max_strength + 1.0))
    strength = max_strength;
  else if (rho >= 1.0)
    strength = 0.0; /* all-or-nothing contacts: the shape clamp takes over */
  else
    strength = MIN (1.0 / rho - 1.0, max_strength);

  set_prior (mean, strength, alpha, beta);
  return TRUE;
}
