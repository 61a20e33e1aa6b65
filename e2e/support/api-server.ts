// Starts the real API server (apps/api/src/main.ts) as a child process on a free loopback port with its own
// temporary data folder, and stops it again. The server also serves the built web app on the same origin.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '@quizstream/core/testing';
import { repoRoot } from './repo-root.js';

export interface ApiServer {
  url: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startApiServer(env: Record<string, string> = {}, timeoutMs = 60_000): Promise<ApiServer> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'quizstream-e2e-'));
  // A given PORT lets a test know the address before the server starts (sign-in's redirect URI).
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const url = `http://127.0.0.1:${port}`;
  // node --import tsx: one process (no wrapper), so the pid we hold is the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited(child);
      clearTimeout(killer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  while (!log.includes('listening')) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`API server exited before listening (code ${child.exitCode}):\n${log}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`API server did not listen within ${timeoutMs} ms:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const health = await fetch(`${url}/healthz`);
  if (!health.ok) {
    await stop();
    throw new Error(`GET /healthz answered ${health.status}:\n${log}`);
  }
  return { url, output: () => log, stop };
}
