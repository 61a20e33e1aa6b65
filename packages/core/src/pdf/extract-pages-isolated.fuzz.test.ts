// Fuzz: real PDFs (a course, an encrypted one, a Japanese one with CMaps), damaged at random in the ways files get
// damaged or forged, read with the isolated reader. Whatever the bytes: it yields pages or fails with a PdfError,
// within its time limits, and this process neither crashes nor grows. Bounded in cases and in time.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCmapPdf } from '../testing/make-cmap-pdf.js';
import { makeEncryptedPdf } from '../testing/make-encrypted-pdf.js';
import { makePdf } from '../testing/make-pdf.js';
import { mutatePdf } from '../testing/mutate-pdf.js';
import { pdfMutation } from '../testing/pdf-mutations.js';
import { sampleCoursePages } from '../testing/sample-course.js';
import { extractPagesIsolated } from './extract-pages-isolated.js';
import { closeIdlePdfWorkers } from './isolated-pdf.js';
import { PdfError } from './pdf-error.js';

const LIMITS = { openTimeoutMs: 3_000, pageTimeoutMs: 2_000, heapMb: 128, bufferMb: 64 };
const RUNS = 1_000;
const TIME_BUDGET_MS = 45_000;

describe('the isolated reader, fuzzed with damaged real PDFs', () => {
  let corpus: Uint8Array[];
  beforeAll(async () => {
    corpus = [
      await makePdf({ pages: sampleCoursePages(2), title: 'Cells' }),
      makeEncryptedPdf({ text: 'A protected page.' }),
      await makeCmapPdf(),
    ];
  });
  afterAll(() => closeIdlePdfWorkers());

  it(`yields pages or a PdfError for ${RUNS} damaged files, never anything else, within bounded time and memory`, async () => {
    const rssBefore = process.memoryUsage().rss;
    const outcomes = new Map<string, number>();
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(pdfMutation, { minLength: 1, maxLength: 3 }), async (pick, mutations) => {
        runs += 1;
        let bytes = corpus[pick % corpus.length]!;
        for (const mutation of mutations) bytes = mutatePdf(bytes, mutation, corpus);
        const started = performance.now();
        let outcome = 'pages';
        try {
          for await (const page of extractPagesIsolated(bytes, { limits: LIMITS })) {
            expect(typeof page.text).toBe('string');
            expect(page.page).toBeGreaterThanOrEqual(1);
          }
        } catch (error) {
          if (!(error instanceof PdfError)) throw error;
          outcome = error.code;
        }
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        // Every request has a limit: no case may take much longer than opening plus two pages.
        expect(performance.now() - started).toBeLessThan(LIMITS.openTimeoutMs + 3 * LIMITS.pageTimeoutMs + 2_000);
      }),
      { numRuns: RUNS, interruptAfterTimeLimit: TIME_BUDGET_MS, markInterruptAsFailure: false, seed: 20_251_127 },
    );
    // The time budget may cut the run short on a loaded machine, never to nothing.
    expect(runs).toBeGreaterThan(RUNS / 4);
    expect(outcomes.get('pages') ?? 0).toBeGreaterThan(0);
    expect((outcomes.get('corrupt') ?? 0) + (outcomes.get('not_pdf') ?? 0)).toBeGreaterThan(0);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 * 1024);
  }, 90_000);
});
