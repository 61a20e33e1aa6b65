// Join codes: eight characters from an alphabet without the ones a class mistakes for each other (0/O, 1/I/L),
// shown as "ABCD-EFGH". 31^8 is about 8.5e11 codes: with 1,000 sessions open at once and a guesser allowed 300
// tries a minute (the two join routes' limits per address), a hit takes about 5 years of trying on average.
import { randomInt } from 'node:crypto';

export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;

export function makeJoinCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** The code as typed ("abcd efgh", "ABCD-EFGH"), in its stored form; null when it cannot be one. */
export function normalizeJoinCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s\-–—_.]/g, '');
  if (code.length !== CODE_LENGTH) return null;
  for (const c of code) if (!CODE_ALPHABET.includes(c)) return null;
  return code;
}

/** "ABCDEFGH" -> "ABCD-EFGH", easier to read off a projector. */
export const formatJoinCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;
