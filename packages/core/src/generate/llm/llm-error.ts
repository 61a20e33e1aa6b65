// The one error the LLM generator throws: a stable code the job runner turns into the stream's `error` event,
// a message an operator can act on (never the key, never the provider's raw body), and whether trying the
// same job again later can help.
// From the small provider package, not from 'ai': importing 'ai' costs about half a second of start-up, which
// servers and CLIs that never use an LLM should not pay.
import { APICallError } from '@ai-sdk/provider';

export const LLM_ERROR_CODES = [
  /** The provider refused the credentials (401/403, bad key, missing ADC). */
  'llm_auth_failed',
  /** The account is out of quota or credit: retrying will not help until someone pays or raises it. */
  'llm_quota_exceeded',
  /** Still rate limited after the retries. */
  'llm_rate_limited',
  /** The provider is down, overloaded, or unreachable (5xx, network errors), after the retries. */
  'llm_unavailable',
  /** A call took longer than callTimeoutMs. */
  'llm_timeout',
  /** The configured model does not exist for this provider or key. */
  'llm_model_not_found',
  /** The provider rejected the request itself (4xx): a configuration or compatibility problem. */
  'llm_bad_request',
] as const;
export type LlmErrorCode = (typeof LLM_ERROR_CODES)[number];

export class LlmError extends Error {
  override readonly name = 'LlmError';
  readonly code: LlmErrorCode;
  readonly retryable: boolean;
  /** The provider's HTTP status, when there was one. */
  readonly status: number | undefined;

  constructor(code: LlmErrorCode, message: string, options: { retryable: boolean; status?: number; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable;
    this.status = options.status;
  }

  static isInstance(error: unknown): error is LlmError {
    return error instanceof LlmError;
  }
}

/** Who was called, for messages. */
export interface LlmErrorContext {
  provider: string;
  model: string;
}

/** Turns whatever a provider call threw into an LlmError (an LlmError passes through unchanged). */
export function toLlmError(error: unknown, { provider, model }: LlmErrorContext): LlmError {
  if (error instanceof LlmError) return error;
  // The SDK wraps the last attempt's error once its retries are used up; that error says what went wrong.
  const cause = isRetryError(error) ? (error.lastError ?? error) : error;
  const who = `${provider} (${model})`;

  if (APICallError.isInstance(cause)) {
    const status = cause.statusCode;
    const body = `${cause.responseBody ?? ''} ${cause.message}`;
    const base = { status, cause: error };
    if (QUOTA_PATTERN.test(body)) {
      // A per-minute quota says when to come back; a spent balance does not.
      const transient = Boolean(cause.responseHeaders?.['retry-after']) || /retryDelay/.test(body);
      return new LlmError('llm_quota_exceeded', `${who} refused the call: the account's quota or credit is used up.`, {
        ...base,
        retryable: transient,
      });
    }
    if (status === 401 || status === 403) {
      return new LlmError('llm_auth_failed', `${who} refused the credentials (HTTP ${status}); check the API key.`, {
        ...base,
        retryable: false,
      });
    }
    if (status === 429) {
      return new LlmError('llm_rate_limited', `${who} is still rate limiting after the retries; try again later.`, {
        ...base,
        retryable: true,
      });
    }
    if (status === 404) {
      return new LlmError('llm_model_not_found', `${who}: model not found (HTTP 404): ${brief(cause.message)}`, {
        ...base,
        retryable: false,
      });
    }
    if (status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 409) {
      return new LlmError('llm_bad_request', `${who} rejected the request (HTTP ${status}): ${brief(cause.message)}`, {
        ...base,
        retryable: false,
      });
    }
    const what =
      status === undefined
        ? 'could not be reached'
        : status < 300
          ? 'broke off its answer halfway'
          : `failed (HTTP ${status})`;
    return new LlmError('llm_unavailable', `${who} ${what}; try again later.`, { ...base, retryable: true });
  }

  const message = cause instanceof Error ? cause.message : String(cause);
  // google-auth-library (Vertex) fails this way when there are no Application Default Credentials.
  if (/default credentials|invalid_grant|unauthorized_client|api key/i.test(message)) {
    return new LlmError('llm_auth_failed', `${who}: no usable credentials (${message}).`, {
      retryable: false,
      cause: error,
    });
  }
  return new LlmError('llm_unavailable', `${who} failed: ${message}`, { retryable: true, cause: error });
}

/** The SDK's RetryError, recognized by the marker its errors carry (as its own `isInstance` does). */
function isRetryError(error: unknown): error is Error & { lastError?: unknown } {
  const marker = Symbol.for('vercel.ai.error.AI_RetryError');
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[marker] === true;
}

/**
 * Whether the provider refused the request itself (an HTTP error status, or no connection), which the SDK
 * has already retried, as opposed to an answer that broke off after a 200 or a timeout.
 */
export function refusedRequest(error: LlmError): boolean {
  const cause = error.cause;
  if (isRetryError(cause)) return true;
  return APICallError.isInstance(cause) && (cause.statusCode === undefined || cause.statusCode >= 300);
}

/**
 * Quota or credit exhausted, as OpenAI ("insufficient_quota"), Google ("exceeded your current quota", billing)
 * and Anthropic ("credit balance is too low") say it; checked before the status because they use 429 or 400.
 */
const QUOTA_PATTERN = /insufficient_quota|exceeded your current quota|credit balance is too low|billing/i;

/** The provider's own words help with 400/404 (a schema or model name it rejects), but only the first line. */
function brief(message: string): string {
  const line = message.split('\n')[0]!.trim();
  return line.length > 200 ? `${line.slice(0, 200)}...` : line;
}
