import { describe, expect, it } from 'vitest';
import type { QuestionDraft } from '../schemas/question.js';
import { QuestionDeduper } from './dedupe.js';

const QUOTE = 'The mitochondrion is the powerhouse of the cell.';

function draft(overrides: Partial<QuestionDraft>): QuestionDraft {
  return {
    type: 'multiple_choice',
    prompt: 'Fill in the blank: "The ____ is the powerhouse of the cell."',
    choices: ['mitochondrion', 'nucleus', 'ribosome'],
    answer: ['mitochondrion'],
    explanation: '',
    difficulty: 'easy',
    source: { page: 1, quote: QUOTE },
    ...overrides,
  };
}

describe('QuestionDeduper', () => {
  it('remembers a question and flags the same question again', () => {
    const d = new QuestionDeduper();
    expect(d.isDuplicate(draft({}))).toBe(false);
    expect(d.isDuplicate(draft({}))).toBe(true);
  });

  it('flags a prompt differing only in case, spacing and punctuation', () => {
    const d = new QuestionDeduper();
    d.isDuplicate(draft({}));
    expect(d.isDuplicate(draft({ prompt: 'fill in the blank:  The ____ is the powerhouse of the cell!' }))).toBe(true);
  });

  it('flags another question type asking for the same answer from the same sentence', () => {
    const d = new QuestionDeduper();
    d.isDuplicate(draft({}));
    const short = draft({
      type: 'short_answer',
      prompt: 'Fill in the blank (a term): "The ____ is the powerhouse of the cell."',
      choices: [],
      answer: ['mitochondrion', 'Mitochondrion'],
    });
    expect(d.isDuplicate(short)).toBe(true);
  });

  it('flags a true and a false statement made from the same sentence', () => {
    const d = new QuestionDeduper();
    const tf = { type: 'true_false' as const, choices: ['True', 'False'] };
    d.isDuplicate(draft({ ...tf, prompt: `True or false: ${QUOTE}`, answer: ['True'] }));
    const altered = 'True or false: The ribosome is the powerhouse of the cell.';
    expect(d.isDuplicate(draft({ ...tf, prompt: altered, answer: ['False'] }))).toBe(true);
  });

  it('keeps different questions, across pages, and remembers across pages', () => {
    const d = new QuestionDeduper();
    expect(d.isDuplicate(draft({}))).toBe(false);
    const other = draft({
      prompt: 'Fill in the blank: "In ____, Robert Hooke looked at cork."',
      answer: ['1665'],
      choices: ['1665', '1700', '1650'],
      source: { page: 7, quote: 'In 1665, Robert Hooke looked at cork.' },
    });
    expect(d.isDuplicate(other)).toBe(false);
    expect(d.isDuplicate({ ...draft({}), source: { page: 9, quote: QUOTE } })).toBe(true);
    expect(d.size).toBe(2);
  });

  it('starts from the questions a job already emitted, and has() does not remember', () => {
    const d = new QuestionDeduper([draft({})]);
    const other = draft({
      prompt: 'Something else entirely?',
      answer: ['nucleus'],
      source: { page: 2, quote: 'x y z w v u' },
    });
    expect(d.has(draft({}))).toBe(true);
    expect(d.has(other)).toBe(false);
    expect(d.has(other)).toBe(false);
  });
});
