// deploy/ocr-langs.sh, the image's installer of OCR languages: the Debian packages it picks, and the codes it
// refuses, agree with the server's own rules (parseOcrLangs, debianOcrPackage).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { debianOcrPackage, parseOcrLangs } from '@quizstream/core';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './testing/build-context.js';

const script = path.join(repoRoot, 'deploy/ocr-langs.sh');
// An apt-get first on the PATH that only notes it was called: no test here installs anything.
const bin = mkdtempSync(path.join(os.tmpdir(), 'ocr-langs-'));
const called = path.join(bin, 'apt-get-called');
writeFileSync(path.join(bin, 'apt-get'), `#!/bin/sh\necho "$@" >> "${called}"\nexit 1\n`);
chmodSync(path.join(bin, 'apt-get'), 0o755);
const run = (...args: string[]) =>
  spawnSync('sh', [script, ...args], { encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });

afterAll(() => rmSync(bin, { recursive: true, force: true }));

describe('deploy/ocr-langs.sh', () => {
  it('picks Debian’s tesseract-ocr-<lang> package for every language but English, which comes from npm', () => {
    for (const list of ['eng+fra+chi_sim', 'eng,deu jpn_vert', 'fra+fra+ara', 'chi_tra']) {
      const printed = run('--print', list);
      expect(printed.status, printed.stderr).toBe(0);
      const expected = parseOcrLangs(list)
        .filter((l) => l !== 'eng')
        .map(debianOcrPackage);
      expect(printed.stdout.split('\n').filter(Boolean)).toEqual(expected);
    }
    expect(run('--print', 'eng').stdout).toBe('');
  });

  it('refuses what the server refuses, with exit code 2 and the code named, before installing anything', () => {
    for (const list of ['eng;rm -rf /', 'ENG', 'en', 'chi_sim_vert', '*', ' ', 'eng+$(id)']) {
      let serverRefuses = false;
      try {
        parseOcrLangs(list);
      } catch {
        serverRefuses = true;
      }
      expect(serverRefuses, list).toBe(true);
      // Not --print: a list it let through would go on to apt-get.
      const result = run(list);
      expect(result.status, list).toBe(2);
      expect(result.stderr).toMatch(/ocr-langs: .*(not a Tesseract language code|at least one language)/);
      expect(result.stdout).toBe('');
      expect(existsSync(called), `apt-get ran for ${list}`).toBe(false);
    }
  });

  it('needs nothing installed for the default list (eng), and installs the others with apt-get', () => {
    const result = run('eng');
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).toBe('');
    expect(existsSync(called)).toBe(false);
    // The stand-in apt-get fails: so does the build, at its first call.
    expect(run('eng+fra').status).not.toBe(0);
    expect(existsSync(called)).toBe(true);
    rmSync(called);
  });
});
