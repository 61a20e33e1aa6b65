// API keys over a real port: with API_KEYS set, the API needs a key (except the client configuration and shared
// quizzes), what a key makes belongs to it and is invisible to every other key, EventSource may pass the key in
// the query string of the stream route only, and the key never reaches the logs.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { Quiz } from '@quizstream/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { type Server, startServer } from '../src/server.js';
import { coursePdf } from './fixtures.js';
import { collectFrames } from './sse.js';

const ALICE = 'alice-token-0123456789';
const ALICE_NEW = 'alice-rotated-token-0123456789';
const BOB = 'bob-token-0123456789abc';
const ORIGIN = 'https://quiz.example.edu';

type ErrorJson = { error: { code: string; message: string } };

describe('API keys', () => {
  let server: Server;
  let dataDir: string;
  const logLines: string[] = [];
  let alice: { doc: string; job: string; quiz: Quiz };

  const as = (token: string | undefined) => ({
    async fetch(route: string, init: RequestInit = {}) {
      const headers = new Headers(init.headers);
      if (token) headers.set('authorization', `Bearer ${token}`);
      return fetch(`${server.url}${route}`, { ...init, headers });
    },
    async upload(bytes: Uint8Array) {
      const form = new FormData();
      form.append('file', new Blob([Buffer.from(bytes)], { type: 'application/pdf' }), 'course.pdf');
      return this.fetch('/api/documents', { method: 'POST', body: form });
    },
    async generate(documentId: string, headers: Record<string, string> = {}) {
      return this.fetch(`/api/quiz/generate-stream/${documentId}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{"questionsPerPage":1}',
      });
    },
  });

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'quizstream-auth-'));
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      WEB_DIR: path.join(dataDir, 'no-web'),
      LOG_LEVEL: 'info',
      PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0',
      CORS_ORIGINS: ORIGIN,
      API_KEYS: `alice:${ALICE}, bob:${BOB}, alice:${ALICE_NEW}`,
    });
    const destination = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    server = await startServer(config, { logger: createLogger('info', 'json', destination as never) });
    const uploaded = (await (await as(ALICE).upload(await coursePdf(2))).json()) as { id: string };
    const stream = await as(ALICE).generate(uploaded.id);
    const frames = await collectFrames(stream);
    const done = frames.at(-1)!.event;
    if (done.type !== 'complete') throw new Error(`alice's job did not complete: ${JSON.stringify(done)}`);
    const quiz = (await (await as(ALICE).fetch(`/api/quizzes/${done.quizId}`)).json()) as Quiz;
    alice = { doc: uploaded.id, job: stream.headers.get('x-job-id')!, quiz };
  });
  afterAll(async () => {
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses every API route without a valid key: 401, WWW-Authenticate, a clear message', async () => {
    const routes = [
      ['GET', '/api/documents'],
      ['GET', `/api/documents/${alice.doc}`],
      ['GET', '/api/quizzes'],
      ['GET', `/api/quizzes/${alice.quiz.id}/export?format=gift`],
      ['GET', `/api/quiz/jobs/${alice.job}`],
      ['GET', `/api/quiz/jobs/${alice.job}/stream`],
      ['DELETE', `/api/quiz/jobs/${alice.job}`],
      ['POST', `/api/quiz/generate-stream/${alice.doc}`],
      ['GET', '/api/no-such-route'],
    ];
    for (const [method, route] of routes) {
      for (const [token, challenge] of [
        [undefined, 'Bearer realm="quizstream"'],
        ['wrong-token-0123456789', 'Bearer realm="quizstream", error="invalid_token"'],
      ] as const) {
        const response = await as(token).fetch(route!, { method: method! });
        expect([response.status, method, route]).toEqual([401, method, route]);
        expect(response.headers.get('www-authenticate')).toBe(challenge);
        const body = (await response.json()) as ErrorJson;
        expect(body.error.code).toBe('unauthenticated');
        expect(body.error.message).toMatch(token ? /not valid/ : /Authorization: Bearer/);
      }
    }
    const upload = await as(undefined).upload(await coursePdf(1));
    expect(upload.status).toBe(401);
    const malformed = await as(undefined).fetch('/api/documents', { headers: { authorization: 'Basic YWxpY2U6eA==' } });
    expect(malformed.status).toBe(401);
  });

  it('leaves the client configuration, shared quizzes, health checks and CORS preflights open', async () => {
    expect((await as(undefined).fetch('/api/config')).status).toBe(200);
    expect((await as(undefined).fetch('/healthz')).status).toBe(200);
    const share = (await (await as(ALICE).fetch(`/api/quizzes/${alice.quiz.id}/share`, { method: 'POST' })).json()) as {
      token: string;
    };
    const shared = await as(undefined).fetch(`/api/shared/${share.token}`);
    expect(shared.status).toBe(200);
    expect(((await shared.json()) as Quiz).id).toBe(alice.quiz.id);
    const preflight = await as(undefined).fetch('/api/documents', {
      method: 'OPTIONS',
      headers: {
        origin: ORIGIN,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
  });

  it("keeps each key's documents, jobs and quizzes to itself: another key gets 404 and empty lists", async () => {
    const { doc, job, quiz } = alice;
    const qid = quiz.questions[0]!.id;
    const bob = as(BOB);
    const attempts: [string, string, string?][] = [
      ['GET', `/api/documents/${doc}`],
      ['DELETE', `/api/documents/${doc}`],
      ['POST', `/api/quiz/generate-stream/${doc}`, '{}'],
      ['GET', `/api/quiz/jobs/${job}`],
      ['GET', `/api/quiz/jobs/${job}/stream`],
      ['DELETE', `/api/quiz/jobs/${job}`],
      ['GET', `/api/quizzes/${quiz.id}`],
      ['PATCH', `/api/quizzes/${quiz.id}`, '{"title":"Mine now"}'],
      ['DELETE', `/api/quizzes/${quiz.id}`],
      ['GET', `/api/quizzes/${quiz.id}/export?format=json`],
      ['POST', `/api/quizzes/${quiz.id}/share`],
      ['DELETE', `/api/quizzes/${quiz.id}/share`],
      ['DELETE', `/api/quizzes/${quiz.id}/questions/${qid}`],
      ['PUT', `/api/quizzes/${quiz.id}/order`, JSON.stringify({ questionIds: quiz.questions.map((q) => q.id) })],
    ];
    for (const [method, route, body] of attempts) {
      const response = await bob.fetch(route, {
        method,
        ...(body ? { body, headers: { 'content-type': 'application/json' } } : {}),
      });
      expect([response.status, method, route]).toEqual([404, method, route]);
    }
    expect(await (await bob.fetch('/api/documents')).json()).toEqual({ documents: [] });
    expect(await (await bob.fetch('/api/quizzes')).json()).toEqual({ quizzes: [] });
    // Alice, with either of her keys, still has everything, untouched.
    for (const token of [ALICE, ALICE_NEW]) {
      const mine = (await (await as(token).fetch('/api/quizzes')).json()) as {
        quizzes: { id: string; title: string }[];
      };
      expect(mine.quizzes.map((q) => q.id)).toEqual([quiz.id]);
      expect(mine.quizzes[0]!.title).toBe(quiz.title);
    }
    expect((await as(ALICE_NEW).fetch(`/api/documents/${doc}`)).status).toBe(200);
  });

  it('scopes Idempotency-Key to the key: the same value from another key starts its own job', async () => {
    const bobDoc = (await (await as(BOB).upload(await coursePdf(1))).json()) as { id: string };
    const key = { 'idempotency-key': 'same-key-for-everyone' };
    const a = await as(ALICE).generate(alice.doc, key);
    const b = await as(BOB).generate(bobDoc.id, key);
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(b.headers.get('x-job-id')).not.toBe(a.headers.get('x-job-id'));
    await Promise.all([collectFrames(a), collectFrames(b)]);
  });

  it('takes ?access_token= on the GET stream route only, for EventSource, and never logs it', async () => {
    const viaQuery = await fetch(`${server.url}/api/quiz/jobs/${alice.job}/stream?access_token=${ALICE}`);
    expect(viaQuery.status).toBe(200);
    expect((await collectFrames(viaQuery)).at(-1)?.event.type).toBe('complete');
    expect((await fetch(`${server.url}/api/quiz/jobs/${alice.job}/stream?access_token=${BOB}`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/quiz/jobs/${alice.job}?access_token=${ALICE}`)).status).toBe(401);
    expect((await fetch(`${server.url}/api/documents?access_token=${ALICE}`)).status).toBe(401);
    const logged = logLines.join('');
    expect(logged).toContain('access_token=[Redacted]');
    for (const secret of [ALICE, ALICE_NEW, BOB]) expect(logged).not.toContain(secret);
  });
});
