/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-classifier.c — pitch / recruiting / other, and opt-out requests.
 *
 * Technique. Each message becomes sparse binary features: word unigrams and
 * bigrams (case-folded, accents stripped, numbers as "0", URLs and e-mails as
 * placeholders), hand-written multilingual cues ("asks for a call", "bumps an
 * earlier message", "offers a role", …) and a few shape features (a calendar
 * link, a price, HTML, length). A multinomial logistic regression over them is
 * trained on the corpus the project ships.
 *
 * Why logistic regression rather than naive Bayes: the features overlap on
 * purpose (a cue and the n-grams inside it fire together), which naive Bayes
 * counts twice and turns into overconfident scores; logistic regression
 * weighs correlated features jointly, gives usable probabilities for the
 * unsure band, and its per-feature weights are the explanation: a decision's
 * evidence is the features whose weights pushed it most, with their spans.
 */
#define G_LOG_DOMAIN "og-classifier"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "og-classifier.h"
#include "og-classifier-resources.h"
#include "og-error.h"
#include "og-hash.h"
#include "og-html.h"

/* Below this probability the best label is not trusted: unsure. */
#define UNSURE_BELOW        0.60
/* A pitch must be this likely: a false accusation costs more than a miss. */
#define PITCH_AT_LEAST      0.62
#define OPT_OUT_AT_LEAST    0.50
#define OPT_OUT_WITHOUT_CUE 0.80
#define TRAIN_EPOCHS        30
#define TRAIN_RATE          0.15
#define TRAIN_L2            5e-3
#define CUE_DECAY           0.1
#define STEM_CHARS          5
#define MAX_EVIDENCE        8
#define FILTER_BITS         (1u << 21)   /* the name filter: 256 KiB */
#define CORRECTION_EPOCHS   8

/* ---- cues ----------------------------------------------------------------------
 * Phrases on normalised tokens (lower case, no accents, digits as 0); "*" ends a
 * prefix. The model learns how much each cue weighs; the names explain it. */

typedef struct
{
  const char *name;
  const char *description;   /* translatable, for the evidence */
  const char *phrases;       /* '|'-separated */
} CueDef;

static const CueDef cue_defs[] = {
  { "call-ask", N_("asks for a call or meeting"),
    "quick call|short call|brief call|quick chat|short chat|brief chat|hop on a call|jump on a call|"
    "book a call|schedule a call|set up a call|a call next week|call next week|0 minutes|0 minute|0-minute|0 min|"
    "find time|grab 0|worth a chat|open to a chat|open to a quick|are you open to|would you be open|"
    "book a time|pick a time|find a slot|my calendar link|calendly|free next week|available next week|"
    "kurzes gesprach|kurzen austausch|kurzes telefonat|0 minuten|termin|telefonat|videocall|"
    "un echange|un appel|rendez-vous|0 minutes|visio|creneau|"
    "una llamada|llamada|reunion|0 minutos|videollamada|"
    "conversa rapida|uma ligacao|ligacao|reuniao|bate-papo|0 minutos" },
  { "demo", N_("offers a demo or trial"),
    "demo|demos|walkthrough|walk you through|show you how|free trial|pilot|trial|"
    "demonstration|demonstracao|demostracion|vorfuhrung|produktdemo|testversion|essai gratuit|prueba gratuita|teste gratis" },
  { "we-help", N_("describes what the sender's company sells"),
    "we help|we work with|our clients|our customers|our platform|our solution|our software|our agency|"
    "our services|we specialize|we specialise|we've helped|we have helped|helping companies|helping teams|"
    "companies like yours|teams like yours|businesses like yours|i help|i work with|my clients|"
    "wir helfen|wir unterstutzen|unsere losung|unsere plattform|unsere kunden|unternehmen wie ihres|"
    "nous aidons|nous accompagnons|notre solution|notre plateforme|nos clients|entreprises comme la votre|"
    "ayudamos|nuestra solucion|nuestra plataforma|nuestros clientes|empresas como la suya|empresas como la tuya|"
    "ajudamos|nossa solucao|nossa plataforma|nossos clientes|empresas como a sua|"
    "we offer|we provide|we build|we're a small|we are a small|i'm with the team|our tool|our app|our product|"
    "our program|our service|wir bieten|wir organisieren|unser tool|unsere software|unser produkt|unser angebot|"
    "nous proposons|nous offrons|notre outil|notre offre|nos services|ofrecemos|nuestra herramienta|"
    "nuestros servicios|nuestro servicio|oferecemos|nossa ferramenta|nossos servicos|nosso servico" },
  { "value", N_("promises results"),
    "roi|revenue|leads|lead generation|pipeline|boost|increase your|grow your|scale your|save time|save money|"
    "reduce costs|cut costs|more customers|more clients|qualified|conversion*|appointments|"
    "umsatz|kosten senken|mehr kunden|chiffre d'affaires|reduire vos couts|prospects|ingresos|mas clientes|"
    "reducir costos|receita|mais clientes|reduzir custos|synergy|synergies|synergie|synergien|sinergia|sinergias|"
    "ahorrar|ahorro|economizar|economiser|sparen|einsparen" },
  { "bump", N_("follows up on an earlier message"),
    "following up|follow up|follow-up|followup|bumping|bump this|bump|circling back|circle back|checking in|"
    "did you get a chance|did you see my|did you have a chance|my last message|my previous message|my last note|"
    "my previous note|my earlier message|any thoughts|last try|last attempt|close your file|floating this|"
    "top of your inbox|haven't heard back|not heard back|one more time|"
    "relance|je me permets de revenir|je reviens vers vous|mon dernier message|mon precedent message|"
    "kurze erinnerung|nachfassen|meine letzte nachricht|meine nachricht|noch einmal melden|"
    "seguimiento|mi mensaje anterior|mi ultimo mensaje|retomo|vuelvo a escribir|"
    "relembrar|minha ultima mensagem|minha mensagem anterior|retomando" },
  { "offer", N_("makes a commercial offer"),
    "free audit|free assessment|complimentary|no obligation|no-obligation|discount|special offer|pricing|"
    "per month|a month|webinar|limited spots|exclusive offer|free consultation|case study|"
    "kostenlos*|unverbindlich*|rabatt|angebot|gratuit*|sans engagement|offre|gratis|sin compromiso|oferta|"
    "desconto|sem compromisso|consultoria gratuita|fee|fees|participation fee|financiacion|financement|finanzierung" },
  { "right-person", N_("looks for a buyer"),
    "right person|the right contact|who handles|who is responsible|point me to|in charge of|decision maker|"
    "ansprechpartner|zustandig|bonne personne|persona adecuada|pessoa certa|responsavel por" },
  { "role-offer", N_("offers a job to the reader"),
    "role|roles|position|vacancy|hiring|we're hiring|we are hiring|job opening|opening|candidate*|recruit*|"
    "headhunt*|talent|salary|compensation|package|relocation|interview|your background|your profile|"
    "your experience|great fit|good fit|thought of you|open to new opportunities|new opportunit*|next career|"
    "career move|considering a move|permanent|full-time|contract role|freelance project|day rate|"
    "stelle|stellenangebot|position als|gehalt|bewerbungsgesprach|poste|offre d'emploi|salaire|cdi|"
    "puesto|vacante|salario|proceso de seleccion|vaga|salario|processo seletivo|oportunidade de carreira" },
  { "seeker", N_("asks the reader for help with their own career"),
    "my application|i applied|my resume|my cv|my portfolio|looking for a job|job search|internship|intern|"
    "student|graduate|graduating|career advice|advice|mentor*|learn from you|your journey|referral|refer me|"
    "bewerbung|praktikum|studium|student*|rat|candidature|stage|etudiant*|conseil*|candidatura|practicas|"
    "estudiante|consejo*|estagio|estudante|conselho*" },
  { "buyer", N_("asks to buy from the reader"),
    "interested in your|interest in your|your software|your product|your tool|your platform|your service|"
    "your services|give us a demo|show us|send us a quote|send us pricing|send us a proposal|a quote for|"
    "we are looking for a supplier|we're looking for a vendor|we are evaluating|we're evaluating|"
    "interessieren uns fur ihre|ihre software|ihr produkt|ihre losung|uns eine demo|uns ein angebot|"
    "votre outil|votre logiciel|votre solution|nous interesse|nous faire une demo*|nous envoyer une proposition|"
    "vuestro software|su software|su producto|nos interesa|hacernos una demo|enviarnos precios|enviarnos una propuesta|"
    "o sistema de voces|o software de voces|seu produto|temos interesse|nos enviar uma proposta|enviar uma proposta" },
  { "thanks", N_("thanks or congratulates"),
    "thank you|thanks|thx|congrats|congratulations|well deserved|happy anniversary|happy birthday|"
    "danke|vielen dank|gluckwunsch|herzlichen gluckwunsch|merci|felicitations|bravo|gracias|felicidades|"
    "enhorabuena|obrigado|obrigada|parabens" },
  { "logistics", N_("organises an event or shared work"),
    "speaker|agenda|slides|venue|panel|session|room|badge|parking|rsvp|meetup|the event|our event|"
    "the conference|the workshop|the project|the report|the draft|the document|"
    "vortrag|veranstaltung|folien|salle|conference|diapositivas|evento|palestra|slides" },
};

static const CueDef opt_out_cue_defs[] = {
  { "remove-me", N_("asks to be removed from a list"),
    "remove me|take me off|off your list|from your list|your mailing list|unsubscribe|opt out|opt-out|"
    "delete my data|delete my details|remove my details|remove my data|"
    "entfernen sie mich|aus ihrem verteiler|verteiler|abmelden|austragen|meine daten|"
    "retirer de votre liste|retirez-moi|me retirer|desinscri*|supprimer mes donnees|"
    "eliminame|eliminarme|de tu lista|de su lista|darme de baja|borrar mis datos|"
    "me remova|me remover|da sua lista|descadastr*|apagar meus dados" },
  { "stop", N_("asks the sender to stop writing"),
    "stop messaging|stop contacting|stop sending|stop writing|please stop|stop it|don't contact|do not contact|"
    "don't message|do not message|no more messages|no more follow-ups|no more follow ups|no further|"
    "leave me alone|contact me again|asked you before|asked you to stop|"
    "don't write|do not write|stop reaching out|don't reach out|do not reach out|refrain from|"
    "further messages|any further|not be contacted|not to be contacted|no longer contact|stop following up|"
    "off your sequence|off your list|follow-ups|follow ups|message me again|write to me again|"
    "nicht mehr|keine nachrichten|keine weiteren nachrichten|nicht weiter|"
    "ne m'ecrivez plus|ne plus recevoir|plus de relances|ne me relancez plus|"
    "no me escribas|no vuelvas a|dejen de|no me vuelva a|"
    "nao me escreva|pare de me|nao quero receber|nao me mande|"
    "keine weiteren|nicht mehr kontaktieren|nicht mehr schreiben|horen sie auf|bitte aufhoren|bereits gebeten|"
    "ne plus me contacter|ne me contactez plus|arretez|cessez|plus de messages|deja demande|"
    "deja de escribirme|deje de escribirme|no me contactes|no me contacte|dejar de|ya te lo pedi|"
    "pare de|parar de|nao me contate|nao entre em contato|ja pedi|"
    /* "I'd rather not receive more offers", in each language */
    "prefer not to receive|don't want to receive|do not want to receive|no more offers|"
    "keine angebote mehr|keine weiteren angebote|nicht mehr erhalten|nicht mehr kontaktiert|"
    "ne souhaite plus recevoir|ne veux plus recevoir|ne plus etre contacte*|"
    "prefiero no recibir|no quiero recibir|no deseo recibir|no recibir mas|no mas ofertas|no mas mensajes|"
    "prefiro nao receber|nao desejo receber|nao quero mais receber|nao me envie|"
    "schicken sie mir keine|senden sie mir keine|schick mir keine|lassen sie es|lass es bitte|streich mich|"
    "streichen sie mich|aus euren|aus ihren kampagnen|aus ihrer liste|aus eurer liste|"
    "arreter de m'envoyer|arrete de m'envoyer|arreter de m'ecrire|enlevez-moi|enlevez moi|enleve-moi|"
    "de vos listes|de votre liste|liste de diffusion|liste d'envoi|"
    "no me sigas|no me sigan|no me siga|ya no enviarme|ya no me envies|ya no me envien|no enviarme|"
    "de sus listas|de tus listas|lista de correo|"
    "nao me mandem|nao me enviem|nao me envie mais|sair dessa lista|sair da lista|quero sair|me tire|me tirem" },
  { "not-interested", N_("says they are not interested"),
    "not interested|no interest|no thanks|no thank you|kein interesse|nicht interessiert|pas interesse|"
    "pas interessee|aucun interet|no me interesa|no estoy interesado|no estoy interesada|nao tenho interesse|"
    "nao estou interessado|nao estou interessada|sem interesse" },
};

typedef struct
{
  guint   cue;        /* index into its table */
  guint   n_tokens;
  char  **tokens;     /* a token ending in '*' matches any token it prefixes */
  guint  *lengths;    /* of each token, without its '*' */
  guint64 *hashes;    /* of each token as the tokenizer hashes it (hash[0]) */
  gboolean prefix;    /* the last token ends in '*'; only the last may */
} CuePhrase;

/* Phrases that start with one token, found by the token's hash: a message
 * asks once a word, and string hashing was a tenth of the classifier's time.
 * Two first tokens sharing 64 bits would share a list; every phrase is
 * still compared word for word. */
typedef struct
{
  guint64    hash;
  GPtrArray *phrases;   /* CuePhrase*; NULL for an empty slot */
} FirstSlot;

typedef struct
{
  const CueDef *defs;
  guint         n_defs;
  GPtrArray    *phrases;   /* CuePhrase* */
  /* Phrases by their first token, so a message is not matched against every
   * phrase at every word: first token → GPtrArray of CuePhrase*; phrases
   * that start with a prefix pattern are tried at every word that begins
   * with the pattern's first byte. */
  FirstSlot    *by_first;         /* open-addressed on the token's hash[0] */
  guint         first_mask;
  guint         n_first;          /* slots in use */
  GPtrArray    *by_prefix[256];   /* by the pattern's first byte */
} CueSet;

/* ---- the model --------------------------------------------------------------- */

/* A feature's key in a model's index: 96 bits of two independent hashes. */
typedef struct
{
  guint64 hash;
  guint32 check;
} NameHash;

typedef struct
{
  guint64 hash;
  guint32 check;
  guint32 value;   /* index + 1; 0 for an empty slot */
} NameSlot;

typedef struct
{
  guint    n_classes;
  GArray  *weights;   /* double, n_features × n_classes; NULL while borrowed */
  GArray  *decay;     /* double, n_features: the L2 strength of each; NULL while borrowed */
  GArray  *bias;      /* double, n_classes */
  /* A model loaded from its saved form reads its names, weights and decays
   * where they are, until a correction first changes them: copies would
   * cost the audit memory (about 8 MB) and nothing else. */
  GVariant     *saved;
  const double *saved_weights;
  const double *saved_decay;
  GStringChunk *own_names;   /* the names added since, which @names points into */
  /* Feature name → index, open-addressed on a 96-bit hash of the name
   * (two independent hashes): a decision looks up hundreds of names, most
   * of them unknown, and comparing the names themselves would cost two
   * more cache misses each. Two names share 96 bits about once in 10^28. */
  NameSlot  *slots;
  guint      slot_mask;
  /* One bit per hash of every name: most names a message has are unknown to
   * the model, and this says so from the core's own cache. */
  guint64   *filter;
  GPtrArray  *names;  /* const char*, by index: in @saved or @own_names */
} Model;

static inline const double *
model_weights (const Model *model)
{
  return model->weights != NULL ? (const double *)(void *)model->weights->data : model->saved_weights;
}

static inline double
model_decay (const Model *model,
             guint        index)
{
  return model->decay != NULL ? g_array_index (model->decay, double, index) : model->saved_decay[index];
}

static inline guint
filter_bit (NameHash hash)
{
  /* The top bits: the slot takes the low ones. */
  return (guint)(hash.hash >> 43) & (FILTER_BITS - 1);
}

static inline gboolean
model_may_know (const Model *model,
                NameHash     hash)
{
  return (model->filter[filter_bit (hash) / 64] & (G_GUINT64_CONSTANT (1) << (filter_bit (hash) % 64))) != 0;
}

static inline void
prefetch (const void *address)
{
#if defined(__GNUC__)
  __builtin_prefetch (address);
#endif
}

/* Before anything changes the weights: a borrowed model takes its own copies. */
static void
model_make_writable (Model *model)
{
  if (model->weights != NULL)
    return;
  model->weights = g_array_new (FALSE, TRUE, sizeof (double));
  g_array_append_vals (model->weights, model->saved_weights, model->names->len * model->n_classes);
  model->decay = g_array_new (FALSE, TRUE, sizeof (double));
  g_array_append_vals (model->decay, model->saved_decay, model->names->len);
  model->saved_weights = model->saved_decay = NULL;
}

typedef struct
{
  char  *text;
  char  *contact;   /* NULL: the correction holds for this text from anyone */
  OgLabel label;
} Correction;

struct _OgClassifier
{
  GObject  parent_instance;

  CueSet   cues;
  CueSet   opt_out_cues;
  Model    messages;
  Model    opt_out;
  gboolean opt_out_trained;

  double      pitch_at_least;  /* the sensitivity: how sure a pitch must be */

  /* Guards corrections and the weights and feature index they update:
   * decisions read in parallel, a correction writes alone. */
  GRWLock     lock;
  GHashTable *corrections;  /* "contact\x1ftext" → Correction* */
};

G_DEFINE_FINAL_TYPE (OgClassifier, og_classifier, G_TYPE_OBJECT)

/* A feature as found in one message. */
typedef struct
{
  guint  index;       /* in the model, or G_MAXUINT when unknown to it */
  char  *name;
  gsize  start;
  gsize  end;
} Feature;

/* A word as found in one message: its normalised form (in the text's
 * Tokens buffer) and its byte span in the text. */
typedef struct
{
  guint  norm;    /* offset into Tokens.norms */
  guint  length;  /* of the normalised form, in bytes */
  gsize  start;
  gsize  end;
  guint64 hash[2];  /* of the normalised form: see og_bytes_hash() */
} Token;

/* ---- hashing -------------------------------------------------------------------- */

/* The kinds of feature whose names join normalised tokens: their keys come
 * from the tokens' own hashes, so deciding never builds or rehashes a name. */
#define KEY_WORD    G_GUINT64_CONSTANT (0x77f1c0d2a3b4e5f6)
#define KEY_PREFIX  G_GUINT64_CONSTANT (0x70a1b2c3d4e5f607)
#define KEY_BIGRAM  G_GUINT64_CONSTANT (0x62c3d4e5f6071829)
#define KEY_OTHER   G_GUINT64_CONSTANT (0x6f9a8b7c6d5e4f30)

static inline NameHash
key_from (guint64        kind,
          const guint64 *a,
          const guint64 *b)
{
  /* The tokens' hashes are already fully mixed: a kind is told apart by a
   * constant, and a pair's order by rotating its first hash. */
  guint64 hash = a[0] ^ kind;
  guint64 check = a[1] + kind;

  if (b != NULL)
    {
      hash = ((hash << 23) | (hash >> 41)) ^ b[0];
      check = ((check << 29) | (check >> 35)) + b[1];
    }
  return (NameHash){ hash, (guint32)(check >> 32) };
}

/* The key of a feature by its name, the same as extraction computes from
 * the tokens: "w:", "p:" and "b:" (two tokens, split at the space; a token
 * never holds one) by their parts, anything else as a whole. */
static NameHash
name_key (const char *name,
          gsize       length)
{
  guint64 a[2], b[2];

  if (length >= 2 && name[1] == ':' && (name[0] == 'w' || name[0] == 'p'))
    {
      og_bytes_hash (name + 2, length - 2, a);
      return key_from (name[0] == 'w' ? KEY_WORD : KEY_PREFIX, a, NULL);
    }
  if (length >= 2 && name[0] == 'b' && name[1] == ':')
    {
      const char *space = memchr (name + 2, ' ', length - 2);

      if (space != NULL)
        {
          og_bytes_hash (name + 2, (gsize)(space - name - 2), a);
          og_bytes_hash (space + 1, (gsize)(name + length - space - 1), b);
          return key_from (KEY_BIGRAM, a, b);
        }
    }
  og_bytes_hash (name, length, a);
  return key_from (KEY_OTHER, a, NULL);
}

/* All of a text's tokens share one buffer: a message is hundreds of words,
 * and one allocation per word was most of the classifier's time. */
typedef struct
{
  GString *norms;   /* the normalised forms, each NUL-terminated */
  GArray  *items;   /* Token */
} Tokens;

static inline const char *
token_norm (const Tokens *tokens,
            guint         i)
{
  return tokens->norms->str + g_array_index (tokens->items, Token, i).norm;
}

static void
tokens_clear (Tokens *tokens)
{
  g_string_free (tokens->norms, TRUE);
  g_array_unref (tokens->items);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Tokens, tokens_clear)

/* ---- text normalisation --------------------------------------------------------- */

/* Appends @word to @out in lower case, accents dropped, every number as "0":
 * "15-Minuten" → "0-minuten". */
static void
normalize_word (const char *word,
                gsize       length,
                GString    *out)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  gboolean in_number = FALSE;
  gsize ascii = 0;

  /* Most words are ASCII: decomposing and folding them changes nothing but
   * the case, and costs most of the time spent on a message. */
  while (ascii < length && (guchar)word[ascii] < 0x80)
    ascii++;
  if (ascii == length)
    {
      gsize at = out->len;
      char *to;

      /* Never longer than the word: written in place, then cut to size. */
      g_string_set_size (out, at + length);
      to = out->str + at;
      for (gsize i = 0; i < length; i++)
        {
          char c = word[i];

          if (c >= '0' && c <= '9')
            {
              if (!in_number)
                *to++ = '0';
              in_number = TRUE;
              continue;
            }
          in_number = FALSE;
          *to++ = (c >= 'A' && c <= 'Z') ? (char)(c + ('a' - 'A')) : c;
        }
      g_string_truncate (out, (gsize)(to - out->str));
      return;
    }

  decomposed = g_utf8_normalize (word, (gssize)length, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    {
      g_string_append_len (out, word, (gssize)length);
      return;
    }

  folded = g_utf8_casefold (decomposed, -1);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      if (g_unichar_isdigit (c))
        {
          if (!in_number)
            g_string_append_c (out, '0');
          in_number = TRUE;
          continue;
        }
      in_number = FALSE;
      if (c == 0x2019 || c == 0x2018)
        c = '\'';
      g_string_append_unichar (out, c);
    }
}

static gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static void
add_token (Tokens     *tokens,
           const char *text,
           const char *start,
           const char *end,
           const char *placeholder)
{
  Token token = { (guint)tokens->norms->len, 0, (gsize)(start - text), (gsize)(end - text), { 0, 0 } };

  if (placeholder != NULL)
    g_string_append (tokens->norms, placeholder);
  else
    normalize_word (start, (gsize)(end - start), tokens->norms);
  token.length = (guint)tokens->norms->len - token.norm;
  og_bytes_hash (tokens->norms->str + token.norm, token.length, token.hash);
  g_string_append_c (tokens->norms, '\0');
  g_array_append_val (tokens->items, token);
}

/* Words with their byte spans; URLs, e-mails and mail-merge fields become one placeholder token. */
static void
tokenize (const char *text,
          Tokens     *tokens)
{
  const char *p = text;
  gsize length = strlen (text);

  /* Reused from message to message where the caller keeps them. */
  if (tokens->norms == NULL)
    {
      tokens->norms = g_string_sized_new (length + length / 8 + 16);
      tokens->items = g_array_sized_new (FALSE, FALSE, sizeof (Token), (guint)(length / 5 + 4));
    }
  g_string_truncate (tokens->norms, 0);
  g_array_set_size (tokens->items, 0);

  while (*p != '\0')
    {
      gunichar c = (guchar)*p < 0x80 ? (gunichar)*p : g_utf8_get_char (p);
      const char *start = p;

      if ((c == 'h' && (g_str_has_prefix (p, "http://") || g_str_has_prefix (p, "https://"))) ||
          ((c == 'w' || c == 'W') && g_ascii_strncasecmp (p, "www.", 4) == 0))
        {
          while (*p != '\0' && !g_ascii_isspace (*p))
            p++;
          add_token (tokens, text, start, p, "<url>");
        }
      else if (c == '%' && g_ascii_isupper (p[1]))
        {
          const char *q = p + 1;

          while (g_ascii_isupper (*q) || *q == '_')
            q++;
          if (*q != '%')
            {
              p++;
              continue;
            }
          p = q + 1;
          add_token (tokens, text, start, p, "<placeholder>");
        }
      else if (is_word_char (c))
        {
          gboolean has_at = FALSE;

          while (*p != '\0')
            {
              gunichar d;
              const char *next;

              /* Most of a word is ASCII letters: skip them without decoding. */
              while (g_ascii_isalnum (*p))
                p++;
              if (*p == '\0')
                break;
              d = (guchar)*p < 0x80 ? (gunichar)*p : g_utf8_get_char (p);
              next = g_utf8_next_char (p);
              if (is_word_char (d))
                p = next;
              /* Keep "you're", "e-mail", "o.k." and addresses together. */
              else if ((d == '\'' || d == 0x2019 || d == '-' || d == '.' || d == '@' || d == '_') &&
                       *next != '\0' &&
                       is_word_char ((guchar)*next < 0x80 ? (gunichar)*next : g_utf8_get_char (next)))
                {
                  has_at |= d == '@';
                  p = next;
                }
              else
                break;
            }
          add_token (tokens, text, start, p, has_at ? "<email>" : NULL);
        }
      else
        p = g_utf8_next_char (p);
    }
}

/* ---- cue matching ---------------------------------------------------------------- */

/* The slot for phrases starting with the token hashed @hash, or the empty one where they would go. */
static inline FirstSlot *
first_slot (const CueSet *set,
            guint64       hash)
{
  guint at = (guint)hash & set->first_mask;

  while (set->by_first[at].phrases != NULL && set->by_first[at].hash != hash)
    at = (at + 1) & set->first_mask;
  return &set->by_first[at];
}

static void
cue_phrase_free (CuePhrase *phrase)
{
  g_strfreev (phrase->tokens);
  g_free (phrase->lengths);
  g_free (phrase->hashes);
  g_free (phrase);
}

static void
cue_set_init (CueSet       *set,
              const CueDef *defs,
              guint         n_defs)
{
  set->defs = defs;
  set->n_defs = n_defs;
  set->n_first = 0;
  set->phrases = g_ptr_array_new_with_free_func ((GDestroyNotify)cue_phrase_free);
  /* Far more slots than any cue set has phrases: probes stay short. */
  set->first_mask = 4095;
  set->by_first = g_new0 (FirstSlot, set->first_mask + 1);
  for (guint i = 0; i < G_N_ELEMENTS (set->by_prefix); i++)
    set->by_prefix[i] = NULL;

  for (guint i = 0; i < n_defs; i++)
    {
      g_auto(GStrv) phrases = g_strsplit (defs[i].phrases, "|", -1);

      for (guint j = 0; phrases[j] != NULL; j++)
        {
          g_auto(Tokens) tokens = { NULL, NULL };
          CuePhrase *phrase;
          gboolean prefix = g_str_has_suffix (phrases[j], "*");

          tokenize (phrases[j], &tokens);
          if (tokens.items->len == 0)
            continue;

          phrase = g_new0 (CuePhrase, 1);
          phrase->cue = i;
          phrase->n_tokens = tokens.items->len;
          phrase->tokens = g_new0 (char *, tokens.items->len + 1);
          for (guint k = 0; k < tokens.items->len; k++)
            phrase->tokens[k] = g_strdup (token_norm (&tokens, k));
          phrase->lengths = g_new (guint, tokens.items->len);
          phrase->hashes = g_new (guint64, tokens.items->len);
          for (guint k = 0; k < tokens.items->len; k++)
            {
              phrase->lengths[k] = g_array_index (tokens.items, Token, k).length;
              phrase->hashes[k] = g_array_index (tokens.items, Token, k).hash[0];
            }
          phrase->prefix = prefix;
          if (prefix)
            {
              char *last = phrase->tokens[tokens.items->len - 1];

              phrase->tokens[tokens.items->len - 1] = g_strconcat (last, "*", NULL);
              g_free (last);
            }
          g_ptr_array_add (set->phrases, phrase);
          if (g_str_has_suffix (phrase->tokens[0], "*"))
            {
              /* By the pattern's first byte: a token can only match the
               * prefixes that start as it does. */
              guchar first = (guchar)phrase->tokens[0][0];

              if (set->by_prefix[first] == NULL)
                set->by_prefix[first] = g_ptr_array_new ();
              g_ptr_array_add (set->by_prefix[first], phrase);
            }
          else
            {
              FirstSlot *slot = first_slot (set, g_array_index (tokens.items, Token, 0).hash[0]);

              if (slot->phrases == NULL)
                {
                  set->n_first++;
                  g_assert (set->n_first <= set->first_mask / 2);
                  *slot = (FirstSlot){ g_array_index (tokens.items, Token, 0).hash[0], g_ptr_array_new () };
                }
              g_ptr_array_add (slot->phrases, phrase);
            }
        }
    }
}

static void
cue_set_clear (CueSet *set)
{
  /* The index borrows the phrases' tokens: it goes first. */
  for (guint i = 0; set->by_first != NULL && i <= set->first_mask; i++)
    g_clear_pointer (&set->by_first[i].phrases, g_ptr_array_unref);
  g_clear_pointer (&set->by_first, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (set->by_prefix); i++)
    g_clear_pointer (&set->by_prefix[i], g_ptr_array_unref);
  g_clear_pointer (&set->phrases, g_ptr_array_unref);
}

/* ---- features ---------------------------------------------------------------------- */

static void
feature_free (Feature *feature)
{
  g_free (feature->name);
  g_free (feature);
}

/* Where extracted features go. Named: every feature with its name and span,
 * for training and for explaining. Resolved: only the indices @model knows,
 * each once, with no allocation per feature: for deciding. */
typedef struct
{
  GPtrArray  *found;      /* named: Feature* */
  GHashTable *seen;       /* named: names in @found */
  Model      *model;      /* resolved: the model whose indices are kept */
  GArray     *indices;    /* resolved: guint */
  guint      *set;        /* resolved: open-addressed set of index + 1 */
  guint       set_mask;
  GString    *name;       /* scratch for building a name */
  gboolean    bump;       /* "c:bump" was found */
  gboolean    names_stop; /* an opt-out cue was found */
} Sink;

static inline guint model_find (const Model *model, NameHash hash);

/* Resolved: keeps the feature keyed @key if the model knows it, once. */
static inline void
sink_add_key (Sink     *sink,
              NameHash  key)
{
  guint index = model_find (sink->model, key);
  guint slot;

  if (index == G_MAXUINT)
    return;
  for (slot = (index * 2654435761u) & sink->set_mask; sink->set[slot] != 0; slot = (slot + 1) & sink->set_mask)
    if (sink->set[slot] == index + 1)
      return;
  sink->set[slot] = index + 1;
  g_array_append_val (sink->indices, index);
  /* Summed once every feature is found: its row is on its way by then. */
  prefetch (model_weights (sink->model) + (gsize)index * sink->model->n_classes);
}

static void
sink_add_len (Sink       *sink,
              const char *name,
              gsize       length,
              gsize       start,
              gsize       end)
{
  if (sink->model != NULL)
    {
      sink_add_key (sink, name_key (name, length));
      return;
    }

  if (g_hash_table_contains (sink->seen, name))
    return;

  {
    Feature *feature = g_new0 (Feature, 1);

    feature->name = g_strdup (name);
    feature->start = start;
    feature->end = end;
    g_hash_table_add (sink->seen, feature->name);
    g_ptr_array_add (sink->found, feature);
  }
}

static void
sink_add (Sink       *sink,
          const char *name,
          gsize       start,
          gsize       end)
{
  sink_add_len (sink, name, strlen (name), start, end);
}

/* Builds "PREFIX" + @a (+ " " + @b) in the sink's scratch and adds it;
 * @prefix is two bytes, as every feature kind's is. */
static void
sink_add_built (Sink       *sink,
                const char *prefix,
                const char *a,
                gsize       a_length,
                const char *b,
                gsize       b_length,
                gsize       start,
                gsize       end)
{
  gsize length = 2 + a_length + (b != NULL ? 1 + b_length : 0);
  char *to;

  g_string_set_size (sink->name, length);
  to = sink->name->str;
  memcpy (to, prefix, 2);
  memcpy (to + 2, a, a_length);
  if (b != NULL)
    {
      to[2 + a_length] = ' ';
      memcpy (to + 3 + a_length, b, b_length);
    }
  sink_add_len (sink, to, length, start, end);
}

static void
try_phrases (const CueSet *set,
             GPtrArray    *candidates,
             const Tokens *tokens,
             guint         i,
             gboolean     *seen,
             gboolean      stops,
             Sink         *sink)
{
  for (guint p = 0; candidates != NULL && p < candidates->len; p++)
    {
      CuePhrase *phrase = g_ptr_array_index (candidates, p);
      const char *name;
      gboolean match = TRUE;

      guint n_exact = phrase->n_tokens - (phrase->prefix ? 1 : 0);

      if (seen[phrase->cue] || i + phrase->n_tokens > tokens->items->len)
        continue;

      /* Whole tokens by hash and length, without touching the text: most
       * candidates fail at their second token. */
      for (guint k = 0; k < n_exact && match; k++)
        {
          const Token *token = &g_array_index (tokens->items, Token, i + k);

          match = token->hash[0] == phrase->hashes[k] && token->length == phrase->lengths[k];
        }
      /* A prefix by its bytes; and, for the rare candidate left, the whole
       * tokens word for word, which a clash of hashes cannot fool. */
      for (guint k = 0; k < phrase->n_tokens && match; k++)
        {
          const Token *token = &g_array_index (tokens->items, Token, i + k);
          guint n = phrase->lengths[k];

          match = token->length >= n && memcmp (phrase->tokens[k], token_norm (tokens, i + k), n) == 0;
        }
      if (!match)
        continue;

      seen[phrase->cue] = TRUE;
      name = set->defs[phrase->cue].name;
      sink->bump |= strcmp (name, "bump") == 0;
      sink->names_stop |= stops;
      sink_add_built (sink, "c:", name, strlen (name), NULL, 0,
                      g_array_index (tokens->items, Token, i).start,
                      g_array_index (tokens->items, Token, i + phrase->n_tokens - 1).end);
    }
}

/* Adds "c:NAME" features for @set, each once, with the span of its first
 * match; @stops: the set's cues name what to stop. */
static void
match_cues (const CueSet *set,
            const Tokens *tokens,
            gboolean      stops,
            Sink         *sink)
{
  gboolean seen[64] = { FALSE };

  g_assert (set->n_defs <= G_N_ELEMENTS (seen));

  for (guint i = 0; i < tokens->items->len; i++)
    {
      const char *word = token_norm (tokens, i);

      try_phrases (set, first_slot (set, g_array_index (tokens->items, Token, i).hash[0])->phrases,
                   tokens, i, seen, stops, sink);
      try_phrases (set, set->by_prefix[(guchar)word[0]], tokens, i, seen, stops, sink);
    }
}

/* A thread's buffers for extracting features, kept from one message to the
 * next: allocating and zeroing them anew was a tenth of a decision. */
typedef struct
{
  Tokens   tokens;
  GString *name;
  guint   *set;
  gsize    set_size;
  GArray  *indices;
  GArray  *keys;     /* NameHash: a message's token features the model may know */
} Scratch;

static void
scratch_free (gpointer data)
{
  Scratch *scratch = data;

  if (scratch->tokens.norms != NULL)
    tokens_clear (&scratch->tokens);
  g_string_free (scratch->name, TRUE);
  g_free (scratch->set);
  g_array_unref (scratch->indices);
  g_array_unref (scratch->keys);
  g_free (scratch);
}

static GPrivate scratch_key = G_PRIVATE_INIT (scratch_free);

static Scratch *
thread_scratch (void)
{
  Scratch *scratch = g_private_get (&scratch_key);

  if (scratch == NULL)
    {
      scratch = g_new0 (Scratch, 1);
      scratch->name = g_string_sized_new (64);
      scratch->indices = g_array_new (FALSE, FALSE, sizeof (guint));
      scratch->keys = g_array_new (FALSE, FALSE, sizeof (NameHash));
      g_private_set (&scratch_key, scratch);
    }
  return scratch;
}

/* The bytes of @norm's first STEM_CHARS characters, or 0 when it has no more than that. */
static inline gsize
stem_length (const char *norm,
             gsize       length)
{
  if (length <= STEM_CHARS)
    return 0;
  /* ASCII: a byte is a character. */
  for (guint i = 0; i <= STEM_CHARS; i++)
    if ((guchar)norm[i] >= 0x80)
      return g_utf8_strlen (norm, -1) > STEM_CHARS ? (gsize)(g_utf8_offset_to_pointer (norm, STEM_CHARS) - norm) : 0;
  return STEM_CHARS;
}

/* A resolved sink's word, stem and bigram features, in the order the named
 * extraction finds them. Most are unknown to the model and the filter says
 * so; the rest are looked up after all their slots have been prefetched,
 * as those lookups are cache misses and were most of a decision's time. */
static void
resolve_token_features (const Tokens *tokens,
                        Scratch      *scratch,
                        Sink         *sink)
{
  const Model *model = sink->model;
  GArray *keys = scratch->keys;
  guint n_words = tokens->items->len;
  guint n_known;

  g_array_set_size (keys, 0);
  for (guint i = 0; i < n_words; i++)
    {
      const Token *token = &g_array_index (tokens->items, Token, i);
      const char *norm = token_norm (tokens, i);
      gsize stem = stem_length (norm, token->length);
      NameHash found[3];
      guint n_found = 0;

      found[n_found++] = key_from (KEY_WORD, token->hash, NULL);
      if (stem > 0)
        {
          guint64 hash[2];

          og_bytes_hash (norm, stem, hash);
          found[n_found++] = key_from (KEY_PREFIX, hash, NULL);
        }
      if (i + 1 < n_words)
        found[n_found++] = key_from (KEY_BIGRAM, token->hash, g_array_index (tokens->items, Token, i + 1).hash);

      for (guint k = 0; k < n_found; k++)
        prefetch (&model->filter[filter_bit (found[k]) / 64]);
      g_array_append_vals (keys, found, n_found);
    }

  /* Then the filter, whose words are on their way, keeps the few it may know. */
  n_known = 0;
  for (guint k = 0; k < keys->len; k++)
    {
      NameHash key = g_array_index (keys, NameHash, k);

      if (model_may_know (model, key))
        {
          prefetch (&model->slots[(guint)key.hash & model->slot_mask]);
          g_array_index (keys, NameHash, n_known++) = key;
        }
    }

  for (guint k = 0; k < n_known; k++)
    sink_add_key (sink, g_array_index (keys, NameHash, k));
}

/* The shape features, from three vectorised scans of @text: a byte-by-byte
 * switch cost as much as all of a message's word features. */
static void
add_shape_features (const char *text,
                    Sink       *sink)
{
  gboolean calendar = strstr (text, "/meet") != NULL;  /* "hubspot.com/meetings" too */
  gboolean question = FALSE, money = FALSE, percent = FALSE;

  for (const char *p = strstr (text, "cal"); p != NULL && !calendar; p = strstr (p + 3, "cal"))
    calendar = g_str_has_prefix (p + 3, "endly") || g_str_has_prefix (p + 3, ".com") ||
               g_str_has_prefix (p + 3, ".example");
  for (const char *p = strpbrk (text, "?$%\xe2\xc2"); p != NULL; p = strpbrk (p + 1, "?$%\xe2\xc2"))
    {
      question |= *p == '?';
      percent |= *p == '%';
      money |= *p == '$' || (p[0] == '\xe2' && p[1] == '\x82' && p[2] == '\xac') ||  /* € */
               (p[0] == '\xc2' && p[1] == '\xa3');                              /* £ */
    }

  if (calendar)
    sink_add (sink, "s:calendar-link", 0, 0);
  if (question)
    sink_add (sink, "s:question", 0, 0);
  if (money)
    sink_add (sink, "s:money", 0, 0);
  if (percent)
    sink_add (sink, "s:percent", 0, 0);
}

/* Every feature of @text for the message model (or the opt-out model), into @sink;
 * a resolved sink's indices are the thread's, valid until its next extraction. */
static void
extract_into (OgClassifier *self,
              const char   *text,
              gboolean      for_opt_out,
              Sink         *sink)
{
  Scratch *scratch = thread_scratch ();
  Tokens tokens = scratch->tokens;
  guint n_words;
  const char *length_bucket;

  tokenize (text, &tokens);
  scratch->tokens = tokens;
  n_words = tokens.items->len;
  sink->name = scratch->name;

  if (sink->model != NULL)
    {
      /* Room for every word, stem and bigram and the rest at most half full. */
      guint wanted = 3 * n_words + 64, size = 64;

      while (size < 2 * wanted)
        size *= 2;
      if (size > scratch->set_size)
        {
          g_free (scratch->set);
          scratch->set = g_new (guint, size);
          scratch->set_size = size;
        }
      memset (scratch->set, 0, size * sizeof (guint));
      sink->set = scratch->set;
      sink->set_mask = size - 1;
      g_array_set_size (scratch->indices, 0);
      sink->indices = scratch->indices;
    }

  if (sink->model != NULL)
    resolve_token_features (&tokens, scratch, sink);
  else
    for (guint i = 0; i < n_words; i++)
      {
        Token *token = &g_array_index (tokens.items, Token, i);
        const char *norm = token_norm (&tokens, i);
        /* A crude stem joins inflections: "anfragen" and "anfrage", "solutions" and "solution". */
        gsize stem = stem_length (norm, token->length);

        sink_add_built (sink, "w:", norm, token->length, NULL, 0, token->start, token->end);
        if (stem > 0)
          sink_add_built (sink, "p:", norm, stem, NULL, 0, token->start, token->end);
        if (i + 1 < n_words)
          {
            Token *next = &g_array_index (tokens.items, Token, i + 1);

            sink_add_built (sink, "b:", norm, token->length, token_norm (&tokens, i + 1), next->length,
                            token->start, next->end);
          }
      }

  match_cues (for_opt_out ? &self->opt_out_cues : &self->cues, &tokens, for_opt_out, sink);
  if (for_opt_out)
    match_cues (&self->cues, &tokens, FALSE, sink);

  add_shape_features (text, sink);

  length_bucket = n_words <= 6 ? "s:len-tiny" : n_words <= 25 ? "s:len-short"
                  : n_words <= 80 ? "s:len-medium" : "s:len-long";
  sink_add (sink, length_bucket, 0, 0);

  sink->name = NULL;
  sink->set = NULL;
}

/* Every feature of @text, named, with its span. */
static GPtrArray *
extract_features (OgClassifier *self,
                  const char   *text,
                  gboolean      for_opt_out)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  Sink sink = { g_ptr_array_new_with_free_func ((GDestroyNotify)feature_free), seen };

  extract_into (self, text, for_opt_out, &sink);
  return sink.found;
}

/* ---- logistic regression ----------------------------------------------------------------- */

static void
model_init (Model *model,
            guint  n_classes)
{
  model->n_classes = n_classes;
  model->weights = g_array_new (FALSE, TRUE, sizeof (double));
  model->decay = g_array_new (FALSE, TRUE, sizeof (double));
  model->bias = g_array_sized_new (FALSE, TRUE, sizeof (double), n_classes);
  g_array_set_size (model->bias, n_classes);
  model->slot_mask = 1023;
  model->slots = g_new0 (NameSlot, model->slot_mask + 1);
  model->filter = g_new0 (guint64, FILTER_BITS / 64);
  model->names = g_ptr_array_new ();
  model->own_names = g_string_chunk_new (4096);
}

static void
model_clear (Model *model)
{
  g_clear_pointer (&model->weights, g_array_unref);
  g_clear_pointer (&model->decay, g_array_unref);
  g_clear_pointer (&model->bias, g_array_unref);
  g_clear_pointer (&model->slots, g_free);
  g_clear_pointer (&model->filter, g_free);
  g_clear_pointer (&model->names, g_ptr_array_unref);
  g_clear_pointer (&model->own_names, g_string_chunk_free);
  g_clear_pointer (&model->saved, g_variant_unref);
}

/* The slot holding the name hashed to @hash, or the empty slot where it would go. */
static inline guint
model_slot (const Model *model,
            NameHash     hash)
{
  guint slot = (guint)hash.hash & model->slot_mask;

  while (model->slots[slot].value != 0 &&
         (model->slots[slot].hash != hash.hash || model->slots[slot].check != hash.check))
    slot = (slot + 1) & model->slot_mask;
  return slot;
}

static void
model_slot_set (Model   *model,
                guint    index)
{
  const char *name = g_ptr_array_index (model->names, index);
  NameHash hash = name_key (name, strlen (name));
  guint slot = model_slot (model, hash);

  model->slots[slot] = (NameSlot){ hash.hash, hash.check, index + 1 };
  model->filter[filter_bit (hash) / 64] |= G_GUINT64_CONSTANT (1) << (filter_bit (hash) % 64);
}

/* Room in the index for @n_names without growing: loading a model knows its size. */
static void
model_presize (Model *model,
               gsize  n_names)
{
  guint size = model->slot_mask + 1;

  while (size < 2 * n_names)
    size *= 2;
  if (size == model->slot_mask + 1)
    return;
  g_free (model->slots);
  model->slot_mask = size - 1;
  model->slots = g_new0 (NameSlot, size);
  for (guint i = 0; i < model->names->len; i++)
    model_slot_set (model, i);
}

/* Adds the newest name of @model to its index, growing it to stay at most half full. */
static void
model_index_last (Model *model)
{
  if (2 * model->names->len > model->slot_mask + 1)
    {
      guint size = 2 * (model->slot_mask + 1);

      g_free (model->slots);
      model->slot_mask = size - 1;
      model->slots = g_new0 (NameSlot, size);
      for (guint i = 0; i + 1 < model->names->len; i++)
        model_slot_set (model, i);
    }
  model_slot_set (model, model->names->len - 1);
}

/* The index of the feature keyed @hash, or G_MAXUINT when unknown. */
static inline guint
model_find (const Model *model,
            NameHash     hash)
{
  guint slot;

  if (!(model->filter[filter_bit (hash) / 64] & (G_GUINT64_CONSTANT (1) << (filter_bit (hash) % 64))))
    return G_MAXUINT;
  slot = model_slot (model, hash);
  return model->slots[slot].value - 1;
}

static guint
model_lookup_len (Model      *model,
                  const char *name,
                  gsize       length,
                  gboolean    add)
{
  NameHash hash = name_key (name, length);
  guint slot;

  if (!add)
    return model_find (model, hash);
  slot = model_slot (model, hash);
  if (model->slots[slot].value != 0)
    return model->slots[slot].value - 1;

  model_make_writable (model);
  g_ptr_array_add (model->names, g_string_chunk_insert_len (model->own_names, name, (gssize)length));
  model_index_last (model);
  g_array_set_size (model->weights, model->names->len * model->n_classes);
  /* Cues are knowledge written down and generalise; an n-gram may be an
   * accident of the corpus, so it must earn its weight against more decay. */
  g_array_append_val (model->decay, (double){ g_str_has_prefix (name, "c:") ? TRAIN_L2 * CUE_DECAY : TRAIN_L2 });
  return model->names->len - 1;
}

static guint
model_lookup (Model      *model,
              const char *name,
              gboolean    add)
{
  return model_lookup_len (model, name, strlen (name), add);
}

static void
resolve_features (Model     *model,
                  GPtrArray *features,
                  gboolean   add)
{
  for (guint i = 0; i < features->len; i++)
    {
      Feature *feature = g_ptr_array_index (features, i);

      feature->index = model_lookup (model, feature->name, add);
    }
}

static void
softmax (double *probabilities,
         guint   n_classes)
{
  double max = -INFINITY;
  double sum = 0.0;

  for (guint c = 0; c < n_classes; c++)
    max = MAX (max, probabilities[c]);
  for (guint c = 0; c < n_classes; c++)
    {
      probabilities[c] = exp (probabilities[c] - max);
      sum += probabilities[c];
    }
  for (guint c = 0; c < n_classes; c++)
    probabilities[c] /= sum;
}

static void
model_scores (Model     *model,
              GPtrArray *features,
              double    *probabilities)
{
  const double *w = model_weights (model);

  for (guint c = 0; c < model->n_classes; c++)
    probabilities[c] = g_array_index (model->bias, double, c);

  for (guint i = 0; i < features->len; i++)
    {
      Feature *feature = g_ptr_array_index (features, i);

      if (feature->index == G_MAXUINT)
        continue;
      for (guint c = 0; c < model->n_classes; c++)
        probabilities[c] += w[(gsize)feature->index * model->n_classes + c];
    }
  softmax (probabilities, model->n_classes);
}

/* The same as model_scores() over resolved indices, summed in the same order. */
static void
model_scores_indices (Model  *model,
                      GArray *indices,
                      double *probabilities)
{
  const double *w = model_weights (model);

  for (guint c = 0; c < model->n_classes; c++)
    probabilities[c] = g_array_index (model->bias, double, c);
  for (guint i = 0; i < indices->len; i++)
    {
      gsize at = (gsize)g_array_index (indices, guint, i) * model->n_classes;

      for (guint c = 0; c < model->n_classes; c++)
        probabilities[c] += w[at + c];
    }
  softmax (probabilities, model->n_classes);
}

/* One stochastic gradient step of the cross-entropy loss, with L2 decay on
 * the weights it touches. */
static void
model_step (Model     *model,
            GPtrArray *features,
            guint      truth,
            double     rate,
            double     example_weight)
{
  double probabilities[8];
  double *w;

  g_assert (model->n_classes <= G_N_ELEMENTS (probabilities));

  model_make_writable (model);
  model_scores (model, features, probabilities);
  w = (double *)(void *)model->weights->data;

  for (guint c = 0; c < model->n_classes; c++)
    {
      double gradient = (probabilities[c] - (c == truth ? 1.0 : 0.0)) * example_weight;

      g_array_index (model->bias, double, c) -= rate * gradient;
      for (guint i = 0; i < features->len; i++)
        {
          Feature *feature = g_ptr_array_index (features, i);
          double *weight;

          if (feature->index == G_MAXUINT)
            continue;
          weight = &w[(gsize)feature->index * model->n_classes + c];
          *weight -= rate * (gradient + g_array_index (model->decay, double, feature->index) * *weight);
        }
    }
}

typedef struct
{
  GPtrArray *features;
  guint      truth;
} Example;

static void
example_clear (Example *example)
{
  g_clear_pointer (&example->features, g_ptr_array_unref);
}

/* Trains on @examples in a fixed shuffled order: the same corpus always gives the same model.
 * Classes are weighted inversely to their frequency so that a rarer label is not drowned. */
static void
model_train (Model  *model,
             GArray *examples)
{
  g_autofree guint *order = g_new (guint, examples->len);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);
  double class_weight[8] = { 0 };
  guint counts[8] = { 0 };

  for (guint i = 0; i < examples->len; i++)
    {
      Example *example = &g_array_index (examples, Example, i);

      resolve_features (model, example->features, TRUE);
      counts[example->truth]++;
      order[i] = i;
    }
  for (guint c = 0; c < model->n_classes; c++)
    class_weight[c] = counts[c] > 0 ? (double)examples->len / (model->n_classes * counts[c]) : 0.0;

  for (guint epoch = 0; epoch < TRAIN_EPOCHS; epoch++)
    {
      double rate = TRAIN_RATE / (1.0 + epoch * 0.2);

      for (guint i = examples->len; i > 1; i--)
        {
          guint j = (guint)g_rand_int_range (rand, 0, (gint32)i);
          guint t = order[i - 1];

          order[i - 1] = order[j];
          order[j] = t;
        }
      for (guint i = 0; i < examples->len; i++)
        {
          Example *example = &g_array_index (examples, Example, order[i]);

          model_step (model, example->features, example->truth, rate, class_weight[example->truth]);
        }
    }
}

/* ---- corpus ------------------------------------------------------------------------------ */

static char *
unescape_text (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          g_string_append_c (out, *p == 'n' ? '\n' : *p == 't' ? '\t' : *p);
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* Parses LABEL<TAB>LANG<TAB>KIND<TAB>TEXT lines into examples. */
static gboolean
parse_corpus (OgClassifier  *self,
              const char    *corpus,
              gboolean       for_opt_out,
              GArray        *examples,
              GError       **error)
{
  g_auto(GStrv) lines = g_strsplit (corpus, "\n", -1);

  for (guint n = 0; lines[n] != NULL; n++)
    {
      g_auto(GStrv) fields = NULL;
      g_autofree char *text = NULL;
      Example example = { NULL, 0 };
      char *line = g_strchomp (lines[n]);

      if (line[0] == '\0' || line[0] == '#')
        continue;

      fields = g_strsplit (line, "\t", 4);
      if (g_strv_length (fields) != 4)
        {
          g_set_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_FORMAT,
                       _("Classifier corpus, line %u: expected four tab-separated fields"), n + 1);
          return FALSE;
        }

      if (for_opt_out)
        {
          if (g_str_equal (fields[0], "optout"))
            example.truth = 1;
          else if (g_str_equal (fields[0], "other"))
            example.truth = 0;
          else
            {
              g_set_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_FORMAT,
                           _("Classifier corpus, line %u: unknown label “%s”"), n + 1, fields[0]);
              return FALSE;
            }
        }
      else
        {
          OgLabel label;

          if (!og_label_from_string (fields[0], &label) || label == OG_LABEL_UNSURE)
            {
              g_set_error (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_FORMAT,
                           _("Classifier corpus, line %u: unknown label “%s”"), n + 1, fields[0]);
              return FALSE;
            }
          example.truth = (guint)label;
        }

      text = unescape_text (fields[3]);
      example.features = extract_features (self, text, for_opt_out);
      g_array_append_val (examples, example);
    }

  return TRUE;
}

static gboolean
train_from (OgClassifier       *self,
            const char * const *corpora,
            gboolean            for_opt_out,
            GError            **error)
{
  g_autoptr(GArray) examples = g_array_new (FALSE, FALSE, sizeof (Example));

  g_array_set_clear_func (examples, (GDestroyNotify)example_clear);

  for (guint i = 0; corpora != NULL && corpora[i] != NULL; i++)
    if (!parse_corpus (self, corpora[i], for_opt_out, examples, error))
      return FALSE;

  if (examples->len == 0)
    {
      g_set_error_literal (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_NOT_FOUND,
                           _("The classifier corpus is empty"));
      return FALSE;
    }

  model_train (for_opt_out ? &self->opt_out : &self->messages, examples);
  return TRUE;
}

/* ---- object ------------------------------------------------------------------------------ */

static void
correction_free (Correction *correction)
{
  g_free (correction->text);
  g_free (correction->contact);
  g_free (correction);
}

static void
og_classifier_finalize (GObject *object)
{
  OgClassifier *self = (OgClassifier *)object;

  model_clear (&self->messages);
  model_clear (&self->opt_out);
  cue_set_clear (&self->cues);
  cue_set_clear (&self->opt_out_cues);
  g_clear_pointer (&self->corrections, g_hash_table_unref);
  g_rw_lock_clear (&self->lock);

  G_OBJECT_CLASS (og_classifier_parent_class)->finalize (object);
}

static void
og_classifier_class_init (OgClassifierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = og_classifier_finalize;
}

static void
og_classifier_init (OgClassifier *self)
{
  g_rw_lock_init (&self->lock);
  self->pitch_at_least = PITCH_AT_LEAST;
  cue_set_init (&self->cues, cue_defs, G_N_ELEMENTS (cue_defs));
  cue_set_init (&self->opt_out_cues, opt_out_cue_defs, G_N_ELEMENTS (opt_out_cue_defs));
  model_init (&self->messages, OG_N_MODEL_LABELS);
  model_init (&self->opt_out, 2);
  self->corrections = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify)correction_free);
}

OgClassifier *
og_classifier_new_from_corpus (const char * const  *message_corpora,
                               const char * const  *optout_corpora,
                               GError             **error)
{
  g_autoptr(OgClassifier) self = g_object_new (OG_TYPE_CLASSIFIER, NULL);

  g_return_val_if_fail (message_corpora != NULL, NULL);

  if (!train_from (self, message_corpora, FALSE, error))
    return NULL;
  if (optout_corpora != NULL && optout_corpora[0] != NULL)
    {
      if (!train_from (self, optout_corpora, TRUE, error))
        return NULL;
      self->opt_out_trained = TRUE;
    }

  return g_steal_pointer (&self);
}

/* ---- a trained model, saved ------------------------------------------------------------ */

/* Training takes about a second; the build trains once (og-train-model) and
 * the program loads the result. Version, then each model as its number of
 * classes, feature names, decays, weights (features × classes) and biases,
 * then whether the opt-out model was trained. */
#define MODEL_VERSION "outreach-guard-model-1"
#define MODEL_TYPE    "(s(uasadadad)(uasadadad)b)"
#define MODEL_PATH    "/org/example/OutreachGuard/classifier-model/model.gvariant"

static GVariant *
model_to_variant (const Model *model)
{
  /* "^as" wants a NULL-terminated array; the model's own is not. */
  g_autofree const char **names = g_new0 (const char *, model->names->len + 1);

  g_autofree double *decay = g_new (double, MAX (model->names->len, 1));

  memcpy (names, model->names->pdata, model->names->len * sizeof (char *));
  for (guint i = 0; i < model->names->len; i++)
    decay[i] = model_decay (model, i);
  return g_variant_new ("(u^as@ad@ad@ad)", model->n_classes, names,
                        g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, decay,
                                                   model->names->len, sizeof (double)),
                        g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, model_weights (model),
                                                   model->names->len * model->n_classes, sizeof (double)),
                        g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, model->bias->data,
                                                   model->bias->len, sizeof (double)));
}

static gboolean
model_from_variant (Model     *model,
                    GVariant  *variant)
{
  g_autoptr(GVariant) decay = NULL, weights = NULL, bias = NULL;
  g_autofree const char **names = NULL;
  const double *values;
  gsize n_names, n;
  guint n_classes;

  g_variant_get (variant, "(u^a&s@ad@ad@ad)", &n_classes, &names, &decay, &weights, &bias);
  n_names = g_strv_length ((char **)names);
  if (n_classes != model->n_classes ||
      g_variant_n_children (decay) != n_names ||
      g_variant_n_children (weights) != n_names * n_classes ||
      g_variant_n_children (bias) != n_classes)
    return FALSE;

  /* The names, weights and decays stay in @variant, which the model keeps. */
  g_return_val_if_fail (model->names->len == 0 && model->saved == NULL, FALSE);
  model->saved = g_variant_ref (variant);
  g_clear_pointer (&model->weights, g_array_unref);
  g_clear_pointer (&model->decay, g_array_unref);
  model->saved_decay = g_variant_get_fixed_array (decay, &n, sizeof (double));
  model->saved_weights = g_variant_get_fixed_array (weights, &n, sizeof (double));
  model_presize (model, n_names);
  for (gsize i = 0; i < n_names; i++)
    {
      g_ptr_array_add (model->names, (gpointer)names[i]);
      model_index_last (model);
    }
  values = g_variant_get_fixed_array (bias, &n, sizeof (double));
  memcpy (model->bias->data, values, n * sizeof (double));
  return TRUE;
}

/* Returns: (transfer full): the trained models, for og_classifier_new_from_model(). */
GBytes *
og_classifier_save_model (OgClassifier *self)
{
  g_autoptr(GVariant) variant = NULL;

  g_return_val_if_fail (OG_IS_CLASSIFIER (self), NULL);

  variant = g_variant_ref_sink (g_variant_new ("(s@(uasadadad)@(uasadadad)b)", MODEL_VERSION,
                                               model_to_variant (&self->messages),
                                               model_to_variant (&self->opt_out),
                                               self->opt_out_trained));
  return g_variant_get_data_as_bytes (variant);
}

OgClassifier *
og_classifier_new_from_model (GBytes  *model,
                              GError **error)
{
  g_autoptr(OgClassifier) self = g_object_new (OG_TYPE_CLASSIFIER, NULL);
  g_autoptr(GVariant) variant = NULL;
  g_autoptr(GVariant) messages = NULL, opt_out = NULL;
  const char *version = NULL;
  gboolean opt_out_trained = FALSE;

  g_return_val_if_fail (model != NULL, NULL);

  variant = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (MODEL_TYPE), model, FALSE));
  if (g_variant_is_normal_form (variant))
    g_variant_get (variant, "(&s@(uasadadad)@(uasadadad)b)", &version, &messages, &opt_out, &opt_out_trained);
  if (g_strcmp0 (version, MODEL_VERSION) != 0 ||
      !model_from_variant (&self->messages, messages) ||
      !model_from_variant (&self->opt_out, opt_out))
    {
      g_set_error_literal (error, OG_IMPORT_ERROR, OG_IMPORT_ERROR_FORMAT,
                           _("The classifier's saved model is damaged or from another version"));
      return NULL;
    }
  self->opt_out_trained = opt_out_trained;
  return g_steal_pointer (&self);
}

/* Trains on the corpus compiled into the library. */
OgClassifier *
og_classifier_new_trained (GError **error)
{
  const char *path = "/org/example/OutreachGuard/classifier/";
  g_autoptr(GPtrArray) corpora = g_ptr_array_new_with_free_func ((GDestroyNotify)g_bytes_unref);
  g_autoptr(GPtrArray) messages = g_ptr_array_new ();
  g_autoptr(GPtrArray) optouts = g_ptr_array_new ();
  g_auto(GStrv) names = NULL;

  names = g_resource_enumerate_children (og_classifier_get_resource (), path,
                                         G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (names == NULL)
    return NULL;

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *full = g_strconcat (path, names[i], NULL);
      GBytes *bytes = g_resource_lookup_data (og_classifier_get_resource (), full,
                                              G_RESOURCE_LOOKUP_FLAGS_NONE, error);

      if (bytes == NULL)
        return NULL;
      g_ptr_array_add (corpora, bytes);
      /* Resource data is NUL-terminated. */
      g_ptr_array_add (g_str_has_prefix (names[i], "optout") ? optouts : messages,
                       (gpointer)g_bytes_get_data (bytes, NULL));
    }
  g_ptr_array_add (messages, NULL);
  g_ptr_array_add (optouts, NULL);

  return og_classifier_new_from_corpus ((const char * const *)messages->pdata,
                                        (const char * const *)optouts->pdata, error);
}

/* The model the build trained, when the program carries one; else trains. */
OgClassifier *
og_classifier_new_default (GError **error)
{
  g_autoptr(GBytes) model = g_resources_lookup_data (MODEL_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  if (model != NULL)
    return og_classifier_new_from_model (model, error);
  return og_classifier_new_trained (error);
}

/* ---- deciding and explaining --------------------------------------------------------------- */

static void
evidence_add (GPtrArray  *evidence,
              const char *feature_name,
              double      weight,
              gsize       start,
              gsize       end,
              const CueSet *cues,
              const CueSet *more_cues)
{
  OgEvidence *item = g_new0 (OgEvidence, 1);
  const char *name = feature_name + 2;

  switch (feature_name[0])
    {
    case 'w':
      item->feature = g_strdup_printf (_("word “%s”"), name);
      break;
    case 'b':
      item->feature = g_strdup_printf (_("phrase “%s”"), name);
      break;
    case 'p':
      /* Translators: %s is the first letters of a word, as in "words beginning “solut…”" */
      item->feature = g_strdup_printf (_("words beginning “%s…”"), name);
      break;
    case 'c':
      {
        const char *description = name;

        for (guint i = 0; i < cues->n_defs; i++)
          if (g_str_equal (cues->defs[i].name, name))
            description = _(cues->defs[i].description);
        for (guint i = 0; more_cues != NULL && i < more_cues->n_defs; i++)
          if (g_str_equal (more_cues->defs[i].name, name))
            description = _(more_cues->defs[i].description);
        item->feature = g_strdup (description);
      }
      break;
    case 's':
    default:
      if (g_str_equal (name, "calendar-link"))
        item->feature = g_strdup (_("links to a booking calendar"));
      else if (g_str_equal (name, "money"))
        item->feature = g_strdup (_("mentions a price"));
      else if (g_str_equal (name, "question"))
        item->feature = g_strdup (_("asks a question"));
      else if (g_str_equal (name, "percent"))
        item->feature = g_strdup (_("quotes a percentage"));
      else
        item->feature = g_strdup (_("message length"));
      break;
    }

  item->weight = weight;
  item->start = start;
  item->end = end;
  g_ptr_array_add (evidence, item);
}

static int
compare_evidence (gconstpointer a,
                  gconstpointer b)
{
  const OgEvidence *x = *(OgEvidence * const *)a;
  const OgEvidence *y = *(OgEvidence * const *)b;

  return fabs (x->weight) < fabs (y->weight) ? 1 : fabs (x->weight) > fabs (y->weight) ? -1 : 0;
}

/* The features that pushed toward @chosen most: each one's weight for that
 * label minus its mean weight over the labels. */
static GPtrArray *
explain (Model        *model,
         GPtrArray    *features,
         guint         chosen,
         const CueSet *cues,
         const CueSet *more_cues)
{
  GPtrArray *evidence = g_ptr_array_new_with_free_func ((GDestroyNotify)og_evidence_free);
  const double *w = model_weights (model);

  for (guint i = 0; i < features->len; i++)
    {
      Feature *feature = g_ptr_array_index (features, i);
      double mean = 0.0;
      double push;

      if (feature->index == G_MAXUINT)
        continue;
      for (guint c = 0; c < model->n_classes; c++)
        mean += w[(gsize)feature->index * model->n_classes + c];
      mean /= model->n_classes;
      push = w[(gsize)feature->index * model->n_classes + chosen] - mean;
      if (fabs (push) < 0.05)
        continue;
      evidence_add (evidence, feature->name, push, feature->start, feature->end, cues, more_cues);
    }

  g_ptr_array_sort (evidence, compare_evidence);
  if (evidence->len > MAX_EVIDENCE)
    g_ptr_array_set_size (evidence, MAX_EVIDENCE);
  return evidence;
}

static char *
correction_key (const char *contact,
                const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  return g_strconcat (contact != NULL ? contact : "", "\x1f", stripped, NULL);
}

static const Correction *
find_correction (OgClassifier *self,
                 const char   *text,
                 const char   *contact)
{
  g_autofree char *key = NULL;
  const Correction *correction;

  /* Nearly always: the key would copy and hash the whole text for nothing. */
  if (g_hash_table_size (self->corrections) == 0)
    return NULL;
  key = correction_key (contact, text);
  correction = g_hash_table_lookup (self->corrections, key);

  if (correction == NULL && contact != NULL)
    {
      g_autofree char *anyone = correction_key (NULL, text);

      correction = g_hash_table_lookup (self->corrections, anyone);
    }
  return correction;
}

static OgClassification *
classify (OgClassifier *self,
          const char   *text,
          const char   *contact_key,
          gboolean      with_evidence)
{
  OgClassification *result;
  g_autoptr(GPtrArray) features = NULL;
  GArray *indices = NULL;   /* the thread scratch's */
  g_autofree char *plain = NULL;
  const Correction *correction;
  guint best = 0;

  /* Spans refer to the text as classified: HTML is read as its text. */
  if (og_html_looks_like_html (text))
    text = plain = og_html_to_text (text);

  result = g_new0 (OgClassification, 1);
  if (with_evidence)
    features = extract_features (self, text, FALSE);

  g_rw_lock_reader_lock (&self->lock);
  if (with_evidence)
    {
      resolve_features (&self->messages, features, FALSE);
      model_scores (&self->messages, features, result->probabilities);
      for (guint i = 0; i < features->len && !result->bump; i++)
        result->bump = g_str_equal (((Feature *)g_ptr_array_index (features, i))->name, "c:bump");
    }
  else
    {
      /* Resolved while extracted, as the index may grow with a correction. */
      Sink sink = { .model = &self->messages };

      extract_into (self, text, FALSE, &sink);
      indices = sink.indices;
      model_scores_indices (&self->messages, indices, result->probabilities);
      result->bump = sink.bump;
    }
  for (guint c = 1; c < OG_N_MODEL_LABELS; c++)
    if (result->probabilities[c] > result->probabilities[best])
      best = c;
  result->best = (OgLabel)best;
  result->score = result->probabilities[best];
  result->evidence = with_evidence ? explain (&self->messages, features, best, &self->cues, NULL)
                                   : g_ptr_array_new_with_free_func ((GDestroyNotify)og_evidence_free);
  correction = find_correction (self, text, contact_key);
  if (correction != NULL)
    {
      result->label = correction->label;
      result->corrected = TRUE;
    }
  g_rw_lock_reader_unlock (&self->lock);

  if (result->corrected)
    {
      OgEvidence *item = g_new0 (OgEvidence, 1);

      item->feature = g_strdup (_("you corrected this message's label"));
      item->weight = 100.0;
      g_ptr_array_insert (result->evidence, 0, item);
      return result;
    }

  if (result->score < UNSURE_BELOW ||
      (result->best == OG_LABEL_PITCH && result->score < self->pitch_at_least))
    result->label = OG_LABEL_UNSURE;
  else
    result->label = result->best;

  return result;
}

OgClassification *
og_classifier_classify_for (OgClassifier *self,
                            const char   *text,
                            const char   *contact_key)
{
  g_return_val_if_fail (OG_IS_CLASSIFIER (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  return classify (self, text, contact_key, TRUE);
}

gboolean
og_classifier_has_corrections (OgClassifier *self)
{
  gboolean any;

  g_return_val_if_fail (OG_IS_CLASSIFIER (self), FALSE);

  g_rw_lock_reader_lock (&self->lock);
  any = g_hash_table_size (self->corrections) > 0;
  g_rw_lock_reader_unlock (&self->lock);
  return any;
}

/* The same decision without its evidence, which costs a fifth of the time:
 * for the audit, which asks for the evidence of a message only when it is shown. */
OgClassification *
og_classifier_decide_for (OgClassifier *self,
                          const char   *text,
                          const char   *contact_key)
{
  g_return_val_if_fail (OG_IS_CLASSIFIER (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  return classify (self, text, contact_key, FALSE);
}

/* How sure a pitch must be at each sensitivity: "strict" accuses least. */
static const struct { const char *name; double pitch_at_least; } sensitivities[] = {
  { "strict", 0.80 },
  { "balanced", PITCH_AT_LEAST },
  { "sensitive", UNSURE_BELOW },
};

gboolean
og_classifier_set_sensitivity (OgClassifier *self,
                               const char   *name)
{
  g_return_val_if_fail (OG_IS_CLASSIFIER (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (sensitivities); i++)
    if (g_strcmp0 (name, sensitivities[i].name) == 0)
      {
        self->pitch_at_least = sensitivities[i].pitch_at_least;
        return TRUE;
      }
  return FALSE;
}

OgClassification *
og_classifier_classify (OgClassifier *self,
                        const char   *text)
{
  return og_classifier_classify_for (self, text, NULL);
}

static gboolean
names_what_to_stop (GPtrArray *features)
{
  for (guint i = 0; i < features->len; i++)
    {
      const char *name = ((Feature *)g_ptr_array_index (features, i))->name;

      for (guint c = 0; c < G_N_ELEMENTS (opt_out_cue_defs); c++)
        if (g_str_has_prefix (name, "c:") && g_str_equal (name + 2, opt_out_cue_defs[c].name))
          return TRUE;
    }
  return FALSE;
}

gboolean
og_classifier_is_opt_out (OgClassifier  *self,
                          const char    *text,
                          double        *score,
                          GPtrArray    **evidence)
{
  g_autoptr(GPtrArray) features = NULL;
  double probabilities[2];
  gboolean names_stop;

  g_return_val_if_fail (OG_IS_CLASSIFIER (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  /* Without opt-out examples nothing is called an opt-out. */
  if (!self->opt_out_trained)
    {
      if (score != NULL)
        *score = 0.0;
      if (evidence != NULL)
        *evidence = g_ptr_array_new_with_free_func ((GDestroyNotify)og_evidence_free);
      return FALSE;
    }

  if (evidence != NULL)
    features = extract_features (self, text, TRUE);

  g_rw_lock_reader_lock (&self->lock);
  if (evidence != NULL)
    {
      resolve_features (&self->opt_out, features, FALSE);
      model_scores (&self->opt_out, features, probabilities);
      *evidence = explain (&self->opt_out, features, 1, &self->opt_out_cues, &self->cues);
      names_stop = names_what_to_stop (features);
    }
  else
    {
      Sink sink = { .model = &self->opt_out };

      extract_into (self, text, TRUE, &sink);
      model_scores_indices (&self->opt_out, sink.indices, probabilities);
      names_stop = sink.names_stop;
    }
  g_rw_lock_reader_unlock (&self->lock);

  if (score != NULL)
    *score = probabilities[1];
  /* A request to stop usually says what to stop; without one of those
   * phrases only a confident model counts ("Not at all, I'm honoured!" is
   * a polite reply, not a request). */
  return probabilities[1] >= OPT_OUT_AT_LEAST &&
         (names_stop || probabilities[1] >= OPT_OUT_WITHOUT_CUE);
}

void
og_classifier_add_correction (OgClassifier *self,
                              const char   *text,
                              const char   *contact_key,
                              OgLabel       label)
{
  g_autoptr(GPtrArray) features = NULL;
  Correction *correction;

  g_return_if_fail (OG_IS_CLASSIFIER (self));
  g_return_if_fail (text != NULL);
  g_return_if_fail (label != OG_LABEL_UNSURE);

  features = extract_features (self, text, FALSE);
  correction = g_new0 (Correction, 1);
  correction->text = g_strdup (text);
  correction->contact = g_strdup (contact_key);
  correction->label = label;

  g_rw_lock_writer_lock (&self->lock);
  g_hash_table_replace (self->corrections, correction_key (contact_key, text), correction);
  /* The model learns too, so that similar messages move the same way. */
  resolve_features (&self->messages, features, TRUE);
  for (guint i = 0; i < CORRECTION_EPOCHS; i++)
    model_step (&self->messages, features, (guint)label, TRAIN_RATE, 2.0);
  g_rw_lock_writer_unlock (&self->lock);
}

/* ---- small public helpers ------------------------------------------------------------------- */

const char *
og_label_to_string (OgLabel label)
{
  switch (label)
    {
    case OG_LABEL_PITCH:
      return "pitch";
    case OG_LABEL_RECRUITING:
      return "recruiting";
    case OG_LABEL_UNSURE:
      return "unsure";
    case OG_LABEL_OTHER:
    default:
      return "other";
    }
}

gboolean
og_label_from_string (const char *text,
                      OgLabel    *label)
{
  static const OgLabel labels[] = { OG_LABEL_OTHER, OG_LABEL_PITCH, OG_LABEL_RECRUITING, OG_LABEL_UNSURE };

  g_return_val_if_fail (label != NULL, FALSE);

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (text, og_label_to_string (labels[i])))
      {
        *label = labels[i];
        return TRUE;
      }
  return FALSE;
}

void
og_evidence_free (OgEvidence *evidence)
{
  if (evidence == NULL)
    return;
  g_free (evidence->feature);
  g_free (evidence);
}

void
og_classification_free (OgClassification *classification)
{
  if (classification == NULL)
    return;
  g_clear_pointer (&classification->evidence, g_ptr_array_unref);
  g_free (classification);
}
