// Child process: the baseline of the live benchmark, the least a classroom broadcast can be with plain
// node:http. GET /stream answers with the SSE headers and a `connection` event; POST /next with a JSON event
// writes it, as one frame made once, to every open stream, then answers 204. No framework, no database, no
// state: the floor the API's "next question to every phone" is measured against.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveParent } from './child-protocol.js';

const open = new Set<ServerResponse>();
let seq = 0;

const server = createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/next') {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => {
      seq += 1;
      const frame = `id: ${seq}\ndata: ${Buffer.concat(parts).toString('utf8')}\n\n`;
      for (const stream of open) stream.write(frame);
      res.writeHead(204).end();
    });
    return;
  }
  if (req.url !== '/stream') {
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
    `retry: 3000\ndata: ${JSON.stringify({ type: 'connection', sessionId: 'live_baseline', resumeFrom: 0, serverTime: Date.now() })}\n\n`,
  );
  open.add(res);
  res.on('close', () => open.delete(res));
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  serveParent(`http://127.0.0.1:${port}`, { openStreams: () => open.size }, async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
});
