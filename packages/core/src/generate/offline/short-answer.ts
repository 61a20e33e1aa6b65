// Short answer: the sentence with its key term blanked and a hint of what kind of answer is wanted; the
// accepted answers include the usual ways a student writes the same thing.
import { cloze } from './cloze.js';
import type { Draft } from './multiple-choice.js';
import { pageStates, type SourceSentence } from './source-sentence.js';
import type { Term, TermKind } from './term.js';

const HINTS: Record<TermKind, string> = {
  person: 'a person',
  place: 'a place',
  organization: 'an organization',
  event: 'an event',
  document: 'a document',
  nationality: 'a nationality',
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

/** Regular English plurals only; an irregular one ("mitochondria") simply gets no singular variant. */
function singular(word: string): string {
  if (/ies$/.test(word)) return word.replace(/ies$/, 'y');
  if (/(?:ss|x|ch|sh)es$/.test(word)) return word.replace(/es$/, '');
  return word.replace(/s$/, '');
}

const NUMBER_WORDS = ['', 'one', 'two', 'three'];

export function shortAnswer(sentence: SourceSentence, answer: Term): Draft {
  const size = answer.words > 1 && answer.words < NUMBER_WORDS.length ? `, ${NUMBER_WORDS[answer.words]} words` : '';
  return {
    type: 'short_answer',
    prompt: `Fill in the blank (${HINTS[answer.kind]}${size}): ${cloze(sentence, [answer])}`,
    choices: [],
    answer: acceptedAnswers(answer),
    explanation: pageStates(sentence),
    source: { page: sentence.page, quote: sentence.text },
  };
}

/** The term as written first, then variants: lowercase, without "the", singular, surname, digits without commas. */
export function acceptedAnswers(term: Term): string[] {
  const variants = [term.display, term.text];
  const stripped = term.display.replace(/^(?:the|a|an) /i, '');
  // Answers are compared without regard to case, so case variants would only repeat themselves.
  variants.push(stripped);
  if (term.kind === 'person' && term.words > 1) variants.push(term.display.split(/\s+/).pop()!);
  if (term.kind === 'noun' && term.plural) variants.push(singular(term.display));
  if (/\d,\d/.test(term.display)) variants.push(term.display.replace(/,/g, ''));
  if (term.kind === 'percent')
    variants.push(term.display.replace(/\s?(?:%|percent|per cent)$/, '%'), term.display.replace(/%$/, ' percent'));
  const seen = new Set<string>();
  return variants.filter((v) => {
    const key = v.trim().toLowerCase();
    if (key.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
