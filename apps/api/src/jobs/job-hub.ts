// The jobs of this instance and the followers it serves. It runs jobs under a lease in the shared store,
// renews the lease, takes over jobs whose owner died or shut down, fans events out to followers (local
// events directly, other instances' through NOTIFY), and cancels jobs on request, when nobody anywhere
// has followed them for ORPHAN_TIMEOUT_MS, or hands them over on shutdown.
import { randomBytes } from 'node:crypto';
import type { DocumentInfo, DurableEvent, JobInfo, OcrSettings, QuestionGenerator } from '@quizstream/core';
import type { Logger } from 'pino';
import type { DocumentFiles } from '../documents/document-files.js';
import type { Generators } from '../generators.js';
import type { Metrics } from '../observability/metrics.js';
import { CONTROL_CHANNEL, EVENTS_CHANNEL } from '../store/migrations.js';
import type { Store } from '../store/store.js';
import { type AbortReason, type RunJobInput, runJob } from './run-job.js';
import { type SharedJobReads, sharedJobReads } from './shared-job-reads.js';

/**
 * A follower: gets local events as they are stored, a wake-up when another instance stored one, and the job as
 * the store has it every FOLLOW_POLL_MS (read once for all the job's followers here).
 */
export interface JobFollower {
  push(id: number, event: DurableEvent): void;
  wake(): void;
  check?(job: JobInfo | null): void;
}

interface Followed {
  followers: Set<JobFollower>;
  /** Reads the job for its followers every FOLLOW_POLL_MS. */
  poll: NodeJS.Timeout;
  reads: SharedJobReads;
}

interface RunningJob {
  controller: AbortController;
  reason: AbortReason;
  done: Promise<unknown>;
}

export interface JobHubDeps {
  store: Store;
  files: DocumentFiles;
  generators: Generators;
  metrics: Metrics;
  logger: Logger;
  orphanTimeoutMs: number;
  leaseMs: number;
  /** This instance's name in leases; random by default. */
  instanceId?: string;
  /** OCR of scanned pages, passed to every job. */
  ocr?: OcrSettings;
  /** Reads every job's PDF pages (in a worker process, under limits). */
  extract?: RunJobInput['extract'];
  /** Jobs this instance runs at most; it takes no more over from others beyond it. */
  maxRunning?: number;
  /** How often a followed job is read for its followers (FOLLOW_POLL_MS); 2 s by default. */
  followPollMs?: number;
}

export class JobHub {
  readonly instanceId: string;
  private readonly running = new Map<string, RunningJob>();
  private readonly followed = new Map<string, Followed>();
  private accepting = true;
  private timers: NodeJS.Timeout[] = [];
  private stopListening: (() => Promise<void>)[] = [];

  private get pollMs(): number {
    return this.deps.followPollMs ?? 2_000;
  }

  constructor(private readonly deps: JobHubDeps) {
    this.instanceId = deps.instanceId ?? `i_${randomBytes(6).toString('hex')}`;
  }

  get isAccepting(): boolean {
    return this.accepting;
  }

  get runningCount(): number {
    return this.running.size;
  }

  isRunningHere(jobId: string): boolean {
    return this.running.has(jobId);
  }

  /** Listens for other instances' events and cancel requests, and starts the lease, takeover and orphan loops. */
  async start(): Promise<void> {
    const { store, leaseMs, orphanTimeoutMs } = this.deps;
    this.stopListening.push(
      await store.listen(EVENTS_CHANNEL, (payload) => {
        const jobId = payload.slice(0, payload.lastIndexOf(':'));
        for (const follower of this.followed.get(jobId)?.followers ?? []) follower.wake();
      }),
      await store.listen(CONTROL_CHANNEL, (payload) => {
        if (payload.startsWith('cancel:')) void this.cancelHere(payload.slice('cancel:'.length), 'cancelled');
      }),
    );
    const every = (ms: number, task: () => Promise<unknown>) => {
      let busy = false;
      const timer = setInterval(() => {
        if (busy) return;
        busy = true;
        task()
          .catch((err) => this.deps.logger.error({ err }, 'background task failed'))
          .finally(() => {
            busy = false;
          });
      }, ms);
      timer.unref();
      this.timers.push(timer);
    };
    every(Math.max(50, leaseMs / 3), () => this.renewLeases());
    every(Math.max(50, leaseMs / 2), () => this.takeOver());
    every(Math.max(25, Math.min(1_000, orphanTimeoutMs / 4)), () => this.sweepOrphans());
    every(Math.max(25, Math.min(5_000, orphanTimeoutMs / 3)), () => store.touchFollowed([...this.followed.keys()]));
    await this.takeOver();
  }

  /** Runs a job this instance just created (and holds the lease of), with the generator its options chose. */
  run(job: JobInfo, document: DocumentInfo, pdf: Uint8Array, generator: QuestionGenerator): void {
    this.launch(job, document, pdf, false, generator);
  }

  /** Follows a job's live events, wherever it runs, until `unfollow`. */
  follow(jobId: string, follower: JobFollower): void {
    let entry = this.followed.get(jobId);
    if (!entry) {
      const poll = setInterval(() => void this.poll(jobId), this.pollMs);
      poll.unref();
      entry = { followers: new Set(), poll, reads: sharedJobReads(this.deps.store, jobId) };
      this.followed.set(jobId, entry);
      // Followers on this instance count for the owner's orphan check from now on (then by the periodic touch).
      void this.deps.store.touchFollowed([jobId]).catch(() => {});
    }
    entry.followers.add(follower);
  }

  unfollow(jobId: string, follower: JobFollower): void {
    const entry = this.followed.get(jobId);
    if (!entry?.followers.delete(follower) || entry.followers.size > 0) return;
    clearInterval(entry.poll);
    entry.reads.release();
    this.followed.delete(jobId);
    // The orphan timeout counts from the moment the last follower left.
    void this.deps.store.touchFollowed([jobId]).catch(() => {});
  }

  /**
   * Reads a followed job once for all its followers here: is it still running, did an event slip past its
   * notification? Ten thousand idle streams on a few jobs mean a few reads per poll, not ten thousand.
   */
  private async poll(jobId: string): Promise<void> {
    const entry = this.followed.get(jobId);
    if (!entry) return;
    // A failed read is tried again at the next poll; the followers keep what they have meanwhile.
    const job = await entry.reads.read(this.pollMs / 2).catch(() => undefined);
    if (job === undefined) return;
    for (const follower of entry.followers) follower.check?.(job);
  }

  /**
   * Cancels a job wherever it runs and waits for its terminal event: here directly, on another instance
   * through the store, and a job nobody runs (its owner died) by ending it in the store.
   */
  async cancel(jobId: string): Promise<void> {
    if (await this.cancelHere(jobId, 'cancelled')) return;
    await this.deps.store.requestCancel(jobId);
    const message = 'The generation was cancelled.';
    await this.deps.store
      .finishJob(
        jobId,
        null,
        { status: 'cancelled', error: { code: 'cancelled', message } },
        {
          event: { type: 'error', code: 'cancelled', message, retryable: false },
        },
      )
      .catch(() => {}); // the owner is alive and will end it
    for (let waited = 0; waited < 10_000; waited += 50) {
      const job = await this.deps.store.getJob(jobId);
      if (job?.status !== 'running') return;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Stops taking jobs, stops the ones running here without ending them, and lets go of their leases. */
  async shutdown(): Promise<void> {
    this.accepting = false;
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    await Promise.all([...this.running.keys()].map((id) => this.cancelHere(id, 'handover')));
    const released = await this.deps.store.releaseLeases(this.instanceId);
    if (released > 0) this.deps.logger.info({ released }, 'handed jobs over');
    await Promise.all(this.stopListening.splice(0).map((stop) => stop().catch(() => {})));
  }

  private launch(
    job: JobInfo,
    document: DocumentInfo,
    pdf: Uint8Array,
    resume: boolean,
    generator: QuestionGenerator = this.deps.generators.for(job.options),
  ): void {
    const entry: RunningJob = { controller: new AbortController(), reason: 'cancelled', done: Promise.resolve() };
    this.running.set(job.id, entry);
    const log = this.deps.logger.child({ jobId: job.id, documentId: document.id });
    log.info({ options: job.options, resume }, resume ? 'job taken over' : 'job started');
    const observe = this.deps.metrics.jobObserver(generator.name);
    entry.done = runJob({
      job,
      document,
      pdf,
      resume,
      owner: this.instanceId,
      generator,
      store: this.deps.store,
      signal: entry.controller.signal,
      abortReason: () => entry.reason,
      ...(this.deps.ocr ? { ocr: this.deps.ocr } : {}),
      ...(this.deps.extract ? { extract: this.deps.extract } : {}),
      publish: (id, event) => {
        observe(event);
        for (const follower of this.followed.get(job.id)?.followers ?? []) follower.push(id, event);
      },
    })
      .then((status) => {
        if (status === 'running') this.deps.metrics.jobLeft();
        log.info({ status }, status === 'running' ? 'job left to another instance' : 'job finished');
      })
      .catch((err) => log.error({ err }, 'job failed'))
      .finally(() => this.running.delete(job.id));
  }

  private async cancelHere(jobId: string, reason: AbortReason): Promise<boolean> {
    const entry = this.running.get(jobId);
    if (!entry) return false;
    entry.reason = reason;
    entry.controller.abort();
    await entry.done;
    return true;
  }

  private async renewLeases(): Promise<void> {
    const ids = [...this.running.keys()];
    const held = await this.deps.store.renewLeases(this.instanceId, ids, this.deps.leaseMs);
    for (const id of ids) {
      const state = held.get(id);
      if (!state) {
        this.deps.logger.warn({ jobId: id }, 'lease lost; another instance runs the job now');
        void this.cancelHere(id, 'lease-lost');
      } else if (state.cancel) {
        void this.cancelHere(id, 'cancelled');
      }
    }
  }

  private async takeOver(): Promise<void> {
    while (this.accepting && this.running.size < (this.deps.maxRunning ?? Number.POSITIVE_INFINITY)) {
      const claimed = await this.deps.store.claimExpiredJob(this.instanceId, this.deps.leaseMs);
      if (!claimed) return;
      const { job, cancelRequested } = claimed;
      // A job of this instance whose lease lapsed while the database was away: it still runs here, and the
      // claim only renewed its lease.
      if (this.running.has(job.id)) continue;
      const document = await this.deps.store.getDocument(job.documentId);
      const pdf = document ? await this.deps.files.read(document.id).catch(() => null) : null;
      if (!document || !pdf || cancelRequested) {
        const message = cancelRequested ? 'The generation was cancelled.' : 'The document of this job is gone.';
        const code = cancelRequested ? 'cancelled' : 'document_missing';
        await this.deps.store.finishJob(
          job.id,
          this.instanceId,
          { status: cancelRequested ? 'cancelled' : 'failed', error: { code, message } },
          { event: { type: 'error', code, message, retryable: false } },
        );
        continue;
      }
      this.launch(job, document, pdf, true);
    }
  }

  private async sweepOrphans(): Promise<void> {
    const unfollowed = [...this.running.keys()].filter((id) => !this.followed.has(id));
    const orphans = await this.deps.store.orphanedJobs(this.instanceId, unfollowed, this.deps.orphanTimeoutMs);
    for (const id of orphans) {
      if (this.followed.has(id)) continue;
      this.deps.logger.info({ jobId: id }, 'cancelling job nobody follows');
      void this.cancelHere(id, 'orphaned');
    }
  }
}
