// A slip of the keyboard in a long word: one letter left out, added, changed, or two swapped ("mitochondira"
// for "mitochondria"). A teacher accepts it in a long word and not in a short one, where one letter makes
// another word ("cell" and "cello"), and never in a number, where one digit is another value.

/** Letters a word needs before one slip is forgiven; two slips from twice as many. */
const ONE_SLIP_FROM = 8;
const TWO_SLIPS_FROM = 16;

/** Slips forgiven between an answer key and what was typed (both already normalized), or 0 for none. */
export function forgivenSlips(expected: string): number {
  if (/\d/.test(expected)) return 0;
  const letters = expected.replace(/[^\p{L}]/gu, '').length;
  if (letters >= TWO_SLIPS_FROM) return 2;
  if (letters >= ONE_SLIP_FROM) return 1;
  return 0;
}

/** True when `typed` is `expected` with at most the slips its length forgives (Damerau-Levenshtein distance). */
export function withinSlips(typed: string, expected: string): boolean {
  const max = forgivenSlips(expected);
  if (max === 0 || /\d/.test(typed)) return false;
  return editDistance([...typed], [...expected], max) <= max;
}

/** Optimal string alignment distance, stopping early once every path is over `max`. */
function editDistance(a: string[], b: string[], max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    let best = Number.POSITIVE_INFINITY;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
  }
  return d[rows - 1]![cols - 1]!;
}
