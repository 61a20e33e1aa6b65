// The display when stderr is not a terminal (a log file, CI, a pipe) or with --quiet: no bar, no colour,
// no escape codes. A progress line at most every `intervalMs` so a long run in CI shows it is alive, the
// first few warnings, and one summary line per file. --quiet keeps only failures.
import type { StreamEvent } from '@quizstream/core/schemas';
import type { OutputStream } from '../cli-context.js';
import type { CliError } from '../cli-error.js';
import { failureLine, moreWarningsLine, progressLine, summaryLine, warningLine } from './messages.js';
import { type FileSummary, MAX_WARNINGS_SHOWN, type ProgressReporter } from './reporter.js';

export interface PlainReporterOptions {
  quiet: boolean;
  /** Least time between two progress lines of a file (default 10 s). */
  intervalMs?: number;
  now?: () => number;
}

export class PlainReporter implements ProgressReporter {
  private readonly warnings = new Map<string, number>();
  private readonly lastProgress = new Map<string, number>();
  private readonly now: () => number;
  private readonly intervalMs: number;

  constructor(
    private readonly out: OutputStream,
    private readonly options: PlainReporterOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.intervalMs = options.intervalMs ?? 10_000;
  }

  start(file: string): void {
    this.warnings.set(file, 0);
    this.lastProgress.set(file, this.now());
  }

  event(file: string, event: StreamEvent): void {
    if (this.options.quiet) return;
    if (event.type === 'progress' && event.stage === 'generating') {
      const now = this.now();
      if (now - (this.lastProgress.get(file) ?? 0) >= this.intervalMs) {
        this.lastProgress.set(file, now);
        this.line(progressLine(file, event));
      }
    } else if (event.type === 'warning') {
      const seen = (this.warnings.get(file) ?? 0) + 1;
      this.warnings.set(file, seen);
      if (seen <= MAX_WARNINGS_SHOWN) this.line(warningLine(file, event.message, event.page));
    }
  }

  done(file: string, summary: FileSummary): void {
    if (this.options.quiet) return;
    const hidden = (this.warnings.get(file) ?? 0) - MAX_WARNINGS_SHOWN;
    if (hidden > 0) this.line(moreWarningsLine(file, hidden));
    this.line(summaryLine(file, summary));
  }

  failed(file: string | undefined, error: CliError): void {
    this.line(failureLine(file, error.message));
  }

  warn(file: string | undefined, message: string): void {
    if (!this.options.quiet) this.line(warningLine(file, message));
  }

  close(): void {}

  private line(text: string) {
    this.out.write(`${text}\n`);
  }
}
