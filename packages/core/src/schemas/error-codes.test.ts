import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES } from './error-codes.js';

describe('the API error codes', () => {
  it('are listed once each, and each is explained in docs/errors.md', () => {
    expect(new Set(API_ERROR_CODES).size).toBe(API_ERROR_CODES.length);
    const docs = readFileSync(new URL('../../../../docs/errors.md', import.meta.url), 'utf8');
    expect(API_ERROR_CODES.filter((code) => !docs.includes(`\`${code}\``))).toEqual([]);
  });
});
