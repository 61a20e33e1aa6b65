import { describe, expect, it } from 'vitest';
import { isAnswered, isCorrect, shortAnswerMatch } from './grade.js';

describe('grading an answer', () => {
  it('accepts a short answer in any case and spacing, against any accepted answer', () => {
    const q = { type: 'short_answer' as const, answer: ['Rio Grande', 'the Rio Grande'] };
    expect(isCorrect(q, ['  rio   GRANDE '])).toBe(true);
    expect(isCorrect(q, ['The Rio Grande'])).toBe(true);
    expect(isCorrect(q, ['Grande'])).toBe(false);
    expect(isCorrect(q, [''])).toBe(false);
  });

  it('accepts a short answer as a person writes it: article, number, accents, punctuation', () => {
    const q = { type: 'short_answer' as const, prompt: 'Which organelle makes ATP?', answer: ['the mitochondria'] };
    expect(isCorrect(q, ['Mitochondrion'])).toBe(true);
    expect(isCorrect(q, ['mitochondria.'])).toBe(true);
    expect(isCorrect(q, ['ribosome'])).toBe(false);
    const count = { type: 'short_answer' as const, answer: ['1,000'] };
    expect(isCorrect(count, ['1000'], 'en')).toBe(true);
    expect(isCorrect(count, ['100'], 'en')).toBe(false);
  });

  it('reads a short answer in the language of the quiz, or else of its prompt', () => {
    const french = {
      type: 'short_answer' as const,
      prompt: 'Quelle est la centrale de la cellule ?',
      answer: ['mitochondries'],
    };
    expect(isCorrect(french, ['la mitochondrie'])).toBe(true);
    const german = { type: 'short_answer' as const, answer: ['die Zellen'] };
    expect(isCorrect(german, ['Zelle'], 'de')).toBe(true);
    expect(isCorrect(german, ['Zeitung'], 'de')).toBe(false);
    const spanish = { type: 'short_answer' as const, answer: ['las células'] };
    expect(isCorrect(spanish, ['celula'], 'es')).toBe(true);
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

describe('a quiz marked exactly', () => {
  const q = {
    type: 'short_answer' as const,
    answer: ['the mitochondria', 'mitochondria'],
    prompt: 'Fill in the blank',
  };
  it.each([
    ['mitochondria', true, true],
    ['  Mitochondria ', true, true],
    ['The  Mitochondria', true, true],
    ['mitochondrion', true, false],
    ['mitochondira', true, false],
    ['a mitochondria', true, false],
    ['', false, false],
  ])('"%s": forgiving %s, exact %s', (given, forgiving, exact) => {
    expect(isCorrect(q, [given], 'en')).toBe(forgiving);
    expect(isCorrect(q, [given], 'en', 'exact')).toBe(exact);
  });
});

describe('a slip in a long word', () => {
  it('is accepted and told apart from an exact answer; a short word or a number gets no such grace', () => {
    const q = { type: 'short_answer' as const, answer: ['photosynthesis'] };
    expect(isCorrect(q, ['photosynthsis'], 'en')).toBe(true);
    expect(shortAnswerMatch(q, ['photosynthsis'], 'en')).toBe('slip');
    expect(shortAnswerMatch(q, ['Photosynthesis'], 'en')).toBe('exact');
    expect(isCorrect({ type: 'short_answer' as const, answer: ['cell'] }, ['cello'], 'en')).toBe(false);
    expect(isCorrect({ type: 'short_answer' as const, answer: ['1980'] }, ['1981'], 'en')).toBe(false);
  });
});
