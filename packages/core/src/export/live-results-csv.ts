// A live session's answers as CSV for a spreadsheet: one row per answer (nickname, question, answer, right or
// wrong, seconds), in a fixed column order. Nicknames and answers are typed by participants and quiz text comes
// from a PDF: every cell is guarded against being run as a formula.
import { stringify } from 'csv-stringify/sync';
import type { LiveResults } from '../schemas/live.js';
import { guardFormula } from './kahoot-csv.js';

export const LIVE_RESULTS_COLUMNS = ['nickname', 'question', 'prompt', 'answer', 'correct', 'seconds'] as const;

export function liveResultsCsv(results: LiveResults): string {
  const prompts = new Map(results.questions.map((q) => [q.id, q.prompt]));
  const rows = results.answers.map((a) => [
    a.nickname,
    String(a.questionIndex + 1),
    prompts.get(a.questionId) ?? '',
    a.answer.join(' | '),
    a.correct ? 'yes' : 'no',
    (a.ms / 1000).toFixed(1),
  ]);
  // A byte order mark, so that spreadsheets read the file as UTF-8 (nicknames in any script).
  return `\uFEFF${stringify([[...LIVE_RESULTS_COLUMNS], ...rows.map((r) => r.map(guardFormula))], { record_delimiter: '\r\n' })}`;
}
