// Reads an SSE response frame by frame for assertions: raw id, parsed event, and when it arrived.
import type { StreamEvent } from '@quizstream/core';
import { createParser } from 'eventsource-parser';

export interface ReceivedFrame {
  id: number | undefined;
  event: StreamEvent;
  at: number;
}

/** Yields frames as they arrive; ends when the response ends. `retry` values are collected in `retries`. */
export async function* readFrames(response: Response, retries: number[] = []): AsyncGenerator<ReceivedFrame> {
  if (!response.body) throw new Error('no body');
  const queue: ReceivedFrame[] = [];
  const parser = createParser({
    onRetry: (ms) => retries.push(ms),
    onEvent: (m) =>
      queue.push({ id: m.id ? Number(m.id) : undefined, event: JSON.parse(m.data) as StreamEvent, at: Date.now() }),
  });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      parser.feed(value);
      while (queue.length) yield queue.shift()!;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

/** Reads the whole stream into an array. */
export async function collectFrames(response: Response, retries?: number[]): Promise<ReceivedFrame[]> {
  const frames: ReceivedFrame[] = [];
  for await (const frame of readFrames(response, retries)) frames.push(frame);
  return frames;
}
