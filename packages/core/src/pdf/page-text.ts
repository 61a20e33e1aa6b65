// The unit that flows from extraction into generation: one page's text.

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
}
