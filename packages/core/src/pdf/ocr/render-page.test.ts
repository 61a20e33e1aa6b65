import { crc32 } from 'node:zlib';
import { loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { makeScannedPdf } from '../../testing/make-scanned-pdf.js';
import { openPdf } from '../open-pdf.js';
import { renderPage, withResolution } from './render-page.js';

/** The chunks of a PNG: type, data, and whether the CRC matches. */
function chunks(png: Uint8Array): { type: string; data: Uint8Array; crcOk: boolean }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    out.push({
      type: new TextDecoder().decode(typeAndData.subarray(0, 4)),
      data: typeAndData.subarray(4),
      crcOk: crc32(typeAndData) === view.getUint32(at + 8 + length),
    });
    at += 12 + length;
  }
  return out;
}

describe('renderPage', () => {
  it('writes the resolution it rendered at into the PNG, which still decodes', async () => {
    const doc = await openPdf(await makeScannedPdf({ pages: [['A page of text.']] }));
    const { png, width, height } = await renderPage(await doc.proxy.getPage(1), { dpi: 200 });
    const list = chunks(png);
    expect(list.map((c) => c.type).slice(0, 2)).toEqual(['IHDR', 'pHYs']);
    expect(list.every((c) => c.crcOk)).toBe(true);
    const phys = new DataView(list[1]!.data.buffer, list[1]!.data.byteOffset, 9);
    // 200 dots per inch are 7874 per metre.
    expect([phys.getUint32(0), phys.getUint32(4), phys.getUint8(8)]).toEqual([7874, 7874, 1]);
    const image = await loadImage(Buffer.from(png));
    expect([image.width, image.height]).toEqual([width, height]);
    await doc.close();
  });

  it('turns the page clockwise by the rotation asked for', async () => {
    const doc = await openPdf(await makeScannedPdf({ pages: [['A page of text.']] }));
    const page = await doc.proxy.getPage(1);
    const upright = await renderPage(page, { dpi: 100 });
    const turned = await renderPage(page, { dpi: 100, rotation: 90 });
    expect([turned.width, turned.height]).toEqual([upright.height, upright.width]);
    await doc.close();
  });
});

describe('withResolution', () => {
  it('adds one valid pHYs chunk right after the header', () => {
    const png = Uint8Array.from(
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    const list = chunks(withResolution(png, 300));
    expect(list.map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    expect(list.every((c) => c.crcOk)).toBe(true);
  });
});
