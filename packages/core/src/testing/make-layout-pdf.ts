// Builds test PDFs line by line, with the layout that tells a page's block roles apart: fonts (Helvetica, its
// bold, Courier for code), sizes, indentation, page numbers set flush right in a column (contents pages), and a
// running title at the top of every page. Standard fonts only (not embedded), so Latin-1 text.
import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';

export interface LayoutLine {
  text: string;
  /** `sans` (default), `bold`, or `mono` (Courier, which pdf.js reports as a monospace font). */
  font?: 'sans' | 'bold' | 'mono';
  /** Points (default 11). */
  size?: number;
  /** Points from the left margin. */
  indent?: number;
  /** Drawn flush right at the right margin, on the same baseline: a contents entry's page number. */
  right?: string;
  /** Extra space above the line, in lines (a paragraph gap is 0.8). */
  gap?: number;
}

export interface MakeLayoutPdfOptions {
  pages: ReadonlyArray<readonly LayoutLine[]>;
  /** Drawn at the top of every page, followed by its page number. */
  runningTitle?: string;
}

const [WIDTH, HEIGHT] = [595.28, 841.89];
const MARGIN = 56;
const LINE_HEIGHT = 1.45;

/** Renders each page's lines from the top down and returns the PDF's bytes. */
export async function makeLayoutPdf(options: MakeLayoutPdfOptions): Promise<Uint8Array<ArrayBuffer>> {
  const doc = await PDFDocument.create();
  const fonts: Record<NonNullable<LayoutLine['font']>, PDFFont> = {
    sans: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    mono: await doc.embedFont(StandardFonts.Courier),
  };
  for (const [index, lines] of options.pages.entries()) {
    const page = doc.addPage([WIDTH, HEIGHT]);
    if (options.runningTitle !== undefined) {
      page.drawText(options.runningTitle, { x: MARGIN, y: HEIGHT - 36, size: 9, font: fonts.sans });
      const number = String(index + 1);
      const width = fonts.sans.widthOfTextAtSize(number, 9);
      page.drawText(number, { x: WIDTH - MARGIN - width, y: HEIGHT - 36, size: 9, font: fonts.sans });
    }
    let y = HEIGHT - MARGIN - 11;
    for (const line of lines) {
      const size = line.size ?? 11;
      const font = fonts[line.font ?? 'sans'];
      y -= (line.gap ?? 0) * size * LINE_HEIGHT;
      if (y < MARGIN) throw new Error(`Page ${index + 1} is full: "${line.text}" does not fit.`);
      page.drawText(line.text, { x: MARGIN + (line.indent ?? 0), y, size, font });
      if (line.right !== undefined) {
        const width = font.widthOfTextAtSize(line.right, size);
        page.drawText(line.right, { x: WIDTH - MARGIN - width, y, size, font });
      }
      y -= size * LINE_HEIGHT;
    }
  }
  return (await doc.save()) as Uint8Array<ArrayBuffer>;
}
