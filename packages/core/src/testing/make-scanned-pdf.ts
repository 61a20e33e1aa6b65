// A "scanned" PDF made by code: each page's text is drawn into a picture (Noto Sans on white, with
// @napi-rs/canvas) and the picture is the whole page, as a scanner or a phone camera makes it. There is no text
// layer at all, so only OCR can read it.
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import { wrapText } from './wrap-text.js';

export interface MakeScannedPdfOptions {
  /** One entry per page: its paragraphs. */
  pages: ReadonlyArray<readonly string[]>;
  /** Scan resolution in dots per inch (default 200, a common office-scanner setting). */
  dpi?: number;
  /** Text size in points (default 12). */
  fontSize?: number;
  /** Page width and height in points (default 420 x 298, A5 landscape: small pictures keep tests fast). */
  pageSize?: readonly [number, number];
  /**
   * Degrees the sheet was turned clockwise on the scanner, per page (default 0: upright): the picture, and the
   * page with it, show the text sideways (90, 270) or upside down (180).
   */
  turned?: ReadonlyArray<0 | 90 | 180 | 270>;
}

const FAMILY = 'quizstream fixture sans';
const MARGIN_PT = 28;
const LINE_HEIGHT = 1.5;
const PARAGRAPH_GAP = 0.8;
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));

let registered = false;

function registerFont(): void {
  if (registered) return;
  const file = createRequire(import.meta.url).resolve(
    '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  );
  GlobalFonts.registerFromPath(file, FAMILY);
  registered = true;
}

/** Renders `pages` as images and returns a PDF whose pages are only those images. */
export async function makeScannedPdf(options: MakeScannedPdfOptions): Promise<Uint8Array<ArrayBuffer>> {
  registerFont();
  const dpi = options.dpi ?? 200;
  const [widthPt, heightPt] = options.pageSize ?? [420, 298];
  const px = (pt: number) => Math.round((pt * dpi) / 72);
  const fontPx = px(options.fontSize ?? 12);
  const doc = await PDFDocument.create();
  doc.setProducer('quizstream test fixtures (scanned)');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);

  for (const [index, paragraphs] of options.pages.entries()) {
    const canvas = createCanvas(px(widthPt), px(heightPt));
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = '#000000';
    ctx.font = `${fontPx}px "${FAMILY}"`;
    ctx.textBaseline = 'alphabetic';
    const left = px(MARGIN_PT);
    const maxWidth = canvas.width - 2 * left;
    let y = px(MARGIN_PT) + fontPx;
    for (const [p, paragraph] of paragraphs.entries()) {
      if (p > 0) y += PARAGRAPH_GAP * LINE_HEIGHT * fontPx;
      for (const line of wrapText(paragraph, maxWidth, (t) => ctx.measureText(t).width)) {
        if (y > canvas.height - px(MARGIN_PT) / 2) {
          throw new RangeError(`makeScannedPdf: the text of page ${index + 1} does not fit on its page.`);
        }
        ctx.fillText(line, left, y);
        y += LINE_HEIGHT * fontPx;
      }
    }
    const turn = options.turned?.[index] ?? 0;
    const sideways = turn === 90 || turn === 270;
    const scan = createCanvas(sideways ? canvas.height : canvas.width, sideways ? canvas.width : canvas.height);
    const scanCtx = scan.getContext('2d');
    scanCtx.translate(scan.width / 2, scan.height / 2);
    scanCtx.rotate((turn * Math.PI) / 180);
    scanCtx.drawImage(canvas, -canvas.width / 2, -canvas.height / 2);
    const image = await doc.embedPng(await scan.encode('png'));
    const [w, h] = sideways ? [heightPt, widthPt] : [widthPt, heightPt];
    const page = doc.addPage([w, h]);
    page.drawImage(image, { x: 0, y: 0, width: w, height: h });
  }
  return (await doc.save()) as Uint8Array<ArrayBuffer>;
}
