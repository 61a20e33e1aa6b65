// Builds the Fastify application from its context: plugins, routes, error handling. No I/O of its own.
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { AppContext } from './app-context.js';
import { signInMode } from './auth/auth-mode.js';
import { oidcRoutes } from './auth/oidc-routes.js';
import { enforceRouteRules } from './auth/route-access.js';
import { registerAuth } from './http/auth.js';
import { registerCors } from './http/cors.js';
import { clientErrorHandler, frameworkErrors, installErrorHandler } from './http/error-handler.js';
import { registerPressure } from './http/pressure.js';
import { registerRateLimit } from './http/rate-limit.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { describeRoutes, openApiRoutes } from './openapi/openapi-routes.js';
import { clientConfigRoutes } from './routes/client-config.js';
import { documentFileRoutes } from './routes/document-file.js';
import { documentPageRoutes } from './routes/document-pages.js';
import { documentRoutes } from './routes/documents.js';
import { healthRoutes } from './routes/health.js';
import { jobRoutes } from './routes/jobs.js';
import { libraryRoutes } from './routes/library.js';
import { liveRoutes } from './routes/live.js';
import { metricsRoutes } from './routes/metrics.js';
import { pageWordsRoutes } from './routes/page-words.js';
import { quizEditRoutes } from './routes/quiz-edit.js';
import { quizExportRoutes } from './routes/quiz-export.js';
import { quizPrintRoutes } from './routes/quiz-print.js';
import { quizShareRoutes } from './routes/quiz-share.js';
import { quizStreamRoutes } from './routes/quiz-stream.js';
import { quizRoutes } from './routes/quizzes.js';
import { webAppRoutes } from './routes/web-app.js';

export async function buildApp(
  ctx: AppContext,
  /** Filled with every route registered, for the authorization test. */
  routes: { method: string; url: string }[] = [],
): Promise<FastifyInstance> {
  const { config } = ctx;
  const app = Fastify({
    loggerInstance: ctx.logger as FastifyBaseLogger,
    // Time allowed to *receive* a request; a response stream is not limited by it.
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    keepAliveTimeout: config.KEEP_ALIVE_TIMEOUT_MS,
    connectionTimeout: config.CONNECTION_TIMEOUT_MS,
    bodyLimit: 1_048_576,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : crypto.randomUUID();
    },
    // Long ids reach the route and get a clear 400 instead of a bare 414.
    routerOptions: { maxParamLength: 2_000 },
    // Which X-Forwarded-For hops to believe for the client address (rate limits, logs); none by default.
    trustProxy: trustedHops(config.TRUST_PROXY),
    // Errors met before routing, or before a request is even parsed, answer in the same JSON shape.
    frameworkErrors,
    clientErrorHandler,
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  installErrorHandler(app, config.MAX_UPLOAD_MB);
  enforceRouteRules(app, routes);
  const described = describeRoutes(app);
  // Hook order matters: overload before any work, origin, key, then rate limits (per key or address); a missing
  // key is refused after the rate limit has counted it (docs/security.md). Security headers go on every answer as
  // it goes out.
  registerSecurityHeaders(app, ctx.securityHeaders);
  await registerPressure(app, {
    maxEventLoopDelayMs: config.PRESSURE_MAX_EVENT_LOOP_DELAY_MS,
    maxRssMb: config.PRESSURE_MAX_RSS_MB,
  });
  await registerCors(app, config.CORS_ORIGINS);
  await app.register(cookie);
  registerAuth(app, { config, sessions: ctx.store.sessions, iap: ctx.iap });
  await registerRateLimit(app, { max: config.RATE_LIMIT_MAX, windowMs: config.RATE_LIMIT_WINDOW_MS });
  await app.register(multipart, {
    limits: {
      fileSize: Math.round(config.MAX_UPLOAD_MB * 1024 * 1024),
      files: 1,
      fields: 10,
      parts: 20,
      fieldNameSize: 100,
      fieldSize: 4_096,
      headerPairs: 100,
    },
  });
  await healthRoutes(app, ctx);
  await metricsRoutes(app, ctx);
  await clientConfigRoutes(app, ctx);
  if (signInMode(config) === 'oidc') await oidcRoutes(app, ctx);
  await documentRoutes(app, ctx);
  await documentPageRoutes(app, ctx);
  await documentFileRoutes(app, ctx);
  await pageWordsRoutes(app, ctx);
  await quizStreamRoutes(app, ctx);
  await jobRoutes(app, ctx);
  await quizRoutes(app, ctx);
  await libraryRoutes(app, ctx);
  await quizEditRoutes(app, ctx);
  await quizExportRoutes(app, ctx);
  await quizPrintRoutes(app, ctx);
  await quizShareRoutes(app, ctx);
  await liveRoutes(app, ctx);
  await openApiRoutes(app, ctx, described);
  await webAppRoutes(app, ctx);
  return app;
}

/** A hop count as the function proxy-addr takes (the nth address from the socket and those before it). */
function trustedHops(
  setting: boolean | number | string[],
): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof setting === 'number' ? (_address, hop) => hop < setting : setting;
}
