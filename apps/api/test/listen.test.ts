// The real entry point: loopback by default, saying so at start-up, and refusing to start in production on the
// network without authentication.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ServerProcess, spawnServer } from './server-process.js';

describe('who can reach a server started as documented', () => {
  const dirs: string[] = [];
  const servers: ServerProcess[] = [];
  afterAll(async () => {
    for (const server of servers) if (server.child.exitCode === null) server.child.kill('SIGKILL');
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });
  const start = async (env: Record<string, string>) => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'quizstream-listen-'));
    dirs.push(dataDir);
    const server = spawnServer({ PORT: '0', DATA_DIR: dataDir, ...env });
    servers.push(server);
    return server;
  };

  it('listens on loopback only when nothing is configured, and says so', async () => {
    const server = await start({});
    const url = await server.ready();
    expect(new URL(url).hostname).toBe('127.0.0.1');
    await expect.poll(() => server.out(), { timeout: 10_000 }).toContain('only this computer can reach it');
    const me = await fetch(`${url}/api/me`);
    expect(await me.json()).toEqual({ via: 'local', name: 'Local', email: null });
    server.child.kill('SIGTERM');
    expect(await server.exited()).toBe(0);
  }, 90_000);

  it('refuses to start with NODE_ENV=production on every interface and no authentication', async () => {
    const server = await start({
      NODE_ENV: 'production',
      HOST: '0.0.0.0',
      ALLOW_UNAUTHENTICATED_NETWORK_ACCESS: 'true',
    });
    expect(await server.exited()).not.toBe(0);
    expect(server.err()).toContain('in production set OIDC_ISSUER, IAP_AUDIENCE or API_KEYS');
    expect(server.out()).not.toContain('listening');
  }, 90_000);
});
