// Works on several pages at once but hands their events on in page order. The page at the head streams live,
// question by question; pages behind it work in parallel and their events wait until it is their turn, then
// come at once. The order keeps `page-done` a clean checkpoint (every page before it is finished too) and the
// quiz in document order, while the parallel pages keep the provider busy. Pages are pulled from the source
// only when they can start, so a page that is received is always worked on.

import { setMaxListeners } from 'node:events';
import { nextUnlessAborted } from '../../abort.js';

export interface InPageOrderOptions {
  /** Most pages worked on at once: a number, or read each time a page could start (a limit that adapts). */
  running: number | (() => number);
  /** Most pages started but not yet handed on (running, or finished and waiting for their turn). */
  ahead: number;
  /** Asked before each page is pulled; false stops pulling (the job's budget is spent). */
  mayStart: () => boolean;
  signal: AbortSignal;
}

/** Why the stream ended. */
export type InPageOrderEnd = 'source-done' | 'stopped' | 'aborted';

interface Slot<E> {
  events: E[];
  done: boolean;
}

/**
 * Runs `work` for each item of `source`, `running` at a time, and yields their events in source order. The
 * first error of any item ends everything at once (the other items are aborted through the signal `work`
 * gets); so do the caller's abort and the consumer stopping early.
 */
export async function* inPageOrder<T, E>(
  source: AsyncIterable<T>,
  work: (item: T, signal: AbortSignal) => AsyncIterable<E>,
  options: InPageOrderOptions,
): AsyncGenerator<E, InPageOrderEnd> {
  const inner = new AbortController();
  // Every page running listens to it (and each of its waits does): as many as may run, not a leak.
  setMaxListeners(Math.max(10, options.ahead * 4), inner.signal);
  const slots: Slot<E>[] = [];
  const iterator = source[Symbol.asyncIterator]();
  let running = 0;
  let pulling = false;
  let sourceDone = false;
  let stopped = false;
  let failure: { error: unknown } | undefined;

  // Every change wakes the consumer; a change that happens while it is busy is not lost (the version moved).
  let version = 0;
  let wake: (() => void) | undefined;
  const changed = () => {
    version += 1;
    wake?.();
    wake = undefined;
  };
  const changeAfter = (seen: number) =>
    version !== seen ? Promise.resolve() : new Promise<void>((resolve) => (wake = resolve));

  const onAbort = () => {
    inner.abort(options.signal.reason);
    changed();
  };
  options.signal.addEventListener('abort', onAbort, { once: true });

  // Read through a function: TypeScript cannot see that the tasks set it while this generator is suspended.
  const failed = () => failure;
  const fail = (error: unknown) => {
    failure ??= { error };
    inner.abort(error);
    changed();
  };

  const start = (item: T) => {
    const slot: Slot<E> = { events: [], done: false };
    slots.push(slot);
    running += 1;
    void (async () => {
      try {
        for await (const event of work(item, inner.signal)) {
          slot.events.push(event);
          changed();
        }
      } catch (error) {
        if (!inner.signal.aborted) fail(error);
      } finally {
        running -= 1;
        slot.done = true;
        changed();
      }
    })();
  };

  const fill = () => {
    while (!sourceDone && !pulling && !failure && !inner.signal.aborted) {
      const most = typeof options.running === 'function' ? options.running() : options.running;
      if (running >= most || slots.length >= options.ahead) return;
      if (!options.mayStart()) {
        stopped = true;
        return;
      }
      pulling = true;
      nextUnlessAborted(iterator, inner.signal).then(
        (next) => {
          pulling = false;
          if (!next || next.done) sourceDone = true;
          else start(next.value);
          changed();
        },
        (error: unknown) => {
          pulling = false;
          fail(error);
        },
      );
    }
  };

  try {
    while (true) {
      const seen = version;
      if (options.signal.aborted) return 'aborted';
      const early = failed();
      if (early) throw early.error;
      fill();
      const head = slots[0];
      if (head) {
        while (head.events.length > 0) {
          yield head.events.shift()!;
          if (options.signal.aborted) return 'aborted';
          const meanwhile = failed();
          if (meanwhile) throw meanwhile.error;
        }
        if (head.done) {
          slots.shift();
          continue;
        }
      } else if (!pulling && (sourceDone || stopped)) {
        return sourceDone ? 'source-done' : 'stopped';
      }
      await changeAfter(seen);
    }
  } finally {
    options.signal.removeEventListener('abort', onAbort);
    inner.abort();
    // Not awaited: after an abort a page may still be pending, and stopping must not wait for it.
    iterator.return?.()?.catch(() => {});
  }
}
