// CORS from an exact-origin allow-list. The same-origin web app needs none. A cross-origin request from an
// origin not on the list is refused outright (403), not merely left without headers: otherwise the server
// would still start work for a page the browser then forbids to read the answer.
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';

/** Headers a cross-origin client may read: the job's id, the request's, when to retry, scripts a printed PDF lacks. */
export const EXPOSED_HEADERS = ['X-Job-Id', 'X-Request-Id', 'Retry-After', 'X-Missing-Font-Scripts'];
const ALLOWED_HEADERS = ['Content-Type', 'Authorization', 'Last-Event-ID', 'Idempotency-Key', 'Cache-Control'];

export function isSameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function registerCors(app: FastifyInstance, allowList: string[]): Promise<void> {
  const any = allowList.includes('*');
  const allowed = new Set(allowList.filter((o) => o !== '*').map((o) => o.replace(/\/$/, '')));
  const permits = (origin: string | undefined, host: string | undefined) =>
    !origin || any || allowed.has(origin) || isSameOrigin(origin, host);

  app.addHook('onRequest', async (request) => {
    const origin = request.headers.origin;
    if (!permits(origin, request.headers.host)) {
      throw new AppError(
        403,
        'origin_not_allowed',
        `Requests from origin ${origin} are not allowed (see CORS_ORIGINS).`,
      );
    }
  });

  await app.register(cors, {
    // '*' is only ever sent when configured, and then never together with credentials.
    origin: any ? '*' : (origin, cb) => cb(null, origin !== undefined && allowed.has(origin)),
    credentials: !any,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 600,
    strictPreflight: true,
  });
}
