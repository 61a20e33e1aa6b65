// A scanned PDF (pages that are only images of text) through the real server: the job reads each page with
// OCR in the PDF worker, says so in its progress, and its questions are grounded in what OCR read and marked
// as such. Editing one of them checks the new quote against the same OCR text; with OCR off the pages are
// blank and the job says why instead of inventing questions.
import type { Question, Quiz } from '@quizstream/core';
import { makeScannedPdf } from '@quizstream/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStream, uploadOk } from './fixtures.js';
import { collectFrames } from './sse.js';
import { startTestServer, type TestServer } from './test-server.js';

const PAGES = [
  [
    'The mitochondrion is the site of cellular respiration in eukaryotic cells.',
    'Robert Hooke first described cells in 1665 after examining thin slices of cork under a microscope.',
  ],
  [
    'Photosynthesis takes place in the chloroplasts of plant cells, which contain the green pigment chlorophyll.',
    'Charles Darwin published On the Origin of Species in 1859.',
  ],
];

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

describe('scanned PDFs through the API', () => {
  let server: TestServer;
  let scanned: Uint8Array;
  beforeAll(async () => {
    server = await startTestServer({ OCR: 'auto', OCR_LANGS: 'eng' });
    scanned = await makeScannedPdf({ pages: PAGES });
  });
  afterAll(() => server.stop());

  it('reads every page with OCR, reports "OCR page n/N", and marks the grounded questions as OCR', async () => {
    const doc = await uploadOk(server.url, scanned);
    expect(doc.pages).toBe(2);
    const frames = await collectFrames(await startStream(server.url, doc.id, { questionsPerPage: 2 }));
    const events = frames.map((f) => f.event);
    expect(events.at(-1)?.type).toBe('complete');
    const messages = events.flatMap((e) => (e.type === 'progress' && e.message ? [e.message] : []));
    expect(messages).toEqual(expect.arrayContaining(['OCR page 1/2', 'OCR page 2/2']));
    const questions = events.flatMap((e): Question[] => (e.type === 'question' ? [e.question] : []));
    expect(new Set(questions.map((q) => q.source.page))).toEqual(new Set([1, 2]));
    for (const q of questions) {
      expect(q.source.ocr).toBe(true);
      // Each quote is a sentence of its page (OCR of a clean rendering reads these sentences exactly).
      const normalized = q.source.quote.replace(/\s+/g, ' ');
      expect(PAGES[q.source.page - 1]!.some((sentence) => sentence.includes(normalized))).toBe(true);
    }

    // The stored quiz keeps the mark, and an edit is checked against the page's OCR text.
    const complete = events.at(-1)!;
    if (complete.type !== 'complete') throw new Error('no quiz');
    const quiz = (await (await fetch(`${server.url}/api/quizzes/${complete.quizId}`)).json()) as Quiz;
    const q = quiz.questions.find((x) => x.source.page === 2)!;
    expect(q.source.ocr).toBe(true);
    const url = `${server.url}/api/quizzes/${quiz.id}/questions/${q.id}`;
    const onPage = {
      ...q,
      source: { ...q.source, quote: 'Charles Darwin published On the Origin of Species in 1859.' },
    };
    const saved = await fetch(url, json('PUT', onPage));
    expect(saved.status).toBe(200);
    const notOnPage = { ...q, source: { ...q.source, quote: 'Gregor Mendel studied peas in a monastery garden.' } };
    const refused = await fetch(url, json('PUT', notOnPage));
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('quote_not_on_page');
  });

  it('with OCR off, finds no text on a scanned page and says so instead of making questions', async () => {
    const off = await startTestServer({ OCR: 'off' });
    try {
      const doc = await uploadOk(off.url, scanned);
      const frames = await collectFrames(await startStream(off.url, doc.id, { questionsPerPage: 2 }));
      const events = frames.map((f) => f.event);
      expect(events.filter((e) => e.type === 'question')).toEqual([]);
      expect(events.some((e) => e.type === 'warning' && e.code === 'no_questions')).toBe(true);
      expect(events.some((e) => e.type === 'progress' && e.message?.startsWith('OCR page'))).toBe(false);
    } finally {
      await off.stop();
    }
  });
});
