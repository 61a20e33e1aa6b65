// The database going away under a running server: a real Postgres behind a TCP proxy the test stops (a server
// restarting, a failover, a network cut) and every backend terminated (pg_terminate_backend, as a maintenance
// does). Requests get 503 `database_unavailable` with Retry-After, never a 500; an upload leaves nothing behind;
// /healthz stays up while /readyz says not ready; and the pool comes back by itself.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CutProxy, startCutProxy } from './cut-proxy.js';
import { coursePdf, upload, uploadOk } from './fixtures.js';
import { json } from './live-client.js';
import { freshDatabase } from './postgres.js';
import { startTestServer, type TestServer } from './test-server.js';

let db: { url: string; drop(): Promise<void> };
let proxy: CutProxy;
let server: TestServer;

beforeAll(async () => {
  db = await freshDatabase();
  const direct = new URL(db.url);
  proxy = await startCutProxy(`http://${direct.hostname}:${direct.port}`);
  const through = new URL(db.url);
  through.port = String(proxy.port);
  server = await startTestServer({ DATABASE_URL: through.toString() });
});
afterAll(async () => {
  await server?.stop();
  await proxy?.close();
  await db?.drop();
});

/** Asks until the answer is not 503 (the pool reconnecting), at most `tries` times. */
async function eventually(url: string, tries = 20): Promise<Response> {
  let response = await fetch(url);
  for (let i = 1; i < tries && response.status === 503; i++) {
    await response.arrayBuffer();
    await new Promise((r) => setTimeout(r, 250));
    response = await fetch(url);
  }
  return response;
}

describe('the database goes away', () => {
  it('answers 503 database_unavailable while it is away, keeps /healthz up, and comes back by itself', async () => {
    const pdf = await coursePdf(2);
    const before = await uploadOk(server.url, pdf);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);

    await proxy.stop();
    const listed = await fetch(`${server.url}/api/documents`);
    expect(listed.status).toBe(503);
    expect(listed.headers.get('retry-after')).toMatch(/^\d+$/u);
    expect((await json(listed)).error).toMatchObject({ code: 'database_unavailable' });
    const one = await fetch(`${server.url}/api/documents/${before.id}`);
    expect(one.status).toBe(503);
    await one.arrayBuffer();
    // An upload while it is away: refused, and no file is left without its row.
    const refused = await upload(server.url, pdf);
    expect(refused.status).toBe(503);
    expect((await json(refused)).error).toMatchObject({ code: 'database_unavailable' });
    const files = await readdir(path.join(server.config.DATA_DIR, 'documents'));
    expect(files).toEqual([`${before.id}.pdf`]);
    // The process is alive; it is not ready.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(503);

    await proxy.start();
    const back = await eventually(`${server.url}/api/documents`);
    expect(back.status).toBe(200);
    expect(((await back.json()) as { documents: { id: string }[] }).documents.map((d) => d.id)).toEqual([before.id]);
    expect((await eventually(`${server.url}/readyz`)).status).toBe(200);
    // And writes work again.
    await uploadOk(server.url, pdf);
  });

  it('goes on after every connection to the database is terminated', async () => {
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    try {
      const { rows } = await admin.query(
        'select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
      );
      expect(rows[0].n).toBeGreaterThan(0);
    } finally {
      await admin.end();
    }
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await eventually(`${server.url}/api/documents`);
      statuses.push(response.status);
      await response.arrayBuffer();
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
  });
});
