// Who is asking, and may they: every request to /api or /auth is identified in an early hook (so that rate
// limits count per teacher or key) and checked against its route's access rule (auth/route-access.ts) in a later
// one (so that failed attempts are still rate-limited, per address).
//
// Identities, first match wins: an API key (`Authorization: Bearer`, scripts and the CLI); a teacher's session
// cookie (OpenID Connect sign-in); a verified Identity-Aware Proxy assertion; and, on a server without any
// authentication, the local owner. What a request makes belongs to its identity's account; the store shows each
// account only its own rows.
//
// Cookies and IAP's own cookie are sent by browsers by themselves, so a request authenticated by them that
// changes something must come from this origin (CSRF): a browser always says where a non-GET request comes from
// (`Origin`, and `Sec-Fetch-Site`). The session cookie is also SameSite=Lax, so another site's form never carries
// it. A browser EventSource cannot send headers, so the GET stream route also takes `?access_token=` for an API
// key; see docs/security.md for what that costs.
import type { Me } from '@quizstream/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hasAuthentication, isLoopback, type SignIn, signInMode } from '../auth/auth-mode.js';
import { emailDomainAllowed } from '../auth/email-domains.js';
import type { IapVerifier } from '../auth/iap.js';
import { IAP_ASSERTION_HEADER } from '../auth/iap.js';
import { accessOf, GUARDED_PREFIXES } from '../auth/route-access.js';
import { sessionCookieName } from '../auth/session-cookie.js';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { LOCAL_OWNER, teacherAccount } from '../store/account.js';
import type { Sessions } from '../store/sessions.js';
import { matchApiKey } from './api-keys.js';
import { isSameOrigin } from './cors.js';

export interface Identity extends Me {
  /** Who owns what this request makes (store/account.ts). */
  account: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The account of the request's identity; null when it has none (it is then refused where one is needed). */
    account: string | null;
    identity: Identity | null;
    /** Why a presented credential was refused, for the error. */
    refusal: 'invalid_key' | 'email_domain' | null;
  }
}

/** The one route that takes the key from the query string, for EventSource. */
const QUERY_TOKEN_ROUTE = '/api/quiz/jobs/:jobId/stream';
const REALM = 'Bearer realm="quizstream"';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function presentedToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header === 'string') {
    const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
    return match ? match[1] : '';
  }
  if (request.method === 'GET' && request.routeOptions.url === QUERY_TOKEN_ROUTE) {
    const token = (request.query as Record<string, unknown> | undefined)?.access_token;
    return typeof token === 'string' ? token : undefined;
  }
  return undefined;
}

const guarded = (request: FastifyRequest) => {
  const path = request.url.split('?', 1)[0] ?? '';
  return GUARDED_PREFIXES.some((prefix) => path.startsWith(prefix));
};

export interface AuthDeps {
  config: Config;
  sessions: Sessions;
  iap: IapVerifier | null;
}

export function registerAuth(app: FastifyInstance, { config, sessions, iap }: AuthDeps): void {
  app.decorateRequest('account', null);
  app.decorateRequest('identity', null);
  app.decorateRequest('refusal', null);
  const signIn: SignIn = signInMode(config);
  const open = !hasAuthentication(config);
  const cookieName = sessionCookieName(config);

  async function identify(request: FastifyRequest): Promise<Identity | null> {
    if (open) return { via: 'local', account: LOCAL_OWNER, name: 'Local', email: null };
    const token = presentedToken(request);
    if (token !== undefined) {
      const name = token && config.API_KEYS.length > 0 ? matchApiKey(config.API_KEYS, token) : null;
      if (name === null) request.refusal = 'invalid_key';
      return name === null ? null : { via: 'key', account: name, name, email: null };
    }
    if (signIn === 'oidc') {
      const cookie = request.cookies[cookieName];
      const teacher = cookie ? await sessions.find(cookie) : null;
      return teacher ? { via: 'oidc', ...teacher } : null;
    }
    if (signIn === 'iap' && iap) {
      const assertion = request.headers[IAP_ASSERTION_HEADER];
      const user = typeof assertion === 'string' ? await iap.verify(assertion) : null;
      if (!user) return null;
      if (!emailDomainAllowed(user.email, config.ALLOWED_EMAIL_DOMAINS)) {
        request.refusal = 'email_domain';
        return null;
      }
      const email = user.email.toLowerCase();
      return { via: 'iap', account: teacherAccount(email), name: email, email };
    }
    return null;
  }

  // Without authentication on loopback, a page elsewhere could still reach the API through a name that resolves
  // to 127.0.0.1 (DNS rebinding): there, only loopback names are answered.
  const loopbackOnly = open && isLoopback(config.HOST);

  app.addHook('onRequest', async (request) => {
    if (request.method === 'OPTIONS' || !guarded(request)) return;
    if (loopbackOnly && !isLoopback(hostName(request.headers.host))) {
      throw new AppError(403, 'host_not_allowed', 'This server answers only at localhost or 127.0.0.1.');
    }
    request.identity = await identify(request);
    request.account = request.identity?.account ?? null;
  });

  // preParsing: after every onRequest hook (rate limits included), before any body is read.
  app.addHook('preParsing', async (request, reply) => {
    if (request.method === 'OPTIONS' || !guarded(request)) return;
    const access = accessOf(request.method, request.routeOptions.url);
    if (access === 'public' || access === 'share-link' || access === 'live-player') return;
    const identity = request.identity;
    if (access === 'live-host') {
      // The route lets in the session's owner or its host token's bearer; a change made with the browser's own
      // credentials must still come from this page.
      if ((identity?.via === 'oidc' || identity?.via === 'iap') && !SAFE_METHODS.has(request.method)) {
        refuseCrossSite(request);
      }
      return;
    }
    if (!identity) {
      if (request.refusal === 'email_domain') {
        throw new AppError(403, 'email_domain_not_allowed', 'Your email address is not from a school of this server.');
      }
      const invalid = request.refusal === 'invalid_key';
      reply.header('www-authenticate', invalid ? `${REALM}, error="invalid_token"` : REALM);
      throw new AppError(
        401,
        'unauthenticated',
        invalid ? 'The API key is not valid.' : authenticationHint(signIn, config.API_KEYS.length > 0),
      );
    }
    if ((identity.via === 'oidc' || identity.via === 'iap') && !SAFE_METHODS.has(request.method)) {
      refuseCrossSite(request);
    }
  });
}

/** The name in a Host header, without its port (`[::1]:3000` -> `::1`). */
function hostName(host: string | undefined): string {
  if (!host) return '';
  const bracketed = /^\[([^\]]+)\]/.exec(host);
  return bracketed ? bracketed[1]! : host.replace(/:\d+$/, '');
}

function authenticationHint(signIn: SignIn, keys: boolean): string {
  const key = 'send an API key as "Authorization: Bearer <key>"';
  if (signIn === 'oidc') return `Sign in first (/auth/login)${keys ? `, or ${key}` : ''}.`;
  if (signIn === 'iap') return `Sign in through Identity-Aware Proxy${keys ? `, or ${key}` : ''}.`;
  return `This server needs an API key: ${key}.`;
}

/** A change made with a browser's own credentials must come from this origin (see the header comment). */
export function refuseCrossSite(request: FastifyRequest): void {
  const origin = request.headers.origin;
  const site = request.headers['sec-fetch-site'];
  const crossOrigin = typeof origin === 'string' && !isSameOrigin(origin, request.headers.host);
  const crossSite = typeof site === 'string' && site !== 'same-origin' && site !== 'none';
  if (crossOrigin || crossSite) {
    throw new AppError(403, 'cross_site_request', 'This change must be made from the quizstream page itself.');
  }
}
