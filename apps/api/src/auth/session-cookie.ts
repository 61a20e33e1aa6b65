// The cookies of OpenID Connect sign-in: the session (a random token, httpOnly, SameSite=Lax, Secure when the
// server is on https, `__Host-` prefixed there so no subdomain can set it) and the short-lived state of a sign-in
// in progress (PKCE verifier, state, nonce), which only the callback reads.
import type { CookieSerializeOptions } from '@fastify/cookie';

interface CookieSettings {
  PUBLIC_URL?: string | undefined;
}

const secure = (config: CookieSettings) => config.PUBLIC_URL?.startsWith('https://') ?? false;

export function sessionCookieName(config: CookieSettings): string {
  return secure(config) ? '__Host-quizstream_session' : 'quizstream_session';
}

export function sessionCookieOptions(config: CookieSettings, maxAgeMs: number): CookieSerializeOptions {
  return { path: '/', httpOnly: true, sameSite: 'lax', secure: secure(config), maxAge: Math.floor(maxAgeMs / 1000) };
}

export const LOGIN_STATE_COOKIE = 'quizstream_signin';

export function loginStateCookieOptions(config: CookieSettings): CookieSerializeOptions {
  // Lax: the callback is a top-level navigation back from the identity provider, which Lax cookies go with.
  return { path: '/auth/', httpOnly: true, sameSite: 'lax', secure: secure(config), maxAge: 600 };
}
