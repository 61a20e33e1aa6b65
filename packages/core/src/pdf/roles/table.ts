// Tables: rows of several cells set apart by wide gaps, one row after another; or, where a producer draws every
// cell as its own line, a run of many tiny lines with nothing that reads as a sentence.
import { SENTENCE_END } from './line-shape.js';
import type { PageLine } from './page-line.js';

/** Cells a line needs to be a row (two cells are often a term and its definition, or a label and a value). */
const MIN_CELLS = 3;
/** Rows in a run before it counts as a table. */
const MIN_ROWS = 2;
/** A cell drawn as its own line: this many characters at most, not a sentence. */
const TINY_LINE = 24;
const MIN_TINY_RUN = 8;

/** A line of three or more cells separated by wide gaps. */
export function isTableRow(line: PageLine): boolean {
  return (line.geometry?.cells ?? 1) >= MIN_CELLS;
}

/** A cell on a line of its own: a few characters, no sentence end ("Model type", "0.97", "lnL"). */
export function isTinyCell(text: string): boolean {
  return text.length <= TINY_LINE && !SENTENCE_END.test(text);
}

/** Marks the table lines of a page: runs of rows, and long runs of tiny single-cell lines. */
export function tableLines(lines: readonly PageLine[]): boolean[] {
  const marks = lines.map(() => false);
  markRuns(lines.map(isTableRow), MIN_ROWS, marks);
  // Only with geometry: in OCR text each line is a paragraph, and a list of short items is just as likely.
  if (lines.some((line) => line.geometry))
    markRuns(
      lines.map((line) => isTinyCell(line.text)),
      MIN_TINY_RUN,
      marks,
    );
  return marks;
}

function markRuns(flags: readonly boolean[], minRun: number, marks: boolean[]): void {
  for (let i = 0; i < flags.length; ) {
    if (!flags[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < flags.length && flags[j]) j++;
    if (j - i >= minRun) for (let k = i; k < j; k++) marks[k] = true;
    i = j;
  }
}
