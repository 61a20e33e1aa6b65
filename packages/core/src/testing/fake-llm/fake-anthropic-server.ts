// A fake Anthropic model server: a real HTTP server on 127.0.0.1 speaking the Messages API's streaming protocol
// (message_start, content blocks, message_delta, message_stop), so the code under test goes through the real
// Anthropic provider client and a real socket. It answers as the OpenAI fake does (the same responders, given
// the request turned into a Chat Completions body) and caches prompts as Anthropic does: only up to the last
// block marked `cache_control`, only from 1,024 tokens, written by one request and read by the next ones.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type ChatRequestBody,
  type FakeRequest,
  type FakeResponder,
  quizResponder,
  readBody,
} from './fake-openai-server.js';

/** A content block of the Messages API, as far as the fake reads it. */
interface Block {
  type: string;
  text?: string;
  cache_control?: { type: string };
}

export interface AnthropicRequestBody {
  model?: string;
  stream?: boolean;
  system?: string | Block[];
  messages?: { role: string; content: string | Block[] }[];
  tools?: { name: string; input_schema?: unknown; cache_control?: { type: string } }[];
  output_config?: { format?: { type: string; schema?: unknown } };
  [key: string]: unknown;
}

export interface FakeAnthropicRequest {
  index: number;
  headers: IncomingMessage['headers'];
  body: AnthropicRequestBody;
  /** Usage the fake reported for it. */
  usage?: AnthropicUsage;
}

interface AnthropicUsage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
}

export interface FakeAnthropic {
  /** Base URL to give an Anthropic client (ends in /v1). */
  url: string;
  requests: FakeAnthropicRequest[];
  close(): Promise<void>;
}

/** Anthropic's smallest cacheable prompt (Sonnet and Opus models), in tokens. */
const MIN_CACHEABLE_TOKENS = 1024;

export async function startFakeAnthropic(options: { respond?: FakeResponder } = {}): Promise<FakeAnthropic> {
  const respond = options.respond ?? quizResponder();
  const requests: FakeAnthropicRequest[] = [];
  // Prefixes written to the cache so far (a cache lives five minutes; a test is shorter).
  const cached = new Set<string>();

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ type: 'error', error: { type: 'api_error', message: String(error) } }));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const raw = await readBody(req);
    if (req.method !== 'POST' || !req.url?.endsWith('/messages')) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ type: 'error', error: { type: 'not_found_error', message: `no route ${req.url}` } }));
      return;
    }
    const body = JSON.parse(raw || '{}') as AnthropicRequestBody;
    const record: FakeAnthropicRequest = { index: requests.length, headers: req.headers, body };
    requests.push(record);
    const reply = respond(asChatRequest(record));
    const content = reply.content ?? '';

    const all = tokens(JSON.stringify([body.tools ?? [], body.system ?? '', body.messages ?? []]));
    const prefix = cachedPrefix(body);
    const prefixTokens = prefix === undefined ? 0 : tokens(prefix);
    const cacheable = prefix !== undefined && prefixTokens >= MIN_CACHEABLE_TOKENS;
    const read = cacheable && cached.has(prefix);
    if (cacheable) cached.add(prefix);
    // As Anthropic counts them: input_tokens are those after the cached prefix, whether it was read or written.
    const usage: AnthropicUsage = {
      input_tokens: all - (cacheable ? prefixTokens : 0),
      output_tokens: Math.ceil(content.length / 4),
      cache_creation_input_tokens: cacheable && !read ? prefixTokens : 0,
      cache_read_input_tokens: read ? prefixTokens : 0,
    };
    record.usage = usage;

    const model = body.model ?? 'claude-fake';
    const send = (event: string, data: object) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    send('message_start', {
      type: 'message_start',
      message: {
        id: `msg_fake_${record.index}`,
        type: 'message',
        role: 'assistant',
        model,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: { ...usage, output_tokens: 1 },
      },
    });
    send('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } });
    for (let i = 0; i < content.length; i += 16) {
      send('content_block_delta', {
        type: 'content_block_delta',
        index: 0,
        delta: { type: 'text_delta', text: content.slice(i, i + 16) },
      });
    }
    send('content_block_stop', { type: 'content_block_stop', index: 0 });
    send('message_delta', {
      type: 'message_delta',
      delta: { stop_reason: 'end_turn', stop_sequence: null },
      usage: { output_tokens: usage.output_tokens },
    });
    send('message_stop', { type: 'message_stop' });
    res.end();
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** About four characters a token, as the OpenAI fake counts. */
function tokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/**
 * The prompt up to and including the last block marked `cache_control`, in Anthropic's order (tools, system,
 * messages), or undefined when nothing is marked.
 */
function cachedPrefix(body: AnthropicRequestBody): string | undefined {
  const parts: unknown[] = [];
  let end = -1;
  for (const tool of body.tools ?? []) {
    parts.push(tool);
    if (tool.cache_control) end = parts.length;
  }
  for (const block of typeof body.system === 'string' ? [] : (body.system ?? [])) {
    parts.push(block);
    if (block.cache_control) end = parts.length;
  }
  for (const message of body.messages ?? []) {
    for (const block of typeof message.content === 'string' ? [] : message.content) {
      parts.push(block);
      if (block.cache_control) end = parts.length;
    }
  }
  return end < 0 ? undefined : JSON.stringify(parts.slice(0, end));
}

/** The request as the OpenAI fake's responders read one: the system and user texts, the output's schema. */
function asChatRequest(record: FakeAnthropicRequest): FakeRequest {
  const { body } = record;
  const text = (content: string | Block[] | undefined) =>
    typeof content === 'string' ? content : (content ?? []).map((b) => b.text ?? '').join('');
  const schema = body.output_config?.format?.schema ?? body.tools?.find((t) => t.name === 'json')?.input_schema;
  const chat: ChatRequestBody = {
    model: body.model,
    messages: [
      { role: 'system', content: text(body.system) },
      ...(body.messages ?? []).map((m) => ({ role: m.role, content: text(m.content) })),
    ],
    ...(schema ? { response_format: { type: 'json_schema', json_schema: { schema } } } : {}),
  } as ChatRequestBody;
  return {
    index: record.index,
    method: 'POST',
    path: '/v1/messages',
    headers: record.headers,
    body: chat,
    tokensSent: 0,
    tokensTotal: 0,
    finished: false,
    closedEarly: false,
    startedAt: Date.now(),
    endedAt: undefined,
  };
}
