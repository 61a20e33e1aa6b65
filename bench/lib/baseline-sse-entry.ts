// Child process: the baseline, the least an SSE server can be with plain node:http. GET /stream answers with
// the SSE headers and a `connection` event, then a heartbeat every HEARTBEAT_MS, like the API; GET /healthz
// answers JSON. On the parent's `go` it writes timestamped question events to every open stream at a fixed
// rate (the same events the API's tick generator makes). No framework, no store, no job: the floor against
// which the API's memory, latency and overhead are measured.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { StreamEvent } from '@quizstream/core';
import { serveParent } from './child-protocol.js';
import { nowUs } from './stats.js';
import { tickEvent } from './tick-events.js';

const heartbeatMs = Number(process.env.HEARTBEAT_MS ?? 30_000);
const open = new Set<ServerResponse>();

const frame = (event: StreamEvent, id?: number) =>
  `${id === undefined ? '' : `id: ${id}\n`}data: ${JSON.stringify(event)}\n\n`;

const server = createServer((req, res) => {
  if (req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end('{"status":"ok"}');
    return;
  }
  if (!req.url?.startsWith('/stream')) {
    res.writeHead(404).end();
    return;
  }
  req.socket.setTimeout(0);
  req.socket.setNoDelay(true);
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-store, must-revalidate, no-transform',
    connection: 'keep-alive',
  });
  res.write(
    `retry: 3000\n${frame({
      type: 'connection',
      message: 'Connected to quiz generation stream...',
      jobId: 'job_baseline',
      resumeFrom: 0,
      timestamp: new Date().toISOString(),
    })}`,
  );
  const heartbeat = setInterval(() => {
    res.write(frame({ type: 'heartbeat', timestamp: new Date().toISOString() }));
  }, heartbeatMs);
  open.add(res);
  res.on('close', () => {
    clearInterval(heartbeat);
    open.delete(res);
  });
});
// Node's own request timeouts apply only while a request is received; none of them cuts a stream.
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  serveParent(
    `http://127.0.0.1:${port}`,
    {
      openStreams: () => open.size,
      go: (args) => {
        void tick(Number(args.count), Number(args.intervalMs));
      },
    },
    async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  );
});

let ticks = 0;

/** The same fixed schedule as the API's tick generator; each event goes to every stream at once. */
async function tick(count: number, intervalMs: number) {
  const start = performance.now();
  for (let i = 0; i < count; i++, ticks++) {
    const wait = start + i * intervalMs - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const chunk = frame(tickEvent(ticks, nowUs()), ticks + 2);
    for (const res of open) res.write(chunk);
  }
}
