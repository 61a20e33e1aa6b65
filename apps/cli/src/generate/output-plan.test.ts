import { describe, expect, it } from 'vitest';
import { planOutputs, targetPath } from './output-plan.js';

const paths = (targets: ReturnType<typeof planOutputs>, extension = '.gift.txt') =>
  targets.map((t) => targetPath(t, extension) ?? 'stdout');

describe('planOutputs', () => {
  it('sends a single quiz to stdout without --out or with "-"', () => {
    expect(paths(planOutputs(['a.pdf'], undefined, false))).toEqual(['stdout']);
    expect(paths(planOutputs(['a.pdf'], '-', false))).toEqual(['stdout']);
  });

  it('refuses several inputs on stdout', () => {
    expect(() => planOutputs(['a.pdf', 'b.pdf'], undefined, false)).toThrow(/2 input files need --out/);
  });

  it('writes one input to the file named, as given', () => {
    expect(paths(planOutputs(['docs/a.pdf'], 'quiz.txt', false))).toEqual(['quiz.txt']);
  });

  it('puts quizzes into a folder that exists, ends with a slash, or receives several inputs', () => {
    expect(paths(planOutputs(['docs/a.pdf'], 'out', true))).toEqual(['out/a.gift.txt']);
    expect(paths(planOutputs(['docs/a.PDF'], 'out/', false))).toEqual(['out/a.gift.txt']);
    expect(paths(planOutputs(['a.pdf', 'b.pdf'], 'new', false))).toEqual(['new/a.gift.txt', 'new/b.gift.txt']);
  });

  it('fills {name} with each input name without .pdf', () => {
    expect(paths(planOutputs(['x/a.pdf', 'y/b.pdf'], 'q/{name}-{name}.gift', false))).toEqual([
      'q/a-a.gift',
      'q/b-b.gift',
    ]);
  });

  it('refuses two inputs that would write the same file', () => {
    expect(() => planOutputs(['x/a.pdf', 'y/a.pdf'], 'out/', false)).toThrow(
      /x\/a\.pdf and y\/a\.pdf would both be written to out\/a/,
    );
    expect(() => planOutputs(['a.pdf', 'b.pdf'], 'q/fixed-{name}.md', false)).not.toThrow();
  });
});
