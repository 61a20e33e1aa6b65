// Read-only sharing: an unguessable link to take a quiz, which the owner can revoke. A job can be shared while
// it runs, so that a class starts on the questions that exist: its link opens the generation (the questions
// stream in, GET /api/shared/:token/stream) and, once the job completed, the quiz it made, which takes the link over.
import { randomBytes } from 'node:crypto';
import type { JobInfo, Quiz, SharedGeneration } from '@quizstream/core/schemas';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';
import { AppError, checkId, notFound } from '../errors.js';
import { clientKey } from '../http/rate-limit.js';
import { readLastEventId } from '../stream/event-stream.js';
import { streamJob } from '../stream/stream-job.js';

const TOKEN = /^[A-Za-z0-9_-]{22}$/;
const makeToken = () => randomBytes(16).toString('base64url');

/** What a share token opens: a quiz, or a job shared while it ran (and the title of its document). */
export type Shared = { quiz: Quiz } | { job: JobInfo; title: string };

/** The document a share link may read (its PDF, the words of its scanned pages). */
export function sharedDocumentId(shared: Shared): string {
  return 'quiz' in shared ? shared.quiz.documentId : shared.job.documentId;
}

/** The quiz or job of a share link; 400 for a malformed token, 404 for one that does not exist or was revoked. */
export async function openShareLink(ctx: AppContext, token: string): Promise<Shared> {
  if (!TOKEN.test(token)) throw new AppError(400, 'invalid_token', 'This share link is malformed.');
  const { library } = ctx.store;
  const quiz = await library.quizByShareToken(token);
  if (quiz) return { quiz };
  const job = await library.jobByShareToken(token);
  if (job) return job;
  throw new AppError(404, 'not_found', 'This share link does not exist or was revoked.');
}

export async function quizShareRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const { library } = ctx.store;
  const { config } = ctx;

  app.post<{ Params: { id: string } }>('/api/quizzes/:id/share', async (request) => {
    const id = checkId('quiz', request.params.id);
    const token = await library.shareToken(id, makeToken, request.account);
    if (!token) throw notFound('quiz', id);
    return { token, path: `/take/${token}` };
  });

  app.delete<{ Params: { id: string } }>('/api/quizzes/:id/share', async (request, reply) => {
    const id = checkId('quiz', request.params.id);
    if (!(await library.unshare(id, request.account))) throw notFound('quiz', id);
    return reply.status(204).send();
  });

  app.post<{ Params: { jobId: string } }>('/api/quiz/jobs/:jobId/share', async (request) => {
    const jobId = checkId('job', request.params.jobId);
    const shared = await library.shareJob(jobId, makeToken, request.account);
    if (shared) return { token: shared.token, path: `/take/${shared.token}`, quizId: shared.quizId };
    const job = await ctx.store.getJob(jobId, request.account);
    if (!job) throw notFound('job', jobId);
    throw new AppError(
      409,
      'job_ended',
      `Job "${jobId}" ended (${job.status}) without a quiz: there is nothing to share.`,
    );
  });

  app.delete<{ Params: { jobId: string } }>('/api/quiz/jobs/:jobId/share', async (request, reply) => {
    const jobId = checkId('job', request.params.jobId);
    if (!(await library.unshareJob(jobId, request.account))) throw notFound('job', jobId);
    return reply.status(204).send();
  });

  app.get<{ Params: { token: string } }>('/api/shared/:token', async (request) => {
    const shared = await openShareLink(ctx, request.params.token);
    if ('quiz' in shared) return shared.quiz;
    const { job, title } = shared;
    const generation: SharedGeneration = {
      kind: 'generation',
      status: job.status,
      title,
      options: job.options.language ? { language: job.options.language } : {},
    };
    return generation;
  });

  // The questions of a shared job as they are written: the owner's stream (same events, resumable with
  // Last-Event-ID), read-only. A quiz's link has no stream: the quiz may have been edited since its job ran, and
  // the job's events would show what its owner took out.
  app.get<{ Params: { token: string } }>('/api/shared/:token/stream', async (request, reply) => {
    const afterId = readLastEventId(request);
    const shared = await openShareLink(ctx, request.params.token);
    if ('quiz' in shared) {
      throw new AppError(409, 'quiz_ready', 'This quiz is finished: open it with GET /api/shared/:token.');
    }
    const { job } = shared;
    if (job.status !== 'running' && (await ctx.store.eventsPruned(job.id))) {
      throw new AppError(410, 'events_expired', 'This generation ended long ago and its questions are no longer kept.');
    }
    streamJob(ctx, request, reply, job.id, afterId, ctx.streams.reserve(clientKey(request), config.RATE_LIMIT_STREAMS));
  });
}
