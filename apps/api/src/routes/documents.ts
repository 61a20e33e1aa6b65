// Upload a PDF (multipart field "file") and read a document's metadata.
import { readFile } from 'node:fs/promises';
import { hasPdfSignature, openPdf, PdfError } from '@quizstream/core';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';
import { AppError, checkId, notFound } from '../errors.js';
import { newId } from '../ids.js';

export async function documentRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.post('/api/documents', async (request, reply) => {
    if (!request.isMultipart()) {
      throw new AppError(415, 'not_multipart', 'Send the PDF as multipart/form-data in a field named "file".');
    }
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
        throw new AppError(415, 'not_pdf', `"${part.filename}" is not a PDF (its content does not start like one).`);
      }
      const pdf = await openPdf(await readFile(upload.tempPath), { transfer: true });
      try {
        if (pdf.numPages > ctx.config.MAX_PAGES) {
          throw new AppError(
            422,
            'too_many_pages',
            `The PDF has ${pdf.numPages} pages; the limit is ${ctx.config.MAX_PAGES} (MAX_PAGES).`,
          );
        }
        const document = {
          id,
          filename: sanitizeFilename(part.filename),
          pages: pdf.numPages,
          size: upload.size,
          sha256: upload.sha256,
          title: pdf.title,
          createdAt: new Date().toISOString(),
        };
        await ctx.files.keep(upload, id);
        await ctx.store.insertDocument(document);
        request.log.info({ documentId: id, pages: document.pages, size: document.size }, 'document uploaded');
        return reply.status(201).send(document);
      } finally {
        await pdf.close();
      }
    } catch (err) {
      await ctx.files.discard(upload);
      if (err instanceof PdfError) throw new AppError(err.status, err.code, err.message);
      throw err;
    }
  });

  app.get<{ Params: { id: string } }>('/api/documents/:id', async (request) => {
    const id = checkId('document', request.params.id);
    const document = await ctx.store.getDocument(id);
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
