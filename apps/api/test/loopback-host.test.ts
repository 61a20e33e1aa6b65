// A server without authentication on loopback answers its API only at loopback names: a web page elsewhere that
// makes its own name resolve to 127.0.0.1 (DNS rebinding) gets nothing.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server.js';

function get(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${url}/api/quizzes`, { headers: { host } }, (response) => {
      let body = '';
      response.on('data', (chunk) => {
        body += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
  });
}

describe('the API of a local server without authentication', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers at loopback names only', async () => {
    const port = new URL(server.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      expect((await get(server.url, host)).status, host).toBe(200);
    }
    for (const host of [`rebound.evil.example:${port}`, '192.168.1.20']) {
      const { status, body } = await get(server.url, host);
      expect(status, host).toBe(403);
      expect(JSON.parse(body).error.code).toBe('host_not_allowed');
    }
  });
});
