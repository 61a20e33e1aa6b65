// Numbers as written in any language: "3530", "3,776" (Japanese and English grouping), "2.918" (Greek and German
// grouping), "3 530" (Russian and French), "9,8" (a decimal comma). Read into a value and a style, and written
// back in the same style, so a made-up number looks like the page's own.
import { alternativeNumbers, alternativeYears } from '../numbers.js';

export interface NeutralNumber {
  value: number;
  kind: 'year' | 'number';
  /** Thousands separator as written, or '' for none. */
  group: string;
  /** Decimal mark as written, or '' for a whole number. */
  decimal: string;
  decimals: number;
}

const GROUPED = /^\d{1,3}(?:([,.\u00A0\u202F ])\d{3})(?:\1\d{3})*$/;
const DECIMAL = /^\d+([.,])(\d{1,2}|\d{4,})$/;

/** Reads a number token; null for anything else (an ordinal, a code, a mixed token). */
export function parseNeutralNumber(text: string): NeutralNumber | null {
  if (/^\d+$/.test(text)) {
    const value = Number(text);
    const kind = text.length === 4 && value >= 1000 && value <= 2100 ? 'year' : 'number';
    // A leading zero ("007") is a code, not a quantity.
    if (text.length > 1 && text.startsWith('0')) return null;
    return { value, kind, group: '', decimal: '', decimals: 0 };
  }
  const grouped = GROUPED.exec(text);
  if (grouped) {
    const value = Number(text.replace(/\D/g, ''));
    return { value, kind: 'number', group: grouped[1]!, decimal: '', decimals: 0 };
  }
  const decimal = DECIMAL.exec(text);
  if (decimal) {
    const value = Number(text.replace(decimal[1]!, '.'));
    return { value, kind: 'number', group: '', decimal: decimal[1]!, decimals: decimal[2]!.length };
  }
  return null;
}

/** `value` written like `like`: the same separators and decimals. */
export function formatLike(value: number, like: NeutralNumber): string {
  if (like.kind === 'year') return String(Math.round(value));
  const [whole, fraction] = value.toFixed(like.decimals).split('.');
  const grouped = like.group && whole!.length > 3 ? whole!.replace(/\B(?=(\d{3})+(?!\d))/g, like.group) : whole!;
  return fraction ? `${grouped}${like.decimal}${fraction}` : grouped;
}

/** Plausible wrong values, written like `n`: years 5 to 60 years away, numbers at least 20% off. */
export function madeUpNumbers(n: NeutralNumber, random: () => number, count: number): string[] {
  if (n.kind === 'year') return alternativeYears(n.value, random, count).map(String);
  const shape = { style: 'digits' as const, decimals: n.decimals, grouped: false, suffix: '', prefix: '' };
  return alternativeNumbers({ mantissa: n.value, value: n.value, shape }, random, count).map((s) =>
    formatLike(Number(s.replace(/,/g, '')), n),
  );
}

/** Whether `other` can stand in for `n` as a wrong answer: same kind and style, clearly different, same scale. */
export function comparableNumbers(n: NeutralNumber, other: NeutralNumber): boolean {
  if (other.kind !== n.kind || other.decimals !== n.decimals) return false;
  const gap = Math.abs(other.value - n.value);
  if (n.kind === 'year') return gap >= 2 && gap <= 150;
  const ratio = Math.max(other.value, n.value) / Math.max(1e-9, Math.min(other.value, n.value));
  return gap >= Math.abs(n.value) * 0.15 && ratio <= 10;
}
