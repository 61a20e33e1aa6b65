// The download formats the server offers (GET /api/quizzes/:id/export?format=...); what each is for is in the
// interface language (messages: exporting.formats). The browser may not import
// @quizstream/core's root (Node-only PDF code), so the ids are repeated here; e2e/quiz-lifecycle.test.ts checks
// them against core's EXPORT_FORMATS so the two lists cannot drift apart.
export const WEB_EXPORT_FORMATS = [
  { id: 'moodle', label: 'Moodle XML' },
  { id: 'gift', label: 'GIFT' },
  { id: 'qti', label: 'QTI 3.0' },
  { id: 'csv-kahoot', label: 'Kahoot CSV' },
  { id: 'csv-quizlet', label: 'Quizlet' },
  { id: 'anki', label: 'Anki' },
  { id: 'md', label: 'Markdown' },
  { id: 'json', label: 'JSON' },
] as const;

export type WebExportFormat = (typeof WEB_EXPORT_FORMATS)[number]['id'];

export function exportPath(quizId: string, format: WebExportFormat): string {
  return `/api/quizzes/${encodeURIComponent(quizId)}/export?format=${encodeURIComponent(format)}`;
}
