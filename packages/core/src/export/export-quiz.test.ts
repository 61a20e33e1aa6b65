import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, type ExportFormat, ExportFormatSchema, exportQuiz } from './index.js';
import { nastyQuiz } from './nasty-quiz.fixture.js';

const EXPECTED: Record<ExportFormat, { suffix: string; type: string; binary: boolean }> = {
  moodle: { suffix: '.moodle.xml', type: 'application/xml; charset=utf-8', binary: false },
  gift: { suffix: '.gift.txt', type: 'text/plain; charset=utf-8', binary: false },
  qti: { suffix: '.qti.zip', type: 'application/zip', binary: true },
  'csv-kahoot': { suffix: '.kahoot.csv', type: 'text/csv; charset=utf-8', binary: false },
  'csv-quizlet': { suffix: '.quizlet.txt', type: 'text/plain; charset=utf-8', binary: false },
  anki: { suffix: '.anki.txt', type: 'text/plain; charset=utf-8', binary: false },
  md: { suffix: '.md', type: 'text/markdown; charset=utf-8', binary: false },
  json: { suffix: '.json', type: 'application/json; charset=utf-8', binary: false },
};

describe('exportQuiz', () => {
  it.each(EXPORT_FORMATS)('names, types and renders a %s file from the quiz title', async (format) => {
    const file = await exportQuiz(nastyQuiz(), format);
    const expected = EXPECTED[format];
    expect(file.filename).toBe(`Cells & Genes 1 2 Bio 🧬 日本語 עברית${expected.suffix}`);
    expect(file.contentType).toBe(expected.type);
    expect(file.body instanceof Uint8Array).toBe(expected.binary);
    expect(file.body.length).toBeGreaterThan(0);
  });

  it('exports a quiz without questions in every format', async () => {
    const quiz = { ...nastyQuiz(), questions: [] };
    for (const format of EXPORT_FORMATS) await expect(exportQuiz(quiz, format)).resolves.toBeDefined();
  });

  it('rejects an unknown format and a quiz the schema refuses', async () => {
    expect(ExportFormatSchema.safeParse('docx').success).toBe(false);
    await expect(exportQuiz(nastyQuiz(), 'docx' as ExportFormat)).rejects.toThrow();
    const quiz = nastyQuiz();
    quiz.questions[1]!.answer = ['Maybe'];
    await expect(exportQuiz(quiz, 'gift')).rejects.toThrow();
  });
});
