import { describe, expect, it } from 'vitest';
import { documentTitle, usableTitle } from './document-title.js';
import type { PageText } from './page-text.js';

const page = (text: string, headings: string[] = []): PageText => {
  const blocks = [];
  let at = 0;
  for (const line of text.split('\n')) {
    blocks.push({
      role: headings.includes(line) ? ('heading' as const) : ('body' as const),
      start: at,
      end: at + line.length,
    });
    at += line.length + 1;
  }
  return { page: 1, totalPages: 3, text, blocks };
};

describe('usableTitle', () => {
  it.each([
    ['Enscript Output', null],
    ['Microsoft Word - Document1', null],
    ['untitled', null],
    ['Slide 1', null],
    ['PowerPoint Presentation', null],
    ['Microsoft Word - Photosynthesis and respiration.docx', 'Photosynthesis and respiration'],
    ['C:\\Users\\teacher\\Desktop\\unit_3_cells.docx', 'unit 3 cells'],
    ['report.docx', null],
    ['Tarrant Regional Water Dist. v. Herrmann', 'Tarrant Regional Water Dist. v. Herrmann'],
    ['  Spacetime   diagrams ', 'Spacetime diagrams'],
    ['Debian 参考手册', 'Debian 参考手册'],
    ['12', null],
    [null, null],
  ])('%s -> %s', (metadata, expected) => {
    expect(usableTitle(metadata)).toBe(expected);
  });
});

describe('documentTitle', () => {
  const pages = [
    page('1\nSpecial Relativity: Spacetime Diagrams\nA diagram shows events in space and time.', [
      '1',
      'Special Relativity: Spacetime Diagrams',
    ]),
  ];

  it('keeps a metadata title that names the document', () => {
    expect(documentTitle('Lecture notes on relativity', pages, 'notes.pdf')).toBe('Lecture notes on relativity');
  });

  it('takes the first heading that reads as a title when the metadata names a tool or nothing', () => {
    expect(documentTitle('Enscript Output', pages, 'notes.pdf')).toBe('Special Relativity: Spacetime Diagrams');
    expect(documentTitle(null, pages, 'notes.pdf')).toBe('Special Relativity: Spacetime Diagrams');
  });

  it('falls back to the file name without its extension', () => {
    expect(documentTitle('untitled', [page('Plain text only.')], 'week-4 handout.PDF')).toBe('week-4 handout');
  });
});
