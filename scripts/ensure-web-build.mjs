// Builds the web app once, so that `npm install && npm start` serves it with no extra step.
// `npm run build` rebuilds it after changes.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const index = new URL('../apps/web/.output/public/index.html', import.meta.url);
if (!existsSync(index)) {
  console.log('Building the web app (first start only)...');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
