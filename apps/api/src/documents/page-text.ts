// One page's text of a stored document, for checking a quote a person wrote or a question regenerated.
import { extractPages } from '@quizstream/core';
import { AppError } from '../errors.js';
import type { DocumentFiles } from './document-files.js';

export async function readPageText(files: DocumentFiles, documentId: string, page: number, pages: number) {
  if (!Number.isInteger(page) || page < 1 || page > pages) {
    throw new AppError(400, 'invalid_page', `Page ${page} does not exist; the document has ${pages} pages.`);
  }
  const pdf = await files.read(documentId).catch(() => {
    throw new AppError(404, 'document_missing', 'The document of this quiz is no longer stored.');
  });
  for await (const text of extractPages(pdf, { from: page, to: page })) return text;
  return { page, totalPages: pages, text: '' };
}
