// Serves one job's events over one SSE response: connection event at once, replay after Last-Event-ID,
// then live events, until the job ends, the client leaves, or the server asks the client to reconnect.
import type { SequencedEvent } from '@quizstream/core';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import { type Following, type FollowTarget, followJob } from '../jobs/follow-job.js';
import { openEventStream } from './event-stream.js';
import type { StreamPlace } from './open-streams.js';
import type { CloseReason, SseConnection, SseHooks } from './sse-connection.js';

export const CONNECTED_MESSAGE = 'Connected to quiz generation stream...';

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
