// DATA_DIR filled to the brim: a small tmpfs the test mounts (as root, which CI runs as) under a running server.
// An upload that does not fit answers 507 insufficient_storage and leaves no partial file and no row; the server
// goes on serving, a quiz of a document already stored is still written, and the free space is a metric.

import { execFile } from 'node:child_process';
import { appendFile, mkdtemp, readdir, rm, statfs, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { isDatabaseOutOfSpace } from '../src/store/database-errors.js';
import { openPglite } from '../src/store/pglite.js';
import { coursePdf, startStream, upload, uploadOk } from './fixtures.js';
import { json } from './live-client.js';
import { freshDatabase } from './postgres.js';
import { collectFrames } from './sse.js';
import { startTestServer, type TestServer } from './test-server.js';

const run = promisify(execFile);
/** Why a small file system cannot be mounted here (not root, or a container without the right), if it cannot. */
let unavailable: string | undefined =
  process.getuid?.() === 0 ? undefined : 'mounting a small file system needs root (CI runs as root)';

let mountPoint: string;
let db: { url: string; drop(): Promise<void> } | undefined;
let server: TestServer | undefined;
const logged: { message: string; freeBytes?: number }[] = [];

beforeAll(async () => {
  if (unavailable) return;
  mountPoint = await mkdtemp(path.join(os.tmpdir(), 'quizstream-full-'));
  try {
    await run('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint]);
  } catch (err) {
    unavailable = `mount -t tmpfs failed: ${(err as Error).message.split('\n')[0]}`;
    return;
  }
  db = await freshDatabase();
  // The database elsewhere (Postgres): only the uploads live in the small DATA_DIR.
  // The free-space watch checks every 100 ms and warns below 1 MB; its log lines are kept for the test.
  const logger = createLogger('warn', 'json', {
    write: (line: string) => {
      logged.push(JSON.parse(line) as { message: string; freeBytes?: number });
    },
  });
  server = await startTestServer(
    {
      DATA_DIR: path.join(mountPoint, 'data'),
      DATABASE_URL: db.url,
      DATA_DIR_MIN_FREE_MB: '1',
      DATA_DIR_CHECK_MS: '100',
    },
    { logger },
  );
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
  if (mountPoint) {
    if (server) await run('umount', [mountPoint]).catch(() => {});
    await rm(mountPoint, { recursive: true, force: true });
  }
});

async function freeBytes(): Promise<number> {
  const text = await (await fetch(`${server!.url}/metrics`)).text();
  return Number(/^quizstream_data_dir_free_bytes (\d+)/mu.exec(text)?.[1]);
}

describe('the data folder fills up', () => {
  it('refuses an upload that does not fit with 507, leaves nothing of it, and goes on', async (ctx) => {
    if (unavailable) {
      console.info(`disk-full test skipped: ${unavailable}`);
      ctx.skip();
    }
    const small = await coursePdf(2);
    const kept = await uploadOk(server!.url, small);
    expect(await freeBytes()).toBeGreaterThan(1_100_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(logged.some((l) => l.message === 'data dir almost full')).toBe(false);

    // Something else fills the disk, all but a few kilobytes.
    const dataDir = server!.config.DATA_DIR;
    const filler = path.join(mountPoint, 'filler');
    await writeFile(filler, Buffer.alloc(Math.max(0, (await freeBytes()) - 8_192))).catch(() => {});
    const left = await freeBytes();
    expect(left).toBeLessThan(64_000);
    // Nearly full is told before any upload fails (the line the Terraform alert counts).
    for (let i = 0; i < 50 && !logged.some((l) => l.message === 'data dir almost full'); i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(logged.find((l) => l.message === 'data dir almost full')?.freeBytes).toBeLessThan(64_000);

    const big = await coursePdf(120);
    expect(big.length).toBeGreaterThan(left);
    const refused = await upload(server!.url, big);
    expect(refused.status).toBe(507);
    expect((await json(refused)).error).toMatchObject({ code: 'insufficient_storage' });
    expect(logged.some((l) => l.message === 'no space left in DATA_DIR')).toBe(true);
    // No partial file, no row.
    expect(await readdir(path.join(dataDir, 'documents'))).toEqual([`${kept.id}.pdf`]);
    expect(await readdir(path.join(dataDir, 'tmp'))).toEqual([]);
    const listed = await json<{ documents: { id: string }[] }>(await fetch(`${server!.url}/api/documents`));
    expect(listed.documents.map((d) => d.id)).toEqual([kept.id]);

    // The server goes on: a quiz of the document already stored is written (its events go to the database).
    const frames = await collectFrames(await startStream(server!.url, kept.id, { questionsPerPage: 1 }));
    expect(frames.at(-1)!.event.type).toBe('complete');
    expect((await fetch(`${server!.url}/healthz`)).status).toBe(200);

    // Room again: uploads work again.
    await rm(filler);
    await uploadOk(server!.url, big);
  });
});

describe('the data folder of the embedded database fills up', () => {
  it('keeps room for the database from uploads, and recognises its disk-full error (answered 507)', async (ctx) => {
    if (unavailable) {
      console.info(`disk-full test skipped: ${unavailable}`);
      ctx.skip();
    }
    const mount = await mkdtemp(path.join(os.tmpdir(), 'quizstream-full-pglite-'));
    await run('mount', ['-t', 'tmpfs', '-o', 'size=160m', 'tmpfs', mount]);
    let embedded: TestServer | undefined;
    try {
      // No DATABASE_URL: the embedded database (PGlite) lives in DATA_DIR beside the uploads.
      embedded = await startTestServer({ DATA_DIR: path.join(mount, 'data'), DATABASE_RESERVE_MB: '16' });
      const free = async () => {
        const fs = await statfs(mount);
        return fs.bavail * fs.bsize;
      };
      const kept = await uploadOk(embedded.url, await coursePdf(2));
      // A second embedded database in the same folder, made while there is room, to be refused a write below.
      const other = await openPglite(path.join(mount, 'other-db'));
      await other.query('create table t (x text)');
      // Something else takes all but the database's room and half a megabyte.
      const filler = path.join(mount, 'filler');
      await writeFile(filler, Buffer.alloc((await free()) - 16 * 2 ** 20 - 512 * 1024));
      const big = await coursePdf(400);
      expect(big.length).toBeGreaterThan(512 * 1024);
      const refused = await upload(embedded.url, big);
      expect(refused.status).toBe(507);
      expect((await json(refused)).error).toMatchObject({ code: 'insufficient_storage' });
      expect(await readdir(path.join(embedded.config.DATA_DIR, 'tmp'))).toEqual([]);
      expect(await free()).toBeGreaterThan(16 * 2 ** 20);
      // The database still has its room: a quiz is written, its events stored.
      const frames = await collectFrames(await startStream(embedded.url, kept.id, { questionsPerPage: 1 }));
      expect(frames.at(-1)!.event.type).toBe('complete');

      // Were the disk full all the same (something else ate the reserve too), the database's own refusal is
      // recognised: a real PGlite beside it cannot extend its files.
      await appendFile(filler, Buffer.alloc(await free())).catch(() => {});
      const error = await other
        .query("insert into t select repeat('x', 1000) from generate_series(1, 20000)")
        .catch((e: unknown) => e);
      expect(isDatabaseOutOfSpace(error)).toBe(true);
      // Room again: it writes again (and may close, which writes a checkpoint).
      await rm(filler);
      await other.query("insert into t values ('after')");
      expect((await other.query('select count(*)::int as n from t')).rows).toEqual([{ n: 1 }]);
      await other.close();
    } finally {
      await rm(path.join(mount, 'filler'), { force: true });
      await embedded?.stop();
      await unmount(mount);
      await rm(mount, { recursive: true, force: true });
    }
  }, 120_000);
});

/** Unmounts, waiting for files the embedded database may still hold open; lazily at last. */
async function unmount(mount: string): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    if (
      await run('umount', [mount]).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  await run('umount', ['-l', mount]).catch(() => {});
}
