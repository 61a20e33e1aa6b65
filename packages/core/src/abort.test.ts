import { describe, expect, it } from 'vitest';
import { abortable, nextUnlessAborted, unlessAborted } from './abort.js';

/** A promise that settles only when told to. */
function pending<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('abortable', () => {
  it('settles as the promise does while the signal holds', async () => {
    await expect(abortable(Promise.resolve(3), new AbortController().signal)).resolves.toBe(3);
    await expect(abortable(Promise.reject(new Error('no')), new AbortController().signal)).rejects.toThrow('no');
    await expect(abortable(Promise.resolve(4), undefined)).resolves.toBe(4);
  });

  it('rejects with the signal’s reason the moment it aborts, and swallows what the promise does later', async () => {
    const controller = new AbortController();
    const slow = pending<number>();
    const waiting = abortable(slow.promise, controller.signal);
    controller.abort(new Error('stopped'));
    await expect(waiting).rejects.toThrow('stopped');
    slow.reject(new Error('late')); // no unhandled rejection
    const already = AbortSignal.abort(new Error('before'));
    await expect(abortable(pending<number>().promise, already)).rejects.toThrow('before');
  });
});

describe('unlessAborted and nextUnlessAborted', () => {
  it('give the value, or null as soon as the signal aborts', async () => {
    const controller = new AbortController();
    await expect(unlessAborted(Promise.resolve('a'), controller.signal)).resolves.toBe('a');
    const slow = pending<string>();
    const waiting = unlessAborted(slow.promise, controller.signal);
    controller.abort();
    await expect(waiting).resolves.toBeNull();
    await expect(unlessAborted(Promise.resolve('b'), controller.signal)).resolves.toBeNull();
  });

  it('pass on the promise’s own error while the signal holds', async () => {
    await expect(unlessAborted(Promise.reject(new Error('broken')), new AbortController().signal)).rejects.toThrow(
      'broken',
    );
  });

  it('stop waiting on a source that never yields', async () => {
    async function* never(): AsyncGenerator<number> {
      yield 1;
      await new Promise(() => {});
    }
    const controller = new AbortController();
    const iterator = never();
    await expect(nextUnlessAborted(iterator, controller.signal)).resolves.toEqual({ value: 1, done: false });
    const next = nextUnlessAborted(iterator, controller.signal);
    setTimeout(() => controller.abort(), 10);
    await expect(next).resolves.toBeNull();
  });
});

describe('a source after the abort', () => {
  it('is not pulled again', async () => {
    let pulled = 0;
    const iterator: AsyncIterator<number> = { next: async () => ({ value: ++pulled, done: false }) };
    await expect(nextUnlessAborted(iterator, AbortSignal.abort())).resolves.toBeNull();
    expect(pulled).toBe(0);
  });
});
