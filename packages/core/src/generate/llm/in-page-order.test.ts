import { describe, expect, it } from 'vitest';
import { inPageOrder } from './in-page-order.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function* numbers(n: number, pulled: number[] = []) {
  for (let i = 1; i <= n; i++) {
    pulled.push(i);
    yield i;
  }
}

async function collect<E>(it: AsyncGenerator<E, unknown>) {
  const out: E[] = [];
  for await (const e of it) out.push(e);
  return out;
}

const base = { running: 2, ahead: 4, mayStart: () => true, signal: new AbortController().signal };

describe('inPageOrder', () => {
  it('yields each item’s events in item order even when later items finish first', async () => {
    const events = await collect(
      inPageOrder(
        numbers(4),
        async function* (n) {
          await sleep((5 - n) * 10);
          yield `${n}a`;
          yield `${n}b`;
        },
        base,
      ),
    );
    expect(events).toEqual(['1a', '1b', '2a', '2b', '3a', '3b', '4a', '4b']);
  });

  it('streams the head item live while the next ones run in parallel, never more than `running`', async () => {
    let running = 0;
    let most = 0;
    const seenAt: number[] = [];
    const start = Date.now();
    const it = inPageOrder(
      numbers(6),
      async function* (n) {
        running++;
        most = Math.max(most, running);
        try {
          for (let i = 0; i < 3; i++) {
            await sleep(10);
            yield n;
          }
        } finally {
          running--;
        }
      },
      base,
    );
    for await (const n of it) if (n === 1) seenAt.push(Date.now() - start);
    expect(most).toBe(2);
    // Item 1's first event comes after its first step, not after the item is done.
    expect(seenAt[0]).toBeLessThan(seenAt[2]!);
  });

  it('pulls an item only when it can start', async () => {
    const pulled: number[] = [];
    let allowed = 2;
    const events = await collect(
      inPageOrder(
        numbers(5, pulled),
        async function* (n) {
          allowed--;
          yield n;
        },
        { ...base, mayStart: () => allowed > 0 },
      ),
    );
    expect(events).toEqual([1, 2]);
    expect(pulled).toEqual([1, 2]);
  });

  it('reports whether the source ran out or starting was refused', async () => {
    const done = inPageOrder(numbers(1), async function* () {}, base);
    expect((await done.next()).value).toBe('source-done');
    const stopped = inPageOrder(numbers(3), async function* () {}, { ...base, mayStart: () => false });
    expect((await stopped.next()).value).toBe('stopped');
  });

  it('throws the first error at once and aborts the other items', async () => {
    const aborted: number[] = [];
    const it = inPageOrder(
      numbers(3),
      async function* (n, signal) {
        signal.addEventListener('abort', () => aborted.push(n));
        if (n === 2) {
          await sleep(5);
          throw new Error('page 2 failed');
        }
        await sleep(1000);
        yield n;
      },
      base,
    );
    const started = Date.now();
    await expect(collect(it)).rejects.toThrow('page 2 failed');
    expect(Date.now() - started).toBeLessThan(500);
    expect(aborted).toContain(1);
  });

  it('stops the items and the source when the consumer stops early', async () => {
    const aborted: number[] = [];
    let sourceClosed = false;
    async function* source() {
      try {
        yield* [1, 2, 3];
      } finally {
        sourceClosed = true;
      }
    }
    const it = inPageOrder(
      source(),
      async function* (n, signal) {
        signal.addEventListener('abort', () => aborted.push(n));
        yield n;
        await sleep(1000);
      },
      base,
    );
    for await (const n of it) if (n === 1) break;
    expect(aborted).toEqual(expect.arrayContaining([1, 2]));
    await sleep(0);
    expect(sourceClosed).toBe(true);
  });

  it('returns promptly when the caller aborts, even while a page is being pulled', async () => {
    const abort = new AbortController();
    async function* slowSource() {
      yield 1;
      await sleep(10_000);
      yield 2;
    }
    const it = inPageOrder(
      slowSource(),
      async function* (n) {
        yield n;
      },
      { ...base, signal: abort.signal },
    );
    expect((await it.next()).value).toBe(1);
    setTimeout(() => abort.abort(), 10);
    const started = Date.now();
    expect(await it.next()).toEqual({ done: true, value: 'aborted' });
    expect(Date.now() - started).toBeLessThan(500);
  });
});
