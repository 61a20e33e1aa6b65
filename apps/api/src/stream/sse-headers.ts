// The response headers that keep every hop (browser, Cloud Run's front end, nginx, CDNs) from buffering,
// caching or transforming an event stream.
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';

export function sseHeaders(request: IncomingMessage): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-store, must-revalidate, no-transform',
    pragma: 'no-cache',
    expires: '0',
    'x-accel-buffering': 'no',
  };
  // Connection is hop-by-hop: forbidden under HTTP/2 (Node throws), meaningful only on HTTP/1.1.
  // Transfer-Encoding is never set by hand: Node chunks HTTP/1.1 bodies by itself.
  if (request.httpVersionMajor === 1) headers.connection = 'keep-alive';
  return headers;
}
