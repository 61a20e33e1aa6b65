// What the generate command tells the person or program watching stderr. One interface, four displays:
// a progress bar on a terminal, occasional plain lines when stderr is a file or pipe, nothing but failures
// with --quiet, and newline-delimited JSON stream events with --json. stdout never sees any of it.
import type { StreamEvent } from '@quizstream/core/schemas';
import type { CliError } from '../cli-error.js';

export interface FileSummary {
  pages: number;
  questions: number;
  /** "stdout" or the file written. */
  output: string;
  durationMs: number;
}

export interface ProgressReporter {
  /** A file's generation starts. */
  start(file: string): void;
  /** Every stream event of the file's generation (progress, questions, warnings, complete...). */
  event(file: string, event: StreamEvent): void;
  done(file: string, summary: FileSummary): void;
  /** A failure, for one file or (file undefined) for the whole command. Always shown, even with --quiet. */
  failed(file: string | undefined, error: CliError): void;
  /** A remark that is neither progress nor a failure, e.g. that cancelling a job on the server failed. */
  warn(file: string | undefined, message: string): void;
  /** Takes any bar off the screen; the reporter is not used after this. */
  close(): void;
}

export type ReporterMode = 'tty' | 'plain' | 'quiet' | 'json';

/** Warnings shown per file in the human displays; --json passes on every one. */
export const MAX_WARNINGS_SHOWN = 5;
