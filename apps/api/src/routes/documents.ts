// Upload a PDF (multipart field "file") and read a document's metadata. The PDF is opened, and its first pages
// read, in a worker process under time and memory limits (documents/pdf-reader.ts): a hostile file gets a 4xx,
// and the server goes on.
import { readFile } from 'node:fs/promises';
import { documentTitle, hasPdfSignature, isPdfError, openPdfIsolated, type PageText } from '@quizstream/core';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';
import { AppError, checkId, notFound } from '../errors.js';
import { newId } from '../ids.js';

/**
 * Pages read at upload: a bomb or a glyph flood on them gets its 422 now rather than as a job's error. Later
 * pages are read by the job, within the same limits.
 */
const PROBE_PAGES = 3;

export async function documentRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  // PDFs being checked at once, each in a PDF worker; more get a 503 and come back (Retry-After). Only the check
  // counts, not receiving the file: a client sending slowly must not hold a place.
  let checking = 0;
  const overloaded = () =>
    new AppError(503, 'overloaded', 'The server is checking many PDFs right now; try again in a few seconds.');

  app.post('/api/documents', async (request, reply) => {
    if (!request.isMultipart()) {
      throw new AppError(415, 'not_multipart', 'Send the PDF as multipart/form-data in a field named "file".');
    }
    if (checking >= ctx.config.MAX_CONCURRENT_UPLOADS) throw overloaded();
    const part = await request.file();
    if (!part) throw new AppError(400, 'missing_file', 'No file was sent; put the PDF in a field named "file".');
    const id = newId('doc');
    const upload = await ctx.files.receive(part.file, id);
    try {
      if (part.file.truncated) {
        throw new AppError(413, 'file_too_large', `The file is larger than the ${ctx.config.MAX_UPLOAD_MB} MB limit.`);
      }
      if (upload.size === 0) throw new AppError(400, 'empty_file', 'The file is empty.');
      if (!hasPdfSignature(upload.head)) {
        throw new AppError(
          415,
          'not_pdf',
          `"${sanitizeFilename(part.filename)}" is not a PDF (its content does not start like one).`,
        );
      }
      if (checking >= ctx.config.MAX_CONCURRENT_UPLOADS) throw overloaded();
      checking += 1;
      let info: { pages: number; title: string | null };
      try {
        info = await checkPdf(await readFile(upload.tempPath), sanitizeFilename(part.filename));
      } finally {
        checking -= 1;
      }
      const document = {
        id,
        filename: sanitizeFilename(part.filename),
        pages: info.pages,
        size: upload.size,
        sha256: upload.sha256,
        title: info.title,
        createdAt: new Date().toISOString(),
      };
      await ctx.files.keep(upload, id);
      try {
        await ctx.store.insertDocument(document, request.account);
      } catch (err) {
        // No file without its row (the database went away between the two): the upload leaves nothing behind.
        await ctx.files.remove(id);
        throw err;
      }
      request.log.info({ documentId: id, pages: document.pages, size: document.size }, 'document uploaded');
      return reply.status(201).send(document);
    } catch (err) {
      await ctx.files.discard(upload);
      if (isPdfError(err)) {
        request.log.info({ code: err.code, size: upload.size }, 'upload refused');
        throw new AppError(err.status, err.code, err.message);
      }
      throw err;
    }
  });

  /**
   * Opens the PDF and reads its first pages in a worker: its page count and title (its metadata's when that names
   * it, else its first heading, else the file name), or why it is refused.
   */
  async function checkPdf(bytes: Uint8Array, filename: string): Promise<{ pages: number; title: string | null }> {
    const pdf = await openPdfIsolated(bytes, ctx.pdf.request);
    try {
      if (pdf.numPages > ctx.config.MAX_PAGES) {
        throw new AppError(
          422,
          'too_many_pages',
          `The PDF has ${pdf.numPages} pages; the limit is ${ctx.config.MAX_PAGES} (MAX_PAGES).`,
        );
      }
      const read: PageText[] = [];
      for (let page = 1; page <= Math.min(PROBE_PAGES, pdf.numPages); page++) {
        // A damaged page is not fatal (the job skips it with a warning); a limit exceeded is.
        const reading = await pdf.readPage(page).catch((error: unknown) => {
          if (!isPdfError(error, 'corrupt')) throw error;
          return undefined;
        });
        if (reading) read.push({ page, totalPages: pdf.numPages, ...reading });
      }
      return { pages: pdf.numPages, title: documentTitle(pdf.title, read, filename) };
    } finally {
      await pdf.close();
    }
  }

  app.get<{ Params: { id: string } }>('/api/documents/:id', async (request) => {
    const id = checkId('document', request.params.id);
    const document = await ctx.store.getDocument(id, request.account);
    if (!document) throw notFound('document', id);
    return document;
  });
}

/** Keeps a display name only: no path, no control characters, bounded length. */
export function sanitizeFilename(name: string): string {
  const base =
    name
      .split(/[\\/]/)
      .pop()
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
      ?.replace(/[\u0000-\u001f\u007f]/g, '')
      .trim() ?? '';
  return (base || 'document.pdf').slice(0, 200);
}
