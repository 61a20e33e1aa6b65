// A job's status, and cancelling it (the Stop button; also what a closed tab leads to after ORPHAN_TIMEOUT_MS).
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';
import { checkId, notFound } from '../errors.js';

export async function jobRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Params: { jobId: string } }>('/api/quiz/jobs/:jobId', async (request) => {
    const jobId = checkId('job', request.params.jobId);
    const job = await ctx.store.getJob(jobId, request.account);
    if (!job) throw notFound('job', jobId);
    return job;
  });

  app.delete<{ Params: { jobId: string } }>('/api/quiz/jobs/:jobId', async (request, reply) => {
    const jobId = checkId('job', request.params.jobId);
    const job = await ctx.store.getJob(jobId, request.account);
    if (!job) throw notFound('job', jobId);
    await ctx.hub.cancel(jobId);
    // Cancelling a finished job changes nothing and is not an error: DELETE is idempotent.
    return reply.status(200).send(await ctx.store.getJob(jobId));
  });
}
