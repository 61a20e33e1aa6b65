// One paragraph of a sheet laid out in lines: cut into runs of one face (font-runs.ts), broken where Unicode
// allows a line to end (UAX #14, which also breaks between Chinese and Japanese characters), and each line put in
// visual order by the Unicode bidirectional algorithm (bidi-js). A right-to-left run is handed to pdfkit in
// logical order: fontkit shapes it (Arabic letters joined) and draws it from the right.
import bidiFactory from 'bidi-js';
import LineBreaker from 'linebreak';
import type PDFDocument from 'pdfkit';
import { fontRuns } from './font-runs.js';
import type { CjkRegion, FontFace, PrintFonts } from './print-fonts.js';

const bidi = bidiFactory();
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Text of one face, as pdfkit is to draw it, at its place in the line. */
export interface Piece {
  text: string;
  face: FontFace;
  width: number;
}

/** A line's pieces from left to right. */
export interface Line {
  pieces: Piece[];
  width: number;
}

export interface ParagraphLayout {
  lines: Line[];
  rtl: boolean;
  /** Scripts no installed face could draw. */
  missing: Set<string>;
}

export interface TextStyle {
  size: number;
  fonts: PrintFonts;
  region: CjkRegion;
}

const registered = new WeakMap<PDFKit.PDFDocument, Set<string>>();

/** Makes `face` the document's current font, registering it on first use. */
export function useFace(doc: PDFKit.PDFDocument, face: FontFace, size: number): PDFKit.PDFDocument {
  let ids = registered.get(doc);
  if (!ids) {
    ids = new Set();
    registered.set(doc, ids);
  }
  if (!ids.has(face.id)) {
    doc.registerFont(face.id, face.data, face.postscriptName as string);
    ids.add(face.id);
  }
  return doc.font(face.id).fontSize(size);
}

/** Lays `text` out in lines at most `width` wide; `rtl`: the paragraph reads from the right. */
export async function layoutParagraph(
  doc: InstanceType<typeof PDFDocument>,
  text: string,
  width: number,
  rtl: boolean,
  style: TextStyle,
): Promise<ParagraphLayout> {
  const { runs, missing } = await fontRuns(text, style.fonts, style.region);
  const faceAt: FontFace[] = [];
  for (const run of runs) for (let i = run.start; i < run.end; i++) faceAt[i] = run.face;
  const measure = (start: number, end: number) => {
    let total = 0;
    for (const run of runs) {
      const from = Math.max(start, run.start);
      const to = Math.min(end, run.end);
      if (from < to) total += useFace(doc, run.face, style.size).widthOfString(text.slice(from, to));
    }
    return total;
  };
  const ranges = breakLines(text, width, measure);
  const levels = bidi.getEmbeddingLevels(text, rtl ? 'rtl' : 'ltr');
  const lines = ranges.map(([start, end]) => visualLine(doc, text, start, end, levels, faceAt, style.size));
  return { lines, rtl, missing };
}

/** Where each line starts and ends (trailing spaces left out), filling lines greedily. */
function breakLines(text: string, width: number, measure: (start: number, end: number) => number): [number, number][] {
  const lines: [number, number][] = [];
  const trimmed = (start: number, end: number) => {
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    return end;
  };
  let lineStart = 0;
  let lineEnd = 0;
  let used = 0;
  const endLine = () => {
    if (trimmed(lineStart, lineEnd) > lineStart) lines.push([lineStart, trimmed(lineStart, lineEnd)]);
    lineStart = lineEnd;
    used = 0;
  };
  const add = (start: number, end: number) => {
    const ink = measure(start, trimmed(start, end));
    if (lineEnd > lineStart && used + ink > width) endLine();
    used += measure(start, end);
    lineEnd = end;
  };
  const breaker = new LineBreaker(text);
  let at = 0;
  for (let found = breaker.nextBreak(); found; found = breaker.nextBreak()) {
    const end = found.position;
    if (measure(at, trimmed(at, end)) > width) {
      // A word wider than the line (a long address, a formula): cut between characters.
      for (const g of graphemes.segment(text.slice(at, end))) add(at + g.index, at + g.index + g.segment.length);
    } else {
      add(at, end);
    }
    if (found.required) endLine();
    at = end;
  }
  endLine();
  return lines;
}

/** The pieces of the line from `start` to `end`, left to right. */
function visualLine(
  doc: PDFKit.PDFDocument,
  text: string,
  start: number,
  end: number,
  levels: ReturnType<typeof bidi.getEmbeddingLevels>,
  faceAt: FontFace[],
  size: number,
): Line {
  // Characters no face can draw at all (no font installed) are left out.
  const order = bidi
    .getReorderedIndices(text, levels, start, end - 1)
    .slice(start, end)
    .filter((i) => faceAt[i] !== undefined);
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels, start, end - 1);
  const rtlAt = (i: number) => (levels.levels[i]! & 1) === 1;
  const pieces: Piece[] = [];
  let first = 0;
  for (let k = 1; k <= order.length; k++) {
    const prev = order[k - 1]!;
    const next = order[k];
    const joins =
      next !== undefined &&
      faceAt[next] === faceAt[prev] &&
      rtlAt(next) === rtlAt(prev) &&
      next === prev + (rtlAt(prev) ? -1 : 1);
    if (joins) continue;
    const from = Math.min(order[first]!, prev);
    const to = Math.max(order[first]!, prev) + 1;
    let piece = '';
    for (let i = from; i < to; i++) piece += mirrored.get(i) ?? text[i];
    const face = faceAt[prev]!;
    // fontkit reverses a run of a right-to-left script itself; a run of neutrals only (spaces, brackets) between
    // right-to-left words is put in visual order here.
    if (rtlAt(prev) && face.font.layout(piece).direction !== 'rtl') piece = [...piece].reverse().join('');
    // Each word of a right-to-left run is drawn on its own, as browsers do: text extraction (pdf.js) then reads
    // the words back in logical order, where one run drawn whole comes back with its words in visual order.
    const words = rtlAt(prev) ? piece.split(/(\s+)/u).filter(Boolean).reverse() : [piece];
    for (const word of words) pieces.push({ text: word, face, width: useFace(doc, face, size).widthOfString(word) });
    first = k;
  }
  return { pieces, width: pieces.reduce((sum, p) => sum + p.width, 0) };
}

/** Draws `line` with its left end at `x` and its baseline at `baseline`. */
export function drawLine(doc: PDFKit.PDFDocument, line: Line, x: number, baseline: number, size: number): void {
  let at = x;
  for (const piece of line.pieces) {
    if (/^\s+$/u.test(piece.text)) {
      at += piece.width;
      continue;
    }
    const ascent = (piece.face.font.ascent / piece.face.font.unitsPerEm) * size;
    useFace(doc, piece.face, size).text(piece.text, at, baseline - ascent, { lineBreak: false });
    at += piece.width;
  }
}
