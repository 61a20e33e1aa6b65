// Everything the LLM generator does for one page: split it if it is long, ask the model for each chunk's share
// of questions, check each question the moment it arrives (shape, grounding, the key, duplicates), ask again for
// what was refused (a bounded number of times), and finish with `page-done`. Short pages packed together
// (page-packs.ts) are asked about in one call, and each finishes with its own `page-done`.
import type { LanguageModel } from 'ai';
import type { PageText } from '../../pdf/page-text.js';
import type { GenerateOptions } from '../../schemas/options.js';
import type { QuestionDeduper } from '../dedupe.js';
import type { GenerationEvent } from '../generator.js';
import { quoteMatcher } from '../grounding.js';
import { pageBody, roleName } from '../page-body.js';
import { countWords, QuestionBudget } from '../question-budget.js';
import type { CallScheduler } from './call-scheduler.js';
import type { DropTally } from './drop-tally.js';
import { LlmError, refusedRequest, toLlmError } from './llm-error.js';
import type { LlmSettings } from './llm-settings.js';
import { startModelCall } from './model-call.js';
import { shareQuestions, splitPage } from './page-chunks.js';
import { MIN_PAGE_CHARS, type PageUnit } from './page-packs.js';
import { pagePrompt } from './prompt.js';
import { checkElement, type QuestionElementSchema } from './question-element.js';
import { estimateTokens, type TokenBudget } from './token-budget.js';
import { verifyKey } from './verify-key.js';

/** What one job shares among its pages. */
export interface JobContext {
  model: LanguageModel;
  settings: LlmSettings;
  options: GenerateOptions;
  schema: QuestionElementSchema;
  /** The process's provider calls: this job's turn among the others (`key`), the adaptive limit. */
  scheduler: CallScheduler;
  key: string;
  deduper: QuestionDeduper;
  budget: TokenBudget;
  /** Questions each page may give (`questionsPerPage`, `count`); made with the first page, which knows the length. */
  questions?: QuestionBudget;
  drops: DropTally;
  health: ProviderHealth;
  providerOptions: Parameters<typeof startModelCall>[0]['providerOptions'];
  /** LLM_VERIFY: the model that answers each question from its quote alone (verify-key.ts). */
  verifier?: LanguageModel;
}

/**
 * Whether a page whose calls keep failing for transient reasons may be skipped with a warning: only once the
 * provider has shown it works, and not for ever (a provider that went down fails the job, retryably).
 */
export interface ProviderHealth {
  pagesSucceeded: number;
  failuresInARow: number;
}

/** Pages failing in a row after which the provider is taken to be down. */
const MAX_FAILED_PAGES_IN_A_ROW = 3;
/** Output allowance per call: room for thinking models plus generous room per question, against runaways. */
const OUTPUT_TOKENS_BASE = 4096;
const OUTPUT_TOKENS_PER_QUESTION = 800;
/** Output tokens a question takes, for the forecast of a call's tokens (its JSON object: prompt, choices, quote). */
const EXPECTED_TOKENS_PER_QUESTION = 250;
/** Pause before asking again after a stream broke halfway (the SDK already waited for refused requests). */
const BROKEN_STREAM_DELAY_MS = 500;

/** The events of a page, or of short pages packed together. */
export function unitEvents(unit: PageUnit, job: JobContext, signal: AbortSignal): AsyncGenerator<GenerationEvent> {
  return 'pack' in unit ? packEvents(unit.pack, job, signal) : pageEvents(unit, job, signal);
}

async function* pageEvents(whole: PageText, job: JobContext, signal: AbortSignal): AsyncGenerator<GenerationEvent> {
  // The model is shown only the page's body text: it is never asked about a contents page or a reference list.
  const body = pageBody(whole);
  if (whole.text.trim() && !body.text.trim()) {
    const note = `Page ${whole.page} is ${roleName(body.mainRole)}: nothing there to ask about.`;
    yield { kind: 'page-done', page: whole.page, note };
    return;
  }
  const page: PageText = { ...whole, text: body.text };
  const letters = page.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (letters < MIN_PAGE_CHARS) {
    yield letters === 0
      ? { kind: 'warning', code: 'no_text', message: 'The page has no text.', page: page.page }
      : { kind: 'warning', code: 'too_little_text', message: 'The page has too little text.', page: page.page };
    yield { kind: 'page-done', page: page.page };
    return;
  }
  job.questions ??= new QuestionBudget(job.options, whole.totalPages);
  const allowance = job.questions.forPage(countWords(page.text));
  if (allowance === 0) {
    yield { kind: 'page-done', page: page.page };
    return;
  }
  const chunks = splitPage(page.text, job.settings.maxPageChars);
  const shares = shareQuestions(
    allowance,
    chunks.map((c) => c.length),
  );
  const matchQuote = quoteMatcher(page.text);
  const counted = { asked: 0 };
  yield* skippedIfFailing(
    (async function* () {
      for (const [i, chunk] of chunks.entries()) {
        const share = shares[i]!;
        if (share === 0) continue;
        yield* chunkEvents({ page, chunk, part: i + 1, parts: chunks.length, share, matchQuote }, job, signal);
      }
    })(),
    [page.page],
    job,
    signal,
    counted,
  );
  job.questions.refund(allowance - counted.asked);
  yield { kind: 'page-done', page: page.page };
}

/**
 * Short pages asked about in one call: each keeps its own share of questions (the shares added up), each
 * question is checked against the page whose text holds its quote, and each page finishes with its page-done.
 */
async function* packEvents(pages: PageText[], job: JobContext, signal: AbortSignal): AsyncGenerator<GenerationEvent> {
  const first = pages[0]!;
  job.questions ??= new QuestionBudget(job.options, first.totalPages);
  const pack = pages.map((whole) => {
    const text = pageBody(whole).text;
    return { page: { ...whole, text }, text, matchQuote: quoteMatcher(text) };
  });
  const budget = job.questions;
  const allowance = pack.reduce((n, p) => n + budget.forPage(countWords(p.text)), 0);
  if (allowance > 0) {
    const counted = { asked: 0 };
    const head = pack[0]!;
    yield* skippedIfFailing(
      chunkEvents(
        { page: head.page, chunk: head.text, part: 1, parts: 1, share: allowance, matchQuote: head.matchQuote, pack },
        job,
        signal,
      ),
      pages.map((p) => p.page),
      job,
      signal,
      counted,
    );
    budget.refund(allowance - counted.asked);
  }
  for (const page of pages) yield { kind: 'page-done', page: page.page };
}

/**
 * The events of a page's calls (or a pack's), counting its questions in `counted`. Calls that keep failing for
 * transient reasons skip the pages with a warning once the provider has shown it works, and not for ever (a
 * provider that went down fails the job, retryably).
 */
async function* skippedIfFailing(
  events: AsyncIterable<GenerationEvent>,
  pages: number[],
  job: JobContext,
  signal: AbortSignal,
  counted: { asked: number },
): AsyncGenerator<GenerationEvent> {
  try {
    for await (const event of events) {
      if (event.kind === 'question') counted.asked += 1;
      yield event;
    }
    job.health.pagesSucceeded += 1;
    job.health.failuresInARow = 0;
  } catch (error) {
    signal.throwIfAborted();
    if (!(error instanceof LlmError) || !error.retryable) throw error;
    job.health.failuresInARow += 1;
    if (job.health.pagesSucceeded === 0 || job.health.failuresInARow >= MAX_FAILED_PAGES_IN_A_ROW) throw error;
    const which = pages.length === 1 ? `Page ${pages[0]} was` : `Pages ${pages[0]} to ${pages.at(-1)} were`;
    yield { kind: 'warning', code: 'llm_page_failed', message: `${which} skipped: ${error.message}`, page: pages[0]! };
  }
}

interface Chunk {
  page: PageText;
  chunk: string;
  part: number;
  parts: number;
  share: number;
  matchQuote: ReturnType<typeof quoteMatcher>;
  /** Short pages asked about together, each with its text and its own quote matcher. */
  pack?: { page: PageText; text: string; matchQuote: ReturnType<typeof quoteMatcher> }[];
}

/** The page of a pack whose text holds a question's quote (the first page when none does: it is then refused). */
function pageOfQuote(c: Chunk, raw: unknown): { page: number; matchQuote: Chunk['matchQuote'] } {
  const quote = (raw as { quote?: unknown } | null)?.quote;
  const found = typeof quote === 'string' ? c.pack?.find((p) => p.matchQuote(quote)) : undefined;
  return found
    ? { page: found.page.page, matchQuote: found.matchQuote }
    : { page: c.page.page, matchQuote: c.matchQuote };
}

async function* chunkEvents(c: Chunk, job: JobContext, signal: AbortSignal): AsyncGenerator<GenerationEvent> {
  const { settings } = job;
  const asked: string[] = [];
  let refusedBefore = false;
  for (let attempt = 0; attempt <= settings.maxRegenerations && asked.length < c.share; attempt++) {
    if (!job.budget.allows()) return;
    const count = c.share - asked.length;
    const prompt = pagePrompt({
      page: c.page.page,
      totalPages: c.page.totalPages,
      text: c.chunk,
      part: c.part,
      parts: c.parts,
      ...(c.pack ? { pack: c.pack.map((p) => ({ page: p.page.page, text: p.text })) } : {}),
      count,
      options: job.options,
      avoid: asked,
      retry: refusedBefore,
    });
    const maxOutputTokens = OUTPUT_TOKENS_BASE + OUTPUT_TOKENS_PER_QUESTION * count;
    // What the call is expected to spend of a tokens-per-minute budget: its input, and the output of as many
    // questions as it asks for (the allowance above is a ceiling, not a forecast).
    const cost = estimateTokens(prompt.system + prompt.prompt) + EXPECTED_TOKENS_PER_QUESTION * count;
    const place = await job.scheduler.acquire(job.key, cost, signal);
    // The budget may have been spent by the calls that went before while this one waited its turn.
    if (!job.budget.allows()) {
      place.release('ok');
      return;
    }
    let refused = 0;
    let cutShort = false;
    let broken = false;
    let failed = true;
    let usedTokens: number | undefined;
    try {
      const call = startModelCall({
        model: job.model,
        prompt,
        schema: job.schema,
        maxOutputTokens,
        maxRetries: settings.maxRetries,
        timeoutMs: settings.callTimeoutMs,
        providerOptions: job.providerOptions,
        signal,
        errorContext: settings,
      });
      for await (const event of call.events) {
        if (event.kind === 'done') {
          job.budget.add(event);
          usedTokens = event.inputTokens + event.outputTokens;
          yield usageEvent(event, settings.prices);
          cutShort = event.finishReason === 'length';
          if (event.unparsable) {
            refused += 1;
            job.drops.add('invalid', c.page.page);
          }
          continue;
        }
        // A model writing more than it was asked for is cut off: those tokens would be paid for nothing. (Not
        // at the last wanted question: the model is about to finish, and then it reports its real usage.)
        if (asked.length >= c.share) {
          call.stop();
          continue;
        }
        const where = pageOfQuote(c, event.value);
        const verdict = checkElement(event.value, job.schema, where.page, where.matchQuote, job.options.language);
        if (!verdict.ok) {
          refused += 1;
          job.drops.add(verdict.reason, c.page.page);
          continue;
        }
        if (job.deduper.isDuplicate(verdict.draft)) {
          refused += 1;
          job.drops.add('duplicate', c.page.page);
          continue;
        }
        if (job.verifier) {
          // Within this call's place: a second place while holding one could wait for ever.
          const check = await verifyKey(verdict.draft, job.verifier, {
            signal,
            maxRetries: settings.maxRetries,
            ...(job.options.language ? { language: job.options.language } : {}),
          });
          if (check.inputTokens + check.outputTokens > 0) {
            job.budget.add(check);
            yield usageEvent(check, settings.prices);
          }
          if (check.agrees === false) {
            refused += 1;
            job.drops.add('unverified', c.page.page);
            continue;
          }
        }
        asked.push(verdict.draft.prompt);
        yield { kind: 'question', question: verdict.draft };
      }
      failed = false;
    } catch (error) {
      signal.throwIfAborted();
      const llmError = toLlmError(error, settings);
      // A stream that broke halfway or timed out is asked again while attempts remain; a refused request
      // was already retried by the SDK (maxRetries), and asking again would multiply those retries.
      const again = llmError.retryable && !refusedRequest(llmError) && attempt < settings.maxRegenerations;
      if (!again) throw llmError;
      broken = true;
    } finally {
      place.release(failed ? 'failed' : 'ok', usedTokens);
    }
    refusedBefore ||= refused > 0;
    if (broken) {
      await sleep(BROKEN_STREAM_DELAY_MS * 2 ** attempt, signal);
      continue;
    }
    // A model that wrote fewer questions than asked, none refused, found no more worth asking: accept that.
    if (refused === 0 && !cutShort) return;
  }
}

/** A call's tokens, and what they cost at the configured prices (USD per million tokens). */
function usageEvent(
  used: { inputTokens: number; outputTokens: number; cachedInputTokens?: number },
  prices: LlmSettings['prices'],
): Extract<GenerationEvent, { kind: 'usage' }> {
  const cached = Math.min(used.cachedInputTokens ?? 0, used.inputTokens);
  const cost = prices
    ? ((used.inputTokens - cached) * prices.input +
        cached * (prices.cachedInput ?? prices.input) +
        used.outputTokens * prices.output) /
      1_000_000
    : undefined;
  return {
    kind: 'usage',
    inputTokens: used.inputTokens,
    outputTokens: used.outputTokens,
    ...(used.cachedInputTokens !== undefined ? { cachedInputTokens: cached } : {}),
    ...(cost !== undefined ? { costUsd: cost } : {}),
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
