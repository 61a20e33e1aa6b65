// Shapes of lines shared by several role rules: what ends a sentence, what a page number looks like, which size
// is the page's body text. All of them are properties of characters and numbers, true in any language.
import type { PageLine } from './page-line.js';

/** Sentence-final punctuation of Latin, Greek, Cyrillic, CJK, Arabic and Devanagari text, closing quotes allowed. */
export const SENTENCE_END = /[.!?;。！？；؟।…][)"'”’»」』）\]]*$/u;

/** A page number as printed: arabic, roman, or "n / total", possibly between dashes. */
const PAGE_NUMBER = /^[-–—([]?\s*(?:\d{1,4}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})(?:\s*\/\s*\d{1,4})?\s*[-–—)\]]?$/;

/** A line holding nothing but a page number ("12", "iv", "- 3 -", "7 / 58"). */
export function isPageNumberOnly(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/** A line whose last token is a page number apart from its text ("Introduction 12", "导言 iv", "导言15"). */
export function endsWithPageNumber(text: string): boolean {
  return /\p{L}/u.test(text) && /(?:\s|[^\p{ASCII}])(?:\d{1,4}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})$/u.test(text);
}

/** Letters of any script. */
export function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/**
 * A line as it recurs from page to page: numbers (page numbers, dates of a running title) masked, and roman page
 * numbers at either end too, so "Guide iv" and "Guide v" have one shape.
 */
export function lineShape(text: string): string {
  return text
    .trim()
    .replace(/^[ivxlcdm]{1,7}\b|\b[ivxlcdm]{1,7}$/gi, '#')
    .replace(/\d+/g, '#')
    .replace(/\s+/g, ' ');
}

/** Share of a page's characters a font size needs to be its body size. */
const BODY_SHARE = 0.3;

/**
 * The font size of the page's body text (undefined without geometry): the largest size that holds a good share of
 * its characters. Not simply the commonest: on a page of the Federal Register, footnotes in 7 pt hold as many
 * characters as the 9 pt text, and every short line of the text would otherwise look like a heading.
 */
export function bodySize(lines: readonly PageLine[]): number | undefined {
  const weight = new Map<number, number>();
  let all = 0;
  for (const line of lines) {
    if (!line.geometry) continue;
    const size = Math.round(line.geometry.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + line.text.length);
    all += line.text.length;
  }
  const bySize = [...weight.entries()].sort((a, b) => b[0] - a[0]);
  const body = bySize.find(([, chars]) => chars >= BODY_SHARE * all);
  if (body) return body[0];
  return bySize.sort((a, b) => b[1] - a[1])[0]?.[0];
}
