// How people prove who they are to this server, derived from the configuration, and the start-up rules that
// keep a server without authentication off the network: loopback only, unless a setting says otherwise, and
// never in production.
import type { ApiKey } from '../http/api-keys.js';

/** How teachers sign in in a browser; API keys may be on beside any of them. */
export type SignIn = 'none' | 'oidc' | 'iap';

export interface AuthSettings {
  HOST: string;
  NODE_ENV: string;
  ALLOW_UNAUTHENTICATED_NETWORK_ACCESS: boolean;
  API_KEYS: readonly ApiKey[];
  PUBLIC_URL?: string | undefined;
  OIDC_ISSUER?: string | undefined;
  OIDC_CLIENT_ID?: string | undefined;
  IAP_AUDIENCE?: string | undefined;
}

export function signInMode(config: Pick<AuthSettings, 'OIDC_ISSUER' | 'IAP_AUDIENCE'>): SignIn {
  if (config.OIDC_ISSUER) return 'oidc';
  if (config.IAP_AUDIENCE) return 'iap';
  return 'none';
}

/** Whether any request needs a credential: sign-in, API keys, or both. */
export function hasAuthentication(config: Pick<AuthSettings, 'OIDC_ISSUER' | 'IAP_AUDIENCE' | 'API_KEYS'>): boolean {
  return signInMode(config) !== 'none' || config.API_KEYS.length > 0;
}

/** Addresses only this computer can reach. */
export function isLoopback(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || h === '::ffff:127.0.0.1';
}

/** What is wrong with the authentication settings, one line each; empty when the server may start. */
export function authConfigProblems(config: AuthSettings): string[] {
  const problems: string[] = [];
  if (config.OIDC_ISSUER && config.IAP_AUDIENCE) {
    problems.push('OIDC_ISSUER and IAP_AUDIENCE: choose one way for teachers to sign in, not both');
  }
  if (config.OIDC_ISSUER && !config.OIDC_CLIENT_ID) problems.push('OIDC_CLIENT_ID: needed with OIDC_ISSUER');
  if (config.OIDC_ISSUER && !config.PUBLIC_URL) {
    problems.push('PUBLIC_URL: needed with OIDC_ISSUER (the address teachers open; /auth/callback is under it)');
  }
  if (isLoopback(config.HOST) || hasAuthentication(config)) return problems;
  if (config.NODE_ENV === 'production') {
    problems.push(
      `HOST: "${config.HOST}" is reachable from the network and no authentication is configured; in production set ` +
        'OIDC_ISSUER, IAP_AUDIENCE or API_KEYS (docs/security.md)',
    );
  } else if (!config.ALLOW_UNAUTHENTICATED_NETWORK_ACCESS) {
    problems.push(
      `HOST: "${config.HOST}" would let anyone on the network read and delete every quiz, since no authentication ` +
        'is configured; keep the default (127.0.0.1), configure sign-in or API_KEYS, or set ' +
        'ALLOW_UNAUTHENTICATED_NETWORK_ACCESS=true on a network you trust',
    );
  }
  return problems;
}

/** The start-up line that says who can reach the server and how they prove who they are. */
export function accessSummary(config: AuthSettings): string {
  const keys = config.API_KEYS.length > 0 ? ` and ${config.API_KEYS.length} API key(s)` : '';
  switch (signInMode(config)) {
    case 'oidc':
      return `teachers sign in with OpenID Connect (${config.OIDC_ISSUER})${keys}`;
    case 'iap':
      return `teachers are identified by Identity-Aware Proxy${keys}`;
    default:
      if (keys) return `every API request needs one of ${config.API_KEYS.length} API key(s)`;
      return isLoopback(config.HOST)
        ? 'no authentication: listening on loopback only, so only this computer can reach it (docs/security.md)'
        : 'no authentication: anyone who can reach this address can read and delete every quiz';
  }
}
