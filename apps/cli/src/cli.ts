// Runs one command line to its exit code: parses it, runs the command, and turns every failure into a
// one-line message on stderr and the documented exit code. No process globals here (main.ts owns them), so
// the whole CLI can be driven in-process too.
import { CommanderError } from 'commander';
import type { CliContext } from './cli-context.js';
import { CliError, oneLine } from './cli-error.js';
import { EXIT } from './exit-codes.js';
import { buildProgram } from './program.js';

export async function runCli(args: readonly string[], ctx: CliContext): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(
    ctx,
    {
      async generate(files, flags) {
        const { runGenerate } = await import('./generate/generate-command.js');
        return runGenerate(files, flags, ctx);
      },
      async serve(flags) {
        const { runServe } = await import('./serve/serve-command.js');
        return runServe(flags, ctx);
      },
    },
    (code) => {
      exitCode = code;
    },
  );
  if (args.length === 0) {
    program.outputHelp({ error: true });
    return EXIT.usage;
  }
  try {
    await program.parseAsync([...args], { from: 'user' });
    return exitCode;
  } catch (error) {
    // --help and --version end through here too, with exit code 0.
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof CliError) {
      ctx.stderr.write(`quizstream: ${oneLine(error.message)}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
