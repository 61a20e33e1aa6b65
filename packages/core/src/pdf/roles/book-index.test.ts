// No document of the corpus has a book index, so the entries below are built from terms and page numbers of
// maint-guide-fr.pdf (French), debian-reference-zh-cn.pdf (Chinese) and the German slides, as an index prints
// them; the prose lines are real lines of those documents.
import { describe, expect, it } from 'vitest';
import { indexLines, isIndexEntry } from './book-index.js';

describe('isIndexEntry', () => {
  it.each([
    ['quilt, 13, 15–17', true],
    ['paquet source, 6, 18, 39', true],
    ['Syntax, 3, 12-14', true],
    ['软件包, 35, 40', true],
    ['Vorwort, iv', true],
    ['Virginia v. Maryland, 540 U. S. 56, 67, says otherwise.', false],
    ['— charte Perl (http://www.debian.org/doc/packaging-manuals/perl-policy/) ;', false],
    ['Les nouvelles versions de ce document devraient toujours être disponibles en ligne, 2', false],
  ])('%j -> %s', (text, expected) => {
    expect(isIndexEntry(text)).toBe(expected);
  });
});

describe('indexLines', () => {
  it('marks an index page, sub-entries without pages included', () => {
    const page = [
      'dpkg, 6, 45',
      'dpkg-buildpackage, 39–41',
      'debhelper',
      'dh_make, 18',
      'quilt, 13, 15–17',
      'Lintian, 45',
      'paquet source, 6, 18, 39',
    ];
    expect(indexLines(page)).toEqual(page.map(() => true));
  });

  it('leaves prose with a few comma-number endings alone', () => {
    const page = [
      'Ce document essaie de décrire aux utilisateurs Debian moyens la construction d’un paquet Debian.',
      'Voir la section 1.4, 12',
      'Une chose est sûre, cependant : créer et maintenir correctement des paquets Debian prend beaucoup de temps.',
      'dpkg, 6',
    ];
    expect(indexLines(page)).toEqual(page.map(() => false));
  });
});
