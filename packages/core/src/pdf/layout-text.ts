// Turns the text items pdf.js finds on a page into reading-order text: spaces where glyph runs are apart,
// a space (or nothing, in CJK) where a line wraps inside a paragraph, "\n" between paragraphs.
//
// pdf.js returns items in content-stream order, which for almost every producer is reading order; it marks
// line ends with `hasEOL` but leaves word gaps between separately drawn runs and paragraph structure to us.
// We use item geometry for both: baseline (transform[5]) for lines, x extents for gaps, line pitch for paragraphs.
import { normalizeText } from './normalize-text.js';

/** The fields of a pdf.js TextItem that layout needs. */
export interface LayoutItem {
  str: string;
  /** [a, b, c, d, x, y]: x/y is the baseline origin in PDF space (y grows upwards). */
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
  /** pdf.js's reading direction of the item's own text ('ltr', 'rtl', 'ttb'); its `str` is in logical order. */
  dir?: string;
  /** pdf.js's id of the item's font: the key of its entry in `getTextContent().styles`. */
  fontName?: string;
}

/** pdf.js's description of a font in `getTextContent().styles`: `fontFamily` is 'monospace' for fixed-pitch fonts. */
export interface LayoutStyle {
  fontFamily?: string;
}
export type LayoutStyles = Readonly<Record<string, LayoutStyle>>;

/** One laid-out line with the geometry the page's block roles are read from. */
export interface LaidOutLine {
  /** The line's text as joined (before normalization). */
  text: string;
  /** Baseline (PDF space, y grows upwards). */
  y: number;
  size: number;
  left: number;
  right: number;
  /** Share (0-1) of the line's visible characters drawn in a monospace font. */
  monospace: number;
  /** Runs separated by gaps far wider than a word space: 1 for running text, more for a table row. */
  cells: number;
}

interface Line {
  text: string;
  /** Baseline. */
  y: number;
  /** Font size of the line's first item. */
  size: number;
  left: number;
  right: number;
  ended: boolean;
  /** Ended by an empty item that only carries a line end, not by the last run's own. */
  endMark?: boolean;
  /** The line's items in content-stream order, to lay out again when the line reads right to left. */
  items: LayoutItem[];
  /** Right edge of the last run with visible characters (runs of spaces bridge table cells in some PDFs). */
  inkRight: number;
  cells: number;
  visible: number;
  monospaceChars: number;
}

// A gap wider than this share of the font size between two runs on one line is a word space (a space glyph is
// 0.25 to 0.33 em in common fonts; kerning and tracking stay well below 0.1 em).
const WORD_GAP = 0.15;
// Baselines closer than this share of the font size belong to one line (super- and subscripts included).
const SAME_LINE = 0.5;
// A baseline step this much larger than the page's usual line pitch starts a paragraph.
const PARAGRAPH_PITCH = 1.4;
// Font sizes differing by more than this ratio mean a heading next to body text.
const SIZE_CHANGE = 1.15;
// A line that stops this much short of the text block's right edge and ends a sentence closes its paragraph.
const SHORT_LINE = 0.2;
// A gap wider than this many ems between two visible runs on one line separates table cells, not words
// (justified text stretches word spaces to about 0.6 em at worst).
const CELL_GAP = 1.2;
// pdf.js's `fontFamily` says 'monospace' for fonts flagged fixed-pitch; these names catch fonts that are not.
const MONOSPACE_FONT = /mono|courier|typewriter|cmtt|consola/i;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]/u;
const SENTENCE_END = /[.!?:。！？」』”"]$/u;
const HYPHENATED = /\p{L}[-\u2010\u00AD]$/u;
const LINE_END_DASH = /[-\u2010\u00AD\u2013\u2014]$/;

/** Lays out one page's text items and returns its normalized text ('' for a page without text). */
export function layoutText(items: readonly LayoutItem[]): string {
  return layoutLines(items).text;
}

/**
 * Lays out one page like layoutText (same `text`) and also returns its lines, in reading order, with their
 * geometry and fonts (`styles` from getTextContent tells which fonts are monospace).
 */
export function layoutLines(
  items: readonly LayoutItem[],
  styles: LayoutStyles = {},
): { text: string; lines: LaidOutLine[] } {
  const lines = groupLines(items, styles);
  for (const line of lines) if (readsRightToLeft(line.items)) line.text = rightToLeftText(line.items);
  return {
    text: normalizeText(joinLines(lines)),
    lines: lines.map(({ text, y, size, left, right, cells, visible, monospaceChars }) => ({
      text,
      y,
      size,
      left,
      right,
      cells,
      monospace: visible > 0 ? monospaceChars / visible : 0,
    })),
  };
}

function isMonospace(item: LayoutItem, styles: LayoutStyles): boolean {
  if (item.fontName === undefined) return false;
  return styles[item.fontName]?.fontFamily === 'monospace' || MONOSPACE_FONT.test(item.fontName);
}

function groupLines(items: readonly LayoutItem[], styles: LayoutStyles): Line[] {
  const lines: Line[] = [];
  let line: Line | undefined;
  for (const item of items) {
    if (item.str === '') {
      // pdf.js emits empty items that only carry a line end (positioned on the next line, so ignore position).
      if (item.hasEOL && line) {
        line.ended = true;
        line.endMark = true;
      }
      continue;
    }
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const size = fontSize(item);
    // pdf.js marks a line end wherever the text matrix changes, a run set in a slanted italic included; a run on
    // the same baseline that starts where the line stopped goes on with it ("컴파일 타임에 *데이터 레이스*").
    if (
      line?.endMark &&
      Math.abs(y - line.y) < 0.05 * size &&
      x > line.right - 0.1 * size &&
      x - line.right < CELL_GAP * size
    ) {
      line.ended = false;
    }
    if (line) line.endMark = false;
    const visible = item.str.replace(/\s/g, '').length;
    const monospaceChars = visible > 0 && isMonospace(item, styles) ? visible : 0;
    if (!line || line.ended || Math.abs(y - line.y) > SAME_LINE * Math.max(size, line.size)) {
      line = {
        text: item.str,
        y,
        size,
        left: x,
        right: x + item.width,
        ended: item.hasEOL,
        items: [item],
        inkRight: visible > 0 ? x + item.width : x,
        cells: 1,
        visible,
        monospaceChars,
      };
      lines.push(line);
      continue;
    }
    line.items.push(item);
    if (visible > 0) {
      if (line.visible > 0 && x - line.inkRight > CELL_GAP * size) line.cells += 1;
      line.inkRight = Math.max(line.inkRight, x + item.width);
      line.visible += visible;
      line.monospaceChars += monospaceChars;
    }
    const gap = x - line.right;
    const spaced = /\s$/.test(line.text) || /^\s/.test(item.str);
    // A run that jumps back to the left on the same baseline (overprinting, tables) is still a separate word.
    if (!spaced && (gap > WORD_GAP * size || gap < -size)) line.text += ' ';
    line.text += item.str;
    line.right = Math.max(line.right, x + item.width);
    line.ended = item.hasEOL;
  }
  return lines;
}

// Producers draw right-to-left text in visual order, left to right on the page; pdf.js turns each item's own
// text back into logical order, but leaves the items in drawing order, so a Hebrew line with a number in it
// would come out with its runs reversed (".end 1948 start"). A line that is mostly right-to-left is read from
// its right edge instead.
function readsRightToLeft(items: readonly LayoutItem[]): boolean {
  let rtl = 0;
  let ltr = 0;
  for (const item of items) {
    const letters = item.str.match(/\p{L}/gu)?.length ?? 0;
    if (item.dir === 'rtl') rtl += letters;
    else ltr += letters;
  }
  return rtl > ltr;
}

function rightToLeftText(items: readonly LayoutItem[]): string {
  const placed = items
    .filter((item) => item.str !== '')
    .map((item) => ({
      str: item.str,
      left: item.transform[4] ?? 0,
      right: (item.transform[4] ?? 0) + item.width,
      size: fontSize(item),
      ltr: item.dir !== 'rtl' && /[\p{L}\p{N}]/u.test(item.str),
    }))
    .sort((a, b) => b.right - a.right);
  let text = '';
  let edge = Number.POSITIVE_INFINITY;
  const add = (item: (typeof placed)[number], gap: number) => {
    const spaced = text === '' || /\s$/.test(text) || /^\s/.test(item.str);
    if (!spaced && gap > WORD_GAP * item.size) text += ' ';
    text += item.str;
  };
  for (const run of leftToRightRuns(placed)) {
    if (run.length === 1 || !run[0]!.ltr) {
      for (const item of run) {
        add(item, edge - item.right);
        edge = Math.min(edge, item.left);
      }
      continue;
    }
    // A left-to-right run reads from its own left edge; the gap before it is on its right.
    const runRight = Math.max(...run.map((item) => item.right));
    let previous: (typeof placed)[number] | undefined;
    for (const item of run) {
      add(item, previous ? item.left - previous.right : edge - runRight);
      previous = item;
    }
    edge = Math.min(edge, ...run.map((item) => item.left));
  }
  return text;
}

/**
 * The items of a right-to-left line, `placed` in order from its right edge, as runs in reading order: a run of
 * left-to-right items ("apt" "install", "RCPT" "TO", with any spaces between them) reads from its own left edge,
 * as the bidirectional algorithm lays it out (read from the right, "apt install" came out "install apt"); every
 * other item is a run of its own.
 */
function leftToRightRuns<T extends { str: string; ltr: boolean }>(placed: readonly T[]): T[][] {
  const out: T[][] = [];
  let i = 0;
  while (i < placed.length) {
    if (!placed[i]!.ltr) {
      out.push([placed[i]!]);
      i++;
      continue;
    }
    // The run: left-to-right items, and items of spaces only between two of them.
    let end = i + 1;
    let last = i;
    while (end < placed.length && (placed[end]!.ltr || placed[end]!.str.trim() === '')) {
      if (placed[end]!.ltr) last = end;
      end++;
    }
    out.push(placed.slice(i, last + 1).reverse());
    i = last + 1;
  }
  return out;
}

function fontSize(item: LayoutItem): number {
  if (item.height > 0) return item.height;
  const [, , c = 0, d = 0] = item.transform;
  return Math.hypot(c, d) || 1;
}

function joinLines(lines: Line[]): string {
  const first = lines[0];
  if (!first) return '';
  const pitch = typicalPitch(lines);
  const blockRight = Math.max(...lines.map((l) => l.right));
  const blockLeft = Math.min(...lines.map((l) => l.left));
  let text = first.text;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const next = lines[i]!;
    const prevText = prev.text.trimEnd();
    const nextText = next.text.trimStart();
    if (startsParagraph(prev, next, prevText, pitch, blockLeft, blockRight)) {
      text += `\n${next.text}`;
    } else if (HYPHENATED.test(prevText) && /^\p{Ll}/u.test(nextText)) {
      // Keep the break: normalizeText joins "informa-\ntion", the same rule grounding applies to quotes.
      text = `${text.trimEnd()}\n${nextText}`;
    } else if (LINE_END_DASH.test(prevText)) {
      // A hyphen that belongs to the word ("Jean-" + "Paul") or a range ("1914–" + "1918").
      text = text.trimEnd() + nextText;
    } else if (CJK.test(prevText.slice(-1)) && CJK.test(nextText.charAt(0))) {
      // CJK text wraps anywhere without a space.
      text = text.trimEnd() + nextText;
    } else {
      text += ` ${next.text}`;
    }
  }
  return text;
}

function startsParagraph(
  prev: Line,
  next: Line,
  prevText: string,
  pitch: number,
  blockLeft: number,
  blockRight: number,
): boolean {
  const step = prev.y - next.y;
  // Moving up or sideways (a new column, a footnote area, a text box) ends the paragraph.
  if (step <= 0) return true;
  if (step > PARAGRAPH_PITCH * pitch) return true;
  const ratio = Math.max(prev.size, next.size) / Math.min(prev.size, next.size);
  if (ratio > SIZE_CHANGE) return true;
  const width = blockRight - blockLeft;
  return width > 0 && blockRight - prev.right > SHORT_LINE * width && SENTENCE_END.test(prevText);
}

/**
 * The page's ordinary line pitch: the lower quartile of baseline steps, since most steps are line wraps inside
 * paragraphs. It is capped at 1.6 em because on a page of one-line paragraphs every step is a paragraph step.
 */
function typicalPitch(lines: Line[]): number {
  const steps: number[] = [];
  const sizes: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const step = lines[i - 1]!.y - lines[i]!.y;
    if (step > 0 && step < 4 * lines[i]!.size) steps.push(step);
    sizes.push(lines[i]!.size);
  }
  const size = median(sizes.length > 0 ? sizes : [lines[0]?.size ?? 12]);
  if (steps.length === 0) return 1.2 * size;
  steps.sort((a, b) => a - b);
  return Math.min(steps[Math.floor((steps.length - 1) / 4)]!, 1.6 * size);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
