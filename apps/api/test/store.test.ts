// The store on both engines it runs on (embedded PGlite and a real Postgres server): migrations, leases,
// fencing, takeover, notifications and retention behave the same.
import type { DurableEvent, GenerateOptions } from '@quizstream/core';
import { GenerateOptions as Options } from '@quizstream/core';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { LeaseLostError, Store } from '../src/store/store.js';
import { freshDatabase } from './postgres.js';

const options: GenerateOptions = Options.parse({});
const warning = (n: number): DurableEvent => ({ type: 'warning', code: 'w', message: `event ${n}` });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Engine = 'pglite' | 'postgres';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function openStore(engine: Engine): Promise<Store> {
  if (engine === 'pglite') {
    const store = await Store.open({});
    cleanups.push(() => store.close());
    return store;
  }
  const db = await freshDatabase();
  const store = await Store.open({ databaseUrl: db.url });
  cleanups.push(db.drop, () => store.close());
  return store;
}

async function newJob(store: Store, id: string, owner: string, leaseMs = 60_000, key: string | null = null) {
  const docId = `doc_${id}`;
  if (!(await store.getDocument(docId))) {
    await store.insertDocument({
      id: docId,
      filename: 'a.pdf',
      pages: 3,
      size: 1,
      sha256: 'x',
      title: null,
      createdAt: new Date().toISOString(),
    });
  }
  return store.createJob({ id, documentId: docId, options, idempotencyKey: key, owner, leaseMs });
}

describe.each<Engine>(['pglite', 'postgres'])('the store on %s', (engine) => {
  it('creates a job once per idempotency key', async () => {
    const store = await openStore(engine);
    const a = await newJob(store, 'job_a', 'i1', 60_000, 'key-1');
    const b = await store.createJob({
      id: 'job_b',
      documentId: 'doc_job_a',
      options,
      idempotencyKey: 'key-1',
      owner: 'i2',
      leaseMs: 60_000,
    });
    expect(a.created).toBe(true);
    expect(b.created).toBe(false);
    expect(b.job.id).toBe('job_a');
  });

  it('lets only the lease holder write, and hands an expired job to exactly one claimer', async () => {
    const store = await openStore(engine);
    await newJob(store, 'job_1', 'i1', 150);
    await store.appendEvent('job_1', 1, warning(1), 'i1');
    await expect(store.appendEvent('job_1', 2, warning(2), 'i2')).rejects.toBeInstanceOf(LeaseLostError);
    expect(await store.claimExpiredJob('i2', 60_000)).toBeNull();
    await sleep(250);
    const [x, y] = await Promise.all([store.claimExpiredJob('i2', 60_000), store.claimExpiredJob('i3', 60_000)]);
    const claims = [x, y].filter(Boolean);
    expect(claims).toHaveLength(1);
    const newOwner = x ? 'i2' : 'i3';
    expect(claims[0]?.job).toMatchObject({ id: 'job_1', lastEventId: 1 });
    // The old owner is fenced off, even for its terminal event.
    await expect(store.appendEvent('job_1', 2, warning(2), 'i1')).rejects.toBeInstanceOf(LeaseLostError);
    await expect(
      store.finishJob('job_1', 'i1', { status: 'completed' }, { seq: 2, event: warning(2) }),
    ).rejects.toBeInstanceOf(LeaseLostError);
    expect((await store.renewLeases('i1', ['job_1'], 60_000)).size).toBe(0);
    expect((await store.renewLeases(newOwner, ['job_1'], 60_000)).get('job_1')).toEqual({ cancel: false });
    await store.appendEvent('job_1', 2, warning(2), newOwner);
    expect((await store.readEvents('job_1', 0)).map((e) => e.id)).toEqual([1, 2]);
  });

  it('makes released jobs claimable at once and passes on cancel requests', async () => {
    const store = await openStore(engine);
    await newJob(store, 'job_r', 'i1');
    expect(await store.claimExpiredJob('i2', 60_000)).toBeNull();
    await store.requestCancel('job_r');
    expect((await store.renewLeases('i1', ['job_r'], 60_000)).get('job_r')).toEqual({ cancel: true });
    expect(await store.releaseLeases('i1')).toBe(1);
    expect(await store.claimExpiredJob('i2', 60_000)).toMatchObject({ job: { id: 'job_r' }, cancelRequested: true });
  });

  it('ends an ownerless job without a sequence of its own, numbering its last event after the log', async () => {
    const store = await openStore(engine);
    await newJob(store, 'job_o', 'i1', 100);
    await store.appendEvent('job_o', 1, warning(1), 'i1');
    await sleep(200);
    const seq = await store.finishJob(
      'job_o',
      null,
      { status: 'cancelled' },
      { event: { type: 'error', code: 'cancelled', message: 'x', retryable: false } },
    );
    expect(seq).toBe(2);
    expect((await store.getJob('job_o'))?.status).toBe('cancelled');
  });

  it('notifies listeners of every stored event', async () => {
    const store = await openStore(engine);
    const payloads: string[] = [];
    const stop = await store.listen('quizstream_events', (p) => payloads.push(p));
    await newJob(store, 'job_n', 'i1');
    await store.appendEvent('job_n', 1, warning(1), 'i1');
    await store.appendEvent('job_n', 2, warning(2), 'i1');
    for (let i = 0; i < 100 && payloads.length < 2; i++) await sleep(20);
    await stop();
    expect(payloads).toEqual(['job_n:1', 'job_n:2']);
  });

  it('finds jobs nobody followed for the orphan timeout', async () => {
    const store = await openStore(engine);
    await newJob(store, 'job_f', 'i1');
    expect(await store.orphanedJobs('i1', ['job_f'], 100)).toEqual([]);
    await sleep(200);
    expect(await store.orphanedJobs('i1', ['job_f'], 100)).toEqual(['job_f']);
    await store.touchFollowed(['job_f']);
    expect(await store.orphanedJobs('i1', ['job_f'], 100)).toEqual([]);
  });

  it('prunes the event logs of jobs that ended before the retention, and keeps the rest', async () => {
    const store = await openStore(engine);
    await newJob(store, 'job_old', 'i1');
    await newJob(store, 'job_live', 'i1');
    await store.appendEvent('job_old', 1, warning(1), 'i1');
    await store.appendEvent('job_live', 1, warning(1), 'i1');
    await store.finishJob('job_old', 'i1', { status: 'completed' }, { seq: 2, event: warning(2) });
    expect(await store.pruneEvents(60_000)).toBe(0);
    await sleep(50);
    expect(await store.pruneEvents(10)).toBe(1);
    expect(await store.readEvents('job_old', 0)).toEqual([]);
    expect(await store.eventsPruned('job_old')).toBe(true);
    expect(await store.readEvents('job_live', 0)).toHaveLength(1);
    expect((await store.getJob('job_old'))?.status).toBe('completed');
  });
});

describe('migrations on Postgres', () => {
  it('apply once when several instances start at the same moment', async () => {
    const db = await freshDatabase();
    cleanups.push(db.drop);
    const stores = await Promise.all(Array.from({ length: 5 }, () => Store.open({ databaseUrl: db.url })));
    for (const store of stores) cleanups.push(() => store.close());
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query('select version, count(*)::int as n from schema_migrations group by version');
    await client.end();
    expect(rows.map((r) => r.n)).toEqual(rows.map(() => 1));
    expect(rows.map((r) => r.version).sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
