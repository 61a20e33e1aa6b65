// What can be blanked in a sentence of any language, most trustworthy first: numbers and years (the same in
// every script), names (a capital inside a sentence, in cased scripts), and content words (long words of cased
// scripts, runs of kanji or katakana in Japanese and Chinese) that are neither stop words nor common in the
// document. Hebrew and Arabic attach prepositions and articles to words, so there only numbers are blanked.

import { isLabelNumber, isTrivialBlank } from '../../quality/blank-rules.js';
import { unitAfter } from '../units.js';
import { type NeutralNumber, parseNeutralNumber } from './neutral-numbers.js';
import type { PageLanguage } from './page-language.js';
import type { NeutralSentence } from './segment.js';

export type NeutralKind = 'year' | 'number' | 'name' | 'word';

export interface NeutralTerm {
  kind: NeutralKind;
  /** Exactly as on the page. */
  text: string;
  /** Offsets in the page text (end exclusive). */
  start: number;
  end: number;
  /** Lowercase, for "same answer" checks. */
  key: string;
  number?: NeutralNumber;
}

export interface TermRules {
  language: PageLanguage;
  stop: ReadonlySet<string>;
  /** True for a word found in too many of the document's sentences to be worth asking for. */
  isCommon: (key: string) => boolean;
  /** True for a name the document is about: blanking it asks nothing. */
  isSubject?: (key: string) => boolean;
  /** True for a capitalized word that is a common word of the language (seen in lowercase, or a German noun). */
  isCommonWord?: (key: string) => boolean;
}

/** Content words of cased scripts shorter than this are mostly function words and inflected fillers. */
const MIN_NAME_LETTERS = 5;
// Letters only: an elided article ("l’expression") or a hyphenated compound cut by the segmenter is no blank.
const LETTERS = /^\p{L}[\p{L}\p{M}]*\p{L}$/u;
/** A unit after a number: bytes, bits, hertz, pixels, lengths, masses, times. */
const UNIT_AFTER =
  /^\s*(?:(?:bytes?|bits?|[KMGT]i?B|[kKMG]?Hz|px|pt|mm|cm|km|kg|mg|ms|Bytes?|octets?)\b|(?:байт|біт|бит|кілобайт|килобайт|мегабайт|символ|пікс|пикс|[кКМГТ]і?Б|[кКМГ]?Гц|мм|см|км|кг|мс)\p{L}*(?!\p{L})|[кКМГТ]Б(?!\p{L}))/u;
/** Words before a number that make it a rough count, in the languages the generator reads. */
const ROUGHLY =
  /(?<!\p{L})(?:über|etwa|ungefähr|rund|knapp|fast|environ|près de|plus de|moins de|más de|menos de|unos|unas|alrededor de|cerca de|casi|circa|oltre|quasi|mais de|cerca de|quase|approximately|about|around|over|nearly|almost|около|более|почти|περίπου)\s*$|(?:约|大约|超过|多于|近|約|およそ)\s*$/iu;

/**
 * Korean writes a year with 년 after it ("1993년에"): "1000여명" (about a thousand people) and "1024 실린더" are
 * counts. Hebrew and Arabic, whose words take their prepositions and articles, name a year after the word for
 * year or a month ("בשנת 1950", "בספטמבר 2017", "عام 2003", "14 أكتوبر 2004"): "1637 חולים" (patients) and
 * "رقم 1723" (port number) are not years. Russian and Ukrainian as below. A number these languages do not mark as
 * a year is a count.
 */
const KOREAN_YEAR_AFTER = /^\s*년/u;
/**
 * Russian and Ukrainian write "году", "року", "р.", "г." after a year or a month before it ("в 1998 году", "у
 * 2005 році", "у вересні 2005"): "блоки у 1024 байтів", "було 2048" are not years.
 */
const CYRILLIC_YEAR_AFTER =
  /^\s*(?:р\.|рр\.|г\.|гг\.|рік|року|році|роки|років|роках|год|году|года|годы|годов|годах)(?!\p{L})/iu;
const CYRILLIC_YEAR_BEFORE =
  /(?:січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*\s+$|(?<!\p{L})(?:рік|року|році|год|году|года)\s+$/iu;
const SEMITIC_YEAR_BEFORE =
  /(?:שנת|שנות|שנה|ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר|عام|العام|سنة|يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون الثاني|كانون الأول|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني)[\s\u05BE-]*$/u;

function yearUnmarked(language: string, before: string, after: string): boolean {
  switch (language.split('-')[0]) {
    case 'ko':
      return !KOREAN_YEAR_AFTER.test(after);
    case 'he':
    case 'ar':
      return !SEMITIC_YEAR_BEFORE.test(before);
    case 'ru':
    case 'uk':
      return !CYRILLIC_YEAR_AFTER.test(after) && !CYRILLIC_YEAR_BEFORE.test(before);
    default:
      return false;
  }
}

const KIND_ORDER: Record<NeutralKind, number> = { year: 0, number: 1, name: 2, word: 3 };

/** The sentence's candidate answers, best kinds first, each word once. */
export function neutralTerms(sentence: NeutralSentence, rules: TermRules): NeutralTerm[] {
  const { language, stop, isCommon } = rules;
  const out: NeutralTerm[] = [];
  const seen = new Set<string>();
  for (const [index, word] of sentence.words.entries()) {
    const key = word.text.toLowerCase();
    if (seen.has(key)) continue;
    let kind = kindOf(word.text, key, index, language, stop, isCommon);
    if (!kind || (kind === 'name' && (rules.isSubject?.(key) || rules.isCommonWord?.(key)))) continue;
    if (kind === 'name' && !nameInPlace(sentence, index)) continue;
    // A number that labels (a section, a manual page, a path, a version) makes no question worth asking; one
    // with a unit of measure after it ("2.918 μέτρα") is a quantity, however it is grouped.
    const measure = unitAfter(sentence.text.slice(word.end - sentence.start));
    if (
      (kind === 'number' || kind === 'year') &&
      !measure &&
      (isLabelNumber(word.text, sentence.text) || isTrivialBlank(word.text, sentence.text))
    )
      continue;
    // "über 1000", "environ 300", "más de 2000": a rough count, with no single right number near it.
    if ((kind === 'number' || kind === 'year') && ROUGHLY.test(sentence.text.slice(0, word.start - sentence.start)))
      continue;
    // Part of a longer token the segmenter split ("Build" of "Build-Depends", "interfaces" of a path).
    const before = sentence.text[word.start - sentence.start - 1] ?? ' ';
    const after = sentence.text[word.end - sentence.start] ?? ' ';
    if ((kind === 'name' || kind === 'word') && (/[-/_.’'@]/u.test(before) || /[-/_’'@]/u.test(after))) continue;
    // A number inside an identifier: a code point ("U+3001"), a version string ("0~110429"), a path or a tag, an
    // address ("[2001:db8:1]").
    const rest = sentence.text.slice(word.end - sentence.start);
    if (
      (kind === 'number' || kind === 'year') &&
      (/[~+#_/\\]/u.test(before) || /[~_/\\]/u.test(after) || /^:[\p{L}\d]/u.test(rest))
    )
      continue;
    // One word of a longer name ("Software" of "Free Software Foundation") gives itself away.
    const prev = sentence.words[index - 1];
    const next = sentence.words[index + 1];
    const capital = (w: typeof prev) => !!w && /^\p{Lu}/u.test(w.text);
    if (
      kind === 'name' &&
      ((index > 1 && capital(prev) && prev!.end + 1 >= word.start) || (capital(next) && word.end + 1 >= next!.start))
    )
      continue;
    seen.add(key);
    let number = kind === 'year' || kind === 'number' ? parseNeutralNumber(word.text)! : undefined;
    // "1024 Bytes", "2048 MiB": a count with a unit, not a year; and where the language marks its years and the
    // number is not so marked (yearUnmarked).
    if (
      number?.kind === 'year' &&
      (UNIT_AFTER.test(rest) ||
        yearUnmarked(language.locale, sentence.text.slice(0, word.start - sentence.start), rest))
    ) {
      number = { ...number, kind: 'number' };
      kind = 'number';
    }
    out.push({ kind, text: word.text, start: word.start, end: word.end, key, ...(number ? { number } : {}) });
  }
  return out.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/**
 * Where a capitalized word can be taken for a name: not the sentence's first word (after a leading number or
 * footnote mark too: "1 Consultez ..."), not a word that heads a label ("Section 2.2", "Chapitre 3"), not inside
 * a quoted title (« Informations sur le copyright »), and not the second word after a capitalized first one
 * ("Ian Jackson ...": a part of a longer name).
 */
function nameInPlace(sentence: NeutralSentence, index: number): boolean {
  const { words, text } = sentence;
  const firstLetters = words.findIndex((w) => /^\p{L}/u.test(w.text));
  if (index <= firstLetters) return false;
  const word = words[index]!;
  const next = words[index + 1];
  if (next && /^\d/.test(next.text) && next.start - word.end <= 1) return false;
  const before = text.slice(0, word.start - sentence.start);
  const opened = (open: string, close: string) => before.split(open).length - 1 > before.split(close).length - 1;
  if (opened('«', '»') || opened('“', '”') || opened('„', '“') || (before.split('"').length - 1) % 2 === 1)
    return false;
  if (index === firstLetters + 1 && /^\p{Lu}/u.test(words[firstLetters]!.text)) return false;
  // "Universidad de Purdue", "Consejo de Software in the Public Interest": the head of a longer name.
  const after = words[index + 2];
  if (next && after && /^(?:de|del|des|du|di|da|of|von|van|der|la)$/iu.test(next.text) && /^\p{Lu}/u.test(after.text))
    return false;
  return true;
}

function kindOf(
  text: string,
  key: string,
  index: number,
  language: PageLanguage,
  stop: ReadonlySet<string>,
  isCommon: (key: string) => boolean,
): NeutralKind | null {
  const number = parseNeutralNumber(text);
  if (number) return number.kind;
  if (language.attachedClitics || stop.has(key) || isCommon(key)) return null;
  // A word segmenter without a lexicon of terms cuts Chinese into grammar phrases (都可以, 而不是, 也不能) as
  // often as into terms, and Japanese katakana compounds into pieces ("タイム" of "タイムスタンプ", "ーカイブ"
  // of a word a line break cut) or everyday loanwords (タイプ, ガイド): readers of the Japanese Debian reference
  // rejected most katakana blanks (2 and 0 of 25 with choices usable, 8 and 6 of 36 to write). No word of an
  // ideographic script is blanked; programs, years and numbers are.
  if (language.ideographic) return null;
  if (!language.cased || !LETTERS.test(text)) return null;
  const letters = [...text].length;
  // A capital that is not the sentence's first word marks a name; the first word's capital says nothing.
  if (index > 0 && /^\p{Lu}/u.test(text) && letters >= MIN_NAME_LETTERS && text !== text.toUpperCase()) return 'name';
  // Without a parser, a lowercase word of French, German or Spanish is as often a verb, an adverb or an
  // adjective ("permet", "probablement", "nombreuses") as a term, and a generic one ("documentation") when it
  // is a noun: only names and numbers are blanked there.
  return null;
}
