// Teachers sign in with OpenID Connect (Google Workspace for Education, Microsoft Entra ID, any certified
// provider), through openid-client: authorization code flow with PKCE, state and nonce, the ID token verified
// by the library. A signed-in teacher gets a server-side session (store/sessions.ts) in an httpOnly cookie.
//
// GET /auth/login?returnTo=/path  -> the provider; GET /auth/callback -> session, back to returnTo;
// POST /auth/logout -> the session is deleted. A refused sign-in goes to /signin?error=<code>, which the web
// app explains (email_domain_not_allowed, email_not_verified, sign_in_failed).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as oidc from 'openid-client';
import type { AppContext } from '../app-context.js';
import { refuseCrossSite } from '../http/auth.js';
import { teacherAccount } from '../store/account.js';
import { isLoopback } from './auth-mode.js';
import { emailDomainAllowed } from './email-domains.js';
import {
  LOGIN_STATE_COOKIE,
  loginStateCookieOptions,
  sessionCookieName,
  sessionCookieOptions,
} from './session-cookie.js';

interface LoginState {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
}

/** Only a path on this server: never `//elsewhere` or an absolute URL (no open redirect). */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !/^\/(?![/\\])[\x21-\x7e]{0,500}$/.test(value)) return '/';
  return value;
}

class SignInRefused extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

export async function oidcRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const { config, store } = ctx;
  const issuer = new URL(config.OIDC_ISSUER!);
  const publicUrl = config.PUBLIC_URL!;
  const redirectUri = `${publicUrl}/auth/callback`;
  const cookieName = sessionCookieName(config);

  // Discovered on first use (and again after a failure), so a provider that is briefly down does not stop the
  // server from starting. Plain http only for a provider on this computer (tests, development).
  let discovered: Promise<oidc.Configuration> | undefined;
  const configuration = () => {
    discovered ??= oidc
      .discovery(
        issuer,
        config.OIDC_CLIENT_ID!,
        config.OIDC_CLIENT_SECRET,
        undefined,
        issuer.protocol === 'http:' && isLoopback(issuer.hostname) ? { execute: [oidc.allowInsecureRequests] } : {},
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };

  app.get<{ Querystring: { returnTo?: string } }>('/auth/login', async (request, reply) => {
    const state: LoginState = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier: oidc.randomPKCECodeVerifier(),
      returnTo: safeReturnTo(request.query.returnTo),
    };
    const url = oidc.buildAuthorizationUrl(await configuration(), {
      redirect_uri: redirectUri,
      scope: config.OIDC_SCOPES,
      code_challenge: await oidc.calculatePKCECodeChallenge(state.verifier),
      code_challenge_method: 'S256',
      state: state.state,
      nonce: state.nonce,
    });
    reply.setCookie(
      LOGIN_STATE_COOKIE,
      Buffer.from(JSON.stringify(state)).toString('base64url'),
      loginStateCookieOptions(config),
    );
    return reply.redirect(url.href, 302);
  });

  app.get('/auth/callback', async (request, reply) => {
    const state = readLoginState(request);
    reply.clearCookie(LOGIN_STATE_COOKIE, loginStateCookieOptions(config));
    try {
      if (!state) throw new SignInRefused('sign_in_expired');
      const tokens = await oidc.authorizationCodeGrant(
        await configuration(),
        callbackUrl(redirectUri, request.url),
        { pkceCodeVerifier: state.verifier, expectedState: state.state, expectedNonce: state.nonce },
        undefined,
      );
      // Some providers keep the profile out of the ID token (it is then at the userinfo endpoint).
      const idClaims = tokens.claims();
      const claims =
        typeof idClaims?.email === 'string' || !idClaims
          ? idClaims
          : {
              ...idClaims,
              ...(await oidc.fetchUserInfo(await configuration(), tokens.access_token, idClaims.sub)),
            };
      const email = typeof claims?.email === 'string' ? claims.email.toLowerCase() : '';
      if (!email) throw new SignInRefused('email_missing');
      if (claims?.email_verified === false) throw new SignInRefused('email_not_verified');
      if (!emailDomainAllowed(email, config.ALLOWED_EMAIL_DOMAINS)) throw new SignInRefused('email_domain_not_allowed');
      const name = typeof claims?.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 200) : email;
      const token = await store.sessions.create(
        { account: teacherAccount(email), email, name },
        config.SESSION_MAX_AGE_MS,
      );
      reply.setCookie(cookieName, token, sessionCookieOptions(config, config.SESSION_MAX_AGE_MS));
      request.log.info({ account: teacherAccount(email) }, 'teacher signed in');
      return reply.redirect(state.returnTo, 303);
    } catch (error) {
      const code = error instanceof SignInRefused ? error.code : 'sign_in_failed';
      request.log.warn({ err: error instanceof SignInRefused ? undefined : error, code }, 'sign-in refused');
      return reply.redirect(`/signin?error=${code}`, 303);
    }
  });

  app.post('/auth/logout', async (request, reply) => {
    refuseCrossSite(request);
    const token = request.cookies[cookieName];
    if (token) await store.sessions.delete(token);
    reply.clearCookie(cookieName, sessionCookieOptions(config, 0));
    return reply.status(204).send();
  });
}

/** The callback as the provider called it: the registered redirect URI with this request's query. */
function callbackUrl(redirectUri: string, requestUrl: string): URL {
  const url = new URL(redirectUri);
  url.search = new URL(requestUrl, 'http://callback.invalid').search;
  return url;
}

function readLoginState(request: FastifyRequest): LoginState | null {
  const raw = request.cookies[LOGIN_STATE_COOKIE];
  if (!raw) return null;
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<LoginState>;
    if ([parsed.state, parsed.nonce, parsed.verifier].every((v) => typeof v === 'string' && v.length > 0)) {
      return { ...(parsed as LoginState), returnTo: safeReturnTo(parsed.returnTo) };
    }
  } catch {
    // a cookie someone else wrote: no sign-in in progress
  }
  return null;
}
