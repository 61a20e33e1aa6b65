// Opening an event stream, the same for a generation job and a live session: the response taken over from
// Fastify, its headers and limits (one object per server), counted in the metrics and the open streams, and
// its `connection` event sent at once; and where a client resumes from (Last-Event-ID).
import type { OutgoingHttpHeaders } from 'node:http';
import type { Frame } from '@quizstream/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { SseConnection, type SseHooks, type SseLimits } from './sse-connection.js';

/** `Last-Event-ID` header (what EventSource sends on reconnect) or `?lastEventId=` (for manual resumes). */
export function readLastEventId(request: FastifyRequest): number {
  const header = request.headers['last-event-id'];
  const query = (request.query as Record<string, unknown> | undefined)?.lastEventId;
  const raw = (Array.isArray(header) ? header[0] : header) ?? (typeof query === 'string' ? query : undefined);
  if (raw === undefined || raw === '') return 0;
  if (!/^\d{1,9}$/.test(raw.trim())) {
    throw new AppError(400, 'invalid_last_event_id', `Last-Event-ID must be a non-negative integer, got "${raw}".`);
  }
  return Number(raw.trim());
}

/**
 * Takes the response over from Fastify as an event stream (its headers, heartbeats and limits), counts it, and
 * sends its `connection` event at once with the reconnection delay. `hooks` hears of its heartbeats and its end,
 * and holds the connection from before its first write (a client gone already ends it at once).
 */
export function openEventStream(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  hooks: SseHooks & { conn: SseConnection },
  afterId: number,
  connection: Frame['event'],
): SseConnection {
  const { config, metrics } = ctx;
  reply.hijack();
  const conn = new SseConnection(
    request.raw,
    reply.raw,
    sseLimits(config),
    // The reply's own (CORS, X-Job-Id) after the security headers every answer carries.
    { ...ctx.securityHeaders, ...reply.getHeaders() } as OutgoingHttpHeaders,
    hooks,
  );
  hooks.conn = conn;
  metrics.openStreams.inc();
  metrics.streamsOpened.inc({ kind: afterId > 0 ? 'resume' : 'new' });
  ctx.streams.add(conn);
  conn.send({ event: connection, retry: config.RETRY_MS });
  metrics.eventsSent.inc({ type: 'connection' });
  return conn;
}

const limitsByConfig = new WeakMap<Config, SseLimits>();

/** The limits every stream of a server shares (one object, not one per stream). */
function sseLimits(config: Config): SseLimits {
  let limits = limitsByConfig.get(config);
  if (!limits) {
    limits = {
      heartbeatMs: config.HEARTBEAT_MS,
      retryMs: config.RETRY_MS,
      maxDurationMs: config.STREAM_MAX_DURATION_MS,
      maxQueueBytes: config.SSE_MAX_QUEUE_BYTES,
      slowConsumerTimeoutMs: config.SLOW_CONSUMER_TIMEOUT_MS,
      compression: config.SSE_COMPRESSION,
    };
    limitsByConfig.set(config, limits);
  }
  return limits;
}
