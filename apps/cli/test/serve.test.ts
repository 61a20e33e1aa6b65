// `quizstream serve` through the real launcher: it starts the API as `npm start` would, with --port, and a
// Ctrl-C stops the server gracefully (exit 0) instead of killing it.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { killAll, startBin } from './run-bin.js';

let dataDir: string | undefined;
afterEach(async () => {
  killAll();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('quizstream serve', () => {
  it('starts the server on --port and stops it gracefully on Ctrl-C', { timeout: 60_000 }, async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'quizstream-serve-'));
    const bin = startBin(['serve', '--port', '0', '--host', '127.0.0.1'], {
      cwd: dataDir,
      env: { DATA_DIR: dataDir, WEB_DIR: path.join(dataDir, 'no-web'), LOG_LEVEL: 'info' },
    });
    const listening = await bin.stdoutLine((line) => line.includes('quizstream listening on'));
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(listening)?.[1];
    expect(url).toBeDefined();
    const config = await fetch(`${url}/api/config`);
    expect(config.status).toBe(200);
    bin.child.kill('SIGINT');
    const result = await bin.result;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('server stopped');
  });

  it('refuses a port that is not a number (exit 2)', async () => {
    const result = await startBin(['serve', '--port', 'http'], { cwd: os.tmpdir() }).result;
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('quizstream: --port: "http" is not a port number (0-65535).\n');
  });
});
