// Reconnection delays: exponential from the server's retry hint, capped, with full jitter so that many
// clients dropped at once do not come back at once.
export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  random?: () => number;
}

export function backoffDelay(attempt: number, { baseMs, maxMs, random = Math.random }: BackoffOptions): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Resolves after `ms`, or at once when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Seconds or an HTTP date, as in Retry-After; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export interface BusyRetryOptions {
  /** Tries in all, the first included. */
  maxAttempts?: number;
  /** A longer wait than this is not waited out: the user is told instead. */
  maxWaitMs?: number;
}

/**
 * How long to wait before sending a request again that the server refused as busy (503 overloaded, 429 rate
 * limited) with a Retry-After; undefined when it should not be sent again: another status, no Retry-After, a wait
 * too long to keep a person looking at a spinner, or `attempt` (1 for the first refusal) tries made already.
 */
export function busyRetryDelay(
  status: number,
  retryAfter: string | null,
  attempt: number,
  { maxAttempts = 3, maxWaitMs = 30_000 }: BusyRetryOptions = {},
): number | undefined {
  if (status !== 503 && status !== 429) return undefined;
  if (attempt >= maxAttempts) return undefined;
  const wait = parseRetryAfter(retryAfter);
  if (wait === undefined || wait > maxWaitMs) return undefined;
  return wait;
}
