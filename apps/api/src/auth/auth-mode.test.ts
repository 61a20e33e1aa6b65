import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { accessSummary, isLoopback } from './auth-mode.js';

const KEY = 'ci:ci-token-0123456789abcdef';
const OIDC = {
  OIDC_ISSUER: 'https://accounts.google.com',
  OIDC_CLIENT_ID: 'id.apps.googleusercontent.com',
  OIDC_CLIENT_SECRET: 'secret',
  PUBLIC_URL: 'https://quiz.school.example',
};

const refusal = (env: Record<string, string>) => {
  try {
    loadConfig(env);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
};

describe('start-up rules for who can reach the server', () => {
  it('listens on loopback by default, and says that only this computer can reach it', () => {
    const config = loadConfig({});
    expect(config.HOST).toBe('127.0.0.1');
    expect(accessSummary(config)).toMatch(/loopback only/);
  });

  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['::1', true],
    ['[::1]', true],
    ['localhost', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.10', false],
    ['127.0.0.1.nip.io', false],
  ])('%s is loopback: %s', (host, loopback) => {
    expect(isLoopback(host)).toBe(loopback);
  });

  it('refuses other interfaces without authentication unless a setting says so, naming it', () => {
    expect(refusal({ HOST: '0.0.0.0' })).toMatch(/ALLOW_UNAUTHENTICATED_NETWORK_ACCESS=true/);
    const allowed = loadConfig({ HOST: '0.0.0.0', ALLOW_UNAUTHENTICATED_NETWORK_ACCESS: 'true' });
    expect(accessSummary(allowed)).toMatch(/anyone who can reach this address/);
  });

  it('refuses production on the network without authentication, whatever else is set', () => {
    for (const env of [
      { NODE_ENV: 'production', HOST: '0.0.0.0' } as Record<string, string>,
      { NODE_ENV: 'production', HOST: '0.0.0.0', ALLOW_UNAUTHENTICATED_NETWORK_ACCESS: 'true' },
      { NODE_ENV: 'production', HOST: '::' },
    ]) {
      expect(refusal(env)).toMatch(/in production set OIDC_ISSUER, IAP_AUDIENCE or API_KEYS/);
    }
  });

  it('starts in production on the network with sign-in, IAP or API keys', () => {
    const production = { NODE_ENV: 'production', HOST: '0.0.0.0' };
    expect(refusal({ ...production, ...OIDC })).toBeNull();
    expect(
      refusal({ ...production, IAP_AUDIENCE: '/projects/1/locations/europe-west1/services/quizstream' }),
    ).toBeNull();
    expect(refusal({ ...production, API_KEYS: KEY })).toBeNull();
    expect(refusal({ NODE_ENV: 'production' })).toBeNull();
  });

  it('checks that sign-in is complete: client id, public URL, one way only', () => {
    expect(refusal({ ...OIDC, OIDC_CLIENT_ID: '' })).toMatch(/OIDC_CLIENT_ID/);
    const { PUBLIC_URL: _url, ...noUrl } = OIDC;
    expect(refusal(noUrl)).toMatch(/PUBLIC_URL: needed with OIDC_ISSUER/);
    expect(refusal({ ...OIDC, IAP_AUDIENCE: 'aud' })).toMatch(/choose one way/);
  });
});
