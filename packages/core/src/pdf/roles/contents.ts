// Tables of contents and lists of figures or tables: entries that end in a page number, joined to it by a dot
// leader, or with the number apart in a column flush right, one after another down the page. Read from punctuation and numbers, not from a title
// such as "Contents" or "Table des matières".
import { endsWithPageNumber } from './line-shape.js';
import type { PageLine } from './page-line.js';

/** Four or more leader dots (spaced or not), middle dots, ellipses or full-width dots. */
const DOT_LEADER = /(?:[.·•․‧・]\s?){4,}|…{2,}|(?:．\s?){3,}/u;

/** A section number opening an entry: "3", "3.2.1", "A.1", "IV.". */
const SECTION_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[A-Z](?:\.\d{1,3})+|[IVXLC]{1,6}\.)\s/u;

/** An entry joined to its page number by a dot leader: "1.1 Dynamique sociale . . . . 1". */
export function isLeaderEntry(text: string): boolean {
  return DOT_LEADER.test(text) && endsWithPageNumber(text);
}

/** An entry without a leader: a numbered title that ends in its page number ("2 Premiers pas 6"). */
export function isNumberedEntry(text: string): boolean {
  return SECTION_NUMBER.test(text) && endsWithPageNumber(text) && text.length <= 160;
}

/**
 * An entry set apart from its page number, which stands in a column flush right with the other entries'
 * numbers ("Introduction        1"), without leader or section number. Needs geometry.
 */
export function isColumnEntry(line: PageLine, column: number | undefined): boolean {
  const geometry = line.geometry;
  if (!geometry || column === undefined || geometry.cells < 2) return false;
  return Math.abs(geometry.right - column) <= COLUMN_SLACK && endsWithPageNumber(line.text);
}

/** Points a page number may stand off its column (digits of different widths, set flush right). */
const COLUMN_SLACK = 3;

/** The right edge most lines with a number apart end at: the page-number column, if there is one. */
function pageNumberColumn(lines: readonly PageLine[]): number | undefined {
  const rights = lines.flatMap((line) =>
    line.geometry && line.geometry.cells >= 2 && endsWithPageNumber(line.text) ? [line.geometry.right] : [],
  );
  if (rights.length < MIN_NUMBERED_ENTRIES) return undefined;
  rights.sort((a, b) => a - b);
  return rights[Math.floor(rights.length / 2)];
}

/** Entries a page needs before its entry lines count as contents: one leader line alone is chance. */
const MIN_LEADER_ENTRIES = 3;
/** Share of a page's lines that must be entries when none has a leader. */
const MIN_ENTRY_SHARE = 0.6;
const MIN_NUMBERED_ENTRIES = 5;

/**
 * Marks the contents lines of a page: every entry line, and the lines between two entries (a long title wrapped
 * onto two lines), once the page has enough of them to be a contents page.
 */
export function contentsLines(lines: readonly PageLine[]): boolean[] {
  const leader = lines.map((line) => isLeaderEntry(line.text));
  const column = pageNumberColumn(lines);
  const numbered = lines.map((line) => isNumberedEntry(line.text) || isColumnEntry(line, column));
  const leaders = leader.filter(Boolean).length;
  const entries = lines.filter((_, i) => leader[i] || numbered[i]).length;
  const isContents =
    leaders >= MIN_LEADER_ENTRIES || (entries >= MIN_NUMBERED_ENTRIES && entries >= MIN_ENTRY_SHARE * lines.length);
  if (!isContents) return lines.map(() => false);
  const entry = lines.map((_, i) => Boolean(leader[i] || numbered[i]));
  // Nearest entry before and after each line, found in two passes (a page may hold thousands of lines).
  const before: number[] = [];
  const after: number[] = [];
  for (let i = 0, last = -1; i < lines.length; i++) {
    before.push(last);
    if (entry[i]) last = i;
  }
  for (let i = lines.length - 1, next = -1; i >= 0; i--) {
    after[i] = next;
    if (entry[i]) next = i;
  }
  return entry.map((isEntry, i) => isEntry || isWrappedTitle(lines[i]!, before[i]!, after[i]!));
}

/** A line close between two entries that is no longer than a title: the first half of a wrapped entry. */
function isWrappedTitle(line: PageLine, before: number, after: number): boolean {
  if (before < 0 || after < 0 || after - before > 3) return false;
  return line.text.length <= 160;
}
