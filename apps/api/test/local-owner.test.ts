// An install that ran without authentication keeps its data: after the upgrade it belongs to the local owner
// (still seen on the same local server), and once sign-in is on, LOCAL_DATA_OWNER hands it to that teacher.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '@quizstream/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { startServer } from '../src/server.js';
import { openPglite } from '../src/store/pglite.js';
import { CookieJar, signInWithJar, startIdentityProvider } from './identity-provider.js';
import { makeQuiz, PEOPLE } from './sign-in-server.js';

describe('data of an install without authentication', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('is kept by the upgrade, belongs to the local owner, and can be handed to a teacher', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'quizstream-local-'));
    dirs.push(dataDir);
    const base = { DATA_DIR: dataDir, WEB_DIR: path.join(dataDir, 'no-web'), PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0' };
    const start = (env: Record<string, string>) =>
      startServer(loadConfig({ ...base, PORT: '0', ...env }), { logger: createLogger('silent') });
    const anonymous = (url: string) => ({
      fetch: (route: string, init?: RequestInit) => fetch(`${url}${route}`, init),
    });

    let server = await start({});
    const made = await makeQuiz(anonymous(server.url), 1);
    await server.close();

    // The database as the previous release left it: rows without an owner, and no migration 5.
    const sql = await openPglite(path.join(dataDir, 'pglite'));
    for (const table of ['documents', 'jobs', 'quizzes']) await sql.query(`update ${table} set account = null`);
    await sql.query('drop table sessions');
    await sql.query('drop table token_usage');
    await sql.query('delete from schema_migrations where version = 5');
    await sql.close();

    server = await start({});
    const listed = (await (await fetch(`${server.url}/api/quizzes`)).json()) as { quizzes: { id: string }[] };
    expect(listed.quizzes.map((q) => q.id)).toEqual([made.quiz]);
    await server.close();

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const idp = await startIdentityProvider({ people: PEOPLE, redirectUris: [`${url}/auth/callback`] });
    server = await start({
      PORT: String(port),
      PUBLIC_URL: url,
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      LOCAL_DATA_OWNER: 'Alice@school.example',
    });
    try {
      const quizzesOf = async (login: string) => {
        const jar = new CookieJar();
        await signInWithJar(jar, url, login);
        const response = await fetch(`${url}/api/quizzes`, { headers: { cookie: jar.header(url) } });
        return ((await response.json()) as { quizzes: { id: string }[] }).quizzes.map((q) => q.id);
      };
      expect(await quizzesOf('alice')).toEqual([made.quiz]);
      expect(await quizzesOf('bob')).toEqual([]);
    } finally {
      await server.close();
      await idp.close();
    }
  }, 120_000);
});
