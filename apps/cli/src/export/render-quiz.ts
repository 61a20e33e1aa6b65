// Turns a finished quiz into the bytes of the chosen format through core's exporters, the same ones the
// server's downloads use, so a quiz exported here and one downloaded from the web app are the same file.
import type { Quiz } from '@quizstream/core/schemas';
import { type ExportFormatName, FILE_SUFFIX } from './formats.js';

export interface RenderedQuiz {
  body: string | Uint8Array;
  /** With the dot, e.g. ".gift.txt"; names the files written into an --out folder. */
  extension: string;
}

export async function renderQuiz(quiz: Quiz, format: ExportFormatName): Promise<RenderedQuiz> {
  // Loaded on demand: the exporters pull in XML, CSV and zip libraries that only this step needs.
  const { exportQuiz } = await import('@quizstream/core');
  const file = await exportQuiz(quiz, format);
  return { body: file.body, extension: FILE_SUFFIX[format] };
}
