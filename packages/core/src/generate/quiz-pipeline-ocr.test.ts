import { describe, expect, it } from 'vitest';
import { GenerateOptions } from '../schemas/options.js';
import type { Question } from '../schemas/question.js';
import { makeScannedPdf } from '../testing/make-scanned-pdf.js';
import { makeUnmappedPdf } from '../testing/make-unmapped-pdf.js';
import { isGrounded } from './grounding.js';
import { createOfflineGenerator } from './offline/offline-generator.js';
import { type PipelineEvent, type PipelineInput, runQuizPipeline } from './quiz-pipeline.js';

const SCANNED_PAGES = [
  [
    'The mitochondrion is the site of cellular respiration in eukaryotic cells.',
    'Robert Hooke first described cells in 1665 after examining thin slices of cork under a microscope.',
  ],
  [
    'Photosynthesis takes place in the chloroplasts of plant cells, which contain the green pigment chlorophyll.',
    'Charles Darwin published On the Origin of Species in 1859.',
  ],
];

async function run(pdf: Uint8Array, input: Partial<PipelineInput> = {}) {
  const events: PipelineEvent[] = [];
  let n = 0;
  const pipeline = runQuizPipeline({
    pdf,
    pages: 2,
    generator: createOfflineGenerator(),
    options: GenerateOptions.parse({ questionsPerPage: 2 }),
    signal: new AbortController().signal,
    newId: () => `q${++n}`,
    ...input,
  });
  let step = await pipeline.next();
  while (!step.done) {
    events.push(step.value);
    step = await pipeline.next();
  }
  return { events, result: step.value };
}

const questionsOf = (events: PipelineEvent[]) =>
  events.flatMap((e): Question[] => (e.type === 'question' ? [e.question] : []));

describe('quiz pipeline with OCR', () => {
  it('makes grounded questions from an image-only PDF, marked as coming from OCR', async () => {
    const pdf = await makeScannedPdf({ pages: SCANNED_PAGES });
    const { events, result } = await run(pdf, { ocr: { mode: 'auto', langs: ['eng'] } });
    const questions = questionsOf(events);
    expect(questions.length).toBeGreaterThanOrEqual(3);
    for (const q of questions) {
      expect(q.source.ocr).toBe(true);
      const page = SCANNED_PAGES[q.source.page - 1]!.join('\n');
      expect(isGrounded(q.source.quote, page)).toBe(true);
    }
    expect(new Set(questions.map((q) => q.source.page))).toEqual(new Set([1, 2]));
    // "OCR page N/2" comes before that page's questions.
    const messages = events.map((e) =>
      e.type === 'progress' ? e.message : e.type === 'question' ? `q${e.question.source.page}` : e.type,
    );
    expect(messages.indexOf('OCR page 1/2')).toBeLessThan(messages.indexOf('q1'));
    expect(messages.indexOf('OCR page 2/2')).toBeGreaterThan(messages.lastIndexOf('q1'));
    expect(messages.indexOf('OCR page 2/2')).toBeLessThan(messages.indexOf('q2'));
    expect(result.stats.pagesWithoutText).toBe(0);
  }, 60_000);

  it('without OCR, says the document has no readable text instead of making anything up', async () => {
    const { events, result } = await run(await makeScannedPdf({ pages: SCANNED_PAGES }));
    expect(questionsOf(events)).toEqual([]);
    expect(events.filter((e) => e.type === 'warning').map((e) => (e.type === 'warning' ? e.code : ''))).toContain(
      'no_questions',
    );
    expect(result.stats.pagesWithoutText).toBe(2);
  });

  it('warns about a page whose fonts have no Unicode map when OCR is off', async () => {
    const pdf = await makeUnmappedPdf([
      'The nucleus holds the genetic material of the cell and controls its activities.',
    ]);
    const { events } = await run(pdf, { pages: 1, ocr: { mode: 'off', langs: ['eng'] } });
    const warnings = events.flatMap((e) => (e.type === 'warning' ? [[e.code, e.page]] : []));
    expect(warnings).toContainEqual(['no_unicode_map', 1]);
    expect(questionsOf(events)).toEqual([]);
  });
});
