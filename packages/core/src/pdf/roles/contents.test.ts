// Contents lines from the corpus: maint-guide-fr.pdf p. 4, debian-history-es.pdf p. 4, debian-reference-zh-cn.pdf
// p. 5; and lines of prose from the same documents that must not count as contents.
import { describe, expect, it } from 'vitest';
import { contentsLines, isLeaderEntry, isNumberedEntry } from './contents.js';
import type { PageLine } from './page-line.js';
import { textLines } from './page-line.js';

describe('isLeaderEntry', () => {
  it.each([
    ['1.1 Dynamique sociale de Debian . . . . . . . . . . . . . . . . . . . . 1', true],
    ['4.1.1. El primer sistema de empaquetamiento de Debian . . . . . . . . . . . . 7', true],
    ['1.1.2 GUI 下的 shell 提示符 . . . . . . . . . . . . . . . . . . . . . . 2', true],
    ['A.1 Bibliothèques partagées . . . . . . . . . . . . . . . . . . . . . . 54', true],
    ['Einleitung ........................ 3', true],
    ['第一章 总论 …………… 12', true],
    // A leader without a page number, and a page number without a leader.
    ['Les quatre points de suspension . . . . et la suite', false],
    ['1 Partir du bon pied 1', false],
    ['Si vous avez besoin d’aide sur l’empaquetage, veuillez consulter Section 1.4.', false],
  ])('%j -> %s', (text, expected) => {
    expect(isLeaderEntry(text)).toBe(expected);
  });
});

describe('isNumberedEntry', () => {
  it.each([
    ['1 Partir du bon pied 1', true],
    ['2. Líderes 2', true],
    ['1 GNU/Linux 教程 1', true],
    ['A Empaquetage avancé 54', false],
    ['Debian 9 Stretch está dedicado a él.', false],
    ['En 1993, Ian Murdock fundó el proyecto Debian en 1993', false],
  ])('%j -> %s', (text, expected) => {
    expect(isNumberedEntry(text)).toBe(expected);
  });
});

describe('contentsLines', () => {
  it('marks a page of entries, the entries without a leader and a wrapped title between two entries', () => {
    const page = textLines(
      [
        '4. La historia detallada 6',
        '4.1. Las versiones 0.x . . . . . . . . . . . . . . . . . . . . . . . . 6',
        '4.1.1. El primer sistema de empaquetamiento de Debian y la primera versión',
        'pública del proyecto . . . . . . . . . . . . . . . . . . . . . . . . 7',
        '4.2. Las versiones 1.x . . . . . . . . . . . . . . . . . . . . . . . . 7',
        '4.3. Las versiones 2.x . . . . . . . . . . . . . . . . . . . . . . . . 8',
      ].join('\n'),
    );
    expect(contentsLines(page)).toEqual([true, true, true, true, true, true]);
  });

  it('leaves a page of prose alone even when one of its lines ends like an entry', () => {
    const page = textLines(
      [
        'Une des choses qui font de Debian une distribution de si haut niveau est son système de paquets.',
        'Voir la liste des paquets . . . . . . . . . . . . . . 12',
        'Une chose est sûre, cependant : créer et maintenir correctement des paquets Debian prend beaucoup de temps.',
        '2 Premiers pas 6',
      ].join('\n'),
    );
    expect(contentsLines(page)).toEqual([false, false, false, false]);
  });

  it('marks entries without leader or number whose page numbers stand in a column flush right', () => {
    // The chapters of debian-history-es.pdf p. 4, set as a contents page without leaders; then the same
    // lines with their numbers at ragged ends, as a list of years in prose would be.
    const titles = [
      ['Introducción: ¿Qué es el proyecto Debian?', '1'],
      ['Líderes', '2'],
      ['Versiones de Debian', '3'],
      ['La historia detallada', '6'],
      ['Hechos importantes', '23'],
      ['El manifiesto de Debian Linux', '27'],
    ];
    const page = (right: (i: number) => number): PageLine[] =>
      textLines(titles.map(([title, n]) => `${title} ${n}`).join('\n')).map((line, i) => ({
        ...line,
        geometry: { y: 600 - 28 * i, size: 10, left: 57, right: right(i), monospace: 0, cells: 2 },
      }));
    expect(contentsLines(page((i) => 567 - (i % 2)))).toEqual(titles.map(() => true));
    expect(contentsLines(page((i) => 300 + 40 * i))).toEqual(titles.map(() => false));
  });
});
