// One open SSE response: the connection event at once, heartbeats, bounded buffering for slow consumers,
// a maximum lifetime, a reconnect hint when the server ends the stream itself, and gzip (flushed after every
// frame) when SSE_COMPRESSION is on and the client accepts it.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { encodeComment, encodeFrame, type Frame } from '@quizstream/core';
import { sseHeaders } from './sse-headers.js';
import { acceptsGzip, gzipSink, plainSink, type SseSink } from './sse-sink.js';
import { type Clocked, startClock, stopClock } from './stream-clock.js';

export interface SseLimits {
  heartbeatMs: number;
  retryMs: number;
  maxDurationMs: number;
  maxQueueBytes: number;
  slowConsumerTimeoutMs: number;
  /** Gzip the stream when the client accepts it (SSE_COMPRESSION); each frame is flushed on its own. */
  compression?: boolean;
}

export type CloseReason = 'client' | 'done' | 'max-duration' | 'slow-consumer' | 'shutdown';

/** Told of the connection's heartbeats and of its end (an object with methods: one lives per stream). */
export interface SseHooks {
  onHeartbeat?(): void;
  onClose?(reason: CloseReason): void;
}

/** A retry hint spread over ±50% so a fleet of clients does not reconnect in one wave. */
export function jitter(ms: number, random = Math.random): number {
  return Math.round(ms * (0.5 + random()));
}

export class SseConnection implements Clocked {
  private closed = false;
  private closeReason: CloseReason = 'client';
  /** Heartbeats and the maximum lifetime come from the clock all streams share (stream-clock.ts). */
  private readonly clockSlot: number;
  private stuckSince: NodeJS.Timeout | undefined;
  private readonly sink: SseSink;

  constructor(
    req: IncomingMessage,
    private readonly res: ServerResponse,
    private readonly limits: SseLimits,
    extraHeaders: OutgoingHttpHeaders,
    private readonly hooks: SseHooks = {},
  ) {
    // A stream may legitimately sit quiet between heartbeats for as long as it lives: no socket idle timeout.
    req.socket.setTimeout(0);
    req.socket.setNoDelay(true);
    const gzip = limits.compression === true && acceptsGzip(req.headers['accept-encoding']);
    const headers: OutgoingHttpHeaders = { ...extraHeaders, ...sseHeaders(req) };
    if (gzip) {
      headers['content-encoding'] = 'gzip';
      headers.vary = [extraHeaders.vary, 'Accept-Encoding'].filter(Boolean).join(', ');
    }
    res.writeHead(200, headers);
    res.flushHeaders();
    this.sink = gzip ? gzipSink(res) : plainSink(res);
    res.on('close', () => this.finish());
    this.clockSlot = startClock(this, limits.heartbeatMs, limits.maxDurationMs);
  }

  /** From the shared clock, every `heartbeatMs`. */
  heartbeat(frame: string): void {
    // A blocked socket needs no keep-alive bytes; they would only pile up.
    if (this.sink.needsDrain) return;
    this.write(frame);
    this.hooks.onHeartbeat?.();
  }

  /** From the shared clock, once the stream has lived `maxDurationMs`. */
  expire(): void {
    this.endWithReconnect('max-duration');
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  /** Bytes waiting for this client (bounded by maxQueueBytes: past it the connection is cut). */
  get queuedBytes(): number {
    return this.sink.queuedBytes;
  }

  /** True while the client is not keeping up: write nothing more until `drained()`. */
  get needsDrain(): boolean {
    return this.sink.needsDrain;
  }

  /** Resolves when the client has taken what was queued, or the connection is gone. */
  drained(): Promise<void> {
    return this.sink.drained();
  }

  /** Writes one frame; returns false when the connection is gone. */
  send(frame: Frame): boolean {
    return this.write(encodeFrame(frame));
  }

  comment(text: string): boolean {
    return this.write(encodeComment(text));
  }

  /** Ends the stream after its job finished. */
  end(): void {
    this.closeReason = 'done';
    this.sink.end();
    this.finish();
  }

  /** Tells the client to come back (after a jittered delay) and ends the stream; nothing is lost, it resumes. */
  endWithReconnect(reason: 'max-duration' | 'shutdown' | 'slow-consumer'): void {
    if (this.closed) return;
    const retryMs = jitter(this.limits.retryMs);
    this.send({ event: { type: 'reconnect', reason, retryMs }, retry: retryMs });
    this.closeReason = reason;
    this.sink.end();
    this.finish();
  }

  /** Cuts the connection at once, without a reconnect hint: the client resumes from the last id it has. */
  abort(): void {
    this.destroy('client');
  }

  private write(chunk: string): boolean {
    if (this.closed || this.res.destroyed) return false;
    const flushed = this.sink.write(chunk);
    if (!flushed) {
      // Node keeps what the socket did not take; bound it, and cut a consumer that stays stuck.
      if (this.sink.queuedBytes > this.limits.maxQueueBytes) {
        this.destroy('slow-consumer');
        return false;
      }
      if (!this.stuckSince) {
        this.stuckSince = setTimeout(() => this.destroy('slow-consumer'), this.limits.slowConsumerTimeoutMs);
        this.sink.onceDrained(() => this.clearStuck());
      }
    }
    return true;
  }

  private clearStuck() {
    if (this.stuckSince) clearTimeout(this.stuckSince);
    this.stuckSince = undefined;
  }

  private destroy(reason: CloseReason) {
    this.closeReason = reason;
    this.sink.destroy();
    this.finish();
  }

  private finish() {
    if (this.closed) return;
    this.closed = true;
    stopClock(this, this.limits.heartbeatMs, this.limits.maxDurationMs, this.clockSlot);
    this.clearStuck();
    this.hooks.onClose?.(this.closeReason);
  }
}
