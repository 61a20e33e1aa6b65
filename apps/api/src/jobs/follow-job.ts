// A job's events for one follower: the stored log after `afterId`, then live events, in order, without
// gaps or repeats, ending after the terminal event. The store is the source of truth: live events only
// spare a read, and any gap (a slow follower whose live buffer overflowed) is filled from the store.
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
): AsyncGenerator<SequencedEvent> {
  let buffer: SequencedEvent[] = [];
  let overflowed = false;
  let wake: (() => void) | undefined;
  const unsubscribe = hub.subscribe(jobId, (id, event) => {
    if (buffer.length >= MAX_BUFFERED) {
      buffer = [];
      overflowed = true;
    } else {
      buffer.push({ id, event });
    }
    wake?.();
  });
  const onAbort = () => wake?.();
  signal.addEventListener('abort', onAbort);
  let last = afterId;

  async function* fromStore(upTo = Number.POSITIVE_INFINITY): AsyncGenerator<SequencedEvent> {
    while (last < upTo) {
      const page = await store.readEvents(jobId, last, PAGE);
      for (const item of page) {
        if (item.id > upTo) return;
        yield item;
      }
      if (page.length < PAGE) return;
    }
  }

  try {
    for await (const item of fromStore()) {
      last = item.id;
      yield item;
      if (isTerminal(item.event)) return;
    }
    while (!signal.aborted) {
      if (overflowed) {
        overflowed = false;
        buffer = [];
        for await (const item of fromStore()) {
          last = item.id;
          yield item;
          if (isTerminal(item.event)) return;
        }
      }
      const next = buffer.shift();
      if (next) {
        if (next.id <= last) continue;
        if (next.id > last + 1) {
          for await (const item of fromStore(next.id - 1)) {
            last = item.id;
            yield item;
          }
        }
        last = next.id;
        yield next;
        if (isTerminal(next.event)) return;
        continue;
      }
      if (!hub.isRunning(jobId)) {
        // The job ended here (or runs nowhere): whatever it stored after our last read is all there is.
        for await (const item of fromStore()) {
          last = item.id;
          yield item;
          if (isTerminal(item.event)) return;
        }
        return;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = undefined;
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
    unsubscribe();
  }
}
