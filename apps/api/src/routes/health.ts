// Liveness (the process answers) and readiness (the store answers and the server is not shutting down).
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';

export async function healthRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/readyz', async (_request, reply) => {
    if (!ctx.hub.isAccepting) {
      return reply.status(503).send({ status: 'shutting_down' });
    }
    try {
      await ctx.store.ping();
    } catch (err) {
      _request.log.warn({ err }, 'store unreachable');
      return reply.status(503).send({ status: 'store_unreachable' });
    }
    return { status: 'ready', runningJobs: ctx.hub.runningCount, openStreams: ctx.streams.size };
  });
}
