// Hostile PDFs built by code, for tests that a reader survives them: decompression bombs (a content stream, the
// XMP metadata or an object stream that inflate to gigabytes from a few hundred kilobytes), a page of millions of
// glyphs or of millions of operands, and objects nested deeper than any parser's stack. Each is a valid PDF in
// every other respect.
import zlib from 'node:zlib';

/** A zlib stream that inflates to `mb` MiB of spaces: one flushed 1 MiB deflate block repeated (about 1 KB each). */
export function flateBomb(mb: number): Buffer {
  const block = zlib.deflateRawSync(Buffer.alloc(1 << 20, 0x20), {
    level: 9,
    finishFlush: zlib.constants.Z_FULL_FLUSH,
  });
  const parts: Buffer[] = [Buffer.from([0x78, 0xda])];
  for (let i = 0; i < mb; i++) parts.push(block);
  // A final empty fixed-Huffman block; the Adler-32 is left zero (readers that check it fail early, which is fine).
  parts.push(Buffer.from([0x03, 0x00]), Buffer.alloc(4));
  return Buffer.concat(parts);
}

export type HostilePdfKind =
  | 'content-bomb'
  | 'metadata-bomb'
  | 'object-stream-bomb'
  | 'glyph-flood'
  | 'operand-flood'
  | 'deep-nesting';

export interface MakeHostilePdfOptions {
  kind: HostilePdfKind;
  /** Inflated size of a bomb, in MiB (default 2048). */
  inflatedMb?: number;
  /**
   * Glyphs drawn on the flooded page (default 12 000 000, which pdf.js takes ten seconds to read on a fast
   * machine: every machine passes a page timeout of a few seconds on them, and its memory stays flat), or numbers
   * in the operand flood (20 000 000).
   */
  glyphs?: number;
  /** Nesting depth (default 200 000). */
  depth?: number;
  /** Ordinary pages before the hostile one (default 0): the hostile page is page `pagesBefore + 1`. */
  pagesBefore?: number;
}

/** Glyphs of the form a glyph flood draws again and again. */
const GLYPHS_PER_FORM = 10_000;

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';

/** A small PDF carrying one of the hostile constructions. */
export function makeHostilePdf(options: MakeHostilePdfOptions): Uint8Array<ArrayBuffer> {
  const inflatedMb = options.inflatedMb ?? 2048;
  const pagesBefore = options.pagesBefore ?? 0;
  const w = new PdfBuilder();
  const catalog = w.reserve();
  const pages = w.reserve();
  const font = w.add(FONT);
  const kids: number[] = [];
  const page = (contents: number) =>
    w.add(
      `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`,
    );
  for (let i = 0; i < pagesBefore; i++) {
    kids.push(page(w.addStream('', Buffer.from(`BT /F1 12 Tf 72 760 Td (Ordinary page ${i + 1} of a course.) Tj ET`))));
  }
  let catalogExtra = '';
  switch (options.kind) {
    case 'content-bomb':
      kids.push(page(w.addStream('/Filter /FlateDecode', flateBomb(inflatedMb))));
      break;
    case 'glyph-flood': {
      const glyphs = options.glyphs ?? 12_000_000;
      // A form of GLYPHS_PER_FORM glyphs, each on a line of its own so that none merges with the next into one
      // text item, drawn again and again: the page asks for millions of glyphs from a few kilobytes, whatever
      // the reader's limit on decoded streams.
      const form = Buffer.concat([
        Buffer.from('BT /F1 1 Tf 10 10 Td\n'),
        Buffer.from('(A) Tj 0 -1 Td\n'.repeat(GLYPHS_PER_FORM), 'latin1'),
        Buffer.from('ET'),
      ]);
      const fm = w.addStream(
        `/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Filter /FlateDecode`,
        zlib.deflateSync(form, { level: 9 }),
      );
      const draws = Buffer.from('q /Fm1 Do Q\n'.repeat(Math.ceil(glyphs / GLYPHS_PER_FORM)));
      const contents = w.addStream('/Filter /FlateDecode', zlib.deflateSync(draws, { level: 9 }));
      kids.push(
        w.add(
          `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> /XObject << /Fm1 ${fm} 0 R >> >> /Contents ${contents} 0 R >>`,
        ),
      );
      break;
    }
    case 'operand-flood': {
      // One TJ operator with an array of millions of numbers: the parser holds them all in the heap at once.
      const numbers = options.glyphs ?? 20_000_000;
      const content = Buffer.concat([
        Buffer.from('BT /F1 12 Tf 72 760 Td [(A) '),
        Buffer.from('1 '.repeat(numbers), 'latin1'),
        Buffer.from('(B)] TJ ET'),
      ]);
      kids.push(page(w.addStream('/Filter /FlateDecode', zlib.deflateSync(content, { level: 9 }))));
      break;
    }
    case 'deep-nesting': {
      // Inline in the catalog, so that opening the document parses it.
      const depth = options.depth ?? 200_000;
      kids.push(page(w.addStream('', Buffer.from('BT /F1 12 Tf 72 760 Td (Nested.) Tj ET'))));
      catalogExtra = ` /Nested ${'['.repeat(depth)}${']'.repeat(depth)}`;
      break;
    }
    case 'metadata-bomb': {
      kids.push(page(w.addStream('', Buffer.from('BT /F1 12 Tf 72 760 Td (Metadata bomb.) Tj ET'))));
      const metadata = w.addStream('/Type /Metadata /Subtype /XML /Filter /FlateDecode', flateBomb(inflatedMb));
      catalogExtra = ` /Metadata ${metadata} 0 R`;
      break;
    }
    case 'object-stream-bomb':
      kids.push(page(w.addStream('', Buffer.from('BT /F1 12 Tf 72 760 Td (Object stream bomb.) Tj ET'))));
      break;
  }
  w.set(pages, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  const catalogBody = `<< /Type /Catalog /Pages ${pages} 0 R${catalogExtra} >>`;
  if (options.kind === 'object-stream-bomb') {
    // The catalog lives in an object stream, after gigabytes of padding: finding it means inflating them all.
    return w.finishWithObjectStream(catalog, catalogBody, inflatedMb);
  }
  w.set(catalog, catalogBody);
  return w.finish(catalog);
}

/** Writes objects with a classic cross-reference table, or a cross-reference stream for an object stream. */
class PdfBuilder {
  private readonly bodies = new Map<number, Buffer>();
  private next = 1;

  reserve(): number {
    return this.next++;
  }

  add(body: string): number {
    const id = this.reserve();
    this.set(id, body);
    return id;
  }

  set(id: number, body: string): void {
    this.bodies.set(id, Buffer.from(body, 'latin1'));
  }

  addStream(dict: string, data: Buffer): number {
    const id = this.reserve();
    this.bodies.set(
      id,
      Buffer.concat([
        Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'),
        data,
        Buffer.from('\nendstream'),
      ]),
    );
    return id;
  }

  finish(root: number): Uint8Array<ArrayBuffer> {
    const { chunks, offsets, length } = this.body();
    const size = this.next;
    const rows = ['0000000000 65535 f '];
    for (let id = 1; id < size; id++) rows.push(`${String(offsets.get(id) ?? 0).padStart(10, '0')} 00000 n `);
    chunks.push(
      Buffer.from(
        `xref\n0 ${size}\n${rows.join('\n')}\ntrailer\n<< /Size ${size} /Root ${root} 0 R >>\nstartxref\n${length}\n%%EOF\n`,
        'latin1',
      ),
    );
    return new Uint8Array(Buffer.concat(chunks));
  }

  finishWithObjectStream(inStream: number, body: string, paddingMb: number): Uint8Array<ArrayBuffer> {
    const padding = paddingMb * (1 << 20);
    const header = Buffer.from(`${inStream} ${padding} `, 'latin1');
    // Deflate "header + padding spaces + body": the padding as repeated full-flush blocks, then the rest.
    const block = zlib.deflateRawSync(Buffer.alloc(1 << 20, 0x20), {
      level: 9,
      finishFlush: zlib.constants.Z_FULL_FLUSH,
    });
    const head = zlib.deflateRawSync(header, { finishFlush: zlib.constants.Z_FULL_FLUSH });
    const tail = zlib.deflateRawSync(Buffer.from(body, 'latin1'));
    const parts: Buffer[] = [Buffer.from([0x78, 0xda]), head];
    for (let i = 0; i < paddingMb; i++) parts.push(block);
    parts.push(tail, Buffer.alloc(4));
    const objStm = this.addStream(
      `/Type /ObjStm /N 1 /First ${header.length} /Filter /FlateDecode`,
      Buffer.concat(parts),
    );
    const xrefId = this.reserve();
    const { chunks, offsets, length } = this.body();
    const size = this.next;
    const entries = Buffer.alloc(size * 7);
    for (let id = 0; id < size; id++) {
      const row = entries.subarray(id * 7);
      if (id === 0) row.writeUInt8(0, 0);
      else if (id === inStream) {
        row.writeUInt8(2, 0);
        row.writeUInt32BE(objStm, 1);
        row.writeUInt16BE(0, 5);
      } else if (id === xrefId) {
        row.writeUInt8(1, 0);
        row.writeUInt32BE(length, 1);
      } else {
        row.writeUInt8(1, 0);
        row.writeUInt32BE(offsets.get(id) ?? 0, 1);
      }
    }
    chunks.push(
      Buffer.from(
        `${xrefId} 0 obj\n<< /Type /XRef /Size ${size} /W [1 4 2] /Root ${inStream} 0 R /Length ${entries.length} >>\nstream\n`,
        'latin1',
      ),
      entries,
      Buffer.from(`\nendstream\nendobj\nstartxref\n${length}\n%%EOF\n`, 'latin1'),
    );
    return new Uint8Array(Buffer.concat(chunks));
  }

  private body(): { chunks: Buffer[]; offsets: Map<number, number>; length: number } {
    const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
    let length = chunks[0]!.length;
    const offsets = new Map<number, number>();
    for (const [id, body] of [...this.bodies].sort((a, b) => a[0] - b[0])) {
      offsets.set(id, length);
      const obj = Buffer.concat([Buffer.from(`${id} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
      chunks.push(obj);
      length += obj.length;
    }
    return { chunks, offsets, length };
  }
}
