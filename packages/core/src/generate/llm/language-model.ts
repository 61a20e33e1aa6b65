// Builds the AI SDK model for the configured provider. Providers are imported on first use: a server that runs
// the offline generator never loads them (google-auth-library alone is a noticeable start-up cost).
// Every key and URL is passed explicitly, so no provider falls back to reading the environment for them.
import type { LanguageModel, streamText } from 'ai';
import { DEFAULT_OLLAMA_BASE_URL, type LlmSettings } from './llm-settings.js';

type ProviderOptions = NonNullable<Parameters<typeof streamText>[0]['providerOptions']>;

/** Local servers (llama.cpp, vLLM) accept any bearer token, but the OpenAI client insists on sending one. */
const PLACEHOLDER_KEY = 'no-key';

export async function createLanguageModel(settings: LlmSettings): Promise<LanguageModel> {
  const { model, apiKey, baseURL, fetch } = settings;
  switch (settings.provider) {
    case 'openai': {
      const { createOpenAI } = await import('@ai-sdk/openai');
      // `.chat()` pins the Chat Completions API, which every OpenAI-compatible server speaks; the default
      // (Responses API) exists only at OpenAI.
      return createOpenAI({ apiKey: apiKey ?? PLACEHOLDER_KEY, baseURL, fetch }).chat(model);
    }
    case 'google': {
      const { createGoogleGenerativeAI } = await import('@ai-sdk/google');
      return createGoogleGenerativeAI({ apiKey, baseURL, fetch })(model);
    }
    case 'vertex': {
      const { createVertex } = await import('@ai-sdk/google-vertex');
      // No key: google-auth-library finds Application Default Credentials (the service account on Cloud Run,
      // `gcloud auth application-default login` on a laptop).
      return createVertex({ project: settings.project, location: settings.location, baseURL, fetch })(model);
    }
    case 'anthropic': {
      const { createAnthropic } = await import('@ai-sdk/anthropic');
      return createAnthropic({ apiKey, baseURL, fetch })(model);
    }
    case 'ollama': {
      const { createOllama } = await import('ollama-ai-provider-v2');
      return createOllama({ baseURL: baseURL ?? DEFAULT_OLLAMA_BASE_URL, fetch })(model);
    }
  }
}

/**
 * Provider options that make a model answer sooner. Gemini 2.5 Flash thinks before it writes by default, which
 * delays the first question by seconds and bills the thinking; writing quiz questions from a given page does
 * not need it.
 */
export function fastProviderOptions(settings: LlmSettings): ProviderOptions {
  if ((settings.provider === 'google' || settings.provider === 'vertex') && /^gemini-2\.5-flash/.test(settings.model)) {
    return { google: { thinkingConfig: { thinkingBudget: 0 } } };
  }
  return {};
}
