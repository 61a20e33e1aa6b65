// One page of a stored document with the role of each of its blocks, read in the PDF worker within the server's
// limits. The two pages before it are read first, in the same worker, so that running headers and footers are
// recognised as they are when a job reads the whole document in order.
import {
  type DocumentPage,
  extractPagesIsolated,
  isPdfError,
  type PageText,
  pageBlocks,
  pageRole,
} from '@quizstream/core';
import { AppError } from '../errors.js';
import type { DocumentFiles } from './document-files.js';
import type { PdfReading } from './pdf-reader.js';

/** Pages read before the one asked for: even and odd pages often carry different running titles. */
const CONTEXT_PAGES = 2;

/** Page `page` (1-based, within `pages`) of document `documentId`, as the API returns it. */
export async function readPageBlocks(
  files: DocumentFiles,
  documentId: string,
  { page, pages }: { page: number; pages: number },
  reading: PdfReading,
): Promise<DocumentPage> {
  const pdf = await files.read(documentId).catch(() => {
    throw new AppError(404, 'document_missing', 'The file of this document is no longer stored.');
  });
  let read: PageText | undefined;
  try {
    for await (const text of extractPagesIsolated(pdf, {
      from: Math.max(1, page - CONTEXT_PAGES),
      to: page,
      ...reading,
    })) {
      read = text;
    }
  } catch (error) {
    if (isPdfError(error)) throw new AppError(error.status, error.code, error.message);
    throw error;
  }
  const text = read?.page === page ? read : { page, totalPages: pages, text: '' };
  return {
    page,
    pages,
    role: pageRole(text),
    text: text.text,
    blocks: pageBlocks(text).map((block) => ({ ...block, text: text.text.slice(block.start, block.end) })),
  };
}
