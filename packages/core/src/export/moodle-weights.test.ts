import { describe, expect, it } from 'vitest';
import { escapeShortAnswerWildcards, formatPercent, multiSelectWeights } from './moodle-weights.js';

// Moodle's grade menu; an imported weight must be one of these (or its negative).
const MOODLE_GRADES = [
  '100',
  '90',
  '83.33333',
  '80',
  '75',
  '70',
  '66.66667',
  '60',
  '50',
  '40',
  '33.33333',
  '30',
  '25',
  '20',
  '16.66667',
  '14.28571',
  '12.5',
  '11.11111',
  '10',
  '5',
  '0',
];

describe('Moodle weights', () => {
  it('shares +100% among right choices and -100% among wrong ones, using only grades Moodle accepts', () => {
    for (let right = 1; right <= 10; right++) {
      for (let wrong = 0; wrong <= 12; wrong++) {
        const choices = Array.from({ length: right + wrong }, (_, i) => `c${i}`);
        const weights = [...multiSelectWeights(choices, choices.slice(0, right)).values()];
        for (const w of weights) expect(MOODLE_GRADES).toContain(w.replace('-', ''));
        const positive = weights.map(Number).filter((w) => w > 0);
        expect(positive.reduce((a, b) => a + b)).toBeCloseTo(100, 3);
        if (wrong > 0 && wrong <= 10) {
          expect(
            weights
              .map(Number)
              .filter((w) => w < 0)
              .reduce((a, b) => a + b),
          ).toBeCloseTo(-100, 3);
        }
      }
    }
  });

  it('writes percentages the way Moodle does', () => {
    expect(formatPercent(100 / 3)).toBe('33.33333');
    expect(formatPercent(100 / 8)).toBe('12.5');
    expect(formatPercent(100)).toBe('100');
  });

  it('escapes the short-answer wildcard', () => {
    expect(escapeShortAnswerWildcards('a*b**')).toBe('a\\*b\\*\\*');
  });
});
