import { describe, expect, it } from 'vitest';
import { type DifficultyFeatures, difficultyOf, difficultyScore } from './difficulty.js';
import type { Term } from './term.js';

const term = (fields: Partial<Term>): Term => ({
  kind: 'noun',
  start: 0,
  end: 0,
  charStart: 0,
  charEnd: 1,
  text: 'x',
  display: 'x',
  key: 'x',
  words: 1,
  plural: false,
  shape: '1',
  rarity: 0.5,
  ...fields,
});
const score = (f: Partial<DifficultyFeatures> & { term: Term }) =>
  difficultyScore({ type: 'multiple_choice', sentenceWords: 20, docFreq: 2, pagesSeen: 10, position: 3, ...f });

describe('difficultyScore', () => {
  it('rises with the rarity of the answer in English and in the document', () => {
    expect(score({ term: term({ rarity: 1 }) })).toBeGreaterThan(score({ term: term({ rarity: 0.6 }) }));
    expect(score({ term: term({}), docFreq: 1 })).toBeGreaterThan(score({ term: term({}), docFreq: 5 }));
  });

  it('makes an exact number harder to recall than a name, and a name than a common noun', () => {
    const number = score({ term: term({ kind: 'number' }) });
    const person = score({ term: term({ kind: 'person' }) });
    const noun = score({ term: term({ kind: 'noun' }) });
    expect(number).toBeGreaterThan(person);
    expect(person).toBeGreaterThan(noun);
  });

  it('takes a page’s opening statement as easier than one deep in it', () => {
    expect(score({ term: term({}), position: 0 })).toBeLessThan(score({ term: term({}), position: 8 }));
  });

  it('lets the type shift a question by less than a band: true/false can be hard, short answer easy', () => {
    const rareNumber = term({ kind: 'number', rarity: 1 });
    expect(difficultyOf(score({ term: rareNumber, type: 'true_false', docFreq: 1 }))).toBe('hard');
    const commonNoun = term({ kind: 'noun', rarity: 0.4 });
    expect(difficultyOf(score({ term: commonNoun, type: 'short_answer', docFreq: 5, position: 0 }))).toBe('easy');
  });
});
