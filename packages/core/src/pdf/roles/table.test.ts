// Tables from the corpus: the revision table of maint-guide-fr.pdf p. 3 (cells apart on one line) and Table 2
// of peerj-cs-vespa-bioinformatics-2017-en.pdf (every cell drawn as its own line).
import { describe, expect, it } from 'vitest';
import { type PageLine, textLines } from './page-line.js';
import { isTinyCell, tableLines } from './table.js';

function placed(rows: ReadonlyArray<[string, number]>): PageLine[] {
  return textLines(rows.map(([text]) => text).join('\n')).map((line, i) => ({
    ...line,
    geometry: { y: 700 - 12 * i, size: 10, left: 57, right: 500, monospace: 0, cells: rows[i]![1] },
  }));
}

describe('isTinyCell', () => {
  it.each([
    ['Model type', true],
    ['568.572319', true],
    ['LRT result', true],
    ['字符 说明', true],
    ['Nous sommes tous bénévoles.', false],
    ['Die Bedeutung oder der Sinn der gebildeten Sätze ist dabei', false],
  ])('%j -> %s', (text, expected) => {
    expect(isTinyCell(text)).toBe(expected);
  });
});

describe('tableLines', () => {
  it('marks rows of three or more cells, two rows or more', () => {
    const lines = placed([
      ['INDEXATION DU DOCUMENT', 1],
      ['ACTION NOM DATE SIGNATURE', 4],
      ['RÉDIGÉ PAR Josip Rodin, 8 octobre 2022', 3],
      ['Une chose est sûre, cependant : créer et maintenir correctement des paquets Debian prend du temps.', 1],
    ]);
    expect(tableLines(lines)).toEqual([false, true, true, false]);
  });

  it('does not take one row alone, nor a term and its definition, for a table', () => {
    const lines = placed([
      ['Section Description Remarques', 3],
      ['Le programme ne devrait certainement pas être exécuté setuid root.', 1],
      ['- 普通文件', 2],
      ['d 目录', 2],
    ]);
    expect(tableLines(lines)).toEqual([false, false, false, false]);
  });

  it('marks a long run of cells drawn one per line, with geometry only', () => {
    const cells = ['Model', 'Tree', 'Model type', 'p', 'W (t', '=', '0)', 'lnL', 'LRT result', 'Parameter'];
    expect(tableLines(placed(cells.map((c) => [c, 1])))).toEqual(cells.map(() => true));
    // Without geometry (OCR), a run of short paragraphs may as well be a list.
    expect(tableLines(textLines(cells.join('\n')))).toEqual(cells.map(() => false));
  });
});
