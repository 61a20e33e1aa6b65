// Optional authentication for deployments that are not public: with `API_KEYS` set, every /api route except
// the client configuration and shared quizzes needs `Authorization: Bearer <key>`, and documents, jobs and
// quizzes belong to the key's name (others get 404, as if they did not exist). Off by default: the web app and
// the CLI work without it.
//
// The key is identified in an early hook (so rate limits count per key) and required in a later one (so that
// failed attempts are still rate-limited, per address). A browser EventSource cannot send headers, so the GET
// stream route also takes `?access_token=`; see docs/security.md for what that costs.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { type ApiKey, matchApiKey } from './api-keys.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The name of the API key the request came with; null when API keys are off (or none was valid). */
    account: string | null;
  }
}

/** Routes anyone may call even with API keys on. */
const PUBLIC_ROUTES = new Set(['/api/config', '/api/shared/:token']);
/** The one route that takes the key from the query string, for EventSource. */
const QUERY_TOKEN_ROUTE = '/api/quiz/jobs/:jobId/stream';
const REALM = 'Bearer realm="quizstream"';

function presentedToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header === 'string') {
    const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
    return match ? match[1] : '';
  }
  if (request.method === 'GET' && request.routeOptions.url === QUERY_TOKEN_ROUTE) {
    const token = (request.query as Record<string, unknown> | undefined)?.access_token;
    return typeof token === 'string' ? token : undefined;
  }
  return undefined;
}

function needsKey(request: FastifyRequest): boolean {
  if (request.method === 'OPTIONS') return false; // CORS preflights never carry credentials
  const path = request.url.split('?', 1)[0] ?? '';
  return path.startsWith('/api/') && !PUBLIC_ROUTES.has(request.routeOptions.url ?? '');
}

export function registerAuth(app: FastifyInstance, keys: readonly ApiKey[]): void {
  app.decorateRequest('account', null);
  if (keys.length === 0) return;

  app.addHook('onRequest', async (request) => {
    const token = presentedToken(request);
    request.account = token ? matchApiKey(keys, token) : null;
  });

  // preParsing: after every onRequest hook (rate limits included), before any body is read.
  app.addHook('preParsing', async (request, reply) => {
    if (request.account !== null || !needsKey(request)) return;
    const presented = presentedToken(request) !== undefined;
    reply.header('www-authenticate', presented ? `${REALM}, error="invalid_token"` : REALM);
    throw new AppError(
      401,
      'unauthorized',
      presented
        ? 'The API key is not valid.'
        : 'This server needs an API key: send it as "Authorization: Bearer <key>".',
    );
  });
}
