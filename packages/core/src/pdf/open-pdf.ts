// Opens a PDF from bytes with pdf.js (through unpdf), with the CMaps and standard font data wired in, and turns
// every way that can fail into a PdfError with a stable code.
import { getDocumentProxy } from 'unpdf';
import type { PDFDocumentProxy } from 'unpdf/pdfjs';
import { abortable } from '../abort.js';
import { PdfError } from './pdf-error.js';
import { hasPdfSignature } from './pdf-signature.js';
import { pdfjsAssetOptions } from './pdfjs-assets.js';

type GetDocumentOptions = NonNullable<Parameters<typeof getDocumentProxy>[1]>;

export interface OpenPdfOptions {
  /** Password for an encrypted PDF. Without it (or with a wrong one) opening fails with code `encrypted`. */
  password?: string;
  signal?: AbortSignal;
  /**
   * Hand `bytes` to pdf.js without copying. pdf.js detaches the buffer it is given, so the caller's array is
   * empty afterwards; worth it for large files the caller no longer needs. Default: false (pdf.js gets a copy).
   * Node Buffers are always copied, since they may share memory with other Buffers.
   */
  transfer?: boolean;
  /** Extra pdf.js `getDocument` parameters, applied last. For diagnostics and tests; not needed in normal use. */
  pdfjs?: Partial<GetDocumentOptions>;
}

export interface PdfDocument {
  numPages: number;
  /** The document title from its metadata (Info dictionary, else XMP dc:title), or null when it has none. */
  title: string | null;
  /** The author from its metadata, or null. */
  author: string | null;
  /** The pdf.js document, for callers that need more than what this module offers. */
  proxy: PDFDocumentProxy;
  /** Frees everything pdf.js holds for this document. Safe to call more than once. */
  close(): Promise<void>;
}

// pdf.js's PasswordResponses.INCORRECT_PASSWORD.
const INCORRECT_PASSWORD = 2;

/**
 * Opens a PDF and reads its page count and metadata; pages are parsed later, on demand. Fails with a PdfError:
 * `not_pdf` (no `%PDF-` header in the first 1024 bytes), `encrypted` (password needed or wrong),
 * `corrupt` (pdf.js cannot parse it) or `no_pages`; with the signal's reason when aborted.
 * The caller must `close()` the document.
 */
export async function openPdf(bytes: Uint8Array, options: OpenPdfOptions = {}): Promise<PdfDocument> {
  const { signal } = options;
  signal?.throwIfAborted();
  if (!hasPdfSignature(bytes)) {
    throw new PdfError('not_pdf', 'This file is not a PDF: it does not start with a PDF header.');
  }
  const assets = await pdfjsAssetOptions();
  const data = options.transfer && ownsItsBuffer(bytes) ? bytes : new Uint8Array(bytes);
  let proxy: PDFDocumentProxy;
  try {
    proxy = await abortable(
      getDocumentProxy(data, {
        ...assets,
        // Node has no system fonts pdf.js could use (fonts are never rendered here); `true` would only make it
        // skip the standard font data for non-embedded base fonts.
        useSystemFonts: false,
        disableFontFace: true,
        isEvalSupported: false,
        // pdf.js logs warnings about quirky files to the console; they are noise in server logs.
        verbosity: 0,
        ...(options.password === undefined ? {} : { password: options.password }),
        ...options.pdfjs,
      }),
      signal,
    );
  } catch (error) {
    if (signal?.aborted) throw error;
    throw toPdfError(error);
  }

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await proxy.destroy();
  };
  try {
    signal?.throwIfAborted();
    if (proxy.numPages < 1) throw new PdfError('no_pages', 'This PDF has no pages.');
    const { title, author } = await abortable(readMetadata(proxy), signal);
    return { numPages: proxy.numPages, title, author, proxy, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Only a plain Uint8Array spanning its whole buffer may be handed over: a Node Buffer is often a view into a
 * shared pool, and detaching that pool would empty unrelated Buffers.
 */
function ownsItsBuffer(bytes: Uint8Array): boolean {
  return (
    Object.getPrototypeOf(bytes) === Uint8Array.prototype &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength
  );
}

function toPdfError(error: unknown): PdfError {
  const name = error instanceof Error ? error.name : undefined;
  if (name === 'PasswordException') {
    const incorrect = (error as { code?: unknown }).code === INCORRECT_PASSWORD;
    return new PdfError(
      'encrypted',
      incorrect
        ? 'The password given for this PDF is incorrect.'
        : 'This PDF is password-protected. Remove the password (for example by printing it to a new PDF) and try again.',
      { cause: error },
    );
  }
  if (name === 'InvalidPDFException') {
    return new PdfError(
      'corrupt',
      'This PDF is damaged or incomplete (perhaps the download or upload was cut short) and cannot be read.',
      { cause: error },
    );
  }
  return new PdfError('corrupt', 'This PDF could not be read: it may be damaged or use an unsupported feature.', {
    cause: error,
  });
}

async function readMetadata(proxy: PDFDocumentProxy): Promise<{ title: string | null; author: string | null }> {
  try {
    const { info, metadata } = await proxy.getMetadata();
    const fields = info as Record<string, unknown>;
    return {
      title: cleanField(fields.Title) ?? cleanField(metadata?.get('dc:title')),
      author: cleanField(fields.Author) ?? cleanField(metadata?.get('dc:creator')),
    };
  } catch {
    // Broken metadata must not make an otherwise readable document unreadable.
    return { title: null, author: null };
  }
}

function cleanField(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
  const text = value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return text === '' ? null : text;
}
