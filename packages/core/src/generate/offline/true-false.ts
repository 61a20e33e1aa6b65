// True or false: the sentence as written (true), or with one term swapped for another of its kind or a
// number changed enough to be clearly wrong (false). A false statement's explanation gives the original.
import type { Flip } from '../quality/negation.js';
import { distractorsFor } from './distractors.js';
import type { Draft } from './multiple-choice.js';
import { type BuildContext, inContext, replaceTerm, type SourceSentence, whereFrom } from './source-sentence.js';
import type { Term } from './term.js';

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

/**
 * How far a swapped year is from the true one: "1965" for "1967" is a gotcha, not a false claim, and "2007" for
 * a release of 1994 is absurd (it names another era of the subject); three to six years is plainly false
 * and still plausible.
 */
const MIN_YEAR_SWAP = 3;
const MAX_YEAR_SWAP = 6;

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
 * The term with its year moved three to six years: another of the document's years or dates when one is that
 * far, else the year shifted by three to five years (back, when forward would be in the future).
 */
function distantYear(term: Term, sentence: SourceSentence, ctx: BuildContext): string | undefined {
  const year = Number(/\d{4}/.exec(term.text)?.[0]);
  if (!Number.isFinite(year)) return undefined;
  const far = (text: string) => {
    const other = Number(/\d{4}/.exec(text)?.[0]);
    const off = Math.abs(other - year);
    return Number.isFinite(other) && off >= MIN_YEAR_SWAP && off <= MAX_YEAR_SWAP && other <= new Date().getFullYear();
  };
  const fromDocument = distractorsFor(term, sentence, ctx, 12).find(far);
  if (fromDocument) return fromDocument;
  const shift = MIN_YEAR_SWAP + Math.floor(ctx.random() * (MAX_YEAR_SWAP - MIN_YEAR_SWAP));
  const moved = year + shift <= new Date().getFullYear() && ctx.random() < 0.5 ? year + shift : year - shift;
  const text = term.display.replace(String(year), String(moved));
  return sentence.text.includes(String(moved)) ? undefined : text;
}
