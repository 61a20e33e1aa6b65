import { describe, expect, it } from 'vitest';
import { emailDomainAllowed } from './email-domains.js';

describe('emailDomainAllowed', () => {
  it.each([
    ['ada@school.example', ['school.example'], true],
    ['Ada@SCHOOL.example', ['school.example'], true],
    ['ada@other.example', ['school.example'], false],
    ['ada@school.example.evil.test', ['school.example'], false],
    ['ada@sub.school.example', ['school.example'], false],
    ['school.example', ['school.example'], false],
    ['ada@school.example', [], true],
    ['ada@b.example', ['a.example', 'b.example'], true],
  ])('%s with %j: %s', (email, domains, allowed) => {
    expect(emailDomainAllowed(email, domains)).toBe(allowed);
  });
});
