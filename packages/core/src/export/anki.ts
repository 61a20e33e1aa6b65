// Anki notes as a tab-separated text file with Anki's file headers (Anki 2.1.55 and later): note type Basic,
// front = the question (and its choices), back = the answer (a short answer's variants of it left out, as the
// card is graded by its reader), the explanation and the source page. Fields are
// HTML (#html:true), escaped so that no text can become markup, and they never contain a tab, a line break or
// a double quote, so no field needs CSV quoting. Columns 3 and 4 carry tags and a stable GUID, so importing a
// re-exported quiz updates its notes instead of duplicating them.
import type { Question, Quiz } from '../schemas/index.js';
import { choiceLabel } from './choice-label.js';
import { singleLine, sourceNote } from './plain-text.js';
import { distinctAnswers } from './shown-answers.js';

// One pass, so that no escape is escaped again ("&#39;" must not have its "#" turned into "&#35;").
const ANKI_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\t': '&#9;',
  '\n': '<br>',
  // Anki skips lines that start with "#", and reads [sound:…], [latex] and [$] tags in fields.
  '#': '&#35;',
  '[': '&#91;',
};

/** `text` as an Anki HTML field: shown as written, never markup, and free of tabs, line breaks and quotes. */
export function ankiHtml(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[&<>"'\t\n#[]/g, (c) => ANKI_ENTITIES[c] ?? c);
}

export function renderAnki(quiz: Quiz): string {
  const headers = [
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    `#deck:${singleLine(quiz.title) || 'quizstream'}`,
    '#tags column:3',
    '#guid column:4',
  ];
  const lines = quiz.questions.map((q) =>
    [front(q), back(q, quiz.options.language), tags(q), guid(quiz, q)].join('\t'),
  );
  return `${[...headers, ...lines].join('\n')}\n`;
}

function front(question: Question): string {
  const prompt = ankiHtml(question.prompt);
  if (question.type === 'short_answer' || question.type === 'true_false') return prompt;
  const hint = question.type === 'multi_select' ? '<br><i>Select all that apply.</i>' : '';
  const choices = question.choices.map((c, i) => `${choiceLabel(i)}. ${ankiHtml(c)}`).join('<br>');
  return `${prompt}${hint}<br><br>${choices}`;
}

/** The answer side: a short answer's variants of an answer already shown are not repeated. */
function back(question: Question, language: string | undefined): string {
  const answers = distinctAnswers(question, language).map((a) => {
    const i = question.choices.indexOf(a);
    return i >= 0 && question.type !== 'true_false' ? `${choiceLabel(i)}. ${ankiHtml(a)}` : ankiHtml(a);
  });
  const parts = [`<b>${answers.join('<br>')}</b>`];
  if (question.explanation.trim()) parts.push(ankiHtml(question.explanation.trim()));
  parts.push(`<small>${ankiHtml(sourceNote(question))}</small>`);
  return parts.join('<br><br>');
}

function tags(question: Question): string {
  return `quizstream ${question.type} ${question.difficulty}`;
}

/** Unique per quiz and question, and free of tabs and line breaks whatever the ids contain. */
function guid(quiz: Quiz, question: Question): string {
  return `quizstream-${encodeURIComponent(quiz.id)}-${encodeURIComponent(question.id)}`;
}
