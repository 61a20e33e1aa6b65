// The real entry point in a child process, as `npm start` runs it: configuration errors, start-up,
// and a graceful SIGTERM that tells open streams to reconnect.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { coursePdf, startStream, uploadOk } from './fixtures.js';
import { type ServerProcess, spawnServer } from './server-process.js';
import { readFrames } from './sse.js';

const servers: ServerProcess[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const s of servers.splice(0)) if (s.child.exitCode === null) s.child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

function run(env: Record<string, string>): ServerProcess {
  const server = spawnServer(env);
  servers.push(server);
  return server;
}

describe('the server process', () => {
  it('refuses to start on bad configuration, naming the variable', async () => {
    const { exited, err } = run({ PORT: 'not-a-port', HEARTBEAT_MS: '5' });
    const code = await exited();
    expect(code).not.toBe(0);
    expect(err()).toContain('Invalid configuration');
    expect(err()).toContain('PORT');
    expect(err()).toContain('HEARTBEAT_MS');
  });

  it('logs JSON lines with a severity, and on SIGTERM asks open streams to reconnect and exits cleanly', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'quizstream-main-'));
    dirs.push(dataDir);
    const { child, out, ready, exited } = run({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, RETRY_MS: '2000' });
    const url = await ready();
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
    expect(await exited()).toBe(0);
    expect(out()).toContain('server stopped');
  });
});
