// Automatic defect detectors for generated questions: each a small pure function that names what is wrong
// with a question (a short reason) or returns null. They read only the question, its page and the page's
// block roles, never the generator's code, so that they measure the generator rather than repeat it.
import type { BlockRole, PageText } from '@quizstream/core';
import { quoteMatcher } from '@quizstream/core';
import type { Question } from '@quizstream/core/schemas';
import { pageLanguage, pointerOpenings, stopWords, UNSPACED_LANGUAGES } from './language.js';
import { BLANK, hasBlank, isUnspaced, normalizePrompt, stemOf, wordCount, wordStem, wordsOf } from './question-text.js';

export type QuestionView = Pick<Question, 'type' | 'prompt' | 'choices' | 'answer' | 'source'>;
export type PageView = Pick<PageText, 'text' | 'blocks'>;

/** Roles a question may come from: body prose, and tables (which may hold definitions worth a question). */
export const BODY_ROLES: ReadonlySet<BlockRole> = new Set(['body', 'table']);

/**
 * Where a quote sits on its page: the roles of the blocks it overlaps, `unclassified` when the page has no
 * blocks (it then counts as body), `not_found` when the quote is not on the page.
 */
export function sourceRoles(quote: string, page: PageView): BlockRole[] | 'unclassified' | 'not_found' {
  const match = quoteMatcher(page.text)(quote);
  if (!match) return 'not_found';
  if (!page.blocks || page.blocks.length === 0) return 'unclassified';
  const roles = page.blocks.filter((b) => b.start < match.end && b.end > match.start).map((b) => b.role);
  return roles.length > 0 ? [...new Set(roles)] : 'unclassified';
}

/** The question's quote comes (at least partly) from a block that is not body text. */
export function nonBodySource(question: QuestionView, page: PageView): string | null {
  const roles = sourceRoles(question.source.quote, page);
  if (roles === 'unclassified') return null;
  if (roles === 'not_found') return 'quote not found on its page';
  const other = roles.filter((r) => !BODY_ROLES.has(r));
  return other.length > 0 ? `quote from ${other.join(' + ')}` : null;
}

/** The answer can be read in the prompt itself: outside the blank, or in a multiple-choice stem. */
export function answerLeak(question: QuestionView): string | null {
  if (question.type === 'true_false') return null;
  const stem = stemOf(question.prompt);
  const blank = hasBlank(question);
  if (!blank && question.type === 'multi_select') return null;
  const rest = blank ? stem.replace(new RegExp(BLANK.source, 'g'), ' ') : stem;
  const restStems = new Set(wordsOf(rest).map(wordStem));
  for (const answer of question.answer) {
    if (containsPhrase(rest, answer)) return `answer "${answer}" is in the prompt`;
    const content = wordsOf(answer).filter((w) => [...w].length >= 4);
    if (blank) {
      const leaked = content.find((w) => restStems.has(wordStem(w)));
      if (leaked) return `answer word "${leaked}" is in the prompt`;
    } else if (content.length > 0 && content.every((w) => restStems.has(wordStem(w)))) {
      return `every word of answer "${answer}" is in the stem`;
    }
  }
  return null;
}

/** `phrase` occurs in `text` as whole words (any substring for text written without spaces). */
function containsPhrase(text: string, phrase: string): boolean {
  const needle = phrase.trim().toLowerCase();
  if (!needle) return false;
  const hay = text.toLowerCase();
  if (isUnspaced(needle)) return [...needle].length >= 2 && hay.includes(needle);
  let at = hay.indexOf(needle);
  while (at >= 0) {
    const before = hay[at - 1] ?? ' ';
    const after = hay[at + needle.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    at = hay.indexOf(needle, at + 1);
  }
  return false;
}

const MONTHS = new Set(
  (
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre ' +
    'januar februar märz april mai juni juli august september oktober november dezember ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'
  ).split(' '),
);
/** Units written with capitals, which the lowercase rule below would miss. */
const UNIT_SYMBOLS = new Set(
  'KB MB GB TB PB KiB MiB GiB TiB Kbps Mbps Gbps Hz kHz MHz GHz W kW MW GW V mV A mA J kJ N Pa kPa MPa K dB C F L mL USD EUR GBP'.split(
    ' ',
  ),
);
/** Chinese and Japanese counters and units that make a number a quantity. */
const CJK_COUNTERS = /^\s*[个個年月日号號天次位名条條种種页頁章节節行列字倍岁歳人件台本回分秒时時周週%％]/u;

/**
 * The blank asks for a word nobody should be asked for: a stop word of the page's (or sentence's) language,
 * a single character, or a bare number that is not a year, a quantity with a unit, a percentage or a date (a
 * section, list, footnote or page number).
 */
export function trivialBlank(question: QuestionView, pageLanguageCode: string): string | null {
  if (!hasBlank(question)) return null;
  const answer = question.answer[0]!.trim();
  const lower = answer.toLowerCase();
  const languages = new Set([pageLanguageCode, pageLanguage(question.source.quote)]);
  // "US", "IT": an abbreviation, not the stop word it spells.
  const abbreviation = /^\p{Lu}{2,}$/u.test(answer);
  if (!abbreviation && [...languages].some((l) => stopWords(l).has(lower))) return `stop word "${answer}"`;
  if ([...answer].length === 1 && !/\p{N}/u.test(answer)) return `single character "${answer}"`;
  if (!/^\d+(?:[.,]\d+)*$/.test(answer)) return null;
  if (/^(?:1[0-9]|20)\d\d$/.test(answer)) return null;
  const stem = stemOf(question.prompt);
  const at = stem.search(BLANK);
  const before = stem.slice(0, at);
  const after = stem.slice(at).replace(BLANK, '');
  if (at === 0 && /^[.)]/.test(after)) return `list number "${answer}"`;
  if (/^\s*(?:%|‰|percent|per cent|pour cent|prozent|por ciento)/i.test(after) || /[$€£¥]\s*$/.test(before))
    return null;
  const next = /^\s+(\p{L}[\p{L}\p{M}.]*)/u.exec(after)?.[1]?.replace(/\.$/, '');
  const previous = /(\p{L}+)\.?\s+$/u.exec(before)?.[1];
  if (previous && MONTHS.has(previous.toLowerCase())) return null;
  if (next && MONTHS.has(next.toLowerCase())) return null;
  if (CJK_COUNTERS.test(after)) return null;
  // A unit or a counted noun follows a quantity in lowercase ("3 studies", "45 kg"); a heading does not.
  if (next && /^\p{Ll}/u.test(next) && ![...languages].some((l) => stopWords(l).has(next))) return null;
  if (next && UNIT_SYMBOLS.has(next)) return null;
  if (/^\d{1,3}$/.test(answer)) return `bare number "${answer}" (no unit after it)`;
  if (/^\d+(?:\.\d+)+$/.test(answer)) return `section number "${answer}"`;
  return null;
}

/** Above, below, the following: pointers to a figure, code, a table or a list elsewhere on the page. */
const POINTING_ANYWHERE = [
  /\b(?:shown|described|listed|given|mentioned|defined|discussed|see|as|figure|fig\.|table|code|example|command|listing|list|box)\s+(?:above|below)\b/i,
  /\b(?:above|below)\s*(?:[.,:;)]|$)/i,
  /\bthe\s+(?:above|following)\b/i,
  /\bci-(?:dessus|dessous)\b/i,
  /\b(?:suivante?s?|folgenden?|folgendes|siguientes?)\s*:?\s*$/i,
  /如下|下面的|下列|以下的|上述|上面的|下記|上記|次の/u,
  /(?:^|\s)(?:wie\s+)?(?:oben|unten)\s+(?:gezeigt|genannt|beschrieben|angegeben|dargestellt)/i,
];

/**
 * The statement opens with a pointer to something said elsewhere ("It", "These", "However", "As mentioned", "这"),
 * points to a figure, code or table ("shown below", "the following"), or ends on a colon (a list follows).
 */
export function danglingStem(question: QuestionView, pageLanguageCode: string): string | null {
  const stem = stemOf(question.prompt).replace(/[\u2019\u2018]/g, "'");
  const opening = stem
    .replace(/^[\s"'«»“”„([¿¡-]+/u, '')
    .toLowerCase()
    .slice(0, 40);
  if (!BLANK.test(opening.slice(0, 4))) {
    for (const pointer of pointerOpenings(pageLanguageCode)) {
      const whole = UNSPACED_LANGUAGES.has(pageLanguageCode) && isUnspaced(pointer);
      if (opening.startsWith(pointer) && (whole || !/[\p{L}\p{N}-]/u.test(opening[pointer.length] ?? ' '))) {
        return `opens with "${pointer}"`;
      }
    }
  }
  for (const pattern of POINTING_ANYWHERE) {
    const m = pattern.exec(stem);
    if (m) return `points elsewhere ("${m[0].trim()}")`;
  }
  if (/:\s*$/.test(stem)) return 'ends on a colon';
  return null;
}

/** TeX, HTML, command-line options, file paths, math between dollars, or code in the stem. */
const MARKUP: [RegExp, string][] = [
  [/\\[a-zA-Z]+/, 'TeX command'],
  [/[{}]/, 'brace'],
  [/<\/?[a-zA-Z][\w-]*(?:\s[^<>]*)?>/, 'tag'],
  [/(?:^|\s)--[a-zA-Z][\w-]*/, 'command-line option'],
  [/(?:^|\s)-[a-zA-Z](?=\s|$)/, 'command-line option'],
  [/(?:^|[\s(])(?:~|\.{1,2})?\/(?:[\w.-]+\/)+[\w.-]*/, 'file path'],
  [/\b[\w-]+\/[\w-]+\.[a-z]{1,4}\b/, 'file path'],
  [/\$[^$\s][^$]*\$/, 'math between dollars'],
  [/==|!=|=>|->|&&|\|\||::|\w\(\)|`|;\s*$/, 'code symbol'],
];

export function markupInStem(question: QuestionView): string | null {
  const stem = stemOf(question.prompt);
  for (const [pattern, what] of MARKUP) {
    const m = pattern.exec(stem);
    if (m) return `${what} "${m[0].trim()}"`;
  }
  return null;
}

/** Characters that are ordinary in prose; anything else (besides letters, digits and spaces) is a symbol. */
const PROSE_PUNCTUATION = /[.,;:!?'"()\-–—’‘“”«»„%/&·、。，；：！？（）《》「」]/u;

/**
 * Text damaged by extraction or OCR: many symbols, letters spaced out or words run together, digits inside
 * words ("c0de", "0RD"), runs of punctuation (dot leaders of a table of contents).
 */
export function garbled(question: QuestionView): string | null {
  const text = [stemOf(question.prompt), ...question.answer].join(' ').replace(BLANK, ' ');
  const visible = [...text].filter((c) => !/\s/u.test(c));
  const symbols = visible.filter((c) => !/[\p{L}\p{M}\p{N}]/u.test(c) && !PROSE_PUNCTUATION.test(c));
  if (visible.length > 0 && symbols.length / visible.length > 0.1) {
    return `${Math.round((100 * symbols.length) / visible.length)}% symbols`;
  }
  const checks: [RegExp, string][] = [
    [/(?:[.·…_-]\s?){4,}/u, 'run of punctuation'],
    [/([!?,;:])\1{2,}/u, 'run of punctuation'],
    [/(?:^|\s)(?:\p{L}\s){3,}\p{L}(?=\s|$)/u, 'letters spaced out'],
    [/\p{Ll}[01]\p{Ll}|(?<![\p{L}\p{N}])0\p{Lu}{2,}(?![\p{L}\p{N}])/u, 'digit inside a word'],
    [/\d{2,}\p{Lu}\p{Ll}{2,}|(?:^|\s)\d\p{Lu}\p{Ll}{3,}/u, 'words run together'],
    // A lowercase word running into a capitalized one ("endThe"); CamelCase names start with a capital.
    [/(?<![\p{L}\p{N}])\p{Ll}{3,}\p{Lu}\p{Ll}{3,}/u, 'words run together'],
  ];
  for (const [pattern, what] of checks) {
    const m = pattern.exec(text);
    if (m) return `${what} "${m[0].trim()}"`;
  }
  const long = /\p{L}{30,}/u.exec(text);
  if (long && !isUnspaced(long[0])) return `words run together "${long[0]}"`;
  return null;
}

const TRUE_WORDS = new Set([
  'true',
  'vrai',
  'wahr',
  'richtig',
  'verdadero',
  'vero',
  'verdadeiro',
  'waar',
  '正确',
  '正確',
  '对',
  '正しい',
  'верно',
  'правильно',
  'σωστό',
  'صحيح',
  'נכון',
  '참',
]);

/** Share of true/false questions whose key is True; null without true/false questions. */
export function trueShare(questions: readonly QuestionView[]): { trueKeys: number; total: number } {
  const tf = questions.filter((q) => q.type === 'true_false');
  const isTrue = (q: QuestionView) =>
    TRUE_WORDS.has(
      q.answer[0]!.replace(/^\u200F/u, '')
        .trim()
        .toLowerCase(),
    );
  return { trueKeys: tf.filter(isTrue).length, total: tf.length };
}

/** Token-set similarity of two prompts at or above which they ask the same thing. */
export const NEAR_DUPLICATE_JACCARD = 0.8;

/**
 * Questions of one quiz that repeat an earlier one: `duplicate` for the same prompt (after normalization),
 * `near` for the same quote used twice for the same type, or prompts sharing most of their words.
 */
export function repeatedQuestions(questions: readonly QuestionView[]): Map<number, { of: number; reason: string }> {
  const found = new Map<number, { of: number; reason: string }>();
  const prompts = questions.map((q) => normalizePrompt(stemOf(q.prompt)));
  const tokens = prompts.map((p) => new Set(p.split(' ').filter(Boolean)));
  const quotes = questions.map((q) => normalizePrompt(q.source.quote));
  for (let i = 1; i < questions.length; i++) {
    for (let j = 0; j < i; j++) {
      let reason: string | null = null;
      if (prompts[i] === prompts[j]) reason = 'duplicate';
      else if (quotes[i] === quotes[j] && questions[i]!.type === questions[j]!.type) reason = 'same quote, same type';
      else if (jaccard(tokens[i]!, tokens[j]!) >= NEAR_DUPLICATE_JACCARD) reason = 'prompts share most words';
      if (reason) {
        found.set(i, { of: j, reason });
        break;
      }
    }
  }
  return found;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Pages with at least this many words of body text should get a question. */
export const BODY_WORDS_FOR_COVERAGE = 40;

/** Words of body text on a page: its body blocks, or all of it when it has no blocks. */
export function bodyWords(page: PageView): number {
  if (!page.blocks || page.blocks.length === 0) return wordCount(page.text);
  return page.blocks
    .filter((b) => BODY_ROLES.has(b.role))
    .reduce((n, b) => n + wordCount(page.text.slice(b.start, b.end)), 0);
}

/** Pages with enough body text, and how many of them got at least one question. */
export function coverage(
  pages: readonly (PageView & { page: number })[],
  questions: readonly QuestionView[],
): { bodyPages: number; covered: number } {
  const asked = new Set(questions.map((q) => q.source.page));
  const body = pages.filter((p) => bodyWords(p) >= BODY_WORDS_FOR_COVERAGE);
  return { bodyPages: body.length, covered: body.filter((p) => asked.has(p.page)).length };
}
