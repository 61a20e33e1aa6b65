// Ids, paths, options and bodies from a client that is wrong or hostile: every id route answers a malformed id
// with 400 and an unknown one with 404, no path ever leaves the data folder or the web folder, every option is
// checked with a message per field, and every body has a size limit.
import { writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { Quiz } from '@quizstream/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coursePdf, startStream, uploadOk } from './fixtures.js';
import { collectFrames } from './sse.js';
import { startTestServer, type TestServer } from './test-server.js';

type ErrorJson = { error: { code: string; message: string; details?: { field: string; message: string }[] } };

/** Sends a request line exactly as written (fetch would normalize `..` away), returns status line and body. */
async function rawGet(url: string, target: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  socket.write(`GET ${target} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`);
  const chunks: Buffer[] = [];
  for await (const chunk of socket) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('latin1');
  return { status: Number(text.slice(9, 12)), body: text.slice(text.indexOf('\r\n\r\n') + 4) };
}

const SECRET = 'secret-outside-the-served-folders';

describe('ids, paths, options and bodies', () => {
  let server: TestServer;
  let doc: { id: string; pages: number };
  let quiz: Quiz;

  beforeAll(async () => {
    server = await startTestServer({ RATE_LIMIT_MAX: '0' });
    // Files a traversal would be after: one beside the documents folder, one beside the web folder.
    await writeFile(path.join(server.config.DATA_DIR, 'secret.pdf'), SECRET);
    await writeFile(path.join(server.config.DATA_DIR, 'secret.txt'), SECRET);
    doc = await uploadOk(server.url, await coursePdf(3));
    const frames = await collectFrames(await startStream(server.url, doc.id, { questionsPerPage: 1 }));
    const done = frames.at(-1)!.event;
    if (done.type !== 'complete') throw new Error('the job did not complete');
    quiz = (await (await fetch(`${server.url}/api/quizzes/${done.quizId}`)).json()) as Quiz;
  });
  afterAll(() => server.stop());

  it('answers a malformed id with 400 invalid_id on every route that takes one', async () => {
    const q = quiz.id;
    const qid = quiz.questions[0]!.id;
    const routes: [string, (id: string) => string][] = [
      ['GET', (id) => `/api/documents/${id}`],
      ['DELETE', (id) => `/api/documents/${id}`],
      ['POST', (id) => `/api/quiz/generate-stream/${id}`],
      ['GET', (id) => `/api/quiz/jobs/${id}`],
      ['DELETE', (id) => `/api/quiz/jobs/${id}`],
      ['GET', (id) => `/api/quiz/jobs/${id}/stream`],
      ['GET', (id) => `/api/quizzes/${id}`],
      ['PATCH', (id) => `/api/quizzes/${id}`],
      ['DELETE', (id) => `/api/quizzes/${id}`],
      ['GET', (id) => `/api/quizzes/${id}/export?format=gift`],
      ['POST', (id) => `/api/quizzes/${id}/share`],
      ['DELETE', (id) => `/api/quizzes/${id}/questions/${qid}`],
      ['DELETE', (id) => `/api/quizzes/${q}/questions/${id}`],
      ['POST', (id) => `/api/quizzes/${q}/questions/${id}/regenerate`],
    ];
    // (`..` and `%2e%2e` as a whole segment are resolved by fetch itself; the raw requests below send them.)
    const bad = [
      '..%2F..%2Fsecret',
      '..%5C..%5Csecret',
      '%252e%252e%252fsecret',
      'doc_x%00.pdf',
      'doc.pdf',
      '%EF%BD%84oc',
      'a'.repeat(65),
      'a'.repeat(1_900),
    ];
    for (const [method, route] of routes) {
      for (const id of bad) {
        const body = method === 'GET' || method === 'DELETE' ? undefined : method === 'PATCH' ? '{"title":"x"}' : '{}';
        const response = await fetch(`${server.url}${route(id)}`, {
          method,
          ...(body === undefined ? {} : { body, headers: { 'content-type': 'application/json' } }),
        });
        expect([response.status, method, route(id).slice(0, 80)]).toEqual([400, method, route(id).slice(0, 80)]);
        const error = ((await response.json()) as ErrorJson).error;
        expect(error.code).toBe('invalid_id');
        expect(error.message.length).toBeLessThan(200);
      }
    }
  });

  it('answers a well-formed unknown id with 404, and a share token of the wrong shape with 400', async () => {
    for (const route of ['/api/documents/doc_none', '/api/quiz/jobs/job_none', '/api/quizzes/quiz_none']) {
      const response = await fetch(`${server.url}${route}`);
      expect(response.status).toBe(404);
      expect(((await response.json()) as ErrorJson).error.code).toBe('not_found');
    }
    expect((await fetch(`${server.url}/api/shared/${'A'.repeat(22)}`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/shared/..%2F..%2Fsecret`)).status).toBe(400);
  });

  it('never reads or deletes a file outside the data and web folders, however the path is spelled', async () => {
    const targets = [
      '/../secret.txt',
      '/..%2Fsecret.txt',
      '/%2e%2e/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/api/documents/../../secret.pdf',
      `/${'../'.repeat(12)}etc/passwd`,
      '/%c0%ae%c0%ae/secret.txt',
    ];
    for (const target of targets) {
      const { status, body } = await rawGet(server.url, target);
      expect(status, target).toBeGreaterThanOrEqual(400);
      expect(status, target).toBeLessThan(500);
      expect(body, target).not.toContain(SECRET);
      expect(body, target).not.toContain('root:');
    }
    for (const target of ['/api/documents/%2e%2e', '/api/quiz/jobs/%2E%2E/stream', '/api/quizzes/..']) {
      const { status, body } = await rawGet(server.url, target);
      expect([status, JSON.parse(body).error.code], target).toEqual([400, 'invalid_id']);
    }
    for (const id of ['..%2Fsecret', '..%2F..%2Fsecret']) {
      expect((await fetch(`${server.url}/api/documents/${id}`, { method: 'DELETE' })).status).toBe(400);
    }
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(path.join(server.config.DATA_DIR, 'secret.pdf'), 'utf8')).toBe(SECRET);
  });

  it('checks every option, with a message per field', async () => {
    const cases: [unknown, string[]][] = [
      [{ questionsPerPage: 0 }, ['questionsPerPage']],
      [{ questionsPerPage: 2.5 }, ['questionsPerPage']],
      [{ questionsPerPage: '3' }, ['questionsPerPage']],
      [{ types: ['essay'] }, ['types.0']],
      [{ types: [] }, ['types']],
      [{ types: ['true_false', 'true_false'] }, ['types']],
      [{ difficulty: 'extreme' }, ['difficulty']],
      [{ pageFrom: 3, pageTo: 2 }, ['pageFrom']],
      [{ pageFrom: 4 }, ['pageFrom']],
      [{ pageTo: 99 }, ['pageTo']],
      [{ pageFrom: -1 }, ['pageFrom']],
      [{ batch: 'yes' }, ['batch']],
      [{ generator: 'gpt' }, ['generator']],
      [{ language: 'english please' }, ['language']],
      [{ colour: 'red', __proto__: { x: 1 } }, ['(body)']],
      [[], ['(body)']],
      ['questions', ['(body)']],
      [null, ['(body)']],
    ];
    for (const [options, fields] of cases) {
      const response = await fetch(`${server.url}/api/quiz/generate-stream/${doc.id}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(options),
      });
      const label = JSON.stringify(options);
      expect(response.status, label).toBe(400);
      const body = (await response.json()) as ErrorJson;
      expect(body.error.code, label).toBe('invalid_options');
      expect(body.error.details?.map((d) => d.field).sort(), label).toEqual(fields);
      for (const field of fields) expect(body.error.message, label).toContain(`${field}: `);
    }
    const outOfRange = (await (await startStream(server.url, doc.id, { pageFrom: 4 })).json()) as ErrorJson;
    expect(outOfRange.error.message).toBe(
      'Invalid options: pageFrom: the document has 3 pages, so pageFrom must be at most 3',
    );
  });

  it('refuses bad JSON, a wrong content type, bad resume and idempotency headers', async () => {
    const post = (body: string, headers: Record<string, string>) =>
      fetch(`${server.url}/api/quiz/generate-stream/${doc.id}`, { method: 'POST', headers, body });
    const codeOf = async (r: Response) => [r.status, ((await r.json()) as ErrorJson).error.code];
    expect(await codeOf(await post('{"questionsPerPage":', { 'content-type': 'application/json' }))).toEqual([
      400,
      'invalid_json',
    ]);
    expect(await codeOf(await post('questionsPerPage=2', { 'content-type': 'text/plain' }))).toEqual([
      400,
      'invalid_options',
    ]);
    expect(await codeOf(await post('<options/>', { 'content-type': 'application/xml' }))).toEqual([
      415,
      'unsupported_media_type',
    ]);
    const json = { 'content-type': 'application/json' };
    expect(await codeOf(await post('{}', { ...json, 'last-event-id': '-1' }))).toEqual([400, 'invalid_last_event_id']);
    expect(await codeOf(await post('{}', { ...json, 'last-event-id': '9'.repeat(30) }))).toEqual([
      400,
      'invalid_last_event_id',
    ]);
    expect(await codeOf(await post('{}', { ...json, 'idempotency-key': 'k'.repeat(201) }))).toEqual([
      400,
      'invalid_idempotency_key',
    ]);
  });

  it('limits every body: 16 KiB of options, 1 MiB for other JSON', async () => {
    const codeOf = async (r: Response) => [r.status, ((await r.json()) as ErrorJson).error.code];
    const options = JSON.stringify({ language: 'en', padding: 'x'.repeat(20_000) });
    expect(
      await codeOf(
        await fetch(`${server.url}/api/quiz/generate-stream/${doc.id}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: options,
        }),
      ),
    ).toEqual([413, 'body_too_large']);
    expect(
      await codeOf(
        await fetch(`${server.url}/api/quizzes/${quiz.id}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ title: 'x'.repeat(1_100_000) }),
        }),
      ),
    ).toEqual([413, 'body_too_large']);
    const title = await fetch(`${server.url}/api/quizzes/${quiz.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x'.repeat(201) }),
    });
    expect(title.status).toBe(400);
    expect(((await title.json()) as ErrorJson).error.details?.[0]?.field).toBe('title');
  });
});
