import type { Question } from '@quizstream/core/schemas';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../app/composables/useApi.js';
import { addRow, fieldErrors, markCorrect, saveErrors, toBody, toDraft, withType } from '../app/quiz/question-draft.js';

const question: Omit<Question, 'id'> = {
  type: 'multiple_choice',
  prompt: 'Capital of France?',
  choices: ['Paris', 'Rome', 'Madrid'],
  answer: ['Paris'],
  explanation: 'It is.',
  difficulty: 'easy',
  source: { page: 2, quote: 'Paris is the capital of France.' },
};

describe('the question editor draft', () => {
  it('turns a question into a draft and back unchanged', () => {
    expect(toBody(toDraft(question))).toEqual(question);
  });

  it('keeps a renamed choice as the answer', () => {
    const draft = toDraft(question);
    draft.choices[0]!.text = 'Paris (city)';
    expect(toBody(draft)).toMatchObject({ choices: ['Paris (city)', 'Rome', 'Madrid'], answer: ['Paris (city)'] });
  });

  it('marks one answer for single-answer types and several for multi-select', () => {
    let draft = toDraft(question);
    draft = markCorrect(draft, draft.choices[1]!.key, true);
    expect(toBody(draft).answer).toEqual(['Rome']);
    draft = withType(draft, 'multi_select');
    draft = markCorrect(draft, draft.choices[2]!.key, true);
    expect(toBody(draft).answer).toEqual(['Rome', 'Madrid']);
  });

  it('reshapes the choices when the type changes', () => {
    const tf = toBody(withType(toDraft(question), 'true_false'));
    expect(tf.choices).toEqual(['True', 'False']);
    const short = toBody(withType(toDraft(question), 'short_answer'));
    expect(short).toMatchObject({ choices: [], answer: ['Paris'] });
  });

  it('leaves out blank rows that are not marked correct', () => {
    expect(toBody(addRow(toDraft(question))).choices).toEqual(['Paris', 'Rome', 'Madrid']);
  });

  it("puts the server's validation details next to the matching fields", () => {
    const details = [
      { field: 'prompt', message: 'Too small' },
      { field: 'choices.2', message: 'Too small' },
      { field: 'source.quote', message: 'Required' },
      { field: 'source.page', message: 'Expected number' },
      { field: '(body)', message: 'Odd' },
    ];
    expect(fieldErrors(details, 'fallback')).toEqual({
      prompt: 'Too small',
      choices: 'Too small',
      quote: 'Required',
      page: 'Expected number',
      form: 'Odd',
    });
    expect(fieldErrors(undefined, 'Something failed')).toEqual({ form: 'Something failed' });
  });

  it('puts a refused save where it belongs: fields, the quote, or the whole form', () => {
    const invalid = new ApiError('invalid_question', 'Invalid question', 400, [
      { field: 'prompt', message: 'Too small' },
    ]);
    expect(saveErrors(invalid)).toEqual({ prompt: 'Too small' });
    const notOnPage = new ApiError('quote_not_on_page', 'The quote is not on page 2.', 422);
    expect(saveErrors(notOnPage)).toEqual({ quote: 'The quote is not on page 2.' });
    expect(saveErrors(new ApiError('network', 'The server cannot be reached.'))).toEqual({
      form: 'The server cannot be reached.',
    });
    expect(saveErrors(new Error('boom'))).toEqual({ form: 'boom' });
  });
});
