// The one entry point: a quiz and a format in, a named, typed file out.

import { type ExportFormat, ExportFormatSchema } from '../schemas/export-format.js';
import { Quiz } from '../schemas/index.js';
import { renderAnki } from './anki.js';
import type { ExportedFile } from './exported-file.js';
import { baseFilename } from './filename.js';
import { renderGift } from './gift.js';
import { renderJson } from './json.js';
import { renderKahootCsv } from './kahoot-csv.js';
import { renderMarkdown } from './markdown.js';
import { renderMoodleXml } from './moodle-xml.js';
import { renderQtiPackage } from './qti/qti-package.js';
import { renderQuizlet } from './quizlet.js';

interface Exporter {
  /** Appended to the title: the format's name where two formats share an extension, and the extension. */
  suffix: string;
  contentType: string;
  render: (quiz: Quiz) => string | Uint8Array;
}

const EXPORTERS: Record<ExportFormat, Exporter> = {
  moodle: { suffix: '.moodle.xml', contentType: 'application/xml; charset=utf-8', render: renderMoodleXml },
  gift: { suffix: '.gift.txt', contentType: 'text/plain; charset=utf-8', render: renderGift },
  qti: { suffix: '.qti.zip', contentType: 'application/zip', render: renderQtiPackage },
  'csv-kahoot': { suffix: '.kahoot.csv', contentType: 'text/csv; charset=utf-8', render: renderKahootCsv },
  'csv-quizlet': { suffix: '.quizlet.txt', contentType: 'text/plain; charset=utf-8', render: renderQuizlet },
  anki: { suffix: '.anki.txt', contentType: 'text/plain; charset=utf-8', render: renderAnki },
  md: { suffix: '.md', contentType: 'text/markdown; charset=utf-8', render: renderMarkdown },
  json: { suffix: '.json', contentType: 'application/json; charset=utf-8', render: renderJson },
};

/**
 * Renders `quiz` in `format`. Both are validated first (a ZodError is thrown for either), since every
 * exporter relies on the schema's rules, e.g. that each answer of a choice question is one of its choices.
 */
export async function exportQuiz(quiz: Quiz, format: ExportFormat): Promise<ExportedFile> {
  const exporter = EXPORTERS[ExportFormatSchema.parse(format)];
  const valid = Quiz.parse(quiz);
  return {
    filename: `${baseFilename(valid.title)}${exporter.suffix}`,
    contentType: exporter.contentType,
    body: exporter.render(valid),
  };
}
