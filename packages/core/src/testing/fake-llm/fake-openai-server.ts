// A fake OpenAI-compatible model server for tests and benchmarks: a real HTTP server on 127.0.0.1 speaking the
// Chat Completions streaming protocol, so the code under test goes through its real provider client, real
// fetch and a real socket. Each reply is scripted (text written token by token with a delay, an HTTP error with
// headers, a stream that hangs or breaks halfway) and every request is recorded, including how far its reply
// got and whether the client hung up first, which is how tests see streaming, retries and cancellation.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pagesOfPrompt } from '../../generate/llm/prompt.js';
import { type FakeQuestion, fakeQuestions, quizJson } from './fake-quiz.js';

export interface FakeReply {
  /** Reply with this HTTP error status instead of a completion. */
  status?: number;
  /** Extra response headers (e.g. `Retry-After` on a 429). */
  headers?: Record<string, string>;
  /** The error body's `error` object for a status reply. */
  error?: { message: string; type?: string; code?: string };
  /** What the model writes. */
  content?: string;
  /** Characters per streamed token (default 4). */
  tokenChars?: number;
  /** Pause before each token, in ms (default: the server's tokenDelayMs). */
  tokenDelayMs?: number;
  /** Stop writing after this many tokens and leave the response open until the client goes away. */
  hangAfterTokens?: number;
  /** Destroy the connection after this many tokens: a stream that breaks halfway. */
  breakAfterTokens?: number;
  /** Usage to report (default: about four characters per token of the request and the content). */
  usage?: { prompt_tokens: number; completion_tokens: number; cached_tokens?: number };
  finishReason?: 'stop' | 'length';
}

export interface FakeRequest {
  /** Order of arrival, from 0. */
  index: number;
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** The parsed JSON body. */
  body: ChatRequestBody;
  /** Tokens of the reply written so far, and in all. */
  tokensSent: number;
  tokensTotal: number;
  /** The server wrote the whole reply. */
  finished: boolean;
  /** The client closed the connection before the reply was complete. */
  closedEarly: boolean;
  startedAt: number;
  endedAt: number | undefined;
}

export interface ChatRequestBody {
  model?: string;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  messages?: { role: string; content: string | { type: string; text?: string }[] }[];
  response_format?: { type: string; json_schema?: { schema?: JsonSchemaLike } };
  [key: string]: unknown;
}

interface JsonSchemaLike {
  properties?: Record<string, JsonSchemaLike>;
  items?: JsonSchemaLike;
  enum?: string[];
}

export type FakeResponder = (request: FakeRequest) => FakeReply;

export interface FakeOpenAiOptions {
  /** Replies for the first requests, in order of arrival. */
  script?: FakeReply[];
  /** Reply to requests past the script (default: `quizResponder()`, grounded questions from the page). */
  respond?: FakeResponder;
  /** Default pause before each token, in ms (default 0). */
  tokenDelayMs?: number;
  /** Pause before the first token of every completion, in ms: the model reading its prompt (default 0). */
  firstTokenMs?: number;
  /**
   * The account's rate limits, as OpenAI enforces them: requests and tokens (the prompt's, about four
   * characters a token, and the completion's) per `windowMs` (default a minute), refilled continuously. Every
   * answer carries `x-ratelimit-limit-*`, `x-ratelimit-remaining-*` and `x-ratelimit-reset-*`; a request over a
   * limit is refused with 429 and `retry-after` (seconds) and `retry-after-ms`, and counts for nothing.
   */
  limits?: { requests?: number; tokens?: number; windowMs?: number };
  /**
   * Prompt caching as OpenAI does it: the longest start a request's messages share with an earlier request's,
   * from 1,024 tokens, in steps of 128, is reported as `prompt_tokens_details.cached_tokens`.
   */
  promptCaching?: boolean;
}

export interface FakeOpenAi {
  /** Base URL to give an OpenAI client (ends in /v1). */
  url: string;
  requests: FakeRequest[];
  /** Requests being answered now, and the most there ever were at once. */
  active(): number;
  maxActive(): number;
  /** Whether any client hung up before its reply was complete. */
  closedEarly(): boolean;
  /** Requests refused with 429 for being over the rate limits. */
  refused(): number;
  /** Replaces the script (the replies for the next requests) and, optionally, the fallback responder. */
  setScript(script: FakeReply[], respond?: FakeResponder): void;
  close(): Promise<void>;
}

export async function startFakeOpenAi(options: FakeOpenAiOptions = {}): Promise<FakeOpenAi> {
  let script = [...(options.script ?? [])];
  let respond = options.respond ?? quizResponder();
  const requests: FakeRequest[] = [];
  let active = 0;
  let maxActive = 0;
  const window = options.limits ? new RateWindow(options.limits) : undefined;
  let refused = 0;

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: String(error) } }));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const raw = await readBody(req);
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: `no route ${req.method} ${req.url}`, code: 'not_found' } }));
      return;
    }
    const record: FakeRequest = {
      index: requests.length,
      method: req.method,
      path: req.url,
      headers: req.headers,
      body: JSON.parse(raw || '{}') as ChatRequestBody,
      tokensSent: 0,
      tokensTotal: 0,
      finished: false,
      closedEarly: false,
      startedAt: Date.now(),
      endedAt: undefined,
    };
    requests.push(record);
    active += 1;
    maxActive = Math.max(maxActive, active);
    res.on('close', () => {
      active -= 1;
      record.endedAt = Date.now();
      if (!res.writableFinished) record.closedEarly = true;
    });
    const reply = script.shift() ?? respond(record);
    let limitHeaders: Record<string, string> = {};
    if (window && reply.status === undefined) {
      const promptTokens = Math.ceil(JSON.stringify(record.body.messages ?? []).length / 4);
      const cost = promptTokens + Math.ceil((reply.content ?? '').length / (reply.tokenChars ?? 4));
      const verdict = window.admit(cost);
      limitHeaders = verdict.headers;
      if (!verdict.ok) {
        refused += 1;
        res.writeHead(429, { 'content-type': 'application/json', ...limitHeaders });
        res.end(
          JSON.stringify({
            error: { type: 'requests', code: 'rate_limit_exceeded', message: `Rate limit reached: ${verdict.reason}.` },
          }),
        );
        record.finished = true;
        return;
      }
    }
    if (reply.status !== undefined) {
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(JSON.stringify({ error: { type: 'server_error', ...(reply.error ?? { message: 'fake error' }) } }));
      record.finished = true;
      return;
    }
    const cached = options.promptCaching ? cachedTokens(record, requests) : undefined;
    const withCache =
      cached !== undefined && reply.usage?.cached_tokens === undefined ? { ...reply, cachedTokens: cached } : reply;
    await stream(record, withCache, res, options.tokenDelayMs ?? 0, options.firstTokenMs ?? 0, limitHeaders);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    active: () => active,
    maxActive: () => maxActive,
    closedEarly: () => requests.some((r) => r.closedEarly),
    refused: () => refused,
    setScript(next, responder) {
      script = [...next];
      if (responder) respond = responder;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * An account's limits as OpenAI and Anthropic keep them: budgets of requests and of tokens that refill
 * continuously, from empty to full in `windowMs` (a token bucket), starting full.
 */
class RateWindow {
  readonly #windowMs: number;
  readonly #requests: Bucket | undefined;
  readonly #tokens: Bucket | undefined;

  constructor(limits: { requests?: number; tokens?: number; windowMs?: number }) {
    this.#windowMs = limits.windowMs ?? 60_000;
    this.#requests = limits.requests ? new Bucket(limits.requests, this.#windowMs) : undefined;
    this.#tokens = limits.tokens ? new Bucket(limits.tokens, this.#windowMs) : undefined;
  }

  admit(tokens: number): { ok: boolean; reason?: string; headers: Record<string, string> } {
    const now = Date.now();
    const waitRequests = this.#requests?.wait(1, now) ?? 0;
    const waitTokens = this.#tokens?.wait(tokens, now) ?? 0;
    const ok = waitRequests === 0 && waitTokens === 0;
    if (ok) {
      this.#requests?.take(1, now);
      this.#tokens?.take(tokens, now);
    }
    const headers: Record<string, string> = {};
    for (const [kind, bucket] of [
      ['requests', this.#requests],
      ['tokens', this.#tokens],
    ] as const) {
      if (!bucket) continue;
      headers[`x-ratelimit-limit-${kind}`] = String(bucket.capacity);
      headers[`x-ratelimit-remaining-${kind}`] = String(Math.max(0, Math.floor(bucket.level(now))));
      // As OpenAI's: the time until the budget is back to its initial state (full).
      headers[`x-ratelimit-reset-${kind}`] = `${Math.ceil(bucket.untilFull(now))}ms`;
    }
    if (!ok) {
      const wait = Math.max(1, Math.ceil(Math.max(waitRequests, waitTokens)));
      headers['retry-after-ms'] = String(wait);
      headers['retry-after'] = String(Math.ceil(wait / 1000));
    }
    return { ok, ...(ok ? {} : { reason: waitRequests > 0 ? 'requests per minute' : 'tokens per minute' }), headers };
  }
}

class Bucket {
  #level: number;
  #at = Date.now();

  constructor(
    readonly capacity: number,
    private readonly windowMs: number,
  ) {
    this.#level = capacity;
  }

  level(now: number): number {
    return Math.min(this.capacity, this.#level + ((now - this.#at) * this.capacity) / this.windowMs);
  }

  /** Milliseconds until `units` are there (a request dearer than the whole budget needs it full). */
  wait(units: number, now: number): number {
    const needed = Math.min(units, this.capacity);
    const level = this.level(now);
    return level >= needed ? 0 : ((needed - level) * this.windowMs) / this.capacity;
  }

  take(units: number, now: number): void {
    this.#level = this.level(now) - Math.min(units, this.capacity);
    this.#at = now;
  }

  untilFull(now: number): number {
    return ((this.capacity - this.level(now)) * this.windowMs) / this.capacity;
  }
}

/** Tokens OpenAI would read from its cache for this request: see FakeOpenAiOptions.promptCaching. */
function cachedTokens(record: FakeRequest, requests: readonly FakeRequest[]): number {
  const text = JSON.stringify(record.body.messages ?? []);
  let longest = 0;
  // The last requests are enough: a cache lives minutes, and every call of a job starts the same way.
  for (const earlier of requests.slice(Math.max(0, record.index - 50), record.index)) {
    const other = JSON.stringify(earlier.body.messages ?? []);
    let n = 0;
    while (n < text.length && n < other.length && text[n] === other[n]) n++;
    longest = Math.max(longest, n);
  }
  const tokens = Math.floor(longest / 4);
  return tokens < 1024 ? 0 : Math.floor(tokens / 128) * 128;
}

async function stream(
  record: FakeRequest,
  reply: FakeReply & { cachedTokens?: number },
  res: ServerResponse,
  defaultDelay: number,
  firstTokenMs: number,
  headers: Record<string, string>,
) {
  const content = reply.content ?? '';
  const size = reply.tokenChars ?? 4;
  const tokens: string[] = [];
  for (let i = 0; i < content.length; i += size) tokens.push(content.slice(i, i + size));
  record.tokensTotal = tokens.length;
  const delay = reply.tokenDelayMs ?? defaultDelay;
  const id = `chatcmpl-fake-${record.index}`;
  const model = record.body.model ?? 'fake-model';
  const chunk = (choices: unknown[], extra: object = {}) =>
    `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: 0, model, choices, ...extra })}\n\n`;

  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...headers });
  res.write(chunk([{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }]));
  if (firstTokenMs > 0) await sleep(firstTokenMs);
  for (const token of tokens) {
    if (record.tokensSent === reply.hangAfterTokens) return; // the response stays open until the client leaves
    if (record.tokensSent === reply.breakAfterTokens) {
      res.destroy();
      return;
    }
    if (delay > 0) await sleep(delay);
    if (res.destroyed) return;
    res.write(chunk([{ index: 0, delta: { content: token }, finish_reason: null }]));
    record.tokensSent += 1;
  }
  res.write(chunk([{ index: 0, delta: {}, finish_reason: reply.finishReason ?? 'stop' }]));
  if (record.body.stream_options?.include_usage) {
    const prompt_tokens = reply.usage?.prompt_tokens ?? Math.ceil(JSON.stringify(record.body.messages).length / 4);
    const completion_tokens = reply.usage?.completion_tokens ?? tokens.length;
    const cached_tokens = reply.usage?.cached_tokens ?? reply.cachedTokens;
    res.write(
      chunk([], {
        usage: {
          prompt_tokens,
          completion_tokens,
          total_tokens: prompt_tokens + completion_tokens,
          ...(cached_tokens !== undefined ? { prompt_tokens_details: { cached_tokens } } : {}),
        },
      }),
    );
  }
  res.write('data: [DONE]\n\n');
  record.finished = true;
  res.end();
}

export interface QuizResponderOptions {
  /** Pause before each token, in ms (default: the server's). */
  tokenDelayMs?: number;
  tokenChars?: number;
}

/**
 * Answers like a well-behaved model: the number of questions the prompt asks for, built from the sentences of
 * the page in the prompt (of each page in turn, for short pages sent together), of the types and difficulties
 * the request's schema allows. A second ask skips as many sentences as the prompt lists questions already asked.
 */
export function quizResponder(options: QuizResponderOptions = {}): FakeResponder {
  return (request) => {
    const prompt = lastUserText(request.body);
    if (prompt.startsWith('<<<QUESTION')) {
      return { content: JSON.stringify({ answer: answerFromSentence(prompt) }), ...options };
    }
    const pages = pagesOfPrompt(prompt);
    if (pages.length === 0) return { content: quizJson([]) };
    const count = Number(/Write (\d+) question/.exec(prompt)?.[1] ?? 1);
    const item = request.body.response_format?.json_schema?.schema?.properties?.elements?.items;
    const skip = /Already asked[^\n]*\n((?:- .*\n)*)/.exec(prompt)?.[1]?.split('\n').filter(Boolean).length ?? 0;
    // Short pages sent together: questions from each page in turn.
    const perPage = pages.map((page) =>
      fakeQuestions({
        text: page.text,
        page: page.page,
        count,
        types: item?.properties?.type?.enum ?? ['multiple_choice'],
        difficulties: item?.properties?.difficulty?.enum ?? ['medium'],
        skip: Math.floor(skip / pages.length),
      }),
    );
    const questions: FakeQuestion[] = [];
    for (let i = 0; questions.length < count && perPage.some((q) => i < q.length); i++) {
      for (const q of perPage) if (i < q.length && questions.length < count) questions.push(q[i]!);
    }
    return { content: quizJson(questions), tokenDelayMs: options.tokenDelayMs, tokenChars: options.tokenChars };
  };
}

/**
 * A careful student's answer to a verification prompt (LLM_VERIFY): the words of the sentence that fill the
 * question's blank, as the choice that says them; for a true-or-false statement, whether the sentence says it.
 */
function answerFromSentence(prompt: string): string[] {
  const question = /<<<QUESTION\n([\s\S]*?)\nQUESTION>>>/.exec(prompt)?.[1] ?? '';
  const sentence = /<<<SENTENCE\n([\s\S]*?)\nSENTENCE>>>/.exec(prompt)?.[1] ?? '';
  const [stem = '', ...rest] = question.split('\n');
  const choices = rest.filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
  const statement = stem.replace(/^[^:]{1,40}:\s*/, '');
  const blank = statement.indexOf('____');
  if (blank < 0) {
    const said = sentence.includes(statement.trim());
    return choices.length === 2 ? [said ? choices[0]! : choices[1]!] : [];
  }
  const before = statement.slice(0, blank);
  const after = statement.slice(blank + 4);
  const start = sentence.indexOf(before) >= 0 ? sentence.indexOf(before) + before.length : 0;
  const end = after ? sentence.indexOf(after, start) : sentence.length;
  const filled = sentence.slice(start, end < 0 ? undefined : end).trim();
  const choice = choices.find((c) => c.toLowerCase() === filled.toLowerCase());
  return [choice ?? filled];
}

/**
 * Answers like a model that gets keys wrong: of every four questions `quizResponder` would write, one is left as
 * it is and three are planted, their explanations marked "(planted)": a multiple choice keyed to a wrong choice,
 * the page's own sentence marked "False", and a "False" statement whose explanation corrects nothing. None of
 * the planted ones may reach a quiz.
 */
export function keyPlantingResponder(options: QuizResponderOptions = {}): FakeResponder {
  const honest = quizResponder(options);
  return (request) => {
    const reply = honest(request);
    const { elements } = JSON.parse(reply.content ?? '{"elements":[]}') as { elements: FakeQuestion[] };
    const planted = elements.map((q, i): FakeQuestion => {
      const explanation = 'Not what the page says (planted).';
      switch (i % 4) {
        case 1:
          return q.choices.length > 1
            ? { ...q, type: 'multiple_choice', answer: [q.choices[1]!], explanation }
            : { ...q, type: 'true_false', choices: ['True', 'False'], answer: ['False'], explanation };
        case 2:
          return {
            ...q,
            type: 'true_false',
            prompt: `True or false: ${q.quote}`,
            choices: ['True', 'False'],
            answer: ['False'],
            explanation,
          };
        case 3:
          return {
            ...q,
            type: 'true_false',
            prompt: `True or false: ${q.quote.replace(/\p{L}{5,}/u, 'nothing')}`,
            choices: ['True', 'False'],
            answer: ['False'],
            explanation,
          };
        default:
          return q;
      }
    });
    return { ...reply, content: quizJson(planted) };
  };
}

/** The text of the last user message of a chat request. */
export function lastUserText(body: ChatRequestBody): string {
  const message = [...(body.messages ?? [])].reverse().find((m) => m.role === 'user');
  if (!message) return '';
  return typeof message.content === 'string'
    ? message.content
    : message.content.map((part) => part.text ?? '').join('');
}

/** A request's whole body as text. */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
