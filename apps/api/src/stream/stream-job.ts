// Serves one job's events over one SSE response: connection event at once, replay after Last-Event-ID,
// then live events, until the job ends, the client leaves, or the server asks the client to reconnect.
import type { OutgoingHttpHeaders } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import { AppError } from '../errors.js';
import { followJob } from '../jobs/follow-job.js';
import { SseConnection } from './sse-connection.js';

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

export async function streamJob(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  jobId: string,
  afterId: number,
): Promise<void> {
  const { config, metrics } = ctx;
  const log = request.log.child({ jobId });
  const opened = performance.now();
  reply.header('x-job-id', jobId);
  reply.hijack();
  const conn = new SseConnection(
    request.raw,
    reply.raw,
    {
      heartbeatMs: config.HEARTBEAT_MS,
      retryMs: config.RETRY_MS,
      maxDurationMs: config.STREAM_MAX_DURATION_MS,
      maxQueueBytes: config.SSE_MAX_QUEUE_BYTES,
      slowConsumerTimeoutMs: config.SLOW_CONSUMER_TIMEOUT_MS,
      compression: config.SSE_COMPRESSION,
    },
    reply.getHeaders() as OutgoingHttpHeaders,
    {
      onHeartbeat: () => {
        metrics.heartbeats.inc();
        metrics.eventsSent.inc({ type: 'heartbeat' });
      },
      onClose: (reason) => {
        metrics.openStreams.dec();
        metrics.disconnects.inc({ reason });
        metrics.streamDuration.observe({ reason }, (performance.now() - opened) / 1000);
        log.info({ reason }, 'stream closed');
      },
    },
  );
  metrics.openStreams.inc();
  metrics.streamsOpened.inc({ kind: afterId > 0 ? 'resume' : 'new' });
  const forget = ctx.streams.add(conn);
  const stop = new AbortController();
  reply.raw.once('close', () => stop.abort());
  conn.send({
    event: {
      type: 'connection',
      message: CONNECTED_MESSAGE,
      jobId,
      resumeFrom: afterId,
      timestamp: new Date().toISOString(),
    },
    retry: config.RETRY_MS,
  });
  metrics.eventsSent.inc({ type: 'connection' });
  log.info({ afterId }, 'stream opened');
  try {
    for await (const item of followJob(ctx.store, ctx.hub, jobId, afterId, stop.signal, config.FOLLOW_POLL_MS)) {
      if (!conn.send(item)) break;
      metrics.eventsSent.inc({ type: item.event.type });
      // Pull no further events while the socket is full; SseConnection cuts a consumer stuck too long.
      if (conn.needsDrain) await conn.drained();
    }
  } catch (err) {
    // The job goes on; cutting the connection makes the client resume from its last id.
    log.error({ err }, 'stream failed');
    reply.raw.destroy();
  } finally {
    forget();
    if (conn.isOpen) conn.end();
  }
}
