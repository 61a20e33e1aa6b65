// Quiz exporters: Moodle XML, GIFT, QTI 3.0, Kahoot and Quizlet spreadsheets, Anki, Markdown and JSON.

export { EXPORT_FORMATS, type ExportFormat, ExportFormatSchema } from '../schemas/export-format.js';
export { choiceLabel } from './choice-label.js';
export { exportQuiz } from './export-quiz.js';
export type { ExportedFile } from './exported-file.js';
export { baseFilename } from './filename.js';
export { LIVE_RESULTS_COLUMNS, liveResultsCsv } from './live-results-csv.js';
export { isRightToLeft } from './text-direction.js';
