// Serves one job's events over one SSE response: connection event at once, replay after Last-Event-ID,
// then live events, until the job ends, the client leaves, or the server asks the client to reconnect.
import type { OutgoingHttpHeaders } from 'node:http';
import type { Frame, SequencedEvent } from '@quizstream/core';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { type Following, type FollowTarget, followJob } from '../jobs/follow-job.js';
import type { StreamPlace } from './open-streams.js';
import { type CloseReason, SseConnection, type SseHooks, type SseLimits } from './sse-connection.js';

export const CONNECTED_MESSAGE = 'Connected to quiz generation stream...';

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
 * Streams a job on `reply` (hijacked from Fastify) and returns at once: the stream goes on by itself, driven by
 * its job's events and the shared stream clock, until it ends. It gives back the client's `place` among its
 * streams (RATE_LIMIT_STREAMS) when it does.
 */
export function streamJob(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  jobId: string,
  afterId: number,
  place: StreamPlace,
): void {
  reply.header('x-job-id', jobId);
  const stream = new JobStream(ctx, request.log, jobId, place);
  const conn = openEventStream(ctx, request, reply, stream, afterId, {
    type: 'connection',
    message: CONNECTED_MESSAGE,
    jobId,
    resumeFrom: afterId,
    timestamp: new Date().toISOString(),
  });
  request.log.info({ jobId, afterId }, 'stream opened');
  // The client may have gone already; then the connection is closed and there is nothing to follow.
  if (conn.isOpen) stream.following = followJob(ctx.store, ctx.hub, jobId, afterId, stream);
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

/**
 * One job stream: what its follower delivers goes to its connection, and what ends the connection ends the
 * following. A class, not closures: one lives per open stream, thousands at once.
 */
class JobStream implements FollowTarget, SseHooks {
  conn!: SseConnection;
  following: Following | undefined;
  private readonly opened = performance.now();

  constructor(
    private readonly ctx: AppContext,
    private readonly log: FastifyBaseLogger,
    private readonly jobId: string,
    private readonly place: StreamPlace,
  ) {}

  deliver(item: SequencedEvent): boolean {
    if (!this.conn.send(item)) return false;
    this.ctx.metrics.eventsSent.inc({ type: item.event.type });
    return true;
  }

  get needsDrain(): boolean {
    return this.conn.needsDrain;
  }

  drained(): Promise<void> {
    return this.conn.drained();
  }

  done(): void {
    if (this.conn.isOpen) this.conn.end();
  }

  failed(err: unknown): void {
    // The job goes on; cutting the connection makes the client resume from its last id.
    this.log.error({ err, jobId: this.jobId }, 'stream failed');
    this.conn.abort();
  }

  onHeartbeat(): void {
    this.ctx.metrics.heartbeats.inc();
    this.ctx.metrics.eventsSent.inc({ type: 'heartbeat' });
  }

  onClose(reason: CloseReason): void {
    this.following?.stop();
    this.ctx.streams.remove(this.conn);
    this.place.release();
    const { metrics } = this.ctx;
    metrics.openStreams.dec();
    metrics.disconnects.inc({ reason });
    metrics.streamDuration.observe({ reason }, (performance.now() - this.opened) / 1000);
    this.log.info({ jobId: this.jobId, reason }, 'stream closed');
  }
}
