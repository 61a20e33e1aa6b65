// Damages real PDFs the ways files get damaged or forged, for fuzz tests: flipped bits, cut-off ends, pieces of two
// files spliced together, bytes inserted or removed, and numbers in the structure (lengths, counts, offsets, object
// numbers) replaced by wrong or absurd ones. Deterministic: the same mutation of the same file gives the same bytes.

export type PdfMutation =
  /** Flip one bit at each position (positions are fractions of the file length, 0 to 1). */
  | { kind: 'flip'; at: number[]; bit: number }
  /** Keep only the first `keep` (fraction) of the file. */
  | { kind: 'truncate'; keep: number }
  /** This file up to `at`, then another file of the corpus from `from` (fractions). */
  | { kind: 'splice'; at: number; other: number; from: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  /** Replace the `which`-th number in the file (counted modulo the numbers there are) by `value`. */
  | { kind: 'number'; which: number; value: string };

/** Absurd values for the `number` mutation: negative, huge, fractional, overflowing. */
export const ABSURD_NUMBERS = ['0', '-1', '2147483648', '99999999999999999999', '1e308', '0.5', '-0', '4294967295'];

export function mutatePdf(bytes: Uint8Array, mutation: PdfMutation, corpus: readonly Uint8Array[] = []): Uint8Array {
  const n = bytes.length;
  const pos = (fraction: number) => Math.min(n, Math.max(0, Math.floor(fraction * n)));
  switch (mutation.kind) {
    case 'flip': {
      const out = Uint8Array.from(bytes);
      for (const at of mutation.at) {
        const i = Math.min(n - 1, pos(at));
        if (i >= 0) out[i] = (out[i] ?? 0) ^ (1 << (mutation.bit & 7));
      }
      return out;
    }
    case 'truncate':
      return bytes.slice(0, pos(mutation.keep));
    case 'splice': {
      const other = corpus.length > 0 ? corpus[mutation.other % corpus.length]! : bytes;
      const from = Math.floor(Math.min(1, Math.max(0, mutation.from)) * other.length);
      return concat(bytes.subarray(0, pos(mutation.at)), other.subarray(from));
    }
    case 'insert': {
      const at = pos(mutation.at);
      return concat(bytes.subarray(0, at), mutation.bytes, bytes.subarray(at));
    }
    case 'delete': {
      const at = pos(mutation.at);
      return concat(bytes.subarray(0, at), bytes.subarray(Math.min(n, at + mutation.length)));
    }
    case 'number': {
      const text = Buffer.from(bytes).toString('latin1');
      const numbers = [...text.matchAll(/\d+/g)];
      if (numbers.length === 0) return Uint8Array.from(bytes);
      const match = numbers[mutation.which % numbers.length]!;
      const start = match.index ?? 0;
      return Uint8Array.from(
        Buffer.from(text.slice(0, start) + mutation.value + text.slice(start + match[0].length), 'latin1'),
      );
    }
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
