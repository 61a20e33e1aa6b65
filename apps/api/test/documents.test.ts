// Uploads over a real port: a PDF is accepted and described; anything else gets a clear 4xx JSON error.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { makePdf } from '@quizstream/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coursePdf, upload } from './fixtures.js';
import { startTestServer, type TestServer } from './test-server.js';

type ErrorJson = { error: { code: string; message: string } };

describe('POST /api/documents', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ MAX_UPLOAD_MB: '0.5', MAX_PAGES: '20' });
  });
  afterAll(() => server.stop());

  it('stores a PDF and returns its id, name, page count, size and hash', async () => {
    const bytes = await coursePdf(3);
    const response = await upload(server.url, bytes, 'Cell Biology.pdf');
    expect(response.status).toBe(201);
    const doc = (await response.json()) as Record<string, unknown>;
    expect(doc).toMatchObject({ filename: 'Cell Biology.pdf', pages: 3, size: bytes.length });
    expect(doc.id).toMatch(/^doc_[\w-]+$/);
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    const again = await fetch(`${server.url}/api/documents/${doc.id}`);
    expect(await again.json()).toEqual(doc);
    const files = await readdir(path.join(server.config.DATA_DIR, 'documents'));
    expect(files).toContain(`${doc.id}.pdf`);
  });

  it('refuses content that is not a PDF, whatever its name says, and keeps nothing of it', async () => {
    const html = new TextEncoder().encode('<!doctype html><html><body>not a pdf</body></html>');
    const response = await upload(server.url, html, 'looks-like.pdf');
    expect(response.status).toBe(415);
    const body = (await response.json()) as ErrorJson;
    expect(body.error.code).toBe('not_pdf');
    expect(body.error.message).toContain('looks-like.pdf');
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
    expect((await upload(server.url, zip, 'archive.pdf')).status).toBe(415);
    expect(await readdir(path.join(server.config.DATA_DIR, 'tmp'))).toEqual([]);
  });

  it('refuses a truncated PDF with 422 corrupt', async () => {
    const bytes = await coursePdf(2);
    const response = await upload(server.url, bytes.slice(0, Math.floor(bytes.length / 3)));
    expect(response.status).toBe(422);
    expect(((await response.json()) as ErrorJson).error.code).toBe('corrupt');
  });

  it('refuses an empty file, a missing file and a non-multipart body', async () => {
    expect((await upload(server.url, new Uint8Array())).status).toBe(400);
    const noFile = await fetch(`${server.url}/api/documents`, { method: 'POST', body: new FormData() });
    expect(noFile.status).toBe(400);
    expect(((await noFile.json()) as ErrorJson).error.code).toBe('missing_file');
    const json = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(415);
    expect(((await json.json()) as ErrorJson).error.code).toBe('not_multipart');
  });

  it('refuses a file over MAX_UPLOAD_MB with 413', async () => {
    const big = new Uint8Array(600 * 1024);
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    const response = await upload(server.url, big);
    expect(response.status).toBe(413);
    const body = (await response.json()) as ErrorJson;
    expect(body.error.code).toBe('file_too_large');
    expect(body.error.message).toContain('0.5 MB');
  });

  it('refuses a PDF over MAX_PAGES with 422', async () => {
    const response = await upload(
      server.url,
      await makePdf({ pages: Array.from({ length: 21 }, (_, i) => `Page ${i}`) }),
    );
    expect(response.status).toBe(422);
    const body = (await response.json()) as ErrorJson;
    expect(body.error.code).toBe('too_many_pages');
    expect(body.error.message).toContain('21 pages');
  });

  it('answers unknown and malformed document ids with 404 and 400', async () => {
    expect((await fetch(`${server.url}/api/documents/doc_missing`)).status).toBe(404);
    const long = await fetch(`${server.url}/api/documents/${'a'.repeat(500)}`);
    expect(long.status).toBe(400);
    const dots = await fetch(`${server.url}/api/documents/..%2F..%2Fetc%2Fpasswd`);
    expect(dots.status).toBe(400);
    expect(((await dots.json()) as ErrorJson).error.code).toBe('invalid_id');
    const route = await fetch(`${server.url}/api/nothing-here`);
    expect(route.status).toBe(404);
    expect(((await route.json()) as ErrorJson).error.code).toBe('route_not_found');
  });
});

describe('the title of an uploaded document', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  async function titleOf(bytes: Uint8Array, filename: string): Promise<string | null> {
    const response = await upload(server.url, bytes, filename);
    expect(response.status).toBe(201);
    return ((await response.json()) as { title: string | null }).title;
  }

  it('is the metadata title when it names the document', async () => {
    const bytes = await makePdf({ title: 'Cell Biology, Unit 3', pages: ['Cells are the basic unit of life.'] });
    expect(await titleOf(bytes, 'scan0042.pdf')).toBe('Cell Biology, Unit 3');
  });

  it('is not a tool’s default: the file name stands in for "Enscript Output" or "Microsoft Word - Document1"', async () => {
    const enscript = await makePdf({ title: 'Enscript Output', pages: ['Cells are the basic unit of life.'] });
    expect(await titleOf(enscript, 'cells handout.pdf')).toBe('cells handout');
    const word = await makePdf({ title: 'Microsoft Word - Document1', pages: ['Cells are the basic unit of life.'] });
    expect(await titleOf(word, 'unit 3.pdf')).toBe('unit 3');
  });
});
