// One SSE response following a live session, for its host (every event) or one participant (no host-only
// events): the connection event at once, what came after Last-Event-ID, then live events, until the session
// ends, the participant is removed, the client leaves or the server asks it to come back.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import type { SequencedLiveEvent } from '../store/live.js';
import { openEventStream } from '../stream/event-stream.js';
import type { StreamPlace } from '../stream/open-streams.js';
import type { CloseReason, SseConnection, SseHooks } from '../stream/sse-connection.js';
import type { LiveFollowing, LiveTarget } from './live-hub.js';

export function streamLive(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  who: { sessionId: string; role: 'host' | 'participant'; participantId?: string },
  afterId: number,
  place: StreamPlace,
): void {
  const stream = new LiveStream(ctx, who.role, who.participantId, place, who.sessionId);
  const conn = openEventStream(ctx, request, reply, stream, afterId, {
    type: 'connection',
    sessionId: who.sessionId,
    resumeFrom: afterId,
    serverTime: Date.now(),
  });
  if (conn.isOpen) stream.following = ctx.liveHub.follow(who.sessionId, stream, afterId);
}

/** A class, not closures: one lives per open stream, a thousand in a classroom. */
class LiveStream implements LiveTarget, SseHooks {
  conn!: SseConnection;
  following: LiveFollowing | undefined;

  constructor(
    private readonly ctx: AppContext,
    readonly role: 'host' | 'participant',
    readonly participantId: string | undefined,
    private readonly place: StreamPlace,
    private readonly sessionId: string,
  ) {}

  deliver(item: SequencedLiveEvent): boolean {
    if (!this.conn.send({ event: item.event, id: item.id })) return false;
    this.ctx.metrics.eventsSent.inc({ type: `live_${item.event.type}` });
    // The session is over: nothing more will come.
    if (item.event.type === 'ended') this.conn.end();
    return true;
  }

  removed(): void {
    this.conn.send({ event: { type: 'removed' } });
    this.conn.end();
  }

  failed(err: unknown): void {
    this.ctx.logger.error({ err, sessionId: this.sessionId }, 'live stream failed');
    this.conn.abort();
  }

  onHeartbeat(): void {
    this.ctx.metrics.heartbeats.inc();
  }

  onClose(reason: CloseReason): void {
    this.following?.stop();
    this.ctx.streams.remove(this.conn);
    this.place.release();
    this.ctx.metrics.openStreams.dec();
    this.ctx.metrics.disconnects.inc({ reason });
  }
}
