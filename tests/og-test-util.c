/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "og-test-util.h"

OgDataset *
og_test_load_valist (const char *profile,
                     const char *first_name,
                     va_list     args)
{
  g_autoptr(OgDataset) dataset = og_dataset_new ();

  if (profile != NULL)
    og_test_add_file (dataset, "Profile.csv", profile);
  for (const char *name = first_name; name != NULL; name = va_arg (args, const char *))
    og_test_add_file (dataset, name, va_arg (args, const char *));

  og_dataset_finish (dataset);
  return g_steal_pointer (&dataset);
}

OgDataset *
og_test_load (const char *first_name,
              ...)
{
  OgDataset *dataset;
  va_list args;

  va_start (args, first_name);
  dataset = og_test_load_valist (NULL, first_name, args);
  va_end (args);
  return dataset;
}

void
og_test_add_file (OgDataset  *dataset,
                  const char *name,
                  const char *content)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (content, -1, NULL);
  g_autoptr(GError) error = NULL;

  og_import_stream (dataset, stream, name, og_file_kind_from_name (name), NULL, &error);
  g_assert_no_error (error);
}

/* A small corpus of invented messages: enough to check behaviour, not quality. */
static const char tiny_corpus[] =
  "# label\tlang\tkind\ttext\n"
  "pitch\ten\tcold\tWe help SaaS teams double their pipeline. Open to a quick call next week?\n"
  "pitch\ten\tcold\tOur platform cuts cloud costs by 30%. Can I show you a 15 minute demo?\n"
  "pitch\ten\tcold\tWe work with companies like yours on lead generation. Worth a quick chat?\n"
  "pitch\ten\tbump\tJust following up on my last message about our demo.\n"
  "pitch\ten\tbump\tBumping this to the top of your inbox — any thoughts on a quick call?\n"
  "pitch\ten\tcold\tFree audit of your ad spend, no obligation. Book a time on my calendar.\n"
  "pitch\tde\tcold\tWir helfen Unternehmen wie Ihres, Kosten zu senken. Hätten Sie Zeit für ein kurzes Gespräch?\n"
  "pitch\tfr\tcold\tNous aidons les équipes à générer plus de leads. Un échange de 15 minutes ?\n"
  "recruiting\ten\trecruiter\tWe're hiring a senior engineer and your background looks like a great fit. Open to new opportunities?\n"
  "recruiting\ten\trecruiter\tI'm a recruiter with a remote role, strong salary and package. Would you be interested in the position?\n"
  "recruiting\ten\trecruiter\tThought of you for a lead designer position at a fintech. Interview next week?\n"
  "recruiting\tde\trecruiter\tIch habe eine spannende Stelle für Sie, Gehalt sehr attraktiv. Interesse an einem Gespräch über die Position?\n"
  "other\ten\tthanks\tThanks for connecting, great to meet you at the conference!\n"
  "other\ten\tcongrats\tCongratulations on the new role, well deserved!\n"
  "other\ten\tseeker\tI applied for the analyst role at your company. Could you share any advice for a student?\n"
  "other\ten\tlogistics\tYour speaker session is in room B at 3pm, please send your slides by Friday.\n"
  "other\ten\tpersonal\tLong time! Hope you and the family are well. Coffee when you're in town?\n"
  "other\tde\tthanks\tVielen Dank für das nette Gespräch gestern!\n"
  "other\tfr\tcongrats\tFélicitations pour ton nouveau poste !\n";

static const char tiny_optout[] =
  "optout\ten\tpolite\tPlease remove me from your list.\n"
  "optout\ten\tfirm\tNot interested, please stop messaging me.\n"
  "optout\ten\tterse\tUnsubscribe me.\n"
  "optout\ten\trepeat\tI asked you before: do not contact me again.\n"
  "optout\tde\tpolite\tBitte entfernen Sie mich aus Ihrem Verteiler.\n"
  "optout\tfr\tpolite\tMerci de ne plus me contacter.\n"
  "optout\tes\tpolite\tPor favor, elimíname de tu lista.\n"
  "other\ten\tordinary\tThanks, talk soon!\n"
  "other\ten\thard\tPlease remove the old attachment and resend the contract.\n"
  "other\ten\thard\tStop by our booth at the fair on Tuesday!\n"
  "other\ten\tordinary\tSounds good, see you at 10.\n"
  "other\tde\tordinary\tDanke, bis morgen!\n"
  "other\tfr\tordinary\tMerci pour la présentation, très utile.\n";

OgClassifier *
og_test_tiny_classifier (void)
{
  const char *messages[] = { tiny_corpus, NULL };
  const char *optouts[] = { tiny_optout, NULL };
  g_autoptr(GError) error = NULL;
  OgClassifier *classifier = og_classifier_new_from_corpus (messages, optouts, &error);

  g_assert_no_error (error);
  g_assert_nonnull (classifier);
  return classifier;
}


void
og_test_label_by_tag (const OgMessage *message,
                      const OgPerson  *sender,
                      OgAuditLabel    *result,
                      gpointer         user_data)
{
  if (message->content == NULL)
    return;
  if (strstr (message->content, "[pitch]") != NULL)
    result->label = OG_LABEL_PITCH;
  else if (strstr (message->content, "[recruiting]") != NULL)
    result->label = OG_LABEL_RECRUITING;
  result->score = 0.9;
}
