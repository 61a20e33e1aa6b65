// The API with the LLM generator against a fake OpenAI-compatible provider on loopback that streams its
// completion token by token: questions reach the browser before the model has finished, provider refusals
// become clear error events, and cancelling closes the connection to the provider.
import type { Quiz } from '@quizstream/core';
import { type FakeOpenAi, keyPlantingResponder, quizResponder, startFakeOpenAi } from '@quizstream/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coursePdf, startStream, uploadOk } from './fixtures.js';
import { collectFrames, readFrames } from './sse.js';
import { startTestServer, type TestServer } from './test-server.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('generation with an LLM provider', () => {
  let fake: FakeOpenAi;
  let server: TestServer;
  let doc: { id: string };

  beforeAll(async () => {
    fake = await startFakeOpenAi({ tokenDelayMs: 4, promptCaching: true });
    server = await startTestServer({
      QUIZ_GENERATOR: 'auto',
      QUIZ_LLM_PROVIDER: 'openai',
      QUIZ_LLM_MODEL: 'fake-model',
      OPENAI_BASE_URL: fake.url,
      OPENAI_API_KEY: 'sk-test',
      LLM_CONCURRENCY: '1',
      LLM_MAX_RETRIES: '0',
      LLM_PRICE_INPUT_PER_MTOK: '0.15',
      LLM_PRICE_OUTPUT_PER_MTOK: '0.6',
      LLM_PRICE_CACHED_INPUT_PER_MTOK: '0.075',
    });
    doc = await uploadOk(server.url, await coursePdf(3));
  });
  afterAll(async () => {
    await server.stop();
    await fake.close();
  });

  it('offers both generators and uses the LLM by default', async () => {
    const config = (await (await fetch(`${server.url}/api/config`)).json()) as Record<string, unknown>;
    expect(config.defaultGenerator).toBe('llm');
    expect(config.generators).toEqual([
      { id: 'offline', name: 'offline' },
      { id: 'llm', name: 'llm:openai/fake-model' },
    ]);
  });

  it('streams the first question before the provider has finished its completion, and reports token usage', async () => {
    fake.setScript([]);
    const before = fake.requests.length;
    const response = await startStream(server.url, doc.id, { questionsPerPage: 3 });
    let providerAtFirstQuestion: { finished: boolean; sent: number; total: number } | undefined;
    const frames = [];
    for await (const frame of readFrames(response)) {
      frames.push(frame);
      if (frame.event.type === 'question' && !providerAtFirstQuestion) {
        const call = fake.requests[before]!;
        providerAtFirstQuestion = { finished: call.finished, sent: call.tokensSent, total: call.tokensTotal };
      }
    }
    expect(providerAtFirstQuestion?.finished).toBe(false);
    expect(providerAtFirstQuestion!.sent).toBeLessThan(providerAtFirstQuestion!.total);
    const complete = frames.at(-1)!.event;
    expect(complete.type).toBe('complete');
    if (complete.type !== 'complete') return;
    expect(complete.stats.generator).toBe('llm:openai/fake-model');
    expect(complete.stats.usage?.outputTokens).toBeGreaterThan(0);
    // The input read from the provider's cache (the instructions, from the second call on), and what the quiz
    // cost at the configured prices.
    const { inputTokens, outputTokens, cachedInputTokens, costUsd } = complete.stats.usage!;
    expect(cachedInputTokens).toBeGreaterThanOrEqual(1_024);
    expect(cachedInputTokens).toBeLessThan(inputTokens);
    expect(costUsd).toBeCloseTo(
      ((inputTokens - cachedInputTokens!) * 0.15 + cachedInputTokens! * 0.075 + outputTokens * 0.6) / 1_000_000,
      12,
    );
    const quiz = (await (await fetch(`${server.url}/api/quizzes/${complete.quizId}`)).json()) as Quiz;
    expect(quiz.questions.length).toBe(complete.totalQuestions);
    expect(quiz.questions.length).toBeGreaterThan(0);
  });

  it('lets no wrong answer key reach the client: a key the quote does not state, a "False" the page says', async () => {
    fake.setScript([], keyPlantingResponder());
    try {
      const frames = await collectFrames(await startStream(server.url, doc.id, { questionsPerPage: 4 }));
      const questions = frames.flatMap(({ event }) => (event.type === 'question' ? [event.question] : []));
      expect(questions.length).toBeGreaterThan(0);
      expect(questions.filter((q) => q.explanation.includes('(planted)'))).toEqual([]);
      const warnings = frames.flatMap(({ event }) => (event.type === 'warning' ? [event.code] : []));
      expect(warnings).toContain('llm_dropped_unsupported');
      const complete = frames.at(-1)!.event;
      expect(complete.type).toBe('complete');
      if (complete.type !== 'complete') return;
      // Counted by reason in the quiz's stats, as many as the warning says.
      const warned = frames.flatMap(({ event }) =>
        event.type === 'warning' && event.code === 'llm_dropped_unsupported' ? [event.message] : [],
      );
      expect(complete.stats.dropped.unsupported).toBe(Number(/^(\d+) question/.exec(warned[0]!)?.[1]));
      expect(complete.stats.dropped.unsupported).toBeGreaterThan(0);
      const quiz = (await (await fetch(`${server.url}/api/quizzes/${complete.quizId}`)).json()) as Quiz;
      expect(quiz.questions.filter((q) => q.explanation.includes('(planted)'))).toEqual([]);
    } finally {
      fake.setScript([], quizResponder({ tokenDelayMs: 4 }));
    }
  });

  it('uses the offline generator when a job asks for it', async () => {
    const frames = await collectFrames(await startStream(server.url, doc.id, { generator: 'offline' }));
    expect(frames.at(-1)?.event).toMatchObject({ type: 'complete', stats: { generator: 'offline' } });
  });

  it('ends the job with a clear, non-retryable error when the provider refuses the key', async () => {
    fake.setScript([{ status: 401, error: { message: 'Incorrect API key provided', code: 'invalid_api_key' } }]);
    const frames = await collectFrames(await startStream(server.url, doc.id, {}));
    const last = frames.at(-1)?.event;
    expect(last).toMatchObject({ type: 'error', code: 'llm_auth_failed', retryable: false });
    expect(JSON.stringify(last)).not.toContain('sk-test');
    fake.setScript([]);
  });

  it('closes the connection to the provider when the job is cancelled', async () => {
    // The model writes a few tokens, then keeps the response open, as a slow model does.
    fake.setScript([], (request) => ({ ...quizResponder()(request), hangAfterTokens: 5 }));
    const before = fake.requests.length;
    const response = await startStream(server.url, doc.id, {});
    const jobId = response.headers.get('x-job-id')!;
    const frames = collectFrames(response);
    for (let i = 0; i < 100 && fake.requests.length === before; i++) await sleep(20);
    const call = fake.requests[before]!;
    expect(call.closedEarly).toBe(false);
    await fetch(`${server.url}/api/quiz/jobs/${jobId}`, { method: 'DELETE' });
    expect((await frames).at(-1)?.event).toMatchObject({ type: 'error', code: 'cancelled' });
    for (let i = 0; i < 100 && !call.closedEarly; i++) await sleep(20);
    expect(call.closedEarly).toBe(true);
    fake.setScript([], quizResponder());
  });
});

describe('a server without an LLM provider', () => {
  it('refuses a job that asks for the LLM generator, naming what is available', async () => {
    const server = await startTestServer();
    try {
      const doc = await uploadOk(server.url, await coursePdf(1));
      const response = await startStream(server.url, doc.id, { generator: 'llm' });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('generator_unavailable');
      expect(body.error.message).toContain('offline');
    } finally {
      await server.stop();
    }
  });
});
