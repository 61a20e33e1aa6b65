// DATA_DIR filled to the brim: a small tmpfs the test mounts (as root, which CI runs as) under a running server.
// An upload that does not fit answers 507 insufficient_storage and leaves no partial file and no row; the server
// goes on serving, a quiz of a document already stored is still written, and the free space is a metric.

import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
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
