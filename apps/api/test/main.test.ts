// The real entry point in a child process, as `npm start` runs it: configuration errors, start-up,
// and a graceful SIGTERM that tells open streams to reconnect.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { coursePdf, startStream, uploadOk } from './fixtures.js';
import { readFrames } from './sse.js';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const children: ChildProcess[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

function run(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiDir,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => {
    stdout += d;
  });
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  return { child, out: () => stdout, err: () => stderr };
}

async function waitForListening(out: () => string, child: ChildProcess): Promise<string> {
  const end = Date.now() + 60_000;
  while (Date.now() < end) {
    const match = /listening on (http:\/\/[\d.:]+)/.exec(out());
    if (match) return match[1]!;
    if (child.exitCode !== null) throw new Error(`server exited: ${out()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('server did not start');
}

describe('the server process', () => {
  it('refuses to start on bad configuration, naming the variable', async () => {
    const { child, err } = run({ PORT: 'not-a-port', HEARTBEAT_MS: '5' });
    const [code] = await once(child, 'exit');
    expect(code).not.toBe(0);
    expect(err()).toContain('Invalid configuration');
    expect(err()).toContain('PORT');
    expect(err()).toContain('HEARTBEAT_MS');
  });

  it('logs JSON lines with a severity, and on SIGTERM asks open streams to reconnect and exits cleanly', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'quizstream-main-'));
    dirs.push(dataDir);
    const { child, out } = run({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, RETRY_MS: '2000' });
    const url = await waitForListening(out, child);
    const lines = out()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const line of lines) {
      expect(['DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL']).toContain(line.severity);
      expect(typeof line.message).toBe('string');
    }
    expect(lines.find((l) => String(l.message).includes('listening'))).toMatchObject({ severity: 'INFO' });

    const doc = await uploadOk(url, await coursePdf(300));
    const response = await startStream(url, doc.id, { questionsPerPage: 1 });
    const types: string[] = [];
    let last: unknown;
    for await (const frame of readFrames(response)) {
      types.push(frame.event.type);
      last = frame.event;
      if (frame.event.type === 'question' && !child.killed) child.kill('SIGTERM');
    }
    expect(types).toContain('question');
    expect(last).toMatchObject({ type: 'reconnect', reason: 'shutdown' });
    const [code] = child.exitCode === null ? await once(child, 'exit') : [child.exitCode];
    expect(code).toBe(0);
    expect(out()).toContain('server stopped');
  });
});
