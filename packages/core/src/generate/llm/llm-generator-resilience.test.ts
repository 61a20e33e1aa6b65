// The LLM generator when the provider misbehaves or the job is stopped: retries, refusals, timeouts, broken
// streams, cancellation reaching the provider's socket, the token budget and the concurrency bound.
import { afterEach, describe, expect, it } from 'vitest';
import { GenerateOptions } from '../../schemas/options.js';
import {
  type FakeOpenAi,
  lastUserText,
  quizJson,
  quizResponder,
  startFakeOpenAi,
} from '../../testing/fake-llm/index.js';
import type { GenerationEvent } from '../generator.js';
import { LlmError } from './llm-error.js';
import {
  collect,
  coursePages,
  element,
  fakeGenerator,
  pageOf,
  pagesOf,
  questionsOf,
  warningsOf,
} from './llm-harness.fixture.js';

let fake: FakeOpenAi;
afterEach(async () => {
  await fake?.close();
});

async function failure(promise: Promise<unknown>): Promise<LlmError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(LlmError);
    return error as LlmError;
  }
  throw new Error('expected the generation to fail');
}

/** A reply that writes `count` grounded questions for page 1 and then stays open without finishing. */
function hangingReply(text: string, count: number) {
  const quotes = text.match(/[^.!?\n]+[.!?]/g)!.map((s) => s.trim());
  const elements = quotes.slice(0, count).map((q, i) => element(q, `Statement ${i}?`));
  const content = quizJson(elements);
  // Hang just after the second element has started, so the first is complete and published.
  const secondStart = content.indexOf('{', content.indexOf('}') + 1);
  return { content, tokenChars: 4, tokenDelayMs: 1, hangAfterTokens: Math.ceil(secondStart / 4) + 2 };
}

describe('LLM generator: retries and refusals', () => {
  it('retries a 429 after the time its Retry-After header gives', async () => {
    fake = await startFakeOpenAi({
      script: [
        {
          status: 429,
          headers: { 'retry-after': '1' },
          error: { message: 'Rate limit reached', code: 'rate_limit_exceeded' },
        },
      ],
    });
    const events = await collect(fakeGenerator(fake), coursePages(1));
    expect(fake.requests).toHaveLength(2);
    const waited = fake.requests[1]!.startedAt - fake.requests[0]!.startedAt;
    // One second as asked, not the SDK's own first backoff of two seconds.
    expect(waited).toBeGreaterThanOrEqual(950);
    expect(waited).toBeLessThan(1900);
    expect(questionsOf(events)).toHaveLength(2);
  });

  it('retries a 500 with exponential backoff', async () => {
    fake = await startFakeOpenAi({ script: [{ status: 500, error: { message: 'The server had an error' } }] });
    const events = await collect(fakeGenerator(fake), coursePages(1));
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[1]!.startedAt - fake.requests[0]!.startedAt).toBeGreaterThanOrEqual(1900);
    expect(questionsOf(events)).toHaveLength(2);
  });

  it('fails with llm_auth_failed, not retried, when the key is refused', async () => {
    fake = await startFakeOpenAi({
      script: [{ status: 401, error: { message: 'Incorrect API key provided: sk-bad', code: 'invalid_api_key' } }],
    });
    const error = await failure(collect(fakeGenerator(fake, { apiKey: 'sk-bad' }), coursePages(3)));
    expect(error).toMatchObject({ code: 'llm_auth_failed', retryable: false, status: 401 });
    expect(error.message).not.toContain('sk-bad');
    expect(fake.requests).toHaveLength(1);
  });

  it('fails with llm_quota_exceeded, not retryable, when the account is out of credit', async () => {
    fake = await startFakeOpenAi({
      script: [{ status: 429, error: { message: 'You exceeded your current quota', code: 'insufficient_quota' } }],
    });
    const error = await failure(collect(fakeGenerator(fake, { maxRetries: 0 }), coursePages(1)));
    expect(error).toMatchObject({ code: 'llm_quota_exceeded', retryable: false });
  });

  it('fails with a retryable llm_unavailable when the provider is down from the start', async () => {
    fake = await startFakeOpenAi({ respond: () => ({ status: 503 }) });
    const error = await failure(
      collect(fakeGenerator(fake, { maxRetries: 0, maxRegenerations: 2 }), coursePages(1), { questionsPerPage: 1 }),
    );
    expect(error).toMatchObject({ code: 'llm_unavailable', retryable: true, status: 503 });
    // The SDK's retries (none here) are the only ones: a refused request is not asked again on top.
    expect(fake.requests).toHaveLength(1);
  });

  it('skips a page that keeps failing once others have worked, with a warning', async () => {
    const answer = quizResponder();
    fake = await startFakeOpenAi({ respond: (r) => (pageOf(r) === 2 ? { status: 502 } : answer(r)) });
    const events = await collect(
      fakeGenerator(fake, { maxRetries: 0, maxRegenerations: 0, concurrency: 1 }),
      coursePages(3),
    );
    expect(warningsOf(events).map((w) => [w.code, w.page])).toEqual([['llm_page_failed', 2]]);
    expect(events.filter((e) => e.kind === 'page-done').map((e) => (e as { page: number }).page)).toEqual([1, 2, 3]);
    expect(questionsOf(events).map((q) => q.source.page)).toEqual([1, 1, 3, 3]);
  });

  it('asks again for the missing questions when a stream breaks halfway', async () => {
    fake = await startFakeOpenAi();
    const [page] = coursePages(1);
    const reply = hangingReply(page!.text, 3);
    fake.setScript([{ ...reply, hangAfterTokens: undefined, breakAfterTokens: reply.hangAfterTokens }]);
    const events = await collect(fakeGenerator(fake), [page!], { questionsPerPage: 2 });
    expect(questionsOf(events)).toHaveLength(2);
    expect(fake.requests).toHaveLength(2);
    expect(lastUserText(fake.requests[1]!.body)).toContain('Write 1 question');
  });

  it('gives up on a call that takes longer than callTimeoutMs, closing it', async () => {
    fake = await startFakeOpenAi();
    const [page] = coursePages(1);
    fake.setScript([{ ...hangingReply(page!.text, 3), hangAfterTokens: 1 }]);
    const started = Date.now();
    const error = await failure(collect(fakeGenerator(fake, { callTimeoutMs: 300, maxRegenerations: 0 }), [page!]));
    expect(error).toMatchObject({ code: 'llm_timeout', retryable: true });
    expect(Date.now() - started).toBeLessThan(3000);
    await expect.poll(() => fake.requests[0]!.closedEarly).toBe(true);
  });
});

describe('LLM generator: cancellation', () => {
  it('aborting the job closes the connection to the provider before the completion is finished', async () => {
    fake = await startFakeOpenAi();
    const [page] = coursePages(1);
    fake.setScript([hangingReply(page!.text, 3)]);
    const abort = new AbortController();
    const events: GenerationEvent[] = [];
    const run = (async () => {
      for await (const e of fakeGenerator(fake).generate(
        pagesOf([page!]),
        GenerateOptions.parse({ questionsPerPage: 3 }),
        {
          signal: abort.signal,
        },
      )) {
        events.push(e);
        if (e.kind === 'question') abort.abort();
      }
    })();
    await run;
    expect(questionsOf(events)).toHaveLength(1);
    await expect.poll(() => fake.requests[0]!.closedEarly).toBe(true);
    expect(fake.requests[0]!.finished).toBe(false);
    expect(fake.requests[0]!.tokensSent).toBeLessThan(fake.requests[0]!.tokensTotal);
    expect(fake.active()).toBe(0);
  });

  it('a consumer that stops reading also closes the connection', async () => {
    fake = await startFakeOpenAi();
    const [page] = coursePages(1);
    fake.setScript([hangingReply(page!.text, 3)]);
    for await (const e of fakeGenerator(fake).generate(
      pagesOf([page!]),
      GenerateOptions.parse({ questionsPerPage: 3 }),
      {
        signal: new AbortController().signal,
      },
    )) {
      if (e.kind === 'question') break;
    }
    await expect.poll(() => fake.requests[0]!.closedEarly).toBe(true);
  });
});

describe('LLM generator: limits', () => {
  it('stops starting pages once the job’s token budget is spent, with a warning', async () => {
    const answer = quizResponder();
    fake = await startFakeOpenAi({
      respond: (r) => ({ ...answer(r), usage: { prompt_tokens: 800, completion_tokens: 300 } }),
    });
    const events = await collect(
      fakeGenerator(fake, { maxTokensPerJob: 1000, concurrency: 1, maxConcurrency: 1 }),
      coursePages(5),
    );
    expect(fake.requests).toHaveLength(1);
    expect(events.filter((e) => e.kind === 'page-done')).toEqual([{ kind: 'page-done', page: 1 }]);
    const warning = warningsOf(events).find((w) => w.code === 'token_budget_reached');
    expect(warning?.message).toMatch(/after page 1: the job has used 1100 tokens of its 1000-token budget/);
    expect(events.at(-1)).toEqual(warning);
  });

  it('never has more than `maxConcurrency` calls in flight, across jobs of the same generator', async () => {
    fake = await startFakeOpenAi({ respond: quizResponder({ tokenDelayMs: 1 }) });
    const generator = fakeGenerator(fake, { concurrency: 2, maxConcurrency: 2 });
    const [a, b] = await Promise.all([collect(generator, coursePages(4)), collect(generator, coursePages(4))]);
    expect(fake.requests).toHaveLength(8);
    expect(fake.maxActive()).toBe(2);
    expect(questionsOf(a)).toHaveLength(8);
    expect(questionsOf(b)).toHaveLength(8);
  });

  it('grows past `concurrency` while the provider keeps up, up to `maxConcurrency`', async () => {
    fake = await startFakeOpenAi({ respond: quizResponder({ tokenDelayMs: 1 }) });
    const generator = fakeGenerator(fake, { concurrency: 1, maxConcurrency: 5 });
    const events = await collect(generator, coursePages(30));
    expect(events.filter((e) => e.kind === 'page-done')).toHaveLength(30);
    expect(fake.maxActive()).toBeGreaterThan(2);
    expect(fake.maxActive()).toBeLessThanOrEqual(5);
    expect(generator.scheduler.limit).toBe(5);
  });

  it("keeps under the provider's rate limits by its headers, with no request refused", async () => {
    // Six requests per 1.5 s, refilled continuously; the generator would start eight at once without the headers.
    fake = await startFakeOpenAi({
      respond: quizResponder({ tokenDelayMs: 1 }),
      limits: { requests: 6, windowMs: 1_500 },
    });
    const generator = fakeGenerator(fake, { concurrency: 3, maxConcurrency: 8, maxRetries: 0 });
    const events = await collect(generator, coursePages(14));
    expect(events.filter((e) => e.kind === 'page-done')).toHaveLength(14);
    expect(fake.refused()).toBe(0);
    // The budget held: between any two requests, no more than the six it starts with and what it refilled.
    const starts = fake.requests.map((r) => r.startedAt).sort((a, b) => a - b);
    for (let i = 0; i < starts.length; i++)
      for (let j = i; j < starts.length; j++)
        expect(j - i + 1).toBeLessThanOrEqual(6 + Math.ceil(((starts[j]! - starts[i]!) * 6) / 1_500) + 1);
  });

  it('halves its calls when the provider refuses for load, and finishes the job', async () => {
    fake = await startFakeOpenAi({
      respond: quizResponder({ tokenDelayMs: 1 }),
      // Four 429s with a short Retry-After, when the generator has grown.
      script: [],
    });
    const generator = fakeGenerator(fake, { concurrency: 8, maxConcurrency: 8, maxRetries: 3 });
    let calls = 0;
    const answer = quizResponder({ tokenDelayMs: 1 });
    fake.setScript([], (request) => {
      calls += 1;
      return calls >= 5 && calls <= 8 ? { status: 429, headers: { 'retry-after-ms': '100' } } : answer(request);
    });
    const events = await collect(generator, coursePages(12));
    expect(events.filter((e) => e.kind === 'page-done')).toHaveLength(12);
    // Halved to four, then one more a round at most: below where it started.
    expect(generator.scheduler.limit).toBeLessThan(8);
  });

  it('uses its concurrency: pages run side by side', async () => {
    fake = await startFakeOpenAi({ respond: quizResponder({ tokenDelayMs: 1 }) });
    await collect(fakeGenerator(fake, { concurrency: 3, maxConcurrency: 3 }), coursePages(6));
    expect(fake.maxActive()).toBe(3);
  });
});
