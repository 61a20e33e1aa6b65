// Builds test PDFs from text, so fixtures live in the repo as code rather than opaque binaries: API integration
// tests, browser tests and benchmarks all generate what they need. Text is laid out like a real document
// (wrapped lines, a blank gap between paragraphs), so extraction is exercised on realistic geometry.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, StandardFonts } from 'pdf-lib';
import { loadNotoFont, type NotoFace } from './noto-fonts.js';
import { isRightToLeft, visualOrder } from './visual-order.js';
import { wrapText } from './wrap-text.js';

/**
 * - `helvetica` (default): a standard font, not embedded; small files; Latin-1 text only.
 * - `noto`: Noto Sans, Noto Sans JP and Noto Sans Hebrew, subset-embedded; Latin, Cyrillic, Greek, Japanese,
 *   Chinese ideographs and Hebrew. A paragraph that starts in Hebrew is right-aligned and drawn in visual
 *   order (reversed, numbers and Latin words kept left to right), as PDF producers store right-to-left text.
 */
export type FixtureFont = 'helvetica' | 'noto';

export interface MakePdfOptions {
  /**
   * One entry per page: a string (each "\n" starts a paragraph) or an array of paragraphs.
   * An empty string or array makes a page without any text. Inside a paragraph, U+2028 (LINE SEPARATOR)
   * forces a line break without starting a paragraph, e.g. to put a hyphenated word across two lines.
   */
  pages: ReadonlyArray<string | readonly string[]>;
  title?: string;
  author?: string;
  font?: FixtureFont;
  /** Points (default 11). */
  fontSize?: number;
  /** Width and height in points (default A4, 595.28 x 841.89). */
  pageSize?: readonly [number, number];
  /** Points on every side (default 56, about 2 cm). */
  margin?: number;
  /**
   * What happens when a page's text does not fit: `error` (default) throws, so a fixture's page N always holds
   * exactly the text given for page N; `flow` continues on new pages, for long texts in benchmarks.
   */
  overflow?: 'error' | 'flow';
}

/** A page without any text: `makePdf({ pages: ['Intro', BLANK_PAGE] })`. */
export const BLANK_PAGE: readonly string[] = [];

const A4 = [595.28, 841.89] as const;
const LINE_HEIGHT = 1.45;
// The blank space between paragraphs, in lines: enough for extraction to tell paragraphs from wrapped lines.
const PARAGRAPH_GAP = 0.75;
// Fixed dates make the same input produce the same bytes (same sha256), as an uploaded duplicate would.
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));

/** Renders `pages` into a PDF and returns its bytes. */
export async function makePdf(options: MakePdfOptions): Promise<Uint8Array<ArrayBuffer>> {
  const doc = await PDFDocument.create();
  doc.setCreator('quizstream test fixtures');
  doc.setProducer('quizstream test fixtures (pdf-lib)');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  if (options.title !== undefined) doc.setTitle(options.title, { showInWindowTitleBar: true });
  if (options.author !== undefined) doc.setAuthor(options.author);

  const fonts = options.font === 'noto' ? await notoFonts(doc) : await helvetica(doc);
  const size = options.fontSize ?? 11;
  const [pageWidth, pageHeight] = options.pageSize ?? A4;
  const margin = options.margin ?? 56;
  const lineHeight = size * LINE_HEIGHT;
  const maxWidth = pageWidth - 2 * margin;

  for (const [index, content] of options.pages.entries()) {
    const paragraphs = (typeof content === 'string' ? content.split('\n') : content).filter((p) => p.trim() !== '');
    let page = doc.addPage([pageWidth, pageHeight]);
    let y = pageHeight - margin - size;
    for (const [p, paragraph] of paragraphs.entries()) {
      if (p > 0) y -= PARAGRAPH_GAP * lineHeight;
      const rightToLeft = isRightToLeft(paragraph);
      const lines = paragraph
        .split('\u2028')
        .flatMap((part) => wrapText(part, maxWidth, (t) => fonts.measure(t, size)));
      for (const line of lines) {
        if (y < margin) {
          if (options.overflow !== 'flow') {
            throw new RangeError(
              `makePdf: the text of page ${index + 1} does not fit on one page; shorten it, use a smaller ` +
                "fontSize, or pass overflow: 'flow'.",
            );
          }
          page = doc.addPage([pageWidth, pageHeight]);
          y = pageHeight - margin - size;
        }
        if (rightToLeft) {
          const visual = visualOrder(line);
          await fonts.draw(page, visual, pageWidth - margin - fonts.measure(visual, size), y, size, true);
        } else {
          await fonts.draw(page, line, margin, y, size);
        }
        y -= lineHeight;
      }
    }
  }
  // pdf-lib always allocates a fresh ArrayBuffer.
  return (await doc.save()) as Uint8Array<ArrayBuffer>;
}

interface FontSet {
  measure(text: string, size: number): number;
  /** `visual`: `text` is already in left-to-right visual order (a right-to-left line, see visual-order.ts). */
  draw(page: PDFPage, text: string, x: number, y: number, size: number, visual?: boolean): Promise<void>;
}

async function helvetica(doc: PDFDocument): Promise<FontSet> {
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const drawable = new Set(font.getCharacterSet());
  const check = (text: string) => {
    for (const char of text) {
      if (!drawable.has(char.codePointAt(0)!)) {
        throw new RangeError(
          `makePdf: the helvetica font cannot draw "${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}); use font: 'noto' for non-Latin text.`,
        );
      }
    }
  };
  return {
    measure: (text, size) => {
      check(text);
      return font.widthOfTextAtSize(text, size);
    },
    draw: async (page, text, x, y, size) => page.drawText(text, { x, y, size, font }),
  };
}

/** Noto Sans for everything it covers, Noto Sans JP or Hebrew for the rest; each embedded only if the text uses it. */
async function notoFonts(doc: PDFDocument): Promise<FontSet> {
  doc.registerFontkit(fontkit);
  const faces = {
    sans: await loadNotoFont('sans'),
    japanese: await loadNotoFont('japanese'),
    hebrew: await loadNotoFont('hebrew'),
  };
  const embedded = new Map<NotoFace, Promise<PDFFont>>();
  const embed = (face: NotoFace) => {
    let font = embedded.get(face);
    if (!font) {
      font = doc.embedFont(faces[face].bytes, { subset: true });
      embedded.set(face, font);
    }
    return font;
  };
  const faceOf = (char: string): NotoFace => {
    const codePoint = char.codePointAt(0)!;
    if (faces.sans.hasGlyph(codePoint)) return 'sans';
    if (faces.japanese.hasGlyph(codePoint)) return 'japanese';
    if (faces.hebrew.hasGlyph(codePoint)) return 'hebrew';
    throw new RangeError(`makePdf: no fixture font can draw "${char}" (U+${codePoint.toString(16).toUpperCase()}).`);
  };
  // Runs of consecutive characters drawn with the same face; spaces stay with the run they follow.
  const runs = (text: string) => {
    const result: { face: NotoFace; text: string }[] = [];
    for (const char of text) {
      const last = result.at(-1);
      const face = char === ' ' && last ? last.face : faceOf(char);
      if (last?.face === face) last.text += char;
      else result.push({ face, text: char });
    }
    return result;
  };
  const width = (run: { face: NotoFace; text: string }, size: number) =>
    faces[run.face].widthOfTextAtSize(run.text, size);
  return {
    measure: (text, size) => runs(text).reduce((sum, run) => sum + width(run, size), 0),
    draw: async (page, text, x, y, size, visual = false) => {
      let left = x;
      for (const run of runs(text)) {
        // pdf-lib's layout engine (fontkit) lays a Hebrew run out right to left by itself, so a run that is
        // already in visual order is handed over reversed, to come out as given.
        const drawn = visual && run.face === 'hebrew' ? [...run.text].reverse().join('') : run.text;
        page.drawText(drawn, { x: left, y, size, font: await embed(run.face) });
        left += width(run, size);
      }
    },
  };
}
