// The unit that flows from extraction into generation: one page's text, and the role of each of its blocks.

import { BLOCK_ROLES, type BlockRole } from '../schemas/document-page.js';
import type { OcrWord } from './ocr/ocr-page.js';

export { BLOCK_ROLES, type BlockRole };

/** One block (a paragraph, a heading, a run of contents lines...) of a page: `text.slice(start, end)`. */
export interface PageBlock {
  role: BlockRole;
  /** Character offsets in the page's `text` (end exclusive). Blocks are in order and do not overlap. */
  start: number;
  end: number;
}

export interface PageText {
  /** 1-based page number in the document. */
  page: number;
  /** Number of pages in the document. */
  totalPages: number;
  /** The page's text, in reading order, whitespace normalized (single spaces, paragraphs as "\n"). */
  text: string;
  /** Where `text` comes from: the PDF's text layer (when absent) or OCR of the rendered page. */
  source?: 'text' | 'ocr';
  /**
   * Why the page has less text than it shows: `no_unicode_map` (its fonts cannot be decoded to characters and
   * OCR is off, so its text is left empty rather than garbage), `ocr_failed` (OCR was needed and failed).
   */
  issue?: 'no_unicode_map' | 'ocr_failed';
  /** On a page read with OCR: its words and where each lies on the page (for highlighting a quote on it). */
  words?: OcrWord[];
  /**
   * The page's blocks with their roles, covering its text in order. Absent when the page was not classified
   * (then the whole page counts as body text).
   */
  blocks?: PageBlock[];
}
