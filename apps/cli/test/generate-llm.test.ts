// Choosing the generator for local runs: the LLM configured in the environment (here a fake OpenAI-compatible
// server on loopback), `auto`, and the usage error when an LLM is asked for but none is configured.
import { Quiz } from '@quizstream/core/schemas';
import { type FakeOpenAi, quizResponder, startFakeOpenAi } from '@quizstream/core/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Fixtures, makeFixtures } from './fixtures.js';
import { killAll, lines, runBin } from './run-bin.js';

let fx: Fixtures;
let llm: FakeOpenAi;

beforeAll(async () => {
  [fx, llm] = await Promise.all([makeFixtures(), startFakeOpenAi()]);
});
afterAll(async () => {
  await Promise.all([fx?.remove(), llm?.close()]);
});
afterEach(killAll);

describe('quizstream generate --generator', () => {
  it('uses the LLM from the environment with --generator llm', async () => {
    const env = { QUIZ_LLM_PROVIDER: 'openai', OPENAI_BASE_URL: llm.url, QUIZ_LLM_MODEL: 'fake-model' };
    const result = await runBin(['generate', 'course.pdf', '--generator', 'llm'], { cwd: fx.dir, env });
    expect(result.code).toBe(0);
    const quiz = Quiz.parse(JSON.parse(result.stdout));
    expect(quiz.stats.generator).toBe('llm:openai/fake-model');
    expect(quiz.questions.length).toBeGreaterThan(0);
    expect(llm.requests.length).toBeGreaterThan(0);
  });

  it('exits 1 with the provider refusal when the LLM fails', async () => {
    llm.setScript([], () => ({ status: 401, error: { message: 'Incorrect API key provided.' } }));
    try {
      const env = { QUIZ_LLM_PROVIDER: 'openai', OPENAI_BASE_URL: llm.url, OPENAI_API_KEY: 'wrong' };
      const result = await runBin(['generate', 'course.pdf', '--generator', 'llm', '--json'], { cwd: fx.dir, env });
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      const last = JSON.parse(lines(result.stderr).at(-1)!);
      expect(last).toMatchObject({ type: 'error', code: 'llm_auth_failed', file: 'course.pdf' });
    } finally {
      llm.setScript([], quizResponder());
    }
  });

  it('falls back to the offline generator with auto when no LLM is configured', async () => {
    const result = await runBin(['generate', 'course.pdf', '--generator', 'auto'], { cwd: fx.dir });
    expect(result.code).toBe(0);
    expect(Quiz.parse(JSON.parse(result.stdout)).stats.generator).toBe('offline');
  });

  it('is a usage error to ask for an LLM that is not configured, or configured badly', async () => {
    const none = await runBin(['generate', 'course.pdf', '--generator', 'llm'], { cwd: fx.dir });
    expect(none.code).toBe(2);
    expect(lines(none.stderr)).toEqual([
      expect.stringMatching(/^quizstream: --generator llm needs an LLM configuration/),
    ]);
    const bad = await runBin(['generate', 'course.pdf'], {
      cwd: fx.dir,
      env: { QUIZ_GENERATOR: 'llm', QUIZ_LLM_PROVIDER: 'anthropic' },
    });
    expect(bad.code).toBe(2);
    expect(lines(bad.stderr)).toEqual([expect.stringMatching(/ANTHROPIC_API_KEY/)]);
  });
});
