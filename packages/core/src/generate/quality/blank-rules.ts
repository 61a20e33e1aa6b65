// Rules for the answer a question blanks: worth asking (not a function word, a lone letter, or a section,
// list, footnote or page number) and not given away by the stem. Text only, in any language with a stop list.
import { stopWords } from '../offline/neutral/stop-words.js';

const ENGLISH_STOP = new Set(
  'a an the of and or but nor to in on at by for from with without into onto over under about above below as is are was were be been being am do does did has have had will would shall should can could may might must it its this that these those he she they we you i me him her them us my your our their his which who whom whose what when where why how not no yes so than then there here also only very just such each every all any some both either neither other another one ones'.split(
    ' ',
  ),
);
const OTHER_STOP_LANGUAGES = ['fr', 'de', 'es', 'it', 'pt', 'nl', 'ru', 'el', 'zh', 'ja'];

/** True when `word` is a function word in English or in one of the languages with a stop list. */
export function isStopWord(word: string): boolean {
  const w = word.toLowerCase();
  return ENGLISH_STOP.has(w) || OTHER_STOP_LANGUAGES.some((l) => stopWords(l).has(w));
}

/** Words after a bare number that make it a quantity worth asking for ("3 km", "12 Abgeordnete", "40 %"). */
const AFTER_NUMBER_UNIT = /^\s*(?:%|‰|°|\p{Sc}|[\p{L}]{2,})/u;

/**
 * True when the answer is not worth a blank: empty, one character, a function word, or a bare number that
 * only counts or labels (a section "3.2", a list item "(4)", an index or page number), never a year, a
 * date, a percentage or a quantity with its unit. `quote` is the sentence the answer was blanked in.
 */
export function isTrivialBlank(answer: string, quote = ''): boolean {
  const a = answer.trim();
  if ([...a].length <= 1) return true;
  const words = a.split(/\s+/);
  if (words.every((w) => isStopWord(w.replace(/[.,;:!?'"]+$/u, '')))) return true;
  if (/^\d+(?:\.\d+)+\.?$/.test(a)) return true; // section numbers: 2.3, 4.1.2
  if (/^\(\d+\)$/.test(a)) return true;
  if (isLabelNumber(a, quote)) return true;
  if (/^\d{1,3}[.)]?$/.test(a)) {
    const value = Number(a.replace(/\D/g, ''));
    const at = quote.indexOf(a);
    const after = at >= 0 ? quote.slice(at + a.length) : '';
    const before = at >= 0 ? quote.slice(0, at) : '';
    // A number opening the sentence or in brackets labels it; without a unit or counted noun it is a label too.
    if (at === 0 || /[([]$/.test(before) || /^[)\].]/.test(after)) return true;
    const next = /^\s*([\p{L}]+)/u.exec(after)?.[1] ?? '';
    if (value < 1000 && (!AFTER_NUMBER_UNIT.test(after) || isStopWord(next))) return true;
  }
  return false;
}

/** Words before a number that make it a label: a section, an article, a rule, a docket, a manual section. */
const LABEL_BEFORE =
  /(?:§|¶|\b(?:sections?|sec|articles?|art|parts?|chapters?|ch|subparts?|subpart|title|rules?|no|nos|number|docket|paragraphs?|para|clauses?|items?|steps?|pages?|pp?|figures?|fig|tables?|eq|equations?|version|v|release|kapitel|abschnitt|artikel|chapitre|article|partie|capítulo|artículo|sección|parte|第))\.?\s*$/iu;

/**
 * True when a number labels rather than counts: after "Section", "§", "No.", "第"...; in a manual section
 * "ls(1)"; inside a path, address or version ("/2019/", "v2.3", "1.2.3"); or a long code without separators that
 * is not a year (a statute "44701", a product "63561").
 */
export function isLabelNumber(answer: string, quote: string): boolean {
  const a = answer.trim();
  if (!/^\d[\d.,]*$/.test(a)) return false;
  const at = quote.indexOf(a);
  if (at < 0) return false;
  const before = quote.slice(0, at);
  const after = quote.slice(at + a.length);
  if (LABEL_BEFORE.test(before)) return true;
  if (/\w\($/u.test(before) && after.startsWith(')')) return true;
  if (/[/\\_:#-]$/.test(before) || /^(?:[/\\_#]|\.\d|-\w)/.test(after)) return true;
  const value = Number(a.replace(/,/g, ''));
  const year = /^\d{4}$/.test(a) && value >= 1000 && value <= 2100;
  // A number right after a name is its version or label ("Debian 9.0", "Windows 10", "Python 3"), a year
  // after a month is a date ("July 2019").
  if (!year && /\p{Lu}[\p{L}\p{N}]*\s$/u.test(before) && !AFTER_NUMBER_UNIT.test(after)) return true;
  return /^\d{4,}$/.test(a) && !year && !AFTER_NUMBER_UNIT.test(after);
}

/** Content words of an answer worth checking for a leak: 4+ letters, with a plural "s" dropped. */
function leakWords(answer: string): string[] {
  return answer
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => [...w].length >= 4 && !isStopWord(w))
    .map(stem);
}

/** A crude stem, the same on both sides of a comparison: "packages", "package" -> "packag". */
function stem(word: string): string {
  return word.replace(/(?:es|s)$/u, '').replace(/e$/u, '');
}

/**
 * True when the stem gives the answer away: a content word of the answer (or the same word in another
 * number or case) stands in the stem outside the blank. `prompt` is the question's text with the blank in it.
 */
export function leaksAnswer(prompt: string, answer: string): boolean {
  const rest = prompt.toLowerCase().replace(/_{2,}/g, ' ');
  const words = new Set(rest.split(/[^\p{L}\p{N}]+/u).map(stem));
  // Scripts written without spaces: the answer itself standing elsewhere in the stem ("____软件" / "自由软件").
  const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(answer);
  if (unspaced && rest.includes(answer.trim().toLowerCase())) return true;
  // A number standing in another token of the stem: "1e3L gives ____ ... and is equivalent to 1000L".
  const digits = answer.trim().replace(/[\s,.]/gu, '');
  if (
    /^\d{2,}$/u.test(digits) &&
    new RegExp(`(?<![\\d.,])${digits}(?![\\d.,]\\d)`, 'u').test(rest.replace(/[\s,](?=\d{3}\b)/gu, ''))
  )
    return true;
  return (
    leakWords(answer).some((w) => words.has(w)) ||
    spellsOut(prompt, answer) ||
    startsWithStemWord(rest, answer) ||
    inAbbreviatedPhrase(prompt, answer)
  );
}

/**
 * True when a word of the stem opens with the answer's first `letters` letters, case aside: "smartmontools"
 * before "smartd", "sauver" before "sauvetage". A word of the same root that the leak check does not catch.
 */
export function opensLike(prompt: string, answer: string, letters: number): boolean {
  const opening = answer.toLowerCase().slice(0, letters);
  return prompt
    .toLowerCase()
    .split(/[^\p{L}\p{N}_-]+/u)
    .some((w) => w.startsWith(opening));
}

/**
 * The answer is a word of a phrase whose abbreviation follows it: "a technique called ____ learning from human
 * feedback (RLHF)" gives "reinforcement" away by its R.
 */
function inAbbreviatedPhrase(prompt: string, answer: string): boolean {
  const mark = '\uE000';
  const filled = prompt.replace(/_{2,}/u, `${mark}${answer.trim().replace(/\s+/gu, mark)}`);
  for (const m of filled.matchAll(/\((\p{Lu}{2,6})s?\)/gu)) {
    const letters = m[1]!.toLowerCase();
    const words = filled
      .slice(0, m.index)
      .split(/[\s\uE000]+/u)
      .filter((w) => w.length > 0 && !isStopWord(w));
    const phrase = words.slice(-letters.length);
    const initials = phrase.map((w) => w[0]!.toLowerCase()).join('');
    const answerWords = new Set(answer.trim().toLowerCase().split(/\s+/u));
    if (initials === letters && phrase.some((w) => answerWords.has(w.toLowerCase()))) return true;
  }
  return false;
}

/**
 * A compound that opens with a word of the stem: "compiled by simply calling make" gives "Makefile" away,
 * "configure" gives "configure.ac".
 */
function startsWithStemWord(rest: string, answer: string): boolean {
  const a = answer.trim().toLowerCase();
  if (a.length < 6 || /\s/u.test(a)) return false;
  return rest
    .split(/[^\p{L}\p{N}]+/u)
    .some((w) => w.length >= 4 && w.length < a.length && a.startsWith(w) && !isStopWord(w));
}

/**
 * An abbreviation blanked beside its expansion ("Artificial intelligence (____)"), or an expansion blanked
 * beside its abbreviation ("a Chief ____ (CAO)"): the stem spells the answer out.
 */
function spellsOut(prompt: string, answer: string): boolean {
  const a = answer.trim();
  if (/^\p{Lu}{2,6}s?$/u.test(a)) {
    const letters = a.replace(/s$/, '').toLowerCase();
    const initials = prompt
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 0 && !isStopWord(w))
      .map((w) => w[0]!.toLowerCase())
      .join('');
    return initials.includes(letters);
  }
  const acronyms = prompt.match(/\b\p{Lu}{2,6}\b/gu) ?? [];
  const answerInitials = a
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0 && !isStopWord(w))
    .map((w) => w[0]!.toLowerCase())
    .join('');
  return answerInitials.length >= 2 && acronyms.some((x) => x.toLowerCase().includes(answerInitials));
}

/**
 * A value inside parentheses, an aside of its sentence ("Debian 11 Bullseye (2021)", "(Edgar, 2004)",
 * "Debian 8 jessie（2015 年发布）"): rarely the point, and a question on it is a gotcha on a detail. `start` and
 * `end` are the value's offsets in `text`.
 */
export function inParentheses(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 100), start);
  const after = text.slice(end, end + 100);
  const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
  if (open < 0 || /[)）]/u.test(before.slice(open))) return false;
  return /^[^()（）]*[)）]/u.test(after);
}
