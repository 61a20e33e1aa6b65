// Benchmark 10, a soak: the real API (a child process, offline generator, embedded database) under mixed load
// for 20 minutes: uploads, quizzes generated and read to their end, streams dropped and resumed with
// Last-Event-ID, jobs cancelled, exports in every format, quizzes and documents deleted. Every few seconds the
// load pauses at a barrier (each user ends its step) and the server's memory (after a full GC), the resources
// keeping its event loop alive and its open file descriptors are read. After the warm-up, a straight line fitted
// through those samples says how much each grew over the run: against its own value at the start of the
// measured part, the baseline of the same run. Every stream's events are held against the job's whole log
// replayed from the start: none lost, repeated or out of order.

import { EXPORT_FORMATS, type StreamEvent } from '@quizstream/core';
import { EventSourceParserStream } from 'eventsource-parser/stream';
import { startChild } from './lib/child.js';
import type { HandleSample, MemorySample } from './lib/child-protocol.js';
import { isMain, runStandalone } from './lib/cli.js';
import { coursePdf } from './lib/fixtures.js';
import { type BenchResult, fmt, log, mib } from './lib/result.js';

export interface SoakParams {
  minutes: number;
  /** Minutes of load before the samples that count. */
  warmupMinutes: number;
  /** Users at once, each doing one step after another. */
  users: number;
  sampleEverySeconds: number;
}

export const FULL: SoakParams = { minutes: 20, warmupMinutes: 3, users: 6, sampleEverySeconds: 20 };
export const SMOKE: SoakParams = { minutes: 0.5, warmupMinutes: 0.1, users: 3, sampleEverySeconds: 3 };

type Step = 'complete' | 'resume' | 'cancel';
const STEPS: readonly Step[] = ['complete', 'resume', 'cancel'];

interface Sample {
  atSeconds: number;
  rss: number;
  heapUsed: number;
  handles: number;
  fds: number;
  byKind: Record<string, number>;
}

interface Tally {
  /** Steps that ran a job, by kind. */
  steps: Record<Step, number>;
  /** Steps that ended before a job ran (their upload or their job refused even after retries). */
  skipped: number;
  requests: number;
  byStatus: Record<string, number>;
  /** Refusals (4xx and 5xx) by status, error code and route, e.g. "503 overloaded POST /api/quiz/generate-stream". */
  refusals: Record<string, number>;
  /** Answers of 5xx other than 503, and requests that failed outright, with what they were. */
  failures: string[];
  streams: number;
  events: number;
  /** Streams whose events differ from the job's log replayed from the start. */
  mismatched: string[];
  exports: number;
}

export async function run(p: SoakParams = FULL): Promise<BenchResult> {
  log(`soak: ${p.minutes} min, ${p.users} users`);
  const server = await startChild({ entry: 'api-server-entry.ts', env: { BENCH_GENERATOR: 'configured' } });
  const tally: Tally = {
    steps: { complete: 0, resume: 0, cancel: 0 },
    skipped: 0,
    requests: 0,
    byStatus: {},
    refusals: {},
    failures: [],
    streams: 0,
    events: 0,
    mismatched: [],
    exports: 0,
  };
  const samples: Sample[] = [];
  const started = performance.now();
  const end = started + p.minutes * 60_000;
  let paused = false;
  let active = 0;
  let idle: (() => void) | undefined;
  try {
    const api = client(server.url, tally);
    const pdfs = [await coursePdf(3), await coursePdf(6), await coursePdf(12)];
    const user = async (index: number) => {
      for (let step = index; performance.now() < end; step++) {
        while (paused) await new Promise((r) => setTimeout(r, 20));
        active += 1;
        try {
          const kind = STEPS[step % STEPS.length]!;
          if (await doStep(api, kind, pdfs[step % pdfs.length]!, step, tally)) tally.steps[kind] += 1;
          else tally.skipped += 1;
        } catch (err) {
          tally.failures.push(`step: ${(err as Error).message}`);
        } finally {
          active -= 1;
          if (active === 0) idle?.();
        }
      }
    };
    const sampler = (async () => {
      while (performance.now() < end) {
        await new Promise((r) => setTimeout(r, p.sampleEverySeconds * 1_000));
        if (performance.now() >= end) break;
        paused = true;
        if (active > 0) await new Promise<void>((resolve) => (idle = resolve));
        idle = undefined;
        const memory = await server.call<MemorySample>('memory');
        const handles = await server.call<HandleSample>('handles');
        samples.push({
          atSeconds: (performance.now() - started) / 1_000,
          rss: memory.rss,
          heapUsed: memory.heapUsed,
          handles: handles.handles,
          fds: handles.fds,
          byKind: handles.byKind,
        });
        paused = false;
      }
    })();
    await Promise.all([...Array.from({ length: p.users }, (_, i) => user(i)), sampler]);
  } finally {
    await server.stop();
  }
  return report(p, tally, samples, (performance.now() - started) / 60_000);
}

type Api = ReturnType<typeof client>;

/** Tries of a request refused with 503 before a step gives up. */
const RETRIES = 20;

function client(baseUrl: string, tally: Tally) {
  const request = async (path: string, init: RequestInit = {}): Promise<Response> => {
    tally.requests += 1;
    let response: Response;
    try {
      response = await fetch(`${baseUrl}${path}`, init);
    } catch (err) {
      tally.failures.push(`${init.method ?? 'GET'} ${path}: ${(err as Error).message}`);
      throw err;
    }
    tally.byStatus[response.status] = (tally.byStatus[response.status] ?? 0) + 1;
    if (response.status >= 400) {
      const body = (await response
        .clone()
        .json()
        .catch(() => ({}))) as { error?: { code?: string } };
      const route = path.replace(/\/(?:doc|job|quiz)_[\w-]+/gu, '/:id').replace(/\?.*$/u, '');
      const key = `${response.status} ${body.error?.code ?? '?'} ${init.method ?? 'GET'} ${route}`;
      tally.refusals[key] = (tally.refusals[key] ?? 0) + 1;
    }
    if (response.status >= 500 && response.status !== 503) {
      tally.failures.push(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.clone().text()}`);
    }
    return response;
  };
  /** Sends again after a 503, as a client should: after Retry-After (at most 2 s here, to keep the load up). */
  const patiently = async (path: string, init: () => RequestInit): Promise<Response> => {
    for (let attempt = 1; ; attempt++) {
      const response = await request(path, init());
      if (response.status !== 503 || attempt === RETRIES) return response;
      await response.body?.cancel();
      const seconds = Number(response.headers.get('retry-after') ?? 1);
      await new Promise((r) => setTimeout(r, Math.min(2_000, (Number.isFinite(seconds) ? seconds : 1) * 1_000)));
    }
  };
  return {
    request,
    patiently,
    async upload(pdf: Uint8Array): Promise<string | undefined> {
      const response = await patiently('/api/documents', () => {
        const form = new FormData();
        form.append('file', new Blob([Buffer.from(pdf)], { type: 'application/pdf' }), 'course.pdf');
        return { method: 'POST', body: form };
      });
      if (response.status !== 201) return undefined;
      return ((await response.json()) as { id: string }).id;
    },
  };
}

interface Seen {
  id: number;
  type: string;
}

/** Reads a stream's events until `stopAfter` says so or the job ends; `connection` gives the job's id. */
async function readStream(
  response: Response,
  stopAfter: (event: StreamEvent, seen: Seen[]) => boolean,
): Promise<{ jobId: string | undefined; seen: Seen[]; ended: StreamEvent | undefined }> {
  const seen: Seen[] = [];
  let jobId: string | undefined;
  let ended: StreamEvent | undefined;
  if (!response.body) return { jobId, seen, ended };
  const reader = response.body
    .pipeThrough(new TextDecoderStream())
    .pipeThrough(new EventSourceParserStream())
    .getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      if (!value.data) continue;
      const event = JSON.parse(value.data) as StreamEvent;
      if (event.type === 'connection') jobId = event.jobId;
      if (value.id !== undefined && value.id !== '') seen.push({ id: Number(value.id), type: event.type });
      if (event.type === 'complete' || event.type === 'error') {
        ended = event;
        break;
      }
      if (stopAfter(event, seen)) break;
    }
  } finally {
    // Dropping the stream: the client goes away mid-job.
    await reader.cancel().catch(() => {});
  }
  return { jobId, seen, ended };
}

/** One step of a user; false when no job ran (the upload or the job refused even after retries). */
async function doStep(api: Api, kind: Step, pdf: Uint8Array, step: number, tally: Tally): Promise<boolean> {
  const documentId = await api.upload(pdf);
  if (!documentId) return false;
  const generate = () =>
    api.patiently(`/api/quiz/generate-stream/${documentId}`, () => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ questionsPerPage: 2 }),
    }));
  const response = await generate();
  if (response.status !== 200) {
    await response.body?.cancel();
    await api.request(`/api/documents/${documentId}`, { method: 'DELETE' });
    return false;
  }
  tally.streams += 1;
  let first = await readStream(response, (event) => kind !== 'complete' && event.type === 'question');
  const seen = [...first.seen];
  const jobId = first.jobId;
  if (!jobId) throw new Error('a stream without its connection event');
  let ended = first.ended;
  if (!ended && kind === 'cancel') {
    await (await api.request(`/api/quiz/jobs/${jobId}`, { method: 'DELETE' })).body?.cancel();
  }
  if (!ended) {
    // Back with the last id seen, as a browser's EventSource comes back.
    const last = seen.at(-1)?.id ?? 0;
    const resumed = await api.request(`/api/quiz/jobs/${jobId}/stream`, { headers: { 'last-event-id': String(last) } });
    tally.streams += 1;
    first = await readStream(resumed, () => false);
    seen.push(...first.seen);
    ended = first.ended;
  }
  tally.events += seen.length;
  // The whole log from the start: what the client saw must be exactly it.
  const replay = await readStream(
    await api.request(`/api/quiz/jobs/${jobId}/stream`, { headers: { 'last-event-id': '0' } }),
    () => false,
  );
  const same = JSON.stringify(replay.seen) === JSON.stringify(seen);
  if (!same || !ended) {
    tally.mismatched.push(`${kind} ${jobId}: saw ${seen.length} events, the log has ${replay.seen.length}`);
  }
  if (ended?.type === 'complete') {
    const quizId = ended.quizId;
    for (const format of [EXPORT_FORMATS[step % EXPORT_FORMATS.length]!, 'json']) {
      const exported = await api.request(`/api/quizzes/${quizId}/export?format=${format}`);
      await exported.arrayBuffer();
      if (exported.status === 200) tally.exports += 1;
    }
    await (await api.request(`/api/quizzes/${quizId}`, { method: 'DELETE' })).arrayBuffer();
  }
  await (await api.request(`/api/documents/${documentId}`, { method: 'DELETE' })).arrayBuffer();
  return true;
}

/** Growth over the measured part, from a least-squares line: (fitted end - fitted start) / fitted start. */
export function growth(points: readonly { x: number; y: number }[]): number {
  if (points.length < 2) return Number.NaN;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  const slope = sxx === 0 ? 0 : points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
  const x0 = points[0]!.x;
  const x1 = points.at(-1)!.x;
  const start = my + slope * (x0 - mx);
  return (slope * (x1 - x0)) / start;
}

function report(p: SoakParams, tally: Tally, samples: Sample[], minutes: number): BenchResult {
  const measured = samples.filter((s) => s.atSeconds >= p.warmupMinutes * 60);
  const series = (pick: (s: Sample) => number) => measured.map((s) => ({ x: s.atSeconds, y: pick(s) }));
  const rssGrowth = growth(series((s) => s.rss));
  const heapGrowth = growth(series((s) => s.heapUsed));
  const handleGrowth = growth(series((s) => s.handles));
  const fdGrowth = growth(series((s) => s.fds));
  const full = p.minutes >= FULL.minutes;
  const pct = (v: number) => `${fmt(v * 100, 1)}%`;
  const flat = (v: number) => (full ? Number.isFinite(v) && v < 0.05 : null);
  const unexpected5xx = tally.failures.length;
  const deliberate503 = tally.byStatus[503] ?? 0;
  const firstMeasured = measured[0];
  const lastMeasured = measured.at(-1);
  return {
    id: 'soak',
    title: '10. Soak',
    method: [
      `${p.users} users at once for ${p.minutes} minutes against the API in a child process (offline generator, ` +
        'embedded database), each doing one step after another in turn: upload a course PDF of 3, 6 or 12 pages, ' +
        'generate its quiz and read the stream to its end, then export it in one of the formats and JSON; or drop ' +
        'the stream at its first question and come back with Last-Event-ID; or cancel the job after its first ' +
        'question and read what is left. Each step deletes its quiz and document at the end. A request refused ' +
        'with 503 (more uploads than `MAX_CONCURRENT_UPLOADS` at once, back-pressure) is sent again after its ' +
        'Retry-After, at most 2 s here, as a client does.',
      `Every ${p.sampleEverySeconds} s the users stop at a barrier (each ends its step) and the server's resident ` +
        'memory and heap after a full GC, the resources keeping its event loop alive ' +
        '(`process.getActiveResourcesInfo()`) and its open file descriptors are read. After ' +
        `${p.warmupMinutes} minutes of warm-up, a least-squares line through the samples gives each one's growth ` +
        'over the rest of the run, against its own fitted value at the start of it.',
      "Every stream's events (ids and types, across a drop and its resumption) are compared with the job's log " +
        'replayed from the start (Last-Event-ID: 0); every answer is counted by status.',
    ],
    params: p,
    tables: [
      {
        caption: 'Load',
        headers: [
          'minutes',
          'jobs (read whole / resumed / cancelled)',
          'steps without a job',
          'requests',
          'streams',
          'events',
          'exports',
        ],
        rows: [
          [
            fmt(minutes, 1),
            `${fmt(tally.steps.complete)} / ${fmt(tally.steps.resume)} / ${fmt(tally.steps.cancel)}`,
            fmt(tally.skipped),
            fmt(tally.requests),
            fmt(tally.streams),
            fmt(tally.events),
            fmt(tally.exports),
          ],
        ],
      },
      {
        caption: 'The server after warm-up: first and last sample, and growth over the measured part',
        headers: ['', 'first', 'last', 'growth (fitted)'],
        rows: [
          [
            'resident memory',
            mib(firstMeasured?.rss ?? Number.NaN),
            mib(lastMeasured?.rss ?? Number.NaN),
            pct(rssGrowth),
          ],
          [
            'heap used',
            mib(firstMeasured?.heapUsed ?? Number.NaN),
            mib(lastMeasured?.heapUsed ?? Number.NaN),
            pct(heapGrowth),
          ],
          ['active handles', fmt(firstMeasured?.handles), fmt(lastMeasured?.handles), pct(handleGrowth)],
          ['open file descriptors', fmt(firstMeasured?.fds), fmt(lastMeasured?.fds), pct(fdGrowth)],
        ],
      },
      {
        caption: 'Answers by status',
        headers: ['status', 'count'],
        rows: Object.entries(tally.byStatus).map(([status, count]) => [status, fmt(count)]),
      },
      {
        caption: 'Refusals by status, code and route',
        headers: ['refusal', 'count'],
        rows: Object.keys(tally.refusals).length
          ? Object.entries(tally.refusals).map(([refusal, count]) => [refusal, fmt(count)])
          : [['none', '0']],
      },
    ],
    targets: [
      {
        target: 'Resident memory flat after warm-up (growth under 5% over 20 minutes)',
        measured: `${pct(rssGrowth)} over ${fmt(minutes - p.warmupMinutes, 1)} min`,
        met: flat(rssGrowth),
      },
      {
        target: 'Open handles flat after warm-up (growth under 5%)',
        measured: `handles ${pct(handleGrowth)}, file descriptors ${pct(fdGrowth)}`,
        met: full ? flat(handleGrowth) === true && flat(fdGrowth) === true : null,
      },
      {
        target: 'No 5xx but the deliberate 503s',
        measured: `${fmt(unexpected5xx)} (503s: ${fmt(deliberate503)})`,
        met: unexpected5xx === 0,
      },
      {
        target: 'No event lost, repeated or out of order',
        measured: `${fmt(tally.mismatched.length)} of ${fmt(tally.steps.complete + tally.steps.resume + tally.steps.cancel)} jobs differ from their log`,
        met: tally.mismatched.length === 0,
      },
    ],
    notes: [...tally.failures.slice(0, 5), ...tally.mismatched.slice(0, 5)],
    data: { tally, samples, rssGrowth, heapGrowth, handleGrowth, fdGrowth },
  };
}

if (isMain(import.meta.url)) await runStandalone(run, FULL, SMOKE);
