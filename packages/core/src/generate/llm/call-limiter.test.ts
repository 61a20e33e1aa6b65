import { describe, expect, it } from 'vitest';
import { CallLimiter } from './call-limiter.js';

const never = new AbortController().signal;

describe('CallLimiter', () => {
  it('lets `max` holders in and the next waiters in arrival order', async () => {
    const limiter = new CallLimiter(2);
    const a = await limiter.acquire(never);
    const b = await limiter.acquire(never);
    const order: string[] = [];
    const waitFor = (name: string) =>
      limiter.acquire(never).then((release) => {
        order.push(name);
        return release;
      });
    const c = waitFor('c');
    const d = waitFor('d');
    await new Promise((r) => setTimeout(r, 5));
    expect(order).toEqual([]);
    expect(limiter.active).toBe(2);
    a();
    a(); // releasing twice frees one slot only
    (await c)();
    b();
    (await d)();
    expect(order).toEqual(['c', 'd']);
    expect(limiter.active).toBe(0);
  });

  it('gives up waiting when the signal aborts, without taking a slot', async () => {
    const limiter = new CallLimiter(1);
    const held = await limiter.acquire(never);
    const abort = new AbortController();
    const waiting = limiter.acquire(abort.signal);
    abort.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    held();
    expect(limiter.active).toBe(0);
    (await limiter.acquire(never))();
  });
});
