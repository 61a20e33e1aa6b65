// Liveness and readiness as a load balancer sees them.
import { describe, expect, it } from 'vitest';
import { startTestServer } from './test-server.js';

describe('health endpoints', () => {
  it('reports live and ready, and not ready once the store is gone', async () => {
    const server = await startTestServer();
    try {
      const live = await fetch(`${server.url}/healthz`);
      expect(live.status).toBe(200);
      expect(await live.json()).toEqual({ status: 'ok' });
      const ready = await fetch(`${server.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready', runningJobs: 0, openStreams: 0 });
      await server.ctx.store.close();
      const down = await fetch(`${server.url}/readyz`);
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ status: 'store_unreachable' });
    } finally {
      await server.app.close();
    }
  });

  it('is not ready while shutting down', async () => {
    const server = await startTestServer();
    await server.ctx.hub.shutdown();
    const response = await fetch(`${server.url}/readyz`);
    expect(response.status).toBe(503);
    await server.stop();
  });
});
