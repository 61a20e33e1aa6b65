// The download formats the server offers (GET /api/quizzes/:id/export?format=...), from the contract, in the
// order the menu lists them; what each is for is in the interface language (messages: exporting.formats).
import { EXPORT_FORMATS, type ExportFormat } from '@quizstream/core/schemas';

/** The name of each format as its own tool writes it: one for every format of the contract. */
const LABELS: Record<ExportFormat, string> = {
  moodle: 'Moodle XML',
  gift: 'GIFT',
  qti: 'QTI 3.0',
  'csv-kahoot': 'Kahoot CSV',
  'csv-quizlet': 'Quizlet',
  anki: 'Anki',
  md: 'Markdown',
  json: 'JSON',
};

export const WEB_EXPORT_FORMATS = EXPORT_FORMATS.map((id) => ({ id, label: LABELS[id] }));

export type WebExportFormat = ExportFormat;

export function exportPath(quizId: string, format: WebExportFormat): string {
  return `/api/quizzes/${encodeURIComponent(quizId)}/export?format=${encodeURIComponent(format)}`;
}
