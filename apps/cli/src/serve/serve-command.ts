// `quizstream serve`: what `npm start` does (build the web app once if it is missing, then run the API,
// which serves it) as a child process, so the CLI depends on the server only through its command line.
// The child runs in its own process group and gets each signal exactly once, from us: Ctrl-C in a terminal
// would otherwise reach it twice (from the terminal and forwarded), and a second SIGINT skips its graceful
// shutdown.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliContext, Env } from '../cli-context.js';
import { usageError } from '../cli-error.js';
import { EXIT, type ExitCode } from '../exit-codes.js';

export interface ServeFlags {
  port?: string;
  host?: string;
  webBuild?: boolean;
}

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const API_MAIN = path.join(REPO_ROOT, 'apps/api/src/main.ts');
const ENSURE_WEB_BUILD = path.join(REPO_ROOT, 'scripts/ensure-web-build.mjs');

export async function runServe(flags: ServeFlags, ctx: CliContext): Promise<ExitCode | number> {
  const env: Env = {
    ...ctx.env,
    ...(flags.port !== undefined ? { PORT: port(flags.port) } : {}),
    ...(flags.host !== undefined ? { HOST: flags.host } : {}),
  };
  // With WEB_DIR set the web app comes from elsewhere, so there is nothing to build.
  if (flags.webBuild !== false && !env.WEB_DIR) {
    const built = await run(process.execPath, [ENSURE_WEB_BUILD], { env, cwd: REPO_ROOT, ctx });
    if (built !== 0 || ctx.interrupt.aborted) return built;
  }
  return run(process.execPath, ['--import', import.meta.resolve('tsx'), API_MAIN], { env, cwd: ctx.cwd, ctx });
}

function run(command: string, args: string[], opts: { env: Env; cwd: string; ctx: CliContext }): Promise<number> {
  const child = spawn(command, args, { env: opts.env, cwd: opts.cwd, stdio: 'inherit', detached: true });
  const forward = () => {
    child.kill(opts.ctx.interrupt.reason === 'SIGTERM' ? 'SIGTERM' : 'SIGINT');
  };
  // A second Ctrl-C ends this process at once (see main.ts); the server must not outlive it.
  const killOnExit = () => stillRunning(child) && child.kill('SIGKILL');
  opts.ctx.interrupt.addEventListener('abort', forward, { once: true });
  process.once('exit', killOnExit);
  return new Promise((resolve) => {
    child.once('error', (error) => {
      opts.ctx.stderr.write(`quizstream: cannot start ${path.basename(args.at(-1) ?? command)}: ${error.message}\n`);
      resolve(EXIT.generationFailed);
    });
    child.once('exit', (code, signal) => {
      opts.ctx.interrupt.removeEventListener('abort', forward);
      process.removeListener('exit', killOnExit);
      resolve(code ?? (signal === 'SIGINT' ? EXIT.interrupted : signal === 'SIGTERM' ? EXIT.terminated : 1));
    });
  });
}

function stillRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

function port(value: string): string {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65_535) throw usageError(`--port: "${value}" is not a port number (0-65535).`);
  return value;
}
