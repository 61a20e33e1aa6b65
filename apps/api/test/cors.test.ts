// CORS from the allow-list: allowed origins get the headers a streaming client needs, others are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server.js';

const ALLOWED = 'https://quiz.example.edu';

describe('CORS with an allow-list', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ CORS_ORIGINS: `${ALLOWED}, https://other.example.edu` });
  });
  afterAll(() => server.stop());

  it('answers a preflight from an allowed origin with methods, headers and credentials', async () => {
    const response = await fetch(`${server.url}/api/quiz/generate-stream/doc_x`, {
      method: 'OPTIONS',
      headers: {
        origin: ALLOWED,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, last-event-id, idempotency-key',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    const allowHeaders = response.headers.get('access-control-allow-headers')?.toLowerCase() ?? '';
    for (const h of ['content-type', 'last-event-id', 'idempotency-key']) expect(allowHeaders).toContain(h);
    expect(response.headers.get('vary')?.toLowerCase()).toContain('origin');
  });

  it('exposes the job id header, and the scripts a printed PDF lacks, to an allowed origin', async () => {
    const response = await fetch(`${server.url}/api/config`, { headers: { origin: ALLOWED } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    const exposed = response.headers.get('access-control-expose-headers')?.toLowerCase() ?? '';
    for (const h of ['x-job-id', 'retry-after', 'x-missing-font-scripts']) expect(exposed).toContain(h);
  });

  it('refuses a request from an origin not on the list, before doing any work', async () => {
    const response = await fetch(`${server.url}/api/quiz/generate-stream/doc_x`, {
      method: 'POST',
      headers: { origin: 'https://evil.example.com', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('origin_not_allowed');
    expect(body.error.message).toContain('https://evil.example.com');
    const preflight = await fetch(`${server.url}/api/config`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'GET' },
    });
    expect(preflight.status).toBe(403);
  });

  it('lets same-origin requests and requests without Origin through without CORS headers', async () => {
    const same = await fetch(`${server.url}/api/config`, { headers: { origin: server.url } });
    expect(same.status).toBe(200);
    const none = await fetch(`${server.url}/api/config`);
    expect(none.status).toBe(200);
    expect(none.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CORS configured as *', () => {
  it('sends * and never together with credentials', async () => {
    const server = await startTestServer({ CORS_ORIGINS: '*' });
    try {
      const response = await fetch(`${server.url}/api/config`, { headers: { origin: 'https://anywhere.example' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    } finally {
      await server.stop();
    }
  });
});

describe('CORS not configured', () => {
  it('refuses every cross-origin request', async () => {
    const server = await startTestServer();
    try {
      const response = await fetch(`${server.url}/api/config`, { headers: { origin: ALLOWED } });
      expect(response.status).toBe(403);
    } finally {
      await server.stop();
    }
  });
});
