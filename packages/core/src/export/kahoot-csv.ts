// Kahoot's quiz spreadsheet as CSV, in the columns of Kahoot's own template. Kahoot imports only .xlsx, so the
// teacher opens this file in Excel, Numbers or Google Sheets and saves it as .xlsx (or pastes the rows into the
// template at cell B8).
//
// Kahoot's rules, and what this exporter does about them:
// - Only questions with 2–4 answers can be imported, so short-answer questions are left out, and a question
//   with more than four choices keeps all its right answers and the first wrong ones up to four in all (a
//   multi-select question with more than four right answers is left out).
// - Questions are at most 120 characters and answers 75: longer ones are shortened with "…" at a word break,
//   and a question whose shortened answers would no longer be distinct is left out.
// - Cells are one line: line breaks and tabs become spaces.
// The file is RFC 4180 CSV with every field quoted, CRLF line ends, and a UTF-8 byte-order mark, without which
// Excel reads UTF-8 as the local code page and garbles accents, CJK, Hebrew, Arabic and emoji.
import { stringify } from 'csv-stringify/sync';
import type { Question, Quiz } from '../schemas/index.js';
import { shorten, singleLine } from './plain-text.js';

export const KAHOOT_HEADER = [
  'Question - max 120 characters',
  'Answer 1 - max 75 characters',
  'Answer 2 - max 75 characters',
  'Answer 3 - max 75 characters',
  'Answer 4 - max 75 characters',
  'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
  'Correct answer(s) - choose at least one',
];
const MAX_QUESTION = 120;
const MAX_ANSWER = 75;
const MAX_ANSWERS = 4;
const TIME_LIMIT = { easy: 20, medium: 30, hard: 60 } as const;

export function renderKahootCsv(quiz: Quiz): string {
  const rows = quiz.questions.map(kahootRow).filter((row): row is string[] => row !== null);
  return stringify([KAHOOT_HEADER, ...rows], { bom: true, quoted: true, record_delimiter: 'windows' });
}

/** The question's row, or null when Kahoot cannot take it. */
export function kahootRow(question: Question): string[] | null {
  if (question.type === 'short_answer') return null;
  const right = question.choices.filter((c) => question.answer.includes(c));
  if (right.length > MAX_ANSWERS) return null;
  const keptWrong = new Set(question.choices.filter((c) => !right.includes(c)).slice(0, MAX_ANSWERS - right.length));
  const kept = question.choices.filter((c) => right.includes(c) || keptWrong.has(c));
  const answers = kept.map((c) => shorten(singleLine(c), MAX_ANSWER));
  if (new Set(answers.map((a) => a.toLowerCase())).size !== answers.length) return null;
  const correct = kept.flatMap((c, i) => (right.includes(c) ? [String(i + 1)] : []));
  const cells = [shorten(singleLine(question.prompt), MAX_QUESTION), ...answers];
  while (cells.length < 1 + MAX_ANSWERS) cells.push('');
  return [...cells.map(guardFormula), String(TIME_LIMIT[question.difficulty]), correct.join(',')];
}

/**
 * Spreadsheets run a cell starting with = + - @ as a formula, and quiz text comes from an untrusted PDF. Such a
 * cell gets a leading apostrophe (OWASP's advice); plain negative numbers like "-5" are left as they are.
 */
export function guardFormula(cell: string): string {
  if (/^-\d+(?:[.,]\d+)?$/.test(cell)) return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
