import { APICallError, RetryError } from 'ai';
import { describe, expect, it } from 'vitest';
import { LlmError, refusedRequest, toLlmError } from './llm-error.js';

const ctx = { provider: 'openai', model: 'gpt-4o-mini' };

function apiError(statusCode: number | undefined, responseBody = '', headers: Record<string, string> = {}) {
  return new APICallError({
    message: `HTTP ${statusCode}: provider says no`,
    url: 'https://api.example/v1/chat/completions',
    requestBodyValues: {},
    statusCode,
    responseHeaders: headers,
    responseBody,
  });
}

describe('toLlmError', () => {
  it.each([
    [401, '', 'llm_auth_failed', false],
    [403, '', 'llm_auth_failed', false],
    [429, '{"error":{"code":"rate_limit_exceeded"}}', 'llm_rate_limited', true],
    [
      429,
      '{"error":{"code":"insufficient_quota","message":"You exceeded your current quota"}}',
      'llm_quota_exceeded',
      false,
    ],
    [400, '{"error":{"message":"Your credit balance is too low"}}', 'llm_quota_exceeded', false],
    [404, '', 'llm_model_not_found', false],
    [400, '', 'llm_bad_request', false],
    [500, '', 'llm_unavailable', true],
    [529, '', 'llm_unavailable', true],
    [undefined, '', 'llm_unavailable', true],
  ] as const)('maps HTTP %s %s to %s (retryable: %s)', (status, body, code, retryable) => {
    const error = toLlmError(apiError(status, body), ctx);
    expect(error).toBeInstanceOf(LlmError);
    expect(error).toMatchObject({ code, retryable, status });
    expect(error.message).toContain('openai (gpt-4o-mini)');
  });

  it('calls a per-minute quota (one that says when to come back) retryable', () => {
    const error = toLlmError(apiError(429, 'You exceeded your current quota', { 'retry-after': '30' }), ctx);
    expect(error).toMatchObject({ code: 'llm_quota_exceeded', retryable: true });
  });

  it("looks through the SDK's RetryError at the last attempt", () => {
    const last = apiError(503);
    const retry = new RetryError({ message: 'failed after 3 attempts', reason: 'maxRetriesExceeded', errors: [last] });
    expect(toLlmError(retry, ctx)).toMatchObject({ code: 'llm_unavailable', retryable: true, status: 503 });
  });

  it('reports missing Google credentials as an authentication failure', () => {
    const error = toLlmError(new Error('Could not load the default credentials.'), ctx);
    expect(error).toMatchObject({ code: 'llm_auth_failed', retryable: false });
  });

  it('does not put the provider body of a refused key in the message', () => {
    const error = toLlmError(apiError(401, 'Incorrect API key provided: sk-abc123'), ctx);
    expect(error.message).not.toContain('sk-abc123');
  });

  it('tells a refused request (already retried by the SDK) from an answer that broke off after a 200', () => {
    expect(refusedRequest(toLlmError(apiError(503), ctx))).toBe(true);
    expect(refusedRequest(toLlmError(apiError(undefined), ctx))).toBe(true);
    const broken = toLlmError(apiError(200), ctx);
    expect(broken).toMatchObject({ code: 'llm_unavailable', retryable: true });
    expect(broken.message).toContain('broke off');
    expect(refusedRequest(broken)).toBe(false);
    expect(refusedRequest(new LlmError('llm_timeout', 'slow', { retryable: true }))).toBe(false);
  });

  it('passes an LlmError through unchanged', () => {
    const original = new LlmError('llm_timeout', 'slow', { retryable: true });
    expect(toLlmError(original, ctx)).toBe(original);
  });
});
