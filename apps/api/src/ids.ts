// Opaque, unguessable ids: a short kind prefix and 96 random bits.
import { randomBytes } from 'node:crypto';

export function newId(prefix: 'doc' | 'job' | 'quiz' | 'q' | 'live' | 'p'): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}
