import { existsSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { BLANK_PAGE, makePdf } from '../../testing/make-pdf.js';
import { makeScannedPdf } from '../../testing/make-scanned-pdf.js';
import { makeUnmappedPdf } from '../../testing/make-unmapped-pdf.js';
import { extractPages } from '../extract-pages.js';
import type { PageText } from '../page-text.js';
import { ocrLanguageData } from './ocr-languages.js';
import { createOcrEngine, type OcrEngine } from './ocr-page.js';
import type { PageOcrOptions } from './page-ocr.js';

const SCANNED = [
  'The mitochondrion is the site of cellular respiration in eukaryotic cells.',
  'Robert Hooke first described cells in 1665 after looking at thin slices of cork.',
];
const UNMAPPED = ['The nucleus holds the genetic material of the cell.'];
const TYPED = 'Ribosomes build proteins from amino acids, following the instructions carried by messenger RNA.';

/** One PDF of: a scanned page, a page whose font has no Unicode map, a typed page, a blank page. */
async function mixedPdf(): Promise<Uint8Array> {
  const parts = await Promise.all([
    makeScannedPdf({ pages: [SCANNED] }),
    makeUnmappedPdf(UNMAPPED),
    makePdf({ pages: [TYPED, BLANK_PAGE] }),
  ]);
  const doc = await PDFDocument.create();
  for (const bytes of parts) {
    const part = await PDFDocument.load(bytes);
    for (const page of await doc.copyPages(part, part.getPageIndices())) doc.addPage(page);
  }
  return doc.save();
}

async function collect(pages: AsyncIterable<PageText>): Promise<PageText[]> {
  const out: PageText[] = [];
  for await (const page of pages) out.push(page);
  return out;
}

/** An engine that reads "OCR text of image N" and records what it was asked. */
function fakeEngine(log: { started: number; images: number; closed: number }, fail = false) {
  return async (): Promise<OcrEngine> => {
    log.started++;
    return {
      recognize: async (png) => {
        if (fail) throw new Error('engine broke');
        expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]); // "PNG"
        log.images++;
        return { text: `OCR text of image ${log.images}`, words: [] };
      },
      close: async () => {
        log.closed++;
      },
    };
  };
}

describe('OCR during extraction', () => {
  let pdf: Uint8Array;
  beforeAll(async () => {
    pdf = await mixedPdf();
  });

  function run(mode: PageOcrOptions['mode'], options: Partial<PageOcrOptions> = {}) {
    const log = { started: 0, images: 0, closed: 0, ocr: [] as string[] };
    const ocr: PageOcrOptions = {
      mode,
      langs: ['eng'],
      startEngine: fakeEngine(log),
      onOcr: (page, total) => void log.ocr.push(`${page}/${total}`),
      ...options,
    };
    return { log, pages: collect(extractPages(pdf, { ocr })) };
  }

  it('is off unless asked for: a scanned page is empty, an undecodable one is flagged, never garbage', async () => {
    const pages = await collect(extractPages(pdf));
    expect(pages.map((p) => [p.text, p.source, p.issue])).toEqual([
      ['', undefined, undefined],
      ['', undefined, 'no_unicode_map'],
      [TYPED, undefined, undefined],
      ['', undefined, undefined],
    ]);
  });

  it('in auto mode reads pages without a usable text layer, starting one engine only when needed', async () => {
    const { log, pages } = run('auto');
    expect((await pages).map((p) => [p.text, p.source, p.issue])).toEqual([
      ['OCR text of image 1', 'ocr', undefined],
      ['OCR text of image 2', 'ocr', undefined],
      [TYPED, undefined, undefined],
      // A blank page shows nothing OCR could read.
      ['', undefined, undefined],
    ]);
    expect(log).toMatchObject({ started: 1, images: 2, closed: 1, ocr: ['1/4', '2/4'] });
    const typedOnly = { started: 0, images: 0, closed: 0 };
    await collect(
      extractPages(pdf, { from: 3, ocr: { mode: 'auto', langs: ['eng'], startEngine: fakeEngine(typedOnly) } }),
    );
    expect(typedOnly).toEqual({ started: 0, images: 0, closed: 0 });
  });

  it('in force mode reads every page that shows something, typed ones included', async () => {
    const { log, pages } = run('force');
    expect((await pages).map((p) => p.source)).toEqual(['ocr', 'ocr', 'ocr', 'ocr']);
    expect(log.ocr).toEqual(['1/4', '2/4', '3/4', '4/4']);
  });

  it('keeps going when OCR fails, flagging the pages it could not read', async () => {
    const log = { started: 0, images: 0, closed: 0 };
    const pages = await collect(
      extractPages(pdf, { ocr: { mode: 'auto', langs: ['eng'], startEngine: fakeEngine(log, true) } }),
    );
    expect(pages.map((p) => [p.text, p.issue])).toEqual([
      ['', 'ocr_failed'],
      ['', 'ocr_failed'],
      [TYPED, undefined],
      ['', undefined],
    ]);
    expect(log.closed).toBe(1);
  });

  it('reads scanned and undecodable pages with Tesseract and npm language data, fetching and writing nothing', async () => {
    const pages = await collect(extractPages(pdf, { to: 3, ocr: { mode: 'auto', langs: ['eng'] } }));
    expect(pages.map((p) => p.source)).toEqual(['ocr', 'ocr', undefined]);
    expect(pages[0]!.text).toBe(SCANNED.join('\n'));
    expect(pages[1]!.text).toBe(UNMAPPED.join('\n'));
    // cacheMethod 'none': tesseract.js leaves no copy of the model in the working directory.
    expect(existsSync('eng.traineddata')).toBe(false);
  }, 60_000);

  it('reads a French scan with the French data of Debian’s tesseract-ocr-fra package (a plain .traineddata)', async () => {
    // From the French guide for new Debian maintainers, with its accents and apostrophes.
    const french = [
      'Le programme dpkg ne gère pas les dépendances entre les paquets binaires.',
      'La mise à jour du style d’empaquetage n’est pas nécessaire lors de la mise à jour d’un paquet.',
    ];
    expect(ocrLanguageData('fra'), 'apt-get install tesseract-ocr-fra (.ci/run installs it)').toMatchObject({
      gzipped: false,
    });
    const scan = await makeScannedPdf({ pages: [french] });
    const [page] = await collect(extractPages(scan, { ocr: { mode: 'auto', langs: ['fra'] } }));
    expect(page!.source).toBe('ocr');
    // Letters with accents come back as written; the apostrophe may be read straight or curly.
    expect(page!.text.replace(/[’']/gu, '’')).toBe(french.join('\n'));
    expect(existsSync('fra.traineddata')).toBe(false);
  }, 60_000);

  it('turns a page scanned sideways or upside down upright before reading it (Tesseract’s orientation detection)', async () => {
    const scan = await makeScannedPdf({ pages: [SCANNED, SCANNED, SCANNED, SCANNED], turned: [0, 90, 180, 270] });
    const pages = await collect(extractPages(scan, { ocr: { mode: 'auto', langs: ['eng'] } }));
    expect(pages.map((p) => p.source)).toEqual(['ocr', 'ocr', 'ocr', 'ocr']);
    for (const page of pages) expect(page.text).toBe(SCANNED.join('\n'));
    // Each word is placed on the page as it shows, whichever way it was read: the text's first word, top left
    // on the upright sheet, is top right on the sheet turned by 90 degrees, bottom right by 180, bottom left by
    // 270; and its line runs right, down, left or up from it.
    const centre = (box: readonly number[]) => [(box[0]! + box[2]!) / 2, (box[1]! + box[3]!) / 2] as const;
    const corner = ([x, y]: readonly number[]) => `${y! < 0.5 ? 'top' : 'bottom'} ${x! < 0.5 ? 'left' : 'right'}`;
    const heading = (from: readonly number[], to: readonly number[]) => {
      const dx = to[0]! - from[0]!;
      const dy = to[1]! - from[1]!;
      return Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? 'right' : 'left') : dy > 0 ? 'down' : 'up';
    };
    const where = pages.map((page) => {
      const words = page.words ?? [];
      expect(words.map((w) => w.text).join(' ')).toBe(SCANNED.join(' '));
      for (const { box } of words) {
        expect(box.every((v) => v >= 0 && v <= 1)).toBe(true);
        expect(box[0]).toBeLessThan(box[2]);
        expect(box[1]).toBeLessThan(box[3]);
      }
      const [first, second] = [centre(words[0]!.box), centre(words[1]!.box)];
      return `${corner(first)}, then ${heading(first, second)}`;
    });
    expect(where).toEqual([
      'top left, then right',
      'top right, then down',
      'bottom right, then left',
      'bottom left, then up',
    ]);
  }, 120_000);

  it('reads each page with the languages of its script when several are listed (Russian and English pages)', async () => {
    // From the Russian and English Wikipedia articles on photosynthesis and on Darwin.
    const russian = [
      'Фотосинтез происходит в хлоропластах растительных клеток, которые содержат зелёный пигмент хлорофилл.',
      'Чарльз Дарвин опубликовал книгу «Происхождение видов» в 1859 году.',
    ];
    expect(ocrLanguageData('rus'), 'apt-get install tesseract-ocr-rus (.ci/run installs it)').not.toBeNull();
    const scan = await makeScannedPdf({ pages: [russian, SCANNED] });
    const read: string[] = [];
    const startEngine = (langs: readonly string[]) =>
      createOcrEngine(langs, { onRead: (group) => read.push(group.join('+')) });
    const pages = await collect(extractPages(scan, { ocr: { mode: 'auto', langs: ['eng', 'rus'], startEngine } }));
    expect(pages.map((p) => p.text)).toEqual([russian.join('\n'), SCANNED.join('\n')]);
    expect(read).toEqual(['rus', 'eng']);
  }, 90_000);
});
