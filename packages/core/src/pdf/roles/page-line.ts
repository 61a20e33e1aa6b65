// The unit the role rules read: one line of a page, placed in the page's text, with its geometry when the page
// has a text layer (OCR text has none, and is classified from its text alone).

/** Where and how a line is drawn, from pdf.js's text items (see layout-text.ts). */
export interface LineGeometry {
  /** Baseline (PDF space, y grows upwards). */
  y: number;
  /** Font size. */
  size: number;
  left: number;
  right: number;
  /** Share (0-1) of the line's visible characters in a monospace font. */
  monospace: number;
  /** Runs separated by gaps much wider than a word space (table cells). */
  cells: number;
}

export interface PageLine {
  /** `pageText.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (a "\n"-separated part of the page's text) the line starts in. */
  paragraph: number;
  geometry?: LineGeometry;
}

/** The lines of a page known only by its text (OCR): each paragraph is one line, without geometry. */
export function textLines(text: string): PageLine[] {
  const lines: PageLine[] = [];
  let start = 0;
  for (const [paragraph, part] of text.split('\n').entries()) {
    if (part !== '') lines.push({ text: part, start, end: start + part.length, paragraph });
    start += part.length + 1;
  }
  return lines;
}

/** Start offsets of the page's paragraphs, and the offset past the last one. */
export function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
