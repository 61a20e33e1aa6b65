// Builds the web app (npm run generate) unless it is already built, so the API can serve it.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './repo-root.js';

export const webIndex = path.join(repoRoot, 'apps/web/.output/public/index.html');

export async function ensureWebBuilt(): Promise<void> {
  if (existsSync(webIndex)) return;
  await promisify(execFile)('npm', ['run', 'generate', '-w', '@quizstream/web'], {
    cwd: repoRoot,
    env: { ...process.env, NUXT_TELEMETRY_DISABLED: '1' },
    timeout: 5 * 60_000,
    maxBuffer: 32 * 1024 * 1024,
  });
  if (!existsSync(webIndex)) throw new Error(`npm run generate did not produce ${webIndex}`);
}
