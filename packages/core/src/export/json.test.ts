import { describe, expect, it } from 'vitest';
import { Quiz } from '../schemas/index.js';
import { renderJson } from './json.js';
import { nastyQuiz } from './nasty-quiz.fixture.js';

describe('JSON export', () => {
  it('parses back into the same quiz through the Quiz schema', () => {
    const quiz = nastyQuiz();
    const text = renderJson(quiz);
    expect(Quiz.parse(JSON.parse(text))).toEqual(quiz);
    expect(text).toContain('\n  "questions": [');
  });

  it('refuses a quiz the schema refuses', () => {
    const quiz = nastyQuiz();
    quiz.questions[0]!.answer = ['not a choice'];
    expect(() => renderJson(quiz)).toThrow();
  });
});
