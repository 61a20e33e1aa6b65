// The words OCR reads on a page and where each lies, for the source viewer to highlight a quote on a scanned page
// (which has no text layer for pdf.js to match): GET /api/documents/:id/pages/:page/words to the document's owner,
// GET /api/shared/:token/pages/:page/words to whoever holds a share link, for its quiz's document only. The page is
// read with OCR when asked (with the server's OCR languages, in the PDF worker, within its limits), one page at a
// time per instance; the pages read last are kept, since the questions of one scanned page open it again and again.
import { extractPagesIsolated, isPdfError, type OcrWord, type PageWords } from '@quizstream/core';
import type { FastifyInstance } from 'fastify';
import pLimit from 'p-limit';
import type { AppContext } from '../app-context.js';
import { AppError, checkId, notFound } from '../errors.js';
import { parsePage } from './document-pages.js';
import { openShareLink, sharedDocumentId } from './quiz-share.js';

/** Pages whose words are kept in memory (a page's words take a few tens of kB). */
const KEPT_PAGES = 64;
/** Readings waiting for their turn beyond which a request is refused for now (503). */
const MAX_WAITING = 8;

export async function pageWordsRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const reading = ctx.pdf.request;
  const oneAtATime = pLimit(1);
  // Least recently used first: a Map keeps insertion order, and a page read again is moved to the end.
  const kept = new Map<string, Promise<OcrWord[]>>();

  async function read(documentId: string, page: number): Promise<OcrWord[]> {
    const pdf = await ctx.files.read(documentId).catch(() => {
      throw notFound('document', documentId);
    });
    try {
      for await (const text of extractPagesIsolated(pdf, {
        from: page,
        to: page,
        ...reading,
        ocr: { mode: 'force', langs: ctx.config.OCR_LANGS },
      })) {
        if (text.issue === 'ocr_failed') {
          throw new AppError(503, 'ocr_failed', `Page ${page} could not be read with OCR just now; try again.`);
        }
        return text.words ?? [];
      }
      return [];
    } catch (error) {
      if (isPdfError(error)) throw new AppError(error.status, error.code, error.message);
      throw error;
    }
  }

  function words(documentId: string, page: number): Promise<OcrWord[]> {
    const key = `${documentId}:${page}`;
    const known = kept.get(key);
    if (known) {
      kept.delete(key);
      kept.set(key, known);
      return known;
    }
    if (oneAtATime.pendingCount >= MAX_WAITING) {
      throw new AppError(503, 'overloaded', 'Scanned pages are being read for others; try again in a few seconds.');
    }
    const reading = oneAtATime(() => read(documentId, page));
    kept.set(key, reading);
    // A failed reading is not kept: the next request tries again.
    reading.catch(() => {
      if (kept.get(key) === reading) kept.delete(key);
    });
    while (kept.size > KEPT_PAGES) kept.delete(kept.keys().next().value!);
    return reading;
  }

  async function answer(documentId: string, pages: number, page: number): Promise<PageWords> {
    if (ctx.config.OCR === 'off') {
      throw new AppError(409, 'ocr_off', 'OCR is off on this server (OCR=off): scanned pages cannot be read.');
    }
    if (page > pages) {
      throw new AppError(404, 'page_not_found', `Page ${page} does not exist: the document has ${pages} pages.`);
    }
    return { page, words: await words(documentId, page) };
  }

  app.get<{ Params: { id: string; page: string } }>('/api/documents/:id/pages/:page/words', async (request, reply) => {
    const id = checkId('document', request.params.id);
    const page = parsePage(request.params.page);
    const document = await ctx.store.getDocument(id, request.account);
    if (!document) throw notFound('document', id);
    reply.header('cache-control', 'private, max-age=3600');
    return answer(id, document.pages, page);
  });

  app.get<{ Params: { token: string; page: string } }>(
    '/api/shared/:token/pages/:page/words',
    async (request, reply) => {
      const shared = await openShareLink(ctx, request.params.token);
      const page = parsePage(request.params.page);
      const documentId = sharedDocumentId(shared);
      const document = await ctx.store.getDocument(documentId);
      if (!document) throw notFound('document', documentId);
      reply.header('cache-control', 'private, max-age=3600');
      return answer(documentId, document.pages, page);
    },
  );
}
