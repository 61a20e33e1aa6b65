// Per-client rate limits on the API: requests per window (@fastify/rate-limit) and streams open at once
// (counted in stream/open-streams.ts). A client is its account (a teacher or an API key) when the request carries
// a valid credential, otherwise its address (behind a proxy, only with TRUST_PROXY set, or every client would
// be the proxy). Static files, health checks and metrics are never limited. Counts are per instance.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';

const EXEMPT_ROUTES = new Set(['/healthz', '/readyz', '/metrics']);

/** Who a request counts for. */
export function clientKey(request: FastifyRequest): string {
  // The local owner is everyone on a server without authentication: count those by address.
  const identity = request.identity;
  return identity && identity.via !== 'local' ? `key:${identity.account}` : `ip:${request.ip}`;
}

export async function registerRateLimit(
  app: FastifyInstance,
  { max, windowMs }: { max: number; windowMs: number },
): Promise<void> {
  if (max === 0) return;
  await app.register(rateLimit, {
    max,
    timeWindow: windowMs,
    keyGenerator: clientKey,
    allowList: (request) => EXEMPT_ROUTES.has(request.routeOptions.url ?? '') || !request.url.startsWith('/api/'),
    errorResponseBuilder: (_request, context) =>
      new AppError(
        429,
        'rate_limited',
        `Too many requests: at most ${context.max} per ${Math.round(windowMs / 1000)} s from one client. Try again in ${context.after}.`,
      ),
  });
}
