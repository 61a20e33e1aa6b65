// What the web app and CLI need to know about this server before they start, and who the caller is.
import type { ClientConfig, Me } from '@quizstream/core';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';
import { signInMode } from '../auth/auth-mode.js';
import { AppError } from '../errors.js';

export async function clientConfigRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get(
    '/api/config',
    async (): Promise<ClientConfig> => ({
      generators: ctx.generators.list(),
      defaultGenerator: ctx.generators.defaultId,
      limits: { maxUploadMb: ctx.config.MAX_UPLOAD_MB, maxPages: ctx.config.MAX_PAGES },
      heartbeatMs: ctx.config.HEARTBEAT_MS,
      auth: { signIn: signInMode(ctx.config), loginPath: '/auth/login' },
    }),
  );

  app.get('/api/me', async (request): Promise<Me> => {
    const identity = request.identity;
    if (!identity) throw new AppError(401, 'unauthenticated', 'Sign in first.');
    return { via: identity.via, name: identity.name, email: identity.email };
  });
}
