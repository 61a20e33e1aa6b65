// The one error PDF handling throws: a stable `code` callers can branch on, the HTTP status an API should answer
// with, and a message a person understands (it is shown to users as is).

// `pdf_too_complex`: reading it exceeded the time or memory allowed (see extract-pages-isolated.ts); such files
// are almost always built to overload readers (decompression bombs, millions of glyphs on a page).
// `readers_busy`: the PDF workers use all the memory they may (memory-pool.ts); nothing is wrong with the file.
export const PDF_ERROR_CODES = [
  'not_pdf',
  'encrypted',
  'corrupt',
  'no_pages',
  'pdf_too_complex',
  'readers_busy',
] as const;
export type PdfErrorCode = (typeof PDF_ERROR_CODES)[number];

const STATUS: Record<PdfErrorCode, number> = {
  not_pdf: 415,
  encrypted: 422,
  corrupt: 422,
  no_pages: 422,
  pdf_too_complex: 422,
  readers_busy: 503,
};

export class PdfError extends Error {
  readonly code: PdfErrorCode;
  readonly status: number;
  /** The page the error is about, when it concerns a single page. */
  readonly page: number | undefined;

  constructor(code: PdfErrorCode, message: string, options: { cause?: unknown; page?: number } = {}) {
    super(message, { cause: options.cause });
    this.name = 'PdfError';
    this.code = code;
    this.status = STATUS[code];
    this.page = options.page;
  }
}

export function isPdfError(error: unknown, code?: PdfErrorCode): error is PdfError {
  return error instanceof PdfError && (code === undefined || error.code === code);
}
