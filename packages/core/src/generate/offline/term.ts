// A candidate answer found in a sentence: a span of the page with the kind that decides its distractors.
import type { AnalyzedPage } from './nlp.js';

export const NAME_KINDS = [
  'person',
  'place',
  'organization',
  'event',
  'document',
  'nationality',
  'name',
  'acronym',
] as const;
export const NUMERIC_KINDS = ['year', 'date', 'number', 'percent', 'money', 'ordinal'] as const;
export type TermKind = (typeof NAME_KINDS)[number] | (typeof NUMERIC_KINDS)[number] | 'noun';

export interface Term {
  kind: TermKind;
  /** Token indices in the page, inclusive. */
  start: number;
  end: number;
  /** Character offsets in the page text (end exclusive). */
  charStart: number;
  charEnd: number;
  /** Exactly as on the page. */
  text: string;
  /** How it is shown as a choice: common nouns lowercased, so capitals at a sentence start give nothing away. */
  display: string;
  /** Identity for "same term" checks: lemmas for nouns, lowercase for names, the value for numbers. */
  key: string;
  words: number;
  plural: boolean;
  /** Numeric value (numbers, years). */
  value?: number;
  /** Finer shape within a kind (date style, number shape, name length), so distractors look alike. */
  shape: string;
  /** 0 (common English word) to 1 (rare). */
  rarity: number;
}

export function isNumericKind(kind: TermKind): boolean {
  return (NUMERIC_KINDS as readonly string[]).includes(kind);
}

export function isNameKind(kind: TermKind): boolean {
  return (NAME_KINDS as readonly string[]).includes(kind);
}

const NOT_WORDS = new Set(['PUNCT', 'SPACE', 'SYM']);

/** Builds a term over tokens start..end of the page. */
export function termAt(
  page: AnalyzedPage,
  start: number,
  end: number,
  fields: Pick<Term, 'kind' | 'key' | 'plural' | 'shape' | 'rarity'> & { display?: string; value?: number },
): Term {
  const first = page.tokens[start]!;
  const last = page.tokens[end]!;
  const charStart = first.offset;
  const charEnd = last.offset + last.value.length;
  const text = page.text.slice(charStart, charEnd);
  let words = 0;
  for (let i = start; i <= end; i++) if (!NOT_WORDS.has(page.tokens[i]!.pos)) words++;
  // One object shape for every term (no spread): terms are created by the thousand per document.
  return {
    kind: fields.kind,
    start,
    end,
    charStart,
    charEnd,
    text,
    display: fields.display ?? text,
    key: fields.key,
    words,
    plural: fields.plural,
    value: fields.value,
    shape: fields.shape,
    rarity: fields.rarity,
  };
}
