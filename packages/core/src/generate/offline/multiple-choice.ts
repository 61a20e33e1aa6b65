// Multiple choice: the sentence with its key term blanked, the term and three distractors of its kind.
import type { QuestionDraft } from '../../schemas/question.js';
import { cloze } from './cloze.js';
import { distractorsFor } from './distractors.js';
import { shuffled } from './seeded-random.js';
import { type BuildContext, inContext, type SourceSentence } from './source-sentence.js';
import type { Term } from './term.js';

/** Four choices when the document allows; three is the least that still makes guessing unrewarding. */
const WANTED_DISTRACTORS = 3;
const MIN_DISTRACTORS = 3;

export type Draft = Omit<QuestionDraft, 'difficulty'>;

export function multipleChoice(sentence: SourceSentence, answer: Term, ctx: BuildContext): Draft | null {
  const distractors = distractorsFor(answer, sentence, ctx, WANTED_DISTRACTORS);
  if (distractors.length < MIN_DISTRACTORS) return null;
  return {
    type: 'multiple_choice',
    prompt: `Fill in the blank: ${cloze(sentence, [answer])}`,
    choices: shuffled([answer.display, ...distractors], ctx.random),
    answer: [answer.display],
    explanation: inContext(sentence),
    source: { page: sentence.page, quote: sentence.text },
  };
}
