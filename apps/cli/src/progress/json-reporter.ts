// --json: one stream event per line on stderr, exactly as the server's stream carries them (offline runs
// produce the same events), each with a `file` field naming the input it is about. Failures the stream
// did not already report become `error` events with the command's code, so a machine reading stderr sees
// every outcome as JSON.
import type { StreamEvent } from '@quizstream/core/schemas';
import type { OutputStream } from '../cli-context.js';
import type { CliError } from '../cli-error.js';
import type { FileSummary, ProgressReporter } from './reporter.js';

export class JsonReporter implements ProgressReporter {
  private readonly reportedError = new Set<string | undefined>();

  constructor(private readonly out: OutputStream) {}

  start(): void {}

  event(file: string, event: StreamEvent): void {
    if (event.type === 'error') this.reportedError.add(file);
    this.emit({ ...event, file });
  }

  done(_file: string, _summary: FileSummary): void {}

  failed(file: string | undefined, error: CliError): void {
    if (this.reportedError.has(file)) return;
    this.reportedError.add(file);
    this.emit({ type: 'error', code: error.code, message: error.message, retryable: false, file });
  }

  warn(file: string | undefined, message: string): void {
    this.emit({ type: 'warning', code: 'cli', message, file });
  }

  close(): void {}

  private emit(event: StreamEvent & { file: string | undefined }) {
    this.out.write(`${JSON.stringify(event)}\n`);
  }
}
