import { existsSync, readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { makeCmapPdf } from '../testing/make-cmap-pdf.js';
import { makeEncryptedPdf } from '../testing/make-encrypted-pdf.js';
import { makePdf } from '../testing/make-pdf.js';
import { openPdf } from './open-pdf.js';
import { PdfError } from './pdf-error.js';
import { pdfjsAssetOptions } from './pdfjs-assets.js';

async function pageText(bytes: Uint8Array, options: Parameters<typeof openPdf>[1] = {}): Promise<string> {
  const doc = await openPdf(bytes, options);
  try {
    const content = await (await doc.proxy.getPage(1)).getTextContent();
    return content.items.map((item) => ('str' in item ? item.str : '')).join('');
  } finally {
    await doc.close();
  }
}

async function openError(bytes: Uint8Array, options: Parameters<typeof openPdf>[1] = {}): Promise<PdfError> {
  const error = await openPdf(bytes, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PdfError);
  return error as PdfError;
}

describe('openPdf', () => {
  it('returns the page count, the title and the author from the metadata', async () => {
    const doc = await openPdf(
      await makePdf({ pages: ['one', 'two', 'three'], title: ' Cell Biology ', author: 'A. Smith' }),
    );
    expect(doc).toMatchObject({ numPages: 3, title: 'Cell Biology', author: 'A. Smith' });
    await doc.close();
    await doc.close();
  });

  it('gives a null title when the document has none', async () => {
    const doc = await openPdf(await makePdf({ pages: ['untitled'] }));
    expect(doc.title).toBeNull();
    await doc.close();
  });

  it("leaves the caller's bytes intact (pdf.js detaches the buffer it is given)", async () => {
    const bytes = await makePdf({ pages: ['keep me'] });
    const length = bytes.length;
    await (await openPdf(bytes)).close();
    expect(bytes.length).toBe(length);
    expect(await pageText(bytes)).toBe('keep me');
  });

  it('copies a Node Buffer, so neither it nor Buffers sharing its memory pool are emptied', async () => {
    const pdf = await makePdf({ pages: ['from a Buffer'] });
    const neighbour = Buffer.from('small buffers share one pool');
    const buffer = Buffer.from(pdf);
    expect(await pageText(buffer, { transfer: true })).toBe('from a Buffer');
    expect(buffer.equals(pdf)).toBe(true);
    expect(neighbour.toString()).toBe('small buffers share one pool');
  });

  it('takes over a plain array without copying when asked to transfer it', async () => {
    const bytes = await makePdf({ pages: ['handed over'] });
    expect(await pageText(bytes, { transfer: true })).toBe('handed over');
    expect(bytes.length).toBe(0);
  });

  it('refuses HTML, ZIP and empty content as not_pdf, by content rather than by name', async () => {
    const html = new TextEncoder().encode(
      `<!doctype html><html><body>${'<p>text</p>'.repeat(100)} %PDF-1.7</body></html>`,
    );
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]);
    for (const bytes of [html, zip, new Uint8Array()]) {
      const error = await openError(bytes);
      expect(error.code).toBe('not_pdf');
      expect(error.status).toBe(415);
      expect(error.message).toMatch(/not a PDF/);
    }
  });

  it('accepts a PDF header preceded by junk within the first 1024 bytes, as readers do', async () => {
    const pdf = await makePdf({ pages: ['after junk'] });
    const withJunk = new Uint8Array(100 + pdf.length);
    withJunk.fill(0x20, 0, 100);
    withJunk.set(pdf, 100);
    expect(await pageText(withJunk)).toBe('after junk');
    const tooLate = new Uint8Array(1100 + pdf.length);
    tooLate.set(pdf, 1100);
    expect((await openError(tooLate)).code).toBe('not_pdf');
  });

  it('reports a truncated or garbled PDF as corrupt', async () => {
    const pdf = await makePdf({ pages: ['soon cut'] });
    for (const bytes of [
      pdf.slice(0, Math.floor(pdf.length / 3)),
      new TextEncoder().encode(`%PDF-1.7\n${'x'.repeat(500)}`),
    ]) {
      const error = await openError(bytes);
      expect(error.code).toBe('corrupt');
      expect(error.status).toBe(422);
      expect(error.message).toMatch(/damaged/);
    }
  });

  it('reports a password-protected PDF as encrypted, and opens it with the right password', async () => {
    const bytes = makeEncryptedPdf({ text: 'Secret syllabus', userPassword: 'pw' });
    const error = await openError(bytes);
    expect(error.code).toBe('encrypted');
    expect(error.message).toMatch(/password-protected/);
    expect((await openError(bytes, { password: 'wrong' })).message).toMatch(/incorrect/);
    expect(await pageText(bytes, { password: 'pw' })).toBe('Secret syllabus');
  });

  it('reports a PDF without pages as no_pages', async () => {
    const empty = await (await PDFDocument.create()).save({ addDefaultPage: false });
    const error = await openError(empty);
    expect(error.code).toBe('no_pages');
    expect(error.message).toBe('This PDF has no pages.');
  });

  it('decodes Japanese text that needs the predefined Adobe CMaps', async () => {
    const bytes = await makeCmapPdf(['こんにちは世界']);
    expect(await pageText(bytes)).toBe('こんにちは世界');
    // Control: the fixture really depends on the CMaps; without them pdf.js loses every character.
    expect(await pageText(bytes, { pdfjs: { cMapUrl: undefined } })).toBe('');
  });

  it('has pdf.js read standard font data from the pdfjs-dist folders it is given', async () => {
    const fetched: string[] = [];
    // Wraps the asset reads pdf.js makes, using exactly the folders openPdf configured.
    class RecordingFactory {
      readonly dirs: Record<string, string | null>;
      constructor(dirs: Record<string, string | null>) {
        this.dirs = dirs;
      }
      async fetch({ kind, filename }: { kind: string; filename: string }) {
        const data = new Uint8Array(readFileSync(`${this.dirs[kind]}${filename}`));
        fetched.push(`${kind}:${filename}`);
        return data;
      }
    }
    const bytes = await makePdf({ pages: ['Helvetica is not embedded in this file.'] });
    expect(await pageText(bytes, { pdfjs: { BinaryDataFactory: RecordingFactory } as object })).toBe(
      'Helvetica is not embedded in this file.',
    );
    expect(fetched).toContain('standardFontDataUrl:LiberationSans-Regular.ttf');
  });

  it('points pdf.js at folders that hold the CMaps and standard fonts', async () => {
    const assets = await pdfjsAssetOptions();
    expect(existsSync(`${assets.cMapUrl}UniJIS-UCS2-H.bcmap`)).toBe(true);
    expect(existsSync(`${assets.cMapUrl}Adobe-Japan1-UCS2.bcmap`)).toBe(true);
    expect(existsSync(`${assets.standardFontDataUrl}FoxitSerif.pfb`)).toBe(true);
  });

  it('rejects with the abort reason when the signal is already aborted', async () => {
    const bytes = await makePdf({ pages: ['x'] });
    await expect(openPdf(bytes, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
