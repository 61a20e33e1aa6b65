import { describe, expect, it } from 'vitest';
import { EMPTY_READ, gradedFingerprint, READ_END, READ_START, readSection, tallyGrades } from './read-grades.js';

describe('readSection', () => {
  it('returns the section with its markers, exactly as written', () => {
    const section = `${READ_START}\nRead by a teacher.\n\n| S-001 | usable | fine |\n${READ_END}`;
    expect(readSection(`# Report\n\nstuff\n\n${section}\n\ntail`)).toBe(section);
  });

  it('returns null when a marker is missing', () => {
    expect(readSection('# Report')).toBeNull();
    expect(readSection(`${READ_START}\nunfinished`)).toBeNull();
  });
});

describe('tallyGrades', () => {
  it('counts one grade per sampled question, in any case, ignoring other lines', () => {
    const section = [
      READ_START,
      '| id | grade | reason |',
      '|---|---|---|',
      '| S-001 | usable | clear |',
      '| S-002 | Fix | stem opens with "It" |',
      '| S-003 | reject | table of contents line |',
      '| S-003 | usable | the same question graded twice counts once |',
      '| S-004 | maybe | not a grade |',
      READ_END,
    ].join('\n');
    expect(tallyGrades(section)).toEqual({ graded: 3, usable: 1, fix: 1, reject: 1 });
  });

  it('counts a second reader’s grades from a last column that holds a grade', () => {
    const section = [
      READ_START,
      '| id | grade | reason | second reader |',
      '|---|---|---|---|',
      '| S-001 | usable | clear | fix |',
      '| S-002 | fix | wrong choices of another kind | fix |',
      '| S-003 | usable | a reason that ends in a word | usable |',
      READ_END,
    ].join('\n');
    expect(tallyGrades(section)).toEqual({
      graded: 3,
      usable: 2,
      fix: 1,
      reject: 0,
      second: { graded: 3, usable: 1, fix: 2, reject: 0 },
    });
    // A reason that happens to end the row is no second grade.
    expect(tallyGrades('| S-001 | usable | fix |').second).toBeUndefined();
  });

  it('finds no grades in the empty section', () => {
    expect(tallyGrades(EMPTY_READ)).toEqual({ graded: 0, usable: 0, fix: 0, reject: 0 });
  });
});

describe('gradedFingerprint', () => {
  it('reads the fingerprint of the graded sample, and nothing from the empty section', () => {
    expect(gradedFingerprint('Graded sample: commit `abc`; sample fingerprint `0123abcd4567`.')).toBe('0123abcd4567');
    expect(gradedFingerprint('sample\nfingerprint `0123abcd4567`')).toBe('0123abcd4567');
    expect(gradedFingerprint(EMPTY_READ)).toBeNull();
  });
});
