// The ways files get damaged or forged, as a fast-check arbitrary of `mutatePdf` mutations: bit flips,
// truncation, splices from other files, inserted and deleted bytes, and absurd numbers in place of real ones.
import fc from 'fast-check';
import { ABSURD_NUMBERS, type PdfMutation } from './mutate-pdf.js';

// Unbiased: fast-check favours edge values, which would put most damage on the first bytes (the header).
const fraction = fc.noBias(fc.integer({ min: 0, max: 100_000 })).map((i) => i / 100_000);

export const pdfMutation: fc.Arbitrary<PdfMutation> = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.array(fraction, { minLength: 1, maxLength: 8 }),
    bit: fc.nat(7),
  }),
  fc.record({ kind: fc.constant('truncate' as const), keep: fraction }),
  fc.record({ kind: fc.constant('splice' as const), at: fraction, other: fc.nat(), from: fraction }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fraction,
    bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 512 }) }),
  fc.record({
    kind: fc.constant('number' as const),
    which: fc.nat(),
    value: fc.oneof(fc.constantFrom(...ABSURD_NUMBERS), fc.nat().map(String)),
  }),
);
