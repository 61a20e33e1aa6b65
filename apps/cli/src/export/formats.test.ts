import { EXPORT_FORMATS, exportQuiz } from '@quizstream/core';
import type { Quiz } from '@quizstream/core/schemas';
import { describe, expect, it } from 'vitest';
import { BINARY_FORMATS, EXPORT_FORMAT_NAMES, FILE_SUFFIX, formatForPath, resolveFormat } from './formats.js';

const quiz: Quiz = {
  id: 'quiz_1',
  documentId: 'doc_1',
  jobId: 'job_1',
  title: 'Cells 1.2',
  createdAt: '2024-01-01T00:00:00.000Z',
  options: { questionsPerPage: 1, types: ['multiple_choice'], difficulty: 'mixed', batch: false },
  marking: 'forgiving',
  questions: [
    {
      id: 'q_1',
      type: 'multiple_choice',
      prompt: 'Which organelle makes ATP?',
      choices: ['Mitochondrion', 'Ribosome'],
      answer: ['Mitochondrion'],
      explanation: 'The mitochondrion makes ATP.',
      difficulty: 'easy',
      source: { page: 1, quote: 'The mitochondrion makes ATP.' },
    },
  ],
  stats: {
    pages: 1,
    pagesWithoutText: 0,
    questions: 1,
    dropped: { ungrounded: 0, duplicate: 0, invalid: 0 },
    durationMs: 1,
    generator: 'offline',
  },
};

describe('CLI formats', () => {
  it('lists exactly the formats core can export', () => {
    expect([...EXPORT_FORMAT_NAMES].sort()).toEqual([...EXPORT_FORMATS].sort());
  });

  it.each(EXPORT_FORMAT_NAMES)(
    'names %s files with the exporter suffix and knows whether they are binary',
    async (format) => {
      const file = await exportQuiz(quiz, format);
      expect(file.filename).toBe(`Cells 1.2${FILE_SUFFIX[format]}`);
      expect(typeof file.body === 'string').toBe(!BINARY_FORMATS.has(format));
    },
  );

  it('accepts the short names people type', () => {
    expect(resolveFormat('csv')).toBe('csv-kahoot');
    expect(resolveFormat('GIFT')).toBe('gift');
    expect(resolveFormat('markdown')).toBe('md');
    expect(resolveFormat('docx')).toBeUndefined();
  });

  it('infers the format from an --out path only when the extension is unambiguous', () => {
    expect(formatForPath('quiz.gift')).toBe('gift');
    expect(formatForPath('out/quiz.gift.txt')).toBe('gift');
    expect(formatForPath('quiz.quizlet.txt')).toBe('csv-quizlet');
    expect(formatForPath('quizzes/{name}.xml')).toBe('moodle');
    expect(formatForPath('quiz.txt')).toBeUndefined();
    expect(formatForPath('quizzes/')).toBeUndefined();
  });
});
