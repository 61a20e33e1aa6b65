// Drops the connection at 200 random moments during one long job (cutting frames anywhere, even
// mid-line) and resumes each time with Last-Event-ID: the union of what arrived must be exactly the
// stored log, in order, with no duplicate. Runs on the real Postgres server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coursePdf, slowGenerator, startStream, uploadOk } from './fixtures.js';
import { freshDatabase } from './postgres.js';
import { collectFrames, type ReceivedFrame, readFrames } from './sse.js';
import { startTestServer, type TestServer } from './test-server.js';

/** A seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

describe('resuming after random disconnects', () => {
  let server: TestServer;
  let db: { url: string; drop(): Promise<void> };

  beforeAll(async () => {
    db = await freshDatabase();
    server = await startTestServer(
      { DATABASE_URL: db.url, ORPHAN_TIMEOUT_MS: '30000', HEARTBEAT_MS: '100' },
      { generator: slowGenerator(60) },
    );
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it('loses and repeats nothing over 200 drops', { timeout: 120_000 }, async () => {
    const seed = Date.now() % 100_000;
    const rand = random(seed);
    const doc = await uploadOk(server.url, await coursePdf(200));
    const received: ReceivedFrame[] = [];
    const lastId = () => received.at(-1)?.id ?? 0;
    const done = () => received.some((f) => f.event.type === 'complete');

    let jobId = '';
    let drops = 0;
    while (!done()) {
      const abort = new AbortController();
      const response = jobId
        ? await fetch(`${server.url}/api/quiz/jobs/${jobId}/stream`, {
            headers: { 'last-event-id': String(lastId()) },
            signal: abort.signal,
          })
        : await startStream(server.url, doc.id, { questionsPerPage: 2 }, { signal: abort.signal });
      jobId ||= response.headers.get('x-job-id')!;
      // Cut after a random delay, while bytes may be in flight, as long as drops remain.
      const cut = drops < 200 ? setTimeout(() => abort.abort(), rand() * 40) : undefined;
      try {
        for await (const frame of readFrames(response)) {
          if (frame.id !== undefined) received.push(frame);
        }
      } catch {
        // aborted mid-stream
      }
      clearTimeout(cut);
      if (abort.signal.aborted) drops += 1;
    }
    expect(drops, `seed ${seed}`).toBe(200);
    const stored = (await collectFrames(await fetch(`${server.url}/api/quiz/jobs/${jobId}/stream`))).filter(
      (f) => f.id !== undefined,
    );
    expect(
      received.map((f) => f.id),
      `seed ${seed}`,
    ).toEqual(stored.map((f) => f.id));
    expect(received.map((f) => f.event)).toEqual(stored.map((f) => f.event));
  });
});
