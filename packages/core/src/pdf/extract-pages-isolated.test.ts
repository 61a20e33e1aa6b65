import { afterAll, describe, expect, it } from 'vitest';
import { makeEncryptedPdf } from '../testing/make-encrypted-pdf.js';
import { type HostilePdfKind, makeHostilePdf } from '../testing/make-hostile-pdf.js';
import { makePdf } from '../testing/make-pdf.js';
import { makeScannedPdf } from '../testing/make-scanned-pdf.js';
import { sampleCoursePages } from '../testing/sample-course.js';
import { extractPages } from './extract-pages.js';
import { extractPagesIsolated } from './extract-pages-isolated.js';
import { closeIdlePdfWorkers, openPdfIsolated, type PdfIsolationLimits, workerMemoryMb } from './isolated-pdf.js';
import { PdfMemoryPool } from './memory-pool.js';
import type { PageText } from './page-text.js';
import { PdfError } from './pdf-error.js';

// Tight limits keep the hostile cases short; the defaults are several times larger.
const LIMITS: Partial<PdfIsolationLimits> = { openTimeoutMs: 5_000, pageTimeoutMs: 2_500, heapMb: 128, bufferMb: 96 };

async function collect(pages: AsyncIterable<PageText>): Promise<PageText[]> {
  const result: PageText[] = [];
  for await (const page of pages) result.push(page);
  return result;
}

/** Extracts every page of `bytes` in a worker, measuring how late this thread's timers fire meanwhile. */
async function extractWatched(bytes: Uint8Array, limits = LIMITS) {
  let maxLagMs = 0;
  let last = performance.now();
  const lag = setInterval(() => {
    const now = performance.now();
    maxLagMs = Math.max(maxLagMs, now - last - 10);
    last = now;
  }, 10);
  const rssBefore = process.memoryUsage().rss;
  let maxRssGrowth = 0;
  const rss = setInterval(() => {
    maxRssGrowth = Math.max(maxRssGrowth, process.memoryUsage().rss - rssBefore);
  }, 20);
  const started = performance.now();
  try {
    const error = await collect(extractPagesIsolated(bytes, { limits })).then(
      () => undefined,
      (e: unknown) => e,
    );
    return { error, ms: performance.now() - started, maxLagMs, maxRssGrowth };
  } finally {
    clearInterval(lag);
    clearInterval(rss);
  }
}

afterAll(() => closeIdlePdfWorkers());

describe('extractPagesIsolated', () => {
  it('yields exactly what extractPages yields, and leaves the caller bytes intact', async () => {
    const bytes = await makePdf({ pages: sampleCoursePages(4), title: 'Cells' });
    const length = bytes.length;
    const isolated = await collect(extractPagesIsolated(bytes, { from: 2 }));
    expect(bytes.length).toBe(length);
    expect(isolated).toEqual(await collect(extractPages(bytes, { from: 2 })));
    const doc = await openPdfIsolated(bytes);
    expect(doc).toMatchObject({ numPages: 4, title: 'Cells' });
    await doc.close();
    await doc.close();
  });

  it('reads a scanned page with OCR in the worker, reporting it before it starts', async () => {
    const scanned = await makeScannedPdf({ pages: [['Mitochondria produce most of the energy of the cell.']] });
    const reported: number[] = [];
    const [page] = await collect(
      extractPagesIsolated(scanned, { ocr: { mode: 'auto', langs: ['eng'], onOcr: (p) => void reported.push(p) } }),
    );
    expect(reported).toEqual([1]);
    expect(page).toMatchObject({ page: 1, source: 'ocr' });
    expect(page!.text).toMatch(/Mitochondria produce most/);
  });

  it('refuses what openPdf refuses, with the same codes, and opens an encrypted PDF with its password', async () => {
    const codeOf = (bytes: Uint8Array, password?: string) =>
      openPdfIsolated(bytes, password === undefined ? {} : { password }).then(
        async (doc) => {
          await doc.close();
          return 'opened';
        },
        (e: unknown) => (e instanceof PdfError ? e.code : String(e)),
      );
    const course = await makePdf({ pages: sampleCoursePages(2) });
    expect(await codeOf(new TextEncoder().encode('<html>not a pdf</html>'))).toBe('not_pdf');
    expect(await codeOf(makeEncryptedPdf())).toBe('encrypted');
    expect(await codeOf(makeEncryptedPdf(), 'secret')).toBe('opened');
    expect(await codeOf(course.slice(0, Math.floor(course.length / 3)))).toBe('corrupt');
  });

  it.each<[HostilePdfKind, string]>([
    ['content-bomb', 'a page content stream inflating to 2 GB'],
    ['metadata-bomb', 'XMP metadata inflating to 2 GB'],
    ['object-stream-bomb', 'an object stream hiding the catalog after 2 GB of padding'],
    ['operand-flood', 'an operator with 60 million operands'],
    ['glyph-flood', 'a page drawing 12 million glyphs'],
  ])('stops %s (%s) with pdf_too_complex, in bounded time and memory, without stalling this thread', async (kind) => {
    const bytes = makeHostilePdf({ kind, ...(kind === 'operand-flood' ? { glyphs: 60_000_000 } : {}) });
    expect(bytes.length).toBeLessThan(2_500_000);
    const { error, ms, maxLagMs, maxRssGrowth } = await extractWatched(bytes);
    expect(error).toBeInstanceOf(PdfError);
    expect(error).toMatchObject({ code: 'pdf_too_complex', status: 422 });
    expect((error as PdfError).message).toMatch(/took longer than|more memory than allowed/);
    expect(ms).toBeLessThan(10_000);
    expect(maxLagMs).toBeLessThan(400);
    // The worker's memory is not this process's: a bomb never shows up here.
    expect(maxRssGrowth).toBeLessThan(150 * 1024 * 1024);
  });

  it('refuses objects nested 200 000 levels deep as corrupt, without a crash', async () => {
    const { error } = await extractWatched(makeHostilePdf({ kind: 'deep-nesting' }));
    expect(error).toMatchObject({ code: 'corrupt', status: 422 });
  });

  it('kills the worker at once when the signal aborts, and the next document opens normally', async () => {
    const abort = new AbortController();
    const pages = extractPagesIsolated(makeHostilePdf({ kind: 'glyph-flood' }), {
      limits: { ...LIMITS, pageTimeoutMs: 60_000 },
      signal: abort.signal,
    });
    setTimeout(() => abort.abort(), 300);
    const started = performance.now();
    const error = await collect(pages).catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(performance.now() - started).toBeLessThan(3_000);
    const next = await collect(extractPagesIsolated(await makePdf({ pages: ['Still working.'] })));
    expect(next.map((p) => p.text)).toEqual(['Still working.']);
  });
});

describe('extractPagesIsolated within a memory pool', () => {
  const text = workerMemoryMb({ heapMb: 128, bufferMb: 96 }, false);
  const withOcr = workerMemoryMb({ heapMb: 128, bufferMb: 96 }, true);

  it("holds a worker's share while its document is open, and makes the next document wait for it", async () => {
    const pool = new PdfMemoryPool({ capacityMb: text, maxQueue: 4 });
    const first = await openPdfIsolated(await makePdf({ pages: ['First.'] }), { limits: LIMITS, memory: pool });
    expect(pool.reserved).toBe(text);
    let secondOpen = false;
    const second = openPdfIsolated(await makePdf({ pages: ['Second.'] }), { limits: LIMITS, memory: pool }).then(
      (doc) => {
        secondOpen = true;
        return doc;
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(secondOpen).toBe(false);
    expect(pool.waiting).toBe(1);
    await first.close();
    const doc = await second;
    expect((await doc.readPage(1)).text).toBe('Second.');
    await doc.close();
    expect(pool.reserved).toBe(0);
    // Waiting longer than allowed is a 503 the client retries, not a hang.
    const held = await pool.reserve(text);
    const busy = await openPdfIsolated(await makePdf({ pages: ['Third.'] }), {
      limits: LIMITS,
      memory: pool,
      memoryWaitMs: 50,
    }).catch((e: unknown) => e);
    expect(busy).toMatchObject({ code: 'readers_busy', status: 503 });
    held.release();
  });

  it('gives the share back when a hostile PDF gets its worker killed', async () => {
    const pool = new PdfMemoryPool({ capacityMb: text, maxQueue: 4 });
    const error = await collect(
      extractPagesIsolated(makeHostilePdf({ kind: 'content-bomb' }), { limits: LIMITS, memory: pool }),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'pdf_too_complex' });
    expect(pool.reserved).toBe(0);
  });

  it('trades the text share for the OCR share before the first scanned page, so two scanned documents take turns', async () => {
    const pool = new PdfMemoryPool({ capacityMb: withOcr, maxQueue: 4 });
    const reservedDuringOcr: number[] = [];
    const scanned = (words: string) => makeScannedPdf({ pages: [[words]] });
    const read = async (bytes: Uint8Array) =>
      collect(
        extractPagesIsolated(bytes, {
          limits: LIMITS,
          memory: pool,
          ocr: { mode: 'auto', langs: ['eng'], onOcr: () => void reservedDuringOcr.push(pool.reserved) },
        }),
      );
    const [a, b] = await Promise.all([
      read(await scanned('Mitochondria produce most of the energy of the cell.')),
      read(await scanned('Ribosomes build proteins from amino acids.')),
    ]);
    expect(a[0]).toMatchObject({ source: 'ocr' });
    expect(a[0]!.text).toMatch(/Mitochondria/);
    expect(b[0]!.text).toMatch(/Ribosomes/);
    // Each page read with OCR had the whole OCR share and nothing else beside it.
    expect(reservedDuringOcr).toEqual([withOcr, withOcr]);
    expect(pool.reserved).toBe(0);
  });
});
