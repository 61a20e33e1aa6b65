// What can be blanked in a sentence of any language, most trustworthy first: numbers and years (the same in
// every script), names (a capital inside a sentence, in cased scripts), and content words (long words of cased
// scripts, runs of kanji or katakana in Japanese and Chinese) that are neither stop words nor common in the
// document. Hebrew and Arabic attach prepositions and articles to words, so there only numbers are blanked.
import { type NeutralNumber, parseNeutralNumber } from './neutral-numbers.js';
import type { PageLanguage } from './page-language.js';
import type { NeutralSentence } from './segment.js';

export type NeutralKind = 'year' | 'number' | 'name' | 'word';

export interface NeutralTerm {
  kind: NeutralKind;
  /** Exactly as on the page. */
  text: string;
  /** Offsets in the page text (end exclusive). */
  start: number;
  end: number;
  /** Lowercase, for "same answer" checks. */
  key: string;
  number?: NeutralNumber;
}

export interface TermRules {
  language: PageLanguage;
  stop: ReadonlySet<string>;
  /** True for a word found in too many of the document's sentences to be worth asking for. */
  isCommon: (key: string) => boolean;
}

/** Content words of cased scripts shorter than this are mostly function words and inflected fillers. */
const MIN_WORD_LETTERS = 6;
const MIN_NAME_LETTERS = 3;
const LETTERS = /^\p{L}[\p{L}\p{M}'’-]*\p{L}$/u;
const IDEOGRAPHIC_WORD = /^[\p{Script=Han}\p{Script=Katakana}\u30FC]{2,}$/u;
const KIND_ORDER: Record<NeutralKind, number> = { year: 0, number: 1, name: 2, word: 3 };

/** The sentence's candidate answers, best kinds first, each word once. */
export function neutralTerms(sentence: NeutralSentence, rules: TermRules): NeutralTerm[] {
  const { language, stop, isCommon } = rules;
  const out: NeutralTerm[] = [];
  const seen = new Set<string>();
  for (const [index, word] of sentence.words.entries()) {
    const key = word.text.toLowerCase();
    if (seen.has(key)) continue;
    const kind = kindOf(word.text, key, index, language, stop, isCommon);
    if (!kind) continue;
    seen.add(key);
    const number = kind === 'year' || kind === 'number' ? parseNeutralNumber(word.text)! : undefined;
    out.push({ kind, text: word.text, start: word.start, end: word.end, key, ...(number ? { number } : {}) });
  }
  return out.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

function kindOf(
  text: string,
  key: string,
  index: number,
  language: PageLanguage,
  stop: ReadonlySet<string>,
  isCommon: (key: string) => boolean,
): NeutralKind | null {
  const number = parseNeutralNumber(text);
  if (number) return number.kind;
  if (language.attachedClitics || stop.has(key) || isCommon(key)) return null;
  if (language.ideographic) return IDEOGRAPHIC_WORD.test(text) ? 'word' : null;
  if (!language.cased || !LETTERS.test(text)) return null;
  const letters = [...text].length;
  // A capital that is not the sentence's first word marks a name; the first word's capital says nothing.
  if (index > 0 && /^\p{Lu}/u.test(text) && letters >= MIN_NAME_LETTERS && text !== text.toUpperCase()) return 'name';
  if (letters >= MIN_WORD_LETTERS && (index === 0 || /^\p{Ll}/u.test(text))) return 'word';
  return null;
}
