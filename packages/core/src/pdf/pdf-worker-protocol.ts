// The messages between isolated-pdf.ts and its worker process (pdf-worker.ts).
import type { OcrSettings } from './ocr/ocr-settings.js';
import type { RenderPageOptions } from './ocr/render-page.js';
import type { PageText } from './page-text.js';
import type { PdfErrorCode } from './pdf-error.js';

/** OCR as the worker runs it: plain data (callbacks stay in the parent). */
export type WorkerOcr = OcrSettings & RenderPageOptions;

export interface WorkerSettings {
  /** Budget for binary buffers (ArrayBuffers, typed arrays), which the heap limit does not count. */
  bufferBytes: number;
  /** A page with more text than this is refused as too complex. */
  maxPageChars: number;
}

export type WorkerRequest =
  /** `waitBeforeOcr`: before the document's first page with OCR, wait for `ocr-go` (memory is being reserved). */
  | { op: 'open'; bytes: Uint8Array; password?: string; ocr?: WorkerOcr; waitBeforeOcr?: boolean }
  /** Not a request: the go-ahead for the OCR a `waiting` ocr message announced. */
  | { op: 'ocr-go' }
  | { op: 'page'; page: number }
  | { op: 'cleanup' }
  | { op: 'close' };

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'opened'; numPages: number; title: string | null; author: string | null }
  | ({ type: 'page'; page: number } & Pick<PageText, 'text' | 'source' | 'issue' | 'blocks' | 'words'>)
  /** Not a reply: sent before a page is read with OCR, which takes longer than reading its text layer. */
  | { type: 'ocr'; page: number; totalPages: number; waiting?: boolean }
  | { type: 'done' }
  | { type: 'error'; code: PdfErrorCode; message: string; page?: number };
