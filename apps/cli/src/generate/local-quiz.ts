// Generates a quiz in this process: the same pipeline the server's jobs run (extraction, generator,
// grounding, deduplication), with the events it yields passed on as they come and a `complete` event at
// the end, so --json output has the same shape offline and against a server.
import { randomBytes } from 'node:crypto';
import { type OcrSettings, type QuestionGenerator, runQuizPipeline } from '@quizstream/core';
import type { GenerateOptions, Quiz, StreamEvent } from '@quizstream/core/schemas';
import type { PdfInput } from './read-input.js';

export interface LocalQuizInput {
  pdf: PdfInput;
  generator: QuestionGenerator;
  options: GenerateOptions;
  /** OCR of scanned pages; off when absent. */
  ocr?: OcrSettings;
  signal: AbortSignal;
  onEvent: (event: StreamEvent) => void;
}

export async function generateLocally({
  pdf,
  generator,
  options,
  ocr,
  signal,
  onEvent,
}: LocalQuizInput): Promise<Quiz> {
  const run = runQuizPipeline({
    pdf: pdf.bytes,
    pages: pdf.pages,
    generator,
    options,
    signal,
    newId: () => localId('q'),
    ...(ocr ? { ocr } : {}),
  });
  let next = await run.next();
  while (!next.done) {
    onEvent(next.value);
    next = await run.next();
  }
  const { questions, stats } = next.value;
  const quiz: Quiz = {
    id: localId('quiz'),
    documentId: localId('doc'),
    jobId: localId('job'),
    title: pdf.title,
    createdAt: new Date().toISOString(),
    options,
    questions,
    stats,
    marking: 'forgiving',
  };
  onEvent({ type: 'complete', quizId: quiz.id, totalQuestions: questions.length, stats });
  return quiz;
}

/** Ids shaped like the server's (a kind prefix and 96 random bits), so a local quiz can be imported there. */
function localId(prefix: 'doc' | 'job' | 'quiz' | 'q'): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}
