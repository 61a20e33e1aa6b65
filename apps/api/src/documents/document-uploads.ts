// Adding an uploaded PDF to the library: saved to a temporary file while it arrives, refused if it is too large,
// empty, not a PDF, or one the PDF worker cannot read (its first pages are read now: a bomb or a glyph flood on
// them gets its answer here rather than as a job's error), else kept with its title and page count. Plain
// arguments in, the document out, an AppError (a code of the contract) for every refusal; the route only reads
// the multipart request.
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import {
  type DocumentInfo,
  documentTitle,
  hasPdfSignature,
  isPdfError,
  openPdfIsolated,
  type PageText,
} from '@quizstream/core';
import type { Logger } from 'pino';
import type { AppContext } from '../app-context.js';
import { AppError } from '../errors.js';
import { newId } from '../ids.js';
import type { Account } from '../store/account.js';

/** Pages read at upload; later pages are read by the job, within the same limits. */
const PROBE_PAGES = 3;

export type DocumentContext = Pick<AppContext, 'config' | 'store' | 'files' | 'pdf'>;

export interface UploadedFile {
  /** The file's bytes as they arrive; `truncated` once the upload limit cut it. */
  file: Readable & { truncated?: boolean };
  /** The name the client gave it. */
  filename: string;
}

export class DocumentUploads {
  /**
   * PDFs being checked at once, each in a PDF worker; more get a 503 and come back (Retry-After). Only the check
   * counts, not receiving the file: a client sending slowly must not hold a place.
   */
  private checking = 0;

  constructor(private readonly ctx: DocumentContext) {}

  /** Refuses an upload at once when the server is checking as many as it may (before its bytes are read). */
  refuseWhenBusy(): void {
    if (this.checking >= this.ctx.config.MAX_CONCURRENT_UPLOADS) throw overloaded();
  }

  /** The document, kept; `log` hears of it (and of a PDF refused) as the request's log lines. */
  async add(upload: UploadedFile, account: Account, log?: Pick<Logger, 'info'>): Promise<DocumentInfo> {
    const { config, files, store } = this.ctx;
    const id = newId('doc');
    const filename = sanitizeFilename(upload.filename);
    const saved = await files.receive(upload.file, id);
    try {
      if (upload.file.truncated) {
        throw new AppError(413, 'file_too_large', `The file is larger than the ${config.MAX_UPLOAD_MB} MB limit.`);
      }
      if (saved.size === 0) throw new AppError(400, 'empty_file', 'The file is empty.');
      if (!hasPdfSignature(saved.head)) {
        throw new AppError(415, 'not_pdf', `"${filename}" is not a PDF (its content does not start like one).`);
      }
      this.refuseWhenBusy();
      this.checking += 1;
      let info: { pages: number; title: string | null };
      try {
        info = await this.checkPdf(await readFile(saved.tempPath), filename);
      } finally {
        this.checking -= 1;
      }
      const document: DocumentInfo = {
        id,
        filename,
        pages: info.pages,
        size: saved.size,
        sha256: saved.sha256,
        title: info.title,
        createdAt: new Date().toISOString(),
      };
      await files.keep(saved, id);
      try {
        await store.insertDocument(document, account);
      } catch (err) {
        // No file without its row (the database went away between the two): the upload leaves nothing behind.
        await files.remove(id);
        throw err;
      }
      log?.info({ documentId: id, pages: document.pages, size: document.size }, 'document uploaded');
      return document;
    } catch (err) {
      await files.discard(saved);
      if (isPdfError(err)) {
        log?.info({ code: err.code, size: saved.size }, 'upload refused');
        throw new AppError(err.status, err.code, err.message);
      }
      throw err;
    }
  }

  /**
   * Opens the PDF and reads its first pages in a worker: its page count and title (its metadata's when that names
   * it, else its first heading, else the file name), or why it is refused.
   */
  private async checkPdf(bytes: Uint8Array, filename: string): Promise<{ pages: number; title: string | null }> {
    const { config } = this.ctx;
    const pdf = await openPdfIsolated(bytes, this.ctx.pdf.request);
    try {
      if (pdf.numPages > config.MAX_PAGES) {
        throw new AppError(
          422,
          'too_many_pages',
          `The PDF has ${pdf.numPages} pages; the limit is ${config.MAX_PAGES} (MAX_PAGES).`,
        );
      }
      const read: PageText[] = [];
      for (let page = 1; page <= Math.min(PROBE_PAGES, pdf.numPages); page++) {
        // A damaged page is not fatal (the job skips it with a warning); a limit exceeded is.
        const reading = await pdf.readPage(page).catch((error: unknown) => {
          if (!isPdfError(error, 'corrupt')) throw error;
          return undefined;
        });
        if (reading) read.push({ page, totalPages: pdf.numPages, ...reading });
      }
      return { pages: pdf.numPages, title: documentTitle(pdf.title, read, filename) };
    } finally {
      await pdf.close();
    }
  }
}

function overloaded(): AppError {
  return new AppError(503, 'overloaded', 'The server is checking many PDFs right now; try again in a few seconds.');
}

/** Keeps a display name only: no path, no control characters, bounded length. */
export function sanitizeFilename(name: string): string {
  const base =
    name
      .split(/[\\/]/)
      .pop()
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
      ?.replace(/[\u0000-\u001f\u007f]/g, '')
      .trim() ?? '';
  return (base || 'document.pdf').slice(0, 200);
}
