import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import zlib from 'node:zlib';
import { encodeFrame, type StreamEvent } from '@quizstream/core';
import { afterEach, describe, expect, it } from 'vitest';
import { type CloseReason, SseConnection, type SseLimits } from './sse-connection.js';
import { acceptsGzip } from './sse-sink.js';

const LIMITS: SseLimits = {
  heartbeatMs: 60_000,
  retryMs: 1_000,
  maxDurationMs: 60_000,
  maxQueueBytes: 64 * 1024,
  slowConsumerTimeoutMs: 60_000,
};

const warning = (bytes: number): StreamEvent => ({
  type: 'warning',
  code: 'test',
  // Incompressible, so that gzip does not hide how much is queued.
  message: randomBytes(Math.ceil((bytes * 3) / 4))
    .toString('base64')
    .slice(0, bytes),
});

let servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  servers = [];
});

/** A server whose every request becomes an SseConnection handed to `onConnection`. */
async function sseServer(limits: SseLimits, onConnection: (conn: SseConnection, closed: Promise<CloseReason>) => void) {
  const server = http.createServer((req, res) => {
    let closed!: (reason: CloseReason) => void;
    const whenClosed = new Promise<CloseReason>((resolve) => {
      closed = resolve;
    });
    onConnection(new SseConnection(req, res, limits, {}, { onClose: closed }), whenClosed);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** Connects, sends a GET, and never reads. */
function stalledClient(port: number, headers = ''): net.Socket {
  const socket = net.connect(port, '127.0.0.1');
  socket.pause();
  socket.on('error', () => {});
  socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}\r\n`);
  return socket;
}

describe('SseConnection', () => {
  it.each([
    ['a plain stream', ''],
    ['a gzipped stream', 'Accept-Encoding: gzip\r\n'],
  ])(
    'cuts a stalled client of %s once more than maxQueueBytes wait, holding one frame more at most',
    async (_, headers) => {
      const frameBytes = 8 * 1024;
      const result = new Promise<{ reason: CloseReason; maxQueued: number; offered: number }>((resolve) => {
        void sseServer({ ...LIMITS, compression: true }, (conn, closed) => {
          let maxQueued = 0;
          let sent = 0;
          // Every byte handed to the connection, the refused frame included (before compression).
          let offered = 0;
          // A writer that never waits for drain: the connection itself must stop it.
          const pump = () => {
            maxQueued = Math.max(maxQueued, conn.queuedBytes);
            const frame = { event: warning(frameBytes), id: sent + 1 };
            offered += Buffer.byteLength(encodeFrame(frame));
            if (!conn.send(frame)) return;
            sent += 1;
            setImmediate(pump);
          };
          pump();
          void closed.then((reason) => resolve({ reason, maxQueued, offered }));
        }).then((port) => stalledClient(port, headers));
      });
      const { reason, maxQueued, offered } = await result;
      expect(reason).toBe('slow-consumer');
      expect(maxQueued).toBeLessThanOrEqual(LIMITS.maxQueueBytes + frameBytes + 1024);
      // Cut only once the limit was reached, not before: more than maxQueueBytes were handed over in all (the
      // frame that crossed the limit included; what waits is never more than what was handed over).
      expect(offered).toBeGreaterThan(LIMITS.maxQueueBytes);
    },
  );

  it('cuts a client stuck longer than slowConsumerTimeoutMs even while little is queued', async () => {
    const started = performance.now();
    const reason = await new Promise<CloseReason>((resolve) => {
      void sseServer({ ...LIMITS, maxQueueBytes: 64 * 1024 * 1024, slowConsumerTimeoutMs: 300 }, (conn, closed) => {
        const pump = () => {
          if (!conn.send({ event: warning(16 * 1024) })) return;
          // Like stream-job: stop writing while the client is not keeping up.
          if (conn.needsDrain) void conn.drained().then(pump);
          else setImmediate(pump);
        };
        pump();
        void closed.then(resolve);
      }).then((port) => stalledClient(port));
    });
    expect(reason).toBe('slow-consumer');
    expect(performance.now() - started).toBeGreaterThanOrEqual(300);
  });

  it('gzips with a flush after every frame: each event decodes from the bytes sent so far', async () => {
    let connection: SseConnection | undefined;
    const port = await sseServer({ ...LIMITS, compression: true }, (conn) => {
      connection = conn;
    });
    const decoded: string[] = [];
    const response = await new Promise<http.IncomingMessage>((resolve) =>
      http.get({ port, host: '127.0.0.1', headers: { 'accept-encoding': 'gzip' } }, resolve),
    );
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect(response.headers['cache-control']).toContain('no-transform');
    const gunzip = response.pipe(zlib.createGunzip());
    gunzip.on('data', (chunk: Buffer) => decoded.push(chunk.toString()));
    for (let i = 1; i <= 3; i++) {
      connection!.send({ event: { type: 'warning', code: 'test', message: `event ${i}` }, id: i });
      // Nothing else is sent meanwhile: the event must come out of the decompressor on its own.
      await waitUntil(() => decoded.join('').includes(`event ${i}`));
    }
    connection!.end();
    await new Promise((resolve) => gunzip.once('end', resolve));
    expect(decoded.join('')).toBe(
      [1, 2, 3].map((i) => `id: ${i}\ndata: {"type":"warning","code":"test","message":"event ${i}"}\n\n`).join(''),
    );
  });
});

describe('acceptsGzip', () => {
  it('reads Accept-Encoding as browsers and proxies send it', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip(['deflate', 'x-gzip'])).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip('gzipped')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

async function waitUntil(ok: () => boolean, timeoutMs = 2_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
}
