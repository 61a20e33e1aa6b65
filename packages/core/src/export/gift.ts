// GIFT, Moodle's plain-text question format. Every text is written `[plain]` (Moodle shows it escaped instead
// of interpreting HTML), its special characters ~ = # { } : and the backslash are escaped with a backslash, and
// line breaks become `\n`, so each question's text stays on one line and a blank line always ends a question.
import type { Question, Quiz } from '../schemas/index.js';
import { escapeShortAnswerWildcards, multiSelectWeights } from './moodle-weights.js';
import { feedbackText, questionName, singleLine } from './plain-text.js';
import { answerIsTrue } from './true-false.js';

/** Escapes `text` for any GIFT field: title, question text, answer or feedback. */
export function escapeGift(text: string): string {
  return text
    .trim()
    .replace(/[\\~=#{}:]/g, '\\$&')
    .replace(/\r\n?|\n/g, '\\n');
}

export function renderGift(quiz: Quiz): string {
  // The category line is read raw to the end of the line (no GIFT escapes); "//" is Moodle's literal slash.
  const category = (singleLine(quiz.title) || 'quizstream').replace(/\//g, '//');
  const blocks = [`// Exported by quizstream\n$CATEGORY: $course$/top/${category}`];
  quiz.questions.forEach((question, index) => {
    blocks.push(renderQuestion(question, index));
  });
  return `${blocks.join('\n\n')}\n`;
}

function renderQuestion(question: Question, index: number): string {
  const head = `::${escapeGift(questionName(question, index))}::[plain]${escapeGift(question.prompt)}`;
  const feedback = `####${escapeGift(feedbackText(question))}`;
  const isTrue = question.type === 'true_false' ? answerIsTrue(question.choices, question.answer[0]!) : null;
  if (isTrue !== null) return `${head} {${isTrue ? 'T' : 'F'}${feedback}}`;
  const lines = answerLines(question).map((line) => `\t${line}`);
  return [`${head} {`, ...lines, `\t${feedback}`, '}'].join('\n');
}

function answerLines(question: Question): string[] {
  if (question.type === 'short_answer') {
    // Moodle reads a leading "%n%" as a weight, so such an answer gets an explicit 100% first.
    return question.answer.map((a) => {
      const text = escapeGift(escapeShortAnswerWildcards(a));
      return text.startsWith('%') ? `=%100%${text}` : `=${text}`;
    });
  }
  if (question.type === 'multi_select') {
    const weights = multiSelectWeights(question.choices, question.answer);
    return question.choices.map((c) => `~%${weights.get(c)}%${choiceText(c)}`);
  }
  return question.choices.map((c) => `${question.answer.includes(c) ? '=' : '~'}${choiceText(c)}`);
}

/**
 * A choice's text. One starting with "[" or "%" could be read as a format marker or a weight; an explicit
 * `[plain]` in front is consumed by the importer and keeps the text as written.
 */
function choiceText(choice: string): string {
  const text = escapeGift(choice);
  return /^[[%]/.test(text) ? `[plain]${text}` : text;
}
