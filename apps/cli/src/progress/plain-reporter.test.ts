import type { StreamEvent } from '@quizstream/core/schemas';
import { describe, expect, it } from 'vitest';
import { CliError } from '../cli-error.js';
import { PlainReporter } from './plain-reporter.js';

function capture() {
  const written: string[] = [];
  return { out: { write: (text: string) => written.push(text) > 0 }, written };
}

const progress = (pagesDone: number): StreamEvent => ({
  type: 'progress',
  stage: 'generating',
  pagesDone,
  totalPages: 100,
  questions: pagesDone * 2,
  message: '',
});

describe('PlainReporter', () => {
  it('prints a progress line at most every interval, then a summary', () => {
    let now = 0;
    const { out, written } = capture();
    const reporter = new PlainReporter(out, { quiet: false, intervalMs: 10_000, now: () => now });
    reporter.start('a.pdf');
    for (let page = 1; page <= 30; page++) {
      now += 1_000;
      reporter.event('a.pdf', progress(page));
    }
    reporter.done('a.pdf', { pages: 30, questions: 60, output: 'a.json', durationMs: 30_000 });
    expect(written).toEqual([
      'quizstream: a.pdf: 10/100 pages, 20 questions so far\n',
      'quizstream: a.pdf: 20/100 pages, 40 questions so far\n',
      'quizstream: a.pdf: 30/100 pages, 60 questions so far\n',
      'quizstream: a.pdf: 60 questions from 30 pages -> a.json (30.0 s)\n',
    ]);
  });

  it('shows the first five warnings and counts the rest', () => {
    const { out, written } = capture();
    const reporter = new PlainReporter(out, { quiet: false });
    reporter.start('scan.pdf');
    for (let page = 1; page <= 8; page++) {
      reporter.event('scan.pdf', { type: 'warning', code: 'no_text', message: 'No text.', page });
    }
    reporter.done('scan.pdf', { pages: 8, questions: 0, output: 'stdout', durationMs: 100 });
    expect(
      written.slice(0, 5).every((line) => /^quizstream: scan\.pdf: warning: No text\. \(page \d\)\n$/.test(line)),
    ).toBe(true);
    expect(written[5]).toBe('quizstream: scan.pdf: 3 more warnings not shown (--json lists all)\n');
  });

  it('prints only failures, on one line, when quiet', () => {
    const { out, written } = capture();
    const reporter = new PlainReporter(out, { quiet: true });
    reporter.start('a.pdf');
    reporter.event('a.pdf', { type: 'warning', code: 'x', message: 'ignored' });
    reporter.done('a.pdf', { pages: 1, questions: 1, output: 'stdout', durationMs: 1 });
    reporter.failed('b.pdf', new CliError(3, 'corrupt', 'This PDF is damaged\nand cannot be read.'));
    expect(written).toEqual(['quizstream: b.pdf: This PDF is damaged and cannot be read.\n']);
  });
});
