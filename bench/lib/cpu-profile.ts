// Reads a V8 .cpuprofile (node --cpu-prof) and summarizes it: self and total time per function, and the
// stacks in "folded" form (one line per stack, frames joined by ";", then the sample count), which
// flamegraph.pl, speedscope and inferno turn into a flame graph.
// Usage: node --import tsx bench/lib/cpu-profile.ts <file.cpuprofile> [--folded out.folded] [--top 30]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMain } from './cli.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface FunctionTime {
  name: string;
  selfMs: number;
  totalMs: number;
}

export interface ProfileSummary {
  durationMs: number;
  idleMs: number;
  functions: FunctionTime[];
  folded: string[];
}

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url ? `${path.basename(url.replace(/^file:\/\//, ''))}:${lineNumber + 1}` : '';
  return `${functionName || '(anonymous)'}${file ? ` ${file}` : ''}`;
}

export function summarizeProfile(profile: CpuProfile): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const folded = new Map<string, number>();
  let idle = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    const name = frameName(node);
    if (node.callFrame.functionName === '(idle)') idle += us;
    self.set(name, (self.get(name) ?? 0) + us);
    const stack: string[] = [];
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = frameName(byId.get(cur)!);
      stack.push(frame);
      // A recursive function counts once per stack in its total.
      if (!seen.has(frame)) {
        seen.add(frame);
        total.set(frame, (total.get(frame) ?? 0) + us);
      }
    }
    const key = stack.reverse().join(';');
    folded.set(key, (folded.get(key) ?? 0) + us);
  }
  const functions = [...self.keys()].map((name) => ({
    name,
    selfMs: (self.get(name) ?? 0) / 1000,
    totalMs: (total.get(name) ?? 0) / 1000,
  }));
  return {
    durationMs: (profile.endTime - profile.startTime) / 1000,
    idleMs: idle / 1000,
    functions,
    folded: [...folded].map(([stack, us]) => `${stack} ${Math.round(us)}`),
  };
}

if (isMain(import.meta.url)) {
  const [file, ...rest] = process.argv.slice(2);
  if (!file) throw new Error('usage: cpu-profile.ts <file.cpuprofile> [--folded out.folded] [--top N]');
  const summary = summarizeProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
  const top = Number(rest[rest.indexOf('--top') + 1] ?? 30) || 30;
  const foldedOut = rest.includes('--folded') ? rest[rest.indexOf('--folded') + 1] : undefined;
  if (foldedOut) writeFileSync(foldedOut, `${summary.folded.join('\n')}\n`);
  console.log(`duration ${summary.durationMs.toFixed(0)} ms, idle ${summary.idleMs.toFixed(0)} ms`);
  console.log('\nself time:');
  for (const f of [...summary.functions].sort((a, b) => b.selfMs - a.selfMs).slice(0, top)) {
    console.log(`${f.selfMs.toFixed(1).padStart(9)} ms  ${f.name}`);
  }
  console.log('\ntotal time:');
  for (const f of [...summary.functions].sort((a, b) => b.totalMs - a.totalMs).slice(0, top)) {
    console.log(`${f.totalMs.toFixed(1).padStart(9)} ms  ${f.name}`);
  }
}
