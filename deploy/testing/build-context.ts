// The Docker build context of deploy/Dockerfile: the repository folder less what .dockerignore excludes,
// matched with Docker's own rules (@balena/dockerignore, the matcher of dockerode).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ignore from '@balena/dockerignore';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const dockerfilePath = path.join(repoRoot, 'deploy/Dockerfile');

export interface ContextFilter {
  /** True if the path (relative to the context root, with `/`) is left out of the context. */
  ignores(relPath: string): boolean;
  /** False if nothing inside this ignored folder can be taken back by an exception (`!pattern`). */
  mayReinclude(dir: string): boolean;
}

export function readDockerignore(root = repoRoot): ContextFilter {
  const file = path.join(root, '.dockerignore');
  const patterns = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const matcher = ignore({ ignorecase: false }).add(patterns);
  const exceptions = patterns
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('!'))
    .map((l) => l.slice(1).replace(/^\//, ''));
  return {
    ignores: (relPath) => matcher.ignores(relPath),
    mayReinclude: (dir) => exceptions.some((e) => e.startsWith(`${dir}/`) || e.startsWith('**')),
  };
}

/** Copies the build context into `dest` and returns the relative paths of the files copied. */
export function materializeContext(dest: string, root = repoRoot): string[] {
  const filter = readDockerignore(root);
  const copied: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      const ignored = filter.ignores(relPath);
      if (entry.isDirectory()) {
        if (!ignored || filter.mayReinclude(relPath)) walk(relPath);
        continue;
      }
      if (ignored) continue;
      const target = path.join(dest, relPath);
      mkdirSync(path.dirname(target), { recursive: true });
      if (entry.isSymbolicLink()) symlinkSync(readlinkSync(path.join(root, relPath)), target);
      else copyFileSync(path.join(root, relPath), target);
      copied.push(relPath);
    }
  };
  walk('');
  return copied;
}
