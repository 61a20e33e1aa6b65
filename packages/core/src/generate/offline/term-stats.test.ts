import { describe, expect, it } from 'vitest';
import { termOf } from './term.fixture.js';
import type { Term } from './term.js';
import { productName, TermStats, titleSubject, untitledSubject } from './term-stats.js';

const term = (display: string, kind: Term['kind'] = 'name'): Term => termOf(display, kind);

/** Reads `pages` pages; the term is on `on` of them (the first ones), `times` times on each. */
function read(pages: number, on: number, times: number, display = 'gnuplot'): TermStats {
  const stats = new TermStats();
  for (let p = 1; p <= pages; p++) {
    const terms = p <= on ? Array.from({ length: times }, () => term(display)) : [];
    stats.addPage(p, [...terms, term(`Other${p}`)]);
  }
  return stats;
}

describe('the subject of a document', () => {
  it('is a term on nearly every page', () => {
    expect(read(5, 5, 1).isSubject('name:gnuplot')).toBe(true);
    expect(read(5, 4, 1).isSubject('name:gnuplot')).toBe(false);
  });

  it('in a long document, is a term on most pages that the text keeps repeating there (a manual names its tool)', () => {
    // The gnuplot manual: "gnuplot" on 190 of 286 pages, 656 times.
    expect(read(30, 20, 3).isSubject('name:gnuplot')).toBe(true);
    // Met once on each of them: a term of the subject, not the subject.
    expect(read(30, 20, 1).isSubject('name:gnuplot')).toBe(false);
    // On a third of the pages: one chapter's term.
    expect(read(30, 10, 3).isSubject('name:gnuplot')).toBe(false);
    // A short document needs more: on most pages of eight is one part of it.
    expect(read(8, 5, 3).isSubject('name:gnuplot')).toBe(false);
  });

  it('is one word whatever kind the tagger gave it: "Gnuplot" opening a sentence, "gnuplot" inside one', () => {
    const stats = new TermStats();
    for (let p = 1; p <= 30; p++) {
      // On 20 of 30 pages, three times a page: read as a name on even pages and as a noun on odd ones.
      const kind: Term['kind'] = p % 2 === 0 ? 'name' : 'noun';
      const terms = p <= 20 ? Array.from({ length: 3 }, () => term('gnuplot', kind)) : [];
      stats.addPage(p, [...terms, term(`Other${p}`)]);
    }
    // Each key alone is on a third of the pages: one chapter's term.
    expect(stats.isSubject('name:gnuplot')).toBe(false);
    expect(stats.isSubject('noun:gnuplot')).toBe(false);
    expect(stats.isSubject('name:gnuplot', 'Gnuplot')).toBe(true);
    expect(stats.isSubject('noun:gnuplot', 'gnuplot')).toBe(true);
    // A word on a third of the pages stays a term of the subject.
    expect(stats.isSubject('name:other3', 'Other3')).toBe(false);
  });

  it('counts an abbreviation the document spelled out as what it stands for: "AI" is "artificial intelligence"', () => {
    // The Wikipedia article: the full name on its first page, "AI" on the pages after.
    const readArticle = (spelled: boolean) => {
      const expansionOf = (short: string) => (short === 'AI' ? 'artificial intelligence' : undefined);
      const stats = new TermStats(spelled ? { expansionOf } : {});
      stats.addPage(1, [term('artificial intelligence', 'noun'), term('Other1')]);
      for (let p = 2; p <= 12; p++) stats.addPage(p, [term('AI', 'acronym'), term('AI', 'acronym'), term(`Other${p}`)]);
      return stats;
    };
    const stats = readArticle(true);
    expect(stats.isSubject('noun:artificial intelligence')).toBe(false);
    expect(stats.isSubject('noun:artificial intelligence', 'artificial intelligence')).toBe(true);
    expect(stats.isSubject('acronym:ai', 'AI')).toBe(true);
    // Not spelled out, the two are two terms: the full name on one page of twelve is no subject.
    expect(readArticle(false).isSubject('noun:artificial intelligence', 'artificial intelligence')).toBe(false);
  });
});

describe('defined terms', () => {
  it('are offered as met last, even after the pool of nouns forgot them and met them again', () => {
    const stats = new TermStats();
    stats.addPage(1, [termOf('fuzzy logic')]);
    stats.markDefined('noun:fuzzy logic');
    // Four hundred and more other nouns push it out of the pool of nouns.
    stats.addPage(
      2,
      Array.from({ length: 450 }, (_, i) => termOf(`other term${i}`)),
    );
    stats.addPage(3, [termOf('fuzzy logic')]);
    stats.addPage(4, [termOf('fuzzy logic')]);
    const [entry] = stats.definedPool();
    expect(entry).toMatchObject({ key: 'noun:fuzzy logic', count: 2, lastPage: 4, defined: true });
  });
});

describe('what the document says of a term', () => {
  const words = (...w: string[]) => new Map(w.map((word, i) => [i + 10, word]));

  it('is alike when another sentence shares two telling words with it, not one, and not in the same sentence', () => {
    const stats = new TermStats();
    const fcc = { ...term('flight control computer', 'noun'), start: 0, end: 2 };
    stats.rememberContext('1:0', [fcc], words('pitot', 'tube', 'sensor'));
    for (let i = 1; i < 40; i++) stats.rememberContext(`1:${i}`, [], words(`filler${i}`));
    expect(stats.saysAlike(fcc.key, '2:0', stats.tellingWords(new Set(['pitot', 'sensor', 'command'])))).toBe(true);
    expect(stats.saysAlike(fcc.key, '2:0', stats.tellingWords(new Set(['pitot', 'command'])))).toBe(false);
    expect(stats.saysAlike(fcc.key, '1:0', stats.tellingWords(new Set(['pitot', 'sensor'])))).toBe(false);
  });

  it('leaves out words of most sentences: the vocabulary of the whole document tells nothing apart', () => {
    const stats = new TermStats();
    const fcc = { ...term('flight control computer', 'noun'), start: 0, end: 2 };
    stats.rememberContext('1:0', [fcc], words('airplane', 'sensor'));
    for (let i = 1; i < 40; i++) stats.rememberContext(`1:${i}`, [], words('airplane', `filler${i}`));
    expect(stats.tellingWords(new Set(['airplane', 'sensor']))).toEqual(new Set(['sensor']));
    expect(stats.saysAlike(fcc.key, '2:0', stats.tellingWords(new Set(['airplane', 'sensor'])))).toBe(false);
  });
});

describe('the title page', () => {
  it('names the subject by the words before a version, a colon or a dash, without "An Introduction to"', () => {
    expect(titleSubject('gnuplot 5.4')).toBe('gnuplot');
    expect(titleSubject('VESPA: Very large-scale Evolutionary and Selective Pressure Analyses')).toBe('vespa');
    expect(titleSubject('An Introduction to R')).toBe('r');
    expect(titleSubject('Artificial intelligence - Wikipedia')).toBe('artificial intelligence');
    expect(titleSubject('Debian Reference (version 2)')).toBe('debian reference (version 2)');
  });

  it('takes as an untitled page’s subject the word it opens on, when the page keeps naming it', () => {
    const economics = 'Economics focuses on economies. Microeconomics is one part of economics. Other economics.';
    expect(untitledSubject(`${economics} The term economics.`)).toEqual(['Economics']);
    expect(untitledSubject(economics)).toEqual([]);
    // A function word opening a page names nothing ("This rule ...").
    expect(untitledSubject('This rule applies to this airplane. This is so. This holds. This too.')).toEqual([]);
  });

  it('names the program a manual is about when its title names one in one word, as written', () => {
    expect(productName('gnuplot 5.4')).toBe('gnuplot');
    expect(productName('An Introduction to R')).toBe('R');
    expect(productName('R Language Definition')).toBe('R');
    expect(productName('Python Tutorial')).toBe('Python');
    // A topic, several words, or a heading in capitals names no program.
    for (const title of [
      'Artificial intelligence',
      'The Debian GNU/Linux FAQ',
      'Debian Developer’s Reference',
      'SPACETIME',
    ])
      expect(productName(title), title).toBeUndefined();
    const stats = new TermStats();
    // Lines that are no title page's front matter: a section's heading opening the first page.
    stats.noteTitle(['Caca']);
    expect(stats.product).toBeUndefined();
    stats.noteTitle(['gnuplot 5.4', 'An Interactive Plotting Program'], { product: true });
    expect(stats.product).toBe('gnuplot');
    stats.noteProductSpelling('The gnuplot program plots. Gnuplot can also fit; gnuplot-x11 and gnuplot.');
    expect(stats.product).toBe('gnuplot');
    // A cover's logo word ("debian", read from the image) is named as the document writes it.
    const logo = new TermStats();
    logo.noteTitle(['debian'], { product: true });
    logo.noteProductSpelling(
      'Debian Reference. The Debian system uses debian-installer and /usr/share/debian. Debian.',
    );
    expect(logo.product).toBe('Debian');
  });

  it('makes what it names the subject from the first page on, as written in any case, and nothing else', () => {
    const stats = new TermStats();
    stats.noteTitle(['gnuplot 5.4', 'An Interactive Plotting Program']);
    expect(stats.isSubject('name:gnuplot', 'Gnuplot')).toBe(true);
    expect(stats.isSubject('noun:gnuplot', 'gnuplot')).toBe(true);
    expect(stats.isSubject('noun:plot', 'plot')).toBe(false);
    expect(stats.isSubject('name:gnuplot')).toBe(false);
  });
});
