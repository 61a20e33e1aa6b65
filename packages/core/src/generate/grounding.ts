// The grounding rule every generator's questions must pass: the quote is verbatim text of its page.
// "Verbatim" is judged after normalizeForMatch on both sides (whitespace, ligatures, quote marks, hyphens),
// and stays case-sensitive: a quote that only matches when case is ignored was rewritten, not quoted.
import { normalizeForMatch } from './match-normalize.js';

/** Where a quote sits in the original page text. */
export interface QuoteMatch {
  start: number;
  /** Exclusive. */
  end: number;
  /** The page's own text for the match (original spelling, ligatures and line breaks included). */
  text: string;
}

/** Quotes shorter than this (after normalization) prove nothing about where a question came from. */
export const MIN_QUOTE_LENGTH = 8;

/** Finds `quote` in `pageText`; null when it is not there (or too short to count as a quote). */
export function findQuote(quote: string, pageText: string): QuoteMatch | null {
  return quoteMatcher(pageText)(quote);
}

/** findQuote for many quotes of one page: the page is normalized once. */
export function quoteMatcher(pageText: string): (quote: string) => QuoteMatch | null {
  const hay = normalizeForMatch(pageText);
  return (quote) => {
    const needle = normalizeForMatch(stripWrappingQuotes(quote)).text;
    if (needle.length < MIN_QUOTE_LENGTH) return null;
    const at = hay.text.indexOf(needle);
    if (at < 0) return null;
    const start = hay.offsets[at]!;
    const end = hay.offsets[at + needle.length - 1]! + 1;
    return { start, end, text: pageText.slice(start, end) };
  };
}

/** True when the quote is verbatim text of the page (see findQuote). */
export function isGrounded(quote: string, pageText: string): boolean {
  return findQuote(quote, pageText) !== null;
}

/** Generators (LLMs especially) often wrap the quote in quote marks that are not part of the page. */
function stripWrappingQuotes(quote: string): string {
  const trimmed = quote.trim();
  const m = /^["'\u201C\u2018](.*)["'\u201D\u2019]$/s.exec(trimmed);
  return m ? m[1]! : trimmed;
}
