// Start a generation and stream it (POST), or follow an existing job (GET, works with EventSource).
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';
import { AppError, checkId, notFound } from '../errors.js';
import { startGeneration } from '../generation/start-generation.js';
import { clientKey } from '../http/rate-limit.js';
import { readLastEventId } from '../stream/event-stream.js';
import { streamJob } from '../stream/stream-job.js';

function readIdempotencyKey(value: string | string[] | undefined): string | null {
  const key = Array.isArray(value) ? value[0] : value;
  if (key === undefined) return null;
  if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new AppError(400, 'invalid_idempotency_key', 'Idempotency-Key must be 1-200 visible ASCII characters.');
  }
  return key;
}

export async function quizStreamRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const { config } = ctx;

  app.post<{ Params: { documentId: string } }>(
    '/api/quiz/generate-stream/:documentId',
    // Options are a few hundred bytes; nothing bigger is read.
    { bodyLimit: 16_384 },
    async (request, reply) => {
      const afterId = readLastEventId(request);
      const { job, place } = await startGeneration(ctx, {
        documentId: request.params.documentId,
        options: request.body,
        idempotencyKey: readIdempotencyKey(request.headers['idempotency-key']),
        account: request.account,
        holdStream: () => ctx.streams.reserve(clientKey(request), config.RATE_LIMIT_STREAMS),
      });
      streamJob(ctx, request, reply, job.id, afterId, place);
    },
  );

  app.get<{ Params: { jobId: string } }>('/api/quiz/jobs/:jobId/stream', async (request, reply) => {
    const jobId = checkId('job', request.params.jobId);
    const afterId = readLastEventId(request);
    const job = await ctx.store.getJob(jobId, request.account);
    if (!job) throw notFound('job', jobId);
    // Only the logs of jobs that ended are ever pruned.
    if (job.status !== 'running' && (await ctx.store.eventsPruned(jobId))) {
      throw new AppError(410, 'events_expired', 'This job ended long ago and its events are no longer kept.');
    }
    streamJob(ctx, request, reply, jobId, afterId, ctx.streams.reserve(clientKey(request), config.RATE_LIMIT_STREAMS));
  });
}
