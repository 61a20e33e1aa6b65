// Which question generator a local run uses: the embedded offline one, the LLM configured in the
// environment, or `auto` (the LLM when one is configured, else offline). Offline is the default so that a
// stray OPENAI_API_KEY in someone's shell never sends their documents to a paid service unasked.
import type { QuestionGenerator } from '@quizstream/core';
import type { Env } from '../cli-context.js';
import { usageError } from '../cli-error.js';

export const GENERATOR_CHOICES = ['offline', 'llm', 'auto'] as const;
export type GeneratorChoice = (typeof GENERATOR_CHOICES)[number];

export async function chooseGenerator(choice: GeneratorChoice, env: Env): Promise<QuestionGenerator> {
  const core = await import('@quizstream/core');
  if (choice === 'offline') return core.createOfflineGenerator();
  let settings: ReturnType<typeof core.llmSettingsFromEnv>;
  try {
    settings = core.llmSettingsFromEnv(env);
  } catch (error) {
    if (error instanceof core.LlmSettingsError) throw usageError(error.message);
    throw error;
  }
  if (settings) return core.createLlmGenerator(settings);
  if (choice === 'auto') return core.createOfflineGenerator();
  throw usageError(
    '--generator llm needs an LLM configuration: set QUIZ_LLM_PROVIDER and its key (see docs/cli.md), or use --generator offline.',
  );
}
