// One page's text of a stored document, for checking a quote a person wrote or a question regenerated.
import { type ExtractPagesOptions, isPdfError, type PageText } from '@quizstream/core';
import { AppError } from '../errors.js';
import type { DocumentFiles } from './document-files.js';

export async function readPageText(
  files: DocumentFiles,
  documentId: string,
  page: number,
  pages: number,
  extract: (pdf: Uint8Array, options: ExtractPagesOptions) => AsyncIterable<PageText>,
): Promise<PageText> {
  if (!Number.isInteger(page) || page < 1 || page > pages) {
    throw new AppError(400, 'invalid_page', `Page ${page} does not exist; the document has ${pages} pages.`);
  }
  const pdf = await files.read(documentId).catch(() => {
    throw new AppError(404, 'document_missing', 'The document of this quiz is no longer stored.');
  });
  try {
    for await (const text of extract(pdf, { from: page, to: page })) return text;
  } catch (error) {
    if (isPdfError(error)) throw new AppError(error.status, error.code, error.message);
    throw error;
  }
  return { page, totalPages: pages, text: '' };
}
