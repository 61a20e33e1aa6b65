// `npm run bench`: runs every benchmark (or those named with --only=a,b) one after the other and writes
// docs/performance.md with the machine, versions, date, command, every target met or missed, and the tables.
//   --smoke        tiny parameters (what CI runs through bench/bench.test.ts); writes no report unless --out
//   --only=a,b     only these benchmarks (ids: see BENCHMARKS)
//   --out=file     where the report goes (default docs/performance.md; "-" for stdout)
//   --json=file    also the raw results as JSON
//   --render=file  no measuring: render the report again from a --json file (e.g. after editing findings.md)
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as compression from './compression.js';
import * as extraction from './extraction.js';
import * as fanoutLatency from './fanout-latency.js';
import * as firstQuestion from './first-question.js';
import { benchDir, repoRoot } from './lib/child.js';
import { isMain } from './lib/cli.js';
import { machineInfo } from './lib/machine.js';
import { type RunInfo, renderReport } from './lib/report.js';
import { type BenchResult, log } from './lib/result.js';
import * as liveClassroom from './live-classroom.js';
import * as llmFirstQuestion from './llm-first-question.js';
import * as llmThroughput from './llm-throughput.js';
import * as offlineQuiz from './offline-quiz.js';
import * as soak from './soak.js';
import * as streamsCapacity from './streams-capacity.js';

interface Benchmark<P> {
  run(params: P): Promise<BenchResult>;
  FULL: P;
  SMOKE: P;
}

// biome-ignore lint/suspicious/noExplicitAny: each benchmark has parameters of its own
export const BENCHMARKS: Record<string, Benchmark<any>> = {
  'streams-capacity': streamsCapacity,
  'fanout-latency': fanoutLatency,
  'first-question': firstQuestion,
  extraction,
  'offline-quiz': offlineQuiz,
  'llm-first-question': llmFirstQuestion,
  compression,
  'llm-throughput': llmThroughput,
  'live-classroom': liveClassroom,
  soak,
};

export interface RunOptions {
  smoke?: boolean;
  only?: string[];
}

/** Runs the benchmarks in order; a benchmark that throws is reported as such and the others still run. */
export async function runAll(options: RunOptions = {}): Promise<BenchResult[]> {
  const ids = options.only?.length ? options.only : Object.keys(BENCHMARKS);
  const unknown = ids.filter((id) => !(id in BENCHMARKS));
  if (unknown.length > 0) throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS)}`);
  const results: BenchResult[] = [];
  for (const id of ids) {
    const bench = BENCHMARKS[id]!;
    const started = performance.now();
    try {
      results.push(await bench.run(options.smoke ? bench.SMOKE : bench.FULL));
    } catch (err) {
      log(`${id} failed: ${(err as Error).stack ?? err}`);
      results.push(failed(id, err));
    }
    log(`${id}: ${Math.round((performance.now() - started) / 1000)} s`);
  }
  return results;
}

function failed(id: string, err: unknown): BenchResult {
  return {
    id,
    title: id,
    method: [],
    params: {},
    tables: [],
    targets: [{ target: 'the benchmark runs', measured: `failed: ${(err as Error).message ?? err}`, met: false }],
    notes: [],
    data: { error: String(err) },
  };
}

function command(argv: string[]): string {
  const args = argv.join(' ');
  return process.env.npm_lifecycle_event === 'bench'
    ? `npm run bench${args ? ` -- ${args}` : ''}`
    : `node --import tsx bench/run.ts${args ? ` ${args}` : ''}`;
}

if (isMain(import.meta.url)) {
  const argv = process.argv.slice(2);
  const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const smoke = argv.includes('--smoke');
  const only = option('only')?.split(',').filter(Boolean);
  const out = option('out') ?? (smoke ? undefined : path.join(repoRoot, 'docs', 'performance.md'));
  const saved = option('render');
  let info: RunInfo;
  let results: BenchResult[];
  if (saved) {
    // Re-renders a saved run (--json) with the current findings, measuring nothing.
    ({ info, results } = JSON.parse(await readFile(saved, 'utf8')) as { info: RunInfo; results: BenchResult[] });
  } else {
    const machine = machineInfo();
    const loadBefore = os.loadavg();
    const started = performance.now();
    results = await runAll({ smoke, ...(only ? { only } : {}) });
    info = {
      machine,
      command: command(argv.filter((a) => !a.startsWith('--json=') && !a.startsWith('--out='))),
      loadBefore,
      loadAfter: os.loadavg(),
      durationMs: performance.now() - started,
      smoke,
    };
  }
  const report = renderReport(
    info,
    results,
    await readFile(path.join(benchDir, 'findings.md'), 'utf8').catch(() => ''),
  );
  if (out === '-') process.stdout.write(report);
  else if (out) {
    await writeFile(out, report);
    log(`wrote ${out}`);
  }
  const json = option('json');
  if (json) await writeFile(json, JSON.stringify({ info, results }, null, 2));
  for (const r of results) {
    for (const t of r.targets)
      log(`${t.met === null ? '  -  ' : t.met ? ' yes ' : ' NO  '} ${r.id}: ${t.target}: ${t.measured}`);
  }
}
