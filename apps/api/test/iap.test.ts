// Behind Identity-Aware Proxy: a teacher is whoever IAP's signed assertion (ES256, from keys published as a JWKS,
// served here on loopback as IAP_JWKS_URL) says, with the audience checked; never a plain header.
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server.js';

const AUDIENCE = '/projects/123456/locations/europe-west1/services/quizstream';
const ISSUER = 'https://cloud.google.com/iap';

describe('Identity-Aware Proxy', () => {
  let jwks: http.Server;
  let server: TestServer;
  let iapKey: CryptoKey;
  let strangerKey: CryptoKey;

  const assertion = (email: string, opts: { key?: CryptoKey; aud?: string; exp?: string; iss?: string } = {}) =>
    new SignJWT({ email })
      .setProtectedHeader({ alg: 'ES256', kid: opts.key === strangerKey ? 'stranger' : 'iap-1' })
      .setSubject(`accounts.google.com:${email.length}${email.charCodeAt(0)}`)
      .setIssuer(opts.iss ?? ISSUER)
      .setAudience(opts.aud ?? AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(opts.exp ?? '10m')
      .sign(opts.key ?? iapKey);
  const as = async (token: string | null, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (token) headers.set('x-goog-iap-jwt-assertion', token);
    return fetch(`${server.url}${init.method && init.method !== 'GET' ? '/api/documents' : '/api/me'}`, {
      ...init,
      headers,
    });
  };

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    iapKey = pair.privateKey;
    strangerKey = (await generateKeyPair('ES256')).privateKey;
    const published: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'iap-1', alg: 'ES256', use: 'sig' };
    jwks = http.createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [published] }));
    });
    jwks.listen(0, '127.0.0.1');
    await once(jwks, 'listening');
    server = await startTestServer({
      IAP_AUDIENCE: AUDIENCE,
      IAP_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwk`,
      ALLOWED_EMAIL_DOMAINS: 'school.example',
    });
  });
  afterAll(async () => {
    await server?.stop();
    jwks?.close();
  });

  it('knows the teacher from a verified assertion and tells the web app that IAP signs in', async () => {
    const me = await as(await assertion('Alice@school.example'));
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual({ via: 'iap', name: 'alice@school.example', email: 'alice@school.example' });
    const config = (await (await fetch(`${server.url}/api/config`)).json()) as { auth: unknown };
    expect(config.auth).toEqual({ signIn: 'iap', loginPath: '/auth/login' });
  });

  it('refuses an assertion with another audience, issuer or key, an expired one, and plain headers', async () => {
    const refused = [
      await assertion('alice@school.example', { aud: '/projects/999/global/backendServices/1' }),
      await assertion('alice@school.example', { iss: 'https://evil.example' }),
      await assertion('alice@school.example', { key: strangerKey }),
      await assertion('alice@school.example', { exp: '-5m' }),
      'not-a-jwt',
    ];
    for (const token of refused) {
      const response = await as(token);
      expect(response.status).toBe(401);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
    }
    const unsigned = await fetch(`${server.url}/api/me`, {
      headers: { 'x-goog-authenticated-user-email': 'accounts.google.com:alice@school.example' },
    });
    expect(unsigned.status).toBe(401);
  });

  it('refuses a teacher of another school with 403 email_domain_not_allowed', async () => {
    const response = await as(await assertion('eve@elsewhere.example'));
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('email_domain_not_allowed');
  });

  it("keeps each teacher's documents to herself", async () => {
    const alice = await assertion('alice@school.example');
    const bob = await assertion('bob@school.example');
    const { makePdf, sampleCoursePages } = await import('@quizstream/core/testing');
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(await makePdf({ pages: sampleCoursePages(1) }))]), 'c.pdf');
    const uploaded = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      body: form,
      headers: { 'x-goog-iap-jwt-assertion': alice, origin: server.url },
    });
    expect(uploaded.status).toBe(201);
    const { id } = (await uploaded.json()) as { id: string };
    const get = (token: string) =>
      fetch(`${server.url}/api/documents/${id}`, { headers: { 'x-goog-iap-jwt-assertion': token } });
    expect((await get(alice)).status).toBe(200);
    expect((await get(bob)).status).toBe(404);
  });
});
