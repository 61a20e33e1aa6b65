// The upload use case called directly with the server's own parts (files, PDF workers, store): no HTTP request.
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentUploads, sanitizeFilename } from '../src/documents/document-uploads.js';
import { coursePdf } from './fixtures.js';
import { refusal } from './refusal.js';
import { startTestServer, type TestServer } from './test-server.js';

let server: TestServer;
let uploads: DocumentUploads;

beforeAll(async () => {
  server = await startTestServer({ MAX_PAGES: '4' });
  uploads = new DocumentUploads(server.ctx);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

const file = (bytes: Uint8Array | string, truncated = false) =>
  Object.assign(Readable.from([Buffer.from(bytes)]), { truncated });

describe('adding an uploaded PDF', () => {
  it('keeps a PDF with its pages, title and checksum, under a clean name', async () => {
    const document = await uploads.add({ file: file(await coursePdf(3)), filename: '../notes/\u0007course.pdf' }, null);
    expect(document).toMatchObject({ filename: 'course.pdf', pages: 3 });
    expect(document.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await server.ctx.files.has(document.id)).toBe(true);
    expect(await server.ctx.store.getDocument(document.id)).toMatchObject({ id: document.id, pages: 3 });
  });

  it('refuses what is empty, cut off, not a PDF or past the page limit, and keeps nothing of it', async () => {
    const before = (await server.ctx.store.library.listDocuments(null)).length;
    expect((await refusal(uploads.add({ file: file(''), filename: 'a.pdf' }, null))).code).toBe('empty_file');
    const cut = await refusal(uploads.add({ file: file(await coursePdf(1), true), filename: 'a.pdf' }, null));
    expect([cut.status, cut.code]).toEqual([413, 'file_too_large']);
    const text = await refusal(uploads.add({ file: file('hello, not a pdf'), filename: 'notes.txt' }, null));
    expect([text.status, text.code, text.message]).toEqual([415, 'not_pdf', expect.stringContaining('"notes.txt"')]);
    const long = await refusal(uploads.add({ file: file(await coursePdf(6)), filename: 'long.pdf' }, null));
    expect([long.status, long.code]).toEqual([422, 'too_many_pages']);
    const broken = await refusal(
      uploads.add({ file: file('%PDF-1.7\n1 0 obj << >>\n%%EOF'), filename: 'x.pdf' }, null),
    );
    expect(broken.status).toBe(422);
    expect((await server.ctx.store.library.listDocuments(null)).length).toBe(before);
  });

  it('names what it keeps without a path or control characters', () => {
    expect(sanitizeFilename('C:\\Users\\me\\quiz.pdf')).toBe('quiz.pdf');
    expect(sanitizeFilename('\u0000\u001f')).toBe('document.pdf');
    expect(sanitizeFilename('a'.repeat(300))).toHaveLength(200);
  });
});
