// True or false: the sentence as written (true), or with one term swapped for another of its kind or a
// number changed enough to be clearly wrong (false). A false statement's explanation gives the original.
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

export function falseStatement(sentence: SourceSentence, term: Term, ctx: BuildContext): Draft | null {
  // A noun from another topic makes a statement absurd rather than false ("The genome was abolished").
  const [swap] = distractorsFor(term, sentence, ctx, 1, [], { samePage: term.kind === 'noun' });
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
