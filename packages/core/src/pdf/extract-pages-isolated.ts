// extractPages, with the PDF read in a worker process under time and memory limits (see isolated-pdf.ts): the
// same lazy async iterable of pages, OCR included, for servers that read PDFs from strangers.
import { type ExtractPagesOptions, pageRange } from './extract-pages.js';
import { type OpenPdfIsolatedOptions, openPdfIsolated, type PdfIsolationLimits } from './isolated-pdf.js';
import type { PageReading } from './ocr/page-ocr.js';
import type { PageText } from './page-text.js';
import { isPdfError } from './pdf-error.js';

export interface ExtractPagesIsolatedOptions
  extends ExtractPagesOptions,
    Pick<OpenPdfIsolatedOptions, 'memory' | 'memoryWaitMs'> {
  limits?: Partial<PdfIsolationLimits>;
}

// As in extractPages: pdf.js caches every page it parsed until told otherwise.
const CLEANUP_EVERY = 50;

/**
 * Yields the text of each page from `from` to `to`, in order, one page per `next()`, like extractPages. A damaged
 * page goes to `onPageError` when given; a limit exceeded (`pdf_too_complex`) always ends the iteration. OCR runs in
 * the worker too (`ocr.startEngine`, a function, cannot be passed to it and is ignored).
 */
export async function* extractPagesIsolated(
  bytes: Uint8Array,
  options: ExtractPagesIsolatedOptions = {},
): AsyncGenerator<PageText, void, undefined> {
  const { signal } = options;
  signal?.throwIfAborted();
  const doc = await openPdfIsolated(bytes, {
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.ocr ? { ocr: options.ocr } : {}),
    memory: options.memory,
    memoryWaitMs: options.memoryWaitMs,
    signal,
  });
  // The next page is read while the caller works on this one (the worker is another process): extraction and
  // generation overlap. At most one read is in flight, as the worker takes one request at a time.
  let ahead: Promise<PageReading> | undefined;
  try {
    const { from, to } = pageRange(doc.numPages, options);
    const read = (page: number): Promise<PageReading> => {
      const reading = doc.readPage(page, signal);
      // Handled when awaited below; a read nobody awaits any more (the caller stopped) must not go unhandled.
      reading.catch(() => {});
      return reading;
    };
    ahead = from <= to ? read(from) : undefined;
    for (let page = from; page <= to; page++) {
      signal?.throwIfAborted();
      let reading: PageReading;
      try {
        reading = await (ahead as Promise<PageReading>);
      } catch (error) {
        if (signal?.aborted || !options.onPageError || !isPdfError(error, 'corrupt')) throw error;
        options.onPageError(error);
        reading = { text: '' };
      } finally {
        ahead = undefined;
      }
      if ((page - from + 1) % CLEANUP_EVERY === 0) await doc.releaseCaches();
      if (page < to) ahead = read(page + 1);
      yield { page, totalPages: doc.numPages, ...reading };
    }
  } finally {
    // The worker takes one request at a time: a read still in flight ends before the document is closed.
    await ahead?.catch(() => {});
    await doc.close();
  }
}
