// @quizstream/client against the real server and against misbehaving loopback servers: it streams,
// resumes after cuts without losing or repeating events, and does not retry what cannot succeed.
import http from 'node:http';
import net from 'node:net';
import { type ConnectionState, followJob, generateQuiz, QuizStreamError } from '@quizstream/client';
import { encodeFrame, type StreamEvent } from '@quizstream/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCutProxy } from './cut-proxy.js';
import { coursePdf, slowGenerator, uploadOk } from './fixtures.js';
import { startTestServer, type TestServer } from './test-server.js';

const quiet = { debug() {}, warn() {} };

async function listen(server: http.Server | net.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
}

describe('the streaming client against the real server', () => {
  let server: TestServer;
  let doc: { id: string };
  beforeAll(async () => {
    server = await startTestServer({ RETRY_MS: '100', HEARTBEAT_MS: '200' }, { generator: slowGenerator(60) });
    doc = await uploadOk(server.url, await coursePdf(10));
  });
  afterAll(() => server.stop());

  it('streams a whole quiz, each event once, and reports its states', async () => {
    const events: [StreamEvent, number | undefined][] = [];
    const states: ConnectionState[] = [];
    const stream = generateQuiz(
      doc.id,
      { questionsPerPage: 1 },
      {
        baseUrl: server.url,
        logger: quiet,
        onEvent: (e, id) => events.push([e, id]),
        onState: (s) => states.push(s),
      },
    );
    const result = await stream.done;
    expect(result.status).toBe('complete');
    expect(await stream.jobId).toMatch(/^job_/);
    expect(events[0]?.[0].type).toBe('connection');
    expect(events.some(([e]) => e.type === 'heartbeat')).toBe(false);
    const ids = events.flatMap(([, id]) => (id === undefined ? [] : [id]));
    expect(ids).toEqual(ids.map((_, i) => i + 1));
    expect(states).toEqual(['connecting', 'connected', 'closed']);
    if (result.status === 'complete') {
      const quiz = await (await fetch(`${server.url}/api/quizzes/${result.quizId}`)).json();
      expect((quiz as { questions: unknown[] }).questions).toHaveLength(result.event.totalQuestions);
    }
  });

  it('resumes after the network cuts it, losing and repeating nothing', async () => {
    const proxy = await startCutProxy(server.url);
    try {
      const ids: number[] = [];
      const states: ConnectionState[] = [];
      let cuts = 0;
      const stream = generateQuiz(
        doc.id,
        { questionsPerPage: 2 },
        {
          baseUrl: proxy.url,
          logger: quiet,
          maxBackoffMs: 200,
          onState: (s) => states.push(s),
          onEvent: (_e, id) => {
            if (id === undefined) return;
            ids.push(id);
            if (id % 7 === 0 && cuts < 3) {
              cuts += 1;
              setImmediate(() => proxy.cutAll());
            }
          },
        },
      );
      const result = await stream.done;
      expect(result.status).toBe('complete');
      expect(cuts).toBe(3);
      expect(proxy.connections()).toBeGreaterThanOrEqual(4);
      expect(states.filter((s) => s === 'reconnecting').length).toBeGreaterThanOrEqual(3);
      expect(ids).toEqual(ids.map((_, i) => i + 1));
      const jobId = await stream.jobId;
      const job = (await (await fetch(`${server.url}/api/quiz/jobs/${jobId}`)).json()) as { lastEventId: number };
      expect(ids.at(-1)).toBe(job.lastEventId);
    } finally {
      await proxy.close();
    }
  });

  it('follows an existing job from a given event id', async () => {
    const first = generateQuiz(doc.id, { questionsPerPage: 1 }, { baseUrl: server.url, logger: quiet });
    await first.done;
    const jobId = await first.jobId;
    const ids: number[] = [];
    const again = followJob(jobId, {
      baseUrl: server.url,
      lastEventId: 5,
      logger: quiet,
      onEvent: (_e, id) => id !== undefined && ids.push(id),
    });
    expect((await again.done).status).toBe('complete');
    expect(ids[0]).toBe(6);
  });

  it('cancels the job on the server', async () => {
    const stream = generateQuiz(doc.id, { questionsPerPage: 1 }, { baseUrl: server.url, logger: quiet });
    const jobId = await stream.jobId;
    await stream.cancel();
    expect(await stream.done).toEqual({ status: 'cancelled' });
    const job = (await (await fetch(`${server.url}/api/quiz/jobs/${jobId}`)).json()) as { status: string };
    expect(job.status).toBe('cancelled');
  });

  it('gives up at once on a 4xx, with the server message', async () => {
    let requests = 0;
    const counting: typeof fetch = (input, init) => {
      requests += 1;
      return fetch(input, init);
    };
    const stream = generateQuiz('doc_unknown', {}, { baseUrl: server.url, fetch: counting, logger: quiet });
    const error = await stream.done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuizStreamError);
    expect(error).toMatchObject({ code: 'not_found', status: 404 });
    expect(requests).toBe(1);
    await expect(stream.jobId).rejects.toBeInstanceOf(QuizStreamError);
  });
});

describe('the streaming client against broken servers', () => {
  it('times out a connection that never answers, retries, then gives up', async () => {
    const sockets: net.Socket[] = [];
    // Requests received, not connections: a fetch implementation may open a spare connection it never uses
    // (Node 24's does), and only a request sent is an attempt.
    let requests = 0;
    const blackhole = net.createServer((s) => {
      sockets.push(s);
      s.once('data', () => {
        requests += 1;
      });
    });
    const url = await listen(blackhole);
    try {
      const started = Date.now();
      const stream = followJob('job_x', {
        baseUrl: url,
        connectTimeoutMs: 200,
        maxReconnects: 2,
        maxBackoffMs: 50,
        logger: quiet,
      });
      const error = await stream.done.catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'reconnect_failed' });
      expect(requests).toBe(3);
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      for (const s of sockets) s.destroy();
      blackhole.close();
    }
  });

  it('reconnects with Last-Event-ID when the heartbeat stops', async () => {
    const seen: (string | undefined)[] = [];
    const silent = http.createServer((req, res) => {
      seen.push(req.headers['last-event-id'] as string | undefined);
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(
        encodeFrame({ event: { type: 'connection', message: 'hi', jobId: 'job_x', resumeFrom: 0, timestamp: '' } }),
      );
      if (seen.length === 1) {
        res.write(encodeFrame({ id: 1, event: { type: 'warning', code: 'w', message: 'first' } }));
        return; // then silence: no heartbeat, no end
      }
      res.write(encodeFrame({ id: 1, event: { type: 'warning', code: 'w', message: 'repeated' } }));
      res.end(encodeFrame({ id: 2, event: { type: 'error', code: 'boom', message: 'done', retryable: false } }));
    });
    const url = await listen(silent);
    try {
      const messages: string[] = [];
      const stream = followJob('job_x', {
        baseUrl: url,
        heartbeatTimeoutMs: 300,
        maxBackoffMs: 50,
        logger: quiet,
        onEvent: (e) => e.type === 'warning' && messages.push(e.message),
      });
      expect(await stream.done).toMatchObject({ status: 'error', code: 'boom' });
      expect(seen).toEqual([undefined, '1']);
      expect(messages).toEqual(['first']);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });

  it('does not retry a response that is not an event stream', async () => {
    let requests = 0;
    const html = http.createServer((_req, res) => {
      requests += 1;
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>');
    });
    const url = await listen(html);
    try {
      const error = await followJob('job_x', { baseUrl: url, logger: quiet }).done.catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'not_event_stream' });
      expect(requests).toBe(1);
    } finally {
      html.close();
    }
  });

  it('retries a 503 after its Retry-After', async () => {
    let requests = 0;
    const flaky = http.createServer((_req, res) => {
      requests += 1;
      if (requests === 1) return res.writeHead(503, { 'retry-after': '0' }).end();
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(encodeFrame({ id: 1, event: { type: 'error', code: 'cancelled', message: 'x', retryable: false } }));
    });
    const url = await listen(flaky);
    try {
      expect(await followJob('job_x', { baseUrl: url, logger: quiet }).done).toEqual({ status: 'cancelled' });
      expect(requests).toBe(2);
    } finally {
      flaky.close();
    }
  });
});
