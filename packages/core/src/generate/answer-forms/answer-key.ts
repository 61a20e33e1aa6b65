// The form in which a typed answer and an accepted one are compared: what a person would not call a different
// answer is folded away (case, accents, punctuation, spacing, a leading article, "&" for "and", "percent" for
// "%", thousands separators), and what makes a different answer is kept (every digit, a sign, a decimal point,
// "#" and "+" as in "C#" and "C++").
import { AND_WORD, type AnswerLanguage, lowerCase, PERCENT_WORDS } from './answer-language.js';
import { withoutArticle } from './articles.js';
import { canonicalNumbers } from './number-forms.js';

/** Letters that do not decompose into a base letter and a mark. */
const FOLDED_LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };
const APOSTROPHES = /[\u2019\u2018\u02BC`´]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
/** Punctuation that changes nothing: all of it but "#", "%", "*", "@" (kept as they are). */
const PROSE_PUNCTUATION = /[^\P{P}#%*@]/u;

/** `text` with its accents removed and the letters above spelled out: "Ærøskøbing" -> "aeroskobing". */
export function withoutAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđıÆŒØŁĐ]/g, (c) => {
      const folded = FOLDED_LETTERS[c.toLowerCase()] ?? c;
      return c === c.toLowerCase() ? folded : folded.toUpperCase();
    })
    .normalize('NFC');
}

/** The comparison key of an answer; '' when nothing answerable is left. */
export function answerKey(text: string, tag: string | undefined, language: AnswerLanguage | undefined): string {
  let s = lowerCase(text.normalize('NFC').replace(APOSTROPHES, "'").replace(DASHES, '-'), tag);
  s = withoutAccents(s).replace(/\s+/g, ' ').trim();
  s = canonicalNumbers(s, language);
  s = s.replace(PERCENT_WORDS, '%').replace(/&/g, ` ${AND_WORD[language ?? 'en']} `);
  s = withoutArticle(s.replace(/^[^\p{L}\p{N}#@-]+/u, ''), language);
  return removePunctuation(s);
}

/**
 * Punctuation and spaces dropped, so "drug-resistant", "drug resistant" and "drugresistant" are one answer;
 * except between two digits, where one separator stays ("1/2", "3.5", "1, 2" are not "12", "35", "12"), and a
 * minus sign before a number ("-5" is not "5").
 */
function removePunctuation(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    if (!isSeparator(s[i]!)) {
      out += s[i];
      i += 1;
      continue;
    }
    let end = i;
    while (end < s.length && isSeparator(s[end]!)) end += 1;
    const run = s.slice(i, end);
    const before = out[out.length - 1] ?? '';
    const after = s[end] ?? '';
    if (/\d/.test(before) && /\d/.test(after)) out += run.trim()[0] ?? ' ';
    else if (/\d/.test(after) && run.endsWith('-') && !/[\p{L}\p{N}]/u.test(before)) out += '-';
    i = end;
  }
  return out;
}

function isSeparator(c: string): boolean {
  return c === ' ' || PROSE_PUNCTUATION.test(c);
}
