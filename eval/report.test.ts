import type { Question } from '@quizstream/core/schemas';
import { describe, expect, it } from 'vitest';
import { measureDocument, totalOf } from './measure.js';
import { EMPTY_READ, READ_END, READ_START, readSection, tallyGrades } from './read-grades.js';
import { md, renderReport } from './report.js';
import { sampleQuestions } from './sample.js';
import { checkTargets } from './targets.js';

const page = 'Economics focuses on the behaviour and interactions of economic agents. It studies how economies work.';
const question = (
  prompt: string,
  answer: string,
  quote: string,
  type: Question['type'] = 'short_answer',
): Question => ({
  id: prompt,
  type,
  prompt,
  choices: type === 'true_false' ? ['True', 'False'] : [],
  answer: [answer],
  explanation: 'From page 1.',
  difficulty: 'medium',
  source: { page: 1, quote },
});

function report(read: string) {
  const questions = [
    question(
      'Fill in the blank: "Economics focuses on the behaviour and ____ of economic agents."',
      'interactions',
      'Economics focuses on the behaviour and interactions of economic agents.',
    ),
    question('True or false: It studies how economies work.', 'True', 'It studies how economies work.', 'true_false'),
  ];
  const { measure, findings } = measureDocument({
    document: 'economics.pdf',
    pages: 1,
    questions,
    warnings: [{ code: 'too_little_text', page: 1 }],
    pageTexts: [{ page: 1, totalPages: 1, text: page }],
    durationMs: 10,
  });
  const total = totalOf([measure]);
  return renderReport({
    folder: 'corpus',
    seed: 1,
    sampleSize: 2,
    options: {},
    commit: 'abc1234',
    measures: [measure],
    total,
    findings,
    sample: sampleQuestions([{ document: 'economics.pdf', questions }], 2, 1),
    targets: checkTargets(total, tallyGrades(read)),
    read,
  });
}

describe('renderReport', () => {
  it('carries the blind read section over unchanged', () => {
    const read = `${READ_START}\nRead on 2026-12-05.\n\n| S-001 | usable | clear |\n| S-002 | reject | opens with "It" |\n${READ_END}`;
    const first = report(read);
    expect(readSection(first)).toBe(read);
    expect(readSection(report(readSection(first)!))).toBe(read);
  });

  it('shows the findings, the sample and the tally of the read against the targets', () => {
    const text = report(`${READ_START}\n| S-001 | usable | ok |\n| S-002 | reject | dangling |\n${READ_END}`);
    expect(text).toContain('### Dangling stem (1)');
    expect(text).toContain('opens with "it"');
    expect(text).toContain('### S-001 · economics.pdf · page 1');
    expect(text).toContain('| Blind read: rejected <= 10% | 50.0% (1 of 2) | missed |');
    expect(text).toContain('`too_little_text` 1');
  });

  it('does not count a read of an earlier sample against the targets', () => {
    const total = totalOf([]);
    const stale = checkTargets(total, { graded: 120, usable: 100, fix: 10, reject: 10, stale: true });
    expect(stale.filter((t) => t.target.startsWith('Blind read')).map((t) => t.met)).toEqual([null, null, null]);
    expect(stale.at(-1)!.measured).toContain('earlier sample');
  });

  it('counts two readers together: one reader over the target does not meet it alone', () => {
    const total = totalOf([]);
    const read = {
      graded: 100,
      usable: 79,
      fix: 18,
      reject: 3,
      second: { graded: 100, usable: 60, fix: 38, reject: 2 },
    };
    const [, usable, reject] = checkTargets(total, read).filter((t) => t.target.startsWith('Blind read'));
    expect(usable!.met).toBe(false);
    expect(usable!.measured).toBe('79.0% and 60.0% (two readers; 69.5% together)');
    expect(reject!.met).toBe(true);
    const agreeing = checkTargets(total, { ...read, second: { graded: 100, usable: 72, fix: 26, reject: 2 } });
    expect(agreeing.find((t) => t.target === 'Blind read: usable as is >= 70%')!.met).toBe(true);
  });

  it('says the read is still to be done when nobody has graded the sample', () => {
    expect(report(EMPTY_READ)).toContain('| Blind read: usable as is >= 70% | not read yet | – |');
  });
});

describe('md', () => {
  it('keeps blanks, tags and pipes from turning into markdown or HTML', () => {
    expect(md('Fill ____ in <b>x</b> | *y*\n[z]')).toBe(
      'Fill \\_\\_\\_\\_ in &lt;b&gt;x&lt;/b&gt; \\| \\*y\\* \\[z\\]',
    );
  });
});
