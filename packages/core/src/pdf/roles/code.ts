// Code listings and terminal sessions: lines set in a monospace font (pdf.js marks fixed-pitch fonts), or, for
// text without fonts (OCR), lines dense in the symbols of program text. A monospace word inside prose (a command
// named in a sentence) leaves the line mostly proportional, so prose that mentions code stays prose.
import { SENTENCE_END } from './line-shape.js';
import type { PageLine } from './page-line.js';

/** Share of a line's characters in a monospace font above which the line is code. */
const MONOSPACE_LINE = 0.8;
/** Symbols of program text and shell sessions. */
const CODE_SYMBOLS = /[{}[\]()<>=;:$#/\\|&*_~^`'"+%@-]/gu;
/** Share of a line's visible characters that are code symbols, for text without fonts. */
const SYMBOL_DENSITY = 0.18;

/** Set (almost) entirely in a monospace font. */
export function isMonospaceLine(line: PageLine): boolean {
  return line.geometry !== undefined && line.geometry.monospace >= MONOSPACE_LINE;
}

/** A shell prompt opening a command: "$ make", "# chown root foo", "foo:~$ ls". */
const PROMPT = /^(?:[$#%]|[\w.-]+@?[\w.-]*:[~\w/.-]*[$#])\s+[\w./-]/u;

/** Dense in program symbols (`if (x) { y = f(z); }`) or a command after a shell prompt (`$ dpkg -i foo.deb`). */
export function looksLikeCode(text: string): boolean {
  if (PROMPT.test(text)) return true;
  const visible = text.replace(/\s/g, '');
  if (visible.length < 6) return false;
  const density = (text.match(CODE_SYMBOLS)?.length ?? 0) / visible.length;
  // A sentence that ends like one needs twice the symbols (prose full of parentheses and slashes).
  return density >= (SENTENCE_END.test(text) ? 2 * SYMBOL_DENSITY : SYMBOL_DENSITY);
}

/**
 * Share of a page's characters that must be in proportional lines for the font to tell code apart: a typewritten
 * page, or the invisible OCR layer of a scan, is in one fixed-pitch font throughout.
 */
const PROPORTIONAL_PAGE = 0.1;

/**
 * Marks the code lines of a page. Where the page mixes fonts: monospace lines. Otherwise (OCR text, a page in
 * one fixed-pitch font): runs of two or more lines dense in symbols, since one such line alone may be a formula
 * or a URL in prose.
 */
export function codeLines(lines: readonly PageLine[]): boolean[] {
  if (proportionalShare(lines) >= PROPORTIONAL_PAGE) return lines.map(isMonospaceLine);
  const dense = lines.map((line) => looksLikeCode(line.text));
  return dense.map((d, i) => d && (dense[i - 1] === true || dense[i + 1] === true));
}

/** Share of the page's characters in lines set mostly in proportional fonts (0 without geometry). */
function proportionalShare(lines: readonly PageLine[]): number {
  let proportional = 0;
  let all = 0;
  for (const line of lines) {
    all += line.text.length;
    if (line.geometry && line.geometry.monospace < 0.5) proportional += line.text.length;
  }
  return all > 0 ? proportional / all : 0;
}
