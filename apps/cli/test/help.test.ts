// `--help` and friends, through the real launcher: every command is listed, and the help a script author
// reads documents the flags and exit codes.
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { runBin } from './run-bin.js';

const run = (...args: string[]) => runBin(args, { cwd: os.tmpdir() });

describe('quizstream --help', () => {
  it('lists every command and the exit codes, on stdout, with exit 0', async () => {
    const result = await run('--help');
    expect(result.code).toBe(0);
    for (const command of ['generate', 'serve', 'help'])
      expect(result.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(result.stdout).toMatch(/Exit codes:[\s\S]*130/);
  });

  it('documents every generate flag and the output rules', async () => {
    const result = await run('generate', '--help');
    expect(result.code).toBe(0);
    for (const flag of [
      '--questions-per-page',
      '--types',
      '--difficulty',
      '--pages',
      '--format',
      '--out',
      '--generator',
      '--server',
      '--api-key',
      '--json',
      '--quiet',
      '--no-color',
    ]) {
      expect(result.stdout).toContain(flag);
    }
    expect(result.stdout).toContain('{name}');
  });

  it('documents serve, also through `quizstream help serve`', async () => {
    const result = await run('help', 'serve');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--port');
  });

  it('prints the help on stderr and exits 2 when no command is given or it is unknown', async () => {
    const none = await run();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: quizstream');
    const unknown = await run('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^quizstream: unknown command 'frobnicate'/);
  });

  it('prints the version', async () => {
    const result = await run('--version');
    expect(result).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
  });
});
