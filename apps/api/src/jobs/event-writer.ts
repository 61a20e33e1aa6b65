// Stores a running job's durable events in order and hands each to live followers once it is stored. Events
// that come in the same turn of the event loop, or while a write is in progress, are stored together by one
// write (one statement, one commit): a job producing events faster than the store commits them one at a time
// writes them in batches, and an event is never held back to fill a batch.
import type { DurableEvent, SequencedEvent } from '@quizstream/core';
import type { Store } from '../store/store.js';

/** Events waiting at most: past it, the job waits for the store before producing more. */
const MAX_BATCH = 200;

export class EventWriter {
  private queue: SequencedEvent[] = [];
  private writing: Promise<void> | undefined;
  private failure: { error: unknown } | undefined;

  constructor(
    private readonly store: Store,
    private readonly jobId: string,
    private readonly owner: string,
    private readonly publish: (id: number, event: DurableEvent) => void,
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
        await this.store.appendEvents(this.jobId, batch, this.owner);
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

  private throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }
}
