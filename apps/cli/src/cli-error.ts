// The one error the commands throw: an exit code, a stable machine code (also used in --json error events)
// and a one-line message for people. Whatever else is thrown is an unexpected failure (exit 1).
import { EXIT, type ExitCode } from './exit-codes.js';

export class CliError extends Error {
  override readonly name = 'CliError';

  constructor(
    readonly exitCode: ExitCode,
    readonly code: string,
    message: string,
    options: { cause?: unknown } = {},
  ) {
    super(message, options);
  }
}

export function usageError(message: string): CliError {
  return new CliError(EXIT.usage, 'usage', message);
}

/** The error a command ends with when `signal` (the context's interrupt) was aborted by SIGINT or SIGTERM. */
export function interrupted(signal: AbortSignal, detail = ''): CliError {
  return signal.reason === 'SIGTERM'
    ? new CliError(EXIT.terminated, 'interrupted', `Stopped (SIGTERM).${detail}`)
    : new CliError(EXIT.interrupted, 'interrupted', `Interrupted.${detail}`);
}

/** A one-line message: newlines from wrapped library messages would break "one line per failure". */
export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}
