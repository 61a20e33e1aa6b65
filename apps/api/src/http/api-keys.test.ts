import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { matchApiKey, parseApiKeys } from './api-keys.js';

describe('API_KEYS', () => {
  it('reads named and unnamed keys; keys sharing a name (rotation) own the same things', () => {
    const keys = parseApiKeys(
      ' alice:alice-old-token-0123, bob:bob-token-0123456789 ,alice:alice-new-token-0123,anon-token-with-no-name',
    );
    expect(keys.map((k) => k.name)).toEqual(['alice', 'bob', 'alice', expect.stringMatching(/^key-[0-9a-f]{12}$/)]);
    expect(matchApiKey(keys, 'alice-old-token-0123')).toBe('alice');
    expect(matchApiKey(keys, 'alice-new-token-0123')).toBe('alice');
    expect(matchApiKey(keys, 'bob-token-0123456789')).toBe('bob');
    expect(matchApiKey(keys, 'anon-token-with-no-name')).toBe(keys[3]!.name);
  });

  it('names an unnamed key after its token, so reordering the list changes no owner', () => {
    const [a] = parseApiKeys('first-token-0123456789,second-token-0123456789');
    const [, b] = parseApiKeys('second-token-0123456789,first-token-0123456789');
    expect(a!.name).toBe(b!.name);
  });

  it('matches nothing for a wrong, empty, prefix or longer token', () => {
    const keys = parseApiKeys('alice:alice-token-0123456789');
    for (const wrong of ['', 'alice', 'alice-token-012345678', 'alice-token-01234567890', 'ALICE-TOKEN-0123456789']) {
      expect(matchApiKey(keys, wrong)).toBeNull();
    }
    expect(matchApiKey([], 'alice-token-0123456789')).toBeNull();
  });

  it('refuses short or malformed tokens at start-up, naming the entry but never its secret', () => {
    expect(() => loadConfig({ API_KEYS: 'alice:short' })).toThrow(/API_KEYS: entry 1: a token must be 16/);
    expect(() => loadConfig({ API_KEYS: 'good-token-0123456789,has space in it 0123' })).toThrow(/entry 2/);
    try {
      loadConfig({ API_KEYS: 'alice:short' });
    } catch (error) {
      expect((error as Error).message).not.toContain('short');
    }
    expect(loadConfig({}).API_KEYS).toEqual([]);
  });

  it('reads TRUST_PROXY as off, on, a hop count or proxy addresses', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).TRUST_PROXY).toEqual(['10.0.0.0/8', '127.0.0.1']);
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
  });
});
