// Short pages asked about together: which pages are packed, and the generator asking about a deck of slides in
// a few calls, each question on the page that holds its quote.
import { afterEach, describe, expect, it } from 'vitest';
import type { PageText } from '../../pdf/page-text.js';
import { type FakeOpenAi, lastUserText, startFakeOpenAi } from '../../testing/fake-llm/index.js';
import { collect, fakeGenerator, questionsOf } from './llm-harness.fixture.js';
import { packShortPages, pagesOfUnit } from './page-packs.js';

const SLIDES = [
  'Photosynthesis takes place in the chloroplasts of plant cells. Chlorophyll absorbs mostly red and blue light.',
  'Cellular respiration releases energy stored in glucose. Mitochondria produce most of the cell’s ATP.',
  'Charles Darwin published On the Origin of Species in 1859. Natural selection explains adaptation.',
  'Gregor Mendel studied inheritance in pea plants. Dominant alleles mask recessive alleles in hybrids.',
  'Deoxyribonucleic acid stores genetic information. Ribosomes translate messenger RNA into proteins.',
  'Enzymes lower the activation energy of reactions. Temperature changes the rate of enzyme activity.',
  'Osmosis moves water across semipermeable membranes. Diffusion spreads molecules from high concentration.',
  'Neurons transmit electrical impulses along axons. Synapses pass signals with chemical neurotransmitters.',
  'Antibodies recognise specific antigens on pathogens. Vaccines train the immune system without disease.',
  'Ecosystems cycle carbon through producers and consumers. Decomposers return nutrients to the soil.',
];
const LONG = `${'Plate tectonics describes the slow movement of the lithosphere over the mantle. '.repeat(12)}`.trim();

const page = (n: number, text: string, total: number): PageText => ({ page: n, totalPages: total, text });
async function* source(pages: PageText[]) {
  yield* pages;
}
async function units(pages: PageText[], options = {}) {
  const out: number[][] = [];
  for await (const unit of packShortPages(source(pages), options)) out.push(pagesOfUnit(unit).map((p) => p.page));
  return out;
}

describe('packing short pages', () => {
  it('packs runs of short pages, up to a size, and leaves long pages and pages without text alone', async () => {
    const texts = [LONG, SLIDES[0]!, SLIDES[1]!, '', SLIDES[2]!, LONG, 'Fig. 3', SLIDES[3]!];
    const pages = texts.map((t, i) => page(i + 1, t, texts.length));
    expect(await units(pages)).toEqual([[1], [2, 3], [4], [5], [6], [7], [8]]);
    // At most so many pages, or so many characters, in a pack.
    const deck = SLIDES.map((t, i) => page(i + 1, t, SLIDES.length));
    expect(await units(deck)).toEqual([
      [1, 2, 3, 4, 5, 6, 7, 8],
      [9, 10],
    ]);
    expect(await units(deck, { packChars: 250 })).toEqual([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10]]);
  });
});

describe('the LLM generator on short pages', () => {
  let fake: FakeOpenAi;
  afterEach(async () => {
    await fake?.close();
  });

  it('asks about a deck of slides in two calls; each question is on the page that holds its quote', async () => {
    fake = await startFakeOpenAi();
    const deck = SLIDES.map((t, i) => page(i + 1, t, SLIDES.length));
    const events = await collect(fakeGenerator(fake), deck, { questionsPerPage: 1 });
    expect(fake.requests).toHaveLength(2);
    expect(lastUserText(fake.requests[0]!.body)).toMatch(/^Write 8 questions from pages 1 to 8/);
    expect(events.filter((e) => e.kind === 'page-done').map((e) => (e as { page: number }).page)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    const questions = questionsOf(events);
    expect(questions).toHaveLength(10);
    for (const q of questions) expect(SLIDES[q.source.page - 1]).toContain(q.source.quote);
    expect(new Set(questions.map((q) => q.source.page)).size).toBe(10);
  });
});
