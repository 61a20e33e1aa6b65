import { beforeAll, describe, expect, it } from 'vitest';
import { analyzePage, loadNlp } from './nlp.js';
import { pageContext } from './page-context.js';
import { saysWhatItIs, termImportance } from './term-importance.js';
import { TermStats } from './term-stats.js';
import { sentenceTerms } from './terms.js';
import { loadWordFrequency, type WordFrequency } from './word-frequency.js';

// Sentences from real documents: Wikipedia (artificial intelligence, economics), an FAA directive, a paper.
let nlp: Awaited<ReturnType<typeof loadNlp>>;
let freq: WordFrequency;
beforeAll(async () => {
  [nlp, freq] = await Promise.all([loadNlp(), loadWordFrequency()]);
});

function importanceOf(text: string, answer: string): number {
  const page = analyzePage(nlp, text);
  const stats = new TermStats();
  const span = page.sentences[0]!;
  const terms = sentenceTerms(page, span, freq, stats, pageContext(page));
  const term = terms.find((t) => t.display.toLowerCase() === answer.toLowerCase());
  expect(term, `${answer} among ${terms.map((t) => `${t.display}/${t.kind}`).join(', ')}`).toBeDefined();
  const pageCounts = new Map(terms.map((t) => [t.key, 1]));
  return termImportance(term!, { page, span, stats, pageCounts });
}

describe('termImportance', () => {
  it.each([
    [
      'Microeconomics analyzes basic elements in the economy, including individual agents and markets.',
      'microeconomics',
    ],
    [
      'A superintelligence is a hypothetical agent that would possess intelligence far surpassing human minds.',
      'superintelligence',
    ],
    [
      'Computationalism is the position in the philosophy of mind that the human mind is an information processor.',
      'computationalism',
    ],
  ])('asks the single noun a sentence defines: %s', (text, answer) => {
    expect(importanceOf(text, answer)).toBeGreaterThan(0);
  });

  it.each([
    ['Current language models are prone to generating falsehoods called hallucinations.', 'hallucinations'],
    [
      'Mechanical compression devices can result in local soft tissue injury and bleeding.',
      'mechanical compression devices',
    ],
  ])('asks the term a sentence names, or the class it says something general of: %s', (text, answer) => {
    expect(importanceOf(text, answer)).toBeGreaterThan(0);
  });

  it.each([
    // A word of the sentence, not a term of the subject: several words would fit its blank.
    ['At issue here are rights under the Compact to water located in Oklahoma’s portion of Reach II.', 'portion'],
    ['Absent an agreement among the States, disputes over the allocation of water go to the courts.', 'disputes'],
    // Subjects that define nothing: "the" points at something met before, a plural states no definition.
    ['The checklist would also include a recall item to use the control column and thrust levers.', 'checklist'],
    ['The funders reviewed the study design and the decision to publish the final manuscript.', 'funders'],
    ['Economists have frequently highlighted the risks of redundancies from automation in offices.', 'economists'],
    ['A program can make biased decisions even if the data does not mention a problematic feature.', 'program'],
    ['Game playing programs have been used since the 1950s to demonstrate the most advanced techniques.', 'game'],
    // A participle before a noun, a passive: an adjective of the phrase, a thing done.
    ['Generative pre-trained transformers are large language models that generate text from context.', 'generative'],
    // A defined word any reader knows, another name of something named before.
    ['Each pattern (also called an observation) is labeled with a certain predefined class.', 'observation'],
  ])('does not ask: %s [%s]', (text, answer) => {
    expect(importanceOf(text, answer)).toBe(0);
  });

  it('does not blank the subject right after an opening "The" that the sentence does not define', () => {
    expect(
      importanceOf(
        'The revised checklist would include an explicit recall item that instructs the flightcrew to act.',
        'revised checklist',
      ),
    ).toBe(0);
  });
});

/** The page of one sentence, and that sentence's terms. */
function firstSentence(text: string) {
  const page = analyzePage(nlp, text);
  return { page, terms: sentenceTerms(page, page.sentences[0]!, freq, new TermStats(), pageContext(page)) };
}

/** Whether the sentence says what `answer` is, as the offline generator judges it for a written answer. */
function says(text: string, answer: string): boolean {
  const { page, terms } = firstSentence(text);
  const term = terms.find((t) => t.display.toLowerCase() === answer.toLowerCase());
  expect(term, `${answer} among ${terms.map((t) => `${t.display}/${t.kind}`).join(', ')}`).toBeDefined();
  return saysWhatItIs(term!, page);
}

describe('saysWhatItIs: a term a student can write from the rest of its sentence', () => {
  it.each([
    ['An ontology is the set of objects, relations, concepts, and properties used by a domain.', 'ontology'],
    ['Tokens are the elementary building blocks of a programming language.', 'tokens'],
    ['Computationalism is generally the position that the human mind is an information processor.', 'computationalism'],
    [
      'Microeconomics analyzes basic elements in the economy, including individual agents and markets.',
      'microeconomics',
    ],
    ['Econometrics applies statistical methods to economic data.', 'econometrics'],
    ['Photosynthesis takes place in the chloroplasts of plant cells.', 'photosynthesis'],
    ['Current language models are prone to generating falsehoods called hallucinations.', 'hallucinations'],
  ])('yes: %s', (text, answer) => {
    expect(says(text, answer)).toBe(true);
  });

  // The gnuplot manual: what an option does, may do or needs fits most options of the manual.
  it.each([
    ['Autoscaling may be set individually on the x, y or z axis or globally on all axes.', 'autoscaling'],
    ['Jitter affects 2D plot styles with points and with impulses.', 'jitter'],
    ['Antialiasing allows to display non-horizontal and non-vertical lines smoother.', 'antialiasing'],
    ['Transparency requires support by Ghostscript or conversion to PDF.', 'transparency'],
    ['Multiplot is implemented in two different ways.', 'multiplot'],
    ['Oversampling combined with antialiasing provides subpixel accuracy.', 'oversampling'],
    ['Hardcopy will be black-and-white, so dashed should be chosen for that.', 'hardcopy'],
    // "An Introduction to R" and the gnuplot manual: how good or how usual it is, not what it is.
    [
      'Graphical facilities are an important and extremely versatile component of the R environment.',
      'graphical facilities',
    ],
    ['Boxplots are a common way to represent a statistical distribution of values.', 'boxplots'],
    // What it depends on or needs fits many terms as well.
    ['Unicode support depends on the driver and the terminal.', 'unicode support'],
    ['Transparency needs a terminal with an alpha channel.', 'transparency'],
  ])('no: %s', (text, answer) => {
    expect(says(text, answer)).toBe(false);
  });
});

describe('phrases that are no term', () => {
  it.each([
    // Words of a relation: the sentence leaves out what they relate to.
    ['The drawback is the interpretation time in the METAFONT program.', 'drawback'],
    ['The default is a multiplier of 1.0 on the point size of the terminal.', 'default'],
    // Modifiers that compare with something the sentence leaves out name nothing of their own.
    ['Analogous commands set vyrange and set vzrange exist for the other two dimensions.', 'analogous commands'],
    ['Similar comments apply to the model formula operator in the language.', 'similar comments'],
    ['Equivalent treatment is used for the quartile boundaries of the box.', 'equivalent treatment'],
    // A heading run into its text: a word twice in a row.
    ['Avs avs is one of the automatically recognized binary file types for images.', 'avs avs'],
  ])('%s [%s]', (text, phrase) => {
    expect(firstSentence(text).terms.map((t) => t.display.toLowerCase())).not.toContain(phrase);
  });
});

describe('grammatical number', () => {
  it.each([
    ['Early work was restricted to small domains called micro-worlds.', 'micro-worlds', true],
    ['Each step is followed by a cross-analysis.', 'cross-analysis', false],
  ])('of a hyphenated word is that of its last part: %s', (text, phrase, plural) => {
    const { terms } = firstSentence(text);
    const term = terms.find((t) => t.display.toLowerCase() === phrase);
    expect(term, `${phrase} among ${terms.map((t) => t.display).join(', ')}`).toBeDefined();
    expect(term!.plural).toBe(plural);
  });
});
