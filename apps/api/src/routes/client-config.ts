// What the web app and CLI need to know about this server before they start.
import type { ClientConfig } from '@quizstream/core';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';

export async function clientConfigRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get(
    '/api/config',
    async (): Promise<ClientConfig> => ({
      generators: ctx.generators.list(),
      defaultGenerator: ctx.generators.defaultId,
      limits: { maxUploadMb: ctx.config.MAX_UPLOAD_MB, maxPages: ctx.config.MAX_PAGES },
      heartbeatMs: ctx.config.HEARTBEAT_MS,
    }),
  );
}
