// A sentence with its answer blanked, as the prompt of multiple-choice, short-answer and multi-select
// questions quotes it.
import { BLANK, replaceTerms, type SourceSentence } from './source-sentence.js';
import type { Term } from './term.js';

/** `Fill in the blank: "In ____, Robert Hooke examined ..."`. */
export function cloze(sentence: SourceSentence, terms: readonly Term[]): string {
  return `"${replaceTerms(sentence, terms, BLANK)}"`;
}
