// One streaming call to the model: the AI SDK's structured output in array mode, whose element stream hands
// over each array element as soon as it is complete (the SDK knows once the next element starts or the array
// closes), long before the model has finished. The SDK's validator here accepts anything (the schema only
// shapes the request) because the SDK silently skips elements that fail it; the caller checks each element
// instead, so a bad one is counted and asked for again.
//
// The SDK retries the request itself when it is refused with 408/409/429/5xx or cannot connect, with
// exponential backoff (2 s, 4 s, ...) that honours `retry-after-ms` and `Retry-After` (seconds or a date, when
// under a minute). It does not retry a stream that breaks halfway, nor a timeout: those surface here as
// retryable LlmErrors and the caller decides.
import type { LanguageModel, Schema, streamText } from 'ai';
import { unlessAborted } from '../../abort.js';
import { LlmError, type LlmErrorContext, toLlmError } from './llm-error.js';
import type { PagePrompt } from './prompt.js';
import type { QuestionElementSchema } from './question-element.js';
import { estimateTokens } from './token-budget.js';

export interface ModelCallOptions {
  model: LanguageModel;
  prompt: PagePrompt;
  schema: QuestionElementSchema;
  maxOutputTokens: number;
  maxRetries: number;
  timeoutMs: number;
  providerOptions: Parameters<typeof streamText>[0]['providerOptions'];
  /** The job's signal: aborting it aborts the HTTP request. */
  signal: AbortSignal;
  errorContext: LlmErrorContext;
}

export type ModelCallEvent =
  | { kind: 'element'; value: unknown }
  | {
      kind: 'done';
      /** As the provider reported them, or estimated when it did not (a call stopped early). */
      inputTokens: number;
      outputTokens: number;
      /** Input tokens the provider read from its prompt cache, when it says. */
      cachedInputTokens?: number;
      /** 'length' when the output was cut by maxOutputTokens. */
      finishReason: string | undefined;
      /** The model wrote text in which no array element could be found (wrong shape, not JSON). */
      unparsable: boolean;
    };

export interface ModelCall {
  events: AsyncIterable<ModelCallEvent>;
  /** Ends the call early (enough questions): the HTTP request is aborted and `events` ends with `done`. */
  stop(): void;
}

/** Marks the instructions as a prefix to cache (Anthropic's `cache_control`, for five minutes). */
const CACHE_PREFIX = { anthropic: { cacheControl: { type: 'ephemeral' } } } as const;

export function startModelCall(options: ModelCallOptions): ModelCall {
  const stopper = new AbortController();
  return { events: run(options, stopper), stop: () => stopper.abort() };
}

async function* run(o: ModelCallOptions, stopper: AbortController): AsyncGenerator<ModelCallEvent> {
  o.signal.throwIfAborted();
  const stopped = stopper.signal;
  const timeout = new AbortController();
  const timer = setTimeout(
    () => timeout.abort(new DOMException(`no answer within ${o.timeoutMs} ms`, 'TimeoutError')),
    o.timeoutMs,
  );
  const ended = AbortSignal.any([o.signal, timeout.signal, stopped]);
  // Loaded on first use: importing 'ai' costs about half a second, not to be paid by offline-only processes.
  const { Output, streamText } = await import('ai');
  let failure: { error: unknown } | undefined;
  let outputText = '';
  let elements = 0;
  const result = streamText({
    model: o.model,
    // The instructions are the prefix every call shares: Anthropic caches a prefix only up to a block marked
    // so (OpenAI and Gemini cache on their own, and ignore the mark).
    system: { role: 'system', content: o.prompt.system, providerOptions: CACHE_PREFIX },
    prompt: o.prompt.prompt,
    output: Output.array({ element: await acceptingSchema(o.schema), name: 'quiz_questions' }),
    maxOutputTokens: o.maxOutputTokens,
    maxRetries: o.maxRetries,
    abortSignal: ended,
    providerOptions: o.providerOptions,
    onError: ({ error }) => {
      failure ??= { error };
    },
    onChunk: ({ chunk }) => {
      if (chunk.type === 'text-delta') outputText += chunk.text;
    },
  });
  const elements$ = result.elementStream[Symbol.asyncIterator]();
  try {
    // Every wait on the SDK is raced with the signals: when a call is aborted just as the provider finishes,
    // the SDK's stream can stay open for ever (ai 6.0), and stopping must not depend on it closing.
    for (let next = await unlessAborted(elements$.next(), ended); next && !next.done; ) {
      elements += 1;
      yield { kind: 'element', value: next.value };
      next = await unlessAborted(elements$.next(), ended);
    }
    o.signal.throwIfAborted();
    if (timeout.signal.aborted && !stopped.aborted) {
      const who = `${o.errorContext.provider} (${o.errorContext.model})`;
      throw new LlmError('llm_timeout', `${who} did not finish within ${o.timeoutMs} ms (LLM call timeout).`, {
        retryable: true,
      });
    }
    if (failure && !stopped.aborted) throw toLlmError(failure.error, o.errorContext);
    const usage = stopped.aborted ? undefined : await unlessAborted(settled(result.totalUsage), ended);
    const finishReason = stopped.aborted ? 'stop' : await unlessAborted(settled(result.finishReason), ended);
    const reported = usage?.inputTokens !== undefined && usage.outputTokens !== undefined;
    yield {
      kind: 'done',
      inputTokens: reported ? usage.inputTokens! : estimateTokens(o.prompt.system + o.prompt.prompt),
      outputTokens: reported ? usage.outputTokens! : estimateTokens(outputText),
      ...(usage?.inputTokenDetails?.cacheReadTokens !== undefined
        ? { cachedInputTokens: usage.inputTokenDetails.cacheReadTokens }
        : {}),
      finishReason: finishReason ?? undefined,
      unparsable: elements === 0 && !stopped.aborted && !isElementsObject(outputText),
    };
  } finally {
    clearTimeout(timer);
    // Also reached when the consumer stops iterating: the request must not run on for nobody. The SDK's
    // stream is released without waiting, for the reason above.
    stopper.abort();
    void elements$.return?.()?.catch(() => {});
  }
}

const accepting = new WeakMap<QuestionElementSchema, Promise<Schema<unknown>>>();

/** The element's JSON Schema as the SDK derives it from zod, with validation left to the caller. */
function acceptingSchema(schema: QuestionElementSchema): Promise<Schema<unknown>> {
  let found = accepting.get(schema);
  if (!found) {
    found = import('ai').then(async ({ jsonSchema, zodSchema }) => {
      const json = await zodSchema(schema).jsonSchema;
      return jsonSchema<unknown>(json, { validate: (value) => ({ success: true, value }) });
    });
    accepting.set(schema, found);
  }
  return found;
}

/** Whether the model wrote the expected `{"elements": [...]}` (possibly empty), or wrote nothing at all. */
function isElementsObject(text: string): boolean {
  if (text.trim() === '') return true;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && Array.isArray((value as { elements?: unknown }).elements);
  } catch {
    return false;
  }
}

async function settled<T>(promise: PromiseLike<T>): Promise<T | undefined> {
  try {
    return await promise;
  } catch {
    return undefined;
  }
}
