// Snippets from the corpus (/work/shared/corpus): running titles and contents lines in French, Spanish, Chinese.
import { describe, expect, it } from 'vitest';
import { bodySize, endsWithPageNumber, isPageNumberOnly, lineShape } from './line-shape.js';
import { textLines } from './page-line.js';

describe('isPageNumberOnly', () => {
  it.each([
    ['12', true],
    ['iv', true],
    ['- 3 -', true],
    ['7 / 58', true],
    ['(12)', true],
    ['Guide du nouveau responsable Debian 8 / 58', false],
    ['47698', false],
    ['1998', true],
    ['Syllabus', false],
    ['2.', false],
  ])('%j -> %s', (text, expected) => {
    expect(isPageNumberOnly(text)).toBe(expected);
  });
});

describe('endsWithPageNumber', () => {
  it.each([
    ['1.1 Dynamique sociale de Debian . . . . . . 1', true],
    ['4.10. Las versiones 9.x . . . . . . 14', true],
    ['1 GNU/Linux 教程 1', true],
    ['Debian 参考手册 iv', true],
    ['A.1 Bibliothèques partagées 54', true],
    ['Ubuntu 20.04', false],
    ['2013-2021', false],
    ['1,600 3', false],
  ])('%j -> %s', (text, expected) => {
    expect(endsWithPageNumber(text)).toBe(expected);
  });
});

describe('lineShape', () => {
  it('gives one shape to a running title whatever its page number, arabic or roman', () => {
    expect(lineShape('Guide du nouveau responsable Debian iv')).toBe(
      lineShape('Guide du nouveau responsable Debian v'),
    );
    expect(lineShape('Debian 参考手册 2 / 223')).toBe(lineShape('Debian 参考手册 8 / 223'));
    expect(lineShape('Una breve historia de Debian 3 / 25')).toBe(lineShape('Una breve historia de Debian 11 / 25'));
    expect(lineShape('2 TARRANT REGIONAL WATER DIST. v. HERRMANN')).toBe(
      lineShape('14 TARRANT REGIONAL WATER DIST. v. HERRMANN'),
    );
    expect(lineShape('Guide du nouveau responsable Debian')).not.toBe(lineShape('Una breve historia de Debian'));
  });
});

describe('bodySize', () => {
  const sized = (rows: ReadonlyArray<[number, number]>) =>
    textLines(rows.map(([, chars]) => 'x'.repeat(chars)).join('\n')).map((line, i) => ({
      ...line,
      geometry: { y: 700 - 12 * i, size: rows[i]![0], left: 57, right: 500, monospace: 0, cells: 1 },
    }));

  it('is the size of the text, not of footnotes that hold as many characters (federal-register p. 2)', () => {
    expect(
      bodySize(
        sized([
          [9, 790],
          [7, 770],
          [4.5, 71],
          [6.5, 14],
        ]),
      ),
    ).toBe(9);
  });

  it('is the commonest size when no size holds a good share', () => {
    expect(
      bodySize(
        sized([
          [20, 10],
          [11, 900],
          [9, 40],
        ]),
      ),
    ).toBe(11);
    expect(bodySize(textLines('Sans géométrie.'))).toBeUndefined();
  });
});
