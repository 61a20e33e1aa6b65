// The load client: holds thousands of SSE streams from one process with plain node:http (no keep-alive
// agent, one socket per stream), parses every frame with eventsource-parser and JSON.parse, and records
// what each stream received. Opening is bounded in concurrency and in time; loopback only.
import http, { type ClientRequest, type IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { StreamEvent } from '@quizstream/core';
import { createParser } from 'eventsource-parser';
import { nowUs, sleep } from './stats.js';

export interface StreamRequest {
  method?: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface ParsedEvent {
  id: number | undefined;
  event: StreamEvent;
  /** When the client had parsed it (monotonic µs, see stats.nowUs). */
  at: number;
}

export class SseStream {
  status = 0;
  headers: IncomingMessage['headers'] = {};
  /** The `connection` event arrived: the server holds the stream. */
  connected = false;
  /** The stream ended or broke; `error` says why when it broke. */
  closed = false;
  error: string | undefined;
  heartbeats = 0;
  events = 0;
  /** Bytes received on the socket: status line, headers and (possibly compressed, chunked) body. */
  wireBytes = 0;
  /** Bytes of SSE text after decompression. */
  textBytes = 0;
  private request: ClientRequest | undefined;
  private connectedWaiters: (() => void)[] = [];

  constructor(
    readonly index: number,
    private readonly onEvent?: (stream: SseStream, event: ParsedEvent) => void,
  ) {}

  open(url: string, req: StreamRequest, timeoutMs: number): Promise<void> {
    const target = new URL(req.path, url);
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.fail(`no connection event within ${timeoutMs} ms`), timeoutMs);
      this.connectedWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
      const request = http.request({
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: req.method ?? 'GET',
        agent: false,
        headers: { accept: 'text/event-stream', ...req.headers },
      });
      this.request = request;
      request.on('error', (err) => this.fail(err.message));
      request.on('response', (res) => this.onResponse(res));
      request.end(req.body);
    });
  }

  close(): void {
    this.closed = true;
    this.request?.destroy();
    this.release();
  }

  private onResponse(res: IncomingMessage) {
    this.status = res.statusCode ?? 0;
    this.headers = res.headers;
    const socket = res.socket;
    if (this.status !== 200 || !String(res.headers['content-type']).startsWith('text/event-stream')) {
      this.fail(`status ${this.status} ${res.headers['content-type']}`);
      res.resume();
      return;
    }
    const encoding = res.headers['content-encoding'];
    let body: Readable = res;
    if (encoding === 'gzip' || encoding === 'deflate') {
      body = res.pipe(encoding === 'gzip' ? zlib.createGunzip() : zlib.createInflate());
    } else if (encoding === 'br') {
      body = res.pipe(zlib.createBrotliDecompress());
    }
    body.setEncoding('utf8');
    const parser = createParser({
      onEvent: (message) => {
        const event = JSON.parse(message.data) as StreamEvent;
        const at = nowUs();
        this.events += 1;
        if (event.type === 'connection') {
          this.connected = true;
          this.release();
        } else if (event.type === 'heartbeat') {
          this.heartbeats += 1;
        }
        this.onEvent?.(this, { id: message.id ? Number(message.id) : undefined, event, at });
      },
    });
    body.on('data', (text: string) => {
      this.textBytes += Buffer.byteLength(text);
      parser.feed(text);
    });
    const end = () => {
      this.wireBytes = socket?.bytesRead ?? 0;
      if (!this.closed) {
        this.closed = true;
        if (!this.connected) this.error ??= 'ended before the connection event';
      }
      this.release();
    };
    body.on('end', end);
    body.on('error', (err) => this.fail(err.message));
    res.on('close', end);
  }

  private fail(reason: string) {
    if (!this.closed) {
      this.error ??= reason;
      this.closed = true;
    }
    this.request?.destroy();
    this.release();
  }

  private release() {
    for (const waiter of this.connectedWaiters.splice(0)) waiter();
  }
}

export interface OpenManyOptions {
  url: string;
  count: number;
  request: (index: number) => StreamRequest;
  /** Streams being opened at once (default 200). */
  concurrency?: number;
  /** Per stream, from request to `connection` event (default 30 s). */
  timeoutMs?: number;
  onEvent?: (stream: SseStream, event: ParsedEvent) => void;
}

export interface OpenManyResult {
  streams: SseStream[];
  /** Wall time to open them all, ms. */
  openMs: number;
  failed: number;
  /** Requests turned away (503, 429) and sent again after their Retry-After, as @quizstream/client does. */
  refused: number;
}

/** Most times one stream is asked for again after a 503 or 429. */
const MAX_ATTEMPTS = 10;

/**
 * Opens `count` streams, `concurrency` at a time; resolves when each is connected or has failed. A request the
 * server turns away for now (503 overloaded, 429) is sent again after its Retry-After, like a real client.
 */
export async function openMany(options: OpenManyOptions): Promise<OpenManyResult> {
  const streams = Array.from({ length: options.count }, (_, i) => new SseStream(i, options.onEvent));
  const started = performance.now();
  let next = 0;
  let refused = 0;
  const worker = async () => {
    while (next < streams.length) {
      const index = next++;
      for (let attempt = 1; ; attempt++) {
        const stream = streams[index]!;
        await stream.open(options.url, options.request(index), options.timeoutMs ?? 30_000);
        if ((stream.status !== 503 && stream.status !== 429) || attempt === MAX_ATTEMPTS) break;
        refused += 1;
        const retryAfter = Number(stream.headers['retry-after']);
        await sleep(Math.min(10, Number.isFinite(retryAfter) ? retryAfter : 1) * 1000);
        streams[index] = new SseStream(index, options.onEvent);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 200, streams.length) }, worker));
  return {
    streams,
    openMs: performance.now() - started,
    failed: streams.filter((s) => !s.connected || s.error !== undefined).length,
    refused,
  };
}

export function closeAll(streams: readonly SseStream[]): void {
  for (const stream of streams) stream.close();
}

/** Waits until `done()` or the deadline; returns whether `done()` became true. */
export async function waitFor(
  done: () => boolean | Promise<boolean>,
  timeoutMs: number,
  everyMs = 50,
): Promise<boolean> {
  const end = performance.now() + timeoutMs;
  while (!(await done())) {
    if (performance.now() > end) return false;
    await sleep(everyMs);
  }
  return true;
}
