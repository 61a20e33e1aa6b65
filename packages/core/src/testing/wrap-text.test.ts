import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap-text.js';

// One unit per character makes widths easy to reason about.
const measure = (text: string) => [...text].length;

describe('wrapText', () => {
  it('breaks at spaces so that no line is wider than the limit', () => {
    const lines = wrapText('the quick brown fox jumps over the lazy dog', 15, measure);
    expect(lines).toEqual(['the quick brown', 'fox jumps over', 'the lazy dog']);
    expect(lines.every((line) => measure(line) <= 15)).toBe(true);
  });

  it('collapses runs of spaces and drops spaces at line ends', () => {
    expect(wrapText('  many    spaces  here ', 20, measure)).toEqual(['many spaces here']);
  });

  it('breaks CJK text between any two characters', () => {
    expect(wrapText('光合成は植物の葉緑体で行われる', 6, measure)).toEqual(['光合成は植物', 'の葉緑体で行', 'われる']);
  });

  it('cuts a word that is wider than a whole line', () => {
    expect(wrapText('see https://example.org/a/very/long/path now', 12, measure)).toEqual([
      'see',
      'https://exam',
      'ple.org/a/ve',
      'ry/long/path',
      'now',
    ]);
  });

  it('returns no lines for an empty paragraph', () => {
    expect(wrapText('   ', 10, measure)).toEqual([]);
  });
});
