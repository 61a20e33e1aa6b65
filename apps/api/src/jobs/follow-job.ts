// A job's events for one follower: the stored log after `afterId`, then live events, in order, with no
// gap and no repeat, ending after the terminal event. The store is the source of truth: events from this
// instance arrive directly and only spare a read; a wake-up (another instance stored an event), a gap, or
// a quiet `pollMs` sends the follower back to the store, which also covers a missed notification.
import { type DurableEvent, isTerminal, type SequencedEvent } from '@quizstream/core';
import type { Store } from '../store/store.js';
import type { JobFollower, JobHub } from './job-hub.js';
import { sharedJobReads } from './shared-job-reads.js';

const PAGE = 500;
const MAX_BUFFERED = 1_000;

/**
 * What one follower holds between events. An object with methods rather than closures: an instance lives as
 * long as its stream, thousands at once, and every named closure costs memory of its own (under tsx, each
 * gets a `name` property).
 */
class Follower implements JobFollower {
  buffer: SequencedEvent[] = [];
  mustRead = true;
  /** The stream's signal aborted (read once per event otherwise; AbortSignal's getter is not free). */
  stopped: boolean;
  /** Resolves the wait for the next event: true when something came, false after the quiet poll interval. */
  waiting: ((woke: boolean) => void) | undefined;

  constructor(
    private readonly hub: JobHub,
    private readonly jobId: string,
    signal: AbortSignal,
  ) {
    this.stopped = signal.aborted;
  }

  push(id: number, event: DurableEvent): void {
    if (this.buffer.length >= MAX_BUFFERED) {
      // A slow follower: drop the buffer and read from the store once it catches up.
      this.buffer = [];
      this.mustRead = true;
    } else {
      this.buffer.push({ id, event });
    }
    this.waiting?.(true);
  }

  wake(): void {
    // Another instance stored an event. Those of a job running here come by push: reading the store again
    // for each of them, once per follower, would only delay every stream behind a queue of identical reads.
    if (this.hub.isRunningHere(this.jobId)) return;
    this.mustRead = true;
    this.waiting?.(true);
  }

  /** The abort listener (an EventListener object). */
  handleEvent(): void {
    this.stopped = true;
    this.waiting?.(true);
  }
}

export async function* followJob(
  store: Store,
  hub: JobHub,
  jobId: string,
  afterId: number,
  signal: AbortSignal,
  pollMs: number,
): AsyncGenerator<SequencedEvent> {
  const f = new Follower(hub, jobId, signal);
  const unfollow = hub.follow(jobId, f);
  signal.addEventListener('abort', f);
  // One timer per follower, re-armed for each wait rather than made anew for every event.
  const quiet = setTimeout(() => f.waiting?.(false), pollMs);
  const jobReads = sharedJobReads(store, jobId);
  let last = afterId;

  try {
    while (!f.stopped) {
      if (f.mustRead) {
        f.mustRead = false;
        let more = true;
        while (more && !f.stopped) {
          let page: SequencedEvent[] | undefined = await store.readEvents(jobId, last, PAGE);
          more = page.length === PAGE;
          for (let i = 0; i < page.length; i++) {
            const item = page[i]!;
            last = item.id;
            yield item;
            if (isTerminal(item.event)) return;
          }
          // A suspended generator keeps its registers: without this, every stream would hold the last page of
          // events it replayed (up to PAGE of them) for as long as it stays open.
          page = undefined;
        }
      }
      const next = f.buffer.shift();
      if (next) {
        if (next.id <= last) continue;
        if (next.id > last + 1) {
          // Something came between (read it from the store first).
          f.buffer.unshift(next);
          f.mustRead = true;
          continue;
        }
        last = next.id;
        yield next;
        if (isTerminal(next.event)) return;
        continue;
      }
      const woke = await new Promise<boolean>((resolve) => {
        f.waiting = resolve;
        quiet.refresh();
      });
      f.waiting = undefined;
      if (!woke) {
        // Quiet for a while: make sure the job still runs somewhere, and catch anything missed. The job is read
        // once per job for all its followers (thousands of idle streams must not mean thousands of queries
        // every poll), and its log only when it holds an event this follower has not had.
        const job = await jobReads.read(pollMs / 2);
        if (job?.status !== 'running') {
          for (const item of await store.readEvents(jobId, last, PAGE)) {
            last = item.id;
            yield item;
            if (isTerminal(item.event)) return;
          }
          return;
        }
        if (job.lastEventId > last) f.mustRead = true;
      }
    }
  } finally {
    clearTimeout(quiet);
    signal.removeEventListener('abort', f);
    jobReads.release();
    unfollow();
  }
}
