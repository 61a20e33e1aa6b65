// The sentence a question is made from, with everything the question builders need to know about it.
import type { CommandIndex } from './commands.js';
import type { Term } from './term.js';
import type { TermStats } from './term-stats.js';
import type { WordVectors } from './vectors/word-vectors.js';

export interface SourceSentence {
  /** 1-based page number. */
  page: number;
  /** The sentence exactly as on the page: the question's source quote. */
  text: string;
  /** Offset of the sentence in the page text, to place its terms in it. */
  charStart: number;
  /** Candidate answers, in reading order. */
  terms: Term[];
  words: number;
  /** The heading of the section the sentence is in, when the page shows one. */
  section?: string;
  /** The program of the manual page the sentence is in ("find"), which its sentences seldom name. */
  program?: string;
  /** The sentence after it in the same paragraph, which often completes the thought. */
  next?: string;
  /** The sentence's id in the document and its content words by token index (see `TermStats.saysAlike`). */
  context?: { id: string; words: ReadonlyMap<number, string> };
}

/** What a question builder may draw on besides the sentence. */
export interface BuildContext {
  stats: TermStats;
  /** Seeded per sentence, so the same document always gives the same quiz. */
  random: () => number;
  /** Closeness in meaning of English terms, to keep wrong choices of the answer's kind; absent in some tests. */
  vectors?: WordVectors;
  /** What an acronym stands for, when the document spelled it out ("QRH" -> "quick reference handbook"). */
  acronym?: (short: string) => string | undefined;
  /** Programs the document names with their manual section ("tail(1)"), for questions on what each does. */
  commands?: CommandIndex;
  /** Files and directories the document names ("/etc/fstab"), for questions on what each holds (paths.ts). */
  paths?: CommandIndex;
}

/** Where the fact is: "page 4" or "page 4, section “Spacetime diagrams”". */
export function whereFrom(sentence: SourceSentence): string {
  return sentence.section ? `page ${sentence.page}, section “${sentence.section}”` : `page ${sentence.page}`;
}

/**
 * The explanation of a fill-in-the-blank question: the sentence with its answer in place, the sentence after it
 * when it continues the thought, and where it stands, so the student reads the fact in its context.
 */
export function inContext(sentence: SourceSentence): string {
  const more = sentence.next ? ` It goes on: "${sentence.next}"` : '';
  return `"${sentence.text}"${more} (${whereFrom(sentence)})`;
}

/** The sentence with `term` replaced by `replacement` (a blank, or a wrong term for a false statement). */
export function replaceTerm(sentence: SourceSentence, term: Term, replacement: string): string {
  return replaceTerms(sentence, [term], replacement);
}

/** The sentence with each of `terms` (and anything between consecutive ones, for a list) replaced once. */
export function replaceTerms(sentence: SourceSentence, terms: readonly Term[], replacement: string): string {
  const from = terms[0]!.charStart - sentence.charStart;
  const to = terms[terms.length - 1]!.charEnd - sentence.charStart;
  let before = sentence.text.slice(0, from);
  let value = replacement;
  if (replacement === BLANK) {
    // "an ____" would give away that the answer starts with a vowel.
    before = before.replace(/\b([Aa])n? $/, '$1(n) ');
  } else if (from === 0) {
    value = replacement[0]!.toUpperCase() + replacement.slice(1);
  } else {
    const vowel = /^[aeiou]/i.test(replacement);
    before = before.replace(/\b([Aa])n? $/, vowel ? '$1n ' : '$1 ');
  }
  return `${before}${value}${sentence.text.slice(to)}`;
}

export const BLANK = '____';
