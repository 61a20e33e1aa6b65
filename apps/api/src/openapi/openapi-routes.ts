// GET /api/openapi.json (OpenAPI 3.1, from the operations table) and the API reference at /api/docs (Swagger UI,
// served from the package, no CDN). Every route the server registers under /api/, /auth/ and the operator's
// routes must be described, or the server refuses to start: the description cannot drift from the routes.
import { createRequire } from 'node:module';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';
import { signInMode } from '../auth/auth-mode.js';
import { accessOf } from '../auth/route-access.js';
import { sessionCookieName } from '../auth/session-cookie.js';
import { type DescribedRoute, openApiDocument } from './openapi-document.js';
import { OPERATIONS } from './operations.js';

export const OPENAPI_PATH = '/api/openapi.json';
export const DOCS_PREFIX = '/api/docs';

const DESCRIBED_PREFIXES = ['/api/', '/auth/'];
const OPERATOR_ROUTES = new Set(['/healthz', '/readyz', '/metrics']);

/** Routes the description is about: the API's and the operator's, not the reference page's own files. */
export function isDescribed(url: string): boolean {
  if (url === DOCS_PREFIX || url.startsWith(`${DOCS_PREFIX}/`)) return false;
  return OPERATOR_ROUTES.has(url) || DESCRIBED_PREFIXES.some((prefix) => url.startsWith(prefix));
}

/**
 * Collects every route as it is registered, refusing one that has no operation in the table. Call before any
 * route is registered; the list fills as they are.
 */
export function describeRoutes(app: FastifyInstance): DescribedRoute[] {
  const described: DescribedRoute[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD' || method === 'OPTIONS' || !isDescribed(route.url)) continue;
      const operation = OPERATIONS[`${method} ${route.url}`];
      if (!operation) {
        throw new Error(`${method} ${route.url} is not described: add it to OPERATIONS (openapi/operations.ts)`);
      }
      described.push({ method, url: route.url, operation, access: accessOf(method, route.url) ?? 'public' });
    }
  });
  return described;
}

/** The description's route and the reference page; register after every other API route. */
export async function openApiRoutes(app: FastifyInstance, ctx: AppContext, described: DescribedRoute[]) {
  const version = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
  let document: Record<string, unknown> | undefined;
  // Built once, at the first request: every route is registered by then.
  const current = () => {
    document ??= openApiDocument(described, {
      version,
      signIn: signInMode(ctx.config),
      sessionCookie: sessionCookieName(ctx.config),
    });
    return document;
  };
  app.get(OPENAPI_PATH, async () => current());
  // Swagger UI reads the description from its own /json route, which @fastify/swagger (in static mode, with a
  // placeholder) backs; it is given this one instead.
  await app.register(fastifySwagger, {
    mode: 'static',
    specification: { document: { openapi: '3.1.0', info: { title: 'quizstream API', version }, paths: {} } },
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: DOCS_PREFIX,
    transformSpecification: () => current(),
    transformSpecificationClone: false,
    uiConfig: { deepLinking: true, validatorUrl: null, defaultModelsExpandDepth: 0 },
    theme: { title: 'quizstream API' },
  });
}
