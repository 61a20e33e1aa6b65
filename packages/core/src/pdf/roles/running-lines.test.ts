// Running headers and footers from the corpus: maint-guide-fr.pdf (French, roman then arabic page numbers),
// debian-reference-zh-cn.pdf (Chinese), scotus-tarrant-v-herrmann-2013-en.pdf (even and odd pages differ),
// beamer-lecture-logik-slides-de.pdf (a navigation bar drawn at the same place on every slide).
import { describe, expect, it } from 'vitest';
import { type PageLine, textLines } from './page-line.js';
import { headerFooterLines, RunningLines } from './running-lines.js';

/** A page's lines from the top of the page down, each with a baseline and a left edge. */
function page(rows: ReadonlyArray<string | [string, number, number]>): PageLine[] {
  const texts = rows.map((row) => (typeof row === 'string' ? row : row[0]));
  return textLines(texts.join('\n')).map((line, i) => {
    const row = rows[i]!;
    const [left, y] = typeof row === 'string' ? [57, 800 - 14 * i] : [row[1], row[2]];
    return { ...line, geometry: { y, size: 10, left, right: 500, monospace: 0, cells: 1 } };
  });
}

const body = (sentence: string) => `${sentence} ${'Le texte continue ici avec une phrase de plus. '.repeat(3)}`;

describe('headerFooterLines', () => {
  it('marks a title at the top that comes back on the next pages, page number aside, in any script', () => {
    for (const [first, second] of [
      ['Guide du nouveau responsable Debian 7 / 58', 'Guide du nouveau responsable Debian 8 / 58'],
      ['Debian 参考手册 iv', 'Debian 参考手册 v'],
    ] as const) {
      const running = new RunningLines();
      expect(headerFooterLines(page([first, body('Une phrase.'), body('Une autre.')]), running)).toEqual([
        false,
        false,
        false,
      ]);
      expect(headerFooterLines(page([second, body('Encore une.'), body('Et la fin.')]), running)).toEqual([
        true,
        false,
        false,
      ]);
    }
  });

  it('recognises headers that alternate between even and odd pages', () => {
    const running = new RunningLines();
    const pages = [
      ['2 TARRANT REGIONAL WATER DIST. v. HERRMANN', 'Opinion of the Court'],
      ['3 Cite as: 569 U. S. ____ (2013)', 'Opinion of the Court'],
      ['4 TARRANT REGIONAL WATER DIST. v. HERRMANN', 'Opinion of the Court'],
      ['5 Cite as: 569 U. S. ____ (2013)', 'Opinion of the Court'],
    ];
    const marks = pages.map(([header, section], i) =>
      headerFooterLines(page([header!, section!, body(`Paragraph ${i}.`), body('More text.'), body('End.')]), running),
    );
    expect(marks.map((m) => m.slice(0, 2))).toEqual([
      [false, false],
      [false, true],
      [true, true],
      [true, true],
    ]);
  });

  it('marks a page number alone at the foot of a page, even on a page read alone', () => {
    expect(headerFooterLines(page([body('Une phrase.'), body('Une autre.'), '12']))).toEqual([false, false, true]);
  });

  it('does not take the last line of a paragraph that recurs at the foot for a footer', () => {
    const running = new RunningLines();
    headerFooterLines(page([body('Une phrase.'), body('Une autre.'), 'principal.']), running);
    expect(headerFooterLines(page([body('Encore.'), body('Et puis.'), 'principal.']), running)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('marks short lines drawn at the same place as on the previous page (a navigation bar)', () => {
    const running = new RunningLines();
    const slide = (content: string) =>
      page([
        ['Syntax versus', 20, 800],
        ['Ziele und Inhalt', 20, 700],
        ['Was ist Syntax?', 20, 690],
        [content, 120, 650],
        [`${content} Noch ein Satz.`, 120, 400],
        ['1.5', 560, 20],
      ]);
    headerFooterLines(slide('Beobachtungen zu einem ägyptischen Text.'), running);
    expect(headerFooterLines(slide('Beobachtungen zu einem kyrillischen Text.'), running)).toEqual([
      true,
      true,
      true,
      false,
      false,
      true,
    ]);
  });
});
