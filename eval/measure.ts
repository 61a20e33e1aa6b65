// Turns one document's run into figures: counts by type, difficulty and warning, each detector's findings,
// the True share and the coverage of body pages. Overall figures are sums of these, never averages of rates.
import type { Question } from '@quizstream/core/schemas';
import {
  answerLeak,
  coverage,
  danglingStem,
  garbled,
  markupInStem,
  nonBodySource,
  type PageView,
  repeatedQuestions,
  trivialBlank,
  trueShare,
} from './defects.js';
import { pageLanguage } from './language.js';
import { type LanguageMeasure, measureLanguages, totalLanguages } from './per-language.js';
import type { DocumentRun } from './run-document.js';

export const DETECTORS = [
  'non_body',
  'answer_leak',
  'trivial_blank',
  'dangling_stem',
  'markup',
  'garbled',
  'duplicate',
  'near_duplicate',
] as const;
export type DetectorName = (typeof DETECTORS)[number];

export const DETECTOR_TITLES: Record<DetectorName, string> = {
  non_body: 'Question from non-body text',
  answer_leak: 'Answer leak',
  trivial_blank: 'Trivial blank',
  dangling_stem: 'Dangling stem',
  markup: 'Markup or code in the stem',
  garbled: 'Garbled text',
  duplicate: 'Duplicate',
  near_duplicate: 'Near-duplicate',
};

export interface Finding {
  document: string;
  /** Index of the question in its quiz. */
  index: number;
  detector: DetectorName;
  reason: string;
  question: Question;
}

export interface DocumentMeasure {
  document: string;
  pages: number;
  questions: number;
  byType: Record<string, number>;
  byDifficulty: Record<string, number>;
  warnings: Record<string, number>;
  defects: Record<DetectorName, number>;
  trueKeys: number;
  trueFalse: number;
  bodyPages: number;
  coveredPages: number;
  /** Pages read without block roles (all their text counted as body). */
  unclassifiedPages: number;
  /** The same figures per language of the pages and quotes. */
  languages: LanguageMeasure[];
  durationMs: number;
  error?: string;
}

function emptyDefects(): Record<DetectorName, number> {
  return Object.fromEntries(DETECTORS.map((d) => [d, 0])) as Record<DetectorName, number>;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

export function measureDocument(run: DocumentRun): { measure: DocumentMeasure; findings: Finding[] } {
  const pages = new Map<number, PageView>(run.pageTexts.map((p) => [p.page, p]));
  const languages = new Map(run.pageTexts.map((p) => [p.page, pageLanguage(p.text)]));
  const findings: Finding[] = [];
  const add = (index: number, detector: DetectorName, reason: string | null) => {
    if (reason) findings.push({ document: run.document, index, detector, reason, question: run.questions[index]! });
  };
  const repeats = repeatedQuestions(run.questions);
  run.questions.forEach((q, index) => {
    const page = pages.get(q.source.page) ?? { text: '' };
    const language = languages.get(q.source.page) ?? 'und';
    add(index, 'non_body', nonBodySource(q, page));
    add(index, 'answer_leak', answerLeak(q));
    add(index, 'trivial_blank', trivialBlank(q, language));
    add(index, 'dangling_stem', danglingStem(q, language));
    add(index, 'markup', markupInStem(q));
    add(index, 'garbled', garbled(q));
    const repeat = repeats.get(index);
    if (repeat) {
      const detector = repeat.reason === 'duplicate' ? 'duplicate' : 'near_duplicate';
      add(index, detector, `${repeat.reason} (of question ${repeat.of + 1})`);
    }
  });
  const defects = emptyDefects();
  for (const f of findings) defects[f.detector] += 1;
  const tf = trueShare(run.questions);
  const cover = coverage(run.pageTexts, run.questions);
  const measure: DocumentMeasure = {
    document: run.document,
    pages: run.pages,
    questions: run.questions.length,
    byType: countBy(run.questions, (q) => q.type),
    byDifficulty: countBy(run.questions, (q) => q.difficulty),
    warnings: countBy(run.warnings, (w) => w.code),
    defects,
    trueKeys: tf.trueKeys,
    trueFalse: tf.total,
    bodyPages: cover.bodyPages,
    coveredPages: cover.covered,
    unclassifiedPages: run.pageTexts.filter((p) => !p.blocks || p.blocks.length === 0).length,
    languages: measureLanguages(run.pageTexts, run.questions),
    durationMs: run.durationMs,
    ...(run.error ? { error: run.error } : {}),
  };
  return { measure, findings };
}

/** The documents' figures added up. */
export function totalOf(measures: readonly DocumentMeasure[]): DocumentMeasure {
  const total: DocumentMeasure = {
    document: 'all documents',
    pages: 0,
    questions: 0,
    byType: {},
    byDifficulty: {},
    warnings: {},
    defects: emptyDefects(),
    trueKeys: 0,
    trueFalse: 0,
    bodyPages: 0,
    coveredPages: 0,
    unclassifiedPages: 0,
    languages: totalLanguages(measures.map((m) => m.languages)),
    durationMs: 0,
  };
  const addTo = (into: Record<string, number>, from: Record<string, number>) => {
    for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
  };
  for (const m of measures) {
    total.pages += m.pages;
    total.questions += m.questions;
    addTo(total.byType, m.byType);
    addTo(total.byDifficulty, m.byDifficulty);
    addTo(total.warnings, m.warnings);
    addTo(total.defects, m.defects);
    total.trueKeys += m.trueKeys;
    total.trueFalse += m.trueFalse;
    total.bodyPages += m.bodyPages;
    total.coveredPages += m.coveredPages;
    total.unclassifiedPages += m.unclassifiedPages;
    total.durationMs += m.durationMs;
  }
  return total;
}
