import pc from 'picocolors';
import { describe, expect, it } from 'vitest';
import { TtyReporter } from './tty-reporter.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing escape sequences is the point
const plain = (text: string) => text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');

function fakeTerminal() {
  const written: string[] = [];
  return {
    stream: { isTTY: true, columns: 120, write: (text: string) => written.push(text) > 0 },
    raw: () => written.join(''),
    text: () => plain(written.join('')),
  };
}

describe('TtyReporter', () => {
  it('draws pages done of total and questions so far, then replaces the bar with a summary', async () => {
    const terminal = fakeTerminal();
    const reporter = new TtyReporter(terminal.stream, pc.createColors(false));
    reporter.start('biology.pdf');
    reporter.event('biology.pdf', {
      type: 'progress',
      stage: 'generating',
      pagesDone: 3,
      totalPages: 12,
      questions: 5,
      message: '',
    });
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(terminal.text()).toMatch(/biology\.pdf .* 3\/12 pages \| 5 questions \|/);
    reporter.event('biology.pdf', { type: 'warning', code: 'no_text', message: 'Page 4 has no text.', page: 4 });
    reporter.done('biology.pdf', { pages: 12, questions: 20, output: 'bio.gift.txt', durationMs: 4_200 });
    reporter.close();
    const text = terminal.text();
    expect(text).toContain('quizstream: biology.pdf: warning: Page 4 has no text. (page 4)');
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      'quizstream: biology.pdf: 20 questions from 12 pages -> bio.gift.txt (4.2 s)',
    );
  });

  it('colours lines only when told to', () => {
    const terminal = fakeTerminal();
    new TtyReporter(terminal.stream, pc.createColors(true)).warn(undefined, 'careful');
    expect(terminal.raw()).toBe(`${pc.createColors(true).yellow('quizstream: warning: careful')}\n`);
  });
});
