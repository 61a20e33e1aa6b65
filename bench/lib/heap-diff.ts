// Compares two V8 heap snapshots (.heapsnapshot, from the children's `heapSnapshot` command or DevTools):
// objects and bytes by constructor that the second holds beyond the first, divided by a count (e.g. the
// number of streams opened in between) to show what each one costs.
// Usage: node --import tsx bench/lib/heap-diff.ts before.heapsnapshot after.heapsnapshot [per] [--top N]
import { readFileSync } from 'node:fs';
import { isMain } from './cli.js';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

export type HeapCensus = Map<string, { count: number; bytes: number }>;

/** Objects and self bytes by "type:name" (constructor name for objects). */
export function census(snapshot: Snapshot): HeapCensus {
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const out: HeapCensus = new Map();
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = types[snapshot.nodes[i + typeAt]!]!;
    const name = type === 'object' || type === 'closure' ? snapshot.strings[snapshot.nodes[i + nameAt]!]! : '';
    const key = `${type}${name ? `:${name}` : ''}`;
    const entry = out.get(key) ?? { count: 0, bytes: 0 };
    entry.count += 1;
    entry.bytes += snapshot.nodes[i + sizeAt]!;
    out.set(key, entry);
  }
  return out;
}

export function diffCensus(before: HeapCensus, after: HeapCensus, per = 1) {
  return [...after]
    .map(([key, a]) => {
      const b = before.get(key) ?? { count: 0, bytes: 0 };
      return { key, count: (a.count - b.count) / per, bytes: (a.bytes - b.bytes) / per };
    })
    .sort((p, q) => q.bytes - p.bytes);
}

if (isMain(import.meta.url)) {
  const [beforeFile, afterFile, perArg, ...rest] = process.argv.slice(2);
  if (!beforeFile || !afterFile) throw new Error('usage: heap-diff.ts before.heapsnapshot after.heapsnapshot [per]');
  const load = (f: string) => census(JSON.parse(readFileSync(f, 'utf8')) as Snapshot);
  const per = Number(perArg ?? 1) || 1;
  const top = Number(rest[rest.indexOf('--top') + 1] ?? 40) || 40;
  const rows = diffCensus(load(beforeFile), load(afterFile), per);
  const total = rows.reduce((s, r) => s + r.bytes, 0);
  console.log(`total ${total.toFixed(0)} bytes per unit`);
  for (const r of rows.slice(0, top)) {
    console.log(`${r.bytes.toFixed(0).padStart(8)} B ${r.count.toFixed(2).padStart(8)} objs  ${r.key}`);
  }
}
