// Runs one PDF through the quiz pipeline as the server's jobs do (pages read in a worker process, OCR of
// pages without a usable text layer, the offline generator, grounding and deduplication), and keeps what the
// evaluation needs besides the questions: every page's text and block roles, and every warning.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  createOfflineGenerator,
  type ExtractPagesOptions,
  extractPagesIsolated,
  GenerateOptions,
  type OcrSettings,
  openPdf,
  type PageText,
  type QuestionGenerator,
  runQuizPipeline,
} from '@quizstream/core';
import type { GenerateOptionsInput, Question } from '@quizstream/core/schemas';

/** What the pipeline produced for one document, with the pages it read. */
export interface DocumentRun {
  /** File name, e.g. "maint-guide-fr.pdf". */
  document: string;
  pages: number;
  questions: Question[];
  warnings: { code: string; page?: number }[];
  /** Every page read, in order: text and block roles as the generator saw them. */
  pageTexts: PageText[];
  durationMs: number;
  /** Set when the pipeline threw instead of finishing (the document then has no questions). */
  error?: string;
}

export const EVAL_OCR: OcrSettings = { mode: 'auto', langs: ['eng'] };

export interface RunDocumentInput {
  file: string;
  options: GenerateOptionsInput;
  generator?: QuestionGenerator;
  ocr?: OcrSettings;
  signal?: AbortSignal;
}

export async function runDocument({ file, options, generator, ocr = EVAL_OCR, signal }: RunDocumentInput) {
  const started = performance.now();
  const bytes = new Uint8Array(await readFile(file));
  const doc = await openPdf(bytes);
  const pages = doc.numPages;
  await doc.close();
  const pageTexts: PageText[] = [];
  // Keeps each page as extraction hands it to the generator.
  const extract = async function* (pdf: Uint8Array, opts: ExtractPagesOptions): AsyncIterable<PageText> {
    for await (const page of extractPagesIsolated(pdf, opts)) {
      pageTexts.push(page);
      yield page;
    }
  };
  const run: DocumentRun = {
    document: path.basename(file),
    pages,
    questions: [],
    warnings: [],
    pageTexts,
    durationMs: 0,
  };
  const pipeline = runQuizPipeline({
    pdf: bytes,
    pages,
    generator: generator ?? createOfflineGenerator(),
    options: GenerateOptions.parse(options),
    signal: signal ?? new AbortController().signal,
    newId: () => `q_${randomUUID()}`,
    ocr,
    extract,
  });
  try {
    let step = await pipeline.next();
    while (!step.done) {
      const event = step.value;
      if (event.type === 'warning') {
        run.warnings.push({ code: event.code, ...(event.page ? { page: event.page } : {}) });
      }
      step = await pipeline.next();
    }
    run.questions = step.value.questions;
  } catch (error) {
    run.error = error instanceof Error ? error.message : String(error);
  }
  run.durationMs = performance.now() - started;
  return run;
}
