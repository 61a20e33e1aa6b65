// Teachers sign in with OpenID Connect against a real provider on loopback (oidc-provider): sessions in httpOnly
// SameSite cookies, ALLOWED_EMAIL_DOMAINS, sign-out, no open redirect, changes only from this origin; two teachers
// each see only their own quizzes, a student takes one through its share link with no account, and a script's
// API key works beside sign-in.
import type { ClientConfig, Me, Quiz } from '@quizstream/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CookieJar, signInWithJar } from './identity-provider.js';
import { CI_KEY, type Client, makeQuiz, type SignInSetup, startSignInServer } from './sign-in-server.js';

type ErrorJson = { error: { code: string; message: string } };

describe('sign-in with OpenID Connect', () => {
  let setup: SignInSetup;
  let alice: Client;
  let bob: Client;
  let aliceQuiz: { doc: string; job: string; quiz: string };

  beforeAll(async () => {
    setup = await startSignInServer();
    alice = await setup.teacher('alice');
    bob = await setup.teacher('bob');
    aliceQuiz = await makeQuiz(alice);
  });
  afterAll(async () => {
    await setup?.stop();
  });

  it('tells the web app that teachers sign in, and refuses the API to nobody with 401 unauthenticated', async () => {
    const config = (await (await setup.anonymous.fetch('/api/config')).json()) as ClientConfig;
    expect(config.auth).toEqual({ signIn: 'oidc', loginPath: '/auth/login' });
    for (const route of ['/api/me', '/api/documents', '/api/quizzes', `/api/quizzes/${aliceQuiz.quiz}`]) {
      const response = await setup.anonymous.fetch(route);
      expect([route, response.status]).toEqual([route, 401]);
      expect(((await response.json()) as ErrorJson).error.code).toBe('unauthenticated');
    }
  });

  it('signs a teacher in with an httpOnly, SameSite=Lax session cookie and knows her name', async () => {
    const jar = new CookieJar();
    const start = await fetch(`${setup.server.config.PUBLIC_URL}/auth/login?returnTo=/library`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    const location = new URL(start.headers.get('location')!);
    expect(location.origin).toBe(setup.idp.issuer);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    expect(location.searchParams.get('state')).toBeTruthy();
    expect(location.searchParams.get('nonce')).toBeTruthy();
    const stateCookie = start.headers.getSetCookie().join('\n');
    expect(stateCookie).toMatch(/quizstream_signin=.*HttpOnly/i);

    const landed = await signInWithJar(jar, setup.server.config.PUBLIC_URL!, 'alice', '/library');
    expect(new URL(landed).pathname).toBe('/library');
    const me = await fetch(`${setup.server.config.PUBLIC_URL}/api/me`, { headers: { cookie: jar.header(landed) } });
    expect((await me.json()) as Me).toEqual({ via: 'oidc', name: 'Alice Teacher', email: 'alice@school.example' });
    expect((await (await bob.fetch('/api/me')).json()) as Me).toMatchObject({ email: 'bob@school.example' });
  });

  it('sets the session cookie httpOnly, SameSite=Lax, for the whole site', async () => {
    const jar = new CookieJar();
    const base = setup.server.config.PUBLIC_URL!;
    const start = await jar.fetch(`${base}/auth/login`);
    const action = /action="([^"]+)"/.exec(await start.response.text())![1]!;
    // Follow by hand up to the callback, to read the Set-Cookie of the server's answer itself.
    let response = await fetch(new URL(action, start.url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header(start.url) },
      body: 'login=alice',
      redirect: 'manual',
    });
    let url = start.url;
    while (!new URL(url).href.startsWith(`${base}/auth/callback`)) {
      jar.store(url, response);
      url = new URL(response.headers.get('location')!, url).href;
      response = await fetch(url, { headers: { cookie: jar.header(url) }, redirect: 'manual' });
    }
    expect(response.status).toBe(303);
    const session = response.headers.getSetCookie().find((c) => c.startsWith('quizstream_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).toMatch(/Path=\//);
    expect(session).toMatch(/Max-Age=43200/);
  });

  it('refuses teachers outside ALLOWED_EMAIL_DOMAINS and unverified addresses, with no session', async () => {
    for (const [login, code] of [
      ['eve', 'email_domain_not_allowed'],
      ['mallory', 'email_not_verified'],
    ] as const) {
      const jar = new CookieJar();
      const landed = new URL(await signInWithJar(jar, setup.server.config.PUBLIC_URL!, login));
      expect(landed.pathname + landed.search).toBe(`/signin?error=${code}`);
      expect(jar.header(landed.href)).not.toContain('quizstream_session');
    }
  });

  it('refuses a callback without the sign-in it answers (forged or replayed)', async () => {
    const jar = new CookieJar();
    const landed = await jar.fetch(`${setup.server.config.PUBLIC_URL}/auth/callback?code=forged&state=forged`);
    expect(new URL(landed.url).search).toBe('?error=sign_in_expired');
  });

  it('sends nobody elsewhere after sign-in: returnTo is a path on this server only', async () => {
    for (const returnTo of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
      const jar = new CookieJar();
      const landed = new URL(await signInWithJar(jar, setup.server.config.PUBLIC_URL!, 'alice', returnTo));
      expect(landed.origin + landed.pathname).toBe(`${setup.server.config.PUBLIC_URL}/`);
    }
  });

  it('keeps each teacher to her own: another teacher gets 404 and empty lists', async () => {
    expect((await alice.fetch(`/api/quizzes/${aliceQuiz.quiz}`)).status).toBe(200);
    expect((await bob.fetch(`/api/quizzes/${aliceQuiz.quiz}`)).status).toBe(404);
    expect((await bob.fetch(`/api/documents/${aliceQuiz.doc}`)).status).toBe(404);
    expect((await bob.fetch(`/api/quiz/jobs/${aliceQuiz.job}/stream`)).status).toBe(404);
    expect((await bob.fetch(`/api/quizzes/${aliceQuiz.quiz}`, { method: 'DELETE' })).status).toBe(404);
    expect(await (await bob.fetch('/api/quizzes')).json()).toEqual({ quizzes: [] });
    const mine = (await (await alice.fetch('/api/quizzes')).json()) as { quizzes: { id: string }[] };
    expect(mine.quizzes.map((q) => q.id)).toContain(aliceQuiz.quiz);
  });

  it('lets a student with no account take a shared quiz through its link, and nothing else', async () => {
    const share = (await (await alice.fetch(`/api/quizzes/${aliceQuiz.quiz}/share`, { method: 'POST' })).json()) as {
      token: string;
    };
    const student = setup.anonymous;
    const taken = await student.fetch(`/api/shared/${share.token}`);
    expect(taken.status).toBe(200);
    expect(((await taken.json()) as Quiz).id).toBe(aliceQuiz.quiz);
    expect((await student.fetch(`/api/quizzes/${aliceQuiz.quiz}`)).status).toBe(401);
    expect((await student.fetch(`/api/quizzes/${aliceQuiz.quiz}/export?format=json`)).status).toBe(401);
    expect((await bob.fetch(`/api/quizzes/${aliceQuiz.quiz}/share`, { method: 'DELETE' })).status).toBe(404);
    expect((await student.fetch(`/api/shared/${share.token}`)).status).toBe(200);
  });

  it('takes changes made with the session cookie only from this origin (CSRF)', async () => {
    const route = `/api/quizzes/${aliceQuiz.quiz}`;
    const patch = { method: 'PATCH', body: '{"title":"Renamed"}' };
    const crossSite = await alice.fetch(route, {
      ...patch,
      headers: {
        'content-type': 'application/json',
        'sec-fetch-site': 'cross-site',
        origin: setup.server.config.PUBLIC_URL!,
      },
    });
    expect(crossSite.status).toBe(403);
    expect(((await crossSite.json()) as ErrorJson).error.code).toBe('cross_site_request');
    const otherOrigin = await alice.fetch(route, {
      ...patch,
      headers: { 'content-type': 'application/json', origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(otherOrigin.status).toBe(403);
    const sameOrigin = await alice.fetch(route, { ...patch, headers: { 'content-type': 'application/json' } });
    expect(sameOrigin.status).toBe(200);
    expect(((await (await alice.fetch(route)).json()) as Quiz).title).toBe('Renamed');
  });

  it("keeps API keys for scripts beside sign-in: a key's quizzes are its own", async () => {
    const ci = setup.key(CI_KEY);
    expect((await (await ci.fetch('/api/me')).json()) as Me).toEqual({ via: 'key', name: 'ci', email: null });
    const made = await makeQuiz(ci, 1);
    expect((await alice.fetch(`/api/quizzes/${made.quiz}`)).status).toBe(404);
    expect((await ci.fetch(`/api/quizzes/${aliceQuiz.quiz}`)).status).toBe(404);
    const wrong = await setup.key('wrong-token-0123456789').fetch('/api/quizzes');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  it('signs out: the session is deleted on the server, not only forgotten by the browser', async () => {
    const carol = await setup.teacher('alice');
    const cookie = carol.jar!.header(setup.server.config.PUBLIC_URL!);
    expect((await carol.fetch('/api/me')).status).toBe(200);
    const out = await carol.fetch('/auth/logout', { method: 'POST' });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().join()).toMatch(/quizstream_session=;/);
    // The old cookie, replayed, is worth nothing.
    const replayed = await fetch(`${setup.server.config.PUBLIC_URL}/api/me`, { headers: { cookie } });
    expect(replayed.status).toBe(401);
  });
});
