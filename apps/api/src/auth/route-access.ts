// Who may call each route: the one table of access rules. Every /api and /auth route must have a rule, or the
// app refuses to start (and the authorization test, which walks the routes, fails): a new route cannot be
// forgotten. Ownership itself is enforced by the store, which reads and writes only the caller's rows; a row
// of someone else is answered exactly like one that does not exist (404).
import type { FastifyInstance } from 'fastify';

/**
 * - `public`: anyone (sign-in itself, what the web app needs to know before it).
 * - `share-link`: anyone holding the link's token, which is its own secret (students need no account).
 * - `signed-in`: any teacher or API key; what it lists or makes is its own.
 * - `owner`: a teacher or key, and only for what it owns (another one gets 404).
 * - `live-host`: a live session's owner, or the bearer of its host token (a projector not signed in); anyone
 *   else gets 404.
 * - `live-player`: the bearer of a participant's token, got by joining with the session's code (no account).
 */
export type Access = 'public' | 'share-link' | 'signed-in' | 'owner' | 'live-host' | 'live-player';

export const ROUTE_ACCESS: Readonly<Record<string, Access>> = {
  'GET /api/openapi.json': 'public',
  'GET /api/config': 'public',
  'GET /api/me': 'signed-in',
  'GET /auth/login': 'public',
  'GET /auth/callback': 'public',
  'POST /auth/logout': 'public',
  'GET /api/shared/:token': 'share-link',
  'GET /api/shared/:token/file': 'share-link',
  'GET /api/shared/:token/stream': 'share-link',
  'GET /api/shared/:token/pages/:page/words': 'share-link',
  'GET /api/documents': 'signed-in',
  'POST /api/documents': 'signed-in',
  'GET /api/quizzes': 'signed-in',
  'GET /api/documents/:id': 'owner',
  'DELETE /api/documents/:id': 'owner',
  'GET /api/documents/:id/pages/:page': 'owner',
  'GET /api/documents/:id/file': 'owner',
  'GET /api/documents/:id/pages/:page/words': 'owner',
  'POST /api/quiz/generate-stream/:documentId': 'owner',
  'GET /api/quiz/jobs/:jobId': 'owner',
  'DELETE /api/quiz/jobs/:jobId': 'owner',
  'GET /api/quiz/jobs/:jobId/stream': 'owner',
  'POST /api/quiz/jobs/:jobId/share': 'owner',
  'DELETE /api/quiz/jobs/:jobId/share': 'owner',
  'GET /api/quizzes/:id': 'owner',
  'PATCH /api/quizzes/:id': 'owner',
  'DELETE /api/quizzes/:id': 'owner',
  'PUT /api/quizzes/:id/questions/:qid': 'owner',
  'DELETE /api/quizzes/:id/questions/:qid': 'owner',
  'POST /api/quizzes/:id/questions': 'owner',
  'PUT /api/quizzes/:id/order': 'owner',
  'POST /api/quizzes/:id/questions/:qid/regenerate': 'owner',
  'GET /api/quizzes/:id/export': 'owner',
  'GET /api/quizzes/:id/print.pdf': 'owner',
  'POST /api/quizzes/:id/share': 'owner',
  'DELETE /api/quizzes/:id/share': 'owner',
  'POST /api/live': 'signed-in',
  'GET /api/live': 'signed-in',
  'GET /api/live/:id': 'live-host',
  'POST /api/live/:id/control': 'live-host',
  'GET /api/live/:id/stream': 'live-host',
  'GET /api/live/:id/results': 'live-host',
  'DELETE /api/live/:id/participants/:participantId': 'live-host',
  'GET /api/join/:code': 'public',
  'POST /api/join': 'public',
  'GET /api/play': 'live-player',
  'GET /api/play/stream': 'live-player',
  'POST /api/play/answers': 'live-player',
};

/** The API reference page (openapi/openapi-routes.ts). */
const API_DOCS = '/api/docs';

/** Routes under these prefixes carry people's data or sign them in, so each needs a rule. */
export const GUARDED_PREFIXES = ['/api/', '/auth/'];

const isGuarded = (url: string) => GUARDED_PREFIXES.some((prefix) => url.startsWith(prefix));

/** The rule of a route; HEAD follows its GET, CORS preflights need none. Undefined: no such route. */
export function accessOf(method: string, url: string | undefined): Access | undefined {
  if (url === undefined) return undefined;
  if (method === 'OPTIONS') return 'public';
  if (!isGuarded(url)) return 'public';
  // The API reference page and its files (Swagger UI) describe the API and hold no one's data.
  if (url === API_DOCS || url.startsWith(`${API_DOCS}/`)) return 'public';
  return ROUTE_ACCESS[`${method === 'HEAD' ? 'GET' : method} ${url}`];
}

/** Refuses to register a guarded route without a rule; records every route for the authorization test. */
export function enforceRouteRules(app: FastifyInstance, routes: { method: string; url: string }[] = []): void {
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD' || method === 'OPTIONS') continue;
      if (isGuarded(route.url) && accessOf(method, route.url) === undefined) {
        throw new Error(`${method} ${route.url} has no access rule: add one to ROUTE_ACCESS (auth/route-access.ts)`);
      }
      routes.push({ method, url: route.url });
    }
  });
}
