/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-hash.h — the small hash pieces the classifier and the templates share. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The SplitMix64 finaliser: a fast bijective mix in which every output bit
 * depends on every input bit. */
static inline guint64
og_mix64 (guint64 x)
{
  x ^= x >> 30;
  x *= G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  x ^= x >> 27;
  x *= G_GUINT64_CONSTANT (0x94d049bb133111eb);
  x ^= x >> 31;
  return x;
}

G_END_DECLS
