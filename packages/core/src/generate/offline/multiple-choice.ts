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
  let key = answer.display;
  let distractors: string[];
  if (answer.kind === 'acronym') {
    // Letters against letters ("QRH / MEL / AFM") test spelling; what they stand for tests the subject. Only
    // acronyms the document spells out, the answer's and the wrong ones.
    const spelled = ctx.acronym?.(answer.text);
    if (!spelled) return null;
    key = spelled;
    distractors = distractorsFor(answer, sentence, ctx, WANTED_DISTRACTORS * 4)
      .map((d) => ctx.acronym?.(d))
      .filter((d): d is string => d !== undefined && d.toLowerCase() !== spelled.toLowerCase())
      .slice(0, WANTED_DISTRACTORS);
  } else {
    distractors = distractorsFor(answer, sentence, ctx, WANTED_DISTRACTORS);
  }
  if (distractors.length < MIN_DISTRACTORS) return null;
  return {
    type: 'multiple_choice',
    prompt: `Fill in the blank: ${cloze(sentence, [answer])}`,
    choices: shuffled([key, ...distractors], ctx.random),
    answer: [key],
    explanation: inContext(sentence),
    source: { page: sentence.page, quote: sentence.text },
  };
}
