// Numbers, years and dates as answers: reading their value and shape, and making plausible wrong ones.
// A distractor for "about 384,000 kilometres" must look like a distance someone could believe (same shape,
// similar magnitude), and a false statement must change a number enough to be clearly false.

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
const ORDINAL_WORDS = [
  'zeroth',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];
const SCALES: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The shape of a number as written, so that made-up values can be written the same way. */
export interface NumberShape {
  /** Digits ("29,000", "9.8") or an English word ("five"). */
  style: 'digits' | 'word';
  decimals: number;
  grouped: boolean;
  /** "trillion" in "37 trillion". */
  scale?: string;
  /** "%" or " percent" after the digits. */
  suffix: string;
  /** "$" before the digits. */
  prefix: string;
}

export interface ParsedNumber {
  /** The number as written, scale word excluded (37 for "37 trillion"). */
  mantissa: number;
  /** The full value (37e12 for "37 trillion"); used to compare magnitudes. */
  value: number;
  shape: NumberShape;
}

/** Reads "29,000", "9.8", "37 trillion", "71%", "$5 million", "five". Null when it is not a plain number. */
export function parseNumber(text: string): ParsedNumber | null {
  const t = text.trim();
  const word = NUMBER_WORDS.indexOf(t.toLowerCase());
  if (word >= 0) {
    return {
      mantissa: word,
      value: word,
      shape: { style: 'word', decimals: 0, grouped: false, suffix: '', prefix: '' },
    };
  }
  const m =
    /^([$£€]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s+(hundred|thousand|million|billion|trillion))?(%|\s?percent|\s?per cent)?$/i.exec(
      t,
    );
  if (!m) return null;
  const mantissa = Number(`${m[2]!.replace(/,/g, '')}${m[3] ? `.${m[3]}` : ''}`);
  const scale = m[4]?.toLowerCase();
  return {
    mantissa,
    value: mantissa * (scale ? SCALES[scale]! : 1),
    shape: {
      style: 'digits',
      decimals: m[3]?.length ?? 0,
      grouped: m[2]!.includes(','),
      scale,
      suffix: m[5] ?? '',
      prefix: m[1] ?? '',
    },
  };
}

export function formatNumber(mantissa: number, shape: NumberShape): string {
  if (shape.style === 'word' && Number.isInteger(mantissa) && mantissa >= 0 && mantissa < NUMBER_WORDS.length) {
    return NUMBER_WORDS[mantissa]!;
  }
  // Not toLocaleString: Intl formatting costs more than everything else done for a question.
  const [whole, fraction] = mantissa.toFixed(shape.decimals).split('.');
  const grouped = shape.grouped || mantissa >= 10_000 ? whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole!;
  const digits = fraction ? `${grouped}.${fraction}` : grouped;
  return `${shape.prefix}${digits}${shape.scale ? ` ${shape.scale}` : ''}${shape.suffix}`;
}

/** Which of the "about N"-style hedges and shapes a number is: two numbers of one shape can stand in for each other. */
export function shapeKey(shape: NumberShape): string {
  return `${shape.style}|${shape.scale ?? ''}|${shape.prefix}|${shape.suffix.trim() ? '%' : ''}`;
}

/**
 * Plausible wrong values for a number: same shape, same precision, within a factor of about 3, and at least
 * 20% away from the true value (so a rounded "about" in the text cannot make a wrong value right).
 */
export function alternativeNumbers(n: ParsedNumber, random: () => number, count: number): string[] {
  const { mantissa, shape } = n;
  const isPercent = shape.suffix.trim() !== '';
  const candidates: number[] = [];
  if (shape.style === 'word' || (Number.isInteger(mantissa) && mantissa <= 12 && !isPercent)) {
    for (const d of [1, -1, 2, -2, 3, 4]) candidates.push(mantissa + d);
  } else if (isPercent) {
    for (const d of [15, -15, 25, -25, 35, -35, 10, -10]) candidates.push(mantissa + d);
  } else {
    for (const f of [2, 0.5, 1.5, 0.6, 3, 0.3, 1.3, 0.75])
      candidates.push(roundLike(mantissa * f, mantissa, shape.decimals));
  }
  const valid = unique(candidates).filter(
    (c) =>
      c > 0 &&
      c !== mantissa &&
      (!isPercent || c < 100) &&
      (shape.style !== 'word' || c < NUMBER_WORDS.length) &&
      Math.abs(c - mantissa) >= Math.max(Math.abs(mantissa) * 0.2, mantissa <= 12 ? 1 : 0),
  );
  return pick(valid, random, count).map((c) => formatNumber(c, shape));
}

/** Years 5 to 60 years away, never more than 20 years after the true one when it is recent. */
export function alternativeYears(year: number, random: () => number, count: number): number[] {
  // Close enough to be plausible (a release of 2010 against 1970 gives itself away), never in the future.
  const offsets =
    year >= 1900
      ? [-3, 3, -5, 5, -7, 7, -10, 10, -4, 4, -6, 6, 8, -8]
      : [-5, 5, -10, 10, -12, 12, -20, 20, -25, 25, -40, 40, 8, -8, 15, -15];
  const thisYear = new Date().getFullYear();
  const valid = offsets.map((d) => year + d).filter((y) => y > 0 && y <= thisYear && (year < 1990 || y <= year + 20));
  return pick(valid, random, count);
}

/** Dates in the same style as `text` ("14 July 1789", "July 1794", "July 14, 1789"), shifted in year and month. */
export function alternativeDates(text: string, random: () => number, count: number): string[] {
  const parsed = parseDate(text);
  if (!parsed) return [];
  const out: string[] = [];
  for (const year of alternativeYears(parsed.year, random, count * 2)) {
    const month = (parsed.month + Math.floor(random() * 11) + 1) % 12;
    const day = parsed.day === undefined ? undefined : 1 + Math.floor(random() * 28);
    out.push(formatDate({ ...parsed, year: random() < 0.5 ? year : parsed.year, month, day }));
    if (out.length >= count) break;
  }
  return unique(out).filter((d) => d !== text);
}

interface ParsedDate {
  day?: number;
  month: number;
  year: number;
  style: 'dmy' | 'mdy' | 'my';
}

export function parseDate(text: string): ParsedDate | null {
  const months = MONTHS.join('|');
  let m = new RegExp(`^(\\d{1,2}) (${months}) (\\d{3,4})$`).exec(text);
  if (m) return { day: Number(m[1]), month: MONTHS.indexOf(m[2]!), year: Number(m[3]), style: 'dmy' };
  m = new RegExp(`^(${months}) (\\d{1,2}), (\\d{3,4})$`).exec(text);
  if (m) return { day: Number(m[2]), month: MONTHS.indexOf(m[1]!), year: Number(m[3]), style: 'mdy' };
  m = new RegExp(`^(${months}),? (\\d{3,4})$`).exec(text);
  if (m) return { month: MONTHS.indexOf(m[1]!), year: Number(m[2]), style: 'my' };
  return null;
}

function formatDate(d: ParsedDate): string {
  const month = MONTHS[d.month]!;
  if (d.style === 'dmy') return `${d.day} ${month} ${d.year}`;
  if (d.style === 'mdy') return `${month} ${d.day}, ${d.year}`;
  return `${month} ${d.year}`;
}

/** "second" for "first": neighbours of an ordinal word. */
export function alternativeOrdinals(text: string, random: () => number, count: number): string[] {
  const i = ORDINAL_WORDS.indexOf(text.toLowerCase());
  if (i <= 0) return [];
  const candidates = [i + 1, i - 1, i + 2, i + 3, i - 2].filter((k) => k >= 1 && k < ORDINAL_WORDS.length);
  return pick(candidates, random, count).map((k) => matchCase(ORDINAL_WORDS[k]!, text));
}

export function isOrdinalWord(text: string): boolean {
  return ORDINAL_WORDS.indexOf(text.toLowerCase()) > 0;
}

export function isYear(text: string): boolean {
  if (!/^\d{4}$/.test(text)) return false;
  const y = Number(text);
  return y >= 1000 && y <= 2100;
}

/** Keeps the precision of the original: 29,000 stays a round thousand, 9.8 keeps one decimal. */
function roundLike(value: number, original: number, decimals: number): number {
  if (decimals > 0) return Number(value.toFixed(decimals));
  const zeros = trailingZeros(original);
  const unit = 10 ** Math.min(zeros, Math.max(0, Math.floor(Math.log10(Math.max(1, value))) - 1));
  return Math.max(unit, Math.round(value / unit) * unit);
}

function trailingZeros(n: number): number {
  let z = 0;
  let v = Math.round(Math.abs(n));
  while (v > 0 && v % 10 === 0) {
    z++;
    v /= 10;
  }
  return z;
}

function matchCase(word: string, like: string): string {
  return /^[A-Z]/.test(like) ? word[0]!.toUpperCase() + word.slice(1) : word;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** Up to `count` items, the earlier ones more likely: candidate lists are ordered most plausible first. */
function pick<T>(xs: T[], random: () => number, count: number): T[] {
  const pool = [...xs];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) {
    const i = Math.floor(random() ** 1.5 * pool.length);
    out.push(pool.splice(i, 1)[0]!);
  }
  return out;
}
