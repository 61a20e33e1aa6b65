// Start a generation and stream it (POST), or follow an existing job (GET, works with EventSource).
import { GenerateOptions } from '@quizstream/core';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';
import { AppError, checkId, notFound } from '../errors.js';
import { newId } from '../ids.js';
import { readLastEventId, streamJob } from '../stream/stream-job.js';

function readIdempotencyKey(value: string | string[] | undefined): string | null {
  const key = Array.isArray(value) ? value[0] : value;
  if (key === undefined) return null;
  if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new AppError(400, 'invalid_idempotency_key', 'Idempotency-Key must be 1-200 visible ASCII characters.');
  }
  return key;
}

export async function quizStreamRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.post<{ Params: { documentId: string } }>('/api/quiz/generate-stream/:documentId', async (request, reply) => {
    const documentId = checkId('document', request.params.documentId);
    const afterId = readLastEventId(request);
    const idempotencyKey = readIdempotencyKey(request.headers['idempotency-key']);
    const parsed = GenerateOptions.safeParse(request.body ?? {});
    if (!parsed.success) {
      const details = parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message }));
      const summary = details.map((d) => `${d.field}: ${d.message}`).join('; ');
      throw new AppError(400, 'invalid_options', `Invalid options: ${summary}`, details);
    }
    ctx.generators.for(parsed.data);
    const document = await ctx.store.getDocument(documentId);
    if (!document) throw notFound('document', documentId);
    if (!ctx.hub.isAccepting) {
      throw new AppError(503, 'shutting_down', 'The server is restarting; try again in a few seconds.');
    }
    const { job, created } = await ctx.store.createJob({
      id: newId('job'),
      documentId,
      options: parsed.data,
      idempotencyKey,
      owner: ctx.hub.instanceId,
      leaseMs: ctx.config.JOB_LEASE_MS,
    });
    if (job.documentId !== documentId) {
      throw new AppError(409, 'idempotency_key_reused', 'This Idempotency-Key was already used for another document.');
    }
    if (created) ctx.hub.run(job, document, await ctx.files.read(documentId));
    await streamJob(ctx, request, reply, job.id, afterId);
  });

  app.get<{ Params: { jobId: string } }>('/api/quiz/jobs/:jobId/stream', async (request, reply) => {
    const jobId = checkId('job', request.params.jobId);
    const afterId = readLastEventId(request);
    const job = await ctx.store.getJob(jobId);
    if (!job) throw notFound('job', jobId);
    if (await ctx.store.eventsPruned(jobId)) {
      throw new AppError(410, 'events_expired', 'This job ended long ago and its events are no longer kept.');
    }
    await streamJob(ctx, request, reply, jobId, afterId);
  });
}
