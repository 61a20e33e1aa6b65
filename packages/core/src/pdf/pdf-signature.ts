// Recognises a PDF by its content, never by its file name or declared type.

const MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/**
 * The PDF specification allows junk before the header, and readers (Acrobat, pdf.js) accept the header anywhere
 * in the first 1024 bytes, so we do the same: some generators prepend a BOM, whitespace or an HTTP preamble.
 */
export const PDF_HEADER_WINDOW = 1024;

/** True when `%PDF-` occurs within the first 1024 bytes. */
export function hasPdfSignature(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, PDF_HEADER_WINDOW) - MAGIC.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < MAGIC.length; j++) {
      if (bytes[i + j] !== MAGIC[j]) continue outer;
    }
    return true;
  }
  return false;
}
