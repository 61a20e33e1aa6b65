// Reads one input file and opens it as a PDF, turning every way that can fail (missing, unreadable, not a
// PDF, encrypted, corrupt) into a bad-input error with the same one-line reason in offline and server mode.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isPdfError, openPdf, usableTitle } from '@quizstream/core';
import { CliError } from '../cli-error.js';
import { EXIT } from '../exit-codes.js';

export interface PdfInput {
  bytes: Uint8Array<ArrayBuffer>;
  pages: number;
  /** The document's own title when it names the document (not a tool's default), else its file name without ".pdf". */
  title: string;
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'File not found.',
  EISDIR: 'This is a folder, not a file.',
  EACCES: 'Permission denied: the file cannot be read.',
  EPERM: 'Permission denied: the file cannot be read.',
};

export async function readPdfInput(file: string, cwd: string, signal: AbortSignal): Promise<PdfInput> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await readFile(path.resolve(cwd, file), { signal });
  } catch (error) {
    if (signal.aborted) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    const message = FILE_ERRORS[code] ?? `The file cannot be read (${(error as Error).message}).`;
    throw new CliError(EXIT.badInput, code === 'ENOENT' ? 'not_found' : 'unreadable', message, { cause: error });
  }
  if (bytes.length === 0) throw new CliError(EXIT.badInput, 'empty_file', 'The file is empty.');
  try {
    const pdf = await openPdf(bytes, { signal });
    await pdf.close();
    // A tool's default in the metadata ("Microsoft Word - Document1", "Enscript Output") names nothing.
    return { bytes, pages: pdf.numPages, title: usableTitle(pdf.title) ?? path.basename(file).replace(/\.pdf$/i, '') };
  } catch (error) {
    if (isPdfError(error)) throw new CliError(EXIT.badInput, error.code, error.message, { cause: error });
    throw error;
  }
}
