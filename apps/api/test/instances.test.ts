// Several API processes sharing one Postgres and one data folder, as Cloud Run instances do: a client
// resumes on another instance, a stopped instance hands its job over, a killed one has it taken over
// after its lease, and in every case the client receives each event exactly once, in order.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Quiz, StreamEvent } from '@quizstream/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { coursePdf, startStream, uploadOk } from './fixtures.js';
import { freshDatabase } from './postgres.js';
import { type ServerProcess, spawnServer } from './server-process.js';
import { collectFrames, type ReceivedFrame, readFrames } from './sse.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let dataDir: string;
let db: { url: string; drop(): Promise<void> };
let pdf: Uint8Array;
const running: ServerProcess[] = [];

beforeAll(async () => {
  db = await freshDatabase();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'quizstream-instances-'));
  pdf = await coursePdf(400);
});
afterEach(() => {
  for (const s of running.splice(0)) if (s.child.exitCode === null) s.child.kill('SIGKILL');
});
afterAll(async () => {
  await db.drop();
  await rm(dataDir, { recursive: true, force: true });
});

async function instance(name: string): Promise<{ url: string; proc: ServerProcess }> {
  const proc = spawnServer({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: db.url,
    INSTANCE_ID: name,
    JOB_LEASE_MS: '1500',
    FOLLOW_POLL_MS: '500',
    RETRY_MS: '200',
    LOG_LEVEL: 'info',
  });
  running.push(proc);
  return { url: await proc.ready(), proc };
}

/** Reads frames until `stop` says so (or the stream ends), then drops the connection. */
async function readUntil(response: Response, stop: (f: ReceivedFrame) => boolean): Promise<ReceivedFrame[]> {
  const frames: ReceivedFrame[] = [];
  for await (const frame of readFrames(response)) {
    frames.push(frame);
    if (stop(frame)) break;
  }
  return frames;
}

const durable = (frames: ReceivedFrame[]) => frames.filter((f) => f.id !== undefined);

/** Follows a job on `url` from `lastId` until it ends, reconnecting if that stream ends early. */
async function resumeUntilDone(url: string, jobId: string, lastId: number): Promise<ReceivedFrame[]> {
  const frames: ReceivedFrame[] = [];
  for (let attempt = 0; attempt < 20; attempt++) {
    const after = frames.length ? frames.at(-1)!.id! : lastId;
    const response = await fetch(`${url}/api/quiz/jobs/${jobId}/stream`, {
      headers: { 'last-event-id': String(after) },
    });
    const got = durable(await collectFrames(response));
    frames.push(...got);
    if (got.some((f) => f.event.type === 'complete' || f.event.type === 'error')) return frames;
    await sleep(200);
  }
  throw new Error('job did not finish');
}

async function checkWholeJob(url: string, jobId: string, received: ReceivedFrame[]) {
  const ids = received.map((f) => f.id!);
  expect(ids).toEqual(ids.map((_, i) => i + 1));
  const last = received.at(-1)!.event as StreamEvent;
  expect(last.type).toBe('complete');
  const stored = durable(await collectFrames(await fetch(`${url}/api/quiz/jobs/${jobId}/stream`)));
  expect(stored.map((f) => [f.id, f.event])).toEqual(received.map((f) => [f.id, f.event]));
  if (last.type !== 'complete') return;
  const quiz = (await (await fetch(`${url}/api/quizzes/${last.quizId}`)).json()) as Quiz;
  const streamed = received.flatMap((f) => (f.event.type === 'question' ? [f.event.question.id] : []));
  expect(quiz.questions.map((q) => q.id)).toEqual(streamed);
  expect(new Set(quiz.questions.map((q) => q.prompt)).size).toBe(quiz.questions.length);
  const pagesDone = received.flatMap((f) => (f.event.type === 'progress' && f.event.page ? [f.event.page] : []));
  expect(pagesDone).toEqual(pagesDone.map((_, i) => i + 1));
}

describe('two instances on one Postgres', () => {
  it('resumes on instance B a job started on A, with live events continuing', async () => {
    const [a, b] = await Promise.all([instance('a'), instance('b')]);
    const doc = await uploadOk(a.url, pdf);
    const response = await startStream(a.url, doc.id, { questionsPerPage: 1 });
    const jobId = response.headers.get('x-job-id')!;
    const first = durable(await readUntil(response, (f) => f.event.type === 'question' && f.event.index >= 2));
    const rest = await resumeUntilDone(b.url, jobId, first.at(-1)!.id!);
    // B saw live events, not only a replay: some arrived after B's stream was opened and before the end.
    expect(rest.length).toBeGreaterThan(10);
    await checkWholeJob(b.url, jobId, [...first, ...rest]);
  });

  it('hands a job over on SIGTERM: clients get a reconnect hint, resume on B, and the job completes there', async () => {
    const [a, b] = await Promise.all([instance('a'), instance('b')]);
    const doc = await uploadOk(a.url, pdf);
    const response = await startStream(a.url, doc.id, { questionsPerPage: 1 });
    const jobId = response.headers.get('x-job-id')!;
    const frames = await readUntil(response, (f) => {
      if (f.event.type === 'question' && f.event.index === 3) a.proc.child.kill('SIGTERM');
      return false;
    });
    expect(frames.at(-1)?.event).toMatchObject({ type: 'reconnect', reason: 'shutdown' });
    expect(await a.proc.exited()).toBe(0);
    const first = durable(frames);
    const rest = await resumeUntilDone(b.url, jobId, first.at(-1)!.id!);
    await checkWholeJob(b.url, jobId, [...first, ...rest]);
    expect(b.proc.out()).toContain('job taken over');
  });

  it('takes a job over after the lease when its instance is killed, losing and repeating nothing', async () => {
    const [a, b] = await Promise.all([instance('a'), instance('b')]);
    const doc = await uploadOk(a.url, pdf);
    const response = await startStream(a.url, doc.id, { questionsPerPage: 1 });
    const jobId = response.headers.get('x-job-id')!;
    const frames: ReceivedFrame[] = [];
    try {
      for await (const frame of readFrames(response)) {
        frames.push(frame);
        if (frame.event.type === 'question' && frame.event.index === 3) a.proc.child.kill('SIGKILL');
      }
    } catch {
      // The connection dies with the process.
    }
    expect(await a.proc.exited()).toBeNull();
    const first = durable(frames);
    const rest = await resumeUntilDone(b.url, jobId, first.at(-1)!.id!);
    await checkWholeJob(b.url, jobId, [...first, ...rest]);
    expect(b.proc.out()).toContain('job taken over');
  });

  it('joins one job when a POST is retried on another instance with the same Idempotency-Key', async () => {
    const [a, b] = await Promise.all([instance('a'), instance('b')]);
    const doc = await uploadOk(a.url, await coursePdf(3));
    const headers = { 'idempotency-key': 'retry-across-instances' };
    const first = await startStream(a.url, doc.id, { questionsPerPage: 1 }, { headers });
    const second = await startStream(b.url, doc.id, { questionsPerPage: 1 }, { headers });
    expect(second.headers.get('x-job-id')).toBe(first.headers.get('x-job-id'));
    const [fa, fb] = await Promise.all([collectFrames(first), collectFrames(second)]);
    expect(durable(fb).map((f) => f.id)).toEqual(durable(fa).map((f) => f.id));
  });

  it('cancels on DELETE sent to the instance that does not run the job', async () => {
    const [a, b] = await Promise.all([instance('a'), instance('b')]);
    const doc = await uploadOk(a.url, pdf);
    const response = await startStream(a.url, doc.id, { questionsPerPage: 1 });
    const jobId = response.headers.get('x-job-id')!;
    const framesPromise = collectFrames(response);
    await sleep(500);
    const del = await fetch(`${b.url}/api/quiz/jobs/${jobId}`, { method: 'DELETE' });
    expect(((await del.json()) as { status: string }).status).toBe('cancelled');
    expect((await framesPromise).at(-1)?.event).toMatchObject({ type: 'error', code: 'cancelled' });
  });
});
