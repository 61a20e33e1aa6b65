import { describe, expect, it } from 'vitest';
import { isAnswered, isCorrect, normalizeAnswer } from '../app/quiz/grade.js';

describe('grading an answer', () => {
  it('accepts a short answer in any case and spacing, against any accepted answer', () => {
    const q = { type: 'short_answer' as const, answer: ['Rio Grande', 'the Rio Grande'] };
    expect(isCorrect(q, ['  rio   GRANDE '])).toBe(true);
    expect(isCorrect(q, ['The Rio Grande'])).toBe(true);
    expect(isCorrect(q, ['Grande'])).toBe(false);
    expect(isCorrect(q, [''])).toBe(false);
    expect(normalizeAnswer(' A\tb  C ')).toBe('a b c');
  });

  it('needs exactly the set of answers for a multi-select question, in any order', () => {
    const q = { type: 'multi_select' as const, answer: ['Mars', 'Venus'] };
    expect(isCorrect(q, ['Venus', 'Mars'])).toBe(true);
    expect(isCorrect(q, ['Venus'])).toBe(false);
    expect(isCorrect(q, ['Venus', 'Mars', 'Earth'])).toBe(false);
  });

  it('needs the one answer of a multiple-choice or true/false question', () => {
    expect(isCorrect({ type: 'multiple_choice', answer: ['Paris'] }, ['Paris'])).toBe(true);
    expect(isCorrect({ type: 'multiple_choice', answer: ['Paris'] }, ['paris'])).toBe(false);
    expect(isCorrect({ type: 'true_false', answer: ['False'] }, ['True'])).toBe(false);
    expect(isCorrect({ type: 'true_false', answer: ['False'] }, [])).toBe(false);
  });

  it('counts an empty answer as not answered', () => {
    expect(isAnswered(undefined)).toBe(false);
    expect(isAnswered(['  '])).toBe(false);
    expect(isAnswered(['x'])).toBe(true);
  });
});
