import { describe, expect, it } from 'vitest';
import { liveResultsCsv } from './live-results-csv.js';

describe('live results as CSV', () => {
  it('writes one row per answer, every cell a participant typed or a PDF gave guarded against formulas', () => {
    const csv = liveResultsCsv({
      session: { id: 'live_1', title: 'Rivers', code: 'ABCDEFGH', mode: 'host' },
      questions: [{ index: 0, id: 'q1', prompt: '=HYPERLINK("x") river?', answer: ['Nile'], answered: 2, correct: 1 }],
      participants: [],
      answers: [
        {
          nickname: '=cmd|" /C calc"!A0',
          questionIndex: 0,
          questionId: 'q1',
          answer: ['Nile'],
          correct: true,
          ms: 2_340,
        },
        {
          nickname: 'Ana, "the" best',
          questionIndex: 0,
          questionId: 'q1',
          answer: ['@SUM(1)', 'x'],
          correct: false,
          ms: 61,
        },
      ],
    });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'nickname,question,prompt,answer,correct,seconds',
      `"'=cmd|"" /C calc""!A0",1,"'=HYPERLINK(""x"") river?",Nile,yes,2.3`,
      `"Ana, ""the"" best",1,"'=HYPERLINK(""x"") river?",'@SUM(1) | x,no,0.1`,
      '',
    ]);
  });
});
