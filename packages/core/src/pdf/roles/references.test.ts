// Reference entries from the corpus: bmc-trauma-dvt-prophylaxis-review-2010-en.pdf (numbered, Vancouver style),
// peerj-cs-vespa-bioinformatics-2017-en.pdf (author-year), wikipedia-artificial-intelligence-en.pdf (numbered
// notes, author-year sources, a German title); and prose from the corpus that cites without being a reference.
import { describe, expect, it } from 'vitest';
import { citationMarks, isReferenceEntry, referenceParagraphs } from './references.js';

const BMC = [
  '56. Streiff MB: Vena caval filters: a comprehensive review. Blood 2000, 95:3669-77.',
  '57. Messmer JM, Greenfield LJ: Greenfield caval filters: long-term radiographic follow-up study. Radiology 1985, 156:613-8.',
  '70. Kinney TB: Update on inferior vena cava filters. J Vasc Interv Radiol 2003, 14:425-40.',
];
const PEERJ = [
  'Blackburne BP, Whelan S. 2013. Class of multiple sequence alignment algorithm affects genomic analysis. Molecular Biology and Evolution 30(3):642–653 DOI 10.1093/molbev/mss256.',
  'Eddy SR. 1998. Profile hidden Markov models. Bioinformatics 14(9):755–763 DOI 10.1093/bioinformatics/14.9.755.',
];
const WIKIPEDIA = [
  '165. Marti, J Werner (10 August 2024). "Drohnen haben den Krieg in der Ukraine revolutioniert, doch sie sind empfindlich auf Störsender – deshalb sollen sie jetzt autonom operieren" (https://www.nzz.ch/international/die-ukraine-setzt-auf-drohnen). Neue Zürcher Zeitung.',
  "Dreyfus, Hubert (1972). What Computers Can't Do. New York: MIT Press. ISBN 978-0-0601-1082-6.",
  'Chalmers, David (1995). "Facing up to the problem of consciousness" (http://www.imprint.co.uk/ chalmers.html). Journal of Consciousness Studies. 2 (3): 200–219.',
];
const PROSE = [
  // Wikipedia "Economics": a year and a note marker.
  'Lionel Robbins (1932) developed implications of what has been termed "[p]erhaps the most commonly accepted current definition of the subject":[26]',
  // Supreme Court opinion: a case citation inside a sentence.
  'Tarrant contends that §5.05(b)(1)’s silence infers a right to cross borders, but Virginia v. Maryland, 540 U. S. 56, 67, says otherwise.',
  // Debian history (Spanish): dates and versions.
  'Debian 2.2 (Potato) se publicó el 15 de agosto de 2000 para las arquitecturas Intel i386, la serie Motorola 68000, Alpha, SUN Sparc, PowerPC y ARM.',
  // Debian reference (Chinese): a command and a version.
  'Debian 参考手册（版本 2.100）(2023-02-04 11:59:01 UTC) 旨在作为一份 Debian 系统安装后的用户指南。',
];

describe('isReferenceEntry', () => {
  it.each([...BMC, ...PEERJ, ...WIKIPEDIA])('an entry: %s', (text) => {
    expect(isReferenceEntry(text)).toBe(true);
  });
  it.each(PROSE)('prose: %s', (text) => {
    expect(isReferenceEntry(text)).toBe(false);
  });
});

describe('citationMarks', () => {
  it('counts year, volume(issue):pages and DOI, not the words around them', () => {
    expect(citationMarks(PEERJ[0]!)).toBeGreaterThanOrEqual(3);
    expect(citationMarks('Une chose est sûre, cependant : créer des paquets Debian prend beaucoup de temps.')).toBe(0);
  });
});

describe('referenceParagraphs', () => {
  it('marks a list of entries, an entry broken in two and one carried over from the previous page', () => {
    const page = [
      'with proximal deep-vein thrombosis. Prevention du Risque d’Embolie Pulmonaire par Interruption Cave Study Group. N Engl J Med 1998, 338:409-15.',
      '51. Darcy MD, Smith TP, Hunter DW, Castraneda-Zuniga W, Lund G, Amplatz K:',
      'Short-term prophylaxis of pulmonary embolism by using a retrievable vena cava filter. AJR Am J Roentgenol 1986, 147:836-8.',
      ...BMC,
    ];
    expect(referenceParagraphs(page)).toEqual(page.map(() => true));
  });

  it('marks a list that starts under its title at the foot of a page with a single entry (peerj p. 14)', () => {
    const page = [
      'Supplemental Information Supplemental information for this article can be found online at http://dx.doi.org/10.7717/ peerj-cs.118#supplemental-information.',
      'REFERENCES',
      'Afgan E, Baker D, van den Beek M, Blankenberg D, Bouvier D, Čech M, Chilton J. 2016. The Galaxy platform for accessible, reproducible and collaborative biomedical analyses: 2016 update. Nucleic Acids Research 44(W1):W3–W10 DOI 10.1093/nar/gkw343.',
    ];
    expect(referenceParagraphs(page)).toEqual([false, false, true]);
    // Not when prose follows it.
    expect(referenceParagraphs([...page, PROSE[1]!])).toEqual([false, false, false, false]);
  });

  it('goes on with a list begun on the previous page, up to the next section (Wikipedia, "Further reading")', () => {
    const page = [
      'Gleick, James, "The Fate of Free Will" (review of Kevin J. Mitchell, Free Agents), The New York Review of Books, vol. 71, no. 1 (18 January 2024), pp. 27–28, 30.',
      'Hughes-Castleberry, Kenna, "A Murder Mystery Puzzle", Discover, vol. 44, no. 6 (September 2023), pp. 79–82.',
      'External links',
      PROSE[0]!,
    ];
    expect(referenceParagraphs(page, { continued: true })).toEqual([true, true, false, false]);
    expect(referenceParagraphs(page)).toEqual([false, false, false, false]);
  });

  it('leaves prose alone, even with one entry-like paragraph among it', () => {
    const page = [...PROSE, BMC[0]!];
    expect(referenceParagraphs(page)).toEqual(page.map(() => false));
  });
});
