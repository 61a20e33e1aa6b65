import type { Question } from '@quizstream/core/schemas';
import { describe, expect, it } from 'vitest';
import { sampleFingerprint, sampleQuestions, systematicSample } from './sample.js';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('systematicSample', () => {
  it('takes every k-th item from a start below k', () => {
    const picked = systematicSample(range(1000), 100, 2026);
    expect(picked).toHaveLength(100);
    expect(picked[0]).toBeLessThan(10);
    expect(picked.slice(1).map((v, i) => v - picked[i]!)).toEqual(Array(99).fill(10));
  });

  it('spreads over the whole list instead of taking the first items', () => {
    const picked = systematicSample(range(745), 120, 1);
    expect(picked.at(-1)).toBeGreaterThan(700);
  });

  it('spreads over the whole list also when it holds fewer than twice the items asked', () => {
    for (const seed of [1, 2026]) {
      const picked = systematicSample(range(205), 120, seed);
      expect(picked).toHaveLength(120);
      expect(new Set(picked).size).toBe(120);
      expect(picked.at(-1)).toBeGreaterThanOrEqual(200);
      // No gap wider than two steps, none of zero.
      for (const [i, v] of picked.slice(1).entries()) expect(v - picked[i]!).toBeGreaterThanOrEqual(1);
      for (const [i, v] of picked.slice(1).entries()) expect(v - picked[i]!).toBeLessThanOrEqual(2);
    }
  });

  it('is the same for the same seed and moves with another seed', () => {
    expect(systematicSample(range(1000), 10, 7)).toEqual(systematicSample(range(1000), 10, 7));
    const starts = new Set(range(20).map((seed) => systematicSample(range(1000), 10, seed)[0]));
    expect(starts.size).toBeGreaterThan(5);
  });

  it('takes everything when there are fewer items than asked', () => {
    expect(systematicSample(range(5), 10, 1)).toEqual(range(5));
  });
});

describe('sampleQuestions', () => {
  const question = (n: number): Question => ({
    id: `q${n}`,
    type: 'true_false',
    prompt: `True or false: statement ${n}.`,
    choices: ['True', 'False'],
    answer: ['True'],
    explanation: '',
    difficulty: 'easy',
    source: { page: 1 + n, quote: `statement ${n}` },
  });

  it('numbers the sample and keeps document order and each question index', () => {
    const docs = [
      { document: 'a.pdf', questions: range(30).map(question) },
      { document: 'b.pdf', questions: range(30).map(question) },
    ];
    const sample = sampleQuestions(docs, 6, 3);
    expect(sample.map((s) => s.id)).toEqual(['S-001', 'S-002', 'S-003', 'S-004', 'S-005', 'S-006']);
    expect(sample.map((s) => s.document)).toEqual(['a.pdf', 'a.pdf', 'a.pdf', 'b.pdf', 'b.pdf', 'b.pdf']);
    for (const s of sample) expect(s.question).toBe(docs.find((d) => d.document === s.document)!.questions[s.index]);
  });
});

describe('sampleFingerprint', () => {
  const sampled = (prompt: string, answer = 'True') => ({
    id: 'S-001',
    document: 'a.pdf',
    index: 0,
    question: {
      id: 'q1',
      type: 'true_false' as const,
      prompt,
      choices: ['True', 'False'],
      answer: [answer],
      explanation: 'not graded',
      difficulty: 'easy' as const,
      source: { page: 1, quote: prompt },
    },
  });

  it('is the same for the same questions, whatever their ids and explanations', () => {
    const a = sampled('True or false: Debian now requires source-only uploads.');
    const b = { ...a, question: { ...a.question, id: 'q9', explanation: 'another' } };
    expect(sampleFingerprint([a])).toMatch(/^[0-9a-f]{12}$/);
    expect(sampleFingerprint([a])).toBe(sampleFingerprint([b]));
  });

  it('changes when a graded question changes', () => {
    const a = sampled('True or false: Debian now requires source-only uploads.');
    expect(sampleFingerprint([a])).not.toBe(sampleFingerprint([sampled(a.question.prompt, 'False')]));
    expect(sampleFingerprint([a])).not.toBe(sampleFingerprint([sampled('True or false: Something else.')]));
  });
});
