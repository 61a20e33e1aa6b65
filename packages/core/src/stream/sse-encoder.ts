// Encodes one Server-Sent Events frame. Pure, so the server, benchmarks and tests share it.
import type { StreamEvent } from '../schemas/events.js';
import type { LiveEvent } from '../schemas/live.js';

export interface Frame {
  /** A generation's event, or a live session's. */
  event: StreamEvent | LiveEvent;
  /** Sequence id for durable events; omitted for transient ones. */
  id?: number;
  /** Reconnection delay hint for the client, in milliseconds. */
  retry?: number;
}

/**
 * `id:` and `retry:` lines, then the JSON as one `data:` line. JSON.stringify never emits a raw newline
 * (they are escaped inside strings), so one data line always suffices and no event can break framing.
 */
export function encodeFrame({ event, id, retry }: Frame): string {
  let out = '';
  if (retry !== undefined) out += `retry: ${Math.max(0, Math.round(retry))}\n`;
  if (id !== undefined) out += `id: ${id}\n`;
  out += id === undefined ? `data: ${JSON.stringify(event)}\n\n` : durableData(event);
  return out;
}

// A durable event is one object handed to every stream that follows its job: a thousand followers would
// serialize it a thousand times. Its data line is made once and kept as long as the event lives (events are
// never changed once made). Transient events (heartbeats, connection) are made per stream and not kept.
const dataLines = new WeakMap<StreamEvent | LiveEvent, string>();

function durableData(event: StreamEvent | LiveEvent): string {
  let line = dataLines.get(event);
  if (line === undefined) {
    line = `data: ${JSON.stringify(event)}\n\n`;
    dataLines.set(event, line);
  }
  return line;
}

/** An SSE comment line: ignored by every client, useful to push bytes through a proxy. */
export function encodeComment(text: string): string {
  return `: ${text.replace(/[\r\n]+/g, ' ')}\n\n`;
}
