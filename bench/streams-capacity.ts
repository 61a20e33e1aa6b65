// Benchmark 1, concurrent streams: N idle streams with heartbeats on, held against the real API and against a
// minimal node:http SSE server (the baseline), each in a child process of its own. Measures streams held and
// dropped, server memory per stream (RSS and heap, after a full GC, before and after opening them, divided by
// N), /healthz latency while they are open, and the server's CPU time while it only keeps them alive.
import { type BenchChild, startChild } from './lib/child.js';
import type { MemorySample } from './lib/child-protocol.js';
import { isMain, runStandalone } from './lib/cli.js';
import { coursePdf, startJobs, upload } from './lib/fixtures.js';
import { startProbe } from './lib/healthz-probe.js';
import { openFileLimit } from './lib/machine.js';
import { type BenchResult, fmt, kib, log, ms, x } from './lib/result.js';
import { closeAll, openMany, type SseStream, waitFor } from './lib/sse-load-client.js';
import { ratio, type Summary, sleep, summarize } from './lib/stats.js';

export interface CapacityParams {
  streams: number;
  /** The API's streams follow this many jobs, spread evenly. */
  jobs: number;
  heartbeatMs: number;
  /** How long the streams are held open, with /healthz probed throughout. */
  holdMs: number;
  probeIntervalMs: number;
  /** Streams being opened at once. */
  concurrency: number;
}

export const FULL: CapacityParams = {
  streams: 10_000,
  jobs: 5,
  heartbeatMs: 5_000,
  holdMs: 20_000,
  probeIntervalMs: 25,
  concurrency: 50,
};
export const SMOKE: CapacityParams = {
  streams: 20,
  jobs: 2,
  heartbeatMs: 200,
  holdMs: 700,
  probeIntervalMs: 20,
  concurrency: 20,
};

interface ServerRun {
  server: 'baseline' | 'api';
  opened: number;
  failed: number;
  dropped: number;
  /** Fewest heartbeats any stream received while held. */
  minHeartbeats: number;
  openMs: number;
  /** Opening requests turned away for now (503 under back-pressure, 429) and sent again after Retry-After. */
  refused: number;
  rssPerStream: number;
  heapPerStream: number;
  before: MemorySample;
  after: MemorySample;
  healthz: Summary;
  healthzFailures: number;
  /** Server CPU time (user + system) while holding the streams, as a share of one core. */
  holdCpu: number;
  firstError: string | undefined;
}

export async function run(params: CapacityParams = FULL): Promise<BenchResult> {
  const limit = openFileLimit();
  const streams = Math.min(params.streams, Math.floor(limit) - 200);
  const notes: string[] = [];
  if (streams < params.streams) {
    notes.push(
      `The open-file limit (${limit}) allows ${streams} streams, not ${params.streams}: raise it (\`ulimit -n\`).`,
    );
  }
  const p = { ...params, streams };
  log(`streams-capacity: ${streams} streams, baseline`);
  const baseline = await measure('baseline', p);
  log(`streams-capacity: ${streams} streams, api`);
  const api = await measure('api', p);
  const rssRatio = ratio(api.rssPerStream, baseline.rssPerStream);
  const held = (r: ServerRun) => r.opened - r.failed - r.dropped;
  const row = (r: ServerRun) => [
    r.server === 'api' ? 'quizstream API' : 'minimal node:http',
    fmt(held(r)),
    fmt(r.failed + r.dropped),
    fmt(r.minHeartbeats),
    `${fmt(r.openMs / 1000, 1)} s`,
    fmt(r.refused),
    kib(r.rssPerStream, 2),
    kib(r.heapPerStream, 2),
    `${fmt((r.after.rss - r.before.rss) / 2 ** 20, 1)} MiB`,
    ms(r.healthz.p50, 2),
    ms(r.healthz.p99, 2),
    ms(r.healthz.max, 1),
    `${fmt(r.holdCpu * 100, 1)} %`,
  ];
  return {
    id: 'streams-capacity',
    title: '1. Concurrent idle streams',
    method: [
      `Each server runs in a child process of its own; the load client (node:http, no keep-alive agent, one socket ` +
        `per stream, every frame parsed with eventsource-parser and JSON.parse) opens ${fmt(streams)} streams, ` +
        `${p.concurrency} at a time (a request turned away with 503 or 429 is sent again after its Retry-After, as ` +
        `@quizstream/client does), and holds them for ${fmt(p.holdMs / 1000)} s with heartbeats every ` +
        `${fmt(p.heartbeatMs / 1000)} s (HEARTBEAT_MS; the default is 30 s, so this is 6x the production write rate).`,
      `API streams are real job streams: \`GET /api/quiz/jobs/:id/stream\` of ${p.jobs} running jobs ` +
        `(${fmt(streams / p.jobs)} followers each) whose generator has read page 1 and waits, as a job waiting on a slow ` +
        `provider does: nothing but heartbeats flows. Each job is started by a POST whose stream stays open and is ` +
        `counted before the measurement. The baseline answers \`GET /stream\` with the same headers, a connection event ` +
        `and the same heartbeats, from plain node:http.`,
      `Memory: RSS and heap of the server process after a full GC (--expose-gc), once after 100 streams were opened ` +
        `and closed (warm-up) and once at the end of the hold; the difference divided by N. A stream is dropped when it ` +
        `closed or failed before the end of the hold, or received no heartbeat. /healthz is probed every ` +
        `${p.probeIntervalMs} ms from a worker thread over one keep-alive connection throughout the hold.`,
    ],
    params: p,
    tables: [
      {
        headers: [
          'server',
          'held',
          'failed or dropped',
          'min heartbeats',
          'open time',
          'turned away, retried',
          'RSS / stream',
          'heap / stream',
          'RSS growth',
          '/healthz p50',
          '/healthz p99',
          '/healthz max',
          'server CPU while idle',
        ],
        rows: [row(baseline), row(api)],
      },
    ],
    targets: [
      {
        target: `${fmt(FULL.streams)} streams held, none dropped`,
        measured: `${fmt(held(api))} of ${fmt(streams)} held, ${fmt(api.failed + api.dropped)} failed or dropped${api.firstError ? ` (${api.firstError})` : ''}`,
        met: streams >= FULL.streams ? api.failed + api.dropped === 0 : null,
      },
      {
        target: 'server memory per stream at most 1.25x the minimal server',
        measured: `${kib(api.rssPerStream, 2)} vs ${kib(baseline.rssPerStream, 2)} RSS per stream: ${x(rssRatio)}`,
        met: streams >= FULL.streams ? rssRatio <= 1.25 : null,
      },
      {
        target: '/healthz p99 under 50 ms while they are open',
        measured: `p99 ${ms(api.healthz.p99)} (baseline ${ms(baseline.healthz.p99)}), ${api.healthz.count} probes`,
        met: streams >= FULL.streams ? api.healthz.p99 < 50 && api.healthzFailures === 0 : null,
      },
    ],
    notes,
    data: { baseline, api, rssRatio },
  };
}

async function measure(kind: 'baseline' | 'api', p: CapacityParams): Promise<ServerRun> {
  const env = { HEARTBEAT_MS: String(p.heartbeatMs) };
  const child =
    kind === 'api'
      ? await startChild({ entry: 'api-server-entry.ts', env: { ...env, BENCH_GENERATOR: 'stalled' } })
      : await startChild({ entry: 'baseline-sse-entry.ts', env });
  const kept: SseStream[] = [];
  let opened: SseStream[] = [];
  try {
    let path = (_i: number) => '/stream';
    if (kind === 'api') {
      const doc = await upload(child.url, await coursePdf(2));
      const { jobIds, keepers } = await startJobs(child.url, doc.id, p.jobs);
      kept.push(...keepers.streams);
      path = (i) => `/api/quiz/jobs/${jobIds[i % jobIds.length]}/stream`;
    }
    const warm = await openMany({
      url: child.url,
      count: Math.min(100, p.streams),
      concurrency: p.concurrency,
      request: (i) => ({ path: path(i) }),
    });
    closeAll(warm.streams);
    await waitFor(async () => (await openStreams(child)) <= kept.length, 10_000);
    await sleep(500);
    const before = await child.call<MemorySample>('memory');
    const result = await openMany({
      url: child.url,
      count: p.streams,
      concurrency: p.concurrency,
      timeoutMs: 120_000,
      request: (i) => ({ path: path(i) }),
    });
    opened = result.streams;
    const beats = new Map(opened.map((s) => [s, s.heartbeats]));
    const cpuBefore = await child.call<NodeJS.CpuUsage>('cpu');
    const holdStart = performance.now();
    const probe = startProbe(child.url, p.probeIntervalMs);
    await sleep(p.holdMs);
    const probed = await probe.stop();
    const cpuAfter = await child.call<NodeJS.CpuUsage>('cpu');
    const holdMs = performance.now() - holdStart;
    const after = await child.call<MemorySample>('memory');
    const live = opened.filter((s) => s.connected && !s.error);
    const dropped = live.filter((s) => s.closed || s.heartbeats - beats.get(s)! < 1).length;
    const minHeartbeats = Math.min(...live.map((s) => s.heartbeats - beats.get(s)!));
    return {
      server: kind,
      opened: opened.length,
      failed: result.failed,
      dropped,
      minHeartbeats: Number.isFinite(minHeartbeats) ? minHeartbeats : 0,
      openMs: result.openMs,
      refused: result.refused,
      rssPerStream: (after.rss - before.rss) / p.streams,
      heapPerStream: (after.heapUsed - before.heapUsed) / p.streams,
      before,
      after,
      healthz: summarize(probed.latencies),
      healthzFailures: probed.failures,
      holdCpu: (cpuAfter.user + cpuAfter.system - cpuBefore.user - cpuBefore.system) / 1000 / holdMs,
      firstError: opened.find((s) => s.error)?.error,
    };
  } finally {
    // The server ends its streams first, so the client's sockets do not linger in TIME_WAIT.
    await child.stop();
    closeAll(opened);
    closeAll(kept);
  }
}

function openStreams(child: BenchChild): Promise<number> {
  return child.call<number>('openStreams');
}

if (isMain(import.meta.url)) await runStandalone(run, FULL, SMOKE);
