// The read loop every stream shares: the response's text fed to an eventsource-parser chunk by chunk, each
// chunk also feeding the heartbeat watchdog, until the response ends or `stop()` says the caller has what it
// needs; the body is let go of either way.
import type { EventSourceParser } from 'eventsource-parser';

export async function readEvents(
  body: ReadableStream<BufferSource>,
  parser: EventSourceParser,
  onChunk: () => void,
  stop: () => boolean,
): Promise<void> {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      onChunk();
      parser.feed(value);
      if (stop()) break;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}
