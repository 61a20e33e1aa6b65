import { describe, expect, it } from 'vitest';
import type { QuestionDraft } from '../../schemas/question.js';
import { statedIn, unsupportedKey } from './answer-key.js';

const QUOTE =
  'Stretching for roughly 3,730 km, the Mississippi ends in the Gulf of Mexico, where its merchants traded cotton.';

const draft = (over: Partial<QuestionDraft>): QuestionDraft => ({
  type: 'multiple_choice',
  prompt: 'Where does the Mississippi end?',
  choices: ['the Gulf of Mexico', 'the Atlantic', 'Lake Michigan', 'the Pacific'],
  answer: ['the Gulf of Mexico'],
  explanation: 'The page says so.',
  difficulty: 'easy',
  source: { page: 1, quote: QUOTE },
  ...over,
});

describe('an answer stated in its quote', () => {
  it('is found without case, accents, punctuation or thousands separators, word by word', () => {
    expect(statedIn('Gulf of Mexico', QUOTE)).toBe(true);
    expect(statedIn('3730 km', QUOTE)).toBe(true);
    expect(statedIn('3 730', QUOTE)).toBe(true);
    expect(statedIn('merchant', QUOTE)).toBe(true);
    expect(statedIn('cotton merchants', QUOTE)).toBe(true);
    expect(statedIn('Café', 'Le café est servi.')).toBe(true);
    expect(statedIn('線粒體', '線粒體是細胞的能量工廠。')).toBe(true);
  });

  it('is not found when a word or a number differs', () => {
    expect(statedIn('the Atlantic', QUOTE)).toBe(false);
    expect(statedIn('6,650 km', QUOTE)).toBe(false);
    expect(statedIn('373', QUOTE)).toBe(false);
    expect(statedIn('Gulf of Guinea', QUOTE)).toBe(false);
    expect(statedIn('葉綠體', '線粒體是細胞的能量工廠。')).toBe(false);
    expect(statedIn('', QUOTE)).toBe(false);
  });
});

describe('a key that follows from its quote', () => {
  it('accepts keys the quote states and refuses those it does not', () => {
    expect(unsupportedKey(draft({}))).toBeNull();
    expect(unsupportedKey(draft({ answer: ['the Atlantic'] }))).toMatch(/does not state the key "the Atlantic"/);
    expect(
      unsupportedKey(
        draft({ type: 'multi_select', choices: ['cotton', 'sugar', 'Mexico', 'tea'], answer: ['cotton', 'sugar'] }),
      ),
    ).toMatch(/"sugar"/);
    expect(
      unsupportedKey(draft({ type: 'short_answer', choices: [], answer: ['Gulf of Mexico', 'the Gulf'] })),
    ).toBeNull();
    expect(
      unsupportedKey(draft({ type: 'short_answer', choices: [], answer: ['Caribbean', 'Caribbean Sea'] })),
    ).toMatch(/none of the accepted answers/);
  });

  it('takes a "True" key as the model wrote it', () => {
    const tf = draft({ type: 'true_false', choices: ['True', 'False'], answer: ['True'] });
    expect(unsupportedKey({ ...tf, prompt: 'True or false: The Mississippi ends in the Gulf of Mexico.' })).toBeNull();
  });

  it('wants a "False" statement to differ from the quote and its explanation to correct it from the quote', () => {
    const tf = draft({ type: 'true_false', choices: ['Vrai', 'Faux'], answer: ['Faux'] });
    // The page's own words, marked false: a planted wrong key.
    expect(unsupportedKey({ ...tf, prompt: `Vrai ou faux : ${QUOTE}` })).toMatch(/says the same/);
    // A changed number, corrected with the quote's: kept.
    expect(
      unsupportedKey({
        ...tf,
        prompt: 'Vrai ou faux : Le Mississippi mesure environ 6 650 km.',
        explanation: 'Faux : la page donne environ 3 730 km.',
      }),
    ).toBeNull();
    // No correction: the explanation says nothing the quote says.
    expect(
      unsupportedKey({
        ...tf,
        prompt: 'True or false: The Mississippi ends in the Pacific.',
        explanation: 'This statement is not correct.',
      }),
    ).toMatch(/without a correction/);
    expect(
      unsupportedKey({
        ...tf,
        prompt: 'True or false: The Mississippi ends in the Pacific.',
        explanation: 'False: it ends in the Gulf of Mexico.',
      }),
    ).toBeNull();
  });
});
