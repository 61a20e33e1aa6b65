import { describe, expect, it } from 'vitest';
import { answerMatch } from '../accepted-answers.js';

describe('answerMatch: slips a teacher forgives', () => {
  it.each([
    ['mitochondira', ['mitochondria'], 'slip'],
    ['photosynthsis', ['photosynthesis'], 'slip'],
    ['Superintelligense', ['superintelligence'], 'slip'],
    ['computationlism', ['computationalism'], 'slip'],
    ['the horizantal stabiliser', ['horizontal stabilizer'], 'slip'],
    ['Mitochondria', ['mitochondria'], 'exact'],
    ['mitochondrion', ['the mitochondria'], 'exact'],
  ])('%s for %j -> %s', (given, accepted, expected) => {
    expect(answerMatch(given, accepted, 'en')).toBe(expected);
  });

  it.each([
    // A short word: one letter makes another word.
    ['cello', ['cell']],
    ['Turin', ['Turing']],
    // A number: one digit is another value.
    ['1981', ['1980']],
    ['21 bits', ['20 bits']],
    // Too many slips for the length.
    ['mitchondira', ['mitochondria']],
    ['', ['mitochondria']],
  ])('refuses %s for %j', (given, accepted) => {
    expect(answerMatch(given, accepted, 'en')).toBeNull();
  });
});
