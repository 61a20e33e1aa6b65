import { beforeAll, describe, expect, it } from 'vitest';
import { afterAmong, afterComparator, inList, measured, unaskable } from './blank-worth.js';
import { type AnalyzedPage, analyzePage, loadNlp } from './nlp.js';
import { pageContext } from './page-context.js';
import type { Term } from './term.js';
import { TermStats } from './term-stats.js';
import { sentenceTerms } from './terms.js';
import { loadWordFrequency, type WordFrequency } from './word-frequency.js';

// Sentences from real documents: an FAA airworthiness directive, a bioinformatics paper, a Debian manual,
// Wikipedia's article on artificial intelligence.
let freq: WordFrequency;
let nlp: Awaited<ReturnType<typeof loadNlp>>;
beforeAll(async () => {
  [nlp, freq] = await Promise.all([loadNlp(), loadWordFrequency()]);
});

function termsOf(text: string): { page: AnalyzedPage; terms: Term[] } {
  const page = analyzePage(nlp, text);
  const ctx = pageContext(page);
  const stats = new TermStats();
  const terms = page.sentences.flatMap((span) => sentenceTerms(page, span, freq, stats, ctx));
  return { page, terms };
}

function verdict(text: string, answer: string) {
  const { page, terms } = termsOf(text);
  const term = terms.find((t) => t.text === answer);
  expect(term, `${answer} among ${terms.map((t) => `${t.text}/${t.kind}`).join(', ')}`).toBeDefined();
  return unaskable(term!, page, freq);
}

describe('unaskable', () => {
  it.each([
    [
      'The FAA will issue a draft Boeing 737 Flight Standardization Board Report on pilot training.',
      '737',
      'label-number',
    ],
    ['MCAS makes the 737 MAX handling qualities compliant with FAA regulations.', '737', 'label-number'],
    ['Since AD 2018–23–51 was issued, the agency has determined that final action is necessary.', '2018', 'identifier'],
    ['Phylogenies were inferred by VESPA from the species tree in Phase 3 of the analysis.', 'Phase', 'label-head'],
    [
      'Under the Freedom of Information Act (FOIA) (5 U.S.C. 552), CBI is exempt from public disclosure.',
      'FOIA',
      'expanded-acronym',
    ],
    [
      'Subtitle VII describes in more detail the scope of the Agency’s authority over aviation.',
      'Agency',
      'common-word',
    ],
    // A name cut short, or a name or acronym that only modifies the noun after it.
    [
      'Nils Nilsson wrote in 1983 that there is wide disagreement in the field about what AI is.',
      'Nilsson',
      'part-of-name',
    ],
    [
      'The Turing test can provide some evidence of intelligence, but it penalizes non-human behavior.',
      'Turing',
      'modifier',
    ],
    ['Current GPT models are prone to generating falsehoods called hallucinations.', 'GPT', 'modifier'],
    // A value in an aside: a release's year, a citation's.
    ['In Debian 11 Bullseye (2021), Debian uses the unified cgroup hierarchy by default.', '2021', 'aside'],
    ['One of the most popular methods is codeML from the PAML software package (Yang, 2007).', '2007', 'aside'],
    // A name in an aside: an example of a group, a citation's author.
    [
      'In 2014, 30 nations (including China) supported a ban on autonomous weapons under the United Nations.',
      'China',
      'aside',
    ],
    ['One of the most popular methods is codeML from the PAML software package (Yang, 2007).', 'Yang', 'aside'],
    ['In a 2017 survey, one in five companies reported having incorporated AI in some offerings.', '2017', 'modifier'],
  ])('%s [%s] -> %s', (text, answer, expected) => {
    expect(verdict(text, answer)).toBe(expected);
  });

  it.each([
    // A date is asked by its year: the month stays in the stem ("in August ____").
    ['Ian Murdock founded the Debian project in August 1993 at Purdue University.', '1993'],
    ['Once the Compact was approved by Congress in 1980, no State pressed for a diversion.', '1980'],
    ['A loop device can manage up to 16 partitions since Linux 2.6.26.', '16'],
    [
      'Margaret Masterman believed that meaning and not grammar was the key to understanding languages.',
      'Margaret Masterman',
    ],
    ['The QRH is a nonregulatory tool used by flightcrews for non-normal and emergency conditions.', 'QRH'],
    ['Alan Turing proposed the imitation game in his 1950 paper on machine intelligence.', 'Alan Turing'],
    ['In 1967 Marvin Minsky agreed that the problem would substantially be solved within a generation.', '1967'],
  ])('asks %s [%s]', (text, answer) => {
    expect(verdict(text, answer)).toBeNull();
  });
});

describe('what a false statement may swap', () => {
  it.each([
    [
      'Robot designer Hans Moravec, cyberneticist Kevin Warwick and inventor Ray Kurzweil predicted a merger.',
      'Kevin Warwick',
      true,
    ],
    [
      'Robot designer Hans Moravec, cyberneticist Kevin Warwick and inventor Ray Kurzweil predicted a merger.',
      'Ray Kurzweil',
      true,
    ],
    ['Alan Turing proposed the imitation game in his 1950 paper on machine intelligence.', 'Alan Turing', false],
    [
      'Precursors to backpropagation were developed by: Henry J. Kelley (1960); Arthur E. Bryson (1962); Stuart Dreyfus (1962).',
      'Arthur E. Bryson',
      true,
    ],
  ])('%s [%s] is one name of a list: %s', (text, name, expected) => {
    const { page, terms } = termsOf(text);
    const term = terms.find((t) => t.text === name);
    expect(term, terms.map((t) => `${t.text}/${t.kind}`).join(', ')).toBeDefined();
    expect(inList(term!, page)).toBe(expected);
  });

  it.each([
    ['By 1985, the market for AI had reached over a billion dollars in the United States.', '1985', true],
    ['Since 2003, the project has kept its servers in three countries.', '2003', true],
    ['The first global AI Safety Summit was held in the United Kingdom in 2023.', '2023', false],
  ])('%s [%s] follows a bound: %s', (text, year, expected) => {
    const { page, terms } = termsOf(text);
    const term = terms.find((t) => t.text === year || t.text.endsWith(year));
    expect(term, terms.map((t) => `${t.text}/${t.kind}`).join(', ')).toBeDefined();
    const sentence = { page: 1, text: page.text, charStart: 0, terms, words: 10 };
    expect(afterComparator(term!, sentence)).toBe(expected);
  });
});

describe('afterAmong', () => {
  it.each([
    [
      'One of the principal purposes of the Red River Compact was to provide an equitable apportionment among the Signatory States of the water.',
      'Signatory States',
      true,
    ],
    ['Congress approved the Red River Compact in 1980, transforming it into federal law.', 'Congress', false],
  ])('%s [%s] is a group after "among the": %s', (text, name, expected) => {
    const { page, terms } = termsOf(text);
    const term = terms.find((t) => t.text === name);
    expect(term, terms.map((t) => `${t.text}/${t.kind}`).join(', ')).toBeDefined();
    const sentence = { page: 1, text: page.text, charStart: 0, terms, words: 20 };
    expect(afterAmong(term!, sentence)).toBe(expected);
  });
});

describe('measured', () => {
  it.each([
    ['The Volga is the longest river in Europe, with a length of about 3530 km from source to mouth.', '3530', true],
    ['Water boils at 100 degrees at sea level and at lower temperatures in the mountains.', '100', true],
    ['Among AI engineers, about 4 percent are black and 20 percent are women.', '4 percent', false],
    ['The default width of the package name column in aptitude is 30 characters.', '30', false],
  ])('%s [%s] has a unit of measure: %s', (text, number, expected) => {
    const { page, terms } = termsOf(text);
    const term = terms.find((t) => t.text === number);
    expect(term, terms.map((t) => `${t.text}/${t.kind}`).join(', ')).toBeDefined();
    expect(measured(term!, page)).toBe(expected);
  });
});

describe('kinds of name', () => {
  it.each([
    [
      'In 2016, researchers at DeepMind developed a program that beat the world champion at Go.',
      'DeepMind',
      'organization',
    ],
    ['Japanese companies announced new investments in data centres across the country.', 'Japanese', 'nationality'],
  ])('%s [%s] is a %s', (text, name, kind) => {
    const { terms } = termsOf(text);
    expect(terms.find((t) => t.text === name)?.kind, terms.map((t) => `${t.text}/${t.kind}`).join(', ')).toBe(kind);
  });

  it('does not take a place for a nationality by its ending', () => {
    const { terms } = termsOf('Taiwan aims to phase out nuclear power by 2025 in favour of other sources.');
    expect(terms.find((t) => t.text === 'Taiwan')?.kind).not.toBe('nationality');
  });
});

describe('years', () => {
  it('takes a four-digit number for a year only where a year can stand', () => {
    const kindOf = (text: string, number: string) => termsOf(text).terms.find((t) => t.text === number)?.kind;
    // The Debian FAQ, the gnuplot manual: a rough count and labels, not years.
    expect(kindOf('The Debian archives also carry approximately 1000 software packages in contrib.', '1000')).not.toBe(
      'year',
    );
    expect(kindOf('In a Windows codepage 1252 locale this is the 8-bit character for the dash.', '1252')).not.toBe(
      'year',
    );
    expect(
      kindOf('The excl terminal driver supports Talaris printers such as the 1590 and the 1594.', '1590'),
    ).not.toBe('year');
    expect(kindOf('Other 1000 software suites are available as Debian packages.', '1000')).not.toBe('year');
    expect(kindOf('The Debian Project was created by Ian Murdock in 1993 under the GNU project.', '1993')).toBe('year');
    expect(
      kindOf('The Debian Project was officially founded by Ian Murdock on August 16th, 1993.', '1993'),
    ).toBeDefined();
  });
});
