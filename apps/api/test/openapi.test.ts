// The OpenAPI document against the real server: every operation it describes is called over HTTP, and every
// answer (status, media type, JSON body, each event of a stream) is validated against the document itself with
// a JSON Schema 2020-12 validator. An answer the document does not describe, or an operation never answered
// with success, fails the test: the description cannot drift from what the server does.

import type { QuestionInput } from '@quizstream/core/schemas';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTE_ACCESS } from '../src/auth/route-access.js';
import { describeRoutes } from '../src/openapi/openapi-routes.js';
import { OPERATIONS } from '../src/openapi/operations.js';
import { coursePdf, slowGenerator } from './fixtures.js';
import { readFrames } from './sse.js';
import { startTestServer, type TestServer } from './test-server.js';

// biome-ignore lint/suspicious/noExplicitAny: JSON read from the server, its shape checked by the validator.
type Json = Record<string, any>;
const KEY = 'openapi-key-0123456789abcdef';
const DOC_ID = 'https://quizstream.test/openapi.json';

let server: TestServer;
let base: string;
let doc: Json;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
/** Operations ("GET /api/quizzes/{id}") answered with a 2xx or 3xx the document describes. */
const succeeded = new Set<string>();
const checked: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ API_KEYS: `teacher:${KEY}` }, { generator: slowGenerator(150) });
  base = server.url;
  const response = await fetch(`${base}/api/openapi.json`);
  doc = (await response.json()) as Json;
  ajv.addSchema(doc, DOC_ID);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

const auth = (headers: Record<string, string> = {}): Record<string, string> => ({
  authorization: `Bearer ${KEY}`,
  ...headers,
});

/** The document's operation for a request path ("/api/quizzes/q_1" matches "/api/quizzes/{id}"). */
function operationOf(method: string, path: string): { key: string; op: Json } {
  const bare = path.split('?')[0]!;
  for (const [template, item] of Object.entries(doc.paths as Json)) {
    const pattern = new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+').replace(/\./g, '\\.')}$`);
    const op = item[method.toLowerCase()];
    if (op && pattern.test(bare)) return { key: `${method} ${template}`, op };
  }
  throw new Error(`${method} ${bare} is not in the OpenAPI document`);
}

function validate(schema: Json, value: unknown, where: string): void {
  const check = schema.$ref ? ajv.compile({ $ref: `${DOC_ID}${schema.$ref}` }) : ajv.compile(schema);
  if (!check(value)) {
    throw new Error(`${where}: ${ajv.errorsText(check.errors)}\n${JSON.stringify(value).slice(0, 600)}`);
  }
}

/** Calls the server and validates the answer against the document; returns the answer, its body read. */
async function call(
  method: string,
  path: string,
  init: { body?: unknown; form?: FormData; headers?: Record<string, string>; events?: number } = {},
): Promise<{ status: number; json: Json; events: Json[]; headers: Headers }> {
  const { key, op } = operationOf(method, path);
  const headers = auth(init.headers);
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const controller = new AbortController();
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    body: init.form ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
    signal: controller.signal,
    redirect: 'manual',
  });
  const where = `${method} ${path} → ${response.status}`;
  const spec = op.responses[String(response.status)] ?? (response.status >= 400 ? op.responses.default : undefined);
  expect(spec, `${where} is not described`).toBeDefined();
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
  const content = (spec.content ?? {}) as Json;
  let json: Json = {};
  const events: Json[] = [];
  if (response.status === 204 || response.status === 302 || response.status === 303) {
    expect(spec.content, `${where} has a body in the document`).toBeUndefined();
  } else {
    const media = content[type];
    expect(media, `${where}: ${type} is not described (${Object.keys(content).join(', ')})`).toBeDefined();
    // A file to download (contentMediaType) is read whole; JSON of a schema is validated.
    if (type === 'application/json' && !media.schema.contentMediaType) {
      json = (await response.json()) as Json;
      validate(media.schema, json, where);
    } else if (type === 'text/event-stream') {
      // Each event's data is JSON of the described schema; a stream that does not end is read for a while.
      const wanted = init.events ?? Number.POSITIVE_INFINITY;
      const timer = setTimeout(() => controller.abort(), 30_000);
      try {
        for await (const frame of readFrames(response)) {
          validate(media.schema, frame.event, `${where}, event ${frame.id ?? '-'}`);
          events.push(frame.event as Json);
          if (events.length >= wanted) break;
        }
      } catch (error) {
        if (!controller.signal.aborted) throw error;
      } finally {
        clearTimeout(timer);
        controller.abort();
      }
    } else {
      await response.arrayBuffer();
    }
  }
  if (response.status < 400) succeeded.add(key);
  checked.push(where);
  return { status: response.status, json, events, headers: response.headers };
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1, with every route the server registered and nothing else', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema');
    const described = Object.entries(doc.paths as Json).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const registered = server.routes
      .filter((r) => r.url.startsWith('/api/') || ['/healthz', '/readyz', '/metrics'].includes(r.url))
      .filter((r) => !r.url.startsWith('/api/docs'))
      .map((r) => `${r.method} ${r.url}`);
    expect(described.sort()).toEqual([...new Set(registered)].sort());
    // Every answer's schema resolves; every operation has an id, a summary and the error body.
    for (const item of Object.values(doc.paths as Json)) {
      for (const op of Object.values(item as Json)) {
        expect(op.operationId).toMatch(/^[a-z]+[A-Z]\w*$/);
        expect(op.summary).toBeTruthy();
        expect(op.responses.default.content['application/json'].schema.$ref).toBe('#/components/schemas/ApiError');
      }
    }
    // Validator and document agree: every component compiles.
    for (const name of Object.keys(doc.components.schemas)) ajv.getSchema(`${DOC_ID}#/components/schemas/${name}`);
  });

  it('describes an operation for every access rule, and every operation the server may register', () => {
    const operator = ['GET /healthz', 'GET /readyz', 'GET /metrics'];
    expect(Object.keys(OPERATIONS).sort()).toEqual([...Object.keys(ROUTE_ACCESS), ...operator].sort());
  });

  it('refuses to start a server with a route it does not describe', async () => {
    const app = Fastify();
    describeRoutes(app);
    expect(() => app.get('/api/undescribed', async () => ({}))).toThrow(/is not described/);
    await app.close();
  });

  it('matches what every route answers, errors and streams included', async () => {
    await call('GET', '/healthz');
    await call('GET', '/readyz');
    await call('GET', '/metrics');
    await call('GET', '/api/openapi.json');
    await call('GET', '/api/config');
    await call('GET', '/api/me');

    // A document: uploaded, listed, read page by page, its file in full and in part.
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(await coursePdf(3))], { type: 'application/pdf' }), 'course.pdf');
    const document = (await call('POST', '/api/documents', { form })).json;
    await call('GET', '/api/documents');
    await call('GET', `/api/documents/${document.id}`);
    await call('GET', `/api/documents/${document.id}/pages/1`);
    await call('GET', `/api/documents/${document.id}/pages/1/words`);
    await call('GET', `/api/documents/${document.id}/file`);
    expect((await call('GET', `/api/documents/${document.id}/file`, { headers: { range: 'bytes=0-99' } })).status).toBe(
      206,
    );
    // Errors are described too, with codes of the contract.
    expect((await call('GET', '/api/documents/nope')).json.error.code).toBe('not_found');
    expect((await call('GET', `/api/documents/${document.id}/pages/x`)).json.error.code).toBe('invalid_page');
    expect((await call('POST', `/api/quiz/generate-stream/${document.id}`, { body: { count: -1 } })).status).toBe(400);

    // A generation, streamed while it runs; shared before it ends, followed through its share link.
    const generation = fetch(`${base}/api/quiz/generate-stream/${document.id}`, {
      method: 'POST',
      headers: auth({ 'content-type': 'application/json' }),
      body: JSON.stringify({ questionsPerPage: 2 }),
    });
    const jobId = await firstJobId(await generation);
    await call('GET', `/api/quiz/jobs/${jobId}`);
    const jobLink = (await call('POST', `/api/quiz/jobs/${jobId}/share`)).json;
    expect((await call('GET', `/api/shared/${jobLink.token}`)).json.kind).toBe('generation');
    const shared = await call('GET', `/api/shared/${jobLink.token}/stream`);
    expect(shared.events.at(-1)?.type).toBe('complete');
    await call('DELETE', `/api/quiz/jobs/${jobId}/share`);
    const replay = await call('GET', `/api/quiz/jobs/${jobId}/stream`);
    const complete = replay.events.find((e) => e.type === 'complete')!;
    expect(replay.events.some((e) => e.type === 'question')).toBe(true);
    // The streaming route itself, read to its end.
    const again = await call('POST', `/api/quiz/generate-stream/${document.id}`, { body: { questionsPerPage: 1 } });
    expect(again.events.at(-1)?.type).toBe('complete');
    await call('DELETE', `/api/quiz/jobs/${jobId}`);

    // The quiz: read, edited, exported, printed, shared.
    const quizId = complete.quizId as string;
    await call('GET', '/api/quizzes');
    const quiz = (await call('GET', `/api/quizzes/${quizId}`)).json;
    await call('PATCH', `/api/quizzes/${quizId}`, { body: { title: 'Renamed' } });
    const first = quiz.questions[0];
    const { id: _id, ...written } = first as QuestionInput & { id: string };
    await call('PUT', `/api/quizzes/${quizId}/questions/${first.id}`, { body: written });
    expect((await call('POST', `/api/quizzes/${quizId}/questions`, { body: { prompt: 1 } })).status).toBe(400);
    // Taken out, then written again as a new question.
    await call('DELETE', `/api/quizzes/${quizId}/questions/${first.id}`);
    const added = (await call('POST', `/api/quizzes/${quizId}/questions`, { body: written })).json;
    const ids = (added.questions as Json[]).map((q) => q.id as string);
    await call('PUT', `/api/quizzes/${quizId}/order`, { body: { questionIds: [...ids].reverse() } });
    const kept = ids[0]!;
    const regenerated = await call('POST', `/api/quizzes/${quizId}/questions/${kept}/regenerate`);
    expect([200, 422]).toContain(regenerated.status);
    for (const format of ['json', 'gift', 'qti']) await call('GET', `/api/quizzes/${quizId}/export?format=${format}`);
    expect((await call('GET', `/api/quizzes/${quizId}/export?format=pdf`)).json.error.code).toBe('invalid_format');
    await call('GET', `/api/quizzes/${quizId}/print.pdf?kind=key`);
    const link = (await call('POST', `/api/quizzes/${quizId}/share`)).json;
    expect((await call('GET', `/api/shared/${link.token}`)).json.id).toBe(quizId);
    await call('GET', `/api/shared/${link.token}/file`);
    await call('GET', `/api/shared/${link.token}/pages/1/words`);
    expect((await call('GET', `/api/shared/${link.token}/stream`)).status).toBe(409);

    // A live session: opened, joined, run, answered, its results.
    const live = (
      await call('POST', '/api/live', { body: { quizId, settings: { mode: 'host', secondsPerQuestion: 0 } } })
    ).json;
    await call('GET', '/api/live');
    await call('GET', `/api/live/${live.id}`);
    await call('GET', `/api/join/${live.code}`);
    const joined = (await call('POST', '/api/join', { body: { code: live.code, nickname: 'Ada' } })).json;
    const player = { 'x-live-token': joined.token };
    await call('POST', `/api/live/${live.id}/control`, { body: { action: 'start' } });
    await call('GET', `/api/live/${live.id}/stream`, { events: 3 });
    const played = await call('GET', '/api/play/stream', { headers: player, events: 3 });
    const question = played.events.find((e) => e.type === 'state' && e.question)?.question as Json | undefined;
    expect(question).toBeDefined();
    const answer = question!.choices.length > 0 ? [question!.choices[0]] : ['an answer'];
    await call('POST', '/api/play/answers', { headers: player, body: { questionId: question!.id, answer } });
    await call('GET', '/api/play', { headers: player });
    await call('GET', `/api/live/${live.id}/results`);
    await call('GET', `/api/live/${live.id}/results?format=csv`);
    await call('DELETE', `/api/live/${live.id}/participants/${joined.participantId}`);

    // And away with it all.
    await call('DELETE', `/api/quizzes/${quizId}/share`);
    await call('DELETE', `/api/quizzes/${quizId}`);
    await call('DELETE', `/api/documents/${document.id}`);

    // Every operation of this server's document was answered with success and matched it.
    const described = Object.entries(doc.paths as Json).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(described.filter((op) => !succeeded.has(op))).toEqual([]);
    expect(checked.length).toBeGreaterThan(described.length);
  }, 180_000);
});

/** The job id of a generation's stream (its `connection` event); the stream is left to run. */
async function firstJobId(response: Response): Promise<string> {
  for await (const frame of readFrames(response)) {
    if (frame.event.type === 'connection') return frame.event.jobId;
  }
  throw new Error('no connection event');
}
