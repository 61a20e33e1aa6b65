// A real OpenID Provider on loopback for tests: oidc-provider (a certified OP implementation) with a few
// known people and one client, and a plain sign-in page of its own (a form with the login name; no password,
// it is a test). Used by the API tests (driven with fetch and a cookie jar) and the browser tests (Chromium).
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface Person {
  email: string;
  name: string;
  /** false for an address the provider has not verified. */
  emailVerified?: boolean;
}

export interface TestIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

const CLIENT_ID = 'quizstream-test';
const CLIENT_SECRET = 'quizstream-test-secret-0123456789';

/** People by login name (what is typed on the sign-in page). */
export async function startIdentityProvider(opts: {
  people: Record<string, Person>;
  redirectUris: string[];
}): Promise<TestIdentityProvider> {
  const server = http.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: opts.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    scopes: ['openid', 'email', 'profile'],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    cookies: { keys: ['test-cookie-key-0123456789abcdef'] },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const person = opts.people[sub];
      if (!person) return undefined;
      return {
        accountId: sub,
        async claims() {
          return { sub, email: person.email, email_verified: person.emailVerified ?? true, name: person.name };
        },
      };
    },
    // First-party client: what it asks for is granted without a consent page.
    async loadExistingGrant(ctx) {
      const session = ctx.oidc.session!;
      const clientId = ctx.oidc.client!.clientId;
      const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(clientId);
      if (grantId) {
        const existing = await ctx.oidc.provider.Grant.find(grantId);
        if (existing) return existing;
      }
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId: session.accountId! });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  const callback = provider.callback();

  server.on('request', async (req, res) => {
    const match = /^\/interaction\/([\w-]+)$/.exec(req.url ?? '');
    if (!match) return callback(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      if (req.method === 'GET') {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(
          `<!doctype html><title>Test identity provider</title><form method="post" action="/interaction/${details.uid}">` +
            '<label>Login <input name="login" autofocus></label><button type="submit">Sign in</button></form>',
        );
        return;
      }
      let body = '';
      for await (const chunk of req) body += chunk;
      const login = new URLSearchParams(body).get('login') ?? '';
      const result = opts.people[login]
        ? { login: { accountId: login } }
        : { error: 'access_denied', error_description: 'unknown person' };
      await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
    } catch (error) {
      res.statusCode = 400;
      res.end(String(error));
    }
  });

  return {
    issuer,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A minimal cookie jar for fetch: what a browser would keep, per cookie name (host-only, no expiry). */
export class CookieJar {
  private readonly cookies = new Map<string, Map<string, string>>();

  store(url: string, response: Response): void {
    const host = new URL(url).host;
    const jar = this.cookies.get(host) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';', 1);
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
    this.cookies.set(host, jar);
  }

  header(url: string): string {
    const jar = this.cookies.get(new URL(url).host);
    return jar ? [...jar].map(([k, v]) => `${k}=${v}`).join('; ') : '';
  }

  /** fetch with this jar, following redirects by hand so every hop's cookies are kept; returns the last answer. */
  async fetch(url: string, init: RequestInit = {}): Promise<{ response: Response; url: string }> {
    let current = url;
    let request: RequestInit = init;
    for (let hop = 0; hop < 20; hop++) {
      const headers = new Headers(request.headers);
      const cookie = this.header(current);
      if (cookie) headers.set('cookie', cookie);
      const response = await fetch(current, { ...request, headers, redirect: 'manual' });
      this.store(current, response);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { response, url: current };
      await response.arrayBuffer();
      current = new URL(location, current).href;
      request = response.status === 307 || response.status === 308 ? request : { method: 'GET' };
    }
    throw new Error(`too many redirects from ${url}`);
  }
}

/**
 * Signs `login` in on `server` through the provider's page, as a browser would (GET /auth/login, the form, the
 * callback); returns where the server finally sent the browser.
 */
export async function signInWithJar(jar: CookieJar, serverUrl: string, login: string, returnTo = '/'): Promise<string> {
  const start = await jar.fetch(`${serverUrl}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  const page = await start.response.text();
  const action = /action="([^"]+)"/.exec(page)?.[1];
  if (!action) throw new Error(`no sign-in form at ${start.url}: ${start.response.status} ${page.slice(0, 200)}`);
  const done = await jar.fetch(new URL(action, start.url).href, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ login }).toString(),
  });
  await done.response.arrayBuffer();
  return done.url;
}
