// Back-pressure for the whole instance (@fastify/under-pressure): when the event loop lags behind or memory runs
// high, API requests get 503 with Retry-After at once instead of queueing up behind the overload; health checks
// and metrics keep answering, fast, so that the platform does not restart an instance that is only busy.
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';

const EXEMPT_ROUTES = new Set(['/healthz', '/readyz', '/metrics']);
const RETRY_AFTER_S = 5;

export async function registerPressure(
  app: FastifyInstance,
  { maxEventLoopDelayMs, maxRssMb }: { maxEventLoopDelayMs: number; maxRssMb: number },
): Promise<void> {
  if (maxEventLoopDelayMs === 0 && maxRssMb === 0) return;
  await app.register(underPressure, {
    maxEventLoopDelay: maxEventLoopDelayMs,
    maxRssBytes: maxRssMb * 1024 * 1024,
    sampleInterval: 250,
    pressureHandler: (request, reply, type) => {
      if (EXEMPT_ROUTES.has(request.routeOptions.url ?? '') || !request.url.startsWith('/api/')) return undefined;
      request.log.warn({ pressure: type }, 'refused a request under pressure');
      reply.status(503).header('retry-after', String(RETRY_AFTER_S));
      const body = {
        error: {
          code: 'overloaded',
          message: `The server is overloaded right now; try again in ${RETRY_AFTER_S} seconds.`,
        },
      };
      // under-pressure sends a returned value as the response (its types only admit void).
      return body as unknown as undefined;
    },
  });
}
