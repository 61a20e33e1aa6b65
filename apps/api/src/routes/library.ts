// The library: past documents and quizzes, newest first, and deleting them.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';
import { checkId, notFound } from '../errors.js';

export async function libraryRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const { library } = ctx.store;

  app.get('/api/documents', async (request) => ({ documents: await library.listDocuments(request.account) }));

  app.get('/api/quizzes', async (request) => ({ quizzes: await library.listQuizzes(request.account) }));

  app.delete<{ Params: { id: string } }>('/api/documents/:id', async (request, reply) => {
    const id = checkId('document', request.params.id);
    if (!(await library.deleteDocument(id, request.account))) throw notFound('document', id);
    await ctx.files.remove(id);
    request.log.info({ documentId: id }, 'document deleted');
    return reply.status(204).send();
  });

  app.delete<{ Params: { id: string } }>('/api/quizzes/:id', async (request, reply) => {
    const id = checkId('quiz', request.params.id);
    if (!(await library.deleteQuiz(id, request.account))) throw notFound('quiz', id);
    return reply.status(204).send();
  });
}
