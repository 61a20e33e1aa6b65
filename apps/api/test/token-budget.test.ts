// LLM_DAILY_TOKEN_BUDGET: each teacher's LLM tokens of the day are counted, and once they reach the budget a
// new LLM job is refused with 429 token_budget_exhausted (Retry-After: until midnight UTC), while the offline
// generator and other teachers go on.
import { type FakeOpenAi, startFakeOpenAi } from '@quizstream/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, makeQuiz, type SignInSetup, startSignInServer } from './sign-in-server.js';
import { collectFrames } from './sse.js';

describe('daily LLM token budget per teacher', () => {
  let fake: FakeOpenAi;
  let setup: SignInSetup;
  let alice: Client;
  let bob: Client;

  beforeAll(async () => {
    fake = await startFakeOpenAi();
    setup = await startSignInServer({
      QUIZ_GENERATOR: 'auto',
      QUIZ_LLM_PROVIDER: 'openai',
      QUIZ_LLM_MODEL: 'fake-model',
      OPENAI_BASE_URL: fake.url,
      OPENAI_API_KEY: 'sk-test',
      LLM_MAX_RETRIES: '0',
      LLM_DAILY_TOKEN_BUDGET: '100',
    });
    alice = await setup.teacher('alice');
    bob = await setup.teacher('bob');
  });
  afterAll(async () => {
    await setup?.stop();
    await fake?.close();
  });

  const generate = (client: Client, doc: string, generator: 'llm' | 'offline') =>
    client.fetch(`/api/quiz/generate-stream/${doc}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ questionsPerPage: 1, generator }),
    });

  it('refuses a new LLM job once the day is spent, and nothing else', async () => {
    const first = await makeQuiz(alice, 2);
    const quiz = (await (await alice.fetch(`/api/quizzes/${first.quiz}`)).json()) as {
      questions: { id: string }[];
      stats: { usage?: { inputTokens: number; outputTokens: number } };
    };
    const used = quiz.stats.usage!.inputTokens + quiz.stats.usage!.outputTokens;
    expect(used).toBeGreaterThan(100);

    const refused = await generate(alice, first.doc, 'llm');
    expect(refused.status).toBe(429);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('token_budget_exhausted');
    expect(body.error.message).toMatch(/offline generator still works/);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(86_400);

    // Regenerating one question of the LLM quiz would spend tokens too.
    const regenerate = await alice.fetch(`/api/quizzes/${first.quiz}/questions/${quiz.questions[0]!.id}/regenerate`, {
      method: 'POST',
    });
    expect(regenerate.status).toBe(429);
    expect(((await regenerate.json()) as { error: { code: string } }).error.code).toBe('token_budget_exhausted');

    const offline = await generate(alice, first.doc, 'offline');
    expect(offline.status).toBe(200);
    expect((await collectFrames(offline)).at(-1)?.event.type).toBe('complete');

    const bobs = await makeQuiz(bob, 1);
    expect(bobs.quiz).toMatch(/^quiz_/);
  });
});
