// What the LLM generator needs to know: which provider and model, how to reach it, and the limits that keep a
// job's cost and load bounded. Settings arrive as a plain object; `llmSettingsFromEnv` is the one place that
// knows the environment variable names, and it is pure (the caller hands it the environment).
import { z } from 'zod';

export const LLM_PROVIDERS = ['google', 'vertex', 'openai', 'anthropic', 'ollama'] as const;
export const LlmProvider = z.enum(LLM_PROVIDERS);
export type LlmProvider = z.infer<typeof LlmProvider>;

/** Cheap, fast models that follow a JSON schema well; any model of the provider can be configured instead. */
export const DEFAULT_LLM_MODELS: Record<LlmProvider, string> = {
  google: 'gemini-2.5-flash',
  vertex: 'gemini-2.5-flash',
  openai: 'gpt-4o-mini',
  anthropic: 'claude-haiku-4-5',
  ollama: 'qwen2.5:7b',
};

export const DEFAULT_VERTEX_LOCATION = 'us-central1';
export const DEFAULT_OLLAMA_BASE_URL = 'http://127.0.0.1:11434/api';

type FetchFunction = typeof globalThis.fetch;

export const LlmSettings = z
  .object({
    provider: LlmProvider,
    /** Model id as the provider names it; defaults to DEFAULT_LLM_MODELS[provider]. */
    model: z.string().trim().min(1).optional(),
    /** Required for google, anthropic and openai (unless baseURL points at a server that needs none). */
    apiKey: z.string().trim().min(1).optional(),
    /** openai: any OpenAI-compatible server (llama.cpp, vLLM, LM Studio...); ollama: the Ollama API. */
    baseURL: z.url().optional(),
    /** vertex: the Google Cloud project and region; credentials are Application Default Credentials. */
    project: z.string().trim().min(1).optional(),
    location: z.string().trim().min(1).default(DEFAULT_VERTEX_LOCATION),
    /** Provider calls in flight at once at first, across all jobs using this generator; it adapts from there. */
    concurrency: z.number().int().min(1).max(256).default(2),
    /** The most provider calls in flight at once however well the provider answers (at least `concurrency`). */
    maxConcurrency: z.number().int().min(1).max(256).default(32),
    /** Requests per minute the key allows this instance, when known; the provider's headers are read anyway. */
    rpm: z.number().int().min(1).optional(),
    /** Input and output tokens per minute the key allows this instance, when known. */
    tpm: z.number().int().min(1).optional(),
    /** One call (one page or page chunk), from request to last token, including the SDK's retries. */
    callTimeoutMs: z.number().int().min(1).default(120_000),
    /** Retries of a call refused with 408/409/429/5xx or a network error (exponential backoff, Retry-After). */
    maxRetries: z.number().int().min(0).max(10).default(2),
    /** Tokens (input + output) one job may spend; 0 means no limit. */
    maxTokensPerJob: z.number().int().min(0).default(2_000_000),
    /** Longer pages are split into chunks of at most this many characters, each asked separately. */
    maxPageChars: z.number().int().min(200).default(12_000),
    /** Extra asks for a page chunk whose questions were dropped (invalid, ungrounded, duplicate) or cut short. */
    maxRegenerations: z.number().int().min(0).max(5).default(2),
    /**
     * The model's prices in USD per million tokens (LLM_PRICE_INPUT_PER_MTOK, LLM_PRICE_OUTPUT_PER_MTOK,
     * LLM_PRICE_CACHED_INPUT_PER_MTOK), to tell what a quiz cost; input and output together, or neither.
     */
    prices: z
      .object({ input: z.number().min(0), output: z.number().min(0), cachedInput: z.number().min(0).optional() })
      .optional(),
    /**
     * LLM_VERIFY: ask each question again with its quote alone and drop those answered otherwise; with
     * `verifyModel` (LLM_VERIFY_MODEL), another model of the same provider answers.
     */
    verify: z.boolean().default(false),
    verifyModel: z.string().trim().min(1).optional(),
    /** Replaces the HTTP client (tests); every provider accepts it. */
    fetch: z.custom<FetchFunction>((v) => typeof v === 'function', 'fetch must be a function').optional(),
  })
  .superRefine((s, ctx) => {
    const needsKey = s.provider === 'google' || s.provider === 'anthropic' || (s.provider === 'openai' && !s.baseURL);
    if (needsKey && !s.apiKey) {
      ctx.addIssue({ code: 'custom', path: ['apiKey'], message: `the ${s.provider} provider needs an API key` });
    }
    if (s.provider === 'vertex' && !s.project) {
      ctx.addIssue({ code: 'custom', path: ['project'], message: 'the vertex provider needs a Google Cloud project' });
    }
  })
  .transform((s) => ({
    ...s,
    model: s.model ?? DEFAULT_LLM_MODELS[s.provider],
    maxConcurrency: Math.max(s.maxConcurrency, s.concurrency),
  }));

export type LlmSettingsInput = z.input<typeof LlmSettings>;
export type LlmSettings = z.output<typeof LlmSettings>;

/** The variable each setting comes from, so a bad value is reported by the name the operator typed. */
const ENV_NAMES: Record<string, string> = {
  provider: 'QUIZ_LLM_PROVIDER',
  model: 'QUIZ_LLM_MODEL',
  project: 'GOOGLE_VERTEX_PROJECT',
  location: 'GOOGLE_VERTEX_LOCATION',
  concurrency: 'LLM_CONCURRENCY',
  maxConcurrency: 'LLM_MAX_CONCURRENCY',
  rpm: 'LLM_RPM',
  tpm: 'LLM_TPM',
  verify: 'LLM_VERIFY',
  verifyModel: 'LLM_VERIFY_MODEL',
  prices: 'LLM_PRICE_INPUT_PER_MTOK and LLM_PRICE_OUTPUT_PER_MTOK',
  callTimeoutMs: 'LLM_CALL_TIMEOUT_MS',
  maxRetries: 'LLM_MAX_RETRIES',
  maxTokensPerJob: 'LLM_MAX_TOKENS_PER_JOB',
  maxPageChars: 'LLM_MAX_PAGE_CHARS',
};

const KEY_VARIABLES: Partial<Record<LlmProvider, string>> = {
  google: 'GOOGLE_GENERATIVE_AI_API_KEY',
  openai: 'OPENAI_API_KEY',
  anthropic: 'ANTHROPIC_API_KEY',
};
const BASE_URL_VARIABLES: Partial<Record<LlmProvider, string>> = {
  openai: 'OPENAI_BASE_URL',
  ollama: 'OLLAMA_BASE_URL',
};

/** When QUIZ_LLM_PROVIDER is unset, the first provider whose variable is present wins, in this order. */
const AUTO_DETECT: [LlmProvider, string[]][] = [
  ['google', ['GOOGLE_GENERATIVE_AI_API_KEY']],
  ['vertex', ['GOOGLE_VERTEX_PROJECT']],
  ['openai', ['OPENAI_API_KEY', 'OPENAI_BASE_URL']],
  ['anthropic', ['ANTHROPIC_API_KEY']],
  ['ollama', ['OLLAMA_BASE_URL']],
];

export class LlmSettingsError extends Error {
  override readonly name = 'LlmSettingsError';
}

/**
 * Reads the LLM settings from an environment object (the API passes its own environment). Returns null when no
 * provider is configured; throws LlmSettingsError, naming the variables, when one is configured badly.
 */
export function llmSettingsFromEnv(env: Record<string, string | undefined>): LlmSettings | null {
  const get = (name: string) => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const explicit = get('QUIZ_LLM_PROVIDER')?.toLowerCase();
  const provider = explicit ?? AUTO_DETECT.find(([, names]) => names.some((n) => get(n)))?.[0];
  if (!provider) return null;

  const keyVariable = KEY_VARIABLES[provider as LlmProvider];
  const baseUrlVariable = BASE_URL_VARIABLES[provider as LlmProvider];
  const baseURL = baseUrlVariable ? get(baseUrlVariable) : undefined;
  const input = {
    provider,
    model: get('QUIZ_LLM_MODEL'),
    apiKey: keyVariable ? get(keyVariable) : undefined,
    baseURL: provider === 'ollama' && baseURL ? ollamaApiUrl(baseURL) : baseURL,
    project: provider === 'vertex' ? get('GOOGLE_VERTEX_PROJECT') : undefined,
    location: provider === 'vertex' ? get('GOOGLE_VERTEX_LOCATION') : undefined,
    concurrency: integer(get('LLM_CONCURRENCY')),
    maxConcurrency: integer(get('LLM_MAX_CONCURRENCY')),
    rpm: integer(get('LLM_RPM')),
    tpm: integer(get('LLM_TPM')),
    verify: flag(get('LLM_VERIFY')),
    verifyModel: get('LLM_VERIFY_MODEL'),
    prices: prices(
      get('LLM_PRICE_INPUT_PER_MTOK'),
      get('LLM_PRICE_OUTPUT_PER_MTOK'),
      get('LLM_PRICE_CACHED_INPUT_PER_MTOK'),
    ),
    callTimeoutMs: integer(get('LLM_CALL_TIMEOUT_MS')),
    maxRetries: integer(get('LLM_MAX_RETRIES')),
    maxTokensPerJob: integer(get('LLM_MAX_TOKENS_PER_JOB')),
    maxPageChars: integer(get('LLM_MAX_PAGE_CHARS')),
  };
  const parsed = LlmSettings.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    const variable = key === 'apiKey' ? keyVariable : key === 'baseURL' ? baseUrlVariable : (ENV_NAMES[key] ?? key);
    return `${variable ?? key}: ${issue.message}`;
  });
  throw new LlmSettingsError(`Invalid LLM configuration (${provider}): ${problems.join('; ')}`);
}

/**
 * The prices, when input and output are both set; one without the other is passed on half made, so the schema
 * names what is missing. Non-numbers stay strings, for the schema to report.
 */
function prices(input: string | undefined, output: string | undefined, cachedInput: string | undefined): unknown {
  if (input === undefined && output === undefined && cachedInput === undefined) return undefined;
  const value = (v: string | undefined) => (v === undefined ? undefined : Number.isFinite(Number(v)) ? Number(v) : v);
  return { input: value(input), output: value(output), cachedInput: value(cachedInput) };
}

/** Non-numbers stay strings so the schema reports them instead of silently ignoring them. */
/** "true" or "false" (any case); anything else stays a string, for the schema to report. */
function flag(value: string | undefined): boolean | string | undefined {
  if (value === undefined) return undefined;
  const lower = value.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : value;
}

function integer(value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  return /^-?\d+$/.test(value) ? Number(value) : value;
}

/**
 * Ollama users know the server's address (http://host:11434, as in OLLAMA_HOST) or its OpenAI-compatible
 * /v1 path; the provider speaks the native API under /api, so both are mapped to that.
 */
export function ollamaApiUrl(url: string): string {
  const trimmed = url.replace(/\/+$/, '');
  if (trimmed.endsWith('/api')) return trimmed;
  if (trimmed.endsWith('/v1')) return `${trimmed.slice(0, -3)}/api`;
  return `${trimmed}/api`;
}
