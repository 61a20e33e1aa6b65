// The download formats the server offers (GET /api/quizzes/:id/export?format=...). The browser may not import
// @quizstream/core's root (Node-only PDF code), so the ids are repeated here; e2e/quiz-lifecycle.test.ts checks
// them against core's EXPORT_FORMATS so the two lists cannot drift apart.
export const WEB_EXPORT_FORMATS = [
  { id: 'moodle', label: 'Moodle XML', hint: 'Moodle question bank' },
  { id: 'gift', label: 'GIFT', hint: 'Moodle, plain text' },
  { id: 'qti', label: 'QTI 3.0', hint: 'Canvas, Blackboard, other LMS (zip)' },
  { id: 'csv-kahoot', label: 'Kahoot CSV', hint: 'Kahoot spreadsheet import' },
  { id: 'csv-quizlet', label: 'Quizlet', hint: 'Quizlet import text' },
  { id: 'anki', label: 'Anki', hint: 'Anki notes, tab separated' },
  { id: 'md', label: 'Markdown', hint: 'Readable document' },
  { id: 'json', label: 'JSON', hint: 'The full quiz' },
] as const;

export type WebExportFormat = (typeof WEB_EXPORT_FORMATS)[number]['id'];

export function exportPath(quizId: string, format: WebExportFormat): string {
  return `/api/quizzes/${encodeURIComponent(quizId)}/export?format=${encodeURIComponent(format)}`;
}
