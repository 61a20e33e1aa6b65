// GET /api/documents/:id/pages/:page: one page's text and the role of each of its blocks (body prose, headings,
// contents, references, code...), to show what questions will be asked about. Same id checks, errors and
// ownership as GET /api/documents/:id; the page is read in the PDF worker, within the server's limits.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';
import { readPageBlocks } from '../documents/page-blocks.js';
import { AppError, checkId, notFound } from '../errors.js';

export async function documentPageRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Params: { id: string; page: string } }>('/api/documents/:id/pages/:page', async (request) => {
    const id = checkId('document', request.params.id);
    const page = parsePage(request.params.page);
    const document = await ctx.store.getDocument(id, request.account);
    if (!document) throw notFound('document', id);
    if (page > document.pages) {
      throw new AppError(
        404,
        'page_not_found',
        `Page ${page} does not exist: document "${id}" has ${document.pages} page${document.pages === 1 ? '' : 's'}.`,
      );
    }
    return readPageBlocks(ctx.files, id, { page, pages: document.pages }, ctx.pdf.request);
  });
}

/** A page number as written in the URL: a whole number from 1, in plain digits. */
export function parsePage(value: string): number {
  const page = /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(page) || page < 1) {
    throw new AppError(400, 'invalid_page', `"${value.slice(0, 20)}" is not a page number (pages count from 1).`);
  }
  return page;
}
