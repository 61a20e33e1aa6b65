// Prompt caching: the instructions are a prefix every call shares, long enough for the providers to cache, and
// marked for Anthropic; the tokens read from the cache come back in the usage events.
import { countTokens as cl100kTokens } from 'gpt-tokenizer/encoding/cl100k_base';
import { countTokens as o200kTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type FakeAnthropic,
  type FakeOpenAi,
  startFakeAnthropic,
  startFakeOpenAi,
} from '../../testing/fake-llm/index.js';
import { isGrounded } from '../grounding.js';
import { createLlmGenerator } from './llm-generator.js';
import { collect, coursePages, fakeGenerator, questionsOf } from './llm-harness.fixture.js';
import { pagePrompt, SYSTEM_PROMPT } from './prompt.js';

let openai: FakeOpenAi | undefined;
let anthropic: FakeAnthropic | undefined;
afterEach(async () => {
  await openai?.close();
  await anthropic?.close();
  openai = anthropic = undefined;
});

describe('the instructions every call shares', () => {
  it('are longer than the 1,024 tokens from which providers cache a prompt, in the tokenizers of OpenAI models', () => {
    expect(o200kTokens(SYSTEM_PROMPT)).toBeGreaterThanOrEqual(1_024);
    expect(cl100kTokens(SYSTEM_PROMPT)).toBeGreaterThanOrEqual(1_024);
  });

  it('hold nothing of a job or a page: that comes after them, in the user message', () => {
    const one = pagePrompt({
      page: 3,
      totalPages: 40,
      text: 'Mitochondria are the site of aerobic respiration.',
      part: 1,
      parts: 1,
      count: 2,
      options: { types: ['true_false'], difficulty: 'hard', language: 'fr' },
      avoid: ['Où se fait la respiration aérobie ?'],
      retry: true,
    });
    const other = pagePrompt({
      page: 1,
      totalPages: 2,
      text: 'Die Zelle ist die kleinste Einheit des Lebens.',
      pack: [
        { page: 1, text: 'Die Zelle ist die kleinste Einheit des Lebens.' },
        { page: 2, text: 'Zellen teilen sich durch Mitose.' },
      ],
      part: 1,
      parts: 1,
      count: 5,
      options: { types: ['multiple_choice', 'short_answer'], difficulty: 'mixed' },
      avoid: [],
      retry: false,
    });
    expect(one.system).toBe(SYSTEM_PROMPT);
    expect(other.system).toBe(SYSTEM_PROMPT);
    expect(one.prompt).toContain('Mitochondria are the site');
    expect(one.prompt).toContain('"fr"');
    expect(one.prompt).toContain('Où se fait');
    expect(other.prompt).toContain('Zellen teilen sich');
  });
});

describe('prompt caching', () => {
  it('OpenAI: every call after the first reads the instructions from the cache, and says so in its usage', async () => {
    openai = await startFakeOpenAi({ promptCaching: true });
    const events = await collect(fakeGenerator(openai, { concurrency: 1 }), coursePages(4), { questionsPerPage: 2 });
    const usage = events.flatMap((e) => (e.kind === 'usage' ? [e] : []));
    expect(usage).toHaveLength(4);
    expect(usage[0]!.cachedInputTokens).toBe(0);
    for (const later of usage.slice(1)) {
      expect(later.cachedInputTokens).toBeGreaterThanOrEqual(1_024);
      expect(later.cachedInputTokens).toBeLessThan(later.inputTokens);
    }
  });

  it('Anthropic: the instructions are marked cache_control, written once and read by every call after', async () => {
    anthropic = await startFakeAnthropic();
    const generator = createLlmGenerator({
      provider: 'anthropic',
      baseURL: anthropic.url,
      apiKey: 'sk-ant-local',
      model: 'claude-sonnet-4-5',
      concurrency: 1,
    });
    const pages = coursePages(3);
    const events = await collect(generator, pages, { questionsPerPage: 2 });
    expect(anthropic.requests).toHaveLength(3);
    for (const { body, headers } of anthropic.requests) {
      expect(headers['x-api-key']).toBe('sk-ant-local');
      expect(body.system).toEqual([{ type: 'text', text: SYSTEM_PROMPT, cache_control: { type: 'ephemeral' } }]);
      // The page is in the user message, after the mark.
      expect(JSON.stringify(body.messages)).toContain('<<<PAGE');
      expect(JSON.stringify(body.messages)).not.toContain('cache_control');
    }
    const [first, ...later] = anthropic.requests.map((r) => r.usage!);
    expect(first!.cache_creation_input_tokens).toBeGreaterThanOrEqual(1_024);
    expect(first!.cache_read_input_tokens).toBe(0);
    for (const u of later) expect(u.cache_read_input_tokens).toBe(first!.cache_creation_input_tokens);

    const usage = events.flatMap((e) => (e.kind === 'usage' ? [e] : []));
    expect(usage.map((u) => u.cachedInputTokens)).toEqual(
      anthropic.requests.map((r) => r.usage!.cache_read_input_tokens),
    );
    // Input tokens count the cached ones too, as OpenAI's do.
    for (const [i, u] of usage.entries()) {
      const reported = anthropic.requests[i]!.usage!;
      expect(u.inputTokens).toBe(
        reported.input_tokens + reported.cache_creation_input_tokens + reported.cache_read_input_tokens,
      );
    }
    const questions = questionsOf(events);
    expect(questions.length).toBeGreaterThanOrEqual(3);
    for (const q of questions) expect(isGrounded(q.source.quote, pages[q.source.page - 1]!.text)).toBe(true);
  });
});
