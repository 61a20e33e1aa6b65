// What an operator sees: Prometheus metrics that move with real streams and jobs, and JSON log lines with
// a severity and the request or job they concern, never the PDF's text or a secret.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { coursePdf, slowGenerator, startStream, uploadOk } from './fixtures.js';
import { collectFrames } from './sse.js';
import { startTestServer, type TestServer } from './test-server.js';

/** The value of one sample in a Prometheus text exposition, or 0 when absent. */
function sample(text: string, name: string, labels = ''): number {
  const line = text
    .split('\n')
    .find((l) => l.startsWith(`${name}${labels} `) || (labels === '' && l.startsWith(`${name} `)));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('metrics and logs', () => {
  let server: TestServer;
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });

  beforeAll(async () => {
    server = await startTestServer(
      { HEARTBEAT_MS: '100', METRICS_TOKEN: 'metrics-token-0123456789' },
      { generator: slowGenerator(120), logger: createLogger('info', 'json', sink) },
    );
  });
  afterAll(() => server.stop());

  const metrics = async () =>
    (await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer metrics-token-0123456789' } })).text();

  it('keeps /metrics behind its token', async () => {
    const anonymous = await fetch(`${server.url}/metrics`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect(await metrics()).toContain('quizstream_process_cpu_seconds_total');
  });

  it("tells the PDF workers' memory: what they may take, what they hold now, and readings waiting", async () => {
    const text = await metrics();
    const value = (name: string) => Number(new RegExp(`^${name} (\\d+)`, 'mu').exec(text)?.[1]);
    expect(value('quizstream_pdf_memory_capacity_bytes')).toBe(server.ctx.pdf.memory.capacityMb * 2 ** 20);
    expect(value('quizstream_pdf_memory_reserved_bytes')).toBe(0);
    expect(value('quizstream_pdf_readers_waiting')).toBe(0);
    // A document open holds its worker's share until it is closed.
    const held = await server.ctx.pdf.memory.reserve(100);
    expect(Number(/^quizstream_pdf_memory_reserved_bytes (\d+)/mu.exec(await metrics())?.[1])).toBe(100 * 2 ** 20);
    held.release();
  });

  it('counts streams, events, heartbeats, pages, jobs and the time to the first question', async () => {
    const before = await metrics();
    const doc = await uploadOk(server.url, await coursePdf(5));
    const response = await startStream(
      server.url,
      doc.id,
      { questionsPerPage: 2 },
      {
        headers: { authorization: 'Bearer secret-api-key-do-not-log' },
      },
    );
    const jobId = response.headers.get('x-job-id')!;
    const frames = await collectFrames(response);
    const questions = frames.filter((f) => f.event.type === 'question').length;
    const beats = frames.filter((f) => f.event.type === 'heartbeat').length;
    const resumed = await collectFrames(
      await fetch(`${server.url}/api/quiz/jobs/${jobId}/stream`, { headers: { 'last-event-id': '3' } }),
    );
    const resumedQuestions = resumed.filter((f) => f.event.type === 'question').length;
    await new Promise((r) => setTimeout(r, 50));
    const after = await metrics();
    const delta = (name: string, labels = '') => sample(after, name, labels) - sample(before, name, labels);

    expect(delta('quizstream_streams_opened_total', '{kind="new"}')).toBe(1);
    expect(delta('quizstream_streams_opened_total', '{kind="resume"}')).toBe(1);
    expect(sample(after, 'quizstream_open_streams')).toBe(0);
    expect(delta('quizstream_events_sent_total', '{type="question"}')).toBe(questions + resumedQuestions);
    expect(delta('quizstream_events_sent_total', '{type="complete"}')).toBe(2);
    expect(beats).toBeGreaterThan(0);
    expect(delta('quizstream_heartbeats_total')).toBeGreaterThanOrEqual(beats);
    expect(delta('quizstream_pages_processed_total')).toBe(5);
    expect(delta('quizstream_jobs_total', '{outcome="completed"}')).toBe(1);
    expect(delta('quizstream_time_to_first_question_seconds_count', '{generator="offline-slow"}')).toBe(1);
    expect(delta('quizstream_stream_disconnects_total', '{reason="done"}')).toBe(2);
    expect(sample(after, 'quizstream_running_jobs')).toBe(0);
    expect(sample(after, 'quizstream_extraction_pages_per_second')).toBeGreaterThan(0);

    // Logs: JSON with severity and message; request lines carry the request id, job lines the job id.
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      expect(['DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL']).toContain(line.severity);
      expect(typeof line.message).toBe('string');
    }
    const jobLines = lines.filter((l) => l.message === 'job started' || l.message === 'job finished');
    expect(jobLines.map((l) => l.jobId)).toEqual([jobId, jobId]);
    expect(lines.filter((l) => l.message === 'request completed').every((l) => typeof l.reqId === 'string')).toBe(true);
    const all = JSON.stringify(lines);
    expect(all).not.toContain('secret-api-key-do-not-log');
    const quote = frames.find((f) => f.event.type === 'question');
    if (quote?.event.type === 'question') expect(all).not.toContain(quote.event.question.source.quote);
  });
});
