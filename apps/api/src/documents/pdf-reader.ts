// How this server reads PDFs: always in a worker process, within the limits of the configuration (see
// @quizstream/core's isolated-pdf.ts), for uploads, jobs and quiz edits alike.
import {
  type ExtractPagesOptions,
  extractPagesIsolated,
  type PageText,
  type PdfIsolationLimits,
} from '@quizstream/core';
import type { Config } from '../config.js';

type LimitSettings = Pick<
  Config,
  'PDF_OPEN_TIMEOUT_MS' | 'PDF_PAGE_TIMEOUT_MS' | 'PDF_WORKER_HEAP_MB' | 'PDF_WORKER_BUFFER_MB'
>;

export function pdfLimits(config: LimitSettings): Partial<PdfIsolationLimits> {
  return {
    openTimeoutMs: config.PDF_OPEN_TIMEOUT_MS,
    pageTimeoutMs: config.PDF_PAGE_TIMEOUT_MS,
    heapMb: config.PDF_WORKER_HEAP_MB,
    bufferMb: config.PDF_WORKER_BUFFER_MB,
  };
}

/** The pipeline's page reader for this server's jobs. */
export function isolatedExtractor(
  config: LimitSettings,
): (pdf: Uint8Array, options: ExtractPagesOptions) => AsyncIterable<PageText> {
  const limits = pdfLimits(config);
  return (pdf, options) => extractPagesIsolated(pdf, { ...options, limits });
}
