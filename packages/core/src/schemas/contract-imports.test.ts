// The contract (schemas, events, error codes, export formats), the grading the web app runs and the client are
// loaded by browsers: nothing Node-only may be reachable from them. Walks their import graph, type imports
// included, from the entry points package.json exports.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const core = (p: string) => path.join(ROOT, 'packages/core', p);

/** What a bare import of the workspace's packages resolves to (their package.json exports). */
function workspaceExports(): Map<string, string> {
  const out = new Map<string, string>();
  for (const pkg of ['core', 'client']) {
    const json = JSON.parse(readFileSync(path.join(ROOT, 'packages', pkg, 'package.json'), 'utf8'));
    for (const [sub, file] of Object.entries(json.exports as Record<string, string>)) {
      out.set(sub === '.' ? json.name : `${json.name}/${sub.slice(2)}`, path.join(ROOT, 'packages', pkg, file));
    }
  }
  return out;
}

/** Packages a browser may load: the contract's validation and the client's SSE parser. */
const BROWSER_PACKAGES = new Set(['zod', 'eventsource-parser']);

/** Every file reachable from `entries`, and every import that is not one of them or an allowed package. */
function importGraph(entries: string[]): { files: Set<string>; refused: string[] } {
  const exportsOf = workspaceExports();
  const files = new Set<string>();
  const refused: string[] = [];
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName: spec } of importedFiles) {
      const from = path.relative(ROOT, file);
      if (spec.startsWith('.')) {
        queue.push(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')));
      } else if (exportsOf.has(spec)) {
        queue.push(exportsOf.get(spec)!);
      } else if (!BROWSER_PACKAGES.has(spec.split('/')[0]!)) {
        refused.push(`${from} imports ${spec}`);
      }
    }
  }
  // The root of core is the Node-only engine (PDF workers, OCR, generators).
  for (const f of files) if (f === exportsOf.get('@quizstream/core')) refused.push('the root of @quizstream/core');
  return { files, refused };
}

describe('the browser-safe contract', () => {
  it('reaches no Node-only module from the schemas, the grading or the client', () => {
    const { files, refused } = importGraph([
      core('src/schemas/index.ts'),
      core('src/generate/grade.ts'),
      core('src/generate/accepted-answers.ts'),
      path.join(ROOT, 'packages/client/src/index.ts'),
    ]);
    expect(refused).toEqual([]);
    // It did walk the graph: the contract's files and the client's are in it.
    const reached = [...files].map((f) => path.relative(ROOT, f));
    expect(reached).toContain('packages/core/src/schemas/error-codes.ts');
    expect(reached).toContain('packages/core/src/schemas/export-format.ts');
    expect(reached).toContain('packages/client/src/quiz-stream.ts');
    expect(reached.some((f) => f.startsWith('packages/core/src/pdf/'))).toBe(false);
  });

  it('is what the web app imports of the workspace', () => {
    const web = path.join(ROOT, 'apps/web/app');
    const imports = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(p);
        else if (/\.(?:ts|vue)$/.test(entry.name)) {
          for (const m of readFileSync(p, 'utf8').matchAll(/from '(@quizstream\/[^']+)'/g)) imports.add(m[1]!);
        }
      }
    };
    walk(web);
    expect([...imports].sort()).toEqual(['@quizstream/client', '@quizstream/core/grade', '@quizstream/core/schemas']);
  });

  it('refuses a Node-only import when one is reachable', () => {
    // The check itself: the generators' entry reaches PDF code and Node built-ins.
    const { refused } = importGraph([core('src/generate/offline/offline-generator.ts')]);
    expect(refused.some((r) => r.includes('node:'))).toBe(true);
  });
});
