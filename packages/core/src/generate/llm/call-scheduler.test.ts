import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallScheduler, readRateLimits, untilReset } from './call-scheduler.js';

const never = new AbortController().signal;

/** A clock the scheduler reads and the timers it sets follow. */
function fakeClock() {
  const clock = { t: 1_000 };
  return {
    now: () => clock.t,
    async advance(ms: number) {
      clock.t += ms;
      await vi.advanceTimersByTimeAsync(ms);
    },
  };
}

const ok = (headers: Record<string, string> = {}, latencyMs = 100) => ({
  status: 200,
  headers: new Headers(headers),
  latencyMs,
});
const refused = (headers: Record<string, string> = {}) => ({
  status: 429,
  headers: new Headers(headers),
  latencyMs: 50,
});

describe('CallScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('serves jobs in turn: a small job waits for one call of a large one, not for its backlog', async () => {
    const scheduler = new CallScheduler({ initial: 1, max: 1 });
    const order: string[] = [];
    const places = new Map<string, Promise<{ release(o: 'ok'): void }>>();
    const ask = (job: string, name: string) => {
      const place = scheduler.acquire(job, 100, never).then((p) => {
        order.push(name);
        return p;
      });
      places.set(name, place);
    };
    for (const n of [1, 2, 3, 4, 5]) ask('large', `large-${n}`);
    ask('small', 'small-1');
    ask('small', 'small-2');
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['large-1']);
    for (const name of ['large-1', 'large-2', 'small-1', 'large-3', 'small-2', 'large-4']) {
      (await places.get(name)!).release('ok');
      await vi.advanceTimersByTimeAsync(0);
    }
    expect(order).toEqual(['large-1', 'large-2', 'small-1', 'large-3', 'small-2', 'large-4', 'large-5']);
    expect(scheduler.waiting).toBe(0);
  });

  it('doubles each round of accepted calls until the provider pushes back, then adds one a round, up to its ceiling', async () => {
    const clock = fakeClock();
    const scheduler = new CallScheduler({ initial: 2, max: 40, now: clock.now });
    const round = async () => {
      const places = await Promise.all(
        Array.from({ length: scheduler.limit }, () => scheduler.acquire('job', 10, never)),
      );
      for (const place of places) {
        scheduler.observe(ok());
        place.release('ok');
      }
      return scheduler.limit;
    };
    const limits: number[] = [];
    for (let i = 0; i < 4; i++) limits.push(await round());
    expect(limits).toEqual([4, 8, 16, 32]);
    // The provider refuses one: halved, and from then on one more place a round.
    scheduler.observe(refused({ 'retry-after-ms': '10' }));
    expect(scheduler.limit).toBe(16);
    await clock.advance(20);
    limits.length = 0;
    for (let i = 0; i < 3; i++) limits.push(await round());
    expect(limits).toEqual([17, 18, 19]);
    // A failed call takes no place away, nor adds one.
    const place = await scheduler.acquire('job', 10, never);
    place.release('failed');
    expect(scheduler.limit).toBe(19);
    // Never above the ceiling.
    const capped = new CallScheduler({ initial: 2, max: 6 });
    for (let i = 0; i < 20; i++) capped.observe(ok());
    expect(capped.limit).toBe(6);
  });

  it('holds its size while the provider answers far more slowly than at its best, not for one late answer', async () => {
    const scheduler = new CallScheduler({ initial: 2, max: 100 });
    for (const latency of [100, 110, 105, 400, 102]) scheduler.observe(ok({}, latency));
    expect(scheduler.limit).toBe(7);
    // Answers four times slower: once they are most of the last five, no more places.
    for (let i = 0; i < 3; i++) scheduler.observe(ok({}, 400));
    const held = scheduler.limit;
    for (let i = 0; i < 10; i++) scheduler.observe(ok({}, 400));
    expect(scheduler.limit).toBe(held);
    // Back at its pace, it grows again, by one a round: slowness ended the doubling.
    for (let i = 0; i < 3; i++) scheduler.observe(ok({}, 110));
    for (let i = 0; i < held; i++) scheduler.observe(ok({}, 110));
    expect(scheduler.limit).toBe(held + 1);
  });

  it('halves on a refusal for load, once for refusals that come together, and waits as long as it is told', async () => {
    const clock = fakeClock();
    const scheduler = new CallScheduler({ initial: 8, max: 8, now: clock.now });
    scheduler.observe(refused({ 'retry-after': '2' }));
    scheduler.observe(refused({ 'retry-after': '2' }));
    scheduler.observe({ status: 503, headers: new Headers(), latencyMs: 10 });
    expect(scheduler.limit).toBe(4);
    let granted = false;
    const place = scheduler.acquire('job', 10, never).then((p) => {
      granted = true;
      return p;
    });
    await clock.advance(1_900);
    expect(granted).toBe(false);
    await clock.advance(200);
    expect(granted).toBe(true);
    (await place).release('ok');
    // A refusal a round later halves again; never below one place.
    await clock.advance(5_000);
    for (let i = 0; i < 4; i++) {
      scheduler.observe({ status: 529, headers: new Headers(), latencyMs: 10 });
      await clock.advance(1_100);
    }
    expect(scheduler.limit).toBe(1);
  });

  it('starts nothing while the provider says its window of requests or tokens is spent, until it resets', async () => {
    const clock = fakeClock();
    const scheduler = new CallScheduler({ initial: 4, max: 4, now: clock.now });
    // Two requests left in a window that starts again in 3 s.
    scheduler.observe(ok({ 'x-ratelimit-remaining-requests': '2', 'x-ratelimit-reset-requests': '3s' }));
    const granted: number[] = [];
    for (let i = 0; i < 3; i++) void scheduler.acquire('job', 10, never).then(() => granted.push(i));
    await clock.advance(10);
    expect(granted).toEqual([0, 1]);
    await clock.advance(2_900);
    expect(granted).toEqual([0, 1]);
    await clock.advance(200);
    expect(granted).toEqual([0, 1, 2]);

    // Anthropic's headers: no tokens left until the time it names.
    const later = new CallScheduler({ initial: 4, max: 4, now: clock.now });
    const reset = new Date(Date.now() + 1_500).toISOString();
    later.observe(ok({ 'anthropic-ratelimit-tokens-remaining': '0', 'anthropic-ratelimit-tokens-reset': reset }));
    let waited = false;
    void later.acquire('job', 500, never).then(() => {
      waited = true;
    });
    await clock.advance(1_000);
    expect(waited).toBe(false);
    await clock.advance(1_000);
    expect(waited).toBe(true);
  });

  it('refills what the provider says is left at the rate its limit and reset time imply', async () => {
    const clock = fakeClock();
    const scheduler = new CallScheduler({ initial: 8, max: 8, now: clock.now });
    // 60 a minute, none left, full again in a minute: one more a second.
    scheduler.observe(
      ok({
        'x-ratelimit-limit-requests': '60',
        'x-ratelimit-remaining-requests': '0',
        'x-ratelimit-reset-requests': '1m0s',
      }),
    );
    let granted = 0;
    for (let i = 0; i < 3; i++) void scheduler.acquire('job', 10, never).then(() => granted++);
    await clock.advance(900);
    expect(granted).toBe(0);
    await clock.advance(150);
    expect(granted).toBe(1);
    await clock.advance(1_000);
    expect(granted).toBe(2);
  });

  it('counts against what a response says is left the calls granted since, sent or not yet', async () => {
    const clock = fakeClock();
    const scheduler = new CallScheduler({ initial: 8, max: 8, now: clock.now });
    const fetch = scheduler.observing(async () => new Response('', { status: 200 }));
    // Three places granted, one of them sent; the other two are on their way out.
    for (let i = 0; i < 3; i++) await scheduler.acquire('job', 10, never);
    await fetch('http://provider.test/v1/chat/completions');
    await clock.advance(5);
    // A response to a request sent before all three: three requests left, which the three will take.
    scheduler.observe({
      ...ok({
        'x-ratelimit-limit-requests': '100',
        'x-ratelimit-remaining-requests': '3',
        'x-ratelimit-reset-requests': '1m0s',
      }),
      sentAt: clock.now() - 10,
    });
    let granted = false;
    void scheduler.acquire('job', 10, never).then(() => {
      granted = true;
    });
    await clock.advance(1);
    expect(granted).toBe(false);
    // The budget refills at 100 a minute: one more in 0.6 s.
    await clock.advance(700);
    expect(granted).toBe(true);
  });

  it('corrects its forecasts of tokens by what the calls said they used', async () => {
    const clock = fakeClock();
    const scheduler = new CallScheduler({ initial: 16, max: 16, now: clock.now });
    // Ten calls forecast at 100 tokens that each used 300.
    for (let i = 0; i < 10; i++) (await scheduler.acquire('job', 100, never)).release('ok', 300);
    // 1,000 tokens left, refilled slowly: about three calls' worth now, not ten.
    await clock.advance(10);
    scheduler.observe({
      ...ok({
        'x-ratelimit-limit-tokens': '1000000',
        'x-ratelimit-remaining-tokens': '1000',
        'x-ratelimit-reset-tokens': '6m0s',
      }),
      sentAt: clock.now(),
    });
    let granted = 0;
    for (let i = 0; i < 10; i++) void scheduler.acquire('job', 100, never).then(() => granted++);
    await clock.advance(1);
    expect(granted).toBe(3);
  });

  it('keeps to LLM_RPM and LLM_TPM with budgets refilled continuously', async () => {
    const clock = fakeClock();
    const scheduler = new CallScheduler({ initial: 64, max: 64, rpm: 60, tpm: 6_000, now: clock.now });
    let granted = 0;
    const ask = (cost: number) =>
      void scheduler.acquire('job', cost, never).then((place) => {
        granted += 1;
        place.release('ok');
      });
    // 60 requests at once are within the minute's 60; the 61st waits a second for the bucket to refill.
    for (let i = 0; i < 61; i++) ask(10);
    await clock.advance(1);
    expect(granted).toBe(60);
    await clock.advance(1_000);
    expect(granted).toBe(61);
    // Tokens: 5,390 left of 6,000 (61 calls of 10, one second refilled 100); a call of 6,000 waits for a full
    // bucket: (6,000 - 5,490) / 100 per second.
    ask(6_000);
    await clock.advance(4_000);
    expect(granted).toBe(61);
    await clock.advance(2_000);
    expect(granted).toBe(62);
  });

  it('forgets a call whose job was stopped while it waited', async () => {
    const scheduler = new CallScheduler({ initial: 1, max: 1 });
    const first = await scheduler.acquire('a', 1, never);
    const stop = new AbortController();
    const waiting = scheduler.acquire('b', 1, stop.signal);
    stop.abort(new Error('stopped'));
    await expect(waiting).rejects.toThrow('stopped');
    expect(scheduler.waiting).toBe(0);
    first.release('ok');
    first.release('ok'); // twice frees one place only
    expect(scheduler.active).toBe(0);
  });

  it('shows itself every response through the fetch it wraps', async () => {
    const scheduler = new CallScheduler({ initial: 4, max: 4 });
    const fetch = scheduler.observing(async () => new Response('', { status: 429, headers: { 'retry-after': '1' } }));
    await fetch('http://provider.test/v1/chat/completions');
    expect(scheduler.limit).toBe(2);
  });
});

describe('reading rate-limit headers', () => {
  it('reads OpenAI durations, Anthropic times, Retry-After in seconds, as a date and in milliseconds', () => {
    expect(untilReset('1s')).toBe(1_000);
    expect(untilReset('6m0s')).toBe(360_000);
    expect(untilReset('20ms')).toBe(20);
    expect(untilReset('1h2m3.5s')).toBe(3_723_500);
    expect(untilReset('2026-12-07T10:40:05Z', Date.parse('2026-12-07T10:40:00Z'))).toBe(5_000);
    expect(untilReset('soon')).toBeUndefined();
    const now = 50;
    expect(
      readRateLimits(
        new Headers({
          'x-ratelimit-remaining-requests': '499',
          'x-ratelimit-remaining-tokens': '1999000',
          'x-ratelimit-reset-requests': '120ms',
          'x-ratelimit-reset-tokens': '30ms',
          'retry-after-ms': '250',
          'retry-after': '3',
        }),
        now,
      ),
    ).toEqual({
      requestsRemaining: 499,
      tokensRemaining: 1_999_000,
      requestsResetAt: 170,
      tokensResetAt: 80,
      retryAt: 300,
    });
    expect(readRateLimits(new Headers({ 'retry-after': '2' }), now)).toEqual({ retryAt: 2_050 });
    expect(readRateLimits(new Headers({ 'anthropic-ratelimit-requests-remaining': '7' }), now)).toEqual({
      requestsRemaining: 7,
    });
    expect(readRateLimits(new Headers(), now)).toEqual({});
  });
});
