// GET /api/documents/:id/pages/:page over a real port: a page's text and the role of each of its blocks, read
// through the PDF worker; clear 400/404 errors; another key's document is answered like an unknown one.
import { DocumentPage } from '@quizstream/core';
import { makeRolesSamplePdf } from '@quizstream/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server.js';

type ErrorJson = { error: { code: string; message: string } };

const ALICE = 'alice-token-0123456789abcdef';
const BOB = 'bob-token-0123456789abcdefgh';

describe('GET /api/documents/:id/pages/:page', () => {
  let server: TestServer;
  let doc: string;
  const get = (path: string, token = ALICE) =>
    fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    server = await startTestServer({ API_KEYS: `alice:${ALICE},bob:${BOB}` });
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(await makeRolesSamplePdf())], { type: 'application/pdf' }), 'guide.pdf');
    const response = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${ALICE}` },
    });
    expect(response.status).toBe(201);
    doc = ((await response.json()) as { id: string }).id;
  });
  afterAll(() => server.stop());

  it('returns a contents page as contents, its running title as a header, each block with its text', async () => {
    const response = await get(`/api/documents/${doc}/pages/2`);
    expect(response.status).toBe(200);
    const page = DocumentPage.parse(await response.json());
    expect(page).toMatchObject({ page: 2, pages: 5, role: 'contents' });
    expect(page.blocks.slice(0, 2)).toEqual([
      { role: 'header_footer', start: 0, end: 37, text: 'Guide du nouveau responsable Debian 2' },
      { role: 'heading', start: 38, end: 56, text: 'Table des matières' },
    ]);
    for (const block of page.blocks) expect(page.text.slice(block.start, block.end)).toBe(block.text);
    expect(page.blocks.at(-1)).toMatchObject({ role: 'contents' });
  });

  it('tells prose, code and references apart on the pages that hold them', async () => {
    const roles = async (n: number) => {
      const page = DocumentPage.parse(await (await get(`/api/documents/${doc}/pages/${n}`)).json());
      return { role: page.role, blocks: page.blocks.map((b) => b.role) };
    };
    expect(await roles(3)).toEqual({ role: 'body', blocks: ['header_footer', 'heading', 'body', 'body'] });
    expect(await roles(4)).toEqual({ role: 'body', blocks: ['header_footer', 'body', 'code', 'body'] });
    expect(await roles(5)).toEqual({ role: 'references', blocks: ['header_footer', 'heading', 'references'] });
  });

  it('refuses a page that is not a number with 400 and one past the end with 404, naming the problem', async () => {
    for (const bad of ['0', 'abc', '-1', '2.5', '1e3']) {
      const response = await get(`/api/documents/${doc}/pages/${bad}`);
      expect([bad, response.status]).toEqual([bad, 400]);
      expect(((await response.json()) as ErrorJson).error.code).toBe('invalid_page');
    }
    const past = await get(`/api/documents/${doc}/pages/6`);
    expect(past.status).toBe(404);
    const body = (await past.json()) as ErrorJson;
    expect(body.error.code).toBe('page_not_found');
    expect(body.error.message).toContain('has 5 pages');
  });

  it('answers an unknown document, a malformed id and another key’s document like the document route does', async () => {
    const unknown = await get('/api/documents/doc_nope/pages/1');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ErrorJson).error.code).toBe('not_found');
    const malformed = await get('/api/documents/doc%20x!/pages/1');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as ErrorJson).error.code).toBe('invalid_id');
    const bobs = await get(`/api/documents/${doc}/pages/1`, BOB);
    expect(bobs.status).toBe(404);
    expect(await bobs.json()).toEqual(await (await get(`/api/documents/${doc}`, BOB)).json());
    expect((await fetch(`${server.url}/api/documents/${doc}/pages/1`)).status).toBe(401);
  });
});
