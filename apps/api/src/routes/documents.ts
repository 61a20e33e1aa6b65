// Uploading a PDF (multipart, field "file") and reading one document's record. The checks and the keeping are
// the upload use case's (documents/document-uploads.ts).
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';
import { DocumentUploads } from '../documents/document-uploads.js';
import { AppError, checkId, notFound } from '../errors.js';

export async function documentRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const uploads = new DocumentUploads(ctx);

  app.post('/api/documents', async (request, reply) => {
    if (!request.isMultipart()) {
      throw new AppError(415, 'not_multipart', 'Send the PDF as multipart/form-data in a field named "file".');
    }
    // Refused before its bytes are read when the server is checking as many uploads as it may.
    uploads.refuseWhenBusy();
    const part = await request.file();
    if (!part) throw new AppError(400, 'missing_file', 'No file was sent; put the PDF in a field named "file".');
    const document = await uploads.add({ file: part.file, filename: part.filename }, request.account, request.log);
    return reply.status(201).send(document);
  });

  app.get<{ Params: { id: string } }>('/api/documents/:id', async (request) => {
    const id = checkId('document', request.params.id);
    const document = await ctx.store.getDocument(id, request.account);
    if (!document) throw notFound('document', id);
    return document;
  });
}
