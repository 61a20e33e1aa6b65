// Abuse over a real port: per-client rate limits (requests per window, streams open at once) answered with 429
// and Retry-After; a cap on the jobs one instance runs and back-pressure under overload, answered with 503 and
// Retry-After; and /healthz answering fast through all of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coursePdf, slowGenerator, startStream, uploadOk } from './fixtures.js';
import { collectFrames } from './sse.js';
import { startTestServer, type TestServer } from './test-server.js';

type ErrorJson = { error: { code: string; message: string } };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('rate limits per client', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      RATE_LIMIT_MAX: '5',
      RATE_LIMIT_WINDOW_MS: '60000',
      TRUST_PROXY: '1',
      API_KEYS: 'alice:alice-token-0123456789,bob:bob-token-0123456789abc',
    });
  });
  afterAll(() => server.stop());

  const get = (route: string, headers: Record<string, string> = {}) => fetch(`${server.url}${route}`, { headers });

  it('answers the request past RATE_LIMIT_MAX with 429, Retry-After and a JSON error', async () => {
    const client = { 'x-forwarded-for': '203.0.113.1' };
    for (let i = 0; i < 5; i++) expect((await get('/api/config', client)).status).toBe(200);
    const limited = await get('/api/config', client);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.headers.get('x-ratelimit-limit')).toBe('5');
    const body = (await limited.json()) as ErrorJson;
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toMatch(/at most 5 per 60 s/);
  });

  it('counts each client on its own: another address, and each API key, have their own budget', async () => {
    for (let i = 0; i < 6; i++) await get('/api/config', { 'x-forwarded-for': '203.0.113.2' });
    expect((await get('/api/config', { 'x-forwarded-for': '203.0.113.3' })).status).toBe(200);
    // From one address, each key is its own client; failed attempts without a key count for the address.
    const from = { 'x-forwarded-for': '203.0.113.4' };
    for (let i = 0; i < 5; i++) {
      expect((await get('/api/documents', { ...from, authorization: 'Bearer alice-token-0123456789' })).status).toBe(
        200,
      );
    }
    expect((await get('/api/documents', { ...from, authorization: 'Bearer alice-token-0123456789' })).status).toBe(429);
    expect((await get('/api/documents', { ...from, authorization: 'Bearer bob-token-0123456789abc' })).status).toBe(
      200,
    );
    for (let i = 0; i < 5; i++)
      expect((await get('/api/documents', { ...from, authorization: 'Bearer guess-0123456789abcdef' })).status).toBe(
        401,
      );
    expect((await get('/api/documents', { ...from, authorization: 'Bearer guess-0123456789abcdef' })).status).toBe(429);
  });

  it('never limits health checks or the web app', async () => {
    const client = { 'x-forwarded-for': '203.0.113.5' };
    for (let i = 0; i < 12; i++) {
      expect((await get('/healthz', client)).status).toBe(200);
      expect((await get('/', client)).status).toBe(200);
    }
  });
});

describe('streams per client', () => {
  it('refuses a stream past RATE_LIMIT_STREAMS with 429 before starting any work, and frees the place on close', async () => {
    const generator = slowGenerator(200);
    const server = await startTestServer({ RATE_LIMIT_STREAMS: '2' }, { generator });
    try {
      const doc = await uploadOk(server.url, await coursePdf(6));
      const first = new AbortController();
      const a = await startStream(server.url, doc.id, { questionsPerPage: 1 }, { signal: first.signal });
      const b = await fetch(`${server.url}/api/quiz/jobs/${a.headers.get('x-job-id')}/stream`);
      expect([a.status, b.status]).toEqual([200, 200]);
      const jobsBefore = server.ctx.hub.runningCount;
      const third = await startStream(server.url, doc.id, { questionsPerPage: 1 });
      expect(third.status).toBe(429);
      expect(third.headers.get('retry-after')).toBe('5');
      expect(((await third.json()) as ErrorJson).error.code).toBe('too_many_streams');
      expect(server.ctx.hub.runningCount).toBe(jobsBefore);
      first.abort();
      await sleep(200);
      const again = await fetch(`${server.url}/api/quiz/jobs/${a.headers.get('x-job-id')}/stream`);
      expect(again.status).toBe(200);
      await Promise.all([collectFrames(again), collectFrames(b)]);
    } finally {
      await server.stop();
    }
  });
});

describe('back-pressure', () => {
  it('answers a new job past MAX_CONCURRENT_JOBS with 503 and Retry-After, while followers, retried POSTs and /healthz go on', async () => {
    const server = await startTestServer({ MAX_CONCURRENT_JOBS: '1' }, { generator: slowGenerator(300) });
    try {
      const doc = await uploadOk(server.url, await coursePdf(5));
      const key = { 'idempotency-key': 'first-job' };
      const running = await startStream(server.url, doc.id, { questionsPerPage: 1 }, { headers: key });
      const jobId = running.headers.get('x-job-id');
      const refused = await startStream(server.url, doc.id, { questionsPerPage: 1 });
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('5');
      expect(((await refused.json()) as ErrorJson).error).toMatchObject({ code: 'overloaded' });
      const retried = await startStream(server.url, doc.id, { questionsPerPage: 1 }, { headers: key });
      expect(retried.status).toBe(200);
      expect(retried.headers.get('x-job-id')).toBe(jobId);
      const follower = await fetch(`${server.url}/api/quiz/jobs/${jobId}/stream`);
      expect(follower.status).toBe(200);
      const started = performance.now();
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect(performance.now() - started).toBeLessThan(200);
      const [frames] = await Promise.all([collectFrames(running), collectFrames(retried), collectFrames(follower)]);
      expect(frames.at(-1)?.event.type).toBe('complete');
      expect((await startStream(server.url, doc.id, { questionsPerPage: 1 })).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('takes requests after single stalls shorter than PRESSURE_MAX_EVENT_LOOP_DELAY_MS', async () => {
    const server = await startTestServer({ PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '1000' });
    // A timer of the same period as under-pressure's first sampling (250 ms), started after it, runs right after
    // each of its samples: the stalls of 400 ms (once a second, a lag nowhere near a second) start there.
    let tick = 0;
    let stalled: (() => void) | undefined;
    const timer = setInterval(() => {
      if (++tick % 4 !== 0 || !stalled) return;
      const until = Date.now() + 400;
      while (Date.now() < until);
      stalled();
    }, 250);
    try {
      for (let i = 0; i < 6; i++) {
        await new Promise<void>((resolve) => {
          stalled = resolve;
        });
        stalled = undefined;
        const response = await fetch(`${server.url}/api/config`);
        expect(response.status, `after stall ${i + 1}`).toBe(200);
      }
    } finally {
      clearInterval(timer);
      await server.stop();
    }
  });

  it('answers API requests with 503 and Retry-After while the event loop lags, and /healthz with 200 all along', async () => {
    const server = await startTestServer({ PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '50' });
    // The server shares this process: stalling it is stalling the server.
    const stall = setInterval(() => {
      const until = Date.now() + 120;
      while (Date.now() < until);
    }, 130);
    try {
      let overloaded: Response | undefined;
      for (let i = 0; i < 40 && !overloaded; i++) {
        const response = await fetch(`${server.url}/api/config`);
        if (response.status === 503) overloaded = response;
        await sleep(50);
      }
      expect(overloaded?.headers.get('retry-after')).toBe('5');
      expect(((await overloaded!.json()) as ErrorJson).error.code).toBe('overloaded');
      for (let i = 0; i < 5; i++) {
        const health = await fetch(`${server.url}/healthz`);
        expect(health.status).toBe(200);
        expect(await health.json()).toEqual({ status: 'ok' });
      }
    } finally {
      clearInterval(stall);
      await server.stop();
    }
  });
});
