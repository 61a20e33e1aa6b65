import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { GenerationEvent, PageText, QuestionGenerator } from '@quizstream/core';
import { BLANK_PAGE, makePdf } from '@quizstream/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDocument } from './run-document.js';

/** Asks one true/false question on the first sentence of every page with text, and warns about the others. */
const firstSentenceGenerator: QuestionGenerator = {
  name: 'first-sentence',
  async *generate(pages: AsyncIterable<PageText>): AsyncIterable<GenerationEvent> {
    for await (const page of pages) {
      const sentence = /[^.]+\./.exec(page.text)?.[0]?.trim();
      if (sentence) {
        yield {
          kind: 'question',
          question: {
            type: 'true_false',
            prompt: `True or false: ${sentence}`,
            choices: ['True', 'False'],
            answer: ['True'],
            explanation: '',
            difficulty: 'easy',
            source: { page: page.page, quote: sentence },
          },
        };
      } else {
        yield { kind: 'warning', code: 'too_little_text', message: 'empty', page: page.page };
      }
      yield { kind: 'page-done', page: page.page };
    }
  },
};

describe('runDocument', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'quizstream-eval-'));
    file = path.join(dir, 'course.pdf');
    const pages = [
      'Economics focuses on the behaviour and interactions of economic agents.',
      BLANK_PAGE,
      'Microeconomics analyzes basic elements in the economy, including individual agents and markets.',
    ];
    await writeFile(file, await makePdf({ pages }));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('keeps every page read, the questions and the warnings, through the worker-process reader', async () => {
    const run = await runDocument({ file, options: { types: ['true_false'] }, generator: firstSentenceGenerator });
    expect(run.error).toBeUndefined();
    expect(run.document).toBe('course.pdf');
    expect(run.pages).toBe(3);
    expect(run.pageTexts.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(run.pageTexts[0]!.text).toContain('Economics focuses on the behaviour');
    expect(run.questions.map((q) => q.source.page)).toEqual([1, 3]);
    expect(run.warnings).toContainEqual({ code: 'too_little_text', page: 2 });
  });

  it('records a failure instead of throwing, so that one bad document does not stop the evaluation', async () => {
    const broken: QuestionGenerator = {
      name: 'broken',
      // biome-ignore lint/correctness/useYield: it fails before its first event
      async *generate() {
        throw new Error('generator failed');
      },
    };
    const run = await runDocument({ file, options: {}, generator: broken });
    expect(run.error).toBe('generator failed');
    expect(run.questions).toEqual([]);
  });
});
