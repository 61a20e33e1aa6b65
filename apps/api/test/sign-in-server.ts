// A real server with OpenID Connect sign-in against a real provider on loopback, and clients for it: a
// teacher (a cookie jar signed in through the provider's page), an API key, or nobody.
import { freePort } from '@quizstream/core/testing';
import { coursePdf } from './fixtures.js';
import {
  CookieJar,
  type Person,
  signInWithJar,
  startIdentityProvider,
  type TestIdentityProvider,
} from './identity-provider.js';
import { collectFrames } from './sse.js';
import { startTestServer, type TestServer } from './test-server.js';

export const PEOPLE: Record<string, Person> = {
  alice: { email: 'alice@school.example', name: 'Alice Teacher' },
  bob: { email: 'Bob@School.example', name: 'Bob Teacher' },
  eve: { email: 'eve@elsewhere.example', name: 'Eve Outsider' },
  mallory: { email: 'mallory@school.example', name: 'Mallory Unverified', emailVerified: false },
};
export const CI_KEY = 'ci-token-0123456789abcdef';

export interface Client {
  /** fetch against the server, with this client's credentials; same-origin headers as a browser sends them. */
  fetch(route: string, init?: RequestInit): Promise<Response>;
  jar?: CookieJar;
}

export interface SignInSetup {
  server: TestServer;
  idp: TestIdentityProvider;
  teacher(login: string): Promise<Client>;
  key(token: string): Client;
  anonymous: Client;
  stop(): Promise<void>;
}

export async function startSignInServer(
  env: Record<string, string> = {},
  opts: Parameters<typeof startTestServer>[1] = {},
): Promise<SignInSetup> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const idp = await startIdentityProvider({ people: PEOPLE, redirectUris: [`${url}/auth/callback`] });
  const server = await startTestServer(
    {
      PORT: String(port),
      PUBLIC_URL: url,
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      ALLOWED_EMAIL_DOMAINS: 'school.example',
      API_KEYS: `ci:${CI_KEY}`,
      ...env,
    },
    opts,
  );
  const withHeaders = (init: RequestInit, extra: Record<string, string>) => {
    const headers = new Headers(init.headers);
    for (const [k, v] of Object.entries(extra)) if (!headers.has(k)) headers.set(k, v);
    return { ...init, headers };
  };
  const browserHeaders = (init: RequestInit): Record<string, string> =>
    init.method && init.method !== 'GET' ? { origin: url, 'sec-fetch-site': 'same-origin' } : {};
  return {
    server,
    idp,
    async teacher(login) {
      const jar = new CookieJar();
      const landed = await signInWithJar(jar, url, login);
      if (new URL(landed).pathname !== '/') throw new Error(`${login} was not signed in: ${landed}`);
      return {
        jar,
        fetch: (route, init = {}) =>
          fetch(`${url}${route}`, withHeaders(init, { cookie: jar.header(url), ...browserHeaders(init) })),
      };
    },
    key: (token) => ({
      fetch: (route, init = {}) => fetch(`${url}${route}`, withHeaders(init, { authorization: `Bearer ${token}` })),
    }),
    anonymous: { fetch: (route, init = {}) => fetch(`${url}${route}`, withHeaders(init, browserHeaders(init))) },
    async stop() {
      await server.stop();
      await idp.close();
    },
  };
}

/** Uploads a PDF and generates a quiz from it as `client`: its document, job and quiz. */
export async function makeQuiz(client: Client, pages = 2): Promise<{ doc: string; job: string; quiz: string }> {
  const form = new FormData();
  form.append('file', new Blob([Buffer.from(await coursePdf(pages))], { type: 'application/pdf' }), 'course.pdf');
  const uploaded = await client.fetch('/api/documents', { method: 'POST', body: form });
  if (uploaded.status !== 201) throw new Error(`upload: ${uploaded.status} ${await uploaded.text()}`);
  const doc = ((await uploaded.json()) as { id: string }).id;
  const stream = await client.fetch(`/api/quiz/generate-stream/${doc}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"questionsPerPage":2}',
  });
  const frames = await collectFrames(stream);
  const last = frames.at(-1)?.event;
  if (last?.type !== 'complete') throw new Error(`generation did not complete: ${JSON.stringify(last)}`);
  return { doc, job: stream.headers.get('x-job-id')!, quiz: last.quizId };
}
