// All candidate answers of one sentence, in reading order: numbers and dates first claim their tokens, then
// names, then common-noun phrases from what is left.
import type { AnalyzedPage, SentenceSpan } from './nlp.js';
import { nounPhrases } from './noun-phrases.js';
import { numericTerms } from './numeric-terms.js';
import type { PageContext } from './page-context.js';
import { type NameMemory, properNames } from './proper-names.js';
import type { Term } from './term.js';
import type { WordFrequency } from './word-frequency.js';

export function sentenceTerms(
  page: AnalyzedPage,
  span: SentenceSpan,
  freq: WordFrequency,
  names: NameMemory,
  ctx: PageContext,
): Term[] {
  const numbers = numericTerms(page, span).filter((t) => t.start >= span.start && t.end <= span.end);
  const taken = new Set<number>();
  const claim = (t: Term) => {
    for (let i = t.start; i <= t.end; i++) taken.add(i);
  };
  numbers.forEach(claim);
  const named = properNames(page, span, { freq, names, page: ctx }).filter((t) => !overlaps(t, taken));
  named.forEach(claim);
  const nouns = nounPhrases(page, span, taken, freq, ctx);
  return [...numbers, ...named, ...nouns].sort((a, b) => a.start - b.start);
}

function overlaps(t: Term, taken: ReadonlySet<number>): boolean {
  for (let i = t.start; i <= t.end; i++) if (taken.has(i)) return true;
  return false;
}
