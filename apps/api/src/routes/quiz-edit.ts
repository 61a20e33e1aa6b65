// Editing a finished quiz over HTTP: each route reads its parameters and body and hands them to the quiz edits
// (generation/quiz-edits.ts), which validate, check and save.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';
import { QuizEdits } from '../generation/quiz-edits.js';

export async function quizEditRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const edits = new QuizEdits(ctx);

  app.patch<{ Params: { id: string } }>('/api/quizzes/:id', async (request) =>
    edits.patch(request.account, request.params.id, request.body),
  );

  app.put<{ Params: { id: string; qid: string } }>('/api/quizzes/:id/questions/:qid', async (request) =>
    edits.replaceQuestion(request.account, request.params.id, request.params.qid, request.body),
  );

  app.delete<{ Params: { id: string; qid: string } }>('/api/quizzes/:id/questions/:qid', async (request) =>
    edits.deleteQuestion(request.account, request.params.id, request.params.qid),
  );

  app.post<{ Params: { id: string } }>('/api/quizzes/:id/questions', async (request, reply) =>
    reply.status(201).send(await edits.addQuestion(request.account, request.params.id, request.body)),
  );

  app.put<{ Params: { id: string } }>('/api/quizzes/:id/order', async (request) =>
    edits.reorder(request.account, request.params.id, request.body),
  );

  app.post<{ Params: { id: string; qid: string } }>('/api/quizzes/:id/questions/:qid/regenerate', async (request) =>
    edits.regenerate(request.account, request.params.id, request.params.qid),
  );
}
