// Marks one answer to one question. `answer` always lists the accepted answers: a short answer matches any of
// them as a person writes it (see answerMatches in core); a multi-select needs exactly their set; the other
// types need the one answer.

import type { Marking, Question } from '../schemas/index.js';
import { answerMatch, questionLanguage } from './accepted-answers.js';

export type Gradable = Pick<Question, 'type' | 'answer'> & Partial<Pick<Question, 'prompt' | 'explanation'>>;

/**
 * `quizLanguage` is the quiz's declared language; without it, a question's prompt tells its language. `marking`
 * is the quiz's: forgiving, or exact (an accepted answer as listed).
 */
export function isCorrect(
  question: Gradable,
  given: readonly string[],
  quizLanguage?: string,
  marking: Marking = 'forgiving',
): boolean {
  if (question.type === 'short_answer') return shortAnswerMatch(question, given, quizLanguage, marking) !== null;
  if (question.type === 'multi_select') {
    const chosen = new Set(given);
    return chosen.size === question.answer.length && question.answer.every((a) => chosen.has(a));
  }
  return given.length === 1 && question.answer.includes(given[0]!);
}

/** True when something was answered at all (an empty short answer or no choice counts as unanswered). */
export function isAnswered(given: readonly string[] | undefined): boolean {
  return !!given && given.some((g) => g.trim() !== '');
}

/**
 * How a short answer matched: `exact` (as a person writes it: case, accents, article, number), `slip` (a
 * keyboard slip in a long word, accepted, with the expected spelling shown), or null.
 */
export function shortAnswerMatch(
  question: Gradable,
  given: readonly string[],
  quizLanguage?: string,
  marking: Marking = 'forgiving',
): 'exact' | 'slip' | null {
  return answerMatch(given[0] ?? '', question.answer, questionLanguage(question, quizLanguage), marking);
}
