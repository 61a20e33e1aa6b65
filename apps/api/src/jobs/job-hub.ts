// The jobs this process runs: starts them, fans their events out to live followers, cancels them on
// request, when nobody follows them for ORPHAN_TIMEOUT_MS, or on shutdown.
import type { DocumentInfo, DurableEvent, JobInfo, QuestionGenerator } from '@quizstream/core';
import type { Logger } from 'pino';
import type { Store } from '../store/store.js';
import { type AbortReason, runJob } from './run-job.js';

export type JobListener = (id: number, event: DurableEvent) => void;

interface RunningJob {
  controller: AbortController;
  reason: AbortReason;
  listeners: Set<JobListener>;
  orphanTimer: NodeJS.Timeout | undefined;
  done: Promise<unknown>;
}

export interface JobHubDeps {
  store: Store;
  generator: QuestionGenerator;
  orphanTimeoutMs: number;
  logger: Logger;
}

export class JobHub {
  private readonly running = new Map<string, RunningJob>();
  private accepting = true;

  constructor(private readonly deps: JobHubDeps) {}

  get isAccepting(): boolean {
    return this.accepting;
  }

  get runningCount(): number {
    return this.running.size;
  }

  isRunning(jobId: string): boolean {
    return this.running.has(jobId);
  }

  /** Starts a stored job. Followers should subscribe before reading the stored log so no event slips between. */
  start(job: JobInfo, document: DocumentInfo, pdf: Uint8Array): void {
    const entry: RunningJob = {
      controller: new AbortController(),
      reason: 'cancelled',
      listeners: new Set(),
      orphanTimer: undefined,
      done: Promise.resolve(),
    };
    this.running.set(job.id, entry);
    const log = this.deps.logger.child({ jobId: job.id, documentId: document.id });
    log.info({ options: job.options }, 'job started');
    entry.done = runJob({
      job,
      document,
      pdf,
      generator: this.deps.generator,
      store: this.deps.store,
      signal: entry.controller.signal,
      abortReason: () => entry.reason,
      publish: (id, event) => {
        for (const listener of entry.listeners) listener(id, event);
      },
    })
      .then((status) => log.info({ status }, 'job finished'))
      .catch((err) => log.error({ err }, 'job failed'))
      .finally(() => {
        clearTimeout(entry.orphanTimer);
        this.running.delete(job.id);
      });
    // A job started without a follower (a POST whose client vanished at once) is an orphan from the start.
    this.armOrphanTimer(job.id, entry);
  }

  /** Follows a running job's live events; returns the unsubscribe function. */
  subscribe(jobId: string, listener: JobListener): () => void {
    const entry = this.running.get(jobId);
    if (!entry) return () => {};
    entry.listeners.add(listener);
    clearTimeout(entry.orphanTimer);
    entry.orphanTimer = undefined;
    return () => {
      entry.listeners.delete(listener);
      this.armOrphanTimer(jobId, entry);
    };
  }

  /** Aborts a running job and waits until its terminal event is stored. Returns false if it was not running here. */
  async cancel(jobId: string, reason: AbortReason = 'cancelled'): Promise<boolean> {
    const entry = this.running.get(jobId);
    if (!entry) return false;
    entry.reason = reason;
    entry.controller.abort();
    await entry.done;
    return true;
  }

  /** Stops taking jobs and ends the running ones so they can be restarted; resolves when all are stored. */
  async shutdown(): Promise<void> {
    this.accepting = false;
    await Promise.all([...this.running.keys()].map((id) => this.cancel(id, 'shutdown')));
  }

  /**
   * Jobs left `running` by a process that died cannot continue in this one: end them with a retryable
   * error so their followers stop waiting.
   */
  async failInterrupted(): Promise<number> {
    const stale = await this.deps.store.listJobsByStatus('running');
    for (const job of stale) {
      if (this.running.has(job.id)) continue;
      const message = 'The server stopped while generating; start the generation again.';
      await this.deps.store.finishJob(
        job.id,
        { status: 'failed', error: { code: 'interrupted', message } },
        { seq: job.lastEventId + 1, event: { type: 'error', code: 'interrupted', message, retryable: true } },
      );
    }
    return stale.length;
  }

  private armOrphanTimer(jobId: string, entry: RunningJob) {
    if (entry.listeners.size > 0 || entry.orphanTimer || !this.running.has(jobId)) return;
    entry.orphanTimer = setTimeout(() => {
      if (entry.listeners.size > 0) return;
      this.deps.logger.info({ jobId }, 'cancelling job nobody follows');
      void this.cancel(jobId, 'orphaned');
    }, this.deps.orphanTimeoutMs);
    entry.orphanTimer.unref();
  }
}
