// Encodes one Server-Sent Events frame. Pure, so the server, benchmarks and tests share it.
import type { StreamEvent } from '../schemas/events.js';

export interface Frame {
  event: StreamEvent;
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
  out += `data: ${JSON.stringify(event)}\n\n`;
  return out;
}

/** An SSE comment line: ignored by every client, useful to push bytes through a proxy. */
export function encodeComment(text: string): string {
  return `: ${text.replace(/[\r\n]+/g, ' ')}\n\n`;
}
