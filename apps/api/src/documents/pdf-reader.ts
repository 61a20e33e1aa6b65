// How this server reads PDFs: always in a worker process, within the limits of the configuration (see
// @quizstream/core's isolated-pdf.ts), for uploads, jobs and quiz edits alike; and every worker within one pool of
// memory sized from what the instance really has (documents/pdf-memory.ts).
import {
  type ExtractPagesOptions,
  extractPagesIsolated,
  type PageText,
  type PdfIsolationLimits,
  type PdfMemoryPool,
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

/** What a reading of a PDF passes to openPdfIsolated and extractPagesIsolated. */
export interface PdfReading {
  limits: Partial<PdfIsolationLimits>;
  memory: PdfMemoryPool;
  /** How long it may wait for memory; a request gets a 503 `readers_busy` past it, a job waits its turn. */
  memoryWaitMs?: number;
}

export interface PdfReaders {
  /** For a request someone waits on (an upload, a page shown, a question written again). */
  request: PdfReading;
  /** For a job, which waits its turn whatever it takes (its stream keeps beating meanwhile). */
  job: PdfReading;
  memory: PdfMemoryPool;
}

export function pdfReaders(
  config: LimitSettings & Pick<Config, 'PDF_QUEUE_WAIT_MS'>,
  memory: PdfMemoryPool,
): PdfReaders {
  const limits = pdfLimits(config);
  return { request: { limits, memory, memoryWaitMs: config.PDF_QUEUE_WAIT_MS }, job: { limits, memory }, memory };
}

/** The pipeline's page reader: extractPagesIsolated within `reading`. */
export function isolatedExtractor(
  reading: PdfReading,
): (pdf: Uint8Array, options: ExtractPagesOptions) => AsyncIterable<PageText> {
  return (pdf, options) => extractPagesIsolated(pdf, { ...options, ...reading });
}
