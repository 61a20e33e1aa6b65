// Running one benchmark on its own: `node --import tsx bench/<name>.ts [--smoke] [--key=value ...]`, where
// each --key=value overrides a numeric parameter; prints the result as JSON.
import { pathToFileURL } from 'node:url';
import type { BenchResult } from './result.js';

export function isMain(importMetaUrl: string): boolean {
  return importMetaUrl === pathToFileURL(process.argv[1] ?? '').href;
}

export function paramsFromArgs<P extends object>(full: P, smoke: P, argv = process.argv.slice(2)): P {
  const params = { ...(argv.includes('--smoke') ? smoke : full) } as Record<string, unknown>;
  for (const arg of argv) {
    const m = /^--(\w+)=(.*)$/.exec(arg);
    if (!m) continue;
    const [, key, value] = m as unknown as [string, string, string];
    if (!(key in params)) throw new Error(`unknown parameter --${key} (known: ${Object.keys(params).join(', ')})`);
    params[key] = typeof params[key] === 'number' ? Number(value) : value;
  }
  return params as P;
}

export async function runStandalone<P extends object>(
  run: (params: P) => Promise<BenchResult>,
  full: P,
  smoke: P,
): Promise<void> {
  const result = await run(paramsFromArgs(full, smoke));
  console.log(JSON.stringify({ ...result, data: undefined }, null, 2));
}
