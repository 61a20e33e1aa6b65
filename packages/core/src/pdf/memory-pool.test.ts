import { describe, expect, it } from 'vitest';
import { PdfMemoryPool } from './memory-pool.js';
import { PdfError } from './pdf-error.js';

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('PdfMemoryPool', () => {
  it('grants what fits at once and makes the rest wait, in turn, until memory is given back', async () => {
    const pool = new PdfMemoryPool({ capacityMb: 1_000, maxQueue: 10 });
    const a = await pool.reserve(600);
    const order: string[] = [];
    const b = pool.reserve(600).then((r) => {
      order.push('b');
      return r;
    });
    // Small enough to fit beside `a`, but `b` asked first: no overtaking, so a large share is never starved.
    const c = pool.reserve(300).then((r) => {
      order.push('c');
      return r;
    });
    await settle();
    expect(order).toEqual([]);
    expect(pool).toMatchObject({ reserved: 600, waiting: 2 });
    a.release();
    a.release();
    await settle();
    expect(order).toEqual(['b', 'c']);
    expect(pool).toMatchObject({ reserved: 900, waiting: 0 });
    (await b).release();
    (await c).release();
    expect(pool.reserved).toBe(0);
  });

  it('grants a share larger than the whole pool when nothing else is reserved, and only then', async () => {
    const pool = new PdfMemoryPool({ capacityMb: 500, maxQueue: 10 });
    const small = await pool.reserve(100);
    let granted = false;
    const big = pool.reserve(800).then((r) => {
      granted = true;
      return r;
    });
    await settle();
    expect(granted).toBe(false);
    small.release();
    await settle();
    expect(granted).toBe(true);
    expect(pool.reserved).toBe(800);
    (await big).release();
  });

  it('refuses with readers_busy (503) when the queue is full, and after the longest wait allowed', async () => {
    const pool = new PdfMemoryPool({ capacityMb: 100, maxQueue: 1 });
    const held = await pool.reserve(100);
    const waiting = pool.reserve(100);
    const refused = await pool.reserve(100).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PdfError);
    expect(refused).toMatchObject({ code: 'readers_busy', status: 503 });
    held.release();
    const second = await waiting;
    // Those bounded elsewhere wait even when the queue is full.
    const pastLimit = pool.reserve(100, { pastQueueLimit: true });
    const full = pool.reserve(100, { pastQueueLimit: true });
    expect(pool.waiting).toBe(2);
    second.release();
    (await pastLimit).release();
    const third = await full;
    const timedOut = await pool.reserve(50, { maxWaitMs: 30 }).catch((e: unknown) => e);
    expect(timedOut).toMatchObject({ code: 'readers_busy' });
    expect(pool).toMatchObject({ reserved: 100, waiting: 0 });
    third.release();
  });

  it('lets an aborted wait go, and grants those behind it that fit', async () => {
    const pool = new PdfMemoryPool({ capacityMb: 100, maxQueue: 5 });
    const held = await pool.reserve(60);
    const abort = new AbortController();
    const big = pool.reserve(100, { signal: abort.signal });
    const small = pool.reserve(40);
    await settle();
    expect(pool.waiting).toBe(2);
    abort.abort(new Error('stopped'));
    await expect(big).rejects.toThrow('stopped');
    const granted = await small;
    expect(pool).toMatchObject({ reserved: 100, waiting: 0 });
    granted.release();
    held.release();
    await expect(pool.reserve(1, { signal: abort.signal })).rejects.toThrow('stopped');
  });

  it('rejects a pool without memory', () => {
    expect(() => new PdfMemoryPool({ capacityMb: 0, maxQueue: 1 })).toThrow(RangeError);
  });
});
