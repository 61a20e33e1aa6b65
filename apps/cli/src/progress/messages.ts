// The lines the human displays print, in one place so that the terminal and plain displays say the same
// thing and scripts matching "quizstream: <file>: <reason>" can rely on the shape.
import type { EventOf } from '@quizstream/core/schemas';
import { oneLine } from '../cli-error.js';
import type { FileSummary } from './reporter.js';

export function failureLine(file: string | undefined, message: string): string {
  return `quizstream: ${file ? `${file}: ` : ''}${oneLine(message)}`;
}

export function warningLine(file: string | undefined, message: string, page?: number): string {
  const where = page ? ` (page ${page})` : '';
  return `quizstream: ${file ? `${file}: ` : ''}warning: ${oneLine(message)}${where}`;
}

export function summaryLine(file: string, s: FileSummary): string {
  const questions = `${s.questions} question${s.questions === 1 ? '' : 's'}`;
  const pages = `${s.pages} page${s.pages === 1 ? '' : 's'}`;
  return `quizstream: ${file}: ${questions} from ${pages} -> ${s.output} (${seconds(s.durationMs)})`;
}

export function progressLine(file: string, event: EventOf<'progress'>): string {
  return `quizstream: ${file}: ${event.pagesDone}/${event.totalPages} pages, ${event.questions} questions so far`;
}

export function moreWarningsLine(file: string, hidden: number): string {
  return `quizstream: ${file}: ${hidden} more warning${hidden === 1 ? '' : 's'} not shown (--json lists all)`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
