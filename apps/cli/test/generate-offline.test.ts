// `quizstream generate` without a server, driven through the real launcher in a child process: what lands on
// stdout, in files and on stderr, and the exit codes scripts rely on.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Quiz, StreamEvent } from '@quizstream/core/schemas';
import { parse as parseGift } from 'gift-pegjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Fixtures, makeFixtures, writeLongPdf } from './fixtures.js';
import { ANSI_ESCAPE, killAll, lines, runBin, startBin } from './run-bin.js';

let fx: Fixtures;
const run = (...args: string[]) => runBin(['generate', ...args], { cwd: fx.dir });

beforeAll(async () => {
  fx = await makeFixtures();
});
afterAll(() => fx.remove());
afterEach(killAll);

/** GIFT questions, without the $CATEGORY line the exporter starts with. */
function giftQuestions(text: string) {
  return (parseGift(text) as { type: string }[]).filter((item) => item.type !== 'Category');
}

describe('quizstream generate (offline)', () => {
  it('writes the quiz as JSON to stdout and only a summary to stderr, with no escape codes off a terminal', async () => {
    const result = await run('course.pdf');
    expect(result.code).toBe(0);
    const quiz = Quiz.parse(JSON.parse(result.stdout));
    expect(quiz.title).toBe('Sample Course');
    expect(quiz.questions.length).toBeGreaterThan(0);
    expect(quiz.stats).toMatchObject({ pages: 3, generator: 'offline' });
    // A summary, after the warnings a teacher should read (a type the document could not give): no progress.
    const said = lines(result.stderr);
    expect(said.at(-1)).toMatch(
      new RegExp(`^quizstream: course\\.pdf: ${quiz.questions.length} questions from 3 pages -> stdout`),
    );
    for (const line of said.slice(0, -1)) expect(line).toMatch(/^quizstream: course\.pdf: warning: /);
    expect(result.stderr).not.toMatch(ANSI_ESCAPE);
  });

  it('writes GIFT that an independent GIFT parser reads back, one entry per question', async () => {
    const result = await run('course.pdf', '--format', 'gift', '--types', 'multiple_choice,true_false', '-n', '3');
    expect(result.code).toBe(0);
    const count = Number(/: (\d+) questions from/.exec(result.stderr)?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(giftQuestions(result.stdout)).toHaveLength(count);
  });

  it('writes --out FILE, taking the format from its extension, and leaves stdout empty', async () => {
    const result = await run('course.pdf', '--out', 'out/course.gift', '--quiet');
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(giftQuestions(await readFile(path.join(fx.dir, 'out/course.gift'), 'utf8')).length).toBeGreaterThan(0);
  });

  it('makes one quiz per input from several files or a glob, into an --out folder or a {name} path', async () => {
    const folder = await run('c*.pdf', '--out', 'quizzes');
    expect(folder.code).toBe(0);
    for (const name of ['cells', 'course']) {
      const quiz = Quiz.parse(JSON.parse(await readFile(path.join(fx.dir, 'quizzes', `${name}.json`), 'utf8')));
      expect(quiz.questions.length).toBeGreaterThan(0);
    }
    const template = await run('course.pdf', 'cells.pdf', '--format', 'md', '--out', 'md/{name}-quiz.md');
    expect(template.code).toBe(0);
    expect(await readFile(path.join(fx.dir, 'md/cells-quiz.md'), 'utf8')).toContain('#');
    expect(await readFile(path.join(fx.dir, 'md/course-quiz.md'), 'utf8')).toContain('#');
  });

  it('refuses several inputs without --out as a usage error (exit 2)', async () => {
    const result = await run('course.pdf', 'cells.pdf');
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual([expect.stringMatching(/^quizstream: 2 input files need --out/)]);
  });

  it.each([
    ['notes.pdf', /^quizstream: notes\.pdf: This file is not a PDF/],
    ['missing.pdf', /^quizstream: missing\.pdf: File not found\.$/],
    ['locked.pdf', /^quizstream: locked\.pdf: This PDF is password-protected/],
  ])('exits 3 with a one-line reason for %s', async (file, reason) => {
    const result = await run(file);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual([expect.stringMatching(reason)]);
  });

  it('still writes the good files when one input is bad, and exits 3', async () => {
    const result = await run('course.pdf', 'notes.pdf', 'cells.pdf', '--out', 'mixed/');
    expect(result.code).toBe(3);
    expect(lines(result.stderr).filter((line) => line.includes('not a PDF'))).toHaveLength(1);
    await expect(readFile(path.join(fx.dir, 'mixed/course.json'), 'utf8')).resolves.toContain('"questions"');
    await expect(readFile(path.join(fx.dir, 'mixed/cells.json'), 'utf8')).resolves.toContain('"questions"');
  });

  it.each([
    [['--bogus'], /unknown option '--bogus'/],
    [['-n', '20'], /--questions-per-page/],
    [['--format', 'docx'], /argument 'docx' is invalid/],
    [['--pages', 'ten'], /--pages: "ten" is not a page range/],
    [['--types', 'essay'], /--types/],
    [['--server', 'ftp://example.test'], /--server: .* must be an http/],
  ])('exits 2 for bad flags: %s', async (flags, message) => {
    const result = await run('course.pdf', ...flags);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('--json prints one stream event per line on stderr, ending with complete, matching the quiz on stdout', async () => {
    const result = await run('course.pdf', '--json');
    expect(result.code).toBe(0);
    const events = lines(result.stderr).map((line) => ({
      ...StreamEvent.parse(JSON.parse(line)),
      raw: JSON.parse(line),
    }));
    expect(events.every((e) => e.raw.file === 'course.pdf')).toBe(true);
    expect(events[0]).toMatchObject({ type: 'progress', stage: 'extracting', totalPages: 3 });
    const quiz = Quiz.parse(JSON.parse(result.stdout));
    expect(events.at(-1)).toMatchObject({ type: 'complete', quizId: quiz.id, totalQuestions: quiz.questions.length });
    const streamed = events.flatMap((e) => (e.type === 'question' ? [e.question.id] : []));
    expect(streamed).toEqual(quiz.questions.map((q) => q.id));
  });

  it('--json reports a bad file as an error event', async () => {
    const result = await run('notes.pdf', '--json');
    expect(result.code).toBe(3);
    const [event] = lines(result.stderr).map((line) => JSON.parse(line));
    expect(StreamEvent.parse(event)).toMatchObject({ type: 'error', code: 'not_pdf', retryable: false });
    expect(event.file).toBe('notes.pdf');
  });

  it('stops on Ctrl-C (SIGINT) and exits 130 without writing a quiz', async () => {
    await writeLongPdf(fx.dir, 80, 'long.pdf');
    const bin = startBin(['generate', 'long.pdf', '--json', '--out', 'long.json'], { cwd: fx.dir });
    await bin.stderrLine((line) => line.includes('"stage":"generating"'));
    bin.child.kill('SIGINT');
    const result = await bin.result;
    expect(result.code).toBe(130);
    expect(JSON.parse(lines(result.stderr).at(-1)!)).toMatchObject({ type: 'error', code: 'interrupted' });
    await expect(readFile(path.join(fx.dir, 'long.json'))).rejects.toThrow(/ENOENT/);
  });
});
