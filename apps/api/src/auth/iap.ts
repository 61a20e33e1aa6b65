// Identity-Aware Proxy: IAP signs every request it lets through with an ES256 JWT in
// `x-goog-iap-jwt-assertion`. Only a verified assertion (signature from IAP's published keys, issuer, audience,
// expiry) identifies a teacher; the plain `x-goog-authenticated-user-email` header is never trusted, since
// anything that reaches the service without IAP could set it.
import { createRemoteJWKSet, jwtVerify } from 'jose';

export const IAP_ASSERTION_HEADER = 'x-goog-iap-jwt-assertion';

export interface IapIdentity {
  email: string;
  /** IAP's stable user id, `accounts.google.com:<number>`. */
  subject: string;
}

export interface IapVerifier {
  verify(assertion: string): Promise<IapIdentity | null>;
}

export function iapVerifier(opts: { jwksUrl: string; audience: string; issuer: string }): IapVerifier {
  const keys = createRemoteJWKSet(new URL(opts.jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: 3_600_000 });
  return {
    async verify(assertion) {
      try {
        const { payload } = await jwtVerify(assertion, keys, {
          algorithms: ['ES256'],
          issuer: opts.issuer,
          audience: opts.audience,
          clockTolerance: 30,
        });
        if (typeof payload.email !== 'string' || typeof payload.sub !== 'string') return null;
        return { email: payload.email, subject: payload.sub };
      } catch {
        return null;
      }
    },
  };
}
