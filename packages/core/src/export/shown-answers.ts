// The answers a person reads on a flashcard: a short answer's variants of an answer already shown ("mitochondria"
// after "the mitochondria") are left out, different answers ("DNA", "deoxyribonucleic acid") all stay. Formats
// that grade typed answers (Moodle XML, GIFT, QTI) write every accepted answer instead.
import { answerMatches, questionLanguage } from '../generate/accepted-answers.js';
import type { Question } from '../schemas/index.js';

export function distinctAnswers(question: Question, quizLanguage?: string): string[] {
  if (question.type !== 'short_answer') return question.answer;
  const language = questionLanguage(question, quizLanguage);
  const shown: string[] = [];
  for (const answer of question.answer) if (!answerMatches(answer, shown, language)) shown.push(answer);
  return shown;
}
