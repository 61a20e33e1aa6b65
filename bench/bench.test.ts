// Smoke test of every benchmark: each runs with tiny parameters against the real servers and must produce
// well-formed results (numbers present, no stream dropped, every job complete). No timing is asserted: on a
// shared CI machine timings prove nothing; `npm run bench` measures. One after the other: side by side they
// would starve each other of CPU, and the servers' back-pressure would rightly turn requests away.
import { describe, expect, it } from 'vitest';
import * as compression from './compression.js';
import * as extraction from './extraction.js';
import * as fanoutLatency from './fanout-latency.js';
import * as firstQuestion from './first-question.js';
import { machineInfo } from './lib/machine.js';
import { renderReport } from './lib/report.js';
import type { BenchResult } from './lib/result.js';
import * as liveClassroom from './live-classroom.js';
import * as llmFirstQuestion from './llm-first-question.js';
import * as llmThroughput from './llm-throughput.js';
import * as offlineQuiz from './offline-quiz.js';
import * as soak from './soak.js';
import * as streamsCapacity from './streams-capacity.js';

const results: BenchResult[] = [];
const finite = expect.any(Number);

function wellFormed(result: BenchResult) {
  results.push(result);
  expect(result.tables.length).toBeGreaterThan(0);
  expect(result.targets.length).toBeGreaterThan(0);
  for (const t of result.tables) for (const row of t.rows) expect(row).toHaveLength(t.headers.length);
}

describe('benchmarks (smoke)', () => {
  it('streams-capacity holds every stream on both servers and measures memory and /healthz', async () => {
    const result = await streamsCapacity.run(streamsCapacity.SMOKE);
    wellFormed(result);
    for (const side of ['baseline', 'api'] as const) {
      const r = result.data[side] as { opened: number; failed: number; dropped: number; healthz: { count: number } };
      expect(r).toMatchObject({ opened: streamsCapacity.SMOKE.streams, failed: 0, dropped: 0 });
      expect(r.healthz.count).toBeGreaterThan(0);
      expect(r).toMatchObject({ rssPerStream: finite, heapPerStream: finite, minHeartbeats: finite });
    }
  }, 90_000);

  it('fanout-latency delivers every timestamped event to every stream of both servers', async () => {
    const result = await fanoutLatency.run(fanoutLatency.SMOKE);
    wellFormed(result);
    for (const side of ['baseline', 'api'] as const) {
      const r = result.data[side] as { received: number; expected: number; rounds: { latency: { p99: number } }[] };
      expect(r.expected).toBeGreaterThan(0);
      expect(r.received).toBe(r.expected);
      expect(Number.isFinite(r.rounds[0]!.latency.p99)).toBe(true);
    }
  }, 90_000);

  it('first-question times a whole offline quiz through the API', async () => {
    const result = await firstQuestion.run(firstQuestion.SMOKE);
    wellFormed(result);
    const [run] = result.data.runs as { outcome: string; firstQuestionMs: number; questions: number }[];
    expect(run).toMatchObject({ outcome: 'complete', firstQuestionMs: finite });
    expect(run!.questions).toBeGreaterThan(0);
  }, 90_000);

  it('extraction reads every page in process and keeps the CJK text (pdftotext is skipped in the smoke run)', async () => {
    const result = await extraction.run(extraction.SMOKE);
    wellFormed(result);
    const docs = result.data.docs as {
      pages: number;
      pdfjs: { pages: number; pagesPerSecond: number; kept?: number };
    }[];
    expect(docs).toHaveLength(4);
    for (const doc of docs) {
      expect(doc.pdfjs.pages).toBe(doc.pages);
      expect(doc.pdfjs.pagesPerSecond).toBeGreaterThan(0);
    }
    expect(docs[3]!.pdfjs.kept).toBe(1);
    expect(result.notes.join(' ')).toMatch(/pdftotext was not run/);
  }, 90_000);

  it('offline-quiz completes the quiz through the API and in process', async () => {
    const result = await offlineQuiz.run(offlineQuiz.SMOKE);
    wellFormed(result);
    expect((result.data.apiRuns as { outcome: string }[]).map((r) => r.outcome)).toEqual(['complete']);
    expect((result.data.pipelineRuns as { questions: number }[])[0]!.questions).toBeGreaterThan(0);
  }, 90_000);

  it('llm-first-question times the API and the fake provider alone', async () => {
    const result = await llmFirstQuestion.run(llmFirstQuestion.SMOKE);
    wellFormed(result);
    const [run] = result.data.runs as { api: { outcome: string }; fakeMs: number; tokens: number }[];
    expect(run).toMatchObject({ api: { outcome: 'complete' }, fakeMs: finite });
    expect(run!.tokens).toBeGreaterThan(0);
  }, 90_000);

  it('llm-throughput times a whole quiz against the bound of the limits, and a small job beside a large one', async () => {
    const result = await llmThroughput.run(llmThroughput.SMOKE);
    wellFormed(result);
    const whole = result.data.whole as { run: { questions: number; endMs: number }; refused: number; requests: number };
    expect(whole.run.questions).toBeGreaterThan(0);
    expect(whole.requests).toBeGreaterThanOrEqual(llmThroughput.SMOKE.pages);
    expect(result.data.boundMs).toEqual(finite);
    for (const side of ['alone', 'beside'] as const)
      expect(result.data[side]).toMatchObject({ firstMs: finite, endMs: finite });
  }, 120_000);

  it('compression measures bytes, latency and memory with and without SSE_COMPRESSION', async () => {
    const result = await compression.run(compression.SMOKE);
    wellFormed(result);
    for (const side of ['off', 'on'] as const) {
      const r = result.data[side] as { received: number; expected: number; quiz: { wireBytes: number } };
      expect(r.received).toBe(r.expected);
      expect(r.quiz.wireBytes).toBeGreaterThan(0);
    }
  }, 90_000);

  it('live-classroom streams each question to every participant and counts every answer once, on one and two instances', async () => {
    const result = await liveClassroom.run(liveClassroom.SMOKE);
    wellFormed(result);
    const { participants, questions } = liveClassroom.SMOKE;
    for (const side of ['single', 'dual'] as const) {
      const run = result.data[side] as {
        answersSent: number;
        answersRecorded: number;
        tallyMismatches: number;
        resultsMismatches: number;
        streamsFailed: number;
        latency: { count: number };
      };
      expect(run.streamsFailed).toBe(0);
      expect(run.answersSent).toBe(participants * questions);
      expect(run.answersRecorded).toBe(run.answersSent);
      expect(run.tallyMismatches).toBe(0);
      expect(run.resultsMismatches).toBe(0);
      expect(run.latency.count).toBe(participants * questions);
    }
  }, 180_000);

  it('soak runs every kind of step, sees every event of every job exactly once and no unexpected 5xx', async () => {
    const result = await soak.run(soak.SMOKE);
    wellFormed(result);
    const tally = result.data.tally as {
      steps: Record<string, number>;
      failures: string[];
      mismatched: string[];
      events: number;
      exports: number;
    };
    for (const kind of ['complete', 'resume', 'cancel']) expect(tally.steps[kind]).toBeGreaterThan(0);
    expect(tally.failures).toEqual([]);
    expect(tally.mismatched).toEqual([]);
    expect(tally.events).toBeGreaterThan(0);
    expect(tally.exports).toBeGreaterThan(0);
    expect((result.data.samples as unknown[]).length).toBeGreaterThan(2);
    // The growth measure: a line through the samples, against its own start.
    expect(
      soak.growth([
        { x: 0, y: 100 },
        { x: 1, y: 103 },
        { x: 2, y: 110 },
      ]),
    ).toBeCloseTo(0.1007, 3);
    expect(
      soak.growth([
        { x: 0, y: 50 },
        { x: 1, y: 40 },
        { x: 2, y: 50 },
        { x: 3, y: 40 },
      ]),
    ).toBeLessThan(0);
  }, 120_000);
});

describe('the report', () => {
  it('renders every benchmark and target', () => {
    const report = renderReport(
      {
        machine: machineInfo(),
        command: 'smoke',
        loadBefore: [0, 0, 0],
        loadAfter: [0, 0, 0],
        durationMs: 1,
        smoke: true,
      },
      results,
      '',
    );
    for (const r of results) expect(report).toContain(`## ${r.title}`);
    expect(results).toHaveLength(10);
    expect(report).toContain('## Targets');
  });
});
