// API keys from `API_KEYS`: comma-separated entries, each `token` or `name:token`. The name is who owns what a
// key creates (several keys may share one name, to rotate them); a key without a name is named after a hash of
// its token, so reordering the list changes nobody's ownership. Tokens are compared in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';

export interface ApiKey {
  name: string;
  /** SHA-256 of the token: what is compared, so every comparison has the same length. */
  digest: Buffer;
}

const NAME = /^[A-Za-z0-9_.-]{1,64}$/;
const TOKEN = /^[\x21-\x7e]{16,512}$/;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Parses `API_KEYS`; throws a message naming the bad entry (by position, never by its secret). */
export function parseApiKeys(value: string): ApiKey[] {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.map((entry, index) => {
    const colon = entry.indexOf(':');
    const named = colon > 0 && NAME.test(entry.slice(0, colon));
    const token = named ? entry.slice(colon + 1) : entry;
    if (!TOKEN.test(token)) {
      throw new Error(
        `entry ${index + 1}: a token must be 16 to 512 visible ASCII characters (no spaces or commas); generate one with \`openssl rand -base64 32\``,
      );
    }
    const name = named ? entry.slice(0, colon) : `key-${sha256(token).toString('hex').slice(0, 12)}`;
    return { name, digest: sha256(token) };
  });
}

/**
 * The name of the key `token` is, or null. Every key is compared, whichever matches, so the time taken says
 * nothing about which key (or how much of one) was guessed.
 */
export function matchApiKey(keys: readonly ApiKey[], token: string): string | null {
  const digest = sha256(token);
  let match: string | null = null;
  for (const key of keys) {
    if (timingSafeEqual(key.digest, digest) && match === null) match = key.name;
  }
  return match;
}
