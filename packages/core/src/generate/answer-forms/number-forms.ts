// Numbers as people write them: "1,000", "1000", "1 000" and, in German, Spanish, French and most of Europe,
// "1.000"; "3.5" in English is "3,5" there. Reading an answer turns each number into one canonical spelling
// (digits, "." before decimals) so that the spellings of one value match and different values never do.
import { type AnswerLanguage, PERCENT_WORD, PERCENT_WORDS, THOUSANDS_SEPARATOR } from './answer-language.js';

/** A decimal separator with no digit before it. */
const LEADING_POINT = /(?<![\p{L}\p{N}])\.(?=\d)/gu;
const LEADING_COMMA = /(?<![\p{L}\p{N}]),(?=\d)/gu;
/** A run of digits with the separators that may sit inside one number. */
const NUMBER_RUN = /\d(?:[\d.,'\u00A0\u202F ]*\d)?/g;

interface ParsedNumber {
  /** Digits of the integer part, without separators. */
  integer: string;
  /** Digits after the decimal separator, if any. */
  decimals?: string;
  /** Whether the integer part was written with thousands separators. */
  grouped: boolean;
}

/** Reads one run of digits and separators as a number, by the conventions of `language`; null if it is not one. */
export function parseNumber(run: string, language: AnswerLanguage | undefined): ParsedNumber | null {
  if (/^\d+$/.test(run)) return { integer: run, grouped: false };
  const space = run.match(/^(\d{1,3}(?:[\u00A0\u202F ]\d{3})+)(?:[.,](\d+))?$/);
  if (space) return { integer: space[1]!.replace(/\D/g, ''), decimals: space[2], grouped: true };
  for (const [thousands, decimal] of separatorsFor(run, language)) {
    const t = `\\${thousands}`;
    const d = `\\${decimal}`;
    const m = run.match(new RegExp(`^(\\d{1,3}(?:${t}\\d{3})+|\\d+)(?:${d}(\\d+))?$`));
    if (m) return { integer: m[1]!.replace(/\D/g, ''), decimals: m[2], grouped: m[1]!.includes(thousands) };
  }
  return null;
}

/**
 * English "1,000.5" or continental "1.000,5". A known language decides; otherwise the spelling does: a comma
 * followed by three digits, or two dots, are thousands ("1,000", "1.000.000"), a lone comma is a decimal ("3,5").
 */
function separatorsFor(run: string, language: AnswerLanguage | undefined): [string, string][] {
  if (language) return [language === 'en' ? [',', '.'] : ['.', ',']];
  if (/^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$/.test(run) || /^\d{1,3}(?:\.\d{3})+,\d+$/.test(run)) return [['.', ',']];
  if (/,/.test(run) && !/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(run)) return [['.', ',']];
  return [[',', '.']];
}

/** Digits of the value only: no separators, no trailing decimal zeros ("3.50" is "3.5"). */
function canonical(n: ParsedNumber): string {
  const decimals = n.decimals?.replace(/0+$/, '') ?? '';
  return decimals === '' ? n.integer : `${n.integer}.${decimals}`;
}

/** Every number in `text` in its canonical spelling: "1.000,5" (de) -> "1000.5", "1 000" -> "1000", "2.50" -> "2.5". */
export function canonicalNumbers(text: string, language: AnswerLanguage | undefined): string {
  // ".5" is "0.5" (",5" outside English): the separator must not be lost as punctuation and leave "5".
  const leading = language && language !== 'en' ? LEADING_COMMA : LEADING_POINT;
  return text.replace(leading, '0$&').replace(NUMBER_RUN, (run) => {
    const n = parseNumber(run, language);
    return n ? canonical(n) : run;
  });
}

/** `integer` with a separator every three digits from the right. */
function group(integer: string, separator: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * The other spellings of the one number in `text`: without thousands separators, and with the language's own
 * (and, outside English, with spaces). A year, and a four-digit number that may be one, is never grouped.
 */
export function numberVariants(text: string, language: AnswerLanguage | undefined, mayBeYear: boolean): string[] {
  const runs = text.match(NUMBER_RUN) ?? [];
  if (runs.length !== 1) return [];
  const run = runs[0]!;
  const n = parseNumber(run, language);
  if (!n || n.integer.length < 4 || (mayBeYear && !n.grouped && n.integer.length === 4)) return [];
  const lang = language ?? 'en';
  const decimal = n.decimals === undefined ? '' : `${lang === 'en' ? '.' : ','}${n.decimals}`;
  const spellings = [n.integer, group(n.integer, THOUSANDS_SEPARATOR[lang])];
  if (lang !== 'en') spellings.push(group(n.integer, ' '));
  return spellings.map((s) => text.replace(run, `${s}${decimal}`));
}

/** "45%" and "45 percent" (in the answer's language) for a percentage; nothing for anything else. */
export function percentVariants(text: string, language: AnswerLanguage | undefined): string[] {
  const m = text.match(new RegExp(`^(.*\\d)${PERCENT_WORDS.source}$`, 'iu'));
  if (!m) return [];
  const number = m[1]!.trim();
  const variants = [`${number}%`, `${number} ${PERCENT_WORD[language ?? 'en']}`];
  if (language === 'fr' || language === 'de') variants.push(`${number} %`);
  return variants;
}
