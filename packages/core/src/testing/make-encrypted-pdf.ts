// A password-protected PDF, written by hand because pdf-lib cannot encrypt. It uses the PDF standard security
// handler, revision 2 (RC4 with a 40-bit key, the oldest scheme every reader supports): enough for tests that a
// protected upload is refused with `encrypted`, and the right password really opens it.
import { createHash } from 'node:crypto';

export interface MakeEncryptedPdfOptions {
  /** The text on the single page (Latin-1; one line per "\n"). */
  text?: string;
  /** Password needed to open the document (default "secret"). */
  userPassword?: string;
  /** Password that grants all permissions (default "owner"). */
  ownerPassword?: string;
}

// The padding string of the standard security handler (PDF 32000-1, 7.6.3.3).
const PAD = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e, 0x00,
  0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);
// All permissions granted (bits 7 to 32 must be set for revision 2).
const PERMISSIONS = -4;
const CONTENT_OBJECT = 4;

export function makeEncryptedPdf(options: MakeEncryptedPdfOptions = {}): Uint8Array<ArrayBuffer> {
  const text = options.text ?? 'This document is protected by a password.';
  const user = padPassword(options.userPassword ?? 'secret');
  const owner = padPassword(options.ownerPassword ?? 'owner');
  const id = md5(latin1(`quizstream encrypted fixture\n${text}`));

  const ownerKey = md5(owner).subarray(0, 5);
  const o = rc4(ownerKey, user);
  const permissions = new Uint8Array(new Int32Array([PERMISSIONS]).buffer); // little-endian on every Node platform
  const fileKey = md5(concat(user, o, permissions, id)).subarray(0, 5);
  const u = rc4(fileKey, PAD);

  const lines = text
    .split('\n')
    .map((line, i) => `BT /F1 14 Tf 72 ${760 - i * 20} Td (${escapePdfString(line)}) Tj ET`);
  const content = rc4(objectKey(fileKey, CONTENT_OBJECT), latin1(lines.join('\n')));

  const writer = new PdfWriter();
  writer.raw('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  writer.object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  writer.object(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  writer.object(
    3,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
  );
  writer.stream(CONTENT_OBJECT, content);
  writer.object(5, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  writer.object(6, `<< /Filter /Standard /V 1 /R 2 /O <${hex(o)}> /U <${hex(u)}> /P ${PERMISSIONS} >>`);
  return writer.finish(`/Root 1 0 R /Encrypt 6 0 R /ID [<${hex(id)}> <${hex(id)}>]`);
}

class PdfWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly offsets: number[] = [];
  private length = 0;

  raw(data: string | Uint8Array): void {
    const bytes = typeof data === 'string' ? latin1(data) : data;
    this.chunks.push(bytes);
    this.length += bytes.length;
  }

  object(num: number, body: string): void {
    this.offsets[num] = this.length;
    this.raw(`${num} 0 obj\n${body}\nendobj\n`);
  }

  stream(num: number, data: Uint8Array): void {
    this.offsets[num] = this.length;
    this.raw(`${num} 0 obj\n<< /Length ${data.length} >>\nstream\n`);
    this.raw(data);
    this.raw('\nendstream\nendobj\n');
  }

  finish(trailer: string): Uint8Array<ArrayBuffer> {
    const xref = this.length;
    const size = this.offsets.length;
    const rows = ['0000000000 65535 f \n'];
    for (let num = 1; num < size; num++) rows.push(`${String(this.offsets[num]).padStart(10, '0')} 00000 n \n`);
    this.raw(`xref\n0 ${size}\n${rows.join('')}trailer\n<< /Size ${size} ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`);
    return concat(...this.chunks);
  }
}

function padPassword(password: string): Uint8Array {
  return concat(latin1(password).subarray(0, 32), PAD).subarray(0, 32);
}

/** Algorithm 1 of the standard security handler: the key for one object's strings and streams. */
function objectKey(fileKey: Uint8Array, num: number, gen = 0): Uint8Array {
  const suffix = Uint8Array.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, gen & 0xff, (gen >> 8) & 0xff]);
  return md5(concat(fileKey, suffix)).subarray(0, Math.min(fileKey.length + 5, 16));
}

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Uint8Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

function md5(data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('md5').update(data).digest());
}

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    if (code > 0xff) throw new RangeError(`makeEncryptedPdf: "${char}" is not a Latin-1 character.`);
    return code;
  });
}

function escapePdfString(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
