// The uploaded PDF itself, for the source viewer: GET /api/documents/:id/file to whoever may see the document
// (its owner, under the same ownership rules as GET /api/documents/:id), and GET /api/shared/:token/file to
// whoever holds a share link: the PDF of that quiz's (or shared job's) document, never another. Served inline by
// @fastify/static (reply.sendFile), so pdf.js can read it in ranges (Accept-Ranges, 206 Partial Content) and
// revalidate it (ETag).
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../app-context.js';
import { checkId, notFound } from '../errors.js';
import { openShareLink, sharedDocumentId } from './quiz-share.js';

export async function documentFileRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Params: { id: string } }>('/api/documents/:id/file', async (request, reply) => {
    const id = checkId('document', request.params.id);
    const document = await ctx.store.getDocument(id, request.account);
    if (!document) throw notFound('document', id);
    return sendPdf(reply, ctx, id);
  });

  app.get<{ Params: { token: string } }>('/api/shared/:token/file', async (request, reply) => {
    const shared = await openShareLink(ctx, request.params.token);
    return sendPdf(reply, ctx, sharedDocumentId(shared));
  });
}

async function sendPdf(reply: FastifyReply, ctx: AppContext, id: string): Promise<FastifyReply> {
  // The document may have been deleted from the library while a quiz made from it lives on.
  if (!(await ctx.files.has(id))) throw notFound('document', id);
  const { root, file } = ctx.files.location(id);
  reply
    .header('Content-Disposition', 'inline; filename="document.pdf"')
    .header('X-Content-Type-Options', 'nosniff')
    .header('Cache-Control', 'private, no-cache');
  return reply.sendFile(file, root, { cacheControl: false });
}
