// The display on a terminal: one progress bar for the file being done (pages done of total, questions so
// far, time), warnings printed above it, and a summary line when the file is done. The bar is cleared
// before the quiz is written, so a quiz printed to the same terminal is not mixed with it.

import type { StreamEvent } from '@quizstream/core/schemas';
import cliProgress from 'cli-progress';
import type { Colors } from 'picocolors/types';
import type { OutputStream } from '../cli-context.js';
import type { CliError } from '../cli-error.js';
import { failureLine, moreWarningsLine, summaryLine, warningLine } from './messages.js';
import { type FileSummary, MAX_WARNINGS_SHOWN, type ProgressReporter } from './reporter.js';

interface Live {
  bars: cliProgress.MultiBar;
  bar: cliProgress.SingleBar;
  questions: number;
}

const NAME_WIDTH = 28;

export class TtyReporter implements ProgressReporter {
  private live: Live | undefined;
  private readonly warnings = new Map<string, number>();

  constructor(
    private readonly out: OutputStream,
    private readonly colors: Colors,
  ) {}

  start(file: string): void {
    this.clear();
    this.warnings.set(file, 0);
    const c = this.colors;
    const bars = new cliProgress.MultiBar({
      stream: this.out as NodeJS.WritableStream,
      format: `${c.bold('{file}')} ${c.cyan('{bar}')} {value}/{total} pages | {questions} questions | {duration_formatted}`,
      barCompleteChar: '\u2588',
      barIncompleteChar: '\u2591',
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      fps: 8,
    });
    const bar = bars.create(0, 0, { file: shortName(file), questions: 0 });
    this.live = { bars, bar, questions: 0 };
  }

  event(file: string, event: StreamEvent): void {
    const live = this.live;
    if (!live) return;
    switch (event.type) {
      case 'progress':
        live.questions = event.questions;
        live.bar.setTotal(event.totalPages);
        live.bar.update(event.pagesDone, { questions: live.questions });
        break;
      case 'question':
      case 'questions':
        live.questions = event.index + (event.type === 'question' ? 1 : event.questions.length);
        live.bar.update({ questions: live.questions });
        break;
      case 'warning': {
        const seen = (this.warnings.get(file) ?? 0) + 1;
        this.warnings.set(file, seen);
        if (seen <= MAX_WARNINGS_SHOWN)
          live.bars.log(`${this.colors.yellow(warningLine(file, event.message, event.page))}\n`);
        break;
      }
      case 'complete':
        this.clear();
        break;
    }
  }

  done(file: string, summary: FileSummary): void {
    this.clear();
    const hidden = (this.warnings.get(file) ?? 0) - MAX_WARNINGS_SHOWN;
    if (hidden > 0) this.line(this.colors.yellow(moreWarningsLine(file, hidden)));
    this.line(this.colors.green(summaryLine(file, summary)));
  }

  failed(file: string | undefined, error: CliError): void {
    this.clear();
    this.line(this.colors.red(failureLine(file, error.message)));
  }

  warn(file: string | undefined, message: string): void {
    if (this.live) this.live.bars.log(`${this.colors.yellow(warningLine(file, message))}\n`);
    else this.line(this.colors.yellow(warningLine(file, message)));
  }

  close(): void {
    this.clear();
  }

  /** Prints pending warnings, then takes the bar off the screen and gives the cursor back. */
  private clear() {
    if (!this.live) return;
    this.live.bars.update();
    this.live.bars.stop();
    this.live = undefined;
  }

  private line(text: string) {
    this.out.write(`${text}\n`);
  }
}

function shortName(file: string): string {
  const name = file.length > NAME_WIDTH ? `...${file.slice(-(NAME_WIDTH - 3))}` : file;
  return name.padEnd(Math.min(NAME_WIDTH, Math.max(name.length, 12)));
}
