// Quizlet flashcards: one "term<TAB>definition" line per question, the prompt as the term and the accepted
// answers as the definition (without a short answer's variants of an answer already given: a card is read, not
// graded). Quizlet imports by pasting text and splits on a plain separator with no quoting, so a comma-separated
// file would break on every comma in a question; tab between term and definition and a new line between cards
// are Quizlet's defaults. Tabs and line breaks inside a text become spaces. No BOM:
// the file is meant to be opened in a text editor and pasted, and a BOM would be pasted into the first term.
import type { Question, Quiz } from '../schemas/index.js';
import { singleLine } from './plain-text.js';
import { distinctAnswers } from './shown-answers.js';

export function renderQuizlet(quiz: Quiz): string {
  return quiz.questions.map((q) => `${singleLine(q.prompt)}\t${definition(q, quiz.options.language)}\n`).join('');
}

function definition(question: Question, language: string | undefined): string {
  return distinctAnswers(question, language).map(singleLine).join('; ');
}
