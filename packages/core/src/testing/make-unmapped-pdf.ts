// A PDF whose text displays fine but cannot be decoded: Noto Sans is embedded whole as a CID font (Identity-H)
// and its ToUnicode map is removed, so the bytes shown are glyph ids that mean nothing as characters. This is
// what PDFs from some typesetting and "print to PDF" tools look like: copying its text gives
// "7KH\u0003FHOO\u0003LV" for "The cell is". Extraction must not pass that on as text.
import fontkit from '@pdf-lib/fontkit';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { loadNotoFont } from './noto-fonts.js';
import { wrapText } from './wrap-text.js';

/** One A5 page showing `paragraphs` through a font without a Unicode map. */
export async function makeUnmappedPdf(paragraphs: readonly string[]): Promise<Uint8Array<ArrayBuffer>> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  // Whole, not subset: pdf-lib's subsets of Noto Sans lose glyph outlines when rendered, and OCR must see them.
  const sans = await loadNotoFont('sans');
  const font = await doc.embedFont(sans.bytes, { subset: false });
  const [width, height, margin, size] = [420, 595, 36, 12];
  const page = doc.addPage([width, height]);
  let y = height - margin - size;
  for (const paragraph of paragraphs) {
    for (const line of wrapText(paragraph, width - 2 * margin, (t) => font.widthOfTextAtSize(t, size))) {
      page.drawText(line, { x: margin, y, size, font });
      y -= size * 1.5;
    }
    y -= size;
  }
  await doc.flush();
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFDict && object.has(PDFName.of('ToUnicode'))) object.delete(PDFName.of('ToUnicode'));
  }
  return (await doc.save()) as Uint8Array<ArrayBuffer>;
}
