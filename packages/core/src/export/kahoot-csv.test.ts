import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { guardFormula, KAHOOT_HEADER, renderKahootCsv } from './kahoot-csv.js';
import { nastyQuiz } from './nasty-quiz.fixture.js';
import { singleLine } from './plain-text.js';

const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** Whether a cell shows `original`: the same one-line text, or its beginning followed by "…". */
function shows(cell: string, original: string): boolean {
  const text = unguard(cell);
  const full = singleLine(original);
  return text === full || (text.endsWith('…') && full.startsWith(text.slice(0, -1)));
}

describe('Kahoot CSV export', () => {
  it('starts with a UTF-8 BOM and parses back as RFC 4180 CSV in the template columns', () => {
    const csv = renderKahootCsv(nastyQuiz());
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv).toMatch(/\r\n$/);
    const rows: string[][] = parse(csv, { bom: true, relax_column_count: false });
    expect(rows[0]).toEqual(KAHOOT_HEADER);
    for (const row of rows) expect(row).toHaveLength(7);
  });

  it('keeps questions Kahoot can take, with their right answers numbered, within its limits', () => {
    const quiz = nastyQuiz();
    const rows: string[][] = parse(renderKahootCsv(quiz), { bom: true }).slice(1);
    // The short answer is left out, and so is the question whose two long answers shorten to the same text.
    const kept = quiz.questions.filter((q) => q.type !== 'short_answer' && q.id !== 'q-6');
    expect(rows).toHaveLength(kept.length);
    kept.forEach((question, i) => {
      const [prompt, a1, a2, a3, a4, time, correct] = rows[i]!;
      expect(Array.from(prompt!).length).toBeLessThanOrEqual(120);
      expect(shows(prompt!, question.prompt)).toBe(true);
      const answers = [a1!, a2!, a3!, a4!].filter((a) => a !== '');
      for (const a of answers) {
        expect(Array.from(a).length).toBeLessThanOrEqual(75);
        expect(question.choices.some((c) => shows(a, c))).toBe(true);
      }
      expect(['5', '10', '20', '30', '60', '90', '120', '240']).toContain(time);
      const right = correct!.split(',').map((n) => answers[Number(n) - 1]!);
      expect(right).toHaveLength(question.answer.length);
      right.forEach((cell, j) => {
        expect(shows(cell, question.answer[j]!)).toBe(true);
      });
    });
  });

  it('keeps every right answer of a multi-select question and fills up to four with wrong ones', () => {
    const quiz = nastyQuiz();
    const rows: string[][] = parse(renderKahootCsv(quiz), { bom: true });
    const row = rows.find((r) => r[0]!.startsWith('Select all'))!;
    expect(row.slice(1, 5).map(unguard)).toEqual(['Alpha, "one"', 'Beta Two', 'Gamma <three>', 'Epsilon ]]>']);
    expect(row[6]).toBe('1,3,4');
  });

  it('defuses cells a spreadsheet would run as formulas, but not negative numbers', () => {
    expect(guardFormula('=1+1')).toBe("'=1+1");
    expect(guardFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(guardFormula('+cmd')).toBe("'+cmd");
    expect(guardFormula('-2+3')).toBe("'-2+3");
    expect(guardFormula('-5')).toBe('-5');
    expect(guardFormula('-2.5')).toBe('-2.5');
    expect(guardFormula('a=b')).toBe('a=b');
  });
});
