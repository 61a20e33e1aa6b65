// Figures per language: how many questions each language's body pages give, their true/false balance, and
// questions worded in English around a sentence in another language. A question's language is that of its
// quote (a Spanish history quotes English release notes), else its page's. Overall figures are sums.
import type { Question } from '@quizstream/core/schemas';
import { BODY_WORDS_FOR_COVERAGE, bodyWords, type PageView, trueShare } from './defects.js';
import { cyrillicUntold, pageLanguage } from './language.js';

export interface LanguageMeasure {
  language: string;
  /** Pages with body prose (as counted for coverage) in this language. */
  bodyPages: number;
  questions: number;
  byType: Record<string, number>;
  trueKeys: number;
  trueFalse: number;
  /** Questions in this language worded in English ("Fill in the blank", "True or false", "True"/"False"). */
  englishWrappers: number;
}

/** Instructions and keys of the English wording, as the generators write them. */
const ENGLISH_WRAPPER = /^(?:Fill in the blank|True or false|Which of the following|Select all)\b/u;
const ENGLISH_KEYS = new Set(['True', 'False']);

/** Whether a question about text in `language` is worded in English around it. */
export function englishWrapper(q: Pick<Question, 'prompt' | 'choices'>, language: string): boolean {
  if (language === 'en' || language === 'und') return false;
  return ENGLISH_WRAPPER.test(q.prompt.trim()) || (q.choices ?? []).some((c) => ENGLISH_KEYS.has(c));
}

/** Stop words that tell one sentence's language: an English line on a French page has two or more. */
const QUOTE_STOP_WORDS = 2;

/** The language of a question: its quote's when the quote tells, else its page's. */
export function questionLanguage(q: Pick<Question, 'source'>, pageLanguageOf: (page: number) => string): string {
  const own = pageLanguage(q.source.quote, QUOTE_STOP_WORDS);
  if (own === 'und') return pageLanguageOf(q.source.page);
  // A Cyrillic quote without a letter of its own is in the language of its Russian or Ukrainian page.
  const page = pageLanguageOf(q.source.page);
  if ((own === 'ru' || own === 'uk') && (page === 'ru' || page === 'uk') && cyrillicUntold(q.source.quote)) return page;
  return own;
}

/** One document's figures per language. */
export function measureLanguages(
  pages: readonly (PageView & { page: number; text: string })[],
  questions: readonly Question[],
): LanguageMeasure[] {
  const byLanguage = new Map<string, LanguageMeasure>();
  const entry = (language: string) => {
    let m = byLanguage.get(language);
    if (!m) {
      m = { language, bodyPages: 0, questions: 0, byType: {}, trueKeys: 0, trueFalse: 0, englishWrappers: 0 };
      byLanguage.set(language, m);
    }
    return m;
  };
  const languageOf = new Map(pages.map((p) => [p.page, pageLanguage(p.text)]));
  for (const p of pages) if (bodyWords(p) >= BODY_WORDS_FOR_COVERAGE) entry(languageOf.get(p.page)!).bodyPages++;
  const grouped = new Map<string, Question[]>();
  for (const q of questions) {
    const language = questionLanguage(q, (page) => languageOf.get(page) ?? 'und');
    grouped.set(language, [...(grouped.get(language) ?? []), q]);
  }
  for (const [language, qs] of grouped) {
    const m = entry(language);
    m.questions += qs.length;
    for (const q of qs) m.byType[q.type] = (m.byType[q.type] ?? 0) + 1;
    const tf = trueShare(qs);
    m.trueKeys += tf.trueKeys;
    m.trueFalse += tf.total;
    m.englishWrappers += qs.filter((q) => englishWrapper(q, language)).length;
  }
  return [...byLanguage.values()];
}

/** Several documents' figures per language, added up, languages in order of body pages. */
export function totalLanguages(all: readonly LanguageMeasure[][]): LanguageMeasure[] {
  const total = new Map<string, LanguageMeasure>();
  for (const m of all.flat()) {
    const t = total.get(m.language) ?? {
      language: m.language,
      bodyPages: 0,
      questions: 0,
      byType: {},
      trueKeys: 0,
      trueFalse: 0,
      englishWrappers: 0,
    };
    t.bodyPages += m.bodyPages;
    t.questions += m.questions;
    for (const [k, v] of Object.entries(m.byType)) t.byType[k] = (t.byType[k] ?? 0) + v;
    t.trueKeys += m.trueKeys;
    t.trueFalse += m.trueFalse;
    t.englishWrappers += m.englishWrappers;
    total.set(m.language, t);
  }
  return [...total.values()].sort((a, b) => b.bodyPages - a.bodyPages || a.language.localeCompare(b.language));
}
