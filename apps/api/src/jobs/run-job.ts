// Runs one generation job as a pipeline: pages are extracted one by one and handed to the generator,
// each question is validated, checked against its page and deduplicated, then stored and published
// as it comes. Every durable event is appended to the store before anyone sees it.
import {
  type DocumentInfo,
  type DurableEvent,
  extractPages,
  type GenerateOptions,
  isGrounded,
  type JobInfo,
  type PageText,
  PdfError,
  Question,
  QuestionDeduper,
  type QuestionGenerator,
  type Quiz,
  type QuizStats,
} from '@quizstream/core';
import { newId } from '../ids.js';
import type { JobOutcome, Store } from '../store/store.js';

export interface RunJobInput {
  job: JobInfo;
  document: DocumentInfo;
  pdf: Uint8Array;
  generator: QuestionGenerator;
  store: Store;
  /** Hands a stored event to live followers. */
  publish: (id: number, event: DurableEvent) => void;
  signal: AbortSignal;
  /** Why the job was aborted, when it was: decides the terminal event's code. */
  abortReason: () => 'cancelled' | 'orphaned' | 'shutdown';
  now?: () => number;
}

const BATCH_MAX = 10;

export async function runJob(input: RunJobInput): Promise<JobOutcome['status']> {
  const { job, document, store, publish, signal } = input;
  const now = input.now ?? Date.now;
  const started = now();
  const options: GenerateOptions = job.options;
  const from = Math.min(options.pageFrom ?? 1, document.pages);
  const to = Math.min(options.pageTo ?? document.pages, document.pages);
  const totalPages = Math.max(0, to - from + 1);

  let seq = job.lastEventId;
  const emit = async (event: DurableEvent) => {
    seq += 1;
    await store.appendEvent(job.id, seq, event);
    publish(seq, event);
  };

  const questions: Question[] = [];
  const pageTexts = new Map<number, string>();
  const deduper = new QuestionDeduper();
  const dropped = { ungrounded: 0, duplicate: 0, invalid: 0 };
  let pagesDone = 0;
  let pagesWithoutText = 0;
  let batch: Question[] = [];
  // A page pdf.js cannot read becomes an empty page and a warning, not the end of the job.
  const unreadable: number[] = [];

  const flushBatch = async () => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    await emit({ type: 'questions', index: questions.length - items.length, questions: items });
  };

  // Keeps each page's text until the generator is done with it, for the grounding check.
  async function* tap(pages: AsyncIterable<PageText>): AsyncIterable<PageText> {
    for await (const page of pages) {
      pageTexts.set(page.page, page.text);
      if (!page.text.trim()) pagesWithoutText += 1;
      yield page;
    }
  }

  const stats = (): QuizStats => ({
    pages: pagesDone,
    pagesWithoutText,
    questions: questions.length,
    dropped: { ...dropped },
    durationMs: now() - started,
    generator: input.generator.name,
  });

  try {
    await emit({
      type: 'progress',
      stage: 'extracting',
      pagesDone: 0,
      totalPages,
      questions: 0,
      message: `Reading ${totalPages} page${totalPages === 1 ? '' : 's'}...`,
    });
    const pages = tap(
      extractPages(input.pdf, { from, to, signal, onPageError: (err) => unreadable.push(err.page ?? 0) }),
    );
    for await (const item of input.generator.generate(pages, options, { signal })) {
      signal.throwIfAborted();
      for (const page of unreadable.splice(0)) {
        await emit({
          type: 'warning',
          code: 'page_unreadable',
          message: `Page ${page} could not be read and was skipped.`,
          ...(page > 0 ? { page } : {}),
        });
      }
      if (item.kind === 'question') {
        const parsed = Question.safeParse({ ...item.question, id: newId('q') });
        if (!parsed.success) {
          dropped.invalid += 1;
          continue;
        }
        const question = parsed.data;
        const pageText = pageTexts.get(question.source.page);
        if (pageText === undefined || !isGrounded(question.source.quote, pageText)) {
          dropped.ungrounded += 1;
          continue;
        }
        if (deduper.isDuplicate(question)) {
          dropped.duplicate += 1;
          continue;
        }
        questions.push(question);
        if (options.batch) {
          batch.push(question);
          if (batch.length >= BATCH_MAX) await flushBatch();
        } else {
          await emit({ type: 'question', index: questions.length - 1, question });
        }
      } else if (item.kind === 'warning') {
        await emit({
          type: 'warning',
          code: item.code,
          message: item.message,
          ...(item.page ? { page: item.page } : {}),
        });
      } else if (item.kind === 'page-done') {
        pageTexts.delete(item.page);
        pagesDone += 1;
        await flushBatch();
        await emit({
          type: 'progress',
          stage: 'generating',
          pagesDone,
          totalPages,
          page: item.page,
          questions: questions.length,
          message: `Page ${item.page} done (${pagesDone}/${totalPages}), ${questions.length} questions so far`,
        });
      }
    }
    signal.throwIfAborted();
    await flushBatch();

    const quiz: Quiz = {
      id: newId('quiz'),
      documentId: document.id,
      jobId: job.id,
      title: document.title || document.filename.replace(/\.pdf$/i, ''),
      createdAt: new Date(now()).toISOString(),
      options,
      questions,
      stats: stats(),
    };
    if (questions.length === 0) {
      await emit({
        type: 'warning',
        code: 'no_questions',
        message: 'No questions could be written from this document: it has too little readable text.',
      });
    }
    seq += 1;
    const complete: DurableEvent = {
      type: 'complete',
      quizId: quiz.id,
      totalQuestions: questions.length,
      stats: quiz.stats,
    };
    await store.finishJob(job.id, { status: 'completed', quizId: quiz.id }, { seq, event: complete }, quiz);
    publish(seq, complete);
    return 'completed';
  } catch (err) {
    const aborted = signal.aborted;
    const reason = aborted ? input.abortReason() : null;
    const error = aborted
      ? {
          code: reason === 'shutdown' ? 'interrupted' : reason!,
          message:
            reason === 'orphaned'
              ? 'The generation was stopped because nobody was following it.'
              : reason === 'shutdown'
                ? 'The server stopped while generating; start the generation again.'
                : 'The generation was cancelled.',
          retryable: reason === 'shutdown',
        }
      : err instanceof PdfError
        ? { code: err.code, message: err.message, retryable: false }
        : { code: 'generation_failed', message: 'Generating the quiz failed unexpectedly.', retryable: true };
    const status = aborted ? (reason === 'shutdown' ? 'failed' : 'cancelled') : 'failed';
    seq += 1;
    const event: DurableEvent = { type: 'error', ...error };
    await store.finishJob(job.id, { status, error: { code: error.code, message: error.message } }, { seq, event });
    publish(seq, event);
    if (!aborted && !(err instanceof PdfError)) throw err;
    return status;
  }
}
