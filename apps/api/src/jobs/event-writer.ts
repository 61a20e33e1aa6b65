// Stores a running job's durable events in order and hands each to live followers once it is stored. Events
// that come in the same turn of the event loop, or while a write is in progress, are stored together by one
// write (one statement, one commit): a job producing events faster than the store commits them one at a time
// writes them in batches, and an event is never held back to fill a batch.
import type { DurableEvent, SequencedEvent } from '@quizstream/core';
import { isDatabaseOutOfSpace, isDatabaseUnavailable } from '../store/database-errors.js';
import type { Store } from '../store/store.js';

/** Events waiting at most: past it, the job waits for the store before producing more. */
const MAX_BATCH = 200;

/**
 * How long a job waits for a database that went away (a restart, a failover) before it gives up: meanwhile it
 * produces nothing more than a batch ahead, and its write is tried again, 0.5 s, 1 s, 2 s ... 5 s apart.
 */
export const DATABASE_PATIENCE_MS = 120_000;

export class EventWriter {
  private queue: SequencedEvent[] = [];
  private writing: Promise<void> | undefined;
  private failure: { error: unknown } | undefined;

  constructor(
    private readonly store: Store,
    private readonly jobId: string,
    private readonly owner: string,
    private readonly publish: (id: number, event: DurableEvent) => void,
    private readonly patienceMs = DATABASE_PATIENCE_MS,
  ) {}

  /** Queues an event to be stored, then published; waits only while the queue is full. Throws a failed write. */
  async add(id: number, event: DurableEvent): Promise<void> {
    this.throwIfFailed();
    this.queue.push({ id, event });
    this.writing ??= this.drain();
    if (this.queue.length >= MAX_BATCH) await this.writing;
    this.throwIfFailed();
  }

  /** Resolves once every queued event is stored and published; throws if a write failed. */
  async flush(): Promise<void> {
    await this.writing;
    this.throwIfFailed();
  }

  private async drain(): Promise<void> {
    try {
      // Lets the events the job produces in the same turn of the event loop (a page's questions often come
      // together) join the first write: one commit for them all instead of one each.
      await new Promise(setImmediate);
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, MAX_BATCH);
        await this.append(batch);
        for (const { id, event } of batch) this.publish(id, event);
      }
    } catch (error) {
      // Nothing after a failed write may be stored: a later event would leave a gap in the log.
      this.failure = { error };
      this.queue = [];
    } finally {
      this.writing = undefined;
    }
  }

  /**
   * Stores a batch, waiting out a database that went away. A write whose commit may have happened before the
   * connection was lost is recognised when tried again: its events are there already.
   */
  private async append(batch: SequencedEvent[]): Promise<void> {
    const started = performance.now();
    for (let attempt = 0; ; attempt++) {
      try {
        await this.store.appendEvents(this.jobId, batch, this.owner);
        return;
      } catch (err) {
        if (attempt > 0 && isDuplicate(err) && (await this.stored(batch))) return;
        const waitable = isDatabaseUnavailable(err) || isDatabaseOutOfSpace(err);
        if (!waitable || performance.now() - started > this.patienceMs) throw err;
        await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, 500 * 2 ** attempt)));
      }
    }
  }

  /** Whether every event of the batch is in the log already (a commit whose answer was lost). */
  private async stored(batch: SequencedEvent[]): Promise<boolean> {
    const found = await this.store.readEvents(this.jobId, batch[0]!.id - 1, batch.length);
    return found.length === batch.length && found.every((e, i) => e.id === batch[i]!.id);
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }
}

/** A unique violation: the row is there already. */
function isDuplicate(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === '23505';
}
