// The database going away under a running server: a real Postgres behind a TCP proxy the test stops (a server
// restarting, a failover, a network cut) and every backend terminated (pg_terminate_backend, as a maintenance
// does). Requests get 503 `database_unavailable` with Retry-After, never a 500; an upload leaves nothing behind;
// /healthz stays up while /readyz says not ready; the pool comes back by itself; and a job running meanwhile waits
// and goes on, its client seeing every event once.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { generateQuiz } from '@quizstream/client';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CutProxy, startCutProxy } from './cut-proxy.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { coursePdf, slowGenerator, upload, uploadOk } from './fixtures.js';
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

/**
 * Generates a quiz of `documentId` with the real client (reconnecting with Last-Event-ID), noting every event's id
 * and type, and resolves once `pages` pages are done: the job is under way.
 */
async function followUntilPages(baseUrl: string, documentId: string, pages: number) {
  const seen: { id: number; type: string }[] = [];
  const stream = generateQuiz(
    documentId,
    { questionsPerPage: 1 },
    {
      baseUrl,
      maxBackoffMs: 500,
      onEvent: (event, id) => {
        if (id !== undefined) seen.push({ id, type: event.type });
      },
    },
  );
  for (let i = 0; i < 200 && seen.filter((e) => e.type === 'progress').length < pages; i++) {
    await new Promise((r) => setTimeout(r, 25));
  }
  return { seen, stream };
}

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

describe('a job running while the database is away', () => {
  it('waits for it, goes on when it is back, and its client sees every event once, in order', async () => {
    // A database of its own: the server of the tests above, sharing the other one, would take the job over once
    // its lease lapsed, without the document's file (which lives in this server's data folder).
    const own = await freshDatabase();
    const direct = new URL(own.url);
    const jobProxy = await startCutProxy(`http://${direct.hostname}:${direct.port}`);
    const through = new URL(own.url);
    through.port = String(jobProxy.port);
    // A lease shorter than the outage: it lapses meanwhile, and the instance that still runs the job keeps it.
    const generator = slowGenerator(250);
    const slow = await startTestServer(
      { DATABASE_URL: through.toString(), JOB_LEASE_MS: '1500', FOLLOW_POLL_MS: '300' },
      { generator },
    );
    try {
      const doc = await uploadOk(slow.url, await coursePdf(8));
      const { seen, stream } = await followUntilPages(slow.url, doc.id, 3);
      // Thirty seconds away, as a Cloud SQL maintenance may take: the stream stays open or comes back.
      await jobProxy.stop();
      const away = performance.now();
      await new Promise((r) => setTimeout(r, 1_000));
      expect((await fetch(`${slow.url}/readyz`)).status).toBe(503);
      expect((await fetch(`${slow.url}/healthz`)).status).toBe(200);
      const seenWhileAway = seen.length;
      await new Promise((r) => setTimeout(r, 30_000 - (performance.now() - away)));
      // Nothing new was stored meanwhile, so nothing new reached the client.
      expect(seen.length).toBe(seenWhileAway);
      await jobProxy.start();

      const result = await stream.done;
      expect(result.status).toBe('complete');
      // Every event once, in order, no gap: the ids are 1, 2, 3 ...
      expect(seen.map((e) => e.id)).toEqual(seen.map((_, i) => i + 1));
      expect(seen.some((e) => e.type === 'error')).toBe(false);
      if (result.status !== 'complete') return;
      const quiz = await json<{ questions: { id: string }[] }>(await fetch(`${slow.url}/api/quizzes/${result.quizId}`));
      expect(quiz.questions.length).toBe(result.event.totalQuestions);
      expect(result.event.stats.pages).toBe(8);
      // It went on where it was: no page was read twice (a job started again from its last stored page would).
      expect(generator.pagesPulled()).toBe(8);
    } finally {
      await slow.stop();
      await jobProxy.close();
      await own.drop();
    }
  }, 90_000);
});

describe('the database server restarts', () => {
  it('answers 503 while it is down; a job running meanwhile goes on, its client seeing every event once', async () => {
    // A Postgres server of this test's own, shut down and started again on the same data (a restart for
    // maintenance, a failover to a standby at the same address).
    const postgres = await startEmbeddedPostgres();
    const generator = slowGenerator(250);
    const restarted = await startTestServer(
      { DATABASE_URL: postgres.url, JOB_LEASE_MS: '1500', FOLLOW_POLL_MS: '300' },
      { generator },
    );
    try {
      const doc = await uploadOk(restarted.url, await coursePdf(8));
      const { seen, stream } = await followUntilPages(restarted.url, doc.id, 3);
      await postgres.shutDown();
      const down = await fetch(`${restarted.url}/api/documents`);
      expect(down.status).toBe(503);
      expect((await json(down)).error).toMatchObject({ code: 'database_unavailable' });
      expect((await fetch(`${restarted.url}/readyz`)).status).toBe(503);
      expect((await fetch(`${restarted.url}/healthz`)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 2_000));
      await postgres.startAgain();

      const result = await stream.done;
      expect(result.status).toBe('complete');
      expect(seen.map((e) => e.id)).toEqual(seen.map((_, i) => i + 1));
      expect(seen.some((e) => e.type === 'error')).toBe(false);
      expect(generator.pagesPulled()).toBe(8);
      const back = await eventually(`${restarted.url}/api/documents`);
      expect(back.status).toBe(200);
      expect(((await back.json()) as { documents: { id: string }[] }).documents.map((d) => d.id)).toEqual([doc.id]);
      expect((await eventually(`${restarted.url}/readyz`)).status).toBe(200);
    } finally {
      await restarted.stop();
      await postgres.stop();
    }
  }, 120_000);
});

describe('the embedded database stops under the server', () => {
  it('answers 503 database_unavailable, and /readyz says not ready while /healthz stays up', async () => {
    // No DATABASE_URL: PGlite in the data folder. Closed under the running server, as a crash of its own would.
    const embedded = await startTestServer();
    try {
      await uploadOk(embedded.url, await coursePdf(1));
      await embedded.ctx.store.close();
      const listed = await fetch(`${embedded.url}/api/documents`);
      expect(listed.status).toBe(503);
      expect(listed.headers.get('retry-after')).toMatch(/^\d+$/u);
      expect((await json(listed)).error).toMatchObject({ code: 'database_unavailable' });
      expect((await fetch(`${embedded.url}/readyz`)).status).toBe(503);
      expect((await fetch(`${embedded.url}/healthz`)).status).toBe(200);
    } finally {
      await embedded.stop().catch(() => {});
    }
  });
});
