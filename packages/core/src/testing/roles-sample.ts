// A five-page manual whose pages each have one main role, laid out as real documents are (text from
// maint-guide-fr.pdf and peerj-cs-vespa-bioinformatics-2017-en.pdf of the corpus): a title page, a contents page
// with dot leaders and a page-number column, a page of prose under a heading, a page with a code listing in
// Courier, and a reference list; a running title with the page number tops every page.
import { type LayoutLine, makeLayoutPdf } from './make-layout-pdf.js';

const prose = (lines: readonly string[]): LayoutLine[] => lines.map((text, i) => ({ text, gap: i === 0 ? 0.8 : 0 }));

const entry = (text: string, page: number, indent = 15): LayoutLine => ({
  text: `${text} ${' .'.repeat(Math.max(4, Math.floor((70 - text.length) / 1.2)))}`,
  right: String(page),
  indent,
});

/** Each page's lines, in order. */
export const ROLES_SAMPLE_PAGES: ReadonlyArray<readonly LayoutLine[]> = [
  [
    { text: 'Guide du nouveau responsable Debian', font: 'bold', size: 24, gap: 4 },
    { text: 'Josip Rodin, Osamu Aoki, Frédéric Dumont, David Prévot', gap: 1 },
    { text: 'Copyright © 1998-2002 Josip Rodin', size: 9, gap: 6 },
  ],
  [
    { text: 'Table des matières', font: 'bold', size: 16, gap: 1 },
    { text: '1 Partir du bon pied', font: 'bold', right: '1', gap: 1 },
    entry('1.1 Dynamique sociale de Debian', 1),
    entry('1.2 Programmes nécessaires au développement', 2),
    entry('1.3 Documentation nécessaire au développement', 4),
    { text: '2 Premiers pas', font: 'bold', right: '6', gap: 0.5 },
    entry('2.1 Processus de construction de paquet Debian', 6),
    entry('2.2 Choix du programme', 7),
    entry('2.3 Obtenir le programme et l’essayer', 9),
  ],
  [
    { text: '1.1 Dynamique sociale de Debian', font: 'bold', size: 14, gap: 1 },
    ...prose([
      'Une des choses qui font de Debian une distribution de si haut niveau est son système de',
      'paquets. Bien qu’il existe une grande quantité de logiciels au format Debian, vous devrez',
      'parfois installer un logiciel qui ne l’est pas.',
    ]),
    ...prose([
      'Une chose est sûre, cependant : créer et maintenir correctement des paquets Debian prend',
      'beaucoup de temps. Ne vous faites pas d’illusion, pour que votre système fonctionne, les',
      'responsables doivent à la fois être techniquement compétents et consciencieux.',
    ]),
  ],
  [
    ...prose([
      'Vous pouvez maintenant construire le paquet dans le répertoire des sources. Les commandes',
      'suivantes créent les paquets binaires et vérifient leur conformité avec la charte.',
    ]),
    { text: '$ cd ~/gentoo/gentoo-0.9.12', font: 'mono', size: 10, gap: 0.8, indent: 10 },
    { text: '$ dpkg-buildpackage -us -uc', font: 'mono', size: 10, indent: 10 },
    { text: '$ lintian ../gentoo_0.9.12-1_i386.changes', font: 'mono', size: 10, indent: 10 },
    ...prose([
      'Si lintian ne signale aucune erreur, le paquet peut être envoyé dans l’archive Debian. Sinon,',
      'corrigez les fichiers du répertoire debian et reconstruisez le paquet.',
    ]),
  ],
  [
    { text: 'Bibliographie', font: 'bold', size: 14, gap: 1 },
    ...[
      'Blackburne BP, Whelan S. 2013. Class of multiple sequence alignment algorithm affects',
      'Darriba D, Taboada GL, Doallo R, Posada D. 2011. ProtTest 3: fast selection of best-fit',
      'Eddy SR. 1998. Profile hidden Markov models. Bioinformatics 14(9):755–763',
      'Edgar RC. 2004. MUSCLE: a multiple sequence alignment method with reduced time and',
    ].flatMap((first, i) => [
      { text: first, gap: 0.5 },
      {
        text: [
          'genomic analysis. Molecular Biology and Evolution 30(3):642–653 DOI 10.1093/molbev/mss256.',
          'models of protein evolution. Bioinformatics 27(8):1164–1165 DOI 10.1093/bioinformatics/btr088.',
          'DOI 10.1093/bioinformatics/14.9.755.',
          'space complexity. BMC Bioinformatics 5:113 DOI 10.1186/1471-2105-5-113.',
        ][i]!,
        indent: 15,
      },
    ]),
  ],
];

/** The sample as a PDF. */
export function makeRolesSamplePdf(): Promise<Uint8Array<ArrayBuffer>> {
  return makeLayoutPdf({ pages: ROLES_SAMPLE_PAGES, runningTitle: 'Guide du nouveau responsable Debian' });
}
