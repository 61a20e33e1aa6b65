// Test harness: runs the LLM generator against the fake OpenAI-compatible server on loopback, with realistic
// course pages, and collects what it yields.
import type { PageText } from '../../pdf/page-text.js';
import { GenerateOptions, type GenerateOptionsInput } from '../../schemas/options.js';
import type { QuestionDraft } from '../../schemas/question.js';
import { lastUserText } from '../../testing/fake-llm/fake-openai-server.js';
import type { FakeOpenAi, FakeRequest } from '../../testing/fake-llm/index.js';
import { sampleCoursePage } from '../../testing/sample-course.js';
import type { GenerationEvent } from '../generator.js';
import { createLlmGenerator, type LlmGenerator } from './llm-generator.js';
import type { LlmSettingsInput } from './llm-settings.js';
import { pageTextOfPrompt } from './prompt.js';

export function coursePages(count: number): PageText[] {
  return Array.from({ length: count }, (_, i) => ({
    page: i + 1,
    totalPages: count,
    text: sampleCoursePage(i + 1).join('\n'),
  }));
}

export async function* pagesOf(pages: PageText[]): AsyncIterable<PageText> {
  yield* pages;
}

/** A generator talking to `fake`, with fast settings for tests (overridable). */
export function fakeGenerator(fake: FakeOpenAi, settings: Partial<LlmSettingsInput> = {}): LlmGenerator {
  return createLlmGenerator({ provider: 'openai', baseURL: fake.url, model: 'fake-model', ...settings });
}

export async function collect(
  generator: LlmGenerator,
  pages: PageText[],
  options: GenerateOptionsInput = {},
  signal: AbortSignal = new AbortController().signal,
): Promise<GenerationEvent[]> {
  const events: GenerationEvent[] = [];
  for await (const e of generator.generate(pagesOf(pages), GenerateOptions.parse(options), { signal })) events.push(e);
  return events;
}

export function questionsOf(events: GenerationEvent[]): QuestionDraft[] {
  return events.flatMap((e) => (e.kind === 'question' ? [e.question] : []));
}

export function warningsOf(events: GenerationEvent[]) {
  return events.flatMap((e) => (e.kind === 'warning' ? [e] : []));
}

/** The page a request asked about (from the markers in its prompt). */
export function pageOf(request: FakeRequest): number | undefined {
  return pageTextOfPrompt(lastUserText(request.body))?.page;
}

/** A well-formed element quoting `quote`. */
export function element(quote: string, prompt: string, overrides: Record<string, unknown> = {}) {
  return {
    type: 'true_false',
    quote,
    prompt,
    choices: ['True', 'False'],
    answer: ['True'],
    explanation: 'The page says so.',
    difficulty: 'medium',
    ...overrides,
  };
}
