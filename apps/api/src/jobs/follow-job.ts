// A job's events for one follower: the stored log after `afterId`, then live events, in order, with no
// gap and no repeat, ending after the terminal event. The store is the source of truth: events from this
// instance arrive directly and only spare a read; a wake-up (another instance stored an event), a gap, or
// a quiet `pollMs` sends the follower back to the store, which also covers a missed notification.
import { isTerminal, type SequencedEvent } from '@quizstream/core';
import type { Store } from '../store/store.js';
import type { JobHub } from './job-hub.js';

const PAGE = 500;
const MAX_BUFFERED = 1_000;

export async function* followJob(
  store: Store,
  hub: JobHub,
  jobId: string,
  afterId: number,
  signal: AbortSignal,
  pollMs: number,
): AsyncGenerator<SequencedEvent> {
  let buffer: SequencedEvent[] = [];
  let mustRead = true;
  let wake: (() => void) | undefined;
  const unfollow = hub.follow(jobId, {
    push(id, event) {
      if (buffer.length >= MAX_BUFFERED) {
        // A slow follower: drop the buffer and read from the store once it catches up.
        buffer = [];
        mustRead = true;
      } else {
        buffer.push({ id, event });
      }
      wake?.();
    },
    wake() {
      mustRead = true;
      wake?.();
    },
  });
  const onAbort = () => wake?.();
  signal.addEventListener('abort', onAbort);
  let last = afterId;

  try {
    while (!signal.aborted) {
      if (mustRead) {
        mustRead = false;
        let page: SequencedEvent[];
        do {
          page = await store.readEvents(jobId, last, PAGE);
          for (const item of page) {
            last = item.id;
            yield item;
            if (isTerminal(item.event)) return;
          }
        } while (page.length === PAGE && !signal.aborted);
      }
      const next = buffer.shift();
      if (next) {
        if (next.id <= last) continue;
        if (next.id > last + 1) {
          // Something came between (read it from the store first).
          buffer.unshift(next);
          mustRead = true;
          continue;
        }
        last = next.id;
        yield next;
        if (isTerminal(next.event)) return;
        continue;
      }
      const woke = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve(true);
        };
      });
      wake = undefined;
      if (!woke) {
        // Quiet for a while: make sure the job still runs somewhere, and catch anything missed.
        mustRead = true;
        const job = await store.getJob(jobId);
        if (job?.status !== 'running') {
          for (const item of await store.readEvents(jobId, last, PAGE)) {
            last = item.id;
            yield item;
            if (isTerminal(item.event)) return;
          }
          return;
        }
      }
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
    unfollow();
  }
}
