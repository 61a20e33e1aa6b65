// The LLM question generator: a QuestionGenerator that asks a model (Gemini, Vertex, OpenAI or any
// OpenAI-compatible server, Anthropic, Ollama) for each page's questions and streams each question as soon as
// its JSON object is complete in the model's output, after checking its shape, its quote and that it is new.
// Pages run `concurrency` at a time and come out in page order (see in-page-order.ts); calls are bounded per
// process, tokens per job. Provider refusals end the job with an LlmError (stable code, retryable flag).
import type { LanguageModel } from 'ai';
import type { PageText } from '../../pdf/page-text.js';
import type { GenerateOptions } from '../../schemas/options.js';
import { QuestionDeduper } from '../dedupe.js';
import type { GenerateContext, GenerationEvent, QuestionGenerator } from '../generator.js';
import { CallLimiter } from './call-limiter.js';
import { DropTally } from './drop-tally.js';
import { type InPageOrderEnd, inPageOrder } from './in-page-order.js';
import { createLanguageModel, fastProviderOptions } from './language-model.js';
import { toLlmError } from './llm-error.js';
import { LlmSettings, type LlmSettingsInput } from './llm-settings.js';
import { type JobContext, pageEvents } from './page-events.js';
import { questionElementSchema } from './question-element.js';
import { TokenBudget } from './token-budget.js';

/** Pages a job may have started beyond those it has handed on, per unit of concurrency. */
const LOOKAHEAD_FACTOR = 2;

export interface LlmGenerator extends QuestionGenerator {
  readonly settings: LlmSettings;
}

/** Validates `settings` (throws a ZodError when they are wrong) and returns the generator. */
export function createLlmGenerator(settings: LlmSettingsInput): LlmGenerator {
  const parsed = LlmSettings.parse(settings);
  const limiter = new CallLimiter(parsed.concurrency);
  let model: Promise<LanguageModel> | undefined;
  const loadModel = () => {
    model ??= createLanguageModel(parsed);
    return model;
  };
  return {
    name: `llm:${parsed.provider}/${parsed.model}`,
    settings: parsed,
    generate: (pages, options, ctx) => generate(pages, options, ctx, parsed, limiter, loadModel),
  };
}

async function* generate(
  pages: AsyncIterable<PageText>,
  options: GenerateOptions,
  { signal }: GenerateContext,
  settings: LlmSettings,
  limiter: CallLimiter,
  loadModel: () => Promise<LanguageModel>,
): AsyncIterable<GenerationEvent> {
  let model: LanguageModel;
  try {
    model = await loadModel();
  } catch (error) {
    throw toLlmError(error, settings);
  }
  const job: JobContext = {
    model,
    settings,
    options,
    schema: questionElementSchema(options),
    limiter,
    deduper: new QuestionDeduper(),
    budget: new TokenBudget(settings.maxTokensPerJob),
    drops: new DropTally(),
    health: { pagesSucceeded: 0, failuresInARow: 0 },
    providerOptions: fastProviderOptions(settings),
  };
  let lastPageDone: number | undefined;
  const events = inPageOrder(pages, (page, pageSignal) => pageEvents(page, job, pageSignal), {
    running: settings.concurrency,
    ahead: settings.concurrency * LOOKAHEAD_FACTOR,
    mayStart: () => job.budget.allows(),
    signal,
  });
  // Iterated by hand to get the end reason; the finally stops the pages when our consumer stops early.
  let next: IteratorResult<GenerationEvent, InPageOrderEnd>;
  try {
    next = await events.next();
    while (!next.done) {
      if (next.value.kind === 'page-done') lastPageDone = next.value.page;
      yield next.value;
      next = await events.next();
    }
  } finally {
    await events.return?.('aborted');
  }
  if (next.value === 'aborted' || signal.aborted) return;
  if (job.budget.refused) {
    yield {
      kind: 'warning',
      code: 'token_budget_reached',
      message:
        `Stopped generating ${lastPageDone ? `after page ${lastPageDone}` : 'before the first page'}: the job ` +
        `has used ${job.budget.used} tokens of its ${job.budget.limit}-token budget.`,
    };
  }
  yield* job.drops.warnings();
}
