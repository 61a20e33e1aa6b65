import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openPdf } from '../pdf/open-pdf.js';
import { makePdf } from './make-pdf.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function textItems(bytes: Uint8Array, pageNumber = 1) {
  const doc = await openPdf(bytes);
  try {
    const page = await doc.proxy.getPage(pageNumber);
    const content = await page.getTextContent();
    return content.items.flatMap((item) => ('str' in item && item.str !== '' ? [item] : []));
  } finally {
    await doc.close();
  }
}

const longParagraph = Array.from(
  { length: 60 },
  (_, i) => `Sentence ${i + 1} describes how enzymes lower activation energy.`,
).join(' ');

describe('makePdf', () => {
  it('wraps a long paragraph into lines that stay inside the margins and fill the page', async () => {
    const items = await textItems(await makePdf({ pages: [longParagraph] }));
    const baselines = new Set(items.map((item) => Math.round(item.transform[5] as number)));
    expect(baselines.size).toBeGreaterThan(30);
    for (const item of items) {
      expect(item.transform[4]).toBeCloseTo(56);
      expect((item.transform[4] as number) + item.width).toBeLessThanOrEqual(595.28 - 56 + 0.5);
    }
  });

  it('refuses text that does not fit a page, unless told to flow it onto further pages', async () => {
    const tooLong = [longParagraph, longParagraph].join('\n');
    await expect(makePdf({ pages: [tooLong] })).rejects.toThrow(/page 1 does not fit/);
    const doc = await openPdf(await makePdf({ pages: [tooLong], overflow: 'flow' }));
    expect(doc.numPages).toBe(2);
    await doc.close();
  });

  it('writes the title and author into the metadata', async () => {
    const doc = await openPdf(await makePdf({ pages: ['x'], title: 'Genetics 101', author: 'Dept. of Biology' }));
    expect([doc.title, doc.author]).toEqual(['Genetics 101', 'Dept. of Biology']);
    await doc.close();
  });

  it('produces the same bytes for the same input, like a re-uploaded file', async () => {
    const options = { pages: ['same', 'pages'], title: 'Same' };
    expect(sha256(await makePdf(options))).toBe(sha256(await makePdf(options)));
    expect(sha256(await makePdf({ ...options, title: 'Other' }))).not.toBe(sha256(await makePdf(options)));
  });

  it('explains which character the standard font cannot draw', async () => {
    await expect(makePdf({ pages: ['Фотосинтез'] })).rejects.toThrow(/cannot draw "Ф" \(U\+0424\); use font: 'noto'/);
  });

  it('embeds subsets of the Noto fonts only, keeping non-Latin fixtures small', async () => {
    const bytes = await makePdf({ font: 'noto', pages: ['日本語のテキスト and Ελληνικά'] });
    expect(bytes.length).toBeLessThan(60_000);
  });
});
