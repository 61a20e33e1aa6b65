import { describe, expect, it } from 'vitest';
import { unitAfter } from './units.js';

// The text after a number, from real sentences in English, Greek, Russian, Chinese, Japanese, Spanish and French.
describe('unitAfter', () => {
  it.each([
    ' km from source to mouth.',
    ' micrometres across.',
    ' degrees at sea level.',
    ' μέτρα.',
    ' километров.',
    ' 米，是世界最高峰。',
    'メートルで、日本で最も高い山である。',
    ' metros sobre el nivel del mar.',
  ])('a measure: "%s"', (after) => {
    expect(unitAfter(after)).toBe(true);
  });

  it.each([
    ' idiomas, y más de una docena',
    ' caractères.',
    ' bytes (IPv4).',
    ' percent are black.',
    ' marks the',
    '\nkm',
  ])('a count or no unit: "%s"', (after) => {
    expect(unitAfter(after)).toBe(false);
  });
});
