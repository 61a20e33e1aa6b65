// The built web app on the same origin as the API, with client-side routes falling back to index.html.
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';
import { errorBody } from '../errors.js';

export async function webAppRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const root = ctx.config.WEB_DIR;
  const built = existsSync(path.join(root, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, { root, wildcard: false, index: ['index.html'] });
  } else {
    // Nothing to serve, but reply.sendFile is still wanted: the source viewer's PDFs (document-file.ts).
    await app.register(fastifyStatic, { serve: false });
    ctx.logger.warn({ root }, 'web app not built; run "npm run build" to serve it');
  }

  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && !path.extname(request.url);
    if (isPage && built) return reply.type('text/html').sendFile('index.html');
    if (isPage && request.url === '/') {
      return reply.type('text/plain').send('The web app is not built yet: run "npm run build", then restart.\n');
    }
    return reply
      .status(404)
      .send(errorBody('route_not_found', `No route for ${request.method} ${request.url.split('?')[0]}.`));
  });
}
