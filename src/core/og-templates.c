/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-templates.c — near-duplicate received messages: shingles, MinHash, LSH. */
#define G_LOG_DOMAIN "og-templates"

#include "config.h"

#include <string.h>

#include "og-templates.h"

/* LSH: bands of ROWS hashes. A pair that shares a whole band becomes a
 * candidate; at Jaccard 0.5 that happens with probability
 * 1 − (1 − 0.5³)^42 ≈ 0.996, at 0.05 with about 0.005, so confirmations
 * stay few and true scripts are hardly ever missed. */
#define LSH_ROWS  3
#define LSH_BANDS (OG_TEMPLATES_N_HASHES / LSH_ROWS)

#define PLACEHOLDER_NAME    "<name>"
#define PLACEHOLDER_COMPANY "<company>"
#define PLACEHOLDER_URL     "<url>"
#define PLACEHOLDER_EMAIL   "<email>"

typedef struct
{
  OgMessage *message;
  guint      same_as;    /* the first candidate with these very words, or itself */
  guint32    signature[OG_TEMPLATES_N_HASHES];
} Candidate;

typedef struct
{
  guint64 key;
  guint   index;
} BandEntry;

/* ---- hashing ------------------------------------------------------------- */

/* The SplitMix64 finaliser: a fast bijective mix of 64 bits. */
static inline guint64
mix64 (guint64 x)
{
  x ^= x >> 30;
  x *= G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  x ^= x >> 27;
  x *= G_GUINT64_CONSTANT (0x94d049bb133111eb);
  x ^= x >> 31;
  return x;
}

/* MinHash functions h(x) = (a·x + b) >> 32 over a mixed 64-bit shingle
 * hash, with odd multipliers: two operations per hash instead of a full
 * mix. Fixed seeds: the same export always gives the same clusters. */
typedef struct
{
  guint64 multiply[OG_TEMPLATES_N_HASHES];
  guint64 add[OG_TEMPLATES_N_HASHES];
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
          seeds.multiply[i] = mix64 (state) | 1;
          state += G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);
          seeds.add[i] = mix64 (state);
        }
      g_once_init_leave (&initialized, 1);
    }

  return &seeds;
}

static guint64
hash_string (guint64     hash,
             const char *text)
{
  /* FNV-1a, continued from @hash. */
  for (const guchar *p = (const guchar *)text; *p != '\0'; p++)
    {
      hash ^= *p;
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

static void
flush_word (GPtrArray *words,
            GString   *word)
{
  if (word->len == 0)
    return;
  g_ptr_array_add (words, g_strndup (word->str, word->len));
  g_string_truncate (word, 0);
}

/* One white-space-free token: a URL, an address, or words split at every
 * character that is neither a letter, a digit nor a combining mark. */
static void
add_token_words (GPtrArray  *words,
                 const char *token,
                 GString    *word)
{
  gboolean in_digits = FALSE;

  if (looks_like_url (token))
    {
      g_ptr_array_add (words, g_strdup (PLACEHOLDER_URL));
      return;
    }
  if (looks_like_email (token))
    {
      g_ptr_array_add (words, g_strdup (PLACEHOLDER_EMAIL));
      return;
    }

  for (const char *p = token; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isdigit (c))
        {
          /* "38%", "2025", "20+": every run of digits is the same number. */
          if (!in_digits)
            g_string_append_c (word, '0');
          in_digits = TRUE;
        }
      else if (g_unichar_isalnum (c) || g_unichar_ismark (c))
        {
          g_string_append_unichar (word, c);
          in_digits = FALSE;
        }
      else
        {
          flush_word (words, word);
          in_digits = FALSE;
        }
    }
  flush_word (words, word);
}

/* The text as words: NFKC, case-folded, split on white space and punctuation. */
static GPtrArray *
split_words (const char *text)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *normalized = NULL;
  g_autofree char *folded = NULL;
  g_autoptr(GString) token = NULL;
  g_autoptr(GString) word = NULL;

  if (text == NULL)
    return words;

  /* Most messages are plain ASCII, for which NFKC changes nothing. */
  if (g_str_is_ascii (text))
    folded = g_ascii_strdown (text, -1);
  else
    {
      normalized = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
      if (normalized == NULL)
        return words;
      folded = g_utf8_casefold (normalized, -1);
    }

  token = g_string_new (NULL);
  word = g_string_new (NULL);
  for (const char *p = folded; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0 || g_unichar_isspace (c))
        {
          if (token->len > 0)
            add_token_words (words, token->str, word);
          g_string_truncate (token, 0);
          if (c == 0)
            break;
        }
      else
        g_string_append_unichar (token, c);
    }

  return words;
}

/* What is replaced in one sender's messages: their and the owner's name
 * words, and the words of their company. Built once per sender. */
typedef struct
{
  GHashTable *names;     /* word → itself, owned */
  GPtrArray  *company;   /* words, owned */
} Replacements;

static void
add_name_words (GHashTable *names,
                const char *name)
{
  g_autoptr(GPtrArray) words = split_words (name);

  for (guint i = 0; i < words->len; i++)
    {
      char *word = g_ptr_array_index (words, i);

      /* A one-letter part ("Ó", an initial) would also hit "a" or "i". */
      if (g_utf8_strlen (word, -1) >= 2 && word[0] != '<' && strcmp (word, "0") != 0)
        g_hash_table_add (names, g_strdup (word));
    }
}

static void
add_person_names (GHashTable     *names,
                  const OgPerson *person)
{
  if (person == NULL)
    return;
  add_name_words (names, person->first_name);
  add_name_words (names, person->last_name);
  add_name_words (names, person->name);
}

static void
replacements_free (Replacements *replacements)
{
  g_hash_table_unref (replacements->names);
  g_ptr_array_unref (replacements->company);
  g_free (replacements);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Replacements, replacements_free)

static Replacements *
replacements_new (const OgPerson *sender,
                  const OgPerson *owner)
{
  Replacements *replacements = g_new0 (Replacements, 1);

  replacements->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  add_person_names (replacements->names, owner);
  add_person_names (replacements->names, sender);
  replacements->company = split_words (sender != NULL ? sender->company : NULL);

  return replacements;
}

static gboolean
matches_at (GPtrArray *words,
            guint      at,
            GPtrArray *sequence)
{
  if (sequence->len == 0 || at + sequence->len > words->len)
    return FALSE;
  for (guint i = 0; i < sequence->len; i++)
    if (strcmp (g_ptr_array_index (words, at + i), g_ptr_array_index (sequence, i)) != 0)
      return FALSE;
  return TRUE;
}

/* The words of @text with names, company and the rest replaced: owned strings. */
static GPtrArray *
normalize_words (const char         *text,
                 const Replacements *replacements)
{
  g_autoptr(GPtrArray) words = split_words (text);
  GHashTable *names = replacements->names;
  GPtrArray *company = replacements->company;
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < words->len; )
    {
      const char *word = g_ptr_array_index (words, i);
      const char *last = out->len > 0 ? g_ptr_array_index (out, out->len - 1) : NULL;

      /* The company first: it may hold the sender's surname. */
      if (matches_at (words, i, company))
        {
          g_ptr_array_add (out, g_strdup (PLACEHOLDER_COMPANY));
          i += company->len;
          continue;
        }

      /* "Mara", "Mara Lindqvist" and "Lindqvist" all become one placeholder. */
      if (g_hash_table_contains (names, word))
        {
          if (g_strcmp0 (last, PLACEHOLDER_NAME) != 0)
            g_ptr_array_add (out, g_strdup (PLACEHOLDER_NAME));
        }
      else
        g_ptr_array_add (out, g_strdup (word));
      i++;
    }

  return out;
}

char *
og_templates_normalize (const char     *text,
                        const OgPerson *sender,
                        const OgPerson *owner)
{
  g_autoptr(Replacements) replacements = replacements_new (sender, owner);
  g_autoptr(GPtrArray) words = normalize_words (text, replacements);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < words->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, g_ptr_array_index (words, i));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ---- MinHash ----------------------------------------------------------------- */

/* FALSE when the text has fewer than @min_words words. */
static gboolean
compute_signature (GPtrArray *words,
                   guint      min_words,
                   guint32   *signature)
{
  const HashSeeds *seeds = hash_seeds ();

  if (words->len < MAX (min_words, OG_TEMPLATES_SHINGLE))
    return FALSE;

  for (guint h = 0; h < OG_TEMPLATES_N_HASHES; h++)
    signature[h] = G_MAXUINT32;

  for (guint i = 0; i + OG_TEMPLATES_SHINGLE <= words->len; i++)
    {
      guint64 shingle = G_GUINT64_CONSTANT (0xcbf29ce484222325);

      for (guint k = 0; k < OG_TEMPLATES_SHINGLE; k++)
        {
          shingle = hash_string (shingle, g_ptr_array_index (words, i + k));
          shingle = hash_string (shingle, "\x1f");
        }
      shingle = mix64 (shingle);

      for (guint h = 0; h < OG_TEMPLATES_N_HASHES; h++)
        {
          guint32 value = (guint32)((seeds->multiply[h] * shingle + seeds->add[h]) >> 32);

          if (value < signature[h])
            signature[h] = value;
        }
    }

  return TRUE;
}

static double
signature_similarity (const guint32 *a,
                      const guint32 *b)
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
  g_autoptr(Replacements) nothing = replacements_new (NULL, NULL);
  g_autoptr(GPtrArray) words_a = normalize_words (a, nothing);
  g_autoptr(GPtrArray) words_b = normalize_words (b, nothing);
  guint32 signature_a[OG_TEMPLATES_N_HASHES];
  guint32 signature_b[OG_TEMPLATES_N_HASHES];

  if (!compute_signature (words_a, 0, signature_a) ||
      !compute_signature (words_b, 0, signature_b))
    return 0.0;

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

static int
compare_band_entries (gconstpointer a,
                      gconstpointer b)
{
  const BandEntry *x = a;
  const BandEntry *y = b;

  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return x->index < y->index ? -1 : (x->index > y->index);
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
  g_autofree BandEntry *entries = g_new (BandEntry, n_all);
  g_autofree guint *distinct = g_new (guint, n_all);
  guint n = 0;

  for (guint i = 0; i < n_all; i++)
    if (candidates[i].same_as == i)
      distinct[n++] = i;
    else
      unite (parent, size, i, candidates[i].same_as);

  for (guint band = 0; band < LSH_BANDS; band++)
    {
      for (guint d = 0; d < n; d++)
        {
          guint i = distinct[d];
          guint64 key = mix64 (band + 1);

          for (guint r = 0; r < LSH_ROWS; r++)
            key = mix64 (key ^ candidates[i].signature[band * LSH_ROWS + r]);
          entries[d].key = key;
          entries[d].index = i;
        }
      qsort (entries, n, sizeof (BandEntry), compare_band_entries);

      for (guint start = 0; start < n; )
        {
          guint end = start + 1;

          while (end < n && entries[end].key == entries[start].key)
            end++;

          link_bucket (candidates, entries + start, end - start, parent, size);
          start = end;
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
  g_autoptr(GHashTable) seen_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = 0;

  g_return_val_if_fail (messages != NULL, clusters);

  replacements = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)replacements_free);
  candidates = g_new (Candidate, MAX (messages->len, 1));
  for (guint i = 0; i < messages->len; i++)
    {
      OgMessage *message = g_ptr_array_index (messages, i);
      g_autoptr(GPtrArray) words = NULL;
      Replacements *replacing;

      if (!is_candidate (message))
        continue;

      replacing = g_hash_table_lookup (replacements, message->sender);
      if (replacing == NULL)
        {
          replacing = replacements_new (message->sender, owner);
          g_hash_table_insert (replacements, message->sender, replacing);
        }

      words = normalize_words (message->content, replacing);
      if (words->len < MAX (OG_TEMPLATES_MIN_WORDS, OG_TEMPLATES_SHINGLE))
        continue;

      {
        /* A script with only the names changed has the very same words: its
         * signature is the first copy's. */
        g_autofree char *joined = NULL;
        gpointer first;

        g_ptr_array_add (words, NULL);
        joined = g_strjoinv ("\x1f", (char **)words->pdata);
        g_ptr_array_remove_index (words, words->len - 1);
        if (g_hash_table_lookup_extended (seen_words, joined, NULL, &first))
          {
            guint same = GPOINTER_TO_UINT (first);

            memcpy (candidates[n].signature, candidates[same].signature, sizeof candidates[n].signature);
            candidates[n].same_as = same;
          }
        else
          {
            compute_signature (words, OG_TEMPLATES_MIN_WORDS, candidates[n].signature);
            candidates[n].same_as = n;
            g_hash_table_insert (seen_words, g_steal_pointer (&joined), GUINT_TO_POINTER (n));
          }
      }
      candidates[n].message = message;
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

  link_near_duplicates (candidates, n, parent, size);

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
