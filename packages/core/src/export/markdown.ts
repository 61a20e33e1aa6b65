// A readable Markdown quiz: the questions with lettered choices, then an answer key with each explanation and
// the page it comes from, so the top half can be printed for students and the bottom kept for the teacher.
import type { Question, Quiz } from '../schemas/index.js';
import { choiceLabel } from './choice-label.js';
import { markdownText } from './markdown-text.js';
import { singleLine, sourceNote } from './plain-text.js';

const TYPE_HINT: Record<Question['type'], string> = {
  multiple_choice: 'Choose one answer.',
  true_false: 'True or false?',
  multi_select: 'Select all that apply.',
  short_answer: 'Answer in a few words.',
};

export function renderMarkdown(quiz: Quiz): string {
  const title = markdownText(singleLine(quiz.title)) || 'Quiz';
  const count = quiz.questions.length;
  const blocks = [`# ${title}`, `${count} question${count === 1 ? '' : 's'}`, '## Questions'];
  quiz.questions.forEach((q, i) => {
    blocks.push(...questionBlocks(q, i));
  });
  blocks.push('## Answer key');
  quiz.questions.forEach((q, i) => {
    blocks.push(...answerBlocks(q, i));
  });
  return `${blocks.join('\n\n')}\n`;
}

function questionBlocks(question: Question, index: number): string[] {
  const blocks = [`### Question ${index + 1}`, markdownText(question.prompt), `_${TYPE_HINT[question.type]}_`];
  if (question.choices.length > 0) {
    blocks.push(question.choices.map((c, i) => `- ${choiceLabel(i)}. ${markdownText(c, '  ')}`).join('\n'));
  }
  return blocks;
}

function answerBlocks(question: Question, index: number): string[] {
  const answers = question.answer.map((a) => {
    const i = question.choices.indexOf(a);
    return i >= 0 ? `${choiceLabel(i)}. ${markdownText(a, '  ')}` : markdownText(a, '  ');
  });
  const blocks = [`### Question ${index + 1}`];
  blocks.push(
    answers.length === 1 ? `**Answer:** ${answers[0]}` : `**Answers:**\n\n${answers.map((a) => `- ${a}`).join('\n')}`,
  );
  if (question.explanation.trim()) blocks.push(markdownText(question.explanation));
  blocks.push(`> ${markdownText(sourceNote(question), '> ')}`);
  return blocks;
}
