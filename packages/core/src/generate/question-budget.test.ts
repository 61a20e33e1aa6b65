import { describe, expect, it } from 'vitest';
import { countWords, QuestionBudget } from './question-budget.js';

/** Runs a budget over pages of these body word counts, each page giving all it may. */
function spread(words: number[], options: ConstructorParameters<typeof QuestionBudget>[0]): number[] {
  const budget = new QuestionBudget(options, words.length);
  return words.map((w) => {
    return budget.forPage(w);
  });
}

describe('QuestionBudget', () => {
  it('gives each page up to questionsPerPage without a count, and nothing to a page without body text', () => {
    expect(spread([300, 0, 20, 300], { questionsPerPage: 3 })).toEqual([3, 0, 3, 3]);
    expect(spread([300, 300], {})).toEqual([2, 2]);
  });

  it('spreads a count over the pages by how much body text each holds', () => {
    const given = spread([400, 400, 0, 100, 400, 400], { count: 20 });
    expect(given.reduce((a, b) => a + b, 0)).toBe(20);
    expect(given[2]).toBe(0);
    // A 100-word page gives at most one question per 25 words of it, whatever its share.
    expect(given[3]!).toBeLessThanOrEqual(4);
  });

  it('never gives more than the count, nor more than questionsPerPage on one page', () => {
    const given = spread([500, 500, 500], { count: 30, questionsPerPage: 4 });
    expect(given).toEqual([4, 4, 4]);
    expect(spread(Array(50).fill(300), { count: 7 }).reduce((a, b) => a + b, 0)).toBe(7);
  });

  it('passes the share of a page that gives less on to the pages after it', () => {
    const budget = new QuestionBudget({ count: 10 }, 2);
    expect(budget.forPage(300)).toBe(5);
    budget.refund(4);
    expect(budget.forPage(300)).toBe(9);
  });

  it('never hands out more than the count to pages generated side by side', () => {
    const budget = new QuestionBudget({ count: 3 }, 4);
    const given = [300, 300, 300, 300].map((w) => budget.forPage(w));
    expect(given.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(3);
  });

  it('counts only the range asked for', () => {
    const budget = new QuestionBudget({ count: 10, pageFrom: 5, pageTo: 6 }, 100);
    expect(budget.forPage(300)).toBe(5);
  });
});

describe('countWords', () => {
  it.each([
    ['The Compact was approved in 1980.', 6],
    ['Debian 是一个自由的操作系统。', 11],
    ['', 0],
  ])('%s -> %d', (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});
