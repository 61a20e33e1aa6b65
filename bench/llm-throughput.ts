// Benchmark 8, the LLM generator's throughput and fairness: a whole quiz of a long document against a provider
// whose account allows so many requests and tokens a minute, and a small job beside a large one. The loopback
// fake provider models a hosted model: time to first token, tokens a second, and the account's limits kept as
// OpenAI keeps them (budgets refilled continuously, real 429s with Retry-After, x-ratelimit-* headers). Time is
// compressed by `timeScale` (the provider's minute, its first token and its tokens all `timeScale` times faster),
// which leaves every ratio as it is.
import {
  createLlmGenerator,
  GenerateOptions,
  type GenerationEvent,
  type LlmGenerator,
  type PageText,
} from '@quizstream/core';
import { sampleCoursePage } from '@quizstream/core/testing';
import { startChild } from './lib/child.js';
import { isMain, runStandalone } from './lib/cli.js';
import { type BenchResult, fmt, log, ms, x } from './lib/result.js';
import { ratio } from './lib/stats.js';

export interface ThroughputParams {
  /** Pages of the long document. */
  pages: number;
  /** Pages of the small job run beside it. */
  smallPages: number;
  /** Pages the generator of before (two calls in flight, fixed) is timed on; its time grows linearly with pages. */
  baselinePages: number;
  /** The account's limits, per (real) minute. */
  rpm: number;
  tpm: number;
  /** The model: its first token, and the pause between chunks of `chunkChars` characters, in real ms. */
  firstTokenMs: number;
  chunkDelayMs: number;
  chunkChars: number;
  /** How many times faster than real time the provider runs. */
  timeScale: number;
  /** The ceiling of calls in flight (LLM_MAX_CONCURRENCY). */
  maxConcurrency: number;
}

export const FULL: ThroughputParams = {
  pages: 600,
  smallPages: 5,
  baselinePages: 40,
  rpm: 500,
  tpm: 2_000_000,
  firstTokenMs: 500,
  chunkDelayMs: 110,
  chunkChars: 16,
  timeScale: 2,
  maxConcurrency: 256,
};
export const SMOKE: ThroughputParams = {
  pages: 30,
  smallPages: 2,
  baselinePages: 4,
  rpm: 500,
  tpm: 2_000_000,
  firstTokenMs: 50,
  chunkDelayMs: 5,
  chunkChars: 16,
  timeScale: 10,
  maxConcurrency: 64,
};

/** The fake provider in its child process. */
interface FakeProvider {
  url: string;
  stats(): Promise<FakeStats>;
}

interface FakeStats {
  requests: number;
  refused: number;
  maxActive: number;
  active: number;
}

interface JobRun {
  /** From the start of the job to its first question, and to its end (ms). */
  firstMs: number;
  endMs: number;
  questions: number;
  inputTokens: number;
  outputTokens: number;
  /** Of the input tokens, those the provider read from its prompt cache. */
  cachedInputTokens: number;
}

function pagesOf(count: number, offset = 0): PageText[] {
  return Array.from({ length: count }, (_, i) => ({
    page: i + 1,
    totalPages: count,
    text: sampleCoursePage(i + 1 + offset).join('\n'),
  }));
}

async function runJob(generator: LlmGenerator, pages: PageText[]): Promise<JobRun> {
  const started = performance.now();
  let firstMs = Number.NaN;
  let questions = 0;
  let inputTokens = 0;
  let outputTokens = 0;
  let cachedInputTokens = 0;
  const options = GenerateOptions.parse({ questionsPerPage: 2 });
  async function* source() {
    yield* pages;
  }
  const events = generator.generate(source(), options, { signal: new AbortController().signal });
  for await (const event of events as AsyncIterable<GenerationEvent>) {
    if (event.kind === 'question') {
      questions += 1;
      if (Number.isNaN(firstMs)) firstMs = performance.now() - started;
    } else if (event.kind === 'usage') {
      inputTokens += event.inputTokens;
      outputTokens += event.outputTokens;
      cachedInputTokens += event.cachedInputTokens ?? 0;
    }
  }
  return { firstMs, endMs: performance.now() - started, questions, inputTokens, outputTokens, cachedInputTokens };
}

export async function run(p: ThroughputParams = FULL): Promise<BenchResult> {
  const scale = (realMs: number) => realMs / p.timeScale;
  const windowMs = scale(60_000);
  const fakeOptions = {
    chunkDelayMs: scale(p.chunkDelayMs),
    chunkChars: p.chunkChars,
    firstTokenMs: scale(p.firstTokenMs),
    limits: { requests: p.rpm, tokens: p.tpm, windowMs },
    // As OpenAI caches prompts: the start a request shares with earlier ones, from 1,024 tokens.
    promptCaching: true,
  };
  const generatorFor = (fake: FakeProvider, concurrency: number, maxConcurrency: number) =>
    createLlmGenerator({
      provider: 'openai',
      baseURL: fake.url,
      model: 'fake-model',
      apiKey: 'sk-bench',
      concurrency,
      maxConcurrency,
      maxTokensPerJob: 0,
      // One call per page: what is measured is how calls are scheduled, not how often a page is asked again.
      maxRegenerations: 0,
    });
  const fresh = async <T>(use: (fake: FakeProvider) => Promise<T>): Promise<{ result: T; stats: FakeStats }> => {
    // A provider of its own for each measurement, in a process of its own: a full budget, as after a quiet
    // minute, and its streams on another core than the generator's.
    const child = await startChild({
      entry: 'fake-provider-entry.ts',
      env: { BENCH_FAKE: JSON.stringify(fakeOptions) },
    });
    const fake: FakeProvider = { url: child.url, stats: () => child.call<FakeStats>('stats') };
    try {
      const result = await use(fake);
      return { result, stats: await fake.stats() };
    } finally {
      await child.stop();
    }
  };

  log(`llm-throughput: the generator of before (2 calls in flight) on ${p.baselinePages} pages`);
  const before = await fresh((fake) => runJob(generatorFor(fake, 2, 2), pagesOf(p.baselinePages)));
  const perCallMs = (before.result.endMs / p.baselinePages) * 2;
  const beforeWholeMs = (before.result.endMs * p.pages) / p.baselinePages;

  log(`llm-throughput: ${p.pages} pages, adaptive from 2 up to ${p.maxConcurrency}`);
  const whole = await fresh((fake) => runJob(generatorFor(fake, 2, p.maxConcurrency), pagesOf(p.pages)));
  const peak = whole.stats.maxActive;
  // The least time the account and the model allow: the budget of requests starts full and refills at rpm a
  // minute, so the last call cannot start before (calls - rpm) / rpm minutes; a call lasts `perCallMs` (measured
  // above, one call at a time per place); and the tokens the same way.
  const calls = whole.stats.requests - whole.stats.refused;
  const tokens = whole.result.inputTokens + whole.result.outputTokens;
  const byRequests = (Math.max(0, calls - p.rpm) / p.rpm) * windowMs;
  const byTokens = (Math.max(0, tokens - p.tpm) / p.tpm) * windowMs;
  const byCeiling = Math.ceil(calls / p.maxConcurrency) * perCallMs;
  const boundMs = Math.max(byRequests + perCallMs, byTokens + perCallMs, byCeiling);
  const wholeRatio = ratio(whole.result.endMs, boundMs);
  const speedup = ratio(beforeWholeMs, whole.result.endMs);

  log(`llm-throughput: a ${p.smallPages}-page job alone, then beside the ${p.pages}-page one`);
  const alone = await fresh((fake) => runJob(generatorFor(fake, 2, p.maxConcurrency), pagesOf(p.smallPages, 1000)));
  const beside = await fresh(async (fake) => {
    const generator = generatorFor(fake, 2, p.maxConcurrency);
    let largeDone = false;
    const large = runJob(generator, pagesOf(p.pages)).finally(() => {
      largeDone = true;
    });
    // The small job comes once the large one has its calls in flight and waiting (its backlog).
    const busy = () => generator.scheduler.active + generator.scheduler.waiting;
    while (!largeDone && busy() < Math.min(16, p.pages / 2)) await new Promise((r) => setTimeout(r, 5));
    const small = await runJob(generator, pagesOf(p.smallPages, 1000));
    await large;
    return small;
  });
  const firstRatio = ratio(beside.result.firstMs, alone.result.firstMs);
  const smallWholeRatio = ratio(beside.result.endMs, alone.result.endMs);
  const full = p.pages >= FULL.pages && p.timeScale <= FULL.timeScale;
  const real = (scaledMs: number) => scaledMs * p.timeScale;

  return {
    id: 'llm-throughput',
    title: '8. LLM generator: a whole quiz at the provider’s limits, and fair between jobs',
    method: [
      `The LLM generator of @quizstream/core (the one the API runs, one per process), in this script, against the ` +
        'loopback fake OpenAI-compatible provider of @quizstream/core/testing in a child process. The fake models a hosted model ' +
        `and its account: a first token after ${fmt(p.firstTokenMs)} ms, then ${p.chunkChars} characters every ` +
        `${fmt(p.chunkDelayMs)} ms; ${fmt(p.rpm)} requests and ${fmt(p.tpm)} tokens a minute, kept as budgets ` +
        'refilled continuously, answered with real 429s, Retry-After and x-ratelimit-* headers. The provider runs ' +
        `${p.timeScale} times faster than real time (its minute lasts ${fmt(windowMs / 1000, 1)} s); times below are ` +
        'as measured, ratios are unchanged by the scale. Each measurement has a provider of its own, its budget full.',
      `Before: the generator as it was, two calls in flight for the whole process (LLM_CONCURRENCY=2, fixed), timed on ` +
        `${p.baselinePages} pages of the same course; a whole quiz then takes that many times pages / ` +
        `${p.baselinePages} (two pages at a time, one call each). After: LLM_CONCURRENCY=2 to start, ` +
        `LLM_MAX_CONCURRENCY=${p.maxConcurrency}, on ${p.pages} pages, two questions a page; both ask each page ` +
        'once (maxRegenerations 0), so that calls are pages.',
      'The bound: the budget of requests starts full and refills at its rate, so the last of N calls cannot start ' +
        'before (N - rpm) / rpm minutes, and it then lasts one call; the same for tokens; and N / ceiling rounds of ' +
        'calls. The bound is the largest of the three.',
      `Fairness: a ${p.smallPages}-page job alone on a fresh provider, then the same job started while the ` +
        `${p.pages}-page job has filled the provider's places with its backlog, on one generator.`,
    ],
    params: p,
    tables: [
      {
        caption: 'A whole quiz',
        headers: ['', 'pages', 'time', 'as real time', 'calls', 'refused (429)', 'most in flight', 'questions'],
        rows: [
          [
            'before: 2 calls in flight',
            `${p.pages} (from ${p.baselinePages})`,
            ms(beforeWholeMs, 0),
            `${fmt(real(beforeWholeMs) / 60_000, 1)} min`,
            '',
            fmt(before.stats.refused),
            '2',
            '',
          ],
          [
            'after: adaptive, fair',
            p.pages,
            ms(whole.result.endMs, 0),
            `${fmt(real(whole.result.endMs) / 60_000, 1)} min`,
            fmt(whole.stats.requests),
            fmt(whole.stats.refused),
            fmt(peak),
            fmt(whole.result.questions),
          ],
          [
            'bound of the limits and the model',
            p.pages,
            ms(boundMs, 0),
            `${fmt(real(boundMs) / 60_000, 1)} min`,
            '',
            '',
            '',
            '',
          ],
        ],
      },
      {
        caption: 'The bound, in parts',
        headers: ['one call', 'requests', 'tokens', 'ceiling of calls in flight'],
        rows: [[ms(perCallMs, 0), ms(byRequests + perCallMs, 0), ms(byTokens + perCallMs, 0), ms(byCeiling, 0)]],
      },
      {
        caption: `A ${p.smallPages}-page job, alone and beside the ${p.pages}-page one`,
        headers: ['', 'first question', 'whole quiz'],
        rows: [
          ['alone', ms(alone.result.firstMs, 0), ms(alone.result.endMs, 0)],
          ['beside', ms(beside.result.firstMs, 0), ms(beside.result.endMs, 0)],
          ['ratio', x(firstRatio), x(smallWholeRatio)],
        ],
      },
      {
        caption: 'Tokens per question (the fake counts about four characters a token of the request)',
        headers: ['', 'input', 'output', 'cached input'],
        rows: [before.result, whole.result].map((run, i) => {
          const per = (n: number) => n / Math.max(1, run.questions);
          return [
            i === 0 ? 'before' : 'after',
            fmt(per(run.inputTokens)),
            fmt(per(run.outputTokens)),
            `${fmt(per(run.cachedInputTokens))} (${fmt((100 * run.cachedInputTokens) / Math.max(1, run.inputTokens))} % of the input)`,
          ];
        }),
      },
    ],
    targets: [
      {
        target: `a ${p.pages}-page quiz within 1.25x of the bound the provider's limits and the model's speed set`,
        measured: `${ms(whole.result.endMs, 0)} vs ${ms(boundMs, 0)}: ${x(wholeRatio)}; before: ${ms(beforeWholeMs, 0)} (${x(speedup)} faster now)`,
        met: full ? wholeRatio <= 1.25 : null,
      },
      {
        target: 'no request refused for the rate limits',
        measured: `${fmt(whole.stats.refused)} of ${fmt(whole.stats.requests)} requests`,
        met: full ? whole.stats.refused === 0 : null,
      },
      {
        target: "the small job's first question within 1.5x of its time alone",
        measured: `${ms(beside.result.firstMs, 0)} vs ${ms(alone.result.firstMs, 0)}: ${x(firstRatio)}`,
        met: full ? firstRatio <= 1.5 : null,
      },
      {
        target: 'its whole quiz within 2x',
        measured: `${ms(beside.result.endMs, 0)} vs ${ms(alone.result.endMs, 0)}: ${x(smallWholeRatio)}`,
        met: full ? smallWholeRatio <= 2 : null,
      },
    ],
    notes: [],
    data: {
      before: before.result,
      whole: { run: whole.result, ...whole.stats },
      boundMs,
      perCallMs,
      alone: alone.result,
      beside: beside.result,
      peak,
    },
  };
}

if (isMain(import.meta.url)) await runStandalone(run, FULL, SMOKE);
