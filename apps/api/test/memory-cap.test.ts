// The server under a memory cap equal to the Terraform default, in a memory cgroup the test makes (as root, which
// CI runs as), hit by a burst of hostile PDFs, uploads and scanned documents read with OCR at once. PDF workers
// reserve their share of the memory the server finds in its cgroup before they read (documents/pdf-memory.ts), so
// the kernel never has to kill anything in the group for want of memory: on Cloud Run, one such kill is the whole
// instance with every stream on it. The test fails if the server dies or if the kernel kills any process in the
// group.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { makeHostilePdf, makeScannedPdf } from '@quizstream/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTerraform } from '../../../deploy/testing/terraform-model.js';
import { startStream, upload, uploadOk } from './fixtures.js';
import { type MemoryCgroup, makeMemoryCgroup } from './memory-cgroup.js';
import { freshDatabase } from './postgres.js';
import { type ServerProcess, spawnServer } from './server-process.js';
import { collectFrames } from './sse.js';

let unavailable: string | undefined;
let cgroup: MemoryCgroup | undefined;
let server: ServerProcess | undefined;
let url = '';
let memoryMib = 0;
let dataDir = '';
let db: { url: string; drop(): Promise<void> } | undefined;

beforeAll(async () => {
  const tf = await readTerraform();
  memoryMib = tf.variables.memory_mib.default as number;
  const made = await makeMemoryCgroup(memoryMib * 2 ** 20);
  if ('unavailable' in made) {
    unavailable = made.unavailable;
    return;
  }
  cgroup = made;
  db = await freshDatabase();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'quizstream-memcap-'));
  // The server's settings as deployed, but for MEMORY_LIMIT_MB (it must find the limit in its cgroup itself) and
  // the time an upload may wait for memory: on a machine slowed by other tests, the scanned documents' OCR may
  // hold the memory longer than 20 s, and the uploads would all be sent back with a 503 before being read.
  server = spawnServer({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: db.url,
    LOG_FORMAT: 'json',
    PDF_QUEUE_WAIT_MS: '120000',
  });
  await cgroup.add(server.child.pid!);
  url = await server.ready();
}, 120_000);

afterAll(async () => {
  server?.child.kill('SIGKILL');
  await server?.exited();
  await cgroup?.remove();
  await db?.drop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('a memory cap equal to the Terraform default', () => {
  it('sizes the PDF workers from the cgroup it runs in', ({ skip }) => {
    if (unavailable) skip(unavailable);
    const pool = /PDF workers: (\d+) MB of (\d+) MB/.exec(server!.out());
    expect(Number(pool?.[2])).toBe(memoryMib);
    expect(server!.out()).toMatch(/"from":"cgroup"/);
  });

  it('survives a burst of hostile PDFs, uploads and OCR jobs: no process killed, every answer a clean one', async ({
    skip,
  }) => {
    if (unavailable) skip(unavailable);
    // Documents whose bombs sit past the pages an upload checks, and scanned pages that need OCR.
    const later = await Promise.all(
      [0, 1, 2, 3].map(() => uploadOk(url, makeHostilePdf({ kind: 'content-bomb', pagesBefore: 3 }))),
    );
    const sentences = [
      'Mitochondria produce most of the chemical energy that powers the cell.',
      'Ribosomes build proteins by joining amino acids in the order the messenger carries.',
      'The Golgi apparatus packages proteins into vesicles for transport out of the cell.',
      'Chloroplasts capture light energy and store it as sugar during photosynthesis.',
    ];
    const scanned = await Promise.all(
      sentences.map(async (sentence) => uploadOk(url, await makeScannedPdf({ pages: [[sentence, sentence]] }))),
    );
    const kills = await cgroup!.oomKills();

    let healthFailures = 0;
    let polling = true;
    const health = (async () => {
      while (polling) {
        const ok = await fetch(`${url}/healthz`).then(
          (r) => r.status === 200,
          () => false,
        );
        if (!ok) healthFailures += 1;
        await new Promise((r) => setTimeout(r, 200));
      }
    })();

    const jobs = [...later, ...scanned].map(async (doc) =>
      collectFrames(await startStream(url, doc.id, { questionsPerPage: 1 })),
    );
    const kinds = ['content-bomb', 'metadata-bomb', 'object-stream-bomb', 'glyph-flood'] as const;
    const uploads = [...kinds, ...kinds].map(async (kind) => {
      const response = await upload(url, makeHostilePdf({ kind }), `${kind}.pdf`);
      const body = (await response.json()) as { error?: { code: string } };
      return { status: response.status, code: body.error?.code, retryAfter: response.headers.get('retry-after') };
    });
    const words = scanned.slice(0, 2).map(async (doc) => {
      const response = await fetch(`${url}/api/documents/${doc.id}/pages/1/words`);
      await response.arrayBuffer();
      return response.status;
    });

    const jobEnds = (await Promise.all(jobs)).map((frames) => frames.at(-1)?.event);
    const refusals = await Promise.all(uploads);
    const wordStatuses = await Promise.all(words);
    polling = false;
    await health;

    // Nothing in the group was killed, the server first of all.
    expect(await cgroup!.oomKills()).toBe(kills);
    expect(server!.child.exitCode).toBeNull();
    expect(healthFailures).toBe(0);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    // The bombs ended their jobs with the error of a bomb, and the scanned pages were read with OCR.
    for (const end of jobEnds.slice(0, later.length)) {
      expect(end).toMatchObject({ type: 'error', code: 'pdf_too_complex' });
    }
    for (const end of jobEnds.slice(later.length)) expect(end).toMatchObject({ type: 'complete' });
    // Each hostile upload was refused as one, or asked to come back (503 with Retry-After), never a 500.
    for (const refusal of refusals) {
      if (refusal.status === 503) {
        expect(['overloaded', 'readers_busy']).toContain(refusal.code);
        expect(refusal.retryAfter).toBeTruthy();
      } else {
        expect(refusal).toMatchObject({ status: 422, code: 'pdf_too_complex' });
      }
    }
    expect(refusals.some((r) => r.status === 422)).toBe(true);
    for (const status of wordStatuses) expect([200, 503]).toContain(status);
  }, 240_000);
});
