// Fuzz against the real server on a real port (fast-check): random options, ids, headers, query strings and
// uploads (random bytes and damaged real PDFs). Whatever comes in: an answer within a few seconds, never a 5xx,
// errors always as `{ error: { code, message } }`, and the server's memory bounded. Bounded in cases and time.
import { EXPORT_FORMATS, type Quiz } from '@quizstream/core';
import { makeEncryptedPdf, makePdf, mutatePdf, pdfMutation, sampleCoursePages } from '@quizstream/core/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coursePdf, startStream, upload, uploadOk } from './fixtures.js';
import { collectFrames } from './sse.js';
import { startTestServer, type TestServer } from './test-server.js';

const REQUEST_TIMEOUT_MS = 10_000;
const fuzzOptions = (numRuns: number, seconds: number) => ({
  numRuns,
  interruptAfterTimeLimit: seconds * 1_000,
  markInterruptAsFailure: false,
  seed: 20_251_127,
});

/** The answer must come in time, not be a 5xx, and an error must have the one error shape. */
async function wellBehaved(response: Promise<Response>, allowed: number[]): Promise<number> {
  const r = await response;
  expect(r.status).toBeLessThan(500);
  expect(allowed).toContain(r.status);
  if (r.status >= 400) {
    const body = (await r.json()) as { error?: { code?: unknown; message?: unknown } };
    expect(typeof body.error?.code).toBe('string');
    expect(typeof body.error?.message).toBe('string');
  } else {
    await r.body?.cancel();
  }
  return r.status;
}

const timeout = () => AbortSignal.timeout(REQUEST_TIMEOUT_MS);
/** Header values a client can send: visible ASCII and spaces, sometimes huge. */
const headerValue = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 300 }),
  fc.constantFrom('', '0', '-1', '1e9', '99999999999', 'null', 'Bearer ', 'gzip;q=0, *;q=0', 'x'.repeat(4_000)),
);

const knownOptions = fc.record(
  {
    questionsPerPage: fc.oneof(fc.integer({ min: -5, max: 20 }), fc.double(), fc.string(), fc.constant(null)),
    types: fc.oneof(
      fc.array(fc.constantFrom('multiple_choice', 'true_false', 'short_answer', 'multi_select', 'essay', ''), {
        maxLength: 6,
      }),
      fc.anything(),
    ),
    difficulty: fc.oneof(fc.constantFrom('easy', 'medium', 'hard', 'mixed', 'EASY'), fc.anything()),
    pageFrom: fc.oneof(fc.integer({ min: -3, max: 1_000_000 }), fc.anything()),
    pageTo: fc.oneof(fc.integer({ min: -3, max: 1_000_000 }), fc.anything()),
    batch: fc.oneof(fc.boolean(), fc.anything()),
    generator: fc.oneof(fc.constantFrom('offline', 'llm', 'gpt'), fc.anything()),
    language: fc.oneof(fc.constantFrom('en', 'pt-BR', 'x', 'english'), fc.string()),
  },
  { requiredKeys: [] },
);

/** Options as a confused or hostile client sends them: near-valid records (sometimes with extra keys), any JSON. */
const optionsBody = fc.oneof(
  knownOptions,
  fc
    .tuple(knownOptions, fc.dictionary(fc.string({ maxLength: 12 }), fc.anything(), { maxKeys: 2 }))
    .map(([known, extra]) => ({ ...extra, ...known })),
  fc.jsonValue(),
  fc.anything({ withObjectString: true, withNullPrototype: true }),
);

describe('fuzzing the API', () => {
  let server: TestServer;
  let doc: { id: string };
  let quiz: Quiz;
  let jobId: string;
  let rssBefore: number;

  beforeAll(async () => {
    server = await startTestServer({
      RATE_LIMIT_MAX: '0',
      RATE_LIMIT_STREAMS: '0',
      MAX_CONCURRENT_UPLOADS: '16',
      PDF_OPEN_TIMEOUT_MS: '3000',
      PDF_PAGE_TIMEOUT_MS: '2000',
    });
    doc = await uploadOk(server.url, await coursePdf(2));
    const stream = await startStream(server.url, doc.id, { questionsPerPage: 1 });
    jobId = stream.headers.get('x-job-id')!;
    const last = (await collectFrames(stream)).at(-1)!.event;
    if (last.type !== 'complete') throw new Error('setup job failed');
    quiz = (await (await fetch(`${server.url}/api/quizzes/${last.quizId}`)).json()) as Quiz;
    rssBefore = process.memoryUsage().rss;
  });
  afterAll(async () => {
    // Everything above ran in this process: the server's memory stayed bounded through it all.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(300 * 1024 * 1024);
    await server.stop();
  });

  it('answers any options with a 400 naming the fields, or (when valid) the 404 of the unknown document', async () => {
    await fc.assert(
      fc.asyncProperty(optionsBody, async (options) => {
        let body: string;
        try {
          body = JSON.stringify(options) ?? 'null';
        } catch {
          return; // not representable as JSON (BigInt, cycles): nothing a client could send
        }
        // An unknown document: valid options get as far as the 404, so no job is started.
        const status = await wellBehaved(
          fetch(`${server.url}/api/quiz/generate-stream/doc_fuzz`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
            signal: timeout(),
          }),
          [400, 404, 413],
        );
        if (status === 404)
          expect(typeof options === 'object' && options !== null && !Array.isArray(options)).toBe(true);
      }),
      fuzzOptions(600, 25),
    );
  });

  it('answers any id, however encoded, with 400 or 404 on every id route', async () => {
    const routes = [
      (id: string) => `/api/documents/${id}`,
      (id: string) => `/api/quiz/jobs/${id}`,
      (id: string) => `/api/quiz/jobs/${id}/stream`,
      (id: string) => `/api/quizzes/${id}`,
      (id: string) => `/api/quizzes/${id}/export?format=json`,
      (id: string) => `/api/quizzes/${quiz.id}/questions/${id}`,
      (id: string) => `/api/shared/${id}`,
    ];
    const id = fc.oneof(
      fc.string({ maxLength: 200 }).map(encodeURIComponent),
      fc.string({ unit: 'binary', maxLength: 100 }).map(encodeURIComponent),
      fc.constantFrom('..', '%2e%2e', '%252e%252e%252f', '..%2f..%2fetc%2fpasswd', '%00', '%ff', '%', '%zz'),
      fc.constantFrom('a'.repeat(1_999), 'a'.repeat(3_000), 'a'.repeat(12_000), 'a'.repeat(40_000)),
    );
    await fc.assert(
      fc.asyncProperty(id, fc.nat(routes.length - 1), fc.constantFrom('GET', 'DELETE'), async (raw, r, method) => {
        const route = routes[r]!(raw);
        if (route.includes('/questions/') && method === 'GET') return; // no such route
        // 414 and 431: past the longest parameter (2 000 characters) and past Node's 16 KiB of headers.
        await wellBehaved(fetch(`${server.url}${route}`, { method, signal: timeout() }), [400, 404, 414, 431]);
      }),
      fuzzOptions(700, 25),
    );
  });

  it('answers any resume, idempotency, auth, origin and encoding headers and export formats without a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            'last-event-id': headerValue,
            'idempotency-key': headerValue,
            authorization: headerValue,
            'accept-encoding': headerValue,
            origin: fc.oneof(headerValue, fc.constant(server?.url ?? '')),
          },
          { requiredKeys: [] },
        ),
        fc.oneof(fc.constantFrom(...EXPORT_FORMATS), fc.string({ maxLength: 30 })),
        async (headers, format) => {
          // Resume a finished job: a valid Last-Event-ID replays its tail and ends.
          await wellBehaved(
            fetch(`${server.url}/api/quiz/jobs/${jobId}/stream`, { headers, signal: timeout() }),
            [200, 400, 403],
          );
          await wellBehaved(
            fetch(`${server.url}/api/quizzes/${quiz.id}/export?format=${encodeURIComponent(format)}`, {
              headers,
              signal: timeout(),
            }),
            [200, 400, 403],
          );
        },
      ),
      fuzzOptions(300, 25),
    );
  });

  it('answers any upload (random bytes, damaged real PDFs) with 201 or a 4xx, and keeps nothing refused', async () => {
    const corpus = [
      await makePdf({ pages: sampleCoursePages(2) }),
      makeEncryptedPdf(),
      await makePdf({ pages: ['One short page.'] }),
    ];
    const randomBytes: fc.Arbitrary<Uint8Array> = fc.uint8Array({ maxLength: 2_048 });
    const pdfHeaded: fc.Arbitrary<Uint8Array> = randomBytes.map((b) => Buffer.concat([Buffer.from('%PDF-1.7\n'), b]));
    const damaged: fc.Arbitrary<Uint8Array> = fc
      .tuple(fc.nat(), fc.array(pdfMutation, { minLength: 1, maxLength: 3 }))
      .map(([pick, mutations]) =>
        mutations.reduce<Uint8Array>((b, m) => mutatePdf(b, m, corpus), corpus[pick % corpus.length]!),
      );
    const file = fc.oneof(
      { weight: 1, arbitrary: randomBytes },
      { weight: 1, arbitrary: pdfHeaded },
      { weight: 4, arbitrary: damaged },
    );
    await fc.assert(
      fc.asyncProperty(file, fc.string({ maxLength: 300 }), async (bytes, filename) => {
        const status = await wellBehaved(upload(server.url, bytes, filename || 'x.pdf'), [201, 400, 413, 415, 422]);
        if (status === 201) expect(bytes.length).toBeGreaterThan(0);
      }),
      fuzzOptions(300, 35),
    );
    const { readdir } = await import('node:fs/promises');
    const path = await import('node:path');
    expect(await readdir(path.join(server.config.DATA_DIR, 'tmp'))).toEqual([]);
  });
});
