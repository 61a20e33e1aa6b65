// Back-pressure for the whole instance (@fastify/under-pressure): when the event loop lags behind or memory runs
// high, API requests get 503 with Retry-After at once instead of queueing up behind the overload; health checks
// and metrics keep answering, fast, so that the platform does not restart an instance that is only busy.
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import { errorBody } from '../errors.js';

const EXEMPT_ROUTES = new Set(['/healthz', '/readyz', '/metrics']);
const RETRY_AFTER_S = 5;
/** How often under-pressure samples the event loop and memory, at least (see the sampleInterval below). */
const MIN_SAMPLE_INTERVAL_MS = 250;

export async function registerPressure(
  app: FastifyInstance,
  { maxEventLoopDelayMs, maxRssMb }: { maxEventLoopDelayMs: number; maxRssMb: number },
): Promise<void> {
  if (maxEventLoopDelayMs === 0 && maxRssMb === 0) return;
  await app.register(underPressure, {
    maxEventLoopDelay: maxEventLoopDelayMs,
    maxRssBytes: maxRssMb * 1024 * 1024,
    // under-pressure takes the mean delay of each sample interval, and a sample that saw no tick of the loop at
    // all as an infinite delay. With a sample shorter than the limit, one stall as long as the sample but far
    // short of the limit (a page rendered for OCR on a busy machine: 300 ms) refused every request for a
    // while; a sample as long as the limit makes "no tick" mean a stall of the limit itself.
    sampleInterval: Math.max(MIN_SAMPLE_INTERVAL_MS, maxEventLoopDelayMs),
    pressureHandler: (request, reply, type) => {
      if (EXEMPT_ROUTES.has(request.routeOptions.url ?? '') || !request.url.startsWith('/api/')) return undefined;
      request.log.warn({ pressure: type }, 'refused a request under pressure');
      reply.status(503).header('retry-after', String(RETRY_AFTER_S));
      const body = errorBody(
        'overloaded',
        `The server is overloaded right now; try again in ${RETRY_AFTER_S} seconds.`,
      );
      // under-pressure sends a returned value as the response (its types only admit void).
      return body as unknown as undefined;
    },
  });
}
