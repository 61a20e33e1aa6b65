// How a false statement of the English generator moves a year (the neutral generator asks the year instead,
// docs/generators.md): "1965" for "1967" is a gotcha, not a false claim, and "2007" for a release of 1994 is
// absurd (it names another era of the subject, which readers found absurd rather than false); three to six
// years is plainly false and still plausible.

const MIN_YEAR_SWAP = 3;
const MAX_YEAR_SWAP = 6;

/** Whether `other` may stand for `year` in a false statement: three to six years off, not in the future. */
export function swapsYear(year: number, other: number): boolean {
  const off = Math.abs(other - year);
  return off >= MIN_YEAR_SWAP && off <= MAX_YEAR_SWAP && other <= new Date().getFullYear();
}

/** `year` moved by three to five years, forward or (when forward is in the future, always) back. */
export function movedYear(year: number, random: () => number): number {
  const shift = MIN_YEAR_SWAP + Math.floor(random() * (MAX_YEAR_SWAP - MIN_YEAR_SWAP));
  return year + shift <= new Date().getFullYear() && random() < 0.5 ? year + shift : year - shift;
}
