import { describe, expect, it } from 'vitest';
import { GenerateOptions } from '../schemas/options.js';
import type { Question, QuestionType } from '../schemas/question.js';
import { shortfalls } from './shortfall.js';

const question = (type: QuestionType): Question => ({
  id: 'q',
  type,
  prompt: 'p',
  choices: type === 'short_answer' ? [] : ['a', 'b'],
  answer: type === 'short_answer' ? ['a'] : ['a'],
  explanation: '',
  difficulty: 'medium',
  source: { page: 1, quote: 'a quote of the page' },
});
const quiz = (counts: Partial<Record<QuestionType, number>>) =>
  Object.entries(counts).flatMap(([type, n]) => Array.from({ length: n }, () => question(type as QuestionType)));

describe('shortfalls', () => {
  it('says with counts which requested type the document could hardly give, and why', () => {
    const options = GenerateOptions.parse({ types: ['multiple_choice', 'true_false', 'multi_select'] });
    const [warning, ...rest] = shortfalls(quiz({ multiple_choice: 20, true_false: 20, multi_select: 1 }), options);
    expect(rest).toEqual([]);
    expect(warning?.code).toBe('types_unavailable');
    expect(warning?.message).toMatch(/^Only 1 of the 41 questions are multi-select: they need sentences that list/);
  });

  it('says nothing when every type has a fair share', () => {
    const options = GenerateOptions.parse({});
    expect(shortfalls(quiz({ multiple_choice: 5, true_false: 4, short_answer: 3 }), options)).toEqual([]);
  });

  it('says when a count was not reached, at the difficulty asked for', () => {
    const options = GenerateOptions.parse({ count: 30, difficulty: 'easy' });
    const warnings = shortfalls(quiz({ multiple_choice: 4, true_false: 4, short_answer: 4 }), options);
    expect(warnings).toEqual([
      {
        code: 'count_not_reached',
        message: expect.stringMatching(/^You asked for 30 easy questions; this document gave 12 good ones/),
      },
    ]);
  });
});
