// The entry point (bin/quizstream.mjs runs it): the only module that touches process globals. It reads the
// arguments and the environment once, turns SIGINT/SIGTERM into an AbortSignal for the command, and exits
// with the command's code once stdout and stderr have been handed everything.

import { runCli } from './cli.js';
import type { CliContext } from './cli-context.js';
import { writeAll } from './cli-context.js';
import { EXIT } from './exit-codes.js';

const interrupt = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // The first signal lets the command clean up (cancel the server's job, stop the server); a second one
    // is someone who does not want to wait.
    if (interrupt.signal.aborted) process.exit(signal === 'SIGTERM' ? EXIT.terminated : EXIT.interrupted);
    interrupt.abort(signal);
  });
}
// `quizstream generate a.pdf | head` closes stdout early: that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  throw error;
});

const ctx: CliContext = {
  env: { ...process.env },
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  interrupt: interrupt.signal,
};

let code: number;
try {
  code = await runCli(process.argv.slice(2), ctx);
} catch (error) {
  ctx.stderr.write(
    `quizstream: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  code = EXIT.generationFailed;
}
await Promise.all([writeAll(process.stdout, ''), writeAll(process.stderr, '')]);
// Exits explicitly: pdf.js and the HTTP client may keep handles open that would hold the process.
process.exit(code);
