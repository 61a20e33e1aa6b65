import { beforeAll, describe, expect, it } from 'vitest';
import { loadWordVectors, type WordVectors } from './word-vectors.js';

let vectors: WordVectors;
beforeAll(async () => {
  vectors = await loadWordVectors();
});

// Terms and wrong choices that readers judged (an FAA directive, Wikipedia's article on AI, a court opinion).
describe('word vectors', () => {
  it.each([
    ['pitot tubes', 'aoa sensors', 'appropriate instructions'],
    ['carbon emissions', 'energy consumption', 'handwritten digits'],
    ['local search', 'adversarial search', 'evolutionary computation'],
    ['predicate logic', 'propositional logic', 'object tracking'],
  ])('puts %s closer to %s than to %s', (answer, near, far) => {
    expect(vectors.similarity(answer, near)!).toBeGreaterThan(vectors.similarity(answer, far)!);
  });

  it('keeps a wrong choice from another field below the line where it is ruled out', () => {
    expect(vectors.similarity('carbon emissions', 'handwritten digits')!).toBeLessThan(0.3);
    expect(vectors.similarity('pitot tubes', 'certificate limitations')!).toBeLessThan(0.3);
  });

  it('reads a term as the mean of its words, compounds through their parts, and knows when it knows nothing', () => {
    expect(vectors.similarity('River', 'river')).toBeCloseTo(1, 5);
    expect(vectors.similarity('cross-border rights', 'border rights')!).toBeGreaterThan(0.9);
    expect(vectors.similarity('qwxzv', 'river')).toBeUndefined();
  });
});
