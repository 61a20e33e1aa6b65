// GET /api/documents/:id/file and GET /api/shared/:token/file over a real port: the uploaded PDF itself, byte for
// byte, in ranges as pdf.js asks for it; to its owner and to a share link's holder, for that quiz's document
// only; 404 once the document is gone, whatever the quiz.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coursePdf } from './fixtures.js';
import { type Client, makeQuiz, type SignInSetup, startSignInServer } from './sign-in-server.js';

describe('the PDF of a document, for the source viewer', () => {
  let setup: SignInSetup;
  let alice: Client;
  let bob: Client;
  let doc: string;
  let quiz: string;
  let token: string;
  let original: Uint8Array;

  beforeAll(async () => {
    setup = await startSignInServer();
    alice = await setup.teacher('alice');
    bob = await setup.teacher('bob');
    // The fixture is the same bytes each time it is made: what makeQuiz uploads.
    original = await coursePdf(3);
    ({ doc, quiz } = await makeQuiz(alice, 3));
    const shared = await alice.fetch(`/api/quizzes/${quiz}/share`, { method: 'POST' });
    token = ((await shared.json()) as { token: string }).token;
  });
  afterAll(async () => {
    await setup?.stop();
  });

  it('serves its owner the PDF as uploaded, inline, and in the ranges pdf.js asks for', async () => {
    const whole = await alice.fetch(`/api/documents/${doc}/file`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('application/pdf');
    expect(whole.headers.get('content-disposition')).toMatch(/^inline/);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(new Uint8Array(await whole.arrayBuffer())).toEqual(original);

    const part = await alice.fetch(`/api/documents/${doc}/file`, { headers: { range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${original.length}`);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(original.subarray(100, 200));

    // Revalidated, not sent again. (fetch adds "Cache-Control: no-cache" to a request with a validator of its
    // own, which asks for the whole file again; a browser revalidating from its cache sends max-age=0.)
    const etag = whole.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await alice.fetch(`/api/documents/${doc}/file`, {
      headers: { 'if-none-match': etag!, 'cache-control': 'max-age=0' },
    });
    expect(again.status).toBe(304);
  });

  it('answers another teacher and nobody as for a document that does not exist', async () => {
    const other = await bob.fetch(`/api/documents/${doc}/file`);
    expect(other.status).toBe(404);
    expect(((await other.json()) as { error: { code: string } }).error.code).toBe('not_found');
    expect((await setup.anonymous.fetch(`/api/documents/${doc}/file`)).status).toBe(401);
  });

  it('gives a share link the PDF of its quiz, a made-up link nothing, and nothing once the document is gone', async () => {
    const shared = await setup.anonymous.fetch(`/api/shared/${token}/file`);
    expect(shared.status).toBe(200);
    expect(new Uint8Array(await shared.arrayBuffer())).toEqual(original);
    expect((await setup.anonymous.fetch(`/api/shared/${'A'.repeat(22)}/file`)).status).toBe(404);
    expect((await setup.anonymous.fetch('/api/shared/not-a-token/file')).status).toBe(400);

    // Deleting the document leaves the quiz's link answering 404 for the file, as JSON naming the problem.
    const removed = await alice.fetch(`/api/documents/${doc}`, { method: 'DELETE' });
    expect(removed.status).toBe(204);
    const gone = await setup.anonymous.fetch(`/api/shared/${token}/file`);
    expect(gone.status).toBe(404);
    expect(gone.headers.get('content-type')).toMatch(/application\/json/);
  });
});
