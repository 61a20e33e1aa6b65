// Builds the web app (npm run generate) when it is missing or older than its sources, so the API serves
// what the tests are about; an up-to-date build is reused (a build takes ~15 s of two shared cores).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './repo-root.js';

export const webIndex = path.join(repoRoot, 'apps/web/.output/public/index.html');

/** What ends up in the browser bundle: the app, its config, and the workspace code it imports. */
const SOURCES = [
  'apps/web/app',
  'apps/web/public',
  'apps/web/nuxt.config.ts',
  'packages/client/src',
  'packages/core/src/schemas',
  'packages/core/src/generate/accepted-answers.ts',
  'packages/core/src/generate/answer-forms',
];

async function newestMtime(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const children = await readdir(entry);
  const times = await Promise.all(children.map((child) => newestMtime(path.join(entry, child))));
  return Math.max(info.mtimeMs, ...times);
}

async function isStale(): Promise<boolean> {
  if (!existsSync(webIndex)) return true;
  const built = (await stat(webIndex)).mtimeMs;
  const sources = await Promise.all(SOURCES.map((s) => newestMtime(path.join(repoRoot, s))));
  return Math.max(...sources) > built;
}

export async function ensureWebBuilt(): Promise<void> {
  if (!(await isStale())) return;
  await promisify(execFile)('npm', ['run', 'generate', '-w', '@quizstream/web'], {
    cwd: repoRoot,
    env: { ...process.env, NUXT_TELEMETRY_DISABLED: '1' },
    timeout: 5 * 60_000,
    maxBuffer: 32 * 1024 * 1024,
  });
  if (!existsSync(webIndex)) throw new Error(`npm run generate did not produce ${webIndex}`);
}
