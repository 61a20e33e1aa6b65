// OCR as extraction uses it, page by page: decide from the text layer whether a page needs OCR, start the engine
// the first time one does (a document without scanned pages never starts it), read the page, and report what
// happened in the PageText (`source: 'ocr'`, or an `issue`). Runs wherever extractPages runs, so in the
// extraction worker once there is one, within its limits.
import type { PDFPageProxy } from 'unpdf/pdfjs';
import type { PageText } from '../page-text.js';
import { createOcrEngine, type OcrEngine, ocrPage } from './ocr-page.js';
import type { OcrSettings } from './ocr-settings.js';
import { hasVisibleMarks } from './page-marks.js';
import type { RenderPageOptions } from './render-page.js';
import type { TextLayerStatus } from './text-layer.js';

export interface PageOcrOptions extends OcrSettings, RenderPageOptions {
  /**
   * Called just before a page is read with OCR (1-based page number, pages in the document): for progress. OCR
   * waits for the promise it may return (the PDF worker waits for memory to be reserved).
   */
  onOcr?: (page: number, totalPages: number) => void | Promise<void>;
  /** Starts the engine; tests pass a fake one. Default: Tesseract with `langs`. */
  startEngine?: (langs: readonly string[]) => Promise<OcrEngine>;
}

/** A page's text as extraction yields it, where it came from, and the roles of its blocks. */
export type PageReading = Pick<PageText, 'text' | 'source' | 'issue' | 'blocks' | 'words'>;

export interface PageOcr {
  /** The page's text: its text layer, or what OCR reads when the layer is missing or undecodable (or OCR is forced). */
  read(page: PDFPageProxy, layer: { text: string; status: TextLayerStatus }, totalPages: number): Promise<PageReading>;
  /** Stops the engine, if it was started. */
  close(): Promise<void>;
}

export function pageOcr(options: PageOcrOptions | undefined): PageOcr {
  let engine: Promise<OcrEngine> | undefined;
  const start = options?.startEngine ?? createOcrEngine;
  return {
    async read(page, layer, totalPages) {
      const fromLayer: PageReading =
        layer.status === 'no_unicode_map' ? { text: '', issue: 'no_unicode_map' } : { text: layer.text };
      if (!options || options.mode === 'off') return fromLayer;
      if (options.mode === 'auto') {
        if (layer.status === 'text') return fromLayer;
        if (layer.status === 'none' && !(await hasVisibleMarks(page))) return fromLayer;
      }
      await options.onOcr?.(page.pageNumber, totalPages);
      try {
        engine ??= start(options.langs);
        const { text, words } = await ocrPage(page, await engine, options);
        return { text, source: 'ocr', words };
      } catch {
        // OCR failing on one page (or not starting at all) must not end the quiz; the page keeps what it had.
        return { ...fromLayer, issue: 'ocr_failed' };
      }
    },
    async close() {
      const started = engine;
      engine = undefined;
      await started?.then((e) => e.close()).catch(() => {});
    },
  };
}
