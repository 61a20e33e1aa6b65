// The LLM question generator and what its callers need: settings (from an object or the environment), the
// error it throws, and the prompt helper fake servers use to answer from the page they were sent.
export { LLM_ERROR_CODES, LlmError, type LlmErrorCode, toLlmError } from './llm-error.js';
export { createLlmGenerator, type LlmGenerator } from './llm-generator.js';
export {
  DEFAULT_LLM_MODELS,
  DEFAULT_OLLAMA_BASE_URL,
  DEFAULT_VERTEX_LOCATION,
  LLM_PROVIDERS,
  LlmProvider,
  LlmSettings,
  LlmSettingsError,
  type LlmSettingsInput,
  llmSettingsFromEnv,
} from './llm-settings.js';
export { pagesOfPrompt, pageTextOfPrompt } from './prompt.js';
