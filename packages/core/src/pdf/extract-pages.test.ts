import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BLANK_PAGE, makePdf } from '../testing/make-pdf.js';
import { MULTILINGUAL_SAMPLES } from '../testing/multilingual-samples.js';
import { sampleCoursePages } from '../testing/sample-course.js';
import { extractPages } from './extract-pages.js';
import { normalizeText } from './normalize-text.js';
import { openPdf, type PdfDocument } from './open-pdf.js';
import type { PageText } from './page-text.js';
import { PdfError } from './pdf-error.js';

async function collect(pages: AsyncIterable<PageText>): Promise<PageText[]> {
  const result: PageText[] = [];
  for await (const page of pages) result.push(page);
  return result;
}

/** Spies on pdf.js's destroy(), shared by every document through the prototype. */
async function spyOnDestroy() {
  const probe = await openPdf(await makePdf({ pages: ['probe'] }));
  const prototype = Object.getPrototypeOf(probe.proxy) as PdfDocument['proxy'];
  await probe.close();
  return vi.spyOn(prototype, 'destroy');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('extractPages', () => {
  let course: Uint8Array;
  const coursePages = sampleCoursePages(5);
  beforeAll(async () => {
    course = await makePdf({ pages: coursePages });
  });

  it('yields every page in order with its text, paragraphs as "\\n"', async () => {
    const pages = await collect(extractPages(course));
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3, 4, 5]);
    expect(pages.every((p) => p.totalPages === 5)).toBe(true);
    for (const [i, page] of pages.entries()) {
      expect(page.text).toBe(normalizeText(coursePages[i]!.join('\n')));
    }
  });

  it('keeps Japanese, Russian and Greek text intact, including Latin digits inside Japanese lines', async () => {
    const samples = [MULTILINGUAL_SAMPLES.ja, MULTILINGUAL_SAMPLES.ru, MULTILINGUAL_SAMPLES.el];
    const pages = await collect(extractPages(await makePdf({ font: 'noto', pages: samples })));
    expect(pages.map((p) => p.text)).toEqual(samples.map((paragraphs) => paragraphs.join('\n')));
  });

  it('keeps Hebrew text in logical order, with its numbers and final stops where they belong', async () => {
    // Drawn right-aligned in visual order, as PDF producers store right-to-left text.
    const [page] = await collect(extractPages(await makePdf({ font: 'noto', pages: [MULTILINGUAL_SAMPLES.he] })));
    expect(page!.text).toBe(MULTILINGUAL_SAMPLES.he.join('\n'));
  });

  it('keeps the spaces between words drawn in different fonts on one line', async () => {
    const line = 'Tokyo (東京) has been the capital of Japan since 1868, and Москва is the capital of Russia.';
    const [page] = await collect(extractPages(await makePdf({ font: 'noto', pages: [line] })));
    expect(page!.text).toBe(line);
  });

  it('joins hyphenated line ends and expands ligatures', async () => {
    const text = 'Cells exchange informa-\u2028tion through the ﬁnal ﬂow of signals in the oﬃce of the nucleus.';
    const [page] = await collect(extractPages(await makePdf({ font: 'noto', pages: [[text]] })));
    expect(page!.text).toBe(
      'Cells exchange information through the final flow of signals in the office of the nucleus.',
    );
  });

  it('yields an empty text for a page without text', async () => {
    const pages = await collect(extractPages(await makePdf({ pages: ['Before', BLANK_PAGE, '', 'After'] })));
    expect(pages.map((p) => p.text)).toEqual(['Before', '', '', 'After']);
  });

  it('extracts only the pages from `from` to `to`, clamped to the document', async () => {
    expect((await collect(extractPages(course, { from: 2, to: 4 }))).map((p) => [p.page, p.totalPages])).toEqual([
      [2, 5],
      [3, 5],
      [4, 5],
    ]);
    expect((await collect(extractPages(course, { from: 4, to: 99 }))).map((p) => p.page)).toEqual([4, 5]);
    expect(await collect(extractPages(course, { from: 6 }))).toEqual([]);
    await expect(collect(extractPages(course, { from: 0 }))).rejects.toBeInstanceOf(RangeError);
    await expect(collect(extractPages(course, { to: 2.5 }))).rejects.toBeInstanceOf(RangeError);
  });

  it('throws PdfErrors from opening on the first next()', async () => {
    const notPdf = extractPages(new TextEncoder().encode('<html></html>'));
    await expect(notPdf.next()).rejects.toMatchObject({ name: 'PdfError', code: 'not_pdf' });
  });

  describe('laziness', () => {
    let long: Uint8Array;
    beforeAll(async () => {
      long = await makePdf({ pages: sampleCoursePages(300) });
    });

    it('parses a page only when the consumer asks for it', async () => {
      const doc = await openPdf(long);
      const getPage = vi.spyOn(doc.proxy, 'getPage');
      const pages = extractPages(doc);
      expect(getPage).not.toHaveBeenCalled();
      expect((await pages.next()).value).toMatchObject({ page: 1, totalPages: 300 });
      expect(getPage.mock.calls).toEqual([[1]]);
      await pages.next();
      await pages.next();
      expect(getPage.mock.calls).toEqual([[1], [2], [3]]);
      await pages.return();
      await doc.close();
    });

    it('destroys the document it opened when the consumer stops early', async () => {
      const destroy = await spyOnDestroy();
      for await (const page of extractPages(long)) {
        if (page.page === 2) break;
      }
      expect(destroy).toHaveBeenCalledTimes(1);
    });

    it('leaves open a document it was given', async () => {
      const doc = await openPdf(course);
      const destroy = vi.spyOn(doc.proxy, 'destroy');
      expect(await collect(extractPages(doc, { to: 1 }))).toHaveLength(1);
      expect(destroy).not.toHaveBeenCalled();
      await doc.close();
    });
  });

  describe('abort', () => {
    it('stops with an AbortError and destroys the document when the signal aborts between pages', async () => {
      const destroy = await spyOnDestroy();
      const controller = new AbortController();
      const seen: number[] = [];
      const run = (async () => {
        for await (const page of extractPages(course, { signal: controller.signal })) {
          seen.push(page.page);
          if (page.page === 2) controller.abort();
        }
      })();
      await expect(run).rejects.toMatchObject({ name: 'AbortError' });
      expect(seen).toEqual([1, 2]);
      expect(destroy).toHaveBeenCalled();
    });

    it('stops at once while a page is still being read', async () => {
      const doc = await openPdf(course);
      vi.spyOn(doc.proxy, 'getPage').mockImplementation(() => new Promise(() => {}));
      const controller = new AbortController();
      const next = extractPages(doc, { signal: controller.signal }).next();
      setTimeout(() => controller.abort(), 20);
      await expect(next).rejects.toMatchObject({ name: 'AbortError' });
      await doc.close();
    });

    it('does not open the document when the signal is already aborted', async () => {
      const destroy = await spyOnDestroy();
      await expect(extractPages(course, { signal: AbortSignal.abort() }).next()).rejects.toMatchObject({
        name: 'AbortError',
      });
      expect(destroy).not.toHaveBeenCalled();
    });
  });

  describe('a page that cannot be read', () => {
    async function docWithBrokenPage2() {
      const doc = await openPdf(course);
      const getPage = doc.proxy.getPage.bind(doc.proxy);
      vi.spyOn(doc.proxy, 'getPage').mockImplementation((n) =>
        n === 2 ? Promise.reject(new Error('Bad FCHECK in flate stream')) : getPage(n),
      );
      return doc;
    }

    it('ends extraction with PdfError corrupt naming the page', async () => {
      const doc = await docWithBrokenPage2();
      const error = await collect(extractPages(doc)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PdfError);
      expect(error).toMatchObject({ code: 'corrupt', page: 2, message: expect.stringMatching(/^Page 2 /) });
      await doc.close();
    });

    it('is reported and skipped with an empty text when onPageError is given', async () => {
      const doc = await docWithBrokenPage2();
      const errors: PdfError[] = [];
      const pages = await collect(extractPages(doc, { to: 3, onPageError: (e) => errors.push(e) }));
      expect(pages.map((p) => [p.page, p.text === ''])).toEqual([
        [1, false],
        [2, true],
        [3, false],
      ]);
      expect(errors.map((e) => [e.code, e.page])).toEqual([['corrupt', 2]]);
      await doc.close();
    });
  });
});
