import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { nastyQuiz } from './nasty-quiz.fixture.js';
import { singleLine } from './plain-text.js';
import { renderQuizlet } from './quizlet.js';

describe('Quizlet export', () => {
  it('reads back as one term and one definition per line when split the way Quizlet splits: tab, then newline', () => {
    const quiz = nastyQuiz();
    // Quizlet's importer has no quoting, so the parser is told to treat quotes as ordinary characters.
    const rows: string[][] = parse(renderQuizlet(quiz), { delimiter: '\t', quote: false, record_delimiter: '\n' });
    expect(rows).toHaveLength(quiz.questions.length);
    quiz.questions.forEach((question, i) => {
      expect(rows[i]).toEqual([singleLine(question.prompt), question.answer.map(singleLine).join('; ')]);
    });
  });

  it('has no byte-order mark, so pasting it adds nothing to the first term', () => {
    expect(renderQuizlet(nastyQuiz()).charCodeAt(0)).not.toBe(0xfeff);
  });
});
