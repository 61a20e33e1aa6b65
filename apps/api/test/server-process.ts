// The real entry point (`src/main.ts`) in a child process, as `npm start` runs it, for tests that need
// separate processes: several instances, SIGTERM, SIGKILL.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ServerProcess {
  child: ChildProcess;
  out(): string;
  err(): string;
  /** Resolves with the URL once the server listens; rejects if it exits first. */
  ready(): Promise<string>;
  /** Resolves with the exit code. */
  exited(): Promise<number | null>;
}

export function spawnServer(env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiDir,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => {
    stdout += d;
  });
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  const exit = once(child, 'exit').then(([code]) => code as number | null);
  return {
    child,
    out: () => stdout,
    err: () => stderr,
    exited: () => (child.exitCode !== null ? Promise.resolve(child.exitCode) : exit),
    async ready() {
      const end = Date.now() + 90_000;
      while (Date.now() < end) {
        const match = /listening on (http:\/\/[\d.:]+)/.exec(stdout);
        if (match) return match[1]!;
        if (child.exitCode !== null) throw new Error(`server exited early:\n${stdout}\n${stderr}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`server did not start:\n${stdout}\n${stderr}`);
    },
  };
}
