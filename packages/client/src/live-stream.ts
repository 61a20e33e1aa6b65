// Following a live session, as its host or as a participant: the same survival as a quiz stream (a connect
// timeout, a heartbeat watchdog, resuming with Last-Event-ID after any loss, each event once, in order), for as
// long as the session lasts. A phone that locks or loses its network comes back to where it was.
import { LiveEvent, type LiveEvent as LiveEventT } from '@quizstream/core/schemas';
import { createParser } from 'eventsource-parser';
import { backoffDelay, parseRetryAfter, sleep } from './backoff.js';
import { errorFromResponse, QuizStreamError } from './errors.js';
import type { ConnectionState } from './quiz-stream.js';
import { readEvents } from './read-events.js';

export interface LiveStreamOptions {
  baseUrl?: string;
  /** Whose stream: a participant's token (from joining), or the host's (its host token, or its sign-in). */
  as: { participantToken: string } | { sessionId: string; hostToken?: string };
  lastEventId?: number;
  connectTimeoutMs?: number;
  heartbeatTimeoutMs?: number;
  /** Consecutive failed attempts before giving up (a classroom's network comes back: many by default). */
  maxReconnects?: number;
  maxBackoffMs?: number;
  fetch?: typeof fetch;
  /** Every event but heartbeats, each once, in order; `id` is set for the session's own events. */
  onEvent: (event: LiveEventT, id: number | undefined) => void;
  onState?: (state: ConnectionState) => void;
}

export type LiveStreamEnd = 'ended' | 'removed' | 'closed';

export interface LiveStream {
  /** Settles when the session ends, the participant is removed or `close()` is called; rejects on a fatal error. */
  readonly done: Promise<LiveStreamEnd>;
  readonly lastEventId: number;
  close(): void;
}

export function followLive(opts: LiveStreamOptions): LiveStream {
  const stopped = new AbortController();
  const doFetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
  const base = (opts.baseUrl ?? '').replace(/\/$/, '');
  let lastEventId = opts.lastEventId ?? 0;
  let retryMs = 3_000;

  const url =
    'participantToken' in opts.as
      ? `${base}/api/play/stream`
      : `${base}/api/live/${encodeURIComponent(opts.as.sessionId)}/stream`;
  const credentials: Record<string, string> =
    'participantToken' in opts.as
      ? { 'x-live-token': opts.as.participantToken }
      : opts.as.hostToken
        ? { 'x-live-host-token': opts.as.hostToken }
        : {};

  /** One connection: how it ended, or null when the server ended it early (come back). */
  async function connect(onConnected: () => void): Promise<LiveStreamEnd | null> {
    const controller = new AbortController();
    const abort = () => controller.abort();
    stopped.signal.addEventListener('abort', abort, { once: true });
    const connectTimer = setTimeout(() => controller.abort(), opts.connectTimeoutMs ?? 60_000);
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const feed = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => controller.abort(), opts.heartbeatTimeoutMs ?? 65_000);
    };
    try {
      const headers: Record<string, string> = { accept: 'text/event-stream', ...credentials };
      if (lastEventId > 0) headers['last-event-id'] = String(lastEventId);
      const response = await doFetch(url, { headers, signal: controller.signal, credentials: 'include' });
      clearTimeout(connectTimer);
      if (response.status === 408 || response.status === 429 || response.status >= 500) {
        await response.body?.cancel();
        throw Object.assign(new Error(`HTTP ${response.status}`), {
          retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
        });
      }
      if (!response.ok) throw await errorFromResponse(response);
      if (!response.body) throw new Error('response has no body');
      let end: LiveStreamEnd | null = null;
      const parser = createParser({
        onRetry: (ms) => {
          retryMs = ms;
        },
        onEvent: (message) => {
          if (end) return;
          const parsed = LiveEvent.safeParse(JSON.parse(message.data));
          if (!parsed.success) return;
          const event = parsed.data;
          const id = message.id && /^\d+$/.test(message.id) ? Number(message.id) : undefined;
          if (id !== undefined) {
            if (id <= lastEventId) return;
            lastEventId = id;
          }
          if (event.type === 'heartbeat') return;
          if (event.type === 'connection') {
            onConnected();
            opts.onState?.('connected');
          }
          if (event.type === 'ended') end = 'ended';
          if (event.type === 'removed') end = 'removed';
          opts.onEvent(event, id);
        },
      });
      feed();
      await readEvents(response.body, parser, feed, () => end !== null);
      return end;
    } finally {
      clearTimeout(connectTimer);
      clearTimeout(watchdog);
      stopped.signal.removeEventListener('abort', abort);
      controller.abort();
    }
  }

  async function run(): Promise<LiveStreamEnd> {
    const maxReconnects = opts.maxReconnects ?? 1_000;
    let failures = 0;
    while (!stopped.signal.aborted) {
      opts.onState?.(failures === 0 ? 'connecting' : 'reconnecting');
      let delay: number;
      try {
        const end = await connect(() => {
          failures = 0;
        });
        if (end) return end;
        delay = backoffDelay(1, { baseMs: retryMs, maxMs: opts.maxBackoffMs ?? 30_000 });
      } catch (err) {
        if (stopped.signal.aborted) break;
        if (err instanceof QuizStreamError) throw err;
        failures += 1;
        if (failures > maxReconnects) {
          throw new QuizStreamError(
            'reconnect_failed',
            `Lost the connection and could not resume after ${maxReconnects} attempts.`,
          );
        }
        const hinted = (err as { retryAfterMs?: number }).retryAfterMs;
        delay = hinted ?? backoffDelay(failures, { baseMs: retryMs, maxMs: opts.maxBackoffMs ?? 30_000 });
      }
      opts.onState?.('reconnecting');
      await sleep(delay, stopped.signal);
    }
    return 'closed';
  }

  const done = run().finally(() => opts.onState?.('closed'));
  done.catch(() => {});
  return {
    done,
    get lastEventId() {
      return lastEventId;
    },
    close: () => stopped.abort(),
  };
}
