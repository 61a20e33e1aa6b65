import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FakeOpenAi, startFakeOpenAi } from './fake-openai-server.js';

let fake: FakeOpenAi | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function post(url: string, body: object, signal?: AbortSignal) {
  return fetch(`${url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer test-key' },
    body: JSON.stringify(body),
    signal,
  });
}

describe('fake OpenAI server', () => {
  it('streams the scripted content as chat.completion.chunk events, then usage and [DONE]', async () => {
    fake = await startFakeOpenAi({ script: [{ content: 'hello world', tokenChars: 5 }] });
    const res = await post(fake.url, {
      model: 'm',
      stream: true,
      stream_options: { include_usage: true },
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const frames = (await res.text()).split('\n\n').filter(Boolean);
    expect(frames.at(-1)).toBe('data: [DONE]');
    const chunks = frames.slice(0, -1).map((f) => JSON.parse(f.replace(/^data: /, '')));
    expect(chunks.every((c) => c.object === 'chat.completion.chunk')).toBe(true);
    const text = chunks.map((c) => c.choices[0]?.delta?.content ?? '').join('');
    expect(text).toBe('hello world');
    expect(chunks.at(-2).choices[0].finish_reason).toBe('stop');
    expect(chunks.at(-1).usage).toMatchObject({ completion_tokens: 3 });
    expect(fake.requests[0]).toMatchObject({ finished: true, tokensSent: 3, tokensTotal: 3, closedEarly: false });
    expect(fake.requests[0]!.headers.authorization).toBe('Bearer test-key');
    expect(fake.requests[0]!.body.messages).toEqual([{ role: 'user', content: 'hi' }]);
  });

  it('leaves usage out when the client did not ask for it', async () => {
    fake = await startFakeOpenAi({ script: [{ content: 'x' }] });
    const text = await (await post(fake.url, { stream: true, messages: [] })).text();
    expect(text).not.toContain('usage');
  });

  it('answers scripted HTTP errors with their headers and an OpenAI-style error body', async () => {
    fake = await startFakeOpenAi({
      script: [{ status: 429, headers: { 'retry-after': '1' }, error: { message: 'slow down', code: 'rate_limit' } }],
    });
    const res = await post(fake.url, { stream: true, messages: [] });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(await res.json()).toMatchObject({ error: { message: 'slow down', code: 'rate_limit' } });
  });

  it('records a client that hangs up before the reply is complete', async () => {
    fake = await startFakeOpenAi({ script: [{ content: 'a long answer', tokenChars: 1, hangAfterTokens: 3 }] });
    const abort = new AbortController();
    const res = await post(fake.url, { stream: true, messages: [] }, abort.signal);
    const reader = res.body!.getReader();
    await reader.read();
    await vi.waitFor(() => expect(fake!.requests[0]!.tokensSent).toBe(3));
    expect(fake.closedEarly()).toBe(false);
    abort.abort();
    await vi.waitFor(() => expect(fake!.requests[0]!.closedEarly).toBe(true));
    expect(fake.closedEarly()).toBe(true);
    expect(fake.active()).toBe(0);
  });

  it('counts the requests in flight and the most at once', async () => {
    fake = await startFakeOpenAi({ tokenDelayMs: 20 });
    const bodies = [1, 2, 3].map(() => post(fake!.url, { stream: true, messages: [] }).then((r) => r.text()));
    await vi.waitFor(() => expect(fake!.active()).toBe(3));
    await Promise.all(bodies);
    expect(fake.maxActive()).toBe(3);
    expect(fake.active()).toBe(0);
  });

  it('follows a new script after setScript', async () => {
    fake = await startFakeOpenAi();
    fake.setScript([{ status: 500 }]);
    expect((await post(fake.url, { stream: true, messages: [] })).status).toBe(500);
    expect((await post(fake.url, { stream: true, messages: [] })).status).toBe(200);
  });
  it('keeps an account’s rate limits: headers on every answer, a 429 with Retry-After over them', async () => {
    fake = await startFakeOpenAi({
      respond: () => ({ content: 'ok' }),
      limits: { requests: 2, tokens: 1_000, windowMs: 400 },
      firstTokenMs: 30,
    });
    const ask = () => post(fake!.url, { model: 'm', stream: true, messages: [{ role: 'user', content: 'hi' }] });
    const started = Date.now();
    const first = await ask();
    expect(first.headers.get('x-ratelimit-limit-requests')).toBe('2');
    expect(first.headers.get('x-ratelimit-remaining-requests')).toBe('1');
    expect(first.headers.get('x-ratelimit-limit-tokens')).toBe('1000');
    expect(Number(first.headers.get('x-ratelimit-remaining-tokens'))).toBeLessThan(1_000);
    expect(first.headers.get('x-ratelimit-reset-requests')).toMatch(/^\d+ms$/);
    await first.text();
    // The first token waited for the model to read its prompt.
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    expect((await ask()).headers.get('x-ratelimit-remaining-requests')).toBe('0');
    const refused = await ask();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after-ms'))).toBeGreaterThan(0);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limit_exceeded');
    expect(fake.refused()).toBe(1);
    // Once the window has moved on, requests are answered again.
    await new Promise((r) => setTimeout(r, Number(refused.headers.get('retry-after-ms')) + 20));
    expect((await ask()).status).toBe(200);
  });
  it('reports the tokens a request shares with an earlier one as cached, from 1,024 on, as OpenAI does', async () => {
    fake = await startFakeOpenAi({ respond: () => ({ content: 'ok' }), promptCaching: true });
    const long = 'The same instructions for every call. '.repeat(200);
    const ask = async (page: string) => {
      const res = await post(fake!.url, {
        model: 'm',
        stream: true,
        stream_options: { include_usage: true },
        messages: [
          { role: 'system', content: long },
          { role: 'user', content: page },
        ],
      });
      const frames = (await res.text()).split('\n\n').filter((f) => f.startsWith('data: {'));
      return JSON.parse(frames.at(-1)!.replace(/^data: /, '')).usage;
    };
    expect((await ask('page one')).prompt_tokens_details).toEqual({ cached_tokens: 0 });
    const second = await ask('page two');
    expect(second.prompt_tokens_details.cached_tokens).toBeGreaterThanOrEqual(1_024);
    expect(second.prompt_tokens_details.cached_tokens % 128).toBe(0);
    expect(second.prompt_tokens_details.cached_tokens).toBeLessThan(second.prompt_tokens);
  });
});
