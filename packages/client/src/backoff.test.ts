import { describe, expect, it } from 'vitest';
import { backoffDelay, busyRetryDelay, parseRetryAfter, sleep } from './backoff.js';

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

describe('busyRetryDelay', () => {
  it('waits out a busy server as long as it asks, a few times', () => {
    expect(busyRetryDelay(503, '5', 1)).toBe(5000);
    expect(busyRetryDelay(429, '2', 2)).toBe(2000);
    expect(busyRetryDelay(503, '5', 3)).toBeUndefined();
    expect(busyRetryDelay(503, '5', 5, { maxAttempts: 6 })).toBe(5000);
  });

  it('does not send again on other errors, without Retry-After, or for a long wait', () => {
    expect(busyRetryDelay(500, '5', 1)).toBeUndefined();
    expect(busyRetryDelay(413, '5', 1)).toBeUndefined();
    expect(busyRetryDelay(503, null, 1)).toBeUndefined();
    expect(busyRetryDelay(429, '3600', 1)).toBeUndefined();
    expect(busyRetryDelay(429, '60', 1, { maxWaitMs: 60_000 })).toBe(60_000);
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
