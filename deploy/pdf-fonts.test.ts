// deploy/pdf-fonts.sh, the image's installer of the fonts quizzes are printed to PDF with: the packages it picks
// (those not installed yet), the names it refuses, and that it installs with apt-get only what is missing.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './testing/build-context.js';

const script = path.join(repoRoot, 'deploy/pdf-fonts.sh');
// Stand-ins first on the PATH: dpkg-query knows fonts-noto-core only as installed, apt-get notes it was called
// and fails. No test here installs anything.
const bin = mkdtempSync(path.join(os.tmpdir(), 'pdf-fonts-'));
const called = path.join(bin, 'apt-get-called');
writeFileSync(path.join(bin, 'apt-get'), `#!/bin/sh\necho "$@" >> "${called}"\nexit 1\n`);
writeFileSync(
  path.join(bin, 'dpkg-query'),
  '#!/bin/sh\nfor a in "$@"; do last="$a"; done\n[ "$last" = fonts-noto-core ] && printf "install ok installed" && exit 0\nexit 1\n',
);
chmodSync(path.join(bin, 'apt-get'), 0o755);
chmodSync(path.join(bin, 'dpkg-query'), 0o755);
const run = (...args: string[]) =>
  spawnSync('sh', [script, ...args], { encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });

afterAll(() => rmSync(bin, { recursive: true, force: true }));

describe('deploy/pdf-fonts.sh', () => {
  it('picks the packages listed that are not installed yet, each once', () => {
    const printed = run('--print', 'fonts-noto-core fonts-noto-cjk,fonts-noto-cjk');
    expect(printed.status, printed.stderr).toBe(0);
    expect(printed.stdout).toBe('fonts-noto-cjk\n');
    expect(run('--print', 'fonts-noto-core').stdout).toBe('');
    expect(run('--print', '').stdout).toBe('');
  });

  it('refuses what is not a font package, with exit code 2, before installing anything', () => {
    for (const list of ['fonts-noto-core;rm -rf /', 'nginx', 'fonts-', 'FONTS-NOTO', '*', 'fonts-x $(id)']) {
      const result = run(list);
      expect(result.status, list).toBe(2);
      expect(result.stderr).toMatch(/pdf-fonts: .*not the name of a Debian font package/);
      expect(existsSync(called), `apt-get ran for ${list}`).toBe(false);
    }
  });

  it('installs nothing when everything is there, and what is missing with apt-get', () => {
    expect(run('fonts-noto-core').status).toBe(0);
    expect(run('').status).toBe(0);
    expect(existsSync(called)).toBe(false);
    // The stand-in apt-get fails: so does the build, at its first call.
    expect(run('fonts-noto-core fonts-noto-cjk').status).not.toBe(0);
    expect(existsSync(called)).toBe(true);
    rmSync(called);
  });
});
