// Benchmark 2, fan-out latency: N streams follow one job that emits timestamped question events at a fixed
// rate; every client notes when it has parsed each event. Latency is "parsed by the client" minus "the
// server has the event", both on the machine's monotonic clock (see tick-events.ts). Beside it, the minimal
// node:http server writes the same events to N streams at the same rate. Both servers hold their N streams
// throughout and take turns, round after round, so a noisy moment of a shared machine hits both alike.
import { type BenchChild, startChild } from './lib/child.js';
import { isMain, runStandalone } from './lib/cli.js';
import { startJobs, tickPdf, upload } from './lib/fixtures.js';
import { type BenchResult, fmt, log, ms, x } from './lib/result.js';
import { closeAll, openMany, type SseStream, waitFor } from './lib/sse-load-client.js';
import { median, ratio, type Summary, summarize } from './lib/stats.js';
import { stampOf } from './lib/tick-events.js';

export interface FanoutParams {
  streams: number;
  /** Events per round. */
  events: number;
  intervalMs: number;
  /** Rounds per server, taken in turns. */
  rounds: number;
  concurrency: number;
}

export const FULL: FanoutParams = { streams: 1_000, events: 200, intervalMs: 50, rounds: 3, concurrency: 200 };
export const SMOKE: FanoutParams = { streams: 20, events: 20, intervalMs: 20, rounds: 1, concurrency: 20 };

type Kind = 'baseline' | 'api';

interface Side {
  kind: Kind;
  child: BenchChild;
  streams: SseStream[];
  kept: SseStream[];
  failed: number;
  /** Latency samples of the current round, ms. */
  samples: number[];
  /** API: parse times per event id of the current round, to compare with when it was published. */
  arrivals: Map<number, number[]>;
  received: number;
  rounds: RoundResult[];
}

interface RoundResult {
  latency: Summary;
  fromPublish: Summary | undefined;
}

export async function run(p: FanoutParams = FULL): Promise<BenchResult> {
  log(`fanout-latency: ${p.streams} streams on each server, ${p.rounds} rounds of ${p.events} events`);
  const sides: Side[] = [];
  try {
    for (const kind of ['baseline', 'api'] as const) sides.push(await openSide(kind, p));
    for (let r = 0; r < p.rounds; r++) {
      for (const side of sides) {
        log(`fanout-latency: round ${r + 1}, ${side.kind}`);
        side.rounds.push(await round(side, p));
      }
    }
  } finally {
    for (const side of sides) {
      await side.child.stop();
      closeAll(side.streams);
      closeAll(side.kept);
    }
  }
  const [baseline, api] = sides as [Side, Side];
  const p99 = (side: Side) => median(side.rounds.map((r) => r.latency.p99));
  const p50 = (side: Side) => median(side.rounds.map((r) => r.latency.p50));
  const p99Ratio = ratio(p99(api), p99(baseline));
  const expected = (side: Side) => side.streams.length * p.events * p.rounds;
  const rows: (string | number)[][] = [];
  for (const side of sides) {
    side.rounds.forEach((r, i) => {
      rows.push([
        side.kind === 'api' ? 'quizstream API' : 'minimal node:http',
        i + 1,
        ms(r.latency.p50, 2),
        ms(r.latency.p90, 2),
        ms(r.latency.p99, 2),
        ms(r.latency.max, 1),
        r.fromPublish ? `${ms(r.fromPublish.p50, 2)} / ${ms(r.fromPublish.p99, 2)}` : '',
      ]);
    });
  }
  const missing = (side: Side) => expected(side) - side.received;
  const full = p.streams >= FULL.streams;
  return {
    id: 'fanout-latency',
    title: '2. Fan-out latency',
    method: [
      `Each server holds ${fmt(p.streams)} streams; in each round it emits ${p.events} question events (about 560 bytes ` +
        `of JSON each), one every ${p.intervalMs} ms (${fmt((1000 / p.intervalMs) * p.streams)} frames/s in all), ` +
        `and each client notes when it has parsed each one (eventsource-parser, then JSON.parse). The two servers ` +
        `take turns for ${p.rounds} rounds; the figure compared is the median over rounds of each round's p99.`,
      'The server writes into each event the moment it has it, in microseconds on the monotonic clock ' +
        '(process.hrtime, shared by all processes of the machine). API: all streams follow one job whose test ' +
        'generator yields the questions; the stamp is taken as it yields, so the latency includes the pipeline checks ' +
        '(schema, grounding, duplicates), storing the event in PGlite and the fan-out to every follower. The last ' +
        'column starts instead when the stored event is handed to followers (recorded by a follower registered before ' +
        'the clients). Baseline: the stamp is taken just before the same event is written to every open response.',
    ],
    params: p,
    tables: [
      {
        headers: ['server', 'round', 'p50', 'p90', 'p99', 'max', 'API from publish p50 / p99'],
        rows,
      },
      {
        caption: 'Median over rounds',
        headers: ['server', 'events received', 'p50', 'p99'],
        rows: sides.map((side) => [
          side.kind === 'api' ? 'quizstream API' : 'minimal node:http',
          `${fmt(side.received)} / ${fmt(expected(side))}`,
          ms(p50(side), 2),
          ms(p99(side), 2),
        ]),
      },
    ],
    targets: [
      {
        target: `p99 at ${fmt(FULL.streams)} active streams at most 1.5x the minimal server`,
        measured: `p99 ${ms(p99(api), 1)} vs ${ms(p99(baseline), 1)}: ${x(p99Ratio)}; ${fmt(missing(api))} events missing`,
        met: full ? p99Ratio <= 1.5 && missing(api) === 0 : null,
      },
    ],
    notes: [],
    data: {
      p99Ratio,
      baseline: { rounds: baseline.rounds, received: baseline.received, expected: expected(baseline) },
      api: { rounds: api.rounds, received: api.received, expected: expected(api) },
    },
  };
}

async function openSide(kind: Kind, p: FanoutParams): Promise<Side> {
  const child =
    kind === 'api'
      ? await startChild({ entry: 'api-server-entry.ts', env: { BENCH_GENERATOR: 'ticker' } })
      : await startChild({ entry: 'baseline-sse-entry.ts' });
  const side: Side = {
    kind,
    child,
    streams: [],
    kept: [],
    failed: 0,
    samples: [],
    arrivals: new Map(),
    received: 0,
    rounds: [],
  };
  let path = '/stream';
  if (kind === 'api') {
    const doc = await upload(child.url, await tickPdf());
    const { jobIds, keepers } = await startJobs(child.url, doc.id, 1);
    side.kept.push(...keepers.streams);
    await child.call('record', { jobId: jobIds[0] });
    path = `/api/quiz/jobs/${jobIds[0]}/stream`;
  }
  const opened = await openMany({
    url: child.url,
    count: p.streams,
    concurrency: p.concurrency,
    timeoutMs: 120_000,
    request: () => ({ path }),
    onEvent: (_stream, { id, event, at }) => {
      const stamp = stampOf(event);
      if (stamp === undefined) return;
      // Every stream joined before the first round: nothing is replayed, each event counts once.
      side.received += 1;
      side.samples.push((at - stamp) / 1000);
      if (kind === 'api' && id !== undefined) {
        let list = side.arrivals.get(id);
        if (!list) {
          list = [];
          side.arrivals.set(id, list);
        }
        list.push(at);
      }
    },
  });
  side.streams = opened.streams;
  side.failed = opened.failed;
  return side;
}

async function round(side: Side, p: FanoutParams): Promise<RoundResult> {
  side.samples = [];
  side.arrivals = new Map();
  const target = side.received + (side.streams.length - side.failed) * p.events;
  await side.child.call('go', { count: p.events, intervalMs: p.intervalMs });
  await waitFor(() => side.received >= target, p.events * p.intervalMs + 60_000);
  let fromPublish: Summary | undefined;
  if (side.kind === 'api') {
    const published = await side.child.call<Record<string, number>>('published');
    const samples: number[] = [];
    for (const [id, times] of side.arrivals) {
      const at = published[id];
      if (at !== undefined) for (const t of times) samples.push((t - at) / 1000);
    }
    fromPublish = summarize(samples);
  }
  return { latency: summarize(side.samples), fromPublish };
}

if (isMain(import.meta.url)) await runStandalone(run, FULL, SMOKE);
