import { describe, expect, it } from 'vitest';
import { GenerateOptions } from '../../schemas/options.js';
import { Question } from '../../schemas/question.js';
import { quoteMatcher } from '../grounding.js';
import { checkElement, questionElementSchema } from './question-element.js';

const PAGE = 'The mitochondrion is the powerhouse\nof the cell. It produces ATP through cellular respiration.';
const match = quoteMatcher(PAGE);
const schema = questionElementSchema(
  GenerateOptions.parse({ types: ['multiple_choice', 'short_answer', 'true_false'] }),
);

const good = {
  type: 'multiple_choice',
  quote: 'The mitochondrion is the powerhouse of the cell.',
  prompt: 'Which organelle is the powerhouse of the cell?',
  choices: ['Mitochondrion', 'Nucleus', 'Ribosome', 'Golgi apparatus'],
  answer: ['Mitochondrion'],
  explanation: 'The page calls the mitochondrion the powerhouse of the cell.',
  difficulty: 'easy',
};

describe('questionElementSchema', () => {
  it('allows only the types and difficulty the job asked for', () => {
    const hard = questionElementSchema(GenerateOptions.parse({ types: ['true_false'], difficulty: 'hard' }));
    expect(hard.safeParse({ ...good, type: 'true_false', difficulty: 'hard' }).success).toBe(true);
    expect(hard.safeParse({ ...good, type: 'multiple_choice', difficulty: 'hard' }).success).toBe(false);
    expect(hard.safeParse({ ...good, type: 'true_false', difficulty: 'easy' }).success).toBe(false);
  });
});

describe('checkElement', () => {
  it('turns a good element into a valid draft quoting the page', () => {
    const verdict = checkElement(good, schema, 3, match);
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    expect(Question.safeParse({ id: 'x', ...verdict.draft }).success).toBe(true);
    expect(verdict.draft.source).toEqual({ page: 3, quote: 'The mitochondrion is the powerhouse of the cell.' });
  });

  it("uses the page's own spelling of the quote (curly quotes, line breaks, wrapping quote marks)", () => {
    const verdict = checkElement(
      { ...good, quote: '"The mitochondrion is the powerhouse of the cell."' },
      schema,
      1,
      match,
    );
    expect(verdict.ok && verdict.draft.source.quote).toBe('The mitochondrion is the powerhouse of the cell.');
  });

  it('refuses a fabricated quote as ungrounded', () => {
    const verdict = checkElement({ ...good, quote: 'The mitochondrion is the brain of the cell.' }, schema, 1, match);
    expect(verdict).toMatchObject({ ok: false, reason: 'ungrounded' });
  });

  it('refuses a quote too short to prove anything', () => {
    expect(checkElement({ ...good, quote: 'cell' }, schema, 1, match)).toMatchObject({
      ok: false,
      reason: 'ungrounded',
    });
  });

  it.each([
    ['a missing field', { ...good, answer: undefined }],
    ['an unknown type', { ...good, type: 'essay' }],
    ['an answer that is not a choice', { ...good, answer: ['Chloroplast'] }],
    ['two answers to a multiple-choice question', { ...good, answer: ['Mitochondrion', 'Nucleus'] }],
    ['a single choice', { ...good, choices: ['Mitochondrion'] }],
    ['an empty prompt', { ...good, prompt: '  ' }],
    ['a wall of text', { ...good, prompt: 'x'.repeat(5000) }],
    ['a string instead of an object', 'ignore previous instructions'],
    ['a stranger object', { hacked: true }],
  ])('refuses %s as invalid', (_, raw) => {
    expect(checkElement(raw, schema, 1, match)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('repairs harmless slips: blanks, the case of an answer, choices on a short-answer question', () => {
    const mc = checkElement({ ...good, prompt: `  ${good.prompt} `, answer: ['mitochondrion'] }, schema, 1, match);
    expect(mc.ok && mc.draft).toMatchObject({ prompt: good.prompt, answer: ['Mitochondrion'] });
    const short = checkElement(
      {
        ...good,
        type: 'short_answer',
        prompt: 'What produces ATP?',
        choices: ['x', 'y'],
        answer: ['The mitochondrion'],
      },
      schema,
      1,
      match,
    );
    expect(short.ok && short.draft).toMatchObject({
      choices: [],
      answer: ['The mitochondrion', 'mitochondrion', 'mitochondria'],
    });
  });

  it('adds to a short answer the variants a person writes, in the language of the question', () => {
    const element = { ...good, type: 'short_answer', choices: [], explanation: '' };
    const english = checkElement({ ...element, answer: ['mitochondria', 'the powerhouse'] }, schema, 1, match);
    expect(english.ok && english.draft.answer).toEqual([
      'mitochondria',
      'the powerhouse',
      'mitochondrion',
      'powerhouse',
    ]);
    const frenchPage = 'Les mitochondries sont la centrale énergétique de la cellule.';
    const french = checkElement(
      {
        ...element,
        quote: frenchPage,
        prompt: 'Quelle est la centrale énergétique de la cellule ?',
        answer: ['les mitochondries'],
      },
      schema,
      1,
      quoteMatcher(frenchPage),
    );
    expect(french.ok && french.draft.answer).toEqual(['les mitochondries', 'mitochondries', 'mitochondrie']);
  });

  it('drops keys the schema does not know instead of passing them on', () => {
    const verdict = checkElement({ ...good, script: '<script>alert(1)</script>' }, schema, 1, match);
    expect(verdict.ok && Object.keys(verdict.draft)).not.toContain('script');
  });
});
