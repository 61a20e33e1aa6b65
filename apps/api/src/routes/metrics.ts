// GET /metrics in the Prometheus text format; behind a bearer token when METRICS_TOKEN is set.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';
import { AppError } from '../errors.js';

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function metricsRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get('/metrics', async (request, reply) => {
    const token = ctx.config.METRICS_TOKEN;
    if (token) {
      const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
      if (!sameToken(given, token)) {
        reply.header('www-authenticate', 'Bearer');
        throw new AppError(401, 'unauthorized', 'Send the metrics token as "Authorization: Bearer <token>".');
      }
    }
    return reply.type(ctx.metrics.registry.contentType).send(await ctx.metrics.registry.metrics());
  });
}
