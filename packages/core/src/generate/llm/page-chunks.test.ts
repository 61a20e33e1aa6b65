import { describe, expect, it } from 'vitest';
import { shareQuestions, splitPage } from './page-chunks.js';

const sentence = (i: number) => `Sentence number ${i} explains one fact about the topic.`;

describe('splitPage', () => {
  it('keeps a page that fits in one chunk', () => {
    expect(splitPage('A short page.', 100)).toEqual(['A short page.']);
    expect(splitPage('', 100)).toEqual(['']);
  });

  it('cuts a long page at sentence ends into slices of the page no longer than the limit', () => {
    const text = Array.from({ length: 40 }, (_, i) => sentence(i)).join(' ');
    const chunks = splitPage(text, 500);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(500);
      expect(text).toContain(chunk);
      expect(chunk).toMatch(/\.$/);
    }
    expect(chunks.join(' ')).toBe(text);
  });

  it('prefers paragraph breaks', () => {
    const paragraph = Array.from({ length: 5 }, (_, i) => sentence(i)).join(' ');
    const text = `${paragraph}\n${paragraph}\n${paragraph}`;
    const chunks = splitPage(text, paragraph.length * 2 + 10);
    expect(chunks[0]).toBe(`${paragraph}\n${paragraph}`);
  });

  it('cuts at a space, or anywhere, when there is no sentence end', () => {
    const words = 'word '.repeat(100).trim();
    for (const chunk of splitPage(words, 210)) expect(chunk).toMatch(/^word( word)*$/);
    const blob = 'x'.repeat(1000);
    expect(splitPage(blob, 300).map((c) => c.length)).toEqual([300, 300, 300, 100]);
  });

  it('cuts CJK text after its full stops', () => {
    const text = '光合作用は光エネルギーを化学エネルギーに変える。'.repeat(30);
    const chunks = splitPage(text, 200);
    for (const chunk of chunks) expect(chunk).toMatch(/。$/);
  });
});

describe('shareQuestions', () => {
  it('shares in proportion to length and always hands out the total', () => {
    expect(shareQuestions(4, [100, 100])).toEqual([2, 2]);
    expect(shareQuestions(3, [500, 500, 100])).toEqual([2, 1, 0]);
    expect(shareQuestions(2, [100, 100, 100])).toEqual([1, 1, 0]);
    expect(shareQuestions(5, [1000])).toEqual([5]);
    for (const lengths of [
      [3, 9, 27],
      [1, 1, 1, 1, 1, 1, 1],
      [12000, 12000, 20],
    ]) {
      expect(shareQuestions(7, lengths).reduce((a, b) => a + b)).toBe(7);
    }
  });
});
