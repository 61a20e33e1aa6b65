import { describe, expect, it } from 'vitest';
import type { PageBlock, PageText } from '../pdf/page-text.js';
import { pageOfBlocks } from '../testing/page-of-blocks.js';
import { headingAt, pageBody, roleName } from './page-body.js';

const page = (parts: [PageBlock['role'], string][]): PageText => pageOfBlocks(3, 9, parts);

describe('pageBody', () => {
  it('keeps only body blocks, in order, with the heading each stands under', () => {
    const body = pageBody(
      page([
        ['header_footer', 'Guide du nouveau responsable Debian 12'],
        ['heading', '2.1 Le paquet source'],
        ['body', 'Un paquet source contient le code amont et le répertoire debian.'],
        ['code', '$ dpkg-source -x foo_1.0-1.dsc'],
        ['heading', '2.2 Le paquet binaire'],
        ['body', 'Un paquet binaire contient les fichiers installés.'],
      ]),
    );
    expect(body.text).toBe(
      'Un paquet source contient le code amont et le répertoire debian.\nUn paquet binaire contient les fichiers installés.',
    );
    expect(headingAt(body, 0)).toBe('2.1 Le paquet source');
    expect(headingAt(body, body.text.indexOf('binaire'))).toBe('2.2 Le paquet binaire');
  });

  it('names the role that fills a page with no body text, in words a teacher knows', () => {
    const body = pageBody(
      page([
        ['heading', 'Table des matières'],
        [
          'contents',
          '1 Les bons débuts . . . . . . . . 1\n2 Premiers pas . . . . . . . . 5\n3 Modifier les sources . . . 9',
        ],
      ]),
    );
    expect(body.text).toBe('');
    expect(body.mainRole).toBe('contents');
    expect(roleName(body.mainRole)).toBe('a table of contents');
  });

  it('takes a page without roles as body text', () => {
    const text = 'The Red River Compact allocates water among four states.';
    expect(pageBody({ page: 1, totalPages: 1, text })).toEqual({
      text,
      mainRole: 'body',
      headings: [],
      programs: [],
      entries: [],
      underDirectories: [],
    });
  });
});
