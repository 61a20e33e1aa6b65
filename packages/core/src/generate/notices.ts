// Events that arise in callbacks while a consumer waits on an async iterator (extraction starting OCR on a page
// while the generator waits for that page) and must reach the consumer now, not after the wait: "OCR page 3/40"
// is worth showing during the seconds OCR takes, not after them.

/** Notices pushed from callbacks, taken by whoever iterates with `withNotices`. */
export class NoticeQueue<N> {
  #items: N[] = [];
  #wake: (() => void) | undefined;

  push(notice: N): void {
    this.#items.push(notice);
    this.#wake?.();
  }

  /** Every notice waiting, oldest first, removed from the queue. */
  take(): N[] {
    return this.#items.splice(0);
  }

  /** Resolves once a notice is waiting. */
  waiting(): Promise<void> {
    if (this.#items.length > 0) return Promise.resolve();
    return new Promise((resolve) => {
      this.#wake = () => {
        this.#wake = undefined;
        resolve();
      };
    });
  }
}

export type WithNotices<T, N> = { kind: 'item'; item: T } | { kind: 'notice'; notice: N };

/**
 * Iterates `source`, and yields the queue's notices as soon as they are pushed, also while `source` has not
 * answered yet; notices pushed before an item are yielded before it.
 */
export async function* withNotices<T, N>(
  source: AsyncIterable<T>,
  queue: NoticeQueue<N>,
): AsyncGenerator<WithNotices<T, N>, void, undefined> {
  const iterator = source[Symbol.asyncIterator]();
  let pending = false;
  try {
    while (true) {
      pending = true;
      const next = iterator.next().then((result) => ({ result }));
      let step: { result: IteratorResult<T> } | undefined;
      do {
        step = await Promise.race([next, queue.waiting().then(() => undefined)]);
        for (const notice of queue.take()) yield { kind: 'notice', notice };
      } while (!step);
      pending = false;
      if (step.result.done) return;
      yield { kind: 'item', item: step.result.value };
    }
  } finally {
    // Stopped early: let the source clean up, without waiting on a next() that may never answer.
    if (pending) iterator.return?.()?.catch(() => {});
    else await iterator.return?.();
  }
}
