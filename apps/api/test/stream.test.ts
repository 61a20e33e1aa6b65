// The stream contract, end to end over a real port: headers, event order, pipelining, heartbeats,
// Node's timeouts, disconnects, cancel, resume, idempotency and the finished quiz.
import type { Quiz } from '@quizstream/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coursePdf, slowGenerator, startStream, uploadOk } from './fixtures.js';
import { collectFrames, readFrames } from './sse.js';
import { startTestServer, type TestServer } from './test-server.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 5_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (ok(value) || Date.now() > end) return value;
    await sleep(25);
  }
}

const jobStatus = async (server: TestServer, jobId: string) =>
  ((await (await fetch(`${server.url}/api/quiz/jobs/${jobId}`)).json()) as { status: string }).status;

describe('a generation stream', () => {
  let server: TestServer;
  let doc: { id: string; pages: number };

  beforeAll(async () => {
    server = await startTestServer({ HEARTBEAT_MS: '30000', RETRY_MS: '1500' });
    doc = await uploadOk(server.url, await coursePdf(5));
  });
  afterAll(() => server.stop());

  it('sends the full SSE headers and no content encoding', async () => {
    const response = await startStream(server.url, doc.id, { questionsPerPage: 1 });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache, no-store, must-revalidate, no-transform');
    expect(response.headers.get('pragma')).toBe('no-cache');
    expect(response.headers.get('expires')).toBe('0');
    expect(response.headers.get('x-accel-buffering')).toBe('no');
    expect(response.headers.get('connection')).toBe('keep-alive');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('x-job-id')).toMatch(/^job_/);
    await collectFrames(response);
  });

  it('gives the number of questions asked for with count, spread over the pages, and only that difficulty', async () => {
    const frames = await collectFrames(await startStream(server.url, doc.id, { count: 6 }));
    const questions = frames.flatMap((f) => (f.event.type === 'question' ? [f.event.question] : []));
    expect(questions).toHaveLength(6);
    expect(new Set(questions.map((q) => q.source.page)).size).toBeGreaterThanOrEqual(3);

    const easy = await collectFrames(await startStream(server.url, doc.id, { count: 40, difficulty: 'easy' }));
    const easyOnes = easy.flatMap((f) => (f.event.type === 'question' ? [f.event.question] : []));
    expect(easyOnes.every((q) => q.difficulty === 'easy')).toBe(true);
    const shortfall = easy.find((f) => f.event.type === 'warning' && f.event.code === 'count_not_reached');
    expect(easyOnes.length < 40 ? shortfall : 'none needed').toBeTruthy();
  });

  it('starts with retry and a connection event without id, then numbered events ending in complete', async () => {
    const retries: number[] = [];
    const frames = await collectFrames(await startStream(server.url, doc.id, { questionsPerPage: 2 }), retries);
    expect(retries[0]).toBe(1500);
    const [first, ...rest] = frames;
    expect(first?.event.type).toBe('connection');
    expect(first?.id).toBeUndefined();
    expect(first?.event).toMatchObject({ message: 'Connected to quiz generation stream...', resumeFrom: 0 });
    const durable = rest.filter((f) => f.event.type !== 'heartbeat');
    expect(durable.map((f) => f.id)).toEqual(durable.map((_, i) => i + 1));
    expect(durable[0]?.event).toMatchObject({ type: 'progress', stage: 'extracting', totalPages: 5 });
    const last = durable.at(-1)!.event;
    expect(last.type).toBe('complete');
    const pageProgress = durable.filter((f) => f.event.type === 'progress' && f.event.stage === 'generating');
    expect(pageProgress.map((f) => (f.event.type === 'progress' ? f.event.pagesDone : 0))).toEqual([1, 2, 3, 4, 5]);
    const questions = durable.flatMap((f) => (f.event.type === 'question' ? [f.event] : []));
    expect(questions.length).toBeGreaterThan(3);
    expect(questions.map((q) => q.index)).toEqual(questions.map((_, i) => i));
    // Each page's questions come before that page's progress event.
    for (const q of questions) {
      const qAt = durable.findIndex((f) => f.event.type === 'question' && f.event.question.id === q.question.id);
      const pageDoneAt = pageProgress.findIndex(
        (f) => f.event.type === 'progress' && f.event.page === q.question.source.page,
      );
      expect(qAt).toBeLessThan(durable.indexOf(pageProgress[pageDoneAt]!));
    }

    if (last.type !== 'complete') throw new Error('unreachable');
    expect(last.totalQuestions).toBe(questions.length);
    const quizResponse = await fetch(`${server.url}/api/quizzes/${last.quizId}`);
    expect(quizResponse.status).toBe(200);
    const quiz = (await quizResponse.json()) as Quiz;
    expect(quiz.questions.map((q) => q.id)).toEqual(questions.map((q) => q.question.id));
    expect(quiz.stats).toMatchObject({ pages: 5, questions: questions.length, generator: 'offline' });
  });

  it('groups questions into `questions` events when batching is asked for', async () => {
    const frames = await collectFrames(await startStream(server.url, doc.id, { questionsPerPage: 3, batch: true }));
    const types = new Set(frames.map((f) => f.event.type));
    expect(types.has('questions')).toBe(true);
    expect(types.has('question')).toBe(false);
  });

  it('replays only what came after Last-Event-ID, by header or query, and ends after the terminal event', async () => {
    const response = await startStream(server.url, doc.id, { questionsPerPage: 1 });
    const jobId = response.headers.get('x-job-id')!;
    const all = (await collectFrames(response)).filter((f) => f.id !== undefined);
    const cut = Math.floor(all.length / 2);
    const byHeader = await fetch(`${server.url}/api/quiz/jobs/${jobId}/stream`, {
      headers: { 'last-event-id': String(all[cut - 1]!.id) },
    });
    const replay = (await collectFrames(byHeader)).filter((f) => f.id !== undefined);
    expect(replay.map((f) => f.id)).toEqual(all.slice(cut).map((f) => f.id));
    expect(replay.map((f) => f.event)).toEqual(all.slice(cut).map((f) => f.event));
    const byQuery = await fetch(`${server.url}/api/quiz/jobs/${jobId}/stream?lastEventId=${all.length - 1}`);
    const tail = (await collectFrames(byQuery)).filter((f) => f.id !== undefined);
    expect(tail.map((f) => f.event.type)).toEqual(['complete']);
  });

  it('joins the same job when a POST is retried with the same Idempotency-Key', async () => {
    const headers = { 'idempotency-key': `key-${Date.now()}` };
    const a = await startStream(server.url, doc.id, { questionsPerPage: 1 }, { headers });
    const b = await startStream(server.url, doc.id, { questionsPerPage: 1 }, { headers });
    expect(b.headers.get('x-job-id')).toBe(a.headers.get('x-job-id'));
    const [fa, fb] = await Promise.all([collectFrames(a), collectFrames(b)]);
    const durable = (frames: typeof fa) => frames.filter((f) => f.id !== undefined).map((f) => [f.id, f.event]);
    expect(durable(fb)).toEqual(durable(fa));
  });

  it('answers bad requests with a JSON error naming the problem', async () => {
    const bad = await startStream(server.url, doc.id, { questionsPerPage: 11, colour: 'red' } as never);
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { code: string; message: string; details: { field: string }[] } };
    expect(body.error.code).toBe('invalid_options');
    expect(body.error.details.map((d) => d.field).sort()).toEqual(['(body)', 'questionsPerPage']);
    expect(body.error.message).toMatch(/questionsPerPage/);

    const unknownDoc = await startStream(server.url, 'doc_doesnotexist', {});
    expect(unknownDoc.status).toBe(404);
    expect(((await unknownDoc.json()) as { error: { code: string } }).error.code).toBe('not_found');

    const traversal = await fetch(`${server.url}/api/quiz/jobs/..%2F..%2Fetc%2Fpasswd/stream`);
    expect(traversal.status).toBe(400);
    expect(((await traversal.json()) as { error: { code: string } }).error.code).toBe('invalid_id');

    const unknownJob = await fetch(`${server.url}/api/quiz/jobs/job_nope/stream`);
    expect(unknownJob.status).toBe(404);
    const unknownQuiz = await fetch(`${server.url}/api/quizzes/quiz_nope`);
    expect(unknownQuiz.status).toBe(404);

    const badResume = await fetch(`${server.url}/api/quiz/jobs/job_nope/stream`, {
      headers: { 'last-event-id': 'abc' },
    });
    expect(badResume.status).toBe(400);
  });
});

describe('a stream on a slow generator', () => {
  it('delivers the first question long before the generator has finished', async () => {
    const generator = slowGenerator(150);
    const server = await startTestServer({}, { generator });
    try {
      const doc = await uploadOk(server.url, await coursePdf(8));
      const response = await startStream(server.url, doc.id, { questionsPerPage: 2 });
      const jobId = response.headers.get('x-job-id')!;
      let firstQuestionAt = 0;
      let statusAtFirstQuestion = '';
      let pulledAtFirstQuestion = 0;
      let completeAt = 0;
      for await (const frame of readFrames(response)) {
        if (frame.event.type === 'question' && !firstQuestionAt) {
          firstQuestionAt = frame.at;
          pulledAtFirstQuestion = generator.pagesPulled();
          statusAtFirstQuestion = await jobStatus(server, jobId);
        }
        if (frame.event.type === 'complete') completeAt = frame.at;
      }
      expect(firstQuestionAt).toBeGreaterThan(0);
      expect(statusAtFirstQuestion).toBe('running');
      expect(pulledAtFirstQuestion).toBeLessThan(8);
      // Eight pages at 150 ms each: the first question must not wait for the rest.
      expect(completeAt - firstQuestionAt).toBeGreaterThan(700);
    } finally {
      await server.stop();
    }
  });

  it('sends heartbeats every HEARTBEAT_MS while nothing else happens', async () => {
    const server = await startTestServer({ HEARTBEAT_MS: '100' }, { generator: slowGenerator(400) });
    try {
      const doc = await uploadOk(server.url, await coursePdf(4));
      const frames = await collectFrames(await startStream(server.url, doc.id, { questionsPerPage: 1 }));
      const beats = frames.filter((f) => f.event.type === 'heartbeat');
      expect(beats.length).toBeGreaterThanOrEqual(8);
      expect(beats.every((f) => f.id === undefined)).toBe(true);
      const gaps = beats.slice(1).map((f, i) => f.at - beats[i]!.at);
      const median = gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 2)]!;
      expect(median).toBeGreaterThanOrEqual(70);
      expect(median).toBeLessThanOrEqual(200);
    } finally {
      await server.stop();
    }
  });

  it("is not cut by Node's request, keep-alive or socket timeouts", async () => {
    const server = await startTestServer(
      {
        REQUEST_TIMEOUT_MS: '300',
        CONNECTION_TIMEOUT_MS: '300',
        KEEP_ALIVE_TIMEOUT_MS: '300',
        HEARTBEAT_MS: '5000',
      },
      { generator: slowGenerator(700) },
    );
    try {
      const doc = await uploadOk(server.url, await coursePdf(4));
      const started = Date.now();
      const frames = await collectFrames(await startStream(server.url, doc.id, { questionsPerPage: 1 }));
      expect(Date.now() - started).toBeGreaterThan(2_000);
      expect(frames.at(-1)?.event.type).toBe('complete');
    } finally {
      await server.stop();
    }
  });

  it('stops the job when its only client disconnects', async () => {
    const generator = slowGenerator(100);
    const server = await startTestServer({ ORPHAN_TIMEOUT_MS: '200' }, { generator });
    try {
      const doc = await uploadOk(server.url, await coursePdf(40));
      const abort = new AbortController();
      const response = await startStream(server.url, doc.id, { questionsPerPage: 1 }, { signal: abort.signal });
      const jobId = response.headers.get('x-job-id')!;
      for await (const frame of readFrames(response)) {
        if (frame.event.type === 'question') break;
      }
      abort.abort();
      expect(
        await waitFor(
          () => jobStatus(server, jobId),
          (s) => s === 'cancelled',
        ),
      ).toBe('cancelled');
      const pulled = generator.pagesPulled();
      await sleep(400);
      expect(generator.pagesPulled()).toBe(pulled);
      expect(pulled).toBeLessThan(40);
      const log = await collectFrames(await fetch(`${server.url}/api/quiz/jobs/${jobId}/stream`));
      expect(log.at(-1)?.event).toMatchObject({ type: 'error', code: 'orphaned', retryable: false });
    } finally {
      await server.stop();
    }
  });

  it('keeps a job whose client comes back within ORPHAN_TIMEOUT_MS', async () => {
    const server = await startTestServer({ ORPHAN_TIMEOUT_MS: '1500' }, { generator: slowGenerator(50) });
    try {
      const doc = await uploadOk(server.url, await coursePdf(10));
      const abort = new AbortController();
      const response = await startStream(server.url, doc.id, { questionsPerPage: 1 }, { signal: abort.signal });
      const jobId = response.headers.get('x-job-id')!;
      const seen: number[] = [];
      for await (const frame of readFrames(response)) {
        if (frame.id !== undefined) seen.push(frame.id);
        if (seen.length >= 3) break;
      }
      abort.abort();
      await sleep(200);
      const resumed = await fetch(`${server.url}/api/quiz/jobs/${jobId}/stream`, {
        headers: { 'last-event-id': String(seen.at(-1)) },
      });
      const rest = (await collectFrames(resumed)).filter((f) => f.id !== undefined);
      const ids = [...seen, ...rest.map((f) => f.id!)];
      expect(ids).toEqual(ids.map((_, i) => i + 1));
      expect(rest.at(-1)?.event.type).toBe('complete');
    } finally {
      await server.stop();
    }
  });

  it('cancels on DELETE and ends every follower with a cancelled error', async () => {
    const server = await startTestServer({}, { generator: slowGenerator(100) });
    try {
      const doc = await uploadOk(server.url, await coursePdf(30));
      const response = await startStream(server.url, doc.id, { questionsPerPage: 1 });
      const jobId = response.headers.get('x-job-id')!;
      const framesPromise = collectFrames(response);
      await sleep(300);
      const del = await fetch(`${server.url}/api/quiz/jobs/${jobId}`, { method: 'DELETE' });
      expect(del.status).toBe(200);
      expect(((await del.json()) as { status: string }).status).toBe('cancelled');
      const frames = await framesPromise;
      expect(frames.at(-1)?.event).toMatchObject({ type: 'error', code: 'cancelled' });
      const again = await fetch(`${server.url}/api/quiz/jobs/${jobId}`, { method: 'DELETE' });
      expect(again.status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('ends a stream at STREAM_MAX_DURATION_MS with a reconnect hint, and the client resumes losing nothing', async () => {
    const server = await startTestServer(
      { STREAM_MAX_DURATION_MS: '1000', RETRY_MS: '200' },
      { generator: slowGenerator(150) },
    );
    try {
      const doc = await uploadOk(server.url, await coursePdf(12));
      const response = await startStream(server.url, doc.id, { questionsPerPage: 1 });
      const jobId = response.headers.get('x-job-id')!;
      const retries: number[] = [];
      const first = await collectFrames(response, retries);
      const hint = first.at(-1)?.event;
      expect(hint).toMatchObject({ type: 'reconnect', reason: 'max-duration' });
      expect(retries.at(-1)).toBeGreaterThanOrEqual(100);
      expect(retries.at(-1)).toBeLessThanOrEqual(300);
      const ids = first.flatMap((f) => (f.id === undefined ? [] : [f.id]));
      let last = ids.at(-1)!;
      for (let round = 0; round < 10; round++) {
        const next = await collectFrames(
          await fetch(`${server.url}/api/quiz/jobs/${jobId}/stream`, { headers: { 'last-event-id': String(last) } }),
        );
        for (const f of next) if (f.id !== undefined) ids.push(f.id);
        last = ids.at(-1)!;
        if (next.some((f) => f.event.type === 'complete')) break;
      }
      expect(ids).toEqual(ids.map((_, i) => i + 1));
      expect(await jobStatus(server, jobId)).toBe('completed');
    } finally {
      await server.stop();
    }
  });
});
