// The page as a whole: blocks cover the text in order, paragraphs split where their lines change role, runs of a
// non-prose role merged; text-only classification (OCR) of real pages of the corpus.
import { describe, expect, it } from 'vitest';
import type { PageBlock } from '../page-text.js';
import { classifyBlocks, classifyText } from './classify-blocks.js';
import { type PageLine, textLines } from './page-line.js';
import { RunningLines } from './running-lines.js';

const slices = (text: string, blocks: readonly PageBlock[]) =>
  blocks.map((block) => [block.role, text.slice(block.start, block.end)]);

/** Blocks are in order, do not overlap, and only separators ("\n", spaces) lie between them. */
function expectCovering(text: string, blocks: readonly PageBlock[]) {
  let at = 0;
  for (const block of blocks) {
    expect(block.start).toBeGreaterThanOrEqual(at);
    expect(text.slice(at, block.start)).toMatch(/^\s*$/);
    expect(block.end).toBeGreaterThan(block.start);
    at = block.end;
  }
  expect(text.slice(at)).toMatch(/^\s*$/);
}

describe('classifyText (a page known by its text alone, as OCR gives it)', () => {
  it('reads the contents page of debian-history-es.pdf as contents under its heading', () => {
    const text = [
      'Índice general',
      '1. Introducción: ¿Qué es el proyecto Debian? 1',
      '1.1. El comienzo . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 1',
      '1.2. Pronunciación de Debian . . . . . . . . . . . . . . . . . . . . . . . 1',
      '2. Líderes 2',
      '3. Versiones de Debian 3',
      '4. La historia detallada 6',
    ].join('\n');
    const blocks = classifyText(text, { page: 4 });
    expectCovering(text, blocks);
    expect(slices(text, blocks)).toEqual([
      ['heading', 'Índice general'],
      ['contents', text.slice(text.indexOf('1. Introducción'))],
    ]);
  });

  it('reads a page of bmc-trauma references after its last paragraph of prose', () => {
    const text = [
      'Further work is needed to assess the risks and benefits of retrievable filters in trauma patients with a contraindication to anticoagulation.',
      'References',
      '1. Geerts WH, Code KI, Jay RM, Chen E, Szalai JP: A prospective study of venous thromboembolism after major trauma. N Engl J Med 1994, 331:1601-6.',
      '2. Knudson MM, Ikossi DG, Khaw L, Morabito D, Speetzen LS: Thromboembolism after trauma: an analysis of 1602 episodes from the American College of Surgeons National Trauma Data Bank. Ann Surg 2004, 240:490-6.',
      '3. Rogers FB, Cipolle MD, Velmahos G, Rozycki G, Luchette FA: Practice management guidelines for the prevention of venous thromboembolism in trauma patients. J Trauma 2002, 53:142-64.',
    ].join('\n');
    expect(classifyText(text, { page: 3 }).map((b) => b.role)).toEqual(['body', 'heading', 'references']);
  });
});

describe('classifyBlocks', () => {
  it('splits a paragraph whose first line is a running header joined to the body', () => {
    const text =
      'Una breve historia de Debian 3 / 25 Debian fue fundado por Ian Murdock en 1993, cuando estudiaba en la Universidad de Purdue.';
    const header = 'Una breve historia de Debian 3 / 25';
    const lines: PageLine[] = [
      { text: header, start: 0, end: header.length, paragraph: 0 },
      { text: text.slice(header.length + 1), start: header.length + 1, end: text.length, paragraph: 0 },
    ].map((line, i) => ({
      ...line,
      geometry: { y: 800 - 40 * i, size: 10, left: 57, right: 560, monospace: 0, cells: 1 },
    }));
    const running = new RunningLines();
    running.remember([{ ...lines[0]!, text: 'Una breve historia de Debian 2 / 25' }], [0]);
    const blocks = classifyBlocks(text, lines, { page: 9, running });
    expectCovering(text, blocks);
    expect(slices(text, blocks)).toEqual([
      ['header_footer', header],
      ['body', text.slice(header.length + 1)],
    ]);
  });

  it('keeps each body paragraph a block of its own and merges a run of code lines', () => {
    const text =
      'Le paragraphe un.\n$ cd gentoo-0.9.12\n$ dpkg-buildpackage -us -uc\nLe paragraphe deux.\nLe paragraphe trois.';
    const blocks = classifyBlocks(text, textLines(text), { page: 20 });
    expectCovering(text, blocks);
    expect(slices(text, blocks)).toEqual([
      ['body', 'Le paragraphe un.'],
      ['code', '$ cd gentoo-0.9.12\n$ dpkg-buildpackage -us -uc'],
      ['body', 'Le paragraphe deux.'],
      ['body', 'Le paragraphe trois.'],
    ]);
  });

  it('carries a reference list over to the next page through the document tracker', () => {
    const running = new RunningLines();
    const first = [
      'Further work is needed to assess the risks and benefits of retrievable filters in trauma patients.',
      '56. Streiff MB: Vena caval filters: a comprehensive review. Blood 2000, 95:3669-77.',
      '57. Messmer JM, Greenfield LJ: Greenfield caval filters: long-term radiographic follow-up study. Radiology 1985, 156:613-8.',
      '70. Kinney TB: Update on inferior vena cava filters. J Vasc Interv Radiol 2003, 14:425-40.',
    ].join('\n');
    const second = [
      '71. Binkert CA, Bansal A, Gates JD: Inferior vena cava filter removal after 317-day implantation. J Vasc Interv Radiol 2005, 16:395-8.',
      'Appendix',
      'The search strategy combined the terms deep venous thrombosis, trauma and prophylaxis in every database.',
    ].join('\n');
    expect(classifyText(first, { page: 3, running }).map((b) => b.role)).toEqual(['body', 'references']);
    expect(classifyText(second, { page: 4, running }).map((b) => b.role)).toEqual(['references', 'body', 'body']);
    // Read alone, the single entry is not enough to call it a reference list.
    expect(classifyText(second, { page: 4 }).map((b) => b.role)).toEqual(['body', 'body', 'body']);
  });

  it('gives an empty page no blocks', () => {
    expect(classifyBlocks('', [])).toEqual([]);
  });
});
