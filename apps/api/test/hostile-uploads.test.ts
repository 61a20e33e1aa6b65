// Hostile uploads over a real port: files that are not PDFs whatever their name, PDFs that are locked, broken,
// empty or too long, and PDFs built to overload a reader (decompression and object-stream bombs, floods of
// glyphs and operands). Each gets a 4xx with a JSON error a person understands, nothing of it is kept, and the
// server stays responsive and within its memory meanwhile: the PDF is read in a worker process under limits.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { makeEncryptedPdf, makeHostilePdf, makePdf } from '@quizstream/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coursePdf, startStream, upload, uploadOk } from './fixtures.js';
import { collectFrames } from './sse.js';
import { startTestServer, type TestServer } from './test-server.js';

type ErrorJson = { error: { code: string; message: string } };

// Tight limits keep the hostile cases short; the defaults are a few times larger (docs/security.md).
const LIMITS = {
  PDF_OPEN_TIMEOUT_MS: '4000',
  PDF_PAGE_TIMEOUT_MS: '2500',
  PDF_WORKER_HEAP_MB: '128',
  PDF_WORKER_BUFFER_MB: '96',
};

async function refusal(response: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await response.json()) as ErrorJson;
  return { status: response.status, code: body.error.code, message: body.error.message };
}

/** Polls /healthz while `work` runs: the slowest answer, in milliseconds. */
async function slowestHealthCheck<T>(baseUrl: string, work: Promise<T>): Promise<{ result: T; slowestMs: number }> {
  let done = false;
  let slowestMs = 0;
  const polling = (async () => {
    while (!done) {
      const started = performance.now();
      const response = await fetch(`${baseUrl}/healthz`);
      expect(response.status).toBe(200);
      slowestMs = Math.max(slowestMs, performance.now() - started);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const result = await work.finally(() => {
    done = true;
  });
  await polling;
  return { result, slowestMs };
}

describe('hostile uploads', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ ...LIMITS, MAX_UPLOAD_MB: '4', MAX_PAGES: '20', MAX_CONCURRENT_UPLOADS: '1' });
  });
  afterAll(() => server.stop());

  it('refuses HTML, SVG, a zip and an empty file named .pdf, by their content', async () => {
    const cases: [string, Uint8Array, number, string][] = [
      ['page.pdf', new TextEncoder().encode('<!doctype html><script>alert(1)</script>'), 415, 'not_pdf'],
      [
        'drawing.pdf',
        new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><text>x</text></svg>'),
        415,
        'not_pdf',
      ],
      ['archive.pdf', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0]), 415, 'not_pdf'],
      ['empty.pdf', new Uint8Array(), 400, 'empty_file'],
    ];
    for (const [name, bytes, status, code] of cases) {
      const result = await refusal(await upload(server.url, bytes, name));
      expect(result, name).toMatchObject({ status, code });
    }
    const html = await refusal(await upload(server.url, cases[0]![1], 'page.pdf'));
    expect(html.message).toBe('"page.pdf" is not a PDF (its content does not start like one).');
  });

  it('refuses a password-protected and a truncated PDF with 422 and a reason', async () => {
    const encrypted = await refusal(await upload(server.url, makeEncryptedPdf()));
    expect(encrypted).toMatchObject({ status: 422, code: 'encrypted' });
    expect(encrypted.message).toMatch(/password/);
    const course = await coursePdf(2);
    const truncated = await refusal(await upload(server.url, course.slice(0, Math.floor(course.length / 2))));
    expect(truncated).toMatchObject({ status: 422, code: 'corrupt' });
  });

  it('reads a PDF with an empty page tree as one blank page, whose job says there is nothing to ask', async () => {
    // pdf.js (like Acrobat) shows such a file as one blank page rather than refusing it.
    const doc = await uploadOk(server.url, await makePdf({ pages: [] }));
    expect(doc.pages).toBe(1);
    const frames = await collectFrames(await startStream(server.url, doc.id, {}));
    expect(frames.some((f) => f.event.type === 'warning' && f.event.code === 'no_questions')).toBe(true);
    expect(frames.at(-1)?.event.type).toBe('complete');
  });

  it.each([
    ['content-bomb', 'a page content stream inflating to 2 GB'],
    ['metadata-bomb', 'XMP metadata inflating to 2 GB'],
    ['object-stream-bomb', 'the catalog hidden after 2 GB of object-stream padding'],
    ['glyph-flood', 'a first page of 12 million glyphs'],
    ['operand-flood', 'one operator with 60 million operands'],
    ['deep-nesting', 'arrays nested 200 000 deep'],
  ] as const)('refuses %s (%s) with a 422, staying responsive and within memory', async (kind, _what) => {
    const bytes = makeHostilePdf({ kind, ...(kind === 'operand-flood' ? { glyphs: 60_000_000 } : {}) });
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const { result, slowestMs } = await slowestHealthCheck(server.url, upload(server.url, bytes, `${kind}.pdf`));
    const refused = await refusal(result);
    expect(refused.status).toBe(422);
    expect(refused.code).toBe(kind === 'deep-nesting' ? 'corrupt' : 'pdf_too_complex');
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(slowestMs).toBeLessThan(500);
    // The bomb went off in the worker: this process (which is the server) did not grow with it.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 * 1024);
    expect(await readdir(path.join(server.config.DATA_DIR, 'tmp'))).toEqual([]);
  });

  it('refuses a PDF with more pages than MAX_PAGES before reading any of them', async () => {
    const refused = await refusal(await upload(server.url, await makePdf({ pages: Array(21).fill('A page.') })));
    expect(refused).toMatchObject({ status: 422, code: 'too_many_pages' });
    expect(refused.message).toBe('The PDF has 21 pages; the limit is 20 (MAX_PAGES).');
  });

  it('refuses an upload past MAX_UPLOAD_MB with 413 and keeps no part of it', async () => {
    const big = new Uint8Array(5 * 1024 * 1024);
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    const refused = await refusal(await upload(server.url, big));
    expect(refused).toMatchObject({ status: 413, code: 'file_too_large' });
    expect(await readdir(path.join(server.config.DATA_DIR, 'tmp'))).toEqual([]);
  });

  it('answers 503 with Retry-After while MAX_CONCURRENT_UPLOADS PDFs are being checked', async () => {
    const slow = upload(server.url, makeHostilePdf({ kind: 'glyph-flood' }), 'slow.pdf');
    await new Promise((r) => setTimeout(r, 400));
    const busy = await upload(server.url, await coursePdf(1));
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('5');
    expect((await refusal(busy)).code).toBe('overloaded');
    expect((await slow).status).toBe(422);
    expect((await upload(server.url, await coursePdf(1))).status).toBe(201);
  });

  it('ends the job with a pdf_too_complex error event when a bomb sits on a later page', async () => {
    const doc = await uploadOk(server.url, makeHostilePdf({ kind: 'content-bomb', pagesBefore: 4 }));
    expect(doc.pages).toBe(5);
    const frames = await collectFrames(await startStream(server.url, doc.id, { questionsPerPage: 1 }));
    const last = frames.at(-1)?.event;
    expect(last).toMatchObject({ type: 'error', code: 'pdf_too_complex', retryable: false });
    const pagesDone = frames.flatMap((f) =>
      f.event.type === 'progress' && f.event.stage === 'generating' ? [f.event.page] : [],
    );
    expect(pagesDone).toEqual([1, 2, 3, 4]);
    const first = frames[0]!.event;
    const jobId = first.type === 'connection' ? first.jobId : '';
    const job = await (await fetch(`${server.url}/api/quiz/jobs/${jobId}`)).json();
    expect(job).toMatchObject({ status: 'failed', error: { code: 'pdf_too_complex' } });
  });
});
