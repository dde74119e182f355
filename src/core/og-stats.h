/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-stats.h — the Beta distribution, as far as the audit's pitch rates need it.
 *
 * Per-contact pitch rates are shrunk toward the network with an empirical
 * Bayes Beta prior (see og_stats_fit_beta_prior()); these helpers give its
 * fit, its distribution function and its quantiles. Pure functions; safe
 * from any thread.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* No prior parameter ever goes below this: a Beta(0, b) is no distribution. */
#define OG_STATS_MIN_SHAPE 0.1

/* ln B(a, b), for a, b > 0. */
double   og_stats_log_beta             (double        a,
                                        double        b);

/* The Beta(a, b) density at @x (0 outside [0, 1]). */
double   og_stats_beta_pdf             (double        x,
                                        double        a,
                                        double        b);

/* The regularized incomplete beta function I_x(a, b), which is also the
 * Beta(a, b) distribution function: 0 for x ≤ 0, 1 for x ≥ 1. NaN for a or
 * b not > 0. */
double   og_stats_beta_cdf             (double        x,
                                        double        a,
                                        double        b);

/* The x with I_x(a, b) = @p, to about 1e-12; 0 for p ≤ 0, 1 for p ≥ 1. */
double   og_stats_beta_quantile        (double        p,
                                        double        a,
                                        double        b);

/* The textbook method of moments: the Beta with this mean and variance.
 * FALSE (and @alpha, @beta untouched) when no Beta has them: a mean outside
 * (0, 1) or a variance not in (0, mean·(1 − mean)). */
gboolean og_stats_beta_from_moments    (double        mean,
                                        double        variance,
                                        double       *alpha,
                                        double       *beta);

/* Fits a Beta prior to @n_groups binomial observations (@successes[i] of
 * @trials[i]; groups with no trials are skipped) by the method of moments
 * for the beta-binomial, weighting each group by its trials; see og-stats.c
 * for why. The prior's strength α + β is capped at @max_strength, and α, β
 * are at least OG_STATS_MIN_SHAPE. Returns FALSE when the data could not
 * say how spread out the rates are and a weak prior (strength 2 around the
 * pooled mean, Beta(1, 1) without data) was used instead. */
gboolean og_stats_fit_beta_prior       (const guint  *successes,
                                        const guint  *trials,
                                        guint         n_groups,
                                        double        max_strength,
                                        double       *alpha,
                                        double       *beta);

G_END_DECLS
