// PDF reading: open a document, stream its pages' text with the role of each block, and the text normalization
// shared with grounding.

export { documentTitle, usableTitle } from './document-title.js';
export { type ExtractPagesOptions, extractPages } from './extract-pages.js';
export { type ExtractPagesIsolatedOptions, extractPagesIsolated } from './extract-pages-isolated.js';
export {
  closeIdlePdfWorkers,
  DEFAULT_PDF_LIMITS,
  type IsolatedPdf,
  type OpenPdfIsolatedOptions,
  openPdfIsolated,
  type PdfIsolationLimits,
  workerMemoryMb,
} from './isolated-pdf.js';
export { layoutPage } from './layout-page.js';
export { type LayoutItem, type LayoutStyle, type LayoutStyles, layoutText } from './layout-text.js';
export {
  type MemoryReservation,
  PdfMemoryPool,
  type PdfMemoryPoolOptions,
  type ReserveOptions,
} from './memory-pool.js';
export { type NormalizeTextOptions, normalizeText } from './normalize-text.js';
export * from './ocr/index.js';
export { type OpenPdfOptions, openPdf, type PdfDocument } from './open-pdf.js';
export { bodySpans, bodyText, pageBlocks, pageRole, roleAt } from './page-roles.js';
export { BLOCK_ROLES, type BlockRole, type PageBlock, type PageText } from './page-text.js';
export { isPdfError, PDF_ERROR_CODES, PdfError, type PdfErrorCode } from './pdf-error.js';
export { hasPdfSignature, PDF_HEADER_WINDOW } from './pdf-signature.js';
export { type PdfjsAssetOptions, pdfjsAssetOptions } from './pdfjs-assets.js';
export { type ClassifyOptions, classifyText } from './roles/classify-blocks.js';
export { RunningLines } from './roles/running-lines.js';
