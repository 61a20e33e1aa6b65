// The LLM question generator: a QuestionGenerator that asks a model (Gemini, Vertex, OpenAI or any
// OpenAI-compatible server, Anthropic, Ollama) for each page's questions and streams each question as soon as
// its JSON object is complete in the model's output, after checking its shape, its quote and that it is new.
// Pages come out in page order (see in-page-order.ts); calls are scheduled per process, fairly between jobs and
// as fast as the provider allows (call-scheduler.ts); tokens are bounded per job. Provider refusals end the job with an LlmError (stable code, retryable flag).
import type { LanguageModel } from 'ai';
import type { PageText } from '../../pdf/page-text.js';
import type { GenerateOptions } from '../../schemas/options.js';
import { QuestionDeduper } from '../dedupe.js';
import type { GenerateContext, GenerationEvent, QuestionGenerator } from '../generator.js';
import { CallScheduler } from './call-scheduler.js';
import { DropTally } from './drop-tally.js';
import { type InPageOrderEnd, inPageOrder } from './in-page-order.js';
import { createLanguageModel, fastProviderOptions } from './language-model.js';
import { toLlmError } from './llm-error.js';
import { LlmSettings, type LlmSettingsInput } from './llm-settings.js';
import { type JobContext, unitEvents } from './page-events.js';
import { packShortPages } from './page-packs.js';
import { questionElementSchema } from './question-element.js';
import { TokenBudget } from './token-budget.js';

/** Pages a job may have started beyond those it has handed on, per unit of concurrency. */
const LOOKAHEAD_FACTOR = 2;

export interface LlmGenerator extends QuestionGenerator {
  readonly settings: LlmSettings;
  /** The provider calls of every job of this generator (its limit, the calls waiting). */
  readonly scheduler: CallScheduler;
}

/** Validates `settings` (throws a ZodError when they are wrong) and returns the generator. */
export function createLlmGenerator(settings: LlmSettingsInput): LlmGenerator {
  const parsed = LlmSettings.parse(settings);
  const scheduler = new CallScheduler({
    initial: parsed.concurrency,
    max: parsed.maxConcurrency,
    ...(parsed.rpm ? { rpm: parsed.rpm } : {}),
    ...(parsed.tpm ? { tpm: parsed.tpm } : {}),
  });
  // Every HTTP response of the provider passes the scheduler: its refusals, its pace, its rate-limit headers.
  const fetch = scheduler.observing((input, init) => (parsed.fetch ?? globalThis.fetch)(input, init));
  let model: Promise<LanguageModel> | undefined;
  let verifier: Promise<LanguageModel> | undefined;
  const loadModel = () => {
    model ??= createLanguageModel({ ...parsed, fetch });
    return model;
  };
  const loadVerifier = () => {
    verifier ??= parsed.verifyModel
      ? createLanguageModel({ ...parsed, model: parsed.verifyModel, fetch })
      : loadModel();
    return verifier;
  };
  let jobs = 0;
  return {
    name: `llm:${parsed.provider}/${parsed.model}`,
    settings: parsed,
    scheduler,
    generate: (pages, options, ctx) => {
      jobs += 1;
      return generate(pages, options, ctx, parsed, { scheduler, key: `job-${jobs}` }, loadModel, loadVerifier);
    },
  };
}

async function* generate(
  pages: AsyncIterable<PageText>,
  options: GenerateOptions,
  { signal }: GenerateContext,
  settings: LlmSettings,
  calls: Pick<JobContext, 'scheduler' | 'key'>,
  loadModel: () => Promise<LanguageModel>,
  loadVerifier: () => Promise<LanguageModel>,
): AsyncIterable<GenerationEvent> {
  let model: LanguageModel;
  let verifier: LanguageModel | undefined;
  try {
    model = await loadModel();
    if (settings.verify) verifier = await loadVerifier();
  } catch (error) {
    throw toLlmError(error, settings);
  }
  const job: JobContext = {
    model,
    settings,
    options,
    schema: questionElementSchema(options),
    ...calls,
    deduper: new QuestionDeduper(),
    budget: new TokenBudget(settings.maxTokensPerJob),
    drops: new DropTally(),
    health: { pagesSucceeded: 0, failuresInARow: 0 },
    providerOptions: fastProviderOptions(settings),
    ...(verifier ? { verifier } : {}),
  };
  let lastPageDone: number | undefined;
  // A job has as many pages running as the scheduler could ever let call at once: they wait for their turn
  // there, so that each place the scheduler opens has a call ready for it the moment it opens.
  const events = inPageOrder(packShortPages(pages), (unit, unitSignal) => unitEvents(unit, job, unitSignal), {
    running: settings.maxConcurrency,
    ahead: settings.maxConcurrency * LOOKAHEAD_FACTOR,
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
  yield* job.drops.counts();
  yield* job.drops.warnings();
}
