// layoutPage: the text is exactly layoutText's, and the blocks point into it, fonts and geometry read from the
// pdf.js items and styles.
import { describe, expect, it } from 'vitest';
import { layoutPage } from './layout-page.js';
import { type LayoutItem, layoutText } from './layout-text.js';

function run(str: string, x: number, y: number, fontName = 'g_d0_f1', width = str.length * 5): LayoutItem {
  return { str, transform: [10, 0, 0, 10, x, y], width, height: 10, hasEOL: false, fontName };
}

describe('layoutPage', () => {
  it('returns layoutText’s text, hyphenated words joined, with blocks over it', () => {
    const items = [
      run(
        'Une chose est sûre : créer et maintenir correctement des paquets Debian prend beaucoup de temps et d’infor-',
        57,
        700,
      ),
      run('mation. Ne vous faites pas d’illusion.', 57, 688),
      run('$ dpkg-buildpackage -us -uc', 57, 660, 'g_d0_f7'),
      run('$ lintian ../gentoo_0.9.12-1_i386.changes', 57, 648, 'g_d0_f7'),
      run('Ensuite, vérifiez le paquet avec lintian, puis envoyez-le dans l’archive Debian sans attendre.', 57, 620),
    ];
    const styles = { g_d0_f1: { fontFamily: 'serif' }, g_d0_f7: { fontFamily: 'monospace' } };
    const { text, blocks } = layoutPage(items, styles, { page: 30 });
    expect(text).toBe(layoutText(items));
    expect(text).toContain('d’information.');
    expect(blocks.map((b) => [b.role, text.slice(b.start, b.end)])).toEqual([
      ['body', text.split('\n')[0]],
      // One paragraph in the page text (the lines are one pitch apart): roles do not change the text.
      ['code', '$ dpkg-buildpackage -us -uc $ lintian ../gentoo_0.9.12-1_i386.changes'],
      ['body', 'Ensuite, vérifiez le paquet avec lintian, puis envoyez-le dans l’archive Debian sans attendre.'],
    ]);
  });

  it('knows monospace fonts by name when pdf.js does not say so', () => {
    const items = [
      run('Le paragraphe avant le code, qui se termine comme une phrase ordinaire.', 57, 700),
      run('make install DESTDIR=$(CURDIR)/debian/gentoo', 57, 680, 'CourierNew'),
      run('Le paragraphe après le code, qui se termine lui aussi comme une phrase.', 57, 660),
    ];
    const { blocks } = layoutPage(items);
    expect(blocks.map((b) => b.role)).toEqual(['body', 'code', 'body']);
  });

  it('sees table cells in runs set far apart on one line', () => {
    const row = (cells: string[], y: number) => cells.map((cell, i) => run(cell, 57 + 120 * i, y));
    const items = [
      ...row(['ACTION', 'NOM', 'DATE', 'SIGNATURE'], 700),
      ...row(['RÉDIGÉ PAR', 'Josip Rodin', '8 octobre 2022', ''], 688),
      run('Ce document essaie de décrire aux utilisateurs Debian moyens la construction d’un paquet Debian.', 57, 650),
    ];
    const { text, blocks } = layoutPage(items);
    expect(blocks.map((b) => [b.role, text.slice(b.start, b.end)])).toEqual([
      ['table', 'ACTION NOM DATE SIGNATURE RÉDIGÉ PAR Josip Rodin 8 octobre 2022'],
      ['body', 'Ce document essaie de décrire aux utilisateurs Debian moyens la construction d’un paquet Debian.'],
    ]);
  });
});
