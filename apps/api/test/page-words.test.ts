// GET /api/documents/:id/pages/:page/words and GET /api/shared/:token/pages/:page/words over a real port: the words
// Tesseract reads on a scanned page, each with its place on the page as it shows (a sheet scanned sideways too),
// for the source viewer to highlight a quote where there is no text layer. Same ownership and share rules as the
// document's PDF; clear errors for pages that do not exist and for a server without OCR.
import type { Quiz } from '@quizstream/core';
import { makeScannedPdf } from '@quizstream/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type SignInSetup, startSignInServer } from './sign-in-server.js';
import { collectFrames } from './sse.js';

const PAGE = [
  'The mitochondrion is the site of cellular respiration in eukaryotic cells.',
  'Robert Hooke first described cells in 1665 after looking at thin slices of cork.',
];

interface Words {
  page: number;
  words: { text: string; box: [number, number, number, number] }[];
}

async function uploadScan(client: Client, pdf: Uint8Array): Promise<{ id: string }> {
  const form = new FormData();
  form.append('file', new Blob([Buffer.from(pdf)], { type: 'application/pdf' }), 'scan.pdf');
  const uploaded = await client.fetch('/api/documents', { method: 'POST', body: form });
  expect(uploaded.status).toBe(201);
  return (await uploaded.json()) as { id: string };
}

const errorCode = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;

describe('the words of a scanned page, for the source viewer', () => {
  let setup: SignInSetup;
  let alice: Client;
  let bob: Client;
  let doc: string;
  let quiz: Quiz;
  let token: string;

  beforeAll(async () => {
    setup = await startSignInServer();
    alice = await setup.teacher('alice');
    bob = await setup.teacher('bob');
    // An upright sheet, then the same sheet turned sideways on the scanner.
    ({ id: doc } = await uploadScan(alice, await makeScannedPdf({ pages: [PAGE, PAGE], turned: [0, 90] })));
    const stream = await alice.fetch(`/api/quiz/generate-stream/${doc}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"questionsPerPage":2}',
    });
    const last = (await collectFrames(stream)).at(-1)!.event;
    if (last.type !== 'complete') throw new Error(`generation did not complete: ${JSON.stringify(last)}`);
    quiz = (await (await alice.fetch(`/api/quizzes/${last.quizId}`)).json()) as Quiz;
    const shared = await alice.fetch(`/api/quizzes/${quiz.id}/share`, { method: 'POST' });
    token = ((await shared.json()) as { token: string }).token;
  }, 120_000);
  afterAll(async () => {
    await setup?.stop();
  });

  it("gives its owner each word of the page with its box, in which every OCR question's quote is found", async () => {
    const response = await alice.fetch(`/api/documents/${doc}/pages/1/words`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, max-age=3600');
    const { page, words } = (await response.json()) as Words;
    expect(page).toBe(1);
    expect(words.map((w) => w.text).join(' ')).toBe(PAGE.join(' '));
    for (const { box } of words) {
      expect(box.every((v) => v >= 0 && v <= 1)).toBe(true);
      expect(box[0]).toBeLessThan(box[2]);
      expect(box[1]).toBeLessThan(box[3]);
    }
    // Upright: the first word at the top left, the line running right.
    expect(words[0]!.box[0]).toBeLessThan(0.2);
    expect(words[0]!.box[1]).toBeLessThan(0.3);
    expect(words[1]!.box[0]).toBeGreaterThan(words[0]!.box[2] - 0.001);

    const asked = quiz.questions.filter((q) => q.source.page === 1);
    expect(asked.length).toBeGreaterThan(0);
    const squeeze = (text: string) => text.replace(/\s+/gu, '');
    for (const q of asked) {
      expect(q.source.ocr).toBe(true);
      expect(squeeze(words.map((w) => w.text).join(''))).toContain(squeeze(q.source.quote));
    }
  }, 60_000);

  it('places the words of a sheet scanned sideways on the page as it shows', async () => {
    const { words } = (await (await alice.fetch(`/api/documents/${doc}/pages/2/words`)).json()) as Words;
    expect(words.map((w) => w.text).join(' ')).toBe(PAGE.join(' '));
    // Turned by 90 degrees: the first word at the top right, the line running down.
    expect(words[0]!.box[2]).toBeGreaterThan(0.8);
    expect(words[0]!.box[1]).toBeLessThan(0.2);
    expect(words[1]!.box[1]).toBeGreaterThan(words[0]!.box[3] - 0.001);
  }, 60_000);

  it('gives a share link the words of its own document only, and others what they get for the PDF', async () => {
    const owned = (await (await alice.fetch(`/api/documents/${doc}/pages/1/words`)).json()) as Words;
    const viaLink = await setup.anonymous.fetch(`/api/shared/${token}/pages/1/words`);
    expect(viaLink.status).toBe(200);
    expect((await viaLink.json()) as Words).toEqual(owned);

    const other = await bob.fetch(`/api/documents/${doc}/pages/1/words`);
    expect(other.status).toBe(404);
    expect(await errorCode(other)).toBe('not_found');
    expect((await setup.anonymous.fetch(`/api/documents/${doc}/pages/1/words`)).status).toBe(401);
    expect((await setup.anonymous.fetch(`/api/shared/${'C'.repeat(22)}/pages/1/words`)).status).toBe(404);
    expect(await errorCode(await setup.anonymous.fetch('/api/shared/bad/pages/1/words'))).toBe('invalid_token');
  }, 60_000);

  it('refuses pages that do not exist or are not page numbers, with JSON naming the problem', async () => {
    const beyond = await alice.fetch(`/api/documents/${doc}/pages/3/words`);
    expect(beyond.status).toBe(404);
    expect(await errorCode(beyond)).toBe('page_not_found');
    for (const page of ['0', 'x', '-1', '1.5']) {
      const bad = await alice.fetch(`/api/documents/${doc}/pages/${page}/words`);
      expect(bad.status, page).toBe(400);
      expect(await errorCode(bad)).toBe('invalid_page');
    }
    const viaLink = await setup.anonymous.fetch(`/api/shared/${token}/pages/9/words`);
    expect(viaLink.status).toBe(404);
    expect(await errorCode(viaLink)).toBe('page_not_found');
  });

  it('says so on a server with OCR off', async () => {
    const off = await startSignInServer({ OCR: 'off' });
    try {
      const carol = await off.teacher('alice');
      const { id } = await uploadScan(carol, await makeScannedPdf({ pages: [PAGE] }));
      const response = await carol.fetch(`/api/documents/${id}/pages/1/words`);
      expect(response.status).toBe(409);
      expect(await errorCode(response)).toBe('ocr_off');
    } finally {
      await off.stop();
    }
  });
});
