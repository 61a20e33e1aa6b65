// Runs one generation job: the core pipeline's events are appended to the job's log in the store, then
// published to live followers, so every durable event is stored before anyone sees it (event-writer.ts). The job
// ends with a `complete` event (quiz saved in the same transaction) or an `error` event.
import {
  type DocumentInfo,
  type DurableEvent,
  type JobInfo,
  type OcrSettings,
  PdfError,
  type PipelineInput,
  type PipelineResult,
  type PipelineResume,
  type Question,
  type QuestionGenerator,
  type Quiz,
  runQuizPipeline,
} from '@quizstream/core';
import { newId } from '../ids.js';
import { type JobOutcome, LeaseLostError, type Store } from '../store/store.js';
import { EventWriter } from './event-writer.js';

/** Why a job was stopped from outside. `handover` and `lease-lost` leave it running for another instance. */
export type AbortReason = 'cancelled' | 'orphaned' | 'handover' | 'lease-lost';

export interface RunJobInput {
  job: JobInfo;
  document: DocumentInfo;
  pdf: Uint8Array;
  generator: QuestionGenerator;
  store: Store;
  /** This instance, as recorded in the job's lease. */
  owner: string;
  /** Continue from the job's stored log (a takeover) instead of starting it. */
  resume: boolean;
  /** Hands a stored event to live followers. */
  publish: (id: number, event: DurableEvent) => void;
  signal: AbortSignal;
  /** Why the job was aborted, when it was: decides the terminal event's code. */
  abortReason: () => AbortReason;
  now?: () => number;
  /** OCR of scanned pages (config `OCR`, `OCR_LANGS`); off when absent. */
  ocr?: OcrSettings;
  /** Reads the PDF's pages (the server reads them in a worker process, see documents/pdf-reader.ts). */
  extract?: PipelineInput['extract'];
}

export async function runJob(input: RunJobInput): Promise<JobOutcome['status'] | 'running'> {
  const { job, document, store, publish, signal, owner } = input;
  let seq = job.lastEventId;
  // Stored in batches when they come faster than the store commits them; each published once stored.
  const events = new EventWriter(store, job.id, owner, publish);
  const emit = (event: DurableEvent) => {
    seq += 1;
    return events.add(seq, event);
  };
  const finish = async (outcome: JobOutcome, event: DurableEvent, quiz?: Quiz) => {
    // Every event before the terminal one is stored first. After a failed write, the terminal event takes the
    // number after the last one stored, so that the log has no gap.
    const unstored = await events.flush().then(
      () => null,
      (error: unknown) => ({ error }),
    );
    if (unstored?.error instanceof LeaseLostError) throw unstored.error;
    if (!unstored) seq += 1;
    const id = await store.finishJob(job.id, owner, outcome, { ...(unstored ? {} : { seq }), event }, quiz);
    publish(id, event);
  };

  try {
    const resume = input.resume ? await readCheckpoint(store, job) : undefined;
    if (resume) seq = resume.lastEventId;
    const pipeline = runQuizPipeline({
      pdf: input.pdf,
      pages: document.pages,
      generator: input.generator,
      options: job.options,
      signal,
      newId: () => newId('q'),
      ...(input.now ? { now: input.now } : {}),
      ...(resume ? { resume: resume.pipeline } : {}),
      ...(input.ocr ? { ocr: input.ocr } : {}),
      ...(input.extract ? { extract: input.extract } : {}),
    });
    let step = await pipeline.next();
    while (!step.done) {
      await emit(step.value);
      step = await pipeline.next();
    }
    await events.flush();
    const result: PipelineResult = step.value;
    const quiz: Quiz = {
      id: newId('quiz'),
      documentId: document.id,
      jobId: job.id,
      title: document.title || document.filename.replace(/\.pdf$/i, ''),
      createdAt: new Date((input.now ?? Date.now)()).toISOString(),
      options: job.options,
      questions: result.questions,
      stats: result.stats,
      marking: 'forgiving',
    };
    await finish(
      { status: 'completed', quizId: quiz.id },
      { type: 'complete', quizId: quiz.id, totalQuestions: quiz.questions.length, stats: quiz.stats },
      quiz,
    );
    return 'completed';
  } catch (err) {
    const reason = signal.aborted ? input.abortReason() : null;
    // Handed over or taken over: the job goes on elsewhere, so this instance writes nothing more.
    if (reason === 'handover' || reason === 'lease-lost' || err instanceof LeaseLostError) return 'running';
    const { status, error } = describeFailure(err, reason);
    try {
      await finish({ status, error: { code: error.code, message: error.message } }, { type: 'error', ...error });
    } catch (finishError) {
      if (finishError instanceof LeaseLostError) return 'running';
      throw finishError;
    }
    if (status === 'failed' && error.code === 'generation_failed') throw err;
    return status;
  }
}

interface Failure {
  status: 'failed' | 'cancelled';
  error: { code: string; message: string; retryable: boolean };
}

/**
 * Where an interrupted job stands, read from its own log: the log is the checkpoint. Completed pages are
 * the ones with a `progress` event; questions already sent are kept and not sent again.
 */
async function readCheckpoint(store: Store, job: JobInfo): Promise<{ lastEventId: number; pipeline: PipelineResume }> {
  const questions: Question[] = [];
  let lastEventId = 0;
  let pagesDone = 0;
  let nextPage = job.options.pageFrom ?? 1;
  for (
    let page = await store.readEvents(job.id, 0);
    page.length > 0;
    page = await store.readEvents(job.id, lastEventId)
  ) {
    for (const { id, event } of page) {
      lastEventId = id;
      if (event.type === 'question') questions.push(event.question);
      if (event.type === 'questions') questions.push(...event.questions);
      if (event.type === 'progress' && event.stage === 'generating' && event.page !== undefined) {
        pagesDone = event.pagesDone;
        nextPage = event.page + 1;
      }
    }
  }
  return { lastEventId, pipeline: { questions, pagesDone, nextPage, startedAt: Date.parse(job.createdAt) } };
}

/** Turns why a job stopped into its final status and `error` event. */
export function describeFailure(
  err: unknown,
  abortReason: Exclude<AbortReason, 'handover' | 'lease-lost'> | null,
): Failure {
  if (abortReason) {
    const message =
      abortReason === 'orphaned'
        ? 'The generation was stopped because nobody was following it.'
        : 'The generation was cancelled.';
    return { status: 'cancelled', error: { code: abortReason, message, retryable: false } };
  }
  if (err instanceof PdfError) {
    // Busy readers are the server's state, not the file's: the same request later may well succeed.
    const retryable = err.code === 'readers_busy';
    return { status: 'failed', error: { code: err.code, message: err.message, retryable } };
  }
  if (isCodedError(err)) {
    return { status: 'failed', error: { code: err.code, message: err.message, retryable: err.retryable } };
  }
  return {
    status: 'failed',
    error: { code: 'generation_failed', message: 'Generating the quiz failed unexpectedly.', retryable: true },
  };
}

/** Generators report refusals they understand (a bad API key, an exhausted quota) with a code and a retry hint. */
function isCodedError(err: unknown): err is Error & { code: string; retryable: boolean } {
  return (
    err instanceof Error &&
    typeof (err as { code?: unknown }).code === 'string' &&
    typeof (err as { retryable?: unknown }).retryable === 'boolean'
  );
}
