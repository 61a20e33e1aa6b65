// The streaming client: starts or follows a job over fetch, parses frames with eventsource-parser, and
// survives the network. A connect-only timeout (not one on the whole stream), a heartbeat watchdog, and
// automatic resumption through the GET endpoint with Last-Event-ID, deduplicating by event id.
// Starting is idempotent (Idempotency-Key), so a retried POST joins the job instead of starting another.
import {
  type EventOf,
  type GenerateOptionsInput,
  StreamEvent,
  type StreamEvent as StreamEventT,
} from '@quizstream/core/schemas';
import { createParser } from 'eventsource-parser';
import { backoffDelay, parseRetryAfter, sleep } from './backoff.js';
import { errorFromResponse, QuizStreamError } from './errors.js';
import { readEvents } from './read-events.js';

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'closed';

export interface QuizStreamOptions {
  /** The server's origin, e.g. "http://localhost:3000"; '' (the default) for the page's own origin. */
  baseUrl?: string;
  headers?: Record<string, string>;
  /** How long to wait for the response headers of each connection attempt. */
  connectTimeoutMs?: number;
  /** Reconnect when nothing (not even a heartbeat) arrived for this long: about two heartbeat intervals. */
  heartbeatTimeoutMs?: number;
  /** Consecutive failed attempts before giving up. */
  maxReconnects?: number;
  /** Upper bound of the reconnection delay. */
  maxBackoffMs?: number;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  logger?: { debug(...args: unknown[]): void; warn(...args: unknown[]): void };
  /** Every event but heartbeats, each once, in order; `id` is set for durable events. */
  onEvent?: (event: StreamEventT, id: number | undefined) => void;
  onState?: (state: ConnectionState, detail?: { attempt: number; error?: unknown }) => void;
}

export type StreamResult =
  | { status: 'complete'; quizId: string; event: EventOf<'complete'> }
  | { status: 'error'; code: string; message: string; retryable: boolean }
  | { status: 'cancelled' }
  | { status: 'closed' };

export interface QuizStream {
  /** The job's id, as soon as the server has named it. */
  readonly jobId: Promise<string>;
  /** Settles when the job ends (complete, error, cancelled) or the stream is closed; rejects with QuizStreamError. */
  readonly done: Promise<StreamResult>;
  /** Cancels the job on the server (DELETE) and stops listening. */
  cancel(): Promise<void>;
  /** Stops listening; the job goes on on the server and can be followed again. */
  close(): void;
  /** The last durable event id received, for resuming later (e.g. after a page reload). */
  readonly lastEventId: number;
}

const DEFAULTS = {
  connectTimeoutMs: 60_000,
  heartbeatTimeoutMs: 65_000,
  maxReconnects: 10,
  maxBackoffMs: 30_000,
  retryMs: 3_000,
};

type Start =
  | { kind: 'generate'; documentId: string; options: GenerateOptionsInput }
  | { kind: 'follow' }
  | { kind: 'shared'; token: string };

/** Starts a generation for an uploaded document and streams it. */
export function generateQuiz(
  documentId: string,
  options: GenerateOptionsInput = {},
  opts: QuizStreamOptions = {},
): QuizStream {
  return new Session({ kind: 'generate', documentId, options }, opts, undefined, 0).handle();
}

/** Follows an existing job, replaying what came after `lastEventId`. */
export function followJob(jobId: string, opts: QuizStreamOptions & { lastEventId?: number } = {}): QuizStream {
  return new Session({ kind: 'follow' }, opts, jobId, opts.lastEventId ?? 0).handle();
}

/**
 * Follows a job through a share link made while it ran (POST /api/quiz/jobs/:jobId/share): the questions
 * written so far, then the rest as they are written. Read-only: `cancel()` only stops listening.
 */
export function followSharedJob(token: string, opts: QuizStreamOptions & { lastEventId?: number } = {}): QuizStream {
  return new Session({ kind: 'shared', token }, opts, undefined, opts.lastEventId ?? 0).handle();
}

interface AttemptOutcome {
  result?: StreamResult;
  /** Delay the server asked for before reconnecting. */
  retryMs?: number;
}

class Session {
  private readonly fetch: typeof fetch;
  private readonly base: string;
  private readonly stopped = new AbortController();
  private stopReason: 'cancelled' | 'closed' | undefined;
  private readonly idempotencyKey = randomKey();
  private retryMs = DEFAULTS.retryMs;
  private resolveJobId!: (id: string) => void;
  private rejectJobId!: (err: unknown) => void;
  readonly jobIdPromise = new Promise<string>((resolve, reject) => {
    this.resolveJobId = resolve;
    this.rejectJobId = reject;
  });

  constructor(
    private readonly start: Start,
    private readonly opts: QuizStreamOptions,
    private jobId: string | undefined,
    private lastEventId: number,
  ) {
    this.fetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
    this.base = (opts.baseUrl ?? '').replace(/\/$/, '');
    this.jobIdPromise.catch(() => {});
    if (jobId) this.resolveJobId(jobId);
    opts.signal?.addEventListener('abort', () => this.stop('closed'), { once: true });
  }

  handle(): QuizStream {
    const done = this.run().finally(() => {
      this.opts.onState?.('closed', { attempt: 0 });
      this.rejectJobId(new QuizStreamError('no_job', 'The stream ended before the server named its job.'));
    });
    done.catch(() => {});
    const session = this;
    return {
      jobId: this.jobIdPromise,
      done,
      cancel: () => this.cancel(),
      close: () => this.stop('closed'),
      get lastEventId() {
        return session.lastEventId;
      },
    };
  }

  private stop(reason: 'cancelled' | 'closed') {
    this.stopReason ??= reason;
    this.stopped.abort();
  }

  private async cancel(): Promise<void> {
    if (this.start.kind === 'shared') {
      this.stop('closed');
      return;
    }
    const jobId = this.jobId ?? (await Promise.race([this.jobIdPromise.catch(() => undefined), sleep(5_000)]));
    this.stop('cancelled');
    if (!jobId) return;
    const response = await this.fetch(`${this.base}/api/quiz/jobs/${encodeURIComponent(jobId)}`, {
      method: 'DELETE',
      headers: this.opts.headers,
    });
    if (!response.ok && response.status !== 404) throw await errorFromResponse(response);
  }

  private async run(): Promise<StreamResult> {
    const maxReconnects = this.opts.maxReconnects ?? DEFAULTS.maxReconnects;
    let failures = 0;
    for (;;) {
      if (this.stopped.signal.aborted) return { status: this.stopReason ?? 'closed' };
      this.opts.onState?.(failures === 0 ? 'connecting' : 'reconnecting', { attempt: failures });
      let delay: number;
      try {
        const outcome = await this.attempt(() => {
          failures = 0;
        });
        if (outcome.result) return outcome.result;
        if (this.stopped.signal.aborted) continue;
        // The server ended the stream without ending the job (redeploy, time limit): come back.
        delay = outcome.retryMs ?? backoffDelay(1, { baseMs: this.retryMs, maxMs: this.maxBackoff });
      } catch (err) {
        if (this.stopped.signal.aborted) continue;
        if (err instanceof QuizStreamError) throw err;
        failures += 1;
        if (failures > maxReconnects) {
          throw new QuizStreamError(
            'reconnect_failed',
            `Lost the connection and could not resume after ${maxReconnects} attempts.`,
          );
        }
        this.opts.logger?.warn('quizstream: connection lost, reconnecting', err);
        const hinted = err instanceof RetryableHttpError ? err.retryAfterMs : undefined;
        delay = hinted ?? backoffDelay(failures, { baseMs: this.retryMs, maxMs: this.maxBackoff });
      }
      this.opts.onState?.('reconnecting', { attempt: failures });
      await sleep(delay, this.stopped.signal);
    }
  }

  private get maxBackoff() {
    return this.opts.maxBackoffMs ?? DEFAULTS.maxBackoffMs;
  }

  /** One connection: resolves with the job's result, or with nothing when the stream ended early. */
  private async attempt(onConnected: () => void): Promise<AttemptOutcome> {
    const controller = new AbortController();
    const abort = () => controller.abort();
    this.stopped.signal.addEventListener('abort', abort, { once: true });
    const connectTimer = setTimeout(
      () => controller.abort(new Error('connect timeout')),
      this.opts.connectTimeoutMs ?? DEFAULTS.connectTimeoutMs,
    );
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const feedWatchdog = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(
        () => controller.abort(new Error('heartbeat timeout')),
        this.opts.heartbeatTimeoutMs ?? DEFAULTS.heartbeatTimeoutMs,
      );
    };
    try {
      const response = await this.request(controller.signal);
      clearTimeout(connectTimer);
      await this.checkResponse(response);
      const headerJob = response.headers.get('x-job-id');
      if (headerJob) this.setJobId(headerJob);
      if (!response.body) throw new Error('response has no body');

      const outcome: AttemptOutcome = {};
      const parser = createParser({
        onRetry: (ms) => {
          this.retryMs = ms;
        },
        onEvent: (message) => {
          if (outcome.result) return;
          this.dispatch(message.id, message.data, outcome, onConnected);
        },
      });
      feedWatchdog();
      await readEvents(response.body, parser, feedWatchdog, () => outcome.result !== undefined);
      return outcome;
    } finally {
      clearTimeout(connectTimer);
      clearTimeout(watchdog);
      this.stopped.signal.removeEventListener('abort', abort);
      controller.abort();
    }
  }

  private request(signal: AbortSignal): Promise<Response> {
    const headers: Record<string, string> = { accept: 'text/event-stream', ...this.opts.headers };
    if (this.lastEventId > 0) headers['last-event-id'] = String(this.lastEventId);
    if (this.start.kind === 'generate' && !this.jobId) {
      headers['content-type'] = 'application/json';
      headers['idempotency-key'] = this.idempotencyKey;
      const url = `${this.base}/api/quiz/generate-stream/${encodeURIComponent(this.start.documentId)}`;
      return this.fetch(url, { method: 'POST', headers, body: JSON.stringify(this.start.options), signal });
    }
    const url =
      this.start.kind === 'shared'
        ? `${this.base}/api/shared/${encodeURIComponent(this.start.token)}/stream`
        : `${this.base}/api/quiz/jobs/${encodeURIComponent(this.jobId!)}/stream`;
    return this.fetch(url, { method: 'GET', headers, signal });
  }

  /** 4xx (but 408 and 429), 204 and non-event-stream answers are final; 5xx, 408 and 429 are retried. */
  private async checkResponse(response: Response): Promise<void> {
    if (response.status === 408 || response.status === 429 || response.status >= 500) {
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      await response.body?.cancel();
      throw new RetryableHttpError(response.status, retryAfterMs);
    }
    if (!response.ok) throw await errorFromResponse(response);
    if (response.status === 204) throw new QuizStreamError('no_content', 'The server has no stream for this job.', 204);
    const type = response.headers.get('content-type') ?? '';
    if (!type.startsWith('text/event-stream')) {
      await response.body?.cancel();
      throw new QuizStreamError('not_event_stream', `Expected an event stream, got "${type || 'nothing'}".`);
    }
  }

  private dispatch(rawId: string | undefined, data: string, outcome: AttemptOutcome, onConnected: () => void) {
    let event: StreamEventT;
    try {
      const parsed = StreamEvent.safeParse(JSON.parse(data));
      if (!parsed.success) {
        this.opts.logger?.warn('quizstream: ignoring an event of unknown shape', parsed.error.issues);
        return;
      }
      event = parsed.data;
    } catch {
      this.opts.logger?.warn('quizstream: ignoring an event that is not JSON');
      return;
    }
    const id = rawId !== undefined && /^\d+$/.test(rawId) ? Number(rawId) : undefined;
    if (id !== undefined) {
      if (id <= this.lastEventId) return; // already seen before a reconnect
      this.lastEventId = id;
    }
    switch (event.type) {
      case 'heartbeat':
        this.opts.logger?.debug('quizstream: heartbeat', event.timestamp);
        return;
      case 'connection':
        this.setJobId(event.jobId);
        onConnected();
        this.opts.onState?.('connected', { attempt: 0 });
        break;
      case 'reconnect':
        outcome.retryMs = event.retryMs;
        break;
      case 'complete':
        outcome.result = { status: 'complete', quizId: event.quizId, event };
        break;
      case 'error':
        outcome.result =
          event.code === 'cancelled'
            ? { status: 'cancelled' }
            : { status: 'error', code: event.code, message: event.message, retryable: event.retryable };
        break;
    }
    this.opts.onEvent?.(event, id);
  }

  private setJobId(id: string) {
    if (this.jobId) return;
    this.jobId = id;
    this.resolveJobId(id);
  }
}

/** 128 random bits as hex. getRandomValues works on plain-HTTP pages too, where randomUUID does not exist. */
function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

class RetryableHttpError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterMs: number | undefined,
  ) {
    super(`server answered ${status}`);
  }
}
