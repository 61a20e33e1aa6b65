// Finished quizzes as JSON.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';
import { checkId, notFound } from '../errors.js';

export async function quizRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Params: { id: string } }>('/api/quizzes/:id', async (request) => {
    const id = checkId('quiz', request.params.id);
    const quiz = await ctx.store.getQuiz(id, request.account);
    if (!quiz) throw notFound('quiz', id);
    return quiz;
  });
}
