// Marks one answer to one question. `answer` always lists the accepted answers: a short answer matches any of
// them ignoring case and spacing; a multi-select needs exactly their set; the other types need the one answer.
import type { Question } from '@quizstream/core/schemas';

/** Trimmed, inner whitespace collapsed, lower case: how short answers are compared. */
export function normalizeAnswer(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

export function isCorrect(question: Pick<Question, 'type' | 'answer'>, given: readonly string[]): boolean {
  if (question.type === 'short_answer') {
    const typed = normalizeAnswer(given[0] ?? '');
    return typed !== '' && question.answer.some((a) => normalizeAnswer(a) === typed);
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
