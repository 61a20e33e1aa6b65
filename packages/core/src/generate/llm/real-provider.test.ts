// Runs the LLM generator against the real providers whose credentials are in the environment, and is skipped
// (saying why) for the others. Costs a few thousand tokens per provider. Opt in by exporting a key, e.g.
//   OPENAI_API_KEY=sk-... npx vitest run --project unit packages/core/src/generate/llm/real-provider.test.ts
import { describe, expect, it } from 'vitest';
import { GenerateOptions } from '../../schemas/options.js';
import { Question } from '../../schemas/question.js';
import type { GenerationEvent } from '../generator.js';
import { isGrounded } from '../grounding.js';
import { createLlmGenerator } from './llm-generator.js';
import { coursePages, pagesOf } from './llm-harness.fixture.js';
import { type LlmProvider, llmSettingsFromEnv } from './llm-settings.js';

const env = process.env;

/** The variables that select each provider; the test for a provider runs only when they are all set. */
const PROVIDERS: { provider: LlmProvider; needs: string[]; vars: string[] }[] = [
  { provider: 'google', needs: ['GOOGLE_GENERATIVE_AI_API_KEY'], vars: ['GOOGLE_GENERATIVE_AI_API_KEY'] },
  { provider: 'vertex', needs: ['GOOGLE_VERTEX_PROJECT'], vars: ['GOOGLE_VERTEX_PROJECT', 'GOOGLE_VERTEX_LOCATION'] },
  { provider: 'openai', needs: ['OPENAI_API_KEY'], vars: ['OPENAI_API_KEY', 'OPENAI_BASE_URL'] },
  { provider: 'anthropic', needs: ['ANTHROPIC_API_KEY'], vars: ['ANTHROPIC_API_KEY'] },
  { provider: 'ollama', needs: ['OLLAMA_BASE_URL'], vars: ['OLLAMA_BASE_URL'] },
];

describe('LLM generator against real providers', () => {
  for (const { provider, needs, vars } of PROVIDERS) {
    const missing = needs.filter((name) => !env[name]);
    if (missing.length > 0) {
      console.info(`real-provider test for ${provider} skipped: ${missing.join(', ')} not set`);
    }
    it.skipIf(missing.length > 0)(
      `${provider}: streams valid, grounded questions with usage`,
      async () => {
        const only: Record<string, string | undefined> = { QUIZ_LLM_PROVIDER: provider };
        for (const name of vars) only[name] = env[name];
        // A model for this provider only, e.g. REAL_TEST_OPENAI_MODEL=gpt-4.1-mini.
        only.QUIZ_LLM_MODEL = env[`REAL_TEST_${provider.toUpperCase()}_MODEL`];
        const settings = llmSettingsFromEnv(only)!;
        const generator = createLlmGenerator({ ...settings, maxTokensPerJob: 50_000 });
        const pages = coursePages(2);
        const started = Date.now();
        const events: GenerationEvent[] = [];
        let firstQuestionMs: number | undefined;
        for await (const event of generator.generate(pagesOf(pages), GenerateOptions.parse({ questionsPerPage: 2 }), {
          signal: AbortSignal.timeout(110_000),
        })) {
          if (event.kind === 'question') firstQuestionMs ??= Date.now() - started;
          events.push(event);
        }
        const questions = events.flatMap((e) => (e.kind === 'question' ? [e.question] : []));
        const usage = events.flatMap((e) => (e.kind === 'usage' ? [e] : []));
        console.info(
          `${generator.name}: ${questions.length} questions, first after ${firstQuestionMs} ms, total ` +
            `${Date.now() - started} ms, tokens in/out ${usage.reduce((a, u) => a + u.inputTokens, 0)}/` +
            `${usage.reduce((a, u) => a + u.outputTokens, 0)}, warnings: ${events
              .filter((e) => e.kind === 'warning')
              .map((e) => (e as { code: string }).code)
              .join(', ')}`,
        );
        expect(questions.length).toBeGreaterThan(0);
        for (const q of questions) {
          expect(Question.safeParse({ id: 'q', ...q }).success).toBe(true);
          expect(isGrounded(q.source.quote, pages[q.source.page - 1]!.text)).toBe(true);
        }
        expect(usage.length).toBeGreaterThan(0);
        expect(events.filter((e) => e.kind === 'page-done')).toHaveLength(2);
      },
      120_000,
    );
  }
});
