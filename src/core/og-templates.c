/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-templates.c — near-duplicate received messages: shingles, MinHash, LSH. */
#define G_LOG_DOMAIN "og-templates"

#include "config.h"

#include <string.h>

#include "og-hash.h"
#include "og-parallel.h"
#include "og-templates.h"

/* LSH: bands of ROWS hashes. A pair that shares a whole band becomes a
 * candidate; at Jaccard 0.5 that happens with probability
 * 1 − (1 − 0.5³)^42 ≈ 0.996, at 0.05 with about 0.005, so confirmations
 * stay few and true scripts are hardly ever missed. */
#define LSH_ROWS  3
#define LSH_BANDS (OG_TEMPLATES_N_HASHES / LSH_ROWS)
/* Bands keyed in one pass over the signatures. */
#define BANDS_PER_PASS 3
#define BUCKETS_BY_TOP_BITS 65536

#define PLACEHOLDER_NAME    "<name>"
#define PLACEHOLDER_COMPANY "<company>"
#define PLACEHOLDER_URL     "<url>"
#define PLACEHOLDER_EMAIL   "<email>"

/* MinHash values are kept to their top 16 bits (b-bit MinHash): two
 * unrelated values then agree by chance once in 65,536, which moves a
 * similarity estimate by far less than one hash in 128 does, and a
 * candidate's signature takes 256 bytes instead of 512. */
typedef guint16 MinValue;

typedef struct
{
  OgMessage *message;
  guint      same_as;    /* the first candidate with these very words, or itself */
  guint64    words[2];   /* a 128-bit hash of the word sequence */
  MinValue  *signature;   /* OG_TEMPLATES_N_HASHES values, in a SignatureStore; NULL if too short to compare */
} Candidate;

typedef struct
{
  guint64 key;
  guint   index;
} BandEntry;

/* ---- hashing ------------------------------------------------------------- */

/* MinHash functions h(x) = a·x + b mod 2³² over a mixed 32-bit shingle
 * hash, with odd multipliers (a bijection each, ordered by its top bits):
 * two operations per hash, on 32-bit lanes that the compiler can run
 * eight at a time. Fixed seeds: the same export always gives the same
 * clusters. */
typedef struct
{
  guint32 multiply[OG_TEMPLATES_N_HASHES];
  guint32 add[OG_TEMPLATES_N_HASHES];
} HashSeeds;

static const HashSeeds *
hash_seeds (void)
{
  static HashSeeds seeds;
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      guint64 state = G_GUINT64_CONSTANT (0x6f67746d706c7473);

      for (guint i = 0; i < OG_TEMPLATES_N_HASHES; i++)
        {
          state += G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);
          seeds.multiply[i] = (guint32)(og_mix64 (state) >> 32) | 1;
          state += G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);
          seeds.add[i] = (guint32)(og_mix64 (state) >> 32);
        }
      g_once_init_leave (&initialized, 1);
    }

  return &seeds;
}

/* FNV-1a of @length bytes: the word hash the shingles and the identity of a
 * text are built from. */
static inline guint64
hash_word (const char *word,
           gsize       length)
{
  guint64 hash = G_GUINT64_CONSTANT (0xcbf29ce484222325);

  for (gsize i = 0; i < length; i++)
    {
      hash ^= (guchar)word[i];
      hash *= G_GUINT64_CONSTANT (0x100000001b3);
    }
  return hash;
}

/* ---- normalising ---------------------------------------------------------- */

static gboolean
looks_like_url (const char *token)
{
  const char *slash;
  const char *dot;

  if (strstr (token, "://") != NULL || g_str_has_prefix (token, "www."))
    return TRUE;

  /* "example.com/pricing": a dotted host right before the first slash. */
  slash = strchr (token, '/');
  if (slash == NULL || slash == token)
    return FALSE;
  dot = memchr (token, '.', slash - token);
  return dot != NULL && dot > token && dot + 1 < slash && g_ascii_isalpha (dot[1]);
}

static gboolean
looks_like_email (const char *token)
{
  const char *at = strchr (token, '@');
  const char *dot;

  if (at == NULL || at == token)
    return FALSE;
  dot = strchr (at + 1, '.');
  return dot != NULL && dot > at + 1 && dot[1] != '\0';
}

/* A growable run of bytes with inlined appends: GLib 2.74 appends even one
 * character to a GString through a function call, and splitting did that
 * for every character of every message. */
typedef struct
{
  char  *data;
  gsize  len;
  gsize  size;
} Bytes;

static void
bytes_grow (Bytes *bytes,
            gsize  more)
{
  bytes->size = MAX (2 * bytes->size, bytes->len + more + 1);
  bytes->data = g_realloc (bytes->data, bytes->size);
}

static inline void
bytes_push (Bytes *bytes,
            char   c)
{
  if (G_UNLIKELY (bytes->len + 2 > bytes->size))
    bytes_grow (bytes, 1);
  bytes->data[bytes->len++] = c;
}

static inline void
bytes_append (Bytes      *bytes,
              const char *data,
              gsize       length)
{
  if (G_UNLIKELY (bytes->len + length + 1 > bytes->size))
    bytes_grow (bytes, length);
  memcpy (bytes->data + bytes->len, data, length);
  bytes->len += length;
}

/* NUL-terminates the bytes (not counted in len), for the string functions. */
static inline const char *
bytes_str (Bytes *bytes)
{
  if (G_UNLIKELY (bytes->len + 1 > bytes->size))
    bytes_grow (bytes, 0);
  bytes->data[bytes->len] = '\0';
  return bytes->data;
}

/* A text's words: each one's hash, and unless only the hashes are wanted,
 * its characters, NUL-terminated, in one buffer. */
typedef struct
{
  guint64  *hashes;
  guint    *starts;    /* where each word begins in @chars; NULL without text */
  Bytes     chars;
  guint     n;
  guint     size;
  gboolean  text;
} Words;

static Words
words_make_sized (gboolean text,
                  guint    n_words)
{
  n_words = MAX (n_words, 1);
  return (Words){ g_new (guint64, n_words), text ? g_new (guint, n_words) : NULL, { NULL, 0, 0 }, 0, n_words, text };
}

/* Room for a message's words: buffers that are reused. */
static Words
words_make (gboolean text)
{
  return words_make_sized (text, 64);
}

static void
words_clear (Words *words)
{
  g_free (words->hashes);
  g_free (words->starts);
  g_free (words->chars.data);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Words, words_clear)

static inline void
words_reset (Words *words)
{
  words->n = 0;
  words->chars.len = 0;
}

static inline guint
words_len (const Words *words)
{
  return words->n;
}

static inline const char *
word_at (const Words *words,
         guint        i)
{
  return words->chars.data + words->starts[i];
}

static inline void
words_add_hashed (Words      *words,
                  const char *word,
                  gsize       length,
                  guint64     hash)
{
  if (G_UNLIKELY (words->n == words->size))
    {
      words->size *= 2;
      words->hashes = g_renew (guint64, words->hashes, words->size);
      if (words->text)
        words->starts = g_renew (guint, words->starts, words->size);
    }
  if (words->text)
    {
      words->starts[words->n] = (guint)words->chars.len;
      bytes_append (&words->chars, word, length);
      bytes_push (&words->chars, '\0');
    }
  words->hashes[words->n++] = hash;
}

static inline void
words_add (Words      *words,
           const char *word,
           gsize       length)
{
  words_add_hashed (words, word, length, hash_word (word, length));
}

#define words_add_literal(words, literal) words_add ((words), (literal), sizeof (literal) - 1)

/* The Unicode classes the splitting asks about; callers answer ASCII
 * themselves. */
static inline gboolean
ascii_is_space (guchar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static inline gboolean
char_is_space (gunichar c)
{
  return c < 0x80 ? ascii_is_space (c) : g_unichar_isspace (c);
}

/* One white-space-free token (@token, NUL-terminated): a URL, an address,
 * or words split at every character that is neither a letter, a digit nor
 * a combining mark. */
static void
add_token_words (Words      *words,
                 const char *token,
                 gboolean    maybe_link,
                 Bytes      *word)
{
  gboolean in_digits = FALSE;

  /* @maybe_link: the token has a ':', '/' or '@', without which it is
   * neither a URL nor an address (unless it starts "www."). Asking the
   * string functions of every token was a fifth of the splitting. */
  if ((maybe_link || (token[0] == 'w' && strncmp (token, "www.", 4) == 0)) && looks_like_url (token))
    {
      words_add_literal (words, PLACEHOLDER_URL);
      return;
    }
  if (maybe_link && looks_like_email (token))
    {
      words_add_literal (words, PLACEHOLDER_EMAIL);
      return;
    }

  word->len = 0;
  for (const char *p = token; *p != '\0'; )
    {
      guchar c = (guchar)*p;
      gboolean digit, letter;
      const char *at = p;

      if (c < 0x80)
        {
          p++;
          digit = g_ascii_isdigit (c);
          letter = !digit && g_ascii_isalnum (c);
        }
      else
        {
          gunichar u = g_utf8_get_char (p);

          p = g_utf8_next_char (p);
          digit = g_unichar_isdigit (u);
          letter = !digit && (g_unichar_isalnum (u) || g_unichar_ismark (u));
        }

      if (digit)
        {
          /* "38%", "2025", "20+": every run of digits is the same number. */
          if (!in_digits)
            bytes_push (word, '0');
          in_digits = TRUE;
        }
      else if (letter)
        {
          bytes_append (word, at, p - at);
          in_digits = FALSE;
        }
      else
        {
          if (word->len > 0)
            words_add (words, word->data, word->len);
          word->len = 0;
          in_digits = FALSE;
        }
    }
  if (word->len > 0)
    words_add (words, word->data, word->len);
}

/* Reused buffers, so that splitting a message allocates nothing. */
typedef struct
{
  Bytes token;
  Bytes inner;
  Bytes word;
  Words split;
} Scratch;

static Scratch
scratch_make (void)
{
  return (Scratch){ { NULL, 0, 0 }, { NULL, 0, 0 }, { NULL, 0, 0 }, words_make (TRUE) };
}

static void
scratch_clear (Scratch *scratch)
{
  g_free (scratch->token.data);
  g_free (scratch->inner.data);
  g_free (scratch->word.data);
  words_clear (&scratch->split);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Scratch, scratch_clear)

/* Adds the words of @folded (NFKC, case-folded) split on white space. */
static void
split_folded (const char *folded,
              Words      *words,
              Scratch    *scratch)
{
  Bytes *inner = &scratch->inner;

  inner->len = 0;
  for (const char *p = folded; ; )
    {
      const char *at = p;
      gunichar c = (guchar)*p;

      if (c < 0x80)
        p++;
      else
        {
          c = g_utf8_get_char (p);
          p = g_utf8_next_char (p);
        }

      if (c == 0 || char_is_space (c))
        {
          if (inner->len > 0)
            {
              const char *token = bytes_str (inner);

              add_token_words (words, token, strpbrk (token, ":/@") != NULL, &scratch->word);
            }
          inner->len = 0;
          if (c == 0)
            break;
        }
      else
        bytes_append (inner, at, p - at);
    }
}

/* The text as words (appended to @words): NFKC, case-folded, split on
 * white space and punctuation.
 *
 * Normalising token by token gives what normalising the whole text would:
 * white space is a starter, so nothing composes or reorders across it, and
 * what NFKC turns into white space ("´" is a space and a mark) is split
 * again. Most tokens are ASCII, for which NFKC changes nothing and
 * case-folding is lowering; only the others pay for the conversions. */
static void
split_words (const char *text,
             Words      *words,
             Scratch    *scratch)
{
  Bytes *token = &scratch->token;
  gboolean ascii = TRUE;
  gboolean maybe_link = FALSE;   /* a ':', '/' or '@' in the token */

  if (text == NULL)
    return;

  token->len = 0;
  for (const char *p = text; ; )
    {
      guchar c = (guchar)*p;
      gboolean space;
      const char *at = p;

      if (c < 0x80)
        {
          p++;
          space = c == 0 || ascii_is_space (c);
          if (!space)
            {
              bytes_push (token, c);
              maybe_link |= c == ':' || c == '/' || c == '@';
              continue;
            }
        }
      else
        {
          gunichar u = g_utf8_get_char (p);

          p = g_utf8_next_char (p);
          space = g_unichar_isspace (u);
          if (!space)
            {
              bytes_append (token, at, p - at);
              ascii = FALSE;
              continue;
            }
        }

      if (token->len > 0 && ascii)
        {
          for (gsize i = 0; i < token->len; i++)
            if (token->data[i] >= 'A' && token->data[i] <= 'Z')
              token->data[i] |= 0x20;
          add_token_words (words, bytes_str (token), maybe_link, &scratch->word);
        }
      else if (token->len > 0)
        {
          g_autofree char *normalized = g_utf8_normalize (token->data, (gssize)token->len, G_NORMALIZE_NFKC);
          g_autofree char *folded = normalized != NULL ? g_utf8_casefold (normalized, -1) : NULL;

          if (folded != NULL)
            split_folded (folded, words, scratch);
        }
      token->len = 0;
      ascii = TRUE;
      maybe_link = FALSE;
      if (c == 0)
        break;
    }
}

/* What is replaced in one sender's messages: their and the owner's name
 * words and the words of their company, by hash, in one allocation (one
 * per sender, tens of thousands of them). A text's word taken for a name
 * by a clash of 64-bit hashes would need about 10^18 words. */
typedef struct
{
  guint   n_names;     /* distinct: a handful */
  guint   n_company;
  guint64 hashes[];    /* the names', then the company's words in order */
} Replacements;

static gboolean
names_contain (const guint64 *names,
               guint          n_names,
               guint64        hash)
{
  for (guint i = 0; i < n_names; i++)
    if (names[i] == hash)
      return TRUE;
  return FALSE;
}

static void
add_name_words (GArray     *names,
                const char *name,
                Scratch    *scratch)
{
  g_auto(Words) words = words_make (TRUE);

  split_words (name, &words, scratch);
  for (guint i = 0; i < words_len (&words); i++)
    {
      const char *word = word_at (&words, i);

      /* A one-letter part ("Ó", an initial) would also hit "a" or "i". */
      if (g_utf8_strlen (word, -1) >= 2 && word[0] != '<' && strcmp (word, "0") != 0 &&
          !names_contain ((const guint64 *)(void *)names->data, names->len, words.hashes[i]))
        g_array_append_val (names, words.hashes[i]);
    }
}

static void
add_person_names (GArray         *names,
                  const OgPerson *person,
                  Scratch        *scratch)
{
  if (person == NULL)
    return;
  add_name_words (names, person->first_name, scratch);
  add_name_words (names, person->last_name, scratch);
  add_name_words (names, person->name, scratch);
}

static void
replacements_free (Replacements *replacements)
{
  g_free (replacements);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Replacements, replacements_free)

static Replacements *
replacements_new (const OgPerson *sender,
                  const OgPerson *owner,
                  Scratch        *scratch)
{
  g_autoptr(GArray) names = g_array_sized_new (FALSE, FALSE, sizeof (guint64), 8);
  g_auto(Words) company = words_make_sized (FALSE, 4);
  Replacements *replacements;

  add_person_names (names, owner, scratch);
  add_person_names (names, sender, scratch);
  split_words (sender != NULL ? sender->company : NULL, &company, scratch);

  replacements = g_malloc (sizeof (Replacements) + (names->len + company.n) * sizeof (guint64));
  replacements->n_names = names->len;
  replacements->n_company = company.n;
  memcpy (replacements->hashes, names->data, names->len * sizeof (guint64));
  memcpy (replacements->hashes + names->len, company.hashes, company.n * sizeof (guint64));
  return replacements;
}

/* Whether the sender's company's words stand at @at. */
static inline gboolean
company_at (const Words        *words,
            guint               at,
            const Replacements *replacements)
{
  const guint64 *company = replacements->hashes + replacements->n_names;

  if (replacements->n_company == 0 || at + replacements->n_company > words->n)
    return FALSE;
  for (guint i = 0; i < replacements->n_company; i++)
    if (words->hashes[at + i] != company[i])
      return FALSE;
  return TRUE;
}

/* The words of @text with names, company and the rest replaced, into @out
 * (emptied first; its text kept if it keeps text). */
static void
normalize_words (const char         *text,
                 const Replacements *replacements,
                 Words              *out,
                 Scratch            *scratch)
{
  Words *words = &scratch->split;
  gboolean last_is_name = FALSE;

  words_reset (words);
  words_reset (out);
  split_words (text, words, scratch);

  for (guint i = 0; i < words_len (words); )
    {
      guint64 hash = words->hashes[i];

      /* The company first: it may hold the sender's surname. */
      if (company_at (words, i, replacements))
        {
          words_add_literal (out, PLACEHOLDER_COMPANY);
          last_is_name = FALSE;
          i += replacements->n_company;
          continue;
        }

      /* "Mara", "Mara Lindqvist" and "Lindqvist" all become one placeholder. */
      if (names_contain (replacements->hashes, replacements->n_names, hash))
        {
          if (!last_is_name)
            words_add_literal (out, PLACEHOLDER_NAME);
          last_is_name = TRUE;
        }
      else
        {
          const char *word = word_at (words, i);

          words_add_hashed (out, word, out->text ? strlen (word) : 0, hash);
          /* A word of the text that reads "<name>" cannot occur: "<" splits. */
          last_is_name = FALSE;
        }
      i++;
    }
}

char *
og_templates_normalize (const char     *text,
                        const OgPerson *sender,
                        const OgPerson *owner)
{
  g_auto(Scratch) scratch = scratch_make ();
  g_auto(Words) words = words_make (TRUE);
  g_autoptr(Replacements) replacements = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  replacements = replacements_new (sender, owner, &scratch);
  normalize_words (text, replacements, &words, &scratch);
  for (guint i = 0; i < words_len (&words); i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, word_at (&words, i));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ---- MinHash ----------------------------------------------------------------- */

/* The hot loop: every hash function over every shingle. On x86-64 Linux a
 * copy for AVX2 is chosen at load time where the processor has it. */
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
__attribute__ ((target_clones ("avx2", "default")))
#endif
static void
fold_shingles (const guint32   *shingles,
               guint            n,
               const HashSeeds *seeds,
               guint32         *lowest)
{
  for (guint i = 0; i < n; i++)
    for (guint h = 0; h < OG_TEMPLATES_N_HASHES; h++)
      {
        guint32 value = seeds->multiply[h] * shingles[i] + seeds->add[h];

        lowest[h] = lowest[h] < value ? lowest[h] : value;
      }
}

/* FALSE when the text has fewer than @min_words words; otherwise @identity
 * gets a 128-bit hash of the word sequence: equal for the very same words. */
static gboolean
compute_identity (const Words *words,
                  guint        min_words,
                  guint64     *identity)
{
  guint n = words_len (words);

  if (n < MAX (min_words, OG_TEMPLATES_SHINGLE))
    return FALSE;

  identity[0] = G_GUINT64_CONSTANT (0xcbf29ce484222325);
  identity[1] = n;
  for (guint i = 0; i < n; i++)
    {
      identity[0] = og_mix64 (identity[0] ^ words->hashes[i]);
      identity[1] = og_mix64 (identity[1] + words->hashes[i]);
    }
  return TRUE;
}

/* The MinHash signature of a text at least one shingle long. */
static void
compute_signature (const Words *words,
                   MinValue    *signature)
{
  guint n = words_len (words);
  guint n_shingles = n + 1 - OG_TEMPLATES_SHINGLE;
  guint32 lowest[OG_TEMPLATES_N_HASHES];
  guint32 on_stack[256];
  g_autofree guint32 *on_heap = NULL;
  guint32 *shingles = on_stack;

  g_assert (n >= OG_TEMPLATES_SHINGLE);
  if (n_shingles > G_N_ELEMENTS (on_stack))
    shingles = on_heap = g_new (guint32, n_shingles);

  /* Each word was hashed once; a shingle mixes its words' hashes in order. */
  for (guint i = 0; i < n_shingles; i++)
    {
      guint64 shingle = G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);

      for (guint k = 0; k < OG_TEMPLATES_SHINGLE; k++)
        shingle = og_mix64 (shingle ^ words->hashes[i + k]);
      shingles[i] = (guint32)(shingle >> 32);
    }

  for (guint h = 0; h < OG_TEMPLATES_N_HASHES; h++)
    lowest[h] = G_MAXUINT32;
  fold_shingles (shingles, n_shingles, hash_seeds (), lowest);

  for (guint h = 0; h < OG_TEMPLATES_N_HASHES; h++)
    signature[h] = (MinValue)(lowest[h] >> 16);
}

static double
signature_similarity (const MinValue *a,
                      const MinValue *b)
{
  guint same = 0;

  for (guint h = 0; h < OG_TEMPLATES_N_HASHES; h++)
    same += a[h] == b[h];

  return (double)same / OG_TEMPLATES_N_HASHES;
}

double
og_templates_estimate_similarity (const char *a,
                                  const char *b)
{
  g_auto(Scratch) scratch = scratch_make ();
  g_auto(Words) words_a = words_make (FALSE);
  g_auto(Words) words_b = words_make (FALSE);
  g_autoptr(Replacements) nothing = NULL;
  MinValue signature_a[OG_TEMPLATES_N_HASHES];
  MinValue signature_b[OG_TEMPLATES_N_HASHES];
  guint64 identity[2];

  nothing = replacements_new (NULL, NULL, &scratch);
  normalize_words (a, nothing, &words_a, &scratch);
  normalize_words (b, nothing, &words_b, &scratch);
  if (!compute_identity (&words_a, 0, identity) || !compute_identity (&words_b, 0, identity))
    return 0.0;

  compute_signature (&words_a, signature_a);
  compute_signature (&words_b, signature_b);
  return signature_similarity (signature_a, signature_b);
}

/* ---- union-find ----------------------------------------------------------------- */

static guint
find_root (guint *parent,
           guint  i)
{
  while (parent[i] != i)
    {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
  return i;
}

static void
unite (guint *parent,
       guint *size,
       guint  a,
       guint  b)
{
  a = find_root (parent, a);
  b = find_root (parent, b);
  if (a == b)
    return;
  if (size[a] < size[b])
    {
      guint swap = a;

      a = b;
      b = swap;
    }
  parent[b] = a;
  size[a] += size[b];
}

/* ---- clustering ------------------------------------------------------------------ */

/* Sorts @entries (@n of them) by key into @sorted, equal keys in the order
 * given (that of the candidates): a counting pass on the top 16 bits, then
 * insertion into place within each of those buckets, which random keys
 * leave one or two entries long. Forty-two qsorts of every distinct text
 * were a third of the linking. @counts has room for 65,537. */
static void
sort_band_entries (const BandEntry *entries,
                   BandEntry       *sorted,
                   guint           *counts,
                   guint            n)
{
  memset (counts, 0, (BUCKETS_BY_TOP_BITS + 1) * sizeof (guint));
  for (guint i = 0; i < n; i++)
    counts[(entries[i].key >> 48) + 1]++;
  for (guint b = 0; b < BUCKETS_BY_TOP_BITS; b++)
    counts[b + 1] += counts[b];
  for (guint i = 0; i < n; i++)
    sorted[counts[entries[i].key >> 48]++] = entries[i];

  /* counts[b] is now where bucket b + 1 starts. */
  for (guint b = 0, start = 0; b < BUCKETS_BY_TOP_BITS; start = counts[b++])
    for (guint i = start + 1; i < counts[b]; i++)
      {
        BandEntry entry = sorted[i];
        guint j = i;

        /* A script's variants share a key: equal keys stay put, in order. */
        for (; j > start && sorted[j - 1].key > entry.key; j--)
          sorted[j] = sorted[j - 1];
        sorted[j] = entry;
      }
}

/* Oldest first, as the dataset orders a conversation. */
static int
compare_message_times (const OgMessage *x,
                       const OgMessage *y)
{
  if (x->sent_at != y->sent_at)
    return x->sent_at < y->sent_at ? -1 : 1;
  if (x->sent_at_ms != y->sent_at_ms)
    return x->sent_at_ms < y->sent_at_ms ? -1 : 1;
  if (x->line != y->line)
    return x->line > y->line ? -1 : 1;
  return 0;
}

static int
compare_messages (gconstpointer a,
                  gconstpointer b)
{
  return compare_message_times (*(OgMessage * const *)a, *(OgMessage * const *)b);
}

static int
compare_clusters (gconstpointer a,
                  gconstpointer b)
{
  const OgTemplateCluster *x = *(OgTemplateCluster * const *)a;
  const OgTemplateCluster *y = *(OgTemplateCluster * const *)b;

  return compare_message_times (g_ptr_array_index (x->messages, 0),
                                g_ptr_array_index (y->messages, 0));
}

static gboolean
is_candidate (const OgMessage *message)
{
  return !message->is_draft &&
         !message->is_sponsored &&
         !message->from_owner &&
         message->sender != NULL &&
         !message->sender->is_owner &&
         message->content != NULL &&
         (message->conversation == NULL || !message->conversation->is_sponsored);
}

/* Candidates in one bucket are compared with one member of each group found
 * there so far, not with each other: a script sent 50,000 times costs 50,000
 * comparisons, not a billion. A member that matches no group starts one; at
 * most MAX_GROUPS_PER_BUCKET are kept, as buckets of unrelated messages that
 * share a band by chance are small. */
#define MAX_GROUPS_PER_BUCKET 64

static void
link_bucket (Candidate       *candidates,
             const BandEntry *bucket,
             guint            n_bucket,
             guint           *parent,
             guint           *size)
{
  guint groups[MAX_GROUPS_PER_BUCKET];
  guint n_groups = 0;

  for (guint i = 0; i < n_bucket; i++)
    {
      guint a = bucket[i].index;
      gboolean placed = FALSE;

      /* Every group is tried: one message like two groups joins them. */
      for (guint g = 0; g < n_groups; g++)
        {
          guint b = groups[g];

          if (find_root (parent, a) == find_root (parent, b))
            placed = TRUE;
          else if (signature_similarity (candidates[a].signature, candidates[b].signature) >=
                   OG_TEMPLATES_SIMILARITY)
            {
              unite (parent, size, a, b);
              placed = TRUE;
            }
        }
      if (!placed && n_groups < MAX_GROUPS_PER_BUCKET)
        groups[n_groups++] = a;
    }
}

/* Joins every confirmed pair that shares a band with another candidate. A
 * candidate with the very words of an earlier one joins it directly and takes
 * no part in the bands. */
static void
link_near_duplicates (Candidate *candidates,
                      guint      n_all,
                      guint     *parent,
                      guint     *size)
{
  g_autofree BandEntry *entries = g_new (BandEntry, (gsize)n_all * BANDS_PER_PASS);
  g_autofree BandEntry *sorted = g_new (BandEntry, n_all);
  g_autofree guint *counts = g_new (guint, BUCKETS_BY_TOP_BITS + 1);
  g_autofree guint *distinct = g_new (guint, n_all);
  guint n = 0;

  for (guint i = 0; i < n_all; i++)
    if (candidates[i].same_as == i)
      distinct[n++] = i;
    else
      unite (parent, size, i, candidates[i].same_as);

  for (guint first_band = 0; first_band < LSH_BANDS; first_band += BANDS_PER_PASS)
    {
      guint n_bands = MIN (BANDS_PER_PASS, LSH_BANDS - first_band);

      /* Neighbouring bands' values share a cache line: one pass over the
       * signatures keys several bands, where a pass a band waited on
       * memory for most of its time. */
      for (guint d = 0; d < n; d++)
        {
          guint i = distinct[d];
          const MinValue *signature = candidates[i].signature;

          for (guint k = 0; k < n_bands; k++)
            {
              guint band = first_band + k;
              guint64 key = og_mix64 (band + 1);

              for (guint r = 0; r < LSH_ROWS; r++)
                key = og_mix64 (key ^ signature[band * LSH_ROWS + r]);
              entries[(gsize)k * n + d] = (BandEntry){ key, i };
            }
        }

      for (guint k = 0; k < n_bands; k++)
        {
          sort_band_entries (entries + (gsize)k * n, sorted, counts, n);
          for (guint start = 0; start < n; )
            {
              guint end = start + 1;

              while (end < n && sorted[end].key == sorted[start].key)
                end++;

              link_bucket (candidates, sorted + start, end - start, parent, size);
              start = end;
            }
        }
    }
}

static guint
count_senders (GPtrArray *messages)
{
  g_autoptr(GHashTable) senders = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < messages->len; i++)
    {
      OgMessage *message = g_ptr_array_index (messages, i);

      g_hash_table_add (senders, message->sender);
    }
  return g_hash_table_size (senders);
}

/* Signatures in blocks, kept only for messages long enough to compare
 * (about a third of those received): one store per thread. */
#define SIGNATURES_PER_BLOCK 4096

typedef struct
{
  GPtrArray *blocks;   /* MinValue[SIGNATURES_PER_BLOCK × OG_TEMPLATES_N_HASHES] */
  guint      used;     /* in the last block */
} SignatureStore;

static MinValue *
store_take (SignatureStore *store)
{
  if (store->blocks->len == 0 || store->used == SIGNATURES_PER_BLOCK)
    {
      g_ptr_array_add (store->blocks, g_new (MinValue, SIGNATURES_PER_BLOCK * OG_TEMPLATES_N_HASHES));
      store->used = 0;
    }
  return (MinValue *)g_ptr_array_index (store->blocks, store->blocks->len - 1) +
         (gsize)store->used++ * OG_TEMPLATES_N_HASHES;
}

typedef struct
{
  Candidate      *candidates;
  guint           n;
  GHashTable     *replacements;   /* OgPerson* → Replacements*, read only here */
  SignatureStore  stores[OG_PARALLEL_MAX_SHARES];   /* by share */
} Signing;

static guint
identity_hash (gconstpointer key)
{
  return (guint)((const guint64 *)key)[0];
}

static gboolean
identity_equal (gconstpointer a,
                gconstpointer b)
{
  return memcmp (a, b, 2 * sizeof (guint64)) == 0;
}

/* Signs candidates @first, @first + @stride, …: a text whose very words
 * this share has signed before takes that signature without folding its
 * shingles again (two thirds of them, in a large export). */
static void
sign_share (guint    first,
            guint    stride,
            gpointer data)
{
  Signing *signing = data;
  SignatureStore *store = &signing->stores[first];
  g_auto(Scratch) scratch = scratch_make ();
  g_auto(Words) words = words_make (FALSE);
  g_autoptr(GHashTable) signed_words = g_hash_table_new (identity_hash, identity_equal);

  g_assert (first < OG_PARALLEL_MAX_SHARES);

  for (guint i = first; i < signing->n; i += stride)
    {
      Candidate *candidate = &signing->candidates[i];

      normalize_words (candidate->message->content,
                       g_hash_table_lookup (signing->replacements, candidate->message->sender),
                       &words, &scratch);
      candidate->signature = NULL;
      if (!compute_identity (&words, OG_TEMPLATES_MIN_WORDS, candidate->words))
        continue;
      candidate->signature = g_hash_table_lookup (signed_words, candidate->words);
      if (candidate->signature == NULL)
        {
          candidate->signature = store_take (store);
          compute_signature (&words, candidate->signature);
          g_hash_table_insert (signed_words, candidate->words, candidate->signature);
        }
    }
}

static void
signing_clear (Signing *signing)
{
  for (guint i = 0; i < OG_PARALLEL_MAX_SHARES; i++)
    g_clear_pointer (&signing->stores[i].blocks, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Signing, signing_clear)

GPtrArray *
og_templates_find (GPtrArray      *messages,
                   const OgPerson *owner)
{
  GPtrArray *clusters = g_ptr_array_new_with_free_func ((GDestroyNotify)og_template_cluster_free);
  g_autofree Candidate *candidates = NULL;
  g_autofree guint *parent = NULL;
  g_autofree guint *size = NULL;
  g_autofree GPtrArray **groups = NULL;
  g_autoptr(GHashTable) replacements = NULL;
  g_autoptr(GHashTable) seen_words = NULL;
  g_auto(Signing) signing = { NULL };
  g_auto(Scratch) scratch = scratch_make ();
  guint n_all = 0, n = 0;
  gint64 started = g_get_monotonic_time ();

  g_return_val_if_fail (messages != NULL, clusters);

  replacements = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)replacements_free);
  for (guint i = 0; i < messages->len; i++)
    {
      OgMessage *message = g_ptr_array_index (messages, i);

      if (is_candidate (message))
        n_all++;
    }
  candidates = g_new (Candidate, MAX (n_all, 1));
  for (guint i = 0, c = 0; i < messages->len; i++)
    {
      OgMessage *message = g_ptr_array_index (messages, i);

      if (!is_candidate (message))
        continue;
      if (!g_hash_table_contains (replacements, message->sender))
        g_hash_table_insert (replacements, message->sender, replacements_new (message->sender, owner, &scratch));
      candidates[c++].message = message;
    }

  g_debug ("Templates: %u candidates gathered at %.3f s", n_all, (g_get_monotonic_time () - started) / 1e6);
  /* Normalising and hashing each message is most of the work, and each is
   * independent: every core takes a share. */
  signing.candidates = candidates;
  signing.n = n_all;
  signing.replacements = replacements;
  for (guint i = 0; i < OG_PARALLEL_MAX_SHARES; i++)
    signing.stores[i] = (SignatureStore){ g_ptr_array_new_with_free_func (g_free), 0 };
  og_parallel_run (n_all, 1024, sign_share, &signing);

  /* Keeps the long-enough ones, in order. A script with only the names
   * changed has the very same words: it joins the first copy directly.
   * Copies are told by a 128-bit hash of their words; two different
   * texts would share one about once in 10^28 exports of this size. */
  g_debug ("Templates: signed at %.3f s", (g_get_monotonic_time () - started) / 1e6);
  seen_words = g_hash_table_new (identity_hash, identity_equal);
  for (guint i = 0; i < n_all; i++)
    {
      gpointer first;

      if (candidates[i].signature == NULL)
        continue;
      if (n != i)
        candidates[n] = candidates[i];
      if (g_hash_table_lookup_extended (seen_words, candidates[n].words, NULL, &first))
        candidates[n].same_as = GPOINTER_TO_UINT (first);
      else
        {
          candidates[n].same_as = n;
          g_hash_table_insert (seen_words, candidates[n].words, GUINT_TO_POINTER (n));
        }
      n++;
    }

  if (n < 2)
    return clusters;

  parent = g_new (guint, n);
  size = g_new (guint, n);
  for (guint i = 0; i < n; i++)
    {
      parent[i] = i;
      size[i] = 1;
    }

  g_debug ("Templates: %u texts long enough to compare at %.3f s", n, (g_get_monotonic_time () - started) / 1e6);
  link_near_duplicates (candidates, n, parent, size);
  g_debug ("Templates: linked at %.3f s", (g_get_monotonic_time () - started) / 1e6);

  groups = g_new0 (GPtrArray *, n);
  for (guint i = 0; i < n; i++)
    {
      guint root = find_root (parent, i);

      if (size[root] < 2)
        continue;
      if (groups[root] == NULL)
        groups[root] = g_ptr_array_new ();
      g_ptr_array_add (groups[root], candidates[i].message);
    }

  for (guint i = 0; i < n; i++)
    {
      OgTemplateCluster *cluster;

      if (groups[i] == NULL)
        continue;

      /* One person repeating themselves is persistence, not a script. */
      if (count_senders (groups[i]) < 2)
        {
          g_ptr_array_unref (groups[i]);
          continue;
        }

      cluster = g_new0 (OgTemplateCluster, 1);
      cluster->messages = groups[i];
      g_ptr_array_sort (cluster->messages, compare_messages);
      cluster->n_senders = count_senders (cluster->messages);
      cluster->example = ((OgMessage *)g_ptr_array_index (cluster->messages, 0))->content;
      g_ptr_array_add (clusters, cluster);
    }

  g_ptr_array_sort (clusters, compare_clusters);
  for (guint i = 0; i < clusters->len; i++)
    ((OgTemplateCluster *)g_ptr_array_index (clusters, i))->id = i + 1;

  return clusters;
}

void
og_template_cluster_free (OgTemplateCluster *cluster)
{
  if (cluster == NULL)
    return;
  g_clear_pointer (&cluster->messages, g_ptr_array_unref);
  g_free (cluster);
}
