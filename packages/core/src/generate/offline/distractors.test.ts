import { beforeAll, describe, expect, it } from 'vitest';
import { distractorsFor } from './distractors.js';
import { analyzePage, loadNlp } from './nlp.js';
import { pageContext } from './page-context.js';
import { seededRandom } from './seeded-random.js';
import type { SourceSentence } from './source-sentence.js';
import { termOf } from './term.fixture.js';
import type { Term } from './term.js';
import { TermStats } from './term-stats.js';
import { sentenceTerms } from './terms.js';
import { loadWordFrequency } from './word-frequency.js';

// Real sentences (the Wikipedia article on artificial intelligence and a history of Debian), read as pages.
const PAGES = [
  "Deep learning uses several layers of neurons between the network's inputs and outputs. " +
    'Geoffrey Hinton announced his resignation from Google in May 2023. ' +
    'Alan Turing proposed the imitation game in 1950. John McCarthy coined the term artificial intelligence in 1955. ' +
    'Convolutional neural networks strengthen the connection between neurons that are close to each other. ' +
    'Recurrent neural networks feed the output signal back into the input.',
  'Ian Murdock founded the Debian project in 1993. Debian 2.0 was released in 1998 with more than 1,500 packages. ' +
    'Bruce Perens led the project from 1996 to 1998. The Debian Free Software Guidelines were published in 1997. ' +
    'Large language models generate text from the semantic relationships between words. ' +
    'Neural networks learn to model complex relationships between inputs and outputs. ' +
    'Alan Turing asked whether machines can think. Marvin Minsky founded the MIT AI laboratory in 1959.',
  'Deep Blue beat the world chess champion Garry Kasparov on 11 May 1997. ' +
    'On 1 November 2024, the Federal Energy Regulatory Commission rejected an application from Talen Energy. ' +
    'Microsoft signed an agreement with Constellation Energy on 20 September 2024. ' +
    'OpenAI released a new model on 13 May 2024. Google announced its own model on 6 December 2023.',
];

describe('distractorsFor', () => {
  const stats = new TermStats();
  const sentences: SourceSentence[] = [];
  beforeAll(async () => {
    const [nlp, freq] = await Promise.all([loadNlp(), loadWordFrequency()]);
    PAGES.forEach((text, i) => {
      const page = analyzePage(nlp, text);
      const ctx = pageContext(page);
      const all: Term[] = [];
      for (const span of page.sentences) {
        const terms = sentenceTerms(page, span, freq, stats, ctx);
        const charStart = page.tokens[span.start]!.offset;
        const last = page.tokens[span.end]!;
        const sentence = text.slice(charStart, last.offset + last.value.length);
        sentences.push({ page: i + 1, text: sentence, charStart, terms, words: sentence.split(' ').length });
        all.push(...terms);
      }
      stats.addPage(i + 1, all);
    });
  });

  function answerIn(sentenceStart: string, answer: string) {
    const sentence = sentences.find((s) => s.text.startsWith(sentenceStart))!;
    const term = sentence.terms.find((t) => t.display === answer)!;
    expect(term, `${answer} in ${sentence.text}: ${sentence.terms.map((t) => `${t.display}/${t.kind}`)}`).toBeDefined();
    return distractorsFor(term, sentence, { stats, random: seededRandom(sentence.text) }, 3);
  }

  it('gives a year years within 12 of it and never in the future', () => {
    const years = answerIn('Ian Murdock founded', '1993').map(Number);
    expect(years).toHaveLength(3);
    for (const y of years) {
      expect(Math.abs(y - 1993)).toBeLessThanOrEqual(12);
      expect(y).toBeLessThanOrEqual(new Date().getFullYear());
      expect(y).not.toBe(1993);
    }
  });

  it('asks a full date by its year: its wrong choices are years, not other days of the same year', () => {
    const years = answerIn('On 1 November 2024', '2024');
    expect(years).toHaveLength(3);
    for (const y of years) {
      expect(y).toMatch(/^\d{4}$/);
      expect(Math.abs(Number(y) - 2024)).toBeLessThanOrEqual(12);
    }
  });

  it('gives a surname the surnames of people the document names in full, never a word of the sentence', () => {
    const people = answerIn('Ian Murdock founded', 'Murdock');
    expect(people.length).toBeGreaterThanOrEqual(2);
    for (const p of people) expect(['Hinton', 'Turing', 'McCarthy', 'Perens', 'Minsky']).toContain(p);
  });

  it('gives a plural term of two words plural terms of two words the document uses', () => {
    const terms = answerIn('Recurrent neural networks', 'output signal');
    for (const t of terms) expect(t.split(' ')).toHaveLength(2);
    const plural = answerIn('Large language models', 'semantic relationships');
    for (const t of plural) {
      expect(t.split(' ')).toHaveLength(2);
      expect(t).toMatch(/s$/);
    }
  });
});

describe('wrong choices for a defined term', () => {
  it('are the terms the document defined, however many pages ago, and only those', () => {
    // The Wikipedia article on artificial intelligence defines its fields on its first pages and names many
    // other things on the sixty after them.
    const stats = new TermStats();
    const fields = ['computer vision', 'game theory', 'affective computing', 'machine perception'];
    stats.addPage(
      1,
      fields.map((d) => termOf(d)),
    );
    for (const field of fields) stats.markDefined(`noun:${field}`);
    for (let page = 2; page <= 60; page++)
      stats.addPage(
        page,
        Array.from({ length: 20 }, (_, i) => termOf(`page${page} term${i}`)).flatMap((t) => [t, t]),
      );
    const answer = termOf('machine perception');
    const text = 'Machine perception is the ability to use input from sensors to deduce aspects of the world.';
    const sentence: SourceSentence = { page: 61, text, charStart: 0, terms: [answer], words: 16 };
    const wrong = distractorsFor(answer, sentence, { stats, random: seededRandom(text) }, 3);
    expect([...wrong].sort()).toEqual(['affective computing', 'computer vision', 'game theory']);
  });

  it('may be a word longer or shorter than the key, when the document defined them too', () => {
    const stats = new TermStats();
    const defined = ['ontology', 'knowledge base', 'utility', 'convolutional neural network architecture'];
    stats.addPage(
      1,
      [...defined, 'sensor reading'].map((d) => termOf(d)),
    );
    for (const d of defined) stats.markDefined(`noun:${d}`);
    // The sentence that asks it defines it too.
    stats.addPage(2, [termOf('machine learning')]);
    stats.markDefined('noun:machine learning');
    const answer = termOf('machine learning');
    const text = 'Machine learning is the study of programs that can improve their performance on a given task.';
    const sentence: SourceSentence = { page: 2, text, charStart: 0, terms: [answer], words: 17 };
    const wrong = distractorsFor(answer, sentence, { stats, random: seededRandom(text) }, 3);
    expect([...wrong].sort()).toEqual(['knowledge base', 'ontology', 'utility']);
  });
});

describe('distractorsFor, against what the document says of each term', () => {
  // Sentences in the manner of the airworthiness directive on the 737 MAX (Federal Register 2020-17221); "airplane",
  // in every sentence, is the document's vocabulary and tells nothing apart.
  const TEXT =
    'Each airplane has a flight control computer that processes the readings of the pitot tubes and the angle of attack sensors. ' +
    'Each airplane has an engine control unit that sets the thrust of the engines. ' +
    'Each airplane has a cabin pressure controller that keeps the cabin altitude low. ' +
    'Each airplane has a fuel quantity indicator that shows the fuel left in the tanks. ' +
    'Each airplane has a display processing computer that uses the readings of the pitot tubes and the angle of attack sensors to calculate its commands.';
  let question: SourceSentence;
  let stats: TermStats;

  beforeAll(async () => {
    const [nlp, freq] = await Promise.all([loadNlp(), loadWordFrequency()]);
    const { contentWordsOf } = await import('./offline-generator.js');
    stats = new TermStats();
    const page = analyzePage(nlp, TEXT);
    const ctx = pageContext(page);
    const all: Term[] = [];
    page.sentences.forEach((span, position) => {
      const terms = sentenceTerms(page, span, freq, stats, ctx);
      const context = { id: `1:${position}`, words: contentWordsOf(page, span, freq) };
      stats.rememberContext(context.id, terms, context.words);
      const charStart = page.tokens[span.start]!.offset;
      const last = page.tokens[span.end]!;
      const text = TEXT.slice(charStart, last.offset + last.value.length);
      question = { page: 1, text, charStart, terms, words: text.split(' ').length, context };
      all.push(...terms);
    });
    stats.addPage(1, all);
    // Each said what it is, as a manual would: terms of the subject, wrong choices for one another.
    for (const t of all) if (t.display !== 'display processing computer') stats.markDefined(t.key);
  });

  it('leaves out a term another sentence says the same of: it would be a right answer too', () => {
    const answer = question.terms.find((t) => t.display === 'display processing computer')!;
    expect(answer).toBeDefined();
    const ctx = { stats, random: seededRandom('alike') };
    const wrong = distractorsFor(answer, question, ctx, 10);
    expect(wrong).not.toContain('flight control computer');
    expect(wrong).toEqual(expect.arrayContaining(['cabin pressure controller', 'fuel quantity indicator']));
    // Without what the sentences said, it is as good a wrong answer as any.
    const { context: _, ...bare } = question;
    expect(distractorsFor(answer, bare, ctx, 10)).toContain('flight control computer');
  });
});
