// One page as extraction yields it: its text layer laid out in reading order and judged (usable, missing, or
// undecodable), then handed to OCR when that is on and the page needs it; then the role of each block of the
// text it ends up with (from the layer's geometry, or from the text alone for OCR).
import type { PDFDocumentProxy, PDFPageProxy } from 'unpdf/pdfjs';
import { locateLines } from '../layout-page.js';
import { type LaidOutLine, type LayoutItem, type LayoutStyles, layoutLines } from '../layout-text.js';
import { PdfError } from '../pdf-error.js';
import { classifyBlocks, classifyText } from '../roles/classify-blocks.js';
import type { RunningLines } from '../roles/running-lines.js';
import type { PageOcr, PageReading } from './page-ocr.js';
import { type TextLayerStatus, textLayerStatus } from './text-layer.js';

/**
 * Reads page `pageNumber` (1-based). A page pdf.js cannot parse is a PdfError `corrupt` with `page` set; OCR
 * trouble never throws (see PageOcr). Without `ocr`, a page whose text cannot be decoded comes back empty with
 * `issue: 'no_unicode_map'`.
 */
export async function readPage(
  proxy: PDFDocumentProxy,
  pageNumber: number,
  { ocr, totalPages, running }: { ocr?: PageOcr; totalPages: number; running?: RunningLines },
): Promise<PageReading> {
  let page: PDFPageProxy | undefined;
  try {
    let layer: { text: string; status: TextLayerStatus; lines: LaidOutLine[] };
    try {
      page = await proxy.getPage(pageNumber);
      const content = await page.getTextContent();
      // Marked-content items (no `str`) only come when asked for; the filter keeps the types honest.
      const items = content.items.filter((item) => 'str' in item) as LayoutItem[];
      const { text, lines } = layoutLines(items, content.styles as LayoutStyles);
      layer = { text, lines, status: textLayerStatus(items.map((item) => item.str)) };
    } catch (cause) {
      throw new PdfError('corrupt', `Page ${pageNumber} of this PDF is damaged and its text cannot be read.`, {
        cause,
        page: pageNumber,
      });
    }
    const reading = ocr
      ? await ocr.read(page, layer, totalPages)
      : layer.status === 'no_unicode_map'
        ? { text: '', issue: 'no_unicode_map' as const }
        : { text: layer.text };
    const options = { page: pageNumber, ...(running ? { running } : {}) };
    const blocks =
      reading.source === 'ocr' || reading.text !== layer.text
        ? classifyText(reading.text, options)
        : classifyBlocks(reading.text, locateLines(reading.text, layer.lines), options);
    return { ...reading, blocks };
  } finally {
    // Drops the page's fonts and operator lists; without it a long document's memory grows with every page.
    page?.cleanup();
  }
}
