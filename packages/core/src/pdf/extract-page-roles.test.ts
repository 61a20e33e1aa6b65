// Block roles come out of extraction, in-thread and through the isolated worker alike, for a manual built in code
// (a title page, a contents page, prose, a code listing, a reference list, a running title on every page), and
// for a scanned page read with OCR, classified from its text alone.
import { describe, expect, it } from 'vitest';
import { makeScannedPdf } from '../testing/make-scanned-pdf.js';
import { makeRolesSamplePdf } from '../testing/roles-sample.js';
import { extractPages } from './extract-pages.js';
import { extractPagesIsolated } from './extract-pages-isolated.js';
import { bodySpans, pageRole } from './page-roles.js';
import type { PageText } from './page-text.js';

async function collect(pages: AsyncIterable<PageText>): Promise<PageText[]> {
  const all: PageText[] = [];
  for await (const page of pages) all.push(page);
  return all;
}

const blockTexts = (page: PageText) => (page.blocks ?? []).map((b) => [b.role, page.text.slice(b.start, b.end)]);

describe('block roles in extraction', () => {
  it('gives each page of a built manual its role, the same in-thread and in the worker', async () => {
    const bytes = await makeRolesSamplePdf();
    const inThread = await collect(extractPages(bytes.slice()));
    const isolated = await collect(extractPagesIsolated(bytes.slice()));
    for (const pages of [inThread, isolated]) {
      expect(pages.map(pageRole)).toEqual(['front_matter', 'contents', 'body', 'body', 'references']);
      const [, contents, prose, code, references] = pages as [PageText, PageText, PageText, PageText, PageText];
      expect(blockTexts(contents).slice(0, 2)).toEqual([
        ['header_footer', 'Guide du nouveau responsable Debian 2'],
        ['heading', 'Table des matières'],
      ]);
      expect(blockTexts(prose).map(([role]) => role)).toEqual(['header_footer', 'heading', 'body', 'body']);
      expect(bodySpans(prose).map((b) => prose.text.slice(b.start, b.end))).toEqual(prose.text.split('\n').slice(2));
      expect(blockTexts(code)).toContainEqual([
        'code',
        '$ cd ~/gentoo/gentoo-0.9.12 $ dpkg-buildpackage -us -uc $ lintian ../gentoo_0.9.12-1_i386.changes',
      ]);
      expect(blockTexts(references).map(([role]) => role)).toEqual(['header_footer', 'heading', 'references']);
    }
    expect(isolated).toEqual(inThread);
  });

  it('classifies a page read alone (no earlier pages to learn running titles from) from its own layout', async () => {
    const [references] = await collect(extractPagesIsolated(await makeRolesSamplePdf(), { from: 5, to: 5 }));
    expect(pageRole(references!)).toBe('references');
    expect(blockTexts(references!)[0]).toEqual(['body', 'Guide du nouveau responsable Debian 5']);
  });

  it('classifies a page read with OCR from its text alone', async () => {
    const scanned = await makeScannedPdf({
      fontSize: 10,
      pages: [
        [
          '56. Streiff MB: Vena caval filters: a comprehensive review. Blood 2000, 95:3669-77.',
          '57. Messmer JM, Greenfield LJ: Greenfield caval filters: long-term radiographic follow-up study. Radiology 1985, 156:613-8.',
          '70. Kinney TB: Update on inferior vena cava filters. J Vasc Interv Radiol 2003, 14:425-40.',
        ],
      ],
    });
    const [page] = await collect(extractPages(scanned, { ocr: { mode: 'auto', langs: ['eng'] } }));
    expect(page!.source).toBe('ocr');
    expect(page!.text).toContain('Streiff');
    expect(pageRole(page!)).toBe('references');
  });
});
