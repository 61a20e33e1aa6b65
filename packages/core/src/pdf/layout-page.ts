// A page's text and the role of each of its blocks, from pdf.js's text items: layout-text.ts lays the page out
// (the text is exactly layoutText's), each laid-out line is found again in that text, and the role rules
// (roles/) read the lines with their geometry.
import { type LaidOutLine, type LayoutItem, type LayoutStyles, layoutLines } from './layout-text.js';
import { normalizeText } from './normalize-text.js';
import type { PageBlock } from './page-text.js';
import { type ClassifyOptions, classifyBlocks } from './roles/classify-blocks.js';
import { type PageLine, paragraphStarts } from './roles/page-line.js';

/** Lays out a page (`text` as layoutText returns it) and gives the role of each of its blocks. */
export function layoutPage(
  items: readonly LayoutItem[],
  styles: LayoutStyles = {},
  options: ClassifyOptions = {},
): { text: string; blocks: PageBlock[] } {
  const { text, lines } = layoutLines(items, styles);
  return { text, blocks: classifyBlocks(text, locateLines(text, lines), options) };
}

// How far (in characters) from where the previous line ended the next line may start: the separator between
// two lines is one space, one "\n" or nothing, and a line-end hyphen joined to the next line is dropped.
const SEARCH_AHEAD = 3;

/**
 * Finds each laid-out line in the page's normalized text, in order. Normalization changes a line only at its
 * ends (spaces, a joined hyphen), so a line is found at or just after where the previous one ended; a line
 * that cannot be matched in full gets the longest prefix that matches there.
 */
export function locateLines(text: string, laidOut: readonly LaidOutLine[]): PageLine[] {
  const starts = paragraphStarts(text);
  const lines: PageLine[] = [];
  let cursor = 0;
  let paragraph = 0;
  for (const line of laidOut) {
    const key = normalizeText(line.text, { keepParagraphs: false });
    if (key === '') continue;
    const { at, length } = bestMatch(text, key, cursor);
    if (length === 0) continue;
    while (paragraph + 1 < starts.length && starts[paragraph + 1]! <= at) paragraph++;
    const { y, size, left, right, monospace, cells } = line;
    lines.push({
      text: text.slice(at, at + length),
      start: at,
      end: at + length,
      paragraph,
      geometry: { y, size, left, right, monospace, cells },
    });
    cursor = at + length;
  }
  return lines;
}

function bestMatch(text: string, key: string, cursor: number): { at: number; length: number } {
  let best = { at: cursor, length: 0 };
  const candidates = [cursor, cursor + 1, cursor + 2, cursor + SEARCH_AHEAD, cursor - 1];
  for (const at of candidates) {
    if (at < 0 || at >= text.length) continue;
    const length = commonPrefix(text, at, key);
    if (length === key.length) return { at, length };
    // A prefix that stops at once is chance (the previous line's last character, a separator).
    if (length > best.length && length >= Math.min(3, key.length)) best = { at, length };
  }
  return best;
}

function commonPrefix(text: string, at: number, key: string): number {
  let n = 0;
  while (n < key.length && at + n < text.length && text[at + n] === key[n]) n++;
  return n;
}
