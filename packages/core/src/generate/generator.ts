// The one interface every question generator implements (offline NLP, LLM, test doubles in tests).
import type { PageText } from '../pdf/page-text.js';
import type { GenerateOptions } from '../schemas/options.js';
import type { QuestionDraft } from '../schemas/question.js';

/** Why a generator refused a question of its own: the reasons of QuizStats.dropped it can give. */
export type GeneratorDropReason = 'invalid' | 'ungrounded' | 'unsupported' | 'unverified' | 'duplicate';

/** What a generator yields while it works through the pages. */
export type GenerationEvent =
  | { kind: 'question'; question: QuestionDraft }
  | { kind: 'warning'; code: string; message: string; page?: number }
  /** The generator has finished with this page (all its questions were yielded before). */
  | {
      kind: 'page-done';
      page: number;
      /** Why the page gave no questions, in words a teacher understands ("Page 2 is a table of contents..."). */
      note?: string;
    }
  /** Questions the generator wrote and refused itself, by reason (counted in the quiz's stats). */
  | { kind: 'dropped'; reason: GeneratorDropReason; count: number }
  | {
      kind: 'usage';
      inputTokens: number;
      outputTokens: number;
      /** Of the input tokens, those the provider read from its prompt cache, when it says. */
      cachedInputTokens?: number;
      /** What the call cost, when the generator knows the prices (LLM_PRICE_*). */
      costUsd?: number;
    };

export interface GenerateContext {
  signal: AbortSignal;
}

export interface QuestionGenerator {
  /** Stable name shown to users and recorded in quiz stats, e.g. "offline" or "llm:openai/gpt-4o-mini". */
  readonly name: string;
  /**
   * Consumes pages as they are extracted and yields questions as soon as they exist. It must yield
   * `page-done` for every page it receives, and stop promptly when `ctx.signal` aborts.
   */
  generate(
    pages: AsyncIterable<PageText>,
    options: GenerateOptions,
    ctx: GenerateContext,
  ): AsyncIterable<GenerationEvent>;
}
