// Everything a command may know about the world it runs in, read once by main.ts and passed down: the
// environment, the working directory, the output streams and whether they are terminals, and Ctrl-C.
import type { Writable } from 'node:stream';

export type Env = Readonly<Record<string, string | undefined>>;

export interface OutputStream extends Pick<Writable, 'write'> {
  isTTY?: boolean;
  columns?: number;
}

export interface CliContext {
  env: Env;
  cwd: string;
  stdout: OutputStream;
  stderr: OutputStream;
  /**
   * Aborts on the first SIGINT (Ctrl-C) or SIGTERM, with the signal's name as its reason; a second signal
   * ends the process at once.
   */
  interrupt: AbortSignal;
}

/**
 * Colour on stderr only for a terminal, and never when NO_COLOR is set (https://no-color.org) or the
 * terminal says it cannot (TERM=dumb). FORCE_COLOR is deliberately not honoured: output that a script
 * captures must stay plain.
 */
export function colorEnabled(ctx: Pick<CliContext, 'env' | 'stderr'>, flag = true): boolean {
  return flag && ctx.stderr.isTTY === true && !ctx.env.NO_COLOR && ctx.env.TERM !== 'dumb';
}

/** Writes `data` and resolves once the stream has taken it, so the process can exit without losing output. */
export function writeAll(stream: OutputStream, data: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(data, (err) => (err ? reject(err) : resolve()));
  });
}
