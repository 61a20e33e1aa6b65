// One page as extraction yields it: its text layer laid out in reading order and judged (usable, missing, or
// undecodable), then handed to OCR when that is on and the page needs it.
import type { PDFDocumentProxy, PDFPageProxy } from 'unpdf/pdfjs';
import { type LayoutItem, layoutText } from '../layout-text.js';
import { PdfError } from '../pdf-error.js';
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
  { ocr, totalPages }: { ocr?: PageOcr; totalPages: number },
): Promise<PageReading> {
  let page: PDFPageProxy | undefined;
  try {
    let layer: { text: string; status: TextLayerStatus };
    try {
      page = await proxy.getPage(pageNumber);
      const content = await page.getTextContent();
      // Marked-content items (no `str`) only come when asked for; the filter keeps the types honest.
      const items = content.items.filter((item) => 'str' in item) as LayoutItem[];
      layer = { text: layoutText(items), status: textLayerStatus(items.map((item) => item.str)) };
    } catch (cause) {
      throw new PdfError('corrupt', `Page ${pageNumber} of this PDF is damaged and its text cannot be read.`, {
        cause,
        page: pageNumber,
      });
    }
    if (ocr) return await ocr.read(page, layer, totalPages);
    return layer.status === 'no_unicode_map' ? { text: '', issue: 'no_unicode_map' } : { text: layer.text };
  } finally {
    // Drops the page's fonts and operator lists; without it a long document's memory grows with every page.
    page?.cleanup();
  }
}
