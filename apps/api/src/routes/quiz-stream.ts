// Start a generation and stream it (POST), or follow an existing job (GET, works with EventSource).
import { GenerateOptions } from '@quizstream/core';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';
import { AppError, checkId, notFound } from '../errors.js';
import { clientKey } from '../http/rate-limit.js';
import { newId } from '../ids.js';
import { refuseOverBudget } from '../jobs/daily-token-budget.js';
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
      const documentId = checkId('document', request.params.documentId);
      const afterId = readLastEventId(request);
      const givenKey = readIdempotencyKey(request.headers['idempotency-key']);
      // With API keys, each key has idempotency keys of its own: nobody joins another key's job by guessing one.
      const idempotencyKey = givenKey !== null && request.account ? `${request.account}/${givenKey}` : givenKey;
      // No body means the defaults; a body must be an object (JSON null is not one).
      const parsed = GenerateOptions.safeParse(request.body === undefined ? {} : request.body);
      if (!parsed.success) {
        throw invalidOptions(
          parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message })),
        );
      }
      ctx.generators.for(parsed.data);
      const document = await ctx.store.getDocument(documentId, request.account);
      if (!document) throw notFound('document', documentId);
      for (const field of ['pageFrom', 'pageTo'] as const) {
        const page = parsed.data[field];
        if (page !== undefined && page > document.pages) {
          throw invalidOptions([
            {
              field,
              message: `the document has ${document.pages} pages, so ${field} must be at most ${document.pages}`,
            },
          ]);
        }
      }
      if (!ctx.hub.isAccepting) {
        throw new AppError(503, 'shutting_down', 'The server is restarting; try again in a few seconds.');
      }
      const place = ctx.streams.reserve(clientKey(request), config.RATE_LIMIT_STREAMS);
      let streaming = false;
      try {
        if (ctx.hub.runningCount >= config.MAX_CONCURRENT_JOBS) {
          // A retried POST still joins its job; only a new job waits for room.
          const existing = idempotencyKey === null ? null : await ctx.store.findJobByIdempotencyKey(idempotencyKey);
          if (!existing) {
            throw new AppError(
              503,
              'overloaded',
              `This server is running as many quiz generations as it can (${config.MAX_CONCURRENT_JOBS}); try again in a few seconds.`,
            );
          }
        }
        // A retried POST joins its job; only a new job is weighed against the owner's daily LLM budget.
        const joins = idempotencyKey !== null && config.LLM_DAILY_TOKEN_BUDGET > 0;
        if (!joins || !(await ctx.store.findJobByIdempotencyKey(idempotencyKey))) {
          await refuseOverBudget(ctx, request.account, parsed.data, reply);
        }
        const { job, created } = await ctx.store.createJob({
          id: newId('job'),
          documentId,
          options: parsed.data,
          idempotencyKey,
          owner: ctx.hub.instanceId,
          leaseMs: config.JOB_LEASE_MS,
          account: request.account,
        });
        if (job.documentId !== documentId) {
          throw new AppError(
            409,
            'idempotency_key_reused',
            'This Idempotency-Key was already used for another document.',
          );
        }
        if (created) ctx.hub.run(job, document, await ctx.files.read(documentId));
        // From here the stream holds the client's place until it ends.
        streamJob(ctx, request, reply, job.id, afterId, place);
        streaming = true;
      } finally {
        if (!streaming) place.release();
      }
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

function invalidOptions(details: { field: string; message: string }[]): AppError {
  const summary = details.map((d) => `${d.field}: ${d.message}`).join('; ');
  return new AppError(400, 'invalid_options', `Invalid options: ${summary}`, details);
}
