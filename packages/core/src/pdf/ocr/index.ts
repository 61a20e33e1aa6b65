// OCR of pages without a usable text layer (scanned pages, fonts without a Unicode map), page by page.
export { assertOcrLanguagesInstalled, debianOcrPackage, ocrLanguageData, ocrLanguageFile } from './ocr-languages.js';
export {
  createOcrEngine,
  type OcrBlock,
  type OcrEngine,
  type OcrImageReading,
  type OcrPageReading,
  type OcrWord,
  ocrPage,
  ocrText,
  ocrWords,
  onPage,
  type PixelBox,
} from './ocr-page.js';
export { DEFAULT_OCR_SETTINGS, OCR_MODES, type OcrMode, type OcrSettings, parseOcrLangs } from './ocr-settings.js';
export { type PageOcr, type PageOcrOptions, type PageReading, pageOcr } from './page-ocr.js';
export { readPage } from './read-page.js';
export { ocrCanvasFactory, type RenderedPage, type RenderPageOptions, renderPage } from './render-page.js';
export { type TextLayerStatus, textLayerStatus } from './text-layer.js';
