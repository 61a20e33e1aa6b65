// A server under test in a child process of its own, so its memory is measured apart from the load client's
// and the two do not share an event loop. The child speaks a tiny request/reply protocol over Node's IPC
// channel (see child-protocol.ts): it says `ready` with its URL, then answers commands such as `memory`.
import { type ChildProcess, execFile, fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { ChildReply, ChildToParent } from './child-protocol.js';

export const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(benchDir, '..');

/** BENCH_CPU_PROF=<dir> profiles every server under test (node --cpu-prof); see lib/cpu-profile.ts. */
function profileArgs(): string[] {
  const dir = process.env.BENCH_CPU_PROF;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(dir)}`] : [];
}

export interface BenchChild {
  url: string;
  pid: number;
  /** Sends a command and resolves with the child's answer. */
  call<T = unknown>(command: string, args?: Record<string, unknown>): Promise<T>;
  /** Asks the child to stop, and kills it if it does not exit in time. */
  stop(): Promise<void>;
  stderr(): string;
}

export interface StartChildOptions {
  /** Entry file, relative to bench/lib. */
  entry: string;
  env?: Record<string, string>;
  /** Extra node flags, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
  readyTimeoutMs?: number;
}

let template: Promise<string> | undefined;

/**
 * An empty, migrated PGlite database made once per run (in a child process), which every API server copies
 * instead of running initdb itself. Removed when this process exits.
 */
export function pgliteTemplate(): Promise<string> {
  template ??= (async () => {
    const parent = await mkdtemp(path.join(os.tmpdir(), 'quizstream-bench-pglite-'));
    process.once('exit', () => {
      void rm(parent, { recursive: true, force: true });
    });
    const dir = path.join(parent, 'pglite');
    await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.join(benchDir, 'lib', 'pglite-template-entry.ts'), dir],
      { cwd: repoRoot },
    );
    return dir;
  })();
  return template;
}

export async function startChild(options: StartChildOptions): Promise<BenchChild> {
  const api = options.entry === 'api-server-entry.ts';
  const child: ChildProcess = fork(path.join(benchDir, 'lib', options.entry), [], {
    cwd: repoRoot,
    execArgv: ['--import', 'tsx', '--expose-gc', ...profileArgs(), ...(options.nodeArgs ?? [])],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...(api ? { BENCH_PGLITE_TEMPLATE: await pgliteTemplate() } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    serialization: 'advanced',
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-20_000);
  });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let exited = false;
  child.on('exit', (code, signal) => {
    exited = true;
    for (const p of pending.values()) p.reject(new Error(`bench child exited (${code ?? signal}): ${stderr}`));
    pending.clear();
  });
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`bench child ${options.entry} did not start: ${stderr}`)),
      options.readyTimeoutMs ?? 120_000,
    );
    child.on('message', (raw) => {
      const msg = raw as ChildToParent;
      if (msg.type === 'ready') {
        clearTimeout(timer);
        resolve(msg.url);
      } else if (msg.type === 'reply') {
        settle(msg);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`bench child ${options.entry} exited with ${code} before it was ready: ${stderr}`));
    });
  });
  const settle = (msg: ChildReply) => {
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.ok) p.resolve(msg.value);
    else p.reject(new Error(msg.error));
  };
  const url = await ready;
  return {
    url,
    pid: child.pid!,
    stderr: () => stderr,
    call<T>(command: string, args: Record<string, unknown> = {}) {
      if (exited) return Promise.reject(new Error('bench child is gone'));
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        child.send({ type: 'call', id, command, args });
      });
    },
    async stop() {
      if (exited) return;
      const exit = once(child, 'exit');
      child.send({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exit;
      clearTimeout(timer);
    },
  };
}
