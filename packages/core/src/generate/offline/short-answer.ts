// Short answer: the sentence with its key term blanked and a hint of what kind of answer is wanted; the
// accepted answers include the usual ways a student writes the same thing.
import { acceptedAnswers as answerVariants } from '../accepted-answers.js';
import { cloze } from './cloze.js';
import type { Draft } from './multiple-choice.js';
import { inContext, type SourceSentence } from './source-sentence.js';
import type { Term, TermKind } from './term.js';

const HINTS: Record<TermKind, string> = {
  person: 'a person',
  // The tagger's finer kinds of name are often wrong (a programming language read as a place): a name is a name.
  place: 'a name',
  organization: 'a name',
  event: 'a name',
  document: 'a name',
  nationality: 'a name',
  name: 'a name',
  acronym: 'an abbreviation',
  year: 'a year',
  date: 'a date',
  number: 'a number',
  percent: 'a percentage',
  money: 'an amount',
  ordinal: 'one word',
  noun: 'a term',
};

const NUMBER_WORDS = ['', 'one', 'two', 'three'];

/** A single word the tagger calls a person is as often a party or a firm ("Tarrant"): "a name" is never wrong. */
function hintFor(answer: Term): string {
  return answer.kind === 'person' && answer.words === 1 ? 'a name' : HINTS[answer.kind];
}

export function shortAnswer(sentence: SourceSentence, answer: Term): Draft {
  // Words as a student counts them: "Ha-Joon Chang" is two.
  const words = answer.display.split(/\s+/u).length;
  const size = words > 1 && words < NUMBER_WORDS.length ? `, ${NUMBER_WORDS[words]} words` : '';
  return {
    type: 'short_answer',
    prompt: `Fill in the blank (${hintFor(answer)}${size}): ${cloze(sentence, [answer])}`,
    choices: [],
    answer: acceptedAnswers(answer),
    explanation: inContext(sentence),
    source: { page: sentence.page, quote: sentence.text },
  };
}

/** The term as written first, then the variants a person would write (see accepted-answers.ts). */
export function acceptedAnswers(term: Term): string[] {
  return answerVariants(term.display, { language: 'en', kind: term.kind, plural: term.plural });
}
