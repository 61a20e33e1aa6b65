import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter, sleep } from './backoff.js';

describe('backoffDelay', () => {
  it('grows exponentially from the base, within half to all of the ceiling', () => {
    const opts = { baseMs: 1000, maxMs: 30_000 };
    expect(backoffDelay(1, { ...opts, random: () => 0 })).toBe(500);
    expect(backoffDelay(1, { ...opts, random: () => 1 })).toBe(1000);
    expect(backoffDelay(3, { ...opts, random: () => 0 })).toBe(2000);
    expect(backoffDelay(3, { ...opts, random: () => 1 })).toBe(4000);
  });

  it('never exceeds the maximum', () => {
    for (let attempt = 1; attempt < 40; attempt++) {
      expect(backoffDelay(attempt, { baseMs: 1000, maxMs: 30_000, random: () => 1 })).toBeLessThanOrEqual(30_000);
    }
  });

  it('spreads clients out', () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(2, { baseMs: 1000, maxMs: 30_000 })));
    expect(delays.size).toBeGreaterThan(10);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('5')).toBe(5000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('sleep', () => {
  it('returns at once when aborted', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const pending = sleep(10_000, controller.signal);
    controller.abort();
    await pending;
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
