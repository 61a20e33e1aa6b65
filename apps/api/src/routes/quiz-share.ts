// Read-only sharing: an unguessable link to take a quiz, which the owner can revoke.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';
import { AppError, checkId, notFound } from '../errors.js';

const TOKEN = /^[A-Za-z0-9_-]{22}$/;

export async function quizShareRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const { library } = ctx.store;

  app.post<{ Params: { id: string } }>('/api/quizzes/:id/share', async (request) => {
    const id = checkId('quiz', request.params.id);
    const token = await library.shareToken(id, () => randomBytes(16).toString('base64url'), request.account);
    if (!token) throw notFound('quiz', id);
    return { token, path: `/take/${token}` };
  });

  app.delete<{ Params: { id: string } }>('/api/quizzes/:id/share', async (request, reply) => {
    const id = checkId('quiz', request.params.id);
    if (!(await library.unshare(id, request.account))) throw notFound('quiz', id);
    return reply.status(204).send();
  });

  app.get<{ Params: { token: string } }>('/api/shared/:token', async (request) => {
    const { token } = request.params;
    if (!TOKEN.test(token)) throw new AppError(400, 'invalid_token', 'This share link is malformed.');
    const quiz = await library.quizByShareToken(token);
    if (!quiz) throw new AppError(404, 'not_found', 'This share link does not exist or was revoked.');
    return quiz;
  });
}
