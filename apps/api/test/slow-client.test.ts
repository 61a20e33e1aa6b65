// A client that sends its request and then never reads: the server must not buffer for it without bound. It waits
// for the socket to drain before writing more, holds far less than SSE_MAX_QUEUE_BYTES for it, and cuts it after
// SLOW_CONSUMER_TIMEOUT_MS stuck; the job goes on, and resuming gets everything. The same holds for a gzipped
// stream, whose compressor's buffers count too. (The cut past SSE_MAX_QUEUE_BYTES, for a writer that does not
// wait, is proven in src/stream/sse-connection.test.ts.)
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import zlib from 'node:zlib';
import type { GenerateOptions, PageText, QuestionGenerator } from '@quizstream/core';
import { createParser } from 'eventsource-parser';
import { describe, expect, it } from 'vitest';
import { coursePdf, uploadOk } from './fixtures.js';
import { type ReceivedFrame, readFrames } from './sse.js';
import { startTestServer, type TestServer } from './test-server.js';

const QUESTIONS_PER_PAGE = 15;
const EXPLANATION_BYTES = 64 * 1024;

/**
 * A generator that writes big questions fast: 15 per page with 64 KiB of incompressible explanation each, about
 * 8 MiB over 8 pages, twice what loopback's socket buffers take before the writer has to wait.
 */
function bulkyGenerator(): QuestionGenerator {
  return {
    name: 'bulky',
    async *generate(pages: AsyncIterable<PageText>, _options: GenerateOptions) {
      for await (const page of pages) {
        const quote = page.text.split(/\s+/).slice(0, 6).join(' ');
        for (let i = 0; i < QUESTIONS_PER_PAGE; i++) {
          yield {
            kind: 'question' as const,
            question: {
              type: 'short_answer' as const,
              prompt: `Question ${page.page}.${i}: what does the passage say about topic ${page.page * 100 + i}?`,
              choices: [],
              answer: [`answer-${page.page}-${i}`],
              explanation: randomBytes((EXPLANATION_BYTES * 3) / 4).toString('base64'),
              difficulty: 'medium' as const,
              source: { page: page.page, quote },
            },
          };
        }
        yield { kind: 'page-done' as const, page: page.page };
      }
    },
  };
}

/** A raw HTTP/1.1 client that sends the request and does not read a byte until told to. */
function stalledClient(url: string, path: string, headers: Record<string, string>) {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  socket.pause();
  const lines = [`POST ${path} HTTP/1.1`, `Host: ${hostname}:${port}`, 'Content-Type: application/json'];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  const body = '{"questionsPerPage":10}';
  socket.write(`${lines.join('\r\n')}\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
  return {
    /** Starts reading at last: everything the kernel kept for it, until the server's close. */
    async readAll(): Promise<Buffer> {
      const chunks: Buffer[] = [];
      socket.resume();
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      await new Promise((resolve) => socket.once('close', resolve));
      return Buffer.concat(chunks);
    },
  };
}

/** The job and the ids of the complete events in a raw (chunked, maybe gzipped) response cut at any point. */
function received(raw: Buffer): { jobId: string; ids: number[] } {
  const headEnd = raw.indexOf('\r\n\r\n');
  const head = raw.subarray(0, headEnd).toString('latin1');
  let body = dechunk(raw.subarray(headEnd + 4));
  if (/content-encoding: gzip/i.test(head)) {
    body = zlib.gunzipSync(body, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  }
  const ids: number[] = [];
  const parser = createParser({ onEvent: (m) => m.id && ids.push(Number(m.id)) });
  parser.feed(body.toString('utf8'));
  return { jobId: /x-job-id: (\S+)/i.exec(head)?.[1] ?? '', ids };
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = Number.parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
    if (!(size > 0)) break;
    parts.push(body.subarray(lineEnd + 2, Math.min(lineEnd + 2 + size, body.length)));
    at = lineEnd + 2 + size + 2;
    if (at > body.length) break;
  }
  return Buffer.concat(parts);
}

/** Follows the job from `lastId` as a client does: reconnecting with Last-Event-ID whenever it is cut. */
async function resumeUntilComplete(url: string, jobId: string, lastId: number): Promise<ReceivedFrame[]> {
  const frames: ReceivedFrame[] = [];
  let last = lastId;
  for (let attempt = 0; attempt < 100; attempt++) {
    const response = await fetch(`${url}/api/quiz/jobs/${jobId}/stream`, {
      headers: { 'last-event-id': String(last) },
    });
    try {
      for await (const frame of readFrames(response)) {
        frames.push(frame);
        if (frame.id !== undefined) last = frame.id;
        if (frame.event.type === 'complete') return frames;
      }
    } catch {
      // Cut (the same limits apply to this client): come back from the last event received.
    }
  }
  throw new Error('the job did not complete');
}

async function slowConsumerCount(server: TestServer): Promise<number> {
  const { values } = await server.ctx.metrics.disconnects.get();
  return values.find((v) => v.labels.reason === 'slow-consumer')?.value ?? 0;
}

async function stallAndResume(env: Record<string, string>, acceptEncoding: string) {
  const server = await startTestServer({ HEARTBEAT_MS: '100', ...env }, { generator: bulkyGenerator() });
  try {
    const doc = await uploadOk(server.url, await coursePdf(8));
    const limit = server.config.SSE_MAX_QUEUE_BYTES;
    const client = stalledClient(server.url, `/api/quiz/generate-stream/${doc.id}`, {
      'Accept-Encoding': acceptEncoding,
    });
    // Watch what the server holds for the stalled client until it lets go of it.
    let maxQueued = 0;
    let seen = false;
    const started = performance.now();
    while (performance.now() - started < 30_000) {
      const connections = [...server.ctx.streams.connections()];
      if (connections.length > 0) seen = true;
      for (const conn of connections) maxQueued = Math.max(maxQueued, conn.queuedBytes);
      if (seen && connections.length === 0) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const cutAfterMs = performance.now() - started;
    expect(seen).toBe(true);
    expect(await slowConsumerCount(server)).toBeGreaterThanOrEqual(1);

    const got = received(await client.readAll());
    expect(got.ids.length).toBeGreaterThan(0);
    const lastSeen = got.ids.at(-1)!;
    // The job went on without its client; resuming from the last event it got brings the rest, once each.
    const rest = await resumeUntilComplete(server.url, got.jobId, lastSeen);
    const ids = [...got.ids, ...rest.flatMap((f) => (f.id === undefined ? [] : [f.id]))];
    expect(ids).toEqual(ids.map((_, i) => i + 1));
    expect(rest.at(-1)?.event.type).toBe('complete');
    const questions = rest.filter((f) => f.event.type === 'question').length;
    expect(questions).toBeGreaterThan(0);
    return { maxQueued, limit, cutAfterMs };
  } finally {
    await server.stop();
  }
}

describe('a client that stops reading', () => {
  it('is cut after SLOW_CONSUMER_TIMEOUT_MS stuck, with never more than SSE_MAX_QUEUE_BYTES held for it', async () => {
    const { maxQueued, limit } = await stallAndResume({ SLOW_CONSUMER_TIMEOUT_MS: '700' }, 'identity');
    expect(limit).toBe(1_048_576);
    // The writer waits for the socket: what is held stays near one frame, far below the limit.
    expect(maxQueued).toBeLessThanOrEqual(limit);
    expect(maxQueued).toBeLessThan(4 * EXPLANATION_BYTES);
  });

  it('holds the same bounds on a gzipped stream, counting the compressor buffers', async () => {
    const { maxQueued, limit } = await stallAndResume(
      { SSE_COMPRESSION: 'true', SLOW_CONSUMER_TIMEOUT_MS: '700' },
      'gzip',
    );
    expect(maxQueued).toBeLessThanOrEqual(limit);
    expect(maxQueued).toBeLessThan(4 * EXPLANATION_BYTES);
  });
});
