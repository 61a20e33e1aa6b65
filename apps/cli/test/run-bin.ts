// Runs the real `quizstream` launcher in a child process, the way a shell or a script does, with a clean
// environment (no LLM keys or colour settings leak in from the developer's shell).
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bin/quizstream.mjs');

export interface BinResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

export interface RunningBin {
  child: ChildProcess;
  /** Resolve with the first line that `test` accepts (reject if the process ends first). */
  stdoutLine(test: (line: string) => boolean): Promise<string>;
  stderrLine(test: (line: string) => boolean): Promise<string>;
  result: Promise<BinResult>;
}

const running = new Set<ChildProcess>();

/** Kills whatever a test left running; call from afterEach. */
export function killAll(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

export function startBin(args: string[], opts: { cwd: string; env?: Record<string, string> }): RunningBin {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: opts.cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TMPDIR: process.env.TMPDIR ?? '', ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const out: Buffer[] = [];
  child.stdout!.on('data', (chunk: Buffer) => out.push(chunk));
  const stdoutLines = lineWatcher(child.stdout!);
  const stderrLines = lineWatcher(child.stderr!);
  const result = new Promise<BinResult>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      running.delete(child);
      const stdoutBytes = Buffer.concat(out);
      resolve({ code, signal, stdout: stdoutBytes.toString('utf8'), stderr: stderrLines.text(), stdoutBytes });
    });
  });
  const waitFor = (watcher: ReturnType<typeof lineWatcher>) => (test: (line: string) => boolean) =>
    new Promise<string>((resolve, reject) => {
      watcher.watch(test, resolve);
      result.then(() =>
        reject(new Error(`the process ended before the expected line; stderr:\n${stderrLines.text()}`)),
      );
    });
  return { child, result, stdoutLine: waitFor(stdoutLines), stderrLine: waitFor(stderrLines) };
}

/** Collects a stream's text and hands each complete line to the watchers waiting for one like it. */
function lineWatcher(stream: NodeJS.ReadableStream) {
  let text = '';
  let partial = '';
  const watchers: { test: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  stream.on('data', (chunk: Buffer | string) => {
    const piece = chunk.toString();
    text += piece;
    const complete = (partial + piece).split('\n');
    partial = complete.pop() ?? '';
    for (const line of complete) {
      for (const watcher of watchers.splice(0)) {
        if (watcher.test(line)) watcher.resolve(line);
        else watchers.push(watcher);
      }
    }
  });
  return {
    text: () => text,
    watch: (test: (line: string) => boolean, resolve: (line: string) => void) => watchers.push({ test, resolve }),
  };
}

export function runBin(args: string[], opts: { cwd: string; env?: Record<string, string> }): Promise<BinResult> {
  return startBin(args, opts).result;
}

/** stderr's lines, without the empty one after the last newline. */
export function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences are what is looked for
export const ANSI_ESCAPE = /\u001b\[/;
