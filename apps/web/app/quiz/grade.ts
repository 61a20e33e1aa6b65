// Marks one answer to one question. `answer` always lists the accepted answers: a short answer matches any of
// them as a person writes it (see answerMatches in core); a multi-select needs exactly their set; the other
// types need the one answer.
import { answerMatches, questionLanguage } from '@quizstream/core/answers';
import type { Question } from '@quizstream/core/schemas';

export type Gradable = Pick<Question, 'type' | 'answer'> & Partial<Pick<Question, 'prompt' | 'explanation'>>;

/** `quizLanguage` is the quiz's declared language; without it, a question's prompt tells its language. */
export function isCorrect(question: Gradable, given: readonly string[], quizLanguage?: string): boolean {
  if (question.type === 'short_answer') {
    return answerMatches(given[0] ?? '', question.answer, questionLanguage(question, quizLanguage));
  }
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
