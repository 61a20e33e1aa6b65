// The unit that flows from extraction into generation: one page's text.

export interface PageText {
  /** 1-based page number in the document. */
  page: number;
  /** Number of pages in the document. */
  totalPages: number;
  /** The page's text, in reading order, whitespace normalized (single spaces, paragraphs as "\n"). */
  text: string;
}
