// A seeded systematic sample of questions for a person to read: every k-th question from a random start,
// in document and question order, so that it spreads over all documents and pages instead of favouring the
// first (or the best) ones, and is the same for the same seed and the same questions.
import { createHash } from 'node:crypto';
import type { Question } from '@quizstream/core/schemas';

export interface SampledQuestion {
  /** S-001, S-002... in sample order. */
  id: string;
  document: string;
  /** Index of the question in its document's quiz. */
  index: number;
  question: Question;
}

/** mulberry32: a small, well-spread 32-bit generator; plenty for picking a start. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * n items at a step of total / n (a fraction: 205 questions and 120 to read is a step of 1.71) from a seeded
 * start in [0, step), so the sample spans every document even when there are fewer than twice n; all of them
 * when there are n or fewer.
 */
export function systematicSample<T>(items: readonly T[], n: number, seed: number): T[] {
  if (n <= 0) return [];
  if (items.length <= n) return [...items];
  const step = items.length / n;
  const start = seededRandom(seed)() * step;
  return Array.from({ length: n }, (_, i) => items[Math.floor(start + i * step)]!);
}

/** The sample of questions of several documents, ordered by document (as given) then question index. */
export function sampleQuestions(
  documents: readonly { document: string; questions: readonly Question[] }[],
  n: number,
  seed: number,
): SampledQuestion[] {
  const all = documents.flatMap((d) =>
    d.questions.map((question, index) => ({ document: d.document, index, question })),
  );
  const width = Math.max(3, String(Math.min(n, all.length)).length);
  return systematicSample(all, n, seed).map((s, i) => ({ id: `S-${String(i + 1).padStart(width, '0')}`, ...s }));
}

/**
 * A short hash of what a reader grades (ids, documents, prompts, choices, answers): a recorded read belongs to
 * the sample with the same fingerprint, and is out of date once the generator writes other questions.
 */
export function sampleFingerprint(sample: readonly SampledQuestion[]): string {
  const graded = sample.map((s) => [s.id, s.document, s.question.prompt, s.question.choices, s.question.answer]);
  return createHash('sha256').update(JSON.stringify(graded)).digest('hex').slice(0, 12);
}
