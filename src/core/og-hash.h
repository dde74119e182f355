/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-hash.h — the small hash pieces the classifier and the templates share. */
#pragma once

#include <glib.h>
#include <string.h>

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

/* Two independent 64-bit hashes of @length bytes, eight bytes a step: every
 * word of a message is hashed once, and byte-at-a-time hashing was a fifth
 * of the classifier's time. */
static inline void
og_bytes_hash (const char *bytes,
               gsize       length,
               guint64    *hash)
{
  guint64 a = G_GUINT64_CONSTANT (0x9e3779b97f4a7c15) ^ length;
  guint64 b = G_GUINT64_CONSTANT (0xc2b2ae3d27d4eb4f) + length;
  guint64 word;

  for (; length >= 8; bytes += 8, length -= 8)
    {
      memcpy (&word, bytes, 8);
      a = (a ^ word) * G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
      a ^= a >> 32;
      b = (b + word) * G_GUINT64_CONSTANT (0xc4ceb9fe1a85ec53);
      b ^= b >> 29;
    }
  word = 0;
  memcpy (&word, bytes, length);
  hash[0] = og_mix64 (a ^ word);
  hash[1] = og_mix64 (b + word + G_GUINT64_CONSTANT (0x2545f4914f6cdd1d));
}

G_END_DECLS
