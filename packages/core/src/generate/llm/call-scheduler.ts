// Which provider call goes next, and how many may be in flight: one scheduler per generator, shared by every job
// of the process (provider limits are per key).
//
// - Adaptive: the limit starts at LLM_CONCURRENCY. Each request the provider accepts at its usual pace (its
//   response headers come within twice the fastest time seen) adds a place, doubling the limit per round of
//   calls at first (slow start, as TCP does) and adding one per round once the provider has pushed back;
//   a refusal for load (429, 503, 529) halves it, at most once per round. Never below one nor above
//   LLM_MAX_CONCURRENCY.
// - Within the provider's limits rather than against them: every response's rate-limit headers are read (OpenAI
//   and OpenAI-compatible `x-ratelimit-limit/remaining/reset-requests/-tokens`, Anthropic
//   `anthropic-ratelimit-*`, `retry-after`, `retry-after-ms`). Providers refill their limits continuously (a
//   token bucket): what is left, less the calls started since the request was sent, refills at the rate the
//   reset time implies, and a call starts only when there is something left. `LLM_RPM` and `LLM_TPM`, for
//   accounts whose limits are known, are such budgets of this instance's own.
// - Fair: each job waits in a queue of its own and free places go round the jobs in turn, so a small job's
//   first page does not wait behind a large job's backlog.
//
// The limits are this instance's: instances sharing a key each keep under the headers the provider returns to
// them, and LLM_RPM / LLM_TPM are to be divided by the number of instances (docs/generators.md).

export interface CallSchedulerSettings {
  /** Calls in flight at first (LLM_CONCURRENCY). */
  initial: number;
  /** Most calls in flight ever (LLM_MAX_CONCURRENCY). */
  max: number;
  /** Requests per minute this instance may send (LLM_RPM); unlimited when absent. */
  rpm?: number;
  /** Input and output tokens per minute (LLM_TPM); unlimited when absent. */
  tpm?: number;
  /** Milliseconds on a monotonic clock (tests pass their own). */
  now?: () => number;
}

/** What the provider answered to one HTTP request, as the scheduler's fetch sees it. */
export interface ProviderResponse {
  status: number;
  headers: Headers;
  /** From sending the request to its response headers. */
  latencyMs: number;
  /** When the request was sent, on the scheduler's clock (calls started after it are not in its headers). */
  sentAt?: number;
}

/** How a call ended: `ok` grows the limit (when the provider kept its pace), anything else leaves it. */
export type CallOutcome = 'ok' | 'failed';

export interface CallPlace {
  /**
   * Gives the place back, with the tokens the call used when the provider said: the forecasts of the calls to
   * come are corrected by them. Calling it again does nothing.
   */
  release(outcome: CallOutcome, usedTokens?: number): void;
}

interface Waiter {
  cost: number;
  grant: () => void;
  /** Set when granted: the call as the scheduler counts it until it is sent. */
  started?: { cost: number; sentAt: number | undefined };
}

/** A refusal for load: too many requests, unavailable, Anthropic's overloaded. */
const LOAD_STATUSES = new Set([429, 503, 529]);
/** A pause when the provider refuses for load without saying for how long. */
const DEFAULT_PAUSE_MS = 1_000;
/** The longest pause a header may impose; a longer one is read as a mistake, not a window. */
const MAX_PAUSE_MS = 5 * 60_000;
/**
 * Answers that come, in the median of the last RECENT, more slowly than this many times the fastest answer seen
 * (and SLOW_SLACK_MS more) mean the provider is queueing.
 */
const SLOW_FACTOR = 2;
const SLOW_SLACK_MS = 50;
const RECENT = 5;
/** Answers remembered for the fastest one: the provider's pace may change over a long process. */
const LATENCY_WINDOW = 50;
/** The most a forecast of tokens is corrected by, either way. */
const MAX_COST_SCALE = 8;
/** Calls started remembered: more than can be in flight while a response is on its way. */
const STARTED_KEPT = 1_024;

export class CallScheduler {
  readonly #max: number;
  readonly #now: () => number;
  #limit: number;
  #active = 0;
  /** Each job's waiting calls, and the order in which jobs are served next. */
  readonly #queues = new Map<string, Waiter[]>();
  #turn: string[] = [];
  #pausedUntil = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastDecrease = Number.NEGATIVE_INFINITY;
  readonly #latencies: number[] = [];
  #slow = false;
  /** Doubling per round until the provider first pushes back. */
  #slowStart = true;
  /** Tokens calls used for each token forecast, learned from the calls that said (moving average). */
  #costScale = 1;
  readonly #requests: TokenBucket | undefined;
  readonly #tokens: TokenBucket | undefined;
  /** The provider's own budgets of requests and tokens, as its last response told them. */
  #providerRequests: ProviderBudget | undefined;
  #providerTokens: ProviderBudget | undefined;
  /** The last calls started (when, and their expected tokens), to tell what a response's headers did not count. */
  readonly #started: { cost: number; sentAt: number | undefined }[] = [];
  /** How many of them have not been sent yet (a place is granted a moment before its request leaves). */
  #unsent = 0;

  constructor(settings: CallSchedulerSettings) {
    const { initial, max } = settings;
    if (!Number.isInteger(initial) || initial < 1)
      throw new RangeError('the initial call limit must be a positive integer');
    if (!Number.isInteger(max) || max < initial)
      throw new RangeError('the call ceiling must be at least the initial limit');
    this.#now = settings.now ?? (() => performance.now());
    this.#limit = initial;
    this.#max = max;
    this.#requests = settings.rpm ? new TokenBucket(settings.rpm, this.#now) : undefined;
    this.#tokens = settings.tpm ? new TokenBucket(settings.tpm, this.#now) : undefined;
  }

  /** Calls in flight now. */
  get active(): number {
    return this.#active;
  }

  /** Calls that may be in flight now (whole part of the adaptive limit). */
  get limit(): number {
    // A round's increments (thirds, sevenths...) may fall a rounding error short of the next whole place.
    return Math.floor(this.#limit + 1e-9);
  }

  /** Calls waiting, all jobs together. */
  get waiting(): number {
    let n = 0;
    for (const queue of this.#queues.values()) n += queue.length;
    return n;
  }

  /**
   * Waits for a place for one call of `job` expected to use `cost` tokens (input and output), in the job's turn.
   * Rejects with the signal's reason on abort.
   */
  async acquire(job: string, cost: number, signal: AbortSignal): Promise<CallPlace> {
    signal.throwIfAborted();
    const waiter: Waiter = { cost, grant: () => {} };
    await new Promise<void>((resolve, reject) => {
      waiter.grant = () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = () => {
        const queue = this.#queues.get(job);
        const at = queue?.indexOf(waiter) ?? -1;
        if (queue && at >= 0) {
          queue.splice(at, 1);
          if (queue.length === 0) this.#forget(job);
        }
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      let queue = this.#queues.get(job);
      if (!queue) {
        queue = [];
        this.#queues.set(job, queue);
        this.#turn.push(job);
      }
      queue.push(waiter);
      this.#dispatch();
    });
    let released = false;
    return {
      release: (outcome, usedTokens) => {
        if (released) return;
        released = true;
        this.#active -= 1;
        // A call given back before any request left for it (its job's budget was spent meanwhile) never will.
        const call = waiter.started;
        if (call && call.sentAt === undefined) {
          call.sentAt = Number.NEGATIVE_INFINITY;
          this.#unsent -= 1;
        }
        // A call that failed after the provider accepted it (a broken stream, a timeout) took no place away:
        // the limit follows what the provider says of its load, in observe.
        void outcome;
        if (usedTokens !== undefined && usedTokens > 0 && cost > 0) {
          const ratio = usedTokens / cost;
          this.#costScale = Math.min(MAX_COST_SCALE, Math.max(1 / MAX_COST_SCALE, 0.8 * this.#costScale + 0.2 * ratio));
        }
        this.#dispatch();
      },
    };
  }

  /** Learns from one HTTP response of the provider: its pace, a refusal for load, its rate-limit headers. */
  observe({ status, headers, latencyMs, sentAt }: ProviderResponse): void {
    const now = this.#now();
    const limits = readRateLimits(headers, now);
    // What the provider says is left, less the calls started since this request was sent (it could not count
    // them).
    const since = this.#startedSince(sentAt ?? now - latencyMs);
    if (limits.requestsRemaining !== undefined)
      this.#providerRequests = providerBudget(limits.requestsRemaining - since.calls, limits, 'requests', now);
    if (limits.tokensRemaining !== undefined)
      this.#providerTokens = providerBudget(limits.tokensRemaining - since.tokens, limits, 'tokens', now);
    if (LOAD_STATUSES.has(status)) {
      // Multiplicative decrease, once per round: the refusals of calls sent together are one signal.
      const round = Math.max(DEFAULT_PAUSE_MS, this.#fastest() ?? 0);
      if (now - this.#lastDecrease >= round) {
        this.#limit = Math.max(1, this.#limit / 2);
        this.#lastDecrease = now;
      }
      this.#slowStart = false;
      this.#pause(limits.retryAt ?? now + DEFAULT_PAUSE_MS);
    } else if (status >= 200 && status < 300) {
      this.#latencies.push(latencyMs);
      if (this.#latencies.length > LATENCY_WINDOW) this.#latencies.shift();
      const fastest = this.#fastest() ?? latencyMs;
      // Slow: the last answers, not one of them (a single late one is noise), well beyond the fastest.
      const recent = this.#latencies.slice(-RECENT).sort((a, b) => a - b)[
        Math.floor(Math.min(RECENT, this.#latencies.length) / 2)
      ]!;
      this.#slow = this.#latencies.length >= RECENT && recent > SLOW_FACTOR * fastest + SLOW_SLACK_MS;
      if (this.#slow) this.#slowStart = false;
      // A provider budget about to bind: growing faster than one a round would only meet it sooner.
      if ((this.#providerRequests?.level(now) ?? Number.POSITIVE_INFINITY) < this.#limit) this.#slowStart = false;
      // Increase: a place per accepted request at first (the limit doubles each round), then one per round.
      if (!this.#slow) this.#limit = Math.min(this.#max, this.#limit + (this.#slowStart ? 1 : 1 / this.limit));
    }
    this.#dispatch();
  }

  /** A fetch that shows this scheduler every response of the provider (give it to the provider's client). */
  observing(fetch: typeof globalThis.fetch): typeof globalThis.fetch {
    return async (input, init) => {
      const sentAt = this.#now();
      this.#sent(sentAt);
      const response = await fetch(input, init);
      this.observe({ status: response.status, headers: response.headers, latencyMs: this.#now() - sentAt, sentAt });
      return response;
    };
  }

  /**
   * Calls the provider had not seen when it answered a request sent at `at` (those sent after it, and those
   * granted but not sent yet), and the tokens they were expected to use.
   */
  #startedSince(at: number): { calls: number; tokens: number } {
    let calls = 0;
    let tokens = 0;
    for (let i = this.#started.length - 1; i >= 0; i--) {
      const call = this.#started[i]!;
      if (call.sentAt !== undefined && call.sentAt <= at) {
        // Sent in order: older ones were sent before it too, unless still waiting to be.
        if (this.#unsent === 0) break;
        continue;
      }
      calls += 1;
      tokens += call.cost;
    }
    return { calls, tokens };
  }

  /** The oldest granted call not sent yet is being sent now. */
  #sent(now: number): void {
    if (this.#unsent === 0) return;
    const call = this.#started.find((c) => c.sentAt === undefined);
    if (!call) return;
    call.sentAt = now;
    this.#unsent -= 1;
  }

  #fastest(): number | undefined {
    return this.#latencies.length ? Math.min(...this.#latencies) : undefined;
  }

  #pause(until: number): void {
    const now = this.#now();
    this.#pausedUntil = Math.max(this.#pausedUntil, Math.min(until, now + MAX_PAUSE_MS));
  }

  #forget(job: string): void {
    this.#queues.delete(job);
    this.#turn = this.#turn.filter((j) => j !== job);
  }

  /** Grants places in turn while there are free ones and the provider's window allows. */
  #dispatch(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    while (this.#active < this.limit && this.#turn.length > 0) {
      const now = this.#now();
      let wait = Math.max(0, this.#pausedUntil - now);
      const job = this.#turn[0]!;
      const waiter = this.#queues.get(job)![0]!;
      const cost = waiter.cost * this.#costScale;
      wait = Math.max(
        wait,
        this.#requests?.wait(1) ?? 0,
        this.#tokens?.wait(cost) ?? 0,
        this.#providerRequests?.wait(now, 1) ?? 0,
        this.#providerTokens?.wait(now, cost) ?? 0,
      );
      if (wait > 0) {
        this.#timer = setTimeout(() => this.#dispatch(), Math.ceil(wait));
        this.#timer.unref?.();
        return;
      }
      this.#requests?.take(1);
      this.#tokens?.take(cost);
      this.#providerRequests?.take(1, now);
      this.#providerTokens?.take(cost, now);
      const queue = this.#queues.get(job)!;
      queue.shift();
      // The job goes to the back of the turn: the next place is another job's.
      this.#turn.shift();
      if (queue.length > 0) this.#turn.push(job);
      else this.#queues.delete(job);
      this.#active += 1;
      const started = { cost, sentAt: undefined as number | undefined };
      this.#started.push(started);
      waiter.started = started;
      this.#unsent += 1;
      if (this.#started.length > STARTED_KEPT && this.#started.shift()!.sentAt === undefined) this.#unsent -= 1;
      waiter.grant();
    }
  }
}

/**
 * A provider's budget of requests or tokens as its headers tell it: what is left now, refilled continuously at
 * the rate that brings it back to its limit by the reset time (when the limit is known), or all at once then.
 */
interface ProviderBudget {
  level(now: number): number;
  /** Milliseconds until `need` units are left (a call dearer than the whole limit waits for a full budget). */
  wait(now: number, need: number): number;
  take(units: number, now: number): void;
}

function providerBudget(left: number, limits: RateLimits, kind: 'requests' | 'tokens', readAt: number): ProviderBudget {
  const limit = kind === 'requests' ? limits.requestsLimit : limits.tokensLimit;
  const resetAt = kind === 'requests' ? limits.requestsResetAt : limits.tokensResetAt;
  const reported = kind === 'requests' ? limits.requestsRemaining : limits.tokensRemaining;
  const toRefill = limit !== undefined && reported !== undefined ? limit - reported : 0;
  const perMs = resetAt !== undefined && resetAt > readAt && toRefill > 0 ? toRefill / (resetAt - readAt) : 0;
  let level = left;
  let at = readAt;
  const current = (now: number) => {
    if (perMs > 0) return Math.min(limit ?? Number.POSITIVE_INFINITY, level + perMs * (now - at));
    // No rate to go by: the whole window comes back at its reset (or was never known to run out).
    return resetAt === undefined || now >= resetAt ? Number.POSITIVE_INFINITY : level;
  };
  return {
    level: current,
    wait(now, need) {
      const wanted = Math.min(need, limit ?? need);
      const l = current(now);
      if (l >= wanted) return 0;
      if (perMs > 0) return Math.max(1, (wanted - l) / perMs);
      return resetAt === undefined || now >= resetAt ? 0 : Math.max(1, resetAt - now);
    },
    take(units, now) {
      const l = current(now);
      if (!Number.isFinite(l)) return;
      level = l - units;
      at = now;
    },
  };
}

/** A budget of `perMinute` units refilled continuously, starting full. */
class TokenBucket {
  #level: number;
  #at: number;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number,
  ) {
    this.#level = perMinute;
    this.#at = now();
  }

  #refill(): void {
    const now = this.now();
    this.#level = Math.min(this.perMinute, this.#level + ((now - this.#at) * this.perMinute) / 60_000);
    this.#at = now;
  }

  /** Milliseconds until `units` are there (a cost above the whole budget waits for a full bucket). */
  wait(units: number): number {
    this.#refill();
    const needed = Math.min(units, this.perMinute);
    return this.#level >= needed ? 0 : ((needed - this.#level) * 60_000) / this.perMinute;
  }

  take(units: number): void {
    this.#refill();
    this.#level -= Math.min(units, this.perMinute);
  }
}

export interface RateLimits {
  requestsLimit?: number;
  tokensLimit?: number;
  requestsRemaining?: number;
  tokensRemaining?: number;
  /** When the window of requests (of tokens) starts again, on the scheduler's clock. */
  requestsResetAt?: number;
  tokensResetAt?: number;
  /** When the provider asks to be called again (retry-after, retry-after-ms). */
  retryAt?: number;
}

/** The rate-limit headers of OpenAI (and compatible servers) and Anthropic, with times on the clock `now`. */
export function readRateLimits(headers: Headers, now: number): RateLimits {
  const number = (...names: string[]) => {
    for (const name of names) {
      const value = headers.get(name);
      if (value !== null && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
    }
    return undefined;
  };
  const resetAt = (...names: string[]) => {
    for (const name of names) {
      const value = headers.get(name);
      const ms = value === null ? undefined : untilReset(value);
      if (ms !== undefined) return now + ms;
    }
    return undefined;
  };
  const retryMs = headers.get('retry-after-ms');
  const retryAfter = headers.get('retry-after');
  const retry =
    retryMs !== null && Number.isFinite(Number(retryMs))
      ? Number(retryMs)
      : retryAfter !== null
        ? untilRetry(retryAfter)
        : undefined;
  const limits: RateLimits = {
    requestsLimit: number('x-ratelimit-limit-requests', 'anthropic-ratelimit-requests-limit'),
    tokensLimit: number(
      'x-ratelimit-limit-tokens',
      'anthropic-ratelimit-tokens-limit',
      'anthropic-ratelimit-input-tokens-limit',
    ),
    requestsRemaining: number('x-ratelimit-remaining-requests', 'anthropic-ratelimit-requests-remaining'),
    tokensRemaining: number(
      'x-ratelimit-remaining-tokens',
      'anthropic-ratelimit-tokens-remaining',
      'anthropic-ratelimit-input-tokens-remaining',
    ),
    requestsResetAt: resetAt('x-ratelimit-reset-requests', 'anthropic-ratelimit-requests-reset'),
    tokensResetAt: resetAt(
      'x-ratelimit-reset-tokens',
      'anthropic-ratelimit-tokens-reset',
      'anthropic-ratelimit-input-tokens-reset',
    ),
    retryAt: retry === undefined ? undefined : now + retry,
  };
  for (const key of Object.keys(limits) as (keyof RateLimits)[]) if (limits[key] === undefined) delete limits[key];
  return limits;
}

/**
 * A reset as providers write it, in milliseconds from now: OpenAI's durations ("1s", "6m0s", "20ms", "0.5s"),
 * Anthropic's RFC 3339 time ("2026-12-07T10:40:00Z"), or plain seconds.
 */
export function untilReset(value: string, wallNow = Date.now()): number | undefined {
  const text = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text) * 1000;
  const duration = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m(?!s))?(?:(\d+(?:\.\d+)?)s)?(?:(\d+(?:\.\d+)?)ms)?$/.exec(
    text,
  );
  if (duration && text !== '') {
    const [, h = '0', m = '0', s = '0', ms = '0'] = duration;
    return Number(h) * 3_600_000 + Number(m) * 60_000 + Number(s) * 1000 + Number(ms);
  }
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - wallNow);
}

/** Retry-After: seconds, or an HTTP date. */
function untilRetry(value: string, wallNow = Date.now()): number | undefined {
  const text = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - wallNow);
}
