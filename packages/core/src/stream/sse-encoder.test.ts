import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { describe, expect, it } from 'vitest';
import { StreamEvent } from '../schemas/events.js';
import { encodeComment, encodeFrame } from './sse-encoder.js';

function parse(text: string) {
  const messages: EventSourceMessage[] = [];
  const retries: number[] = [];
  const comments: string[] = [];
  const parser = createParser({
    onEvent: (m) => messages.push(m),
    onRetry: (r) => retries.push(r),
    onComment: (c) => comments.push(c),
  });
  parser.feed(text);
  return { messages, retries, comments };
}

describe('encodeFrame', () => {
  it('encodes one durable event the same for every stream it goes to, whatever its id line', () => {
    const event = { type: 'warning', code: 'no_text', message: 'Page 3 has no text', page: 3 } as const;
    const first = encodeFrame({ id: 7, event });
    expect(encodeFrame({ id: 7, event })).toBe(first);
    expect(encodeFrame({ id: 8, retry: 10, event })).toBe(`retry: 10\nid: 8\n${first.slice('id: 7\n'.length)}`);
    expect(encodeFrame({ event })).toBe(first.slice('id: 7\n'.length));
  });

  it('writes id, retry and one data line that a standard SSE parser reads back', () => {
    const frame = encodeFrame({
      id: 7,
      retry: 2500,
      event: { type: 'warning', code: 'no_text', message: 'Page 3 has no text', page: 3 },
    });
    expect(frame).toBe(
      'retry: 2500\nid: 7\ndata: {"type":"warning","code":"no_text","message":"Page 3 has no text","page":3}\n\n',
    );
    const { messages, retries } = parse(frame);
    expect(retries).toEqual([2500]);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.id).toBe('7');
    expect(StreamEvent.parse(JSON.parse(messages[0]!.data))).toMatchObject({ type: 'warning', page: 3 });
  });

  it('keeps newlines, carriage returns and "data:" inside values from breaking the framing', () => {
    const message = 'line one\nline two\r\ndata: {"type":"complete"}\n\nid: 99';
    const frame = encodeFrame({ event: { type: 'error', code: 'x', message, retryable: false } });
    expect(frame.split('\n\n')).toHaveLength(2);
    const { messages } = parse(frame + frame);
    expect(messages).toHaveLength(2);
    expect(messages[0]?.id).toBeUndefined();
    expect(JSON.parse(messages[0]!.data).message).toBe(message);
  });

  it('keeps non-Latin text intact', () => {
    const event = { type: 'heartbeat', timestamp: '光合作用 — Фотосинтез — Φωτοσύνθεση' } as const;
    const { messages } = parse(encodeFrame({ event }));
    expect(JSON.parse(messages[0]!.data)).toEqual(event);
  });

  it('omits id and retry when not given', () => {
    expect(encodeFrame({ event: { type: 'heartbeat', timestamp: 't' } })).toBe(
      'data: {"type":"heartbeat","timestamp":"t"}\n\n',
    );
  });
});

describe('encodeComment', () => {
  it('writes a comment line that parsers ignore as an event, even with newlines in it', () => {
    const { messages, comments } = parse(encodeComment('keep\nalive'));
    expect(messages).toHaveLength(0);
    expect(comments).toEqual(['keep alive']);
  });
});
