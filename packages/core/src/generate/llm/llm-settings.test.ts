import { describe, expect, it } from 'vitest';
import { DEFAULT_LLM_MODELS, LlmSettings, LlmSettingsError, llmSettingsFromEnv, ollamaApiUrl } from './llm-settings.js';

describe('LlmSettings', () => {
  it('fills in the defaults, including the provider default model', () => {
    const s = LlmSettings.parse({ provider: 'openai', apiKey: 'sk-test' });
    expect(s).toMatchObject({
      model: DEFAULT_LLM_MODELS.openai,
      concurrency: 2,
      callTimeoutMs: 120_000,
      maxRetries: 2,
      maxTokensPerJob: 2_000_000,
      maxPageChars: 12_000,
      maxRegenerations: 2,
    });
  });

  it('needs a key for hosted providers, but not for an OpenAI-compatible server or Ollama', () => {
    expect(LlmSettings.safeParse({ provider: 'google' }).success).toBe(false);
    expect(LlmSettings.safeParse({ provider: 'anthropic' }).success).toBe(false);
    expect(LlmSettings.safeParse({ provider: 'openai' }).success).toBe(false);
    expect(LlmSettings.safeParse({ provider: 'openai', baseURL: 'http://127.0.0.1:8080/v1' }).success).toBe(true);
    expect(LlmSettings.safeParse({ provider: 'ollama' }).success).toBe(true);
  });

  it('needs a project for Vertex, which authenticates with Application Default Credentials', () => {
    expect(LlmSettings.safeParse({ provider: 'vertex' }).success).toBe(false);
    expect(LlmSettings.parse({ provider: 'vertex', project: 'p' })).toMatchObject({ location: 'us-central1' });
  });

  it('refuses unknown providers and out-of-range limits', () => {
    expect(LlmSettings.safeParse({ provider: 'mistral', apiKey: 'k' }).success).toBe(false);
    expect(LlmSettings.safeParse({ provider: 'ollama', concurrency: 0 }).success).toBe(false);
    expect(LlmSettings.safeParse({ provider: 'ollama', maxPageChars: 10 }).success).toBe(false);
  });
});

describe('llmSettingsFromEnv', () => {
  it('returns null when no provider is configured', () => {
    expect(llmSettingsFromEnv({})).toBeNull();
    expect(llmSettingsFromEnv({ PATH: '/usr/bin', OPENAI_API_KEY: '  ' })).toBeNull();
  });

  it('detects the provider from the key that is present', () => {
    expect(llmSettingsFromEnv({ GOOGLE_GENERATIVE_AI_API_KEY: 'g' })).toMatchObject({
      provider: 'google',
      apiKey: 'g',
      model: 'gemini-2.5-flash',
    });
    expect(llmSettingsFromEnv({ OPENAI_API_KEY: 'o' })).toMatchObject({ provider: 'openai', apiKey: 'o' });
    expect(llmSettingsFromEnv({ ANTHROPIC_API_KEY: 'a' })).toMatchObject({ provider: 'anthropic', apiKey: 'a' });
    expect(llmSettingsFromEnv({ GOOGLE_VERTEX_PROJECT: 'proj', GOOGLE_VERTEX_LOCATION: 'europe-west4' })).toMatchObject(
      {
        provider: 'vertex',
        project: 'proj',
        location: 'europe-west4',
      },
    );
    expect(llmSettingsFromEnv({ OLLAMA_BASE_URL: 'http://gpu:11434' })).toMatchObject({
      provider: 'ollama',
      baseURL: 'http://gpu:11434/api',
    });
    expect(llmSettingsFromEnv({ OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1' })).toMatchObject({
      provider: 'openai',
      baseURL: 'http://127.0.0.1:8080/v1',
      apiKey: undefined,
    });
  });

  it('lets QUIZ_LLM_PROVIDER choose among several keys, and takes the model and limits', () => {
    const s = llmSettingsFromEnv({
      QUIZ_LLM_PROVIDER: 'Anthropic',
      QUIZ_LLM_MODEL: 'claude-sonnet-4-5',
      GOOGLE_GENERATIVE_AI_API_KEY: 'g',
      ANTHROPIC_API_KEY: 'a',
      LLM_CONCURRENCY: '4',
      LLM_MAX_CONCURRENCY: '48',
      LLM_RPM: '500',
      LLM_TPM: '2000000',
      LLM_MAX_TOKENS_PER_JOB: '50000',
      LLM_CALL_TIMEOUT_MS: '30000',
      LLM_MAX_RETRIES: '0',
      LLM_MAX_PAGE_CHARS: '8000',
    });
    expect(s).toMatchObject({
      provider: 'anthropic',
      model: 'claude-sonnet-4-5',
      apiKey: 'a',
      concurrency: 4,
      maxConcurrency: 48,
      rpm: 500,
      tpm: 2_000_000,
      maxTokensPerJob: 50_000,
      callTimeoutMs: 30_000,
      maxRetries: 0,
      maxPageChars: 8000,
    });
  });

  it('reports a bad configuration by the names of its variables', () => {
    expect(() => llmSettingsFromEnv({ QUIZ_LLM_PROVIDER: 'google' })).toThrow(LlmSettingsError);
    expect(() => llmSettingsFromEnv({ QUIZ_LLM_PROVIDER: 'google' })).toThrow(/GOOGLE_GENERATIVE_AI_API_KEY/);
    expect(() => llmSettingsFromEnv({ QUIZ_LLM_PROVIDER: 'vertex' })).toThrow(/GOOGLE_VERTEX_PROJECT/);
    expect(() => llmSettingsFromEnv({ QUIZ_LLM_PROVIDER: 'gpt' })).toThrow(/QUIZ_LLM_PROVIDER/);
    expect(() => llmSettingsFromEnv({ OPENAI_API_KEY: 'o', LLM_CONCURRENCY: 'many' })).toThrow(/LLM_CONCURRENCY/);
    expect(() => llmSettingsFromEnv({ OPENAI_API_KEY: 'o', LLM_MAX_CONCURRENCY: '0' })).toThrow(/LLM_MAX_CONCURRENCY/);
    expect(() => llmSettingsFromEnv({ OPENAI_API_KEY: 'o', LLM_RPM: '-5' })).toThrow(/LLM_RPM/);
    expect(() => llmSettingsFromEnv({ OPENAI_API_KEY: 'o', LLM_TPM: 'lots' })).toThrow(/LLM_TPM/);
    expect(() => llmSettingsFromEnv({ OPENAI_API_KEY: 'o', LLM_PRICE_INPUT_PER_MTOK: '0.15' })).toThrow(
      /LLM_PRICE_INPUT_PER_MTOK and LLM_PRICE_OUTPUT_PER_MTOK/,
    );
    expect(
      llmSettingsFromEnv({ OPENAI_API_KEY: 'o', LLM_PRICE_INPUT_PER_MTOK: '0.15', LLM_PRICE_OUTPUT_PER_MTOK: '0.6' }),
    ).toMatchObject({ prices: { input: 0.15, output: 0.6 } });
    expect(() =>
      llmSettingsFromEnv({ OPENAI_API_KEY: 'o', LLM_PRICE_INPUT_PER_MTOK: 'cheap', LLM_PRICE_OUTPUT_PER_MTOK: '1' }),
    ).toThrow(/LLM_PRICE/);
    expect(
      llmSettingsFromEnv({ OPENAI_API_KEY: 'o', LLM_VERIFY: 'TRUE', LLM_VERIFY_MODEL: 'gpt-4o-mini' }),
    ).toMatchObject({
      verify: true,
      verifyModel: 'gpt-4o-mini',
    });
    expect(llmSettingsFromEnv({ OPENAI_API_KEY: 'o' })).toMatchObject({ verify: false });
    expect(() => llmSettingsFromEnv({ OPENAI_API_KEY: 'o', LLM_VERIFY: 'maybe' })).toThrow(/LLM_VERIFY/);
    // The ceiling is never below the start.
    expect(llmSettingsFromEnv({ OPENAI_API_KEY: 'o', LLM_CONCURRENCY: '40', LLM_MAX_CONCURRENCY: '8' })).toMatchObject({
      concurrency: 40,
      maxConcurrency: 40,
    });
    expect(() => llmSettingsFromEnv({ OPENAI_BASE_URL: 'not a url' })).toThrow(/OPENAI_BASE_URL/);
  });

  it('never puts a key in an error message', () => {
    try {
      llmSettingsFromEnv({ OPENAI_API_KEY: 'sk-secret-value', LLM_MAX_RETRIES: '99' });
      expect.unreachable();
    } catch (error) {
      expect(String(error)).not.toContain('sk-secret-value');
    }
  });
});

describe('ollamaApiUrl', () => {
  it('maps the server address, its /v1 path and its /api path to the native API', () => {
    expect(ollamaApiUrl('http://127.0.0.1:11434')).toBe('http://127.0.0.1:11434/api');
    expect(ollamaApiUrl('http://127.0.0.1:11434/')).toBe('http://127.0.0.1:11434/api');
    expect(ollamaApiUrl('http://127.0.0.1:11434/v1')).toBe('http://127.0.0.1:11434/api');
    expect(ollamaApiUrl('http://127.0.0.1:11434/api/')).toBe('http://127.0.0.1:11434/api');
  });
});
