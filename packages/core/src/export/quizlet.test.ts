import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { nastyQuiz } from './nasty-quiz.fixture.js';
import { singleLine } from './plain-text.js';
import { renderQuizlet } from './quizlet.js';
import { distinctAnswers } from './shown-answers.js';

describe('Quizlet export', () => {
  it('reads back as one term and one definition per line when split the way Quizlet splits: tab, then newline', () => {
    const quiz = nastyQuiz();
    // Quizlet's importer has no quoting, so the parser is told to treat quotes as ordinary characters.
    const rows: string[][] = parse(renderQuizlet(quiz), { delimiter: '\t', quote: false, record_delimiter: '\n' });
    expect(rows).toHaveLength(quiz.questions.length);
    quiz.questions.forEach((question, i) => {
      expect(rows[i]).toEqual([
        singleLine(question.prompt),
        distinctAnswers(question, quiz.options.language).map(singleLine).join('; '),
      ]);
    });
  });

  it('gives a short answer its different answers, not the variants of one a person would write', () => {
    // No declared language: each question is read in the language it is written in.
    const quiz = nastyQuiz();
    quiz.options.language = undefined;
    const rows: string[][] = parse(renderQuizlet(quiz), { delimiter: '\t', quote: false, record_delimiter: '\n' });
    const definition = (id: string) => rows[quiz.questions.findIndex((q) => q.id === id)]![1];
    expect(definition('q-7')).toBe('the mitochondria');
    expect(definition('q-8')).toBe('die Straße; 12.500 km');
    expect(definition('q 4/weird:id')).toBe('C# & <C++>; ß{x}=1:2 ~ #; 日本; a*b; שלום');
  });

  it('has no byte-order mark, so pasting it adds nothing to the first term', () => {
    expect(renderQuizlet(nastyQuiz()).charCodeAt(0)).not.toBe(0xfeff);
  });
});
