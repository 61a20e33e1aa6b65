// True or false: the sentence as written (true), or with one term swapped for another of its kind or a
// number changed enough to be clearly wrong (false). A false statement's explanation gives the original.

import type { Flip } from '../quality/negation.js';
import { distractorsFor } from './distractors.js';
import type { Draft } from './multiple-choice.js';
import { type BuildContext, inContext, replaceTerm, type SourceSentence, whereFrom } from './source-sentence.js';
import type { Term } from './term.js';
import { movedYear, swapsYear } from './year-swap.js';

const CHOICES = ['True', 'False'];

export function trueStatement(sentence: SourceSentence): Draft {
  return {
    type: 'true_false',
    prompt: `True or false: ${sentence.text}`,
    choices: [...CHOICES],
    answer: ['True'],
    explanation: `True. ${inContext(sentence)}`,
    source: { page: sentence.page, quote: sentence.text },
  };
}

/**
 * The sentence with its negation taken out: the document's claim turned into its opposite ("The Compact does not
 * pre-empt ..." -> "The Compact pre-empts ..."), false without doubt.
 */
export function contradiction(sentence: SourceSentence, flip: Flip): Draft {
  return {
    type: 'true_false',
    prompt: `True or false: ${flip.affirmative}`,
    choices: [...CHOICES],
    answer: ['False'],
    explanation: `False: the text says the opposite (“${flip.negation}”). The sentence reads: "${sentence.text}" (${whereFrom(sentence)})`,
    source: { page: sentence.page, quote: sentence.text },
  };
}

export function falseStatement(sentence: SourceSentence, term: Term, ctx: BuildContext): Draft | null {
  // A noun from another topic makes a statement absurd rather than false ("The genome was abolished").
  const swap =
    term.kind === 'year' || term.kind === 'date'
      ? distantYear(term, sentence, ctx)
      : distractorsFor(term, sentence, ctx, 1, [], { samePage: term.kind === 'noun' })[0];
  if (!swap) return null;
  return {
    type: 'true_false',
    prompt: `True or false: ${replaceTerm(sentence, term, swap)}`,
    choices: [...CHOICES],
    answer: ['False'],
    explanation: `False: the text says “${term.text}”, not “${swap}”. The sentence reads: "${sentence.text}" (${whereFrom(sentence)})`,
    source: { page: sentence.page, quote: sentence.text },
  };
}

/**
 * The term with its year moved (year-swap.ts): another of the document's years or dates that far, else the
 * year shifted.
 */
function distantYear(term: Term, sentence: SourceSentence, ctx: BuildContext): string | undefined {
  const year = Number(/\d{4}/.exec(term.text)?.[0]);
  if (!Number.isFinite(year)) return undefined;
  const far = (text: string) => {
    const other = Number(/\d{4}/.exec(text)?.[0]);
    return Number.isFinite(other) && swapsYear(year, other);
  };
  const fromDocument = distractorsFor(term, sentence, ctx, 12).find(far);
  if (fromDocument) return fromDocument;
  const moved = movedYear(year, ctx.random);
  const text = term.display.replace(String(year), String(moved));
  return sentence.text.includes(String(moved)) ? undefined : text;
}
