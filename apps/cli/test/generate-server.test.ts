// `quizstream generate --server`: the real launcher in a child process against the real API started in this
// process. Upload, streaming through the shared client (resuming after a cut connection), the finished quiz
// on stdout, exit codes for bad files and unreachable servers, and Ctrl-C cancelling the job on the server.
import http from 'node:http';
import { JobInfo, Quiz, StreamEvent } from '@quizstream/core/schemas';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ApiServer, closedPort, startApiServer, startCutProxy } from './api-server.js';
import { type Fixtures, makeFixtures, writeLongPdf } from './fixtures.js';
import { killAll, lines, runBin, startBin } from './run-bin.js';

let fx: Fixtures;
let api: ApiServer;

beforeAll(async () => {
  [fx, api] = await Promise.all([makeFixtures(), startApiServer({ RETRY_MS: '100' })]);
});
afterAll(async () => {
  await Promise.all([fx?.remove(), api?.stop()]);
});
afterEach(killAll);

function events(stderr: string) {
  return lines(stderr).map((line) => StreamEvent.parse(JSON.parse(line)));
}

describe('quizstream generate --server', () => {
  it('streams the job from the server and writes the quiz the server stored', async () => {
    const result = await runBin(['generate', 'course.pdf', '--server', api.url, '--json'], { cwd: fx.dir });
    expect(result.code).toBe(0);
    const quiz = Quiz.parse(JSON.parse(result.stdout));
    const stored = Quiz.parse(await (await fetch(`${api.url}/api/quizzes/${quiz.id}`)).json());
    expect(quiz).toEqual(stored);
    const streamed = events(result.stderr);
    expect(streamed[0]).toMatchObject({ type: 'connection', jobId: quiz.jobId });
    expect(streamed.at(-1)).toMatchObject({ type: 'complete', quizId: quiz.id });
  });

  it('resumes after the connection is cut, losing and repeating no question', async () => {
    const proxy = await startCutProxy(api.url);
    try {
      await writeLongPdf(fx.dir, 20, 'twenty.pdf');
      const bin = startBin(['generate', 'twenty.pdf', '--server', proxy.url, '--json'], { cwd: fx.dir });
      await bin.stderrLine((line) => line.includes('"type":"question"'));
      proxy.cut();
      const result = await bin.result;
      expect(result.code).toBe(0);
      const quiz = Quiz.parse(JSON.parse(result.stdout));
      const streamed = events(result.stderr).flatMap((e) => (e.type === 'question' ? [e.question.id] : []));
      expect(streamed).toEqual(quiz.questions.map((q) => q.id));
      expect(events(result.stderr).filter((e) => e.type === 'connection').length).toBeGreaterThan(1);
    } finally {
      await proxy.close();
    }
  });

  it('exits 3 with a one-line reason for a file that is not a PDF, without uploading it', async () => {
    const result = await runBin(['generate', 'notes.pdf', '--server', api.url], { cwd: fx.dir });
    expect(result.code).toBe(3);
    expect(lines(result.stderr)).toEqual([expect.stringMatching(/^quizstream: notes\.pdf: This file is not a PDF/)]);
  });

  it('exits 4 with a one-line reason when the server cannot be reached', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const result = await runBin(['generate', 'course.pdf', '--server', url], { cwd: fx.dir });
    expect(result.code).toBe(4);
    expect(lines(result.stderr)).toEqual([`quizstream: course.pdf: Cannot reach the server at ${url} (ECONNREFUSED).`]);
  });

  it('sends --api-key as a bearer token and exits 4 when the server refuses it', async () => {
    const seen: (string | undefined)[] = [];
    const refusing = http.createServer((req, res) => {
      seen.push(req.headers.authorization);
      req.resume();
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'unauthorized', message: 'A valid API key is required.' } }));
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = refusing.address() as { port: number };
      const server = `http://127.0.0.1:${port}`;
      const result = await runBin(['generate', 'course.pdf', '--server', server, '--api-key', 's3cret'], {
        cwd: fx.dir,
      });
      expect(result.code).toBe(4);
      expect(lines(result.stderr)).toEqual(['quizstream: course.pdf: A valid API key is required.']);
      const fromEnv = await runBin(['generate', 'course.pdf', '--server', server], {
        cwd: fx.dir,
        env: { QUIZSTREAM_API_KEY: 'from-env' },
      });
      expect(fromEnv.code).toBe(4);
      expect(seen).toEqual(['Bearer s3cret', 'Bearer from-env']);
    } finally {
      await new Promise((resolve) => refusing.close(resolve));
    }
  });

  it('cancels the job on the server on Ctrl-C and exits 130', { timeout: 90_000 }, async () => {
    await writeLongPdf(fx.dir, 300, 'book.pdf');
    const bin = startBin(['generate', 'book.pdf', '--server', api.url, '--json'], { cwd: fx.dir });
    const connection = JSON.parse(await bin.stderrLine((line) => line.includes('"type":"connection"')));
    await bin.stderrLine((line) => line.includes('"stage":"generating"'));
    bin.child.kill('SIGINT');
    const result = await bin.result;
    expect(result.code).toBe(130);
    expect(result.stdout).toBe('');
    const job = JobInfo.parse(await (await fetch(`${api.url}/api/quiz/jobs/${connection.jobId}`)).json());
    expect(job.status).toBe('cancelled');
  });
});
