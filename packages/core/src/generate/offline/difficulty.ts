// A question's difficulty from what makes it hard for a student, measured on the question itself: the kind of
// answer (an exact number or date is harder to recall than a name), how rare the answer is in English and in
// the document (a term met on one page is harder than one met on every page), how long the answer and its
// sentence are, and how far the fact stands from the start of its page or section (opening statements are
// the ones a reader remembers). The question type shifts the score a little (recalling is harder than
// recognizing), never enough to decide it alone. docs/generators.md documents the scale.

import type { DifficultyOption } from '../../schemas/options.js';
import type { Difficulty, QuestionType } from '../../schemas/question.js';
import type { Term, TermKind } from './term.js';

const KIND_BASE: Record<TermKind, number> = {
  noun: 0.25,
  person: 0.35,
  place: 0.35,
  nationality: 0.25,
  ordinal: 0.3,
  acronym: 0.4,
  name: 0.4,
  organization: 0.45,
  event: 0.45,
  document: 0.45,
  year: 0.55,
  date: 0.6,
  percent: 0.55,
  money: 0.6,
  number: 0.6,
};

const TYPE_SHIFT: Record<QuestionType, number> = {
  true_false: -0.08,
  multiple_choice: 0,
  multi_select: 0.05,
  short_answer: 0.08,
};

const EASY_BELOW = 0.35;
const HARD_FROM = 0.6;
/** How far outside its band a score may be and still honestly carry a neighbouring label. */
const RELABEL_MARGIN = 0.07;

export interface DifficultyFeatures {
  term: Term;
  type: QuestionType;
  sentenceWords: number;
  /** Pages (so far) mentioning the term: a familiar term is easier. */
  docFreq: number;
  /** Pages read so far. */
  pagesSeen?: number;
  /** Sentence index on its page: 0 is the page's first statement. */
  position?: number;
}

export function difficultyScore(f: DifficultyFeatures): number {
  let score = KIND_BASE[f.term.kind] + TYPE_SHIFT[f.type];
  if (f.term.kind === 'noun') score += 0.4 * Math.max(0, (f.term.rarity - 0.7) / 0.3);
  if (f.term.words >= 3) score += 0.05;
  if (f.sentenceWords > 28) score += 0.08;
  if (f.sentenceWords < 12) score -= 0.05;
  if (f.docFreq >= 3) score -= 0.1;
  else if (f.docFreq <= 1 && (f.pagesSeen ?? 0) >= 5) score += 0.08;
  if (f.position !== undefined) score += f.position <= 1 ? -0.05 : f.position >= 6 ? 0.05 : 0;
  if (f.term.words >= 2 && f.type === 'short_answer') score += 0.05;
  return Math.min(1, Math.max(0, score));
}

export function difficultyOf(score: number): Difficulty {
  if (score < EASY_BELOW) return 'easy';
  return score < HARD_FROM ? 'medium' : 'hard';
}

/** The label to give: the wanted one when the score is inside or close to its band, else the true one. */
export function labelFor(score: number, wanted: DifficultyOption): Difficulty {
  const actual = difficultyOf(score);
  if (wanted === 'mixed' || wanted === actual) return actual;
  return distanceToBand(score, wanted) <= RELABEL_MARGIN ? wanted : actual;
}

/** 0 inside the band of `wanted`, else how far the score is from it. */
export function distanceToBand(score: number, wanted: Difficulty): number {
  const [lo, hi] = wanted === 'easy' ? [0, EASY_BELOW] : wanted === 'medium' ? [EASY_BELOW, HARD_FROM] : [HARD_FROM, 1];
  return score < lo ? lo - score : score >= hi && wanted !== 'hard' ? score - hi : 0;
}
