// Benchmark 9, a live classroom: N participants (1,000 by default, Cloud Run's cap of requests per instance)
// join one session, each holding its stream, and answer Q questions host-paced. Measured: the time from the
// host's "next" (the moment the bench sends it) to the question parsed on every participant's stream, against
// the minimal node:http server broadcasting an event of the same size to the same number of streams, on the
// same machine in the same run; answers accepted per second; and that every answer counts once, the reveals'
// tallies and the results being exactly what the participants sent. Then the same with the participants split
// over two API instances sharing a real Postgres, the host's actions going to one of them.

import type { LiveEvent } from '@quizstream/core/schemas';
import pLimit from 'p-limit';
import { startEmbeddedPostgres } from '../apps/api/test/embedded-postgres.js';
import { type BenchChild, startChild } from './lib/child.js';
import { isMain, runStandalone } from './lib/cli.js';
import { coursePdf, upload } from './lib/fixtures.js';
import { type BenchResult, fmt, log, ms, x } from './lib/result.js';
import { closeAll, openMany, type SseStream, waitFor } from './lib/sse-load-client.js';
import { nowUs, ratio, type Summary, summarize } from './lib/stats.js';

export interface LiveParams {
  participants: number;
  questions: number;
  /** Answers (HTTP requests) in flight at once, as a class answers within a few seconds. */
  concurrency: number;
  /** Also run it over two instances sharing a real Postgres. */
  twoInstances: boolean;
}

export const FULL: LiveParams = { participants: 1_000, questions: 20, concurrency: 100, twoInstances: true };
export const SMOKE: LiveParams = { participants: 12, questions: 3, concurrency: 6, twoInstances: true };

interface Question {
  id: string;
  choices: string[];
  answer: string[];
}

interface Run {
  name: string;
  /** Per question: ms from the host's action to each participant's stream having the question. */
  latency: Summary;
  perQuestionP99: number[];
  answersPerSecond: number;
  answersSent: number;
  answersRecorded: number;
  repeated: number;
  /** Reveals whose counts differ from what was sent, and results that differ. */
  tallyMismatches: number;
  resultsMismatches: number;
  streamsFailed: number;
}

interface Sent {
  /** Per question: how many chose each choice. */
  counts: Map<string, Map<string, number>>;
}

export async function run(p: LiveParams = FULL): Promise<BenchResult> {
  log(`live-classroom: ${p.participants} participants, ${p.questions} questions`);
  const { api: single, baseline } = await apiRun(p, 1);
  let dual: Run | undefined;
  let dualBaseline: Run | undefined;
  if (p.twoInstances) ({ api: dual, baseline: dualBaseline } = await apiRun(p, 2));
  const runs = [baseline, single, ...(dual && dualBaseline ? [dualBaseline, dual] : [])];
  const singleRatio = ratio(single.latency.p99, baseline.latency.p99);
  const dualRatio = dual && dualBaseline ? ratio(dual.latency.p99, dualBaseline.latency.p99) : undefined;
  const full = p.participants >= FULL.participants;
  const intact = (r: Run) =>
    r.answersRecorded === r.answersSent && r.repeated === 0 && r.tallyMismatches === 0 && r.resultsMismatches === 0;
  return {
    id: 'live-classroom',
    title: '9. Live classroom',
    method: [
      `${fmt(p.participants)} participants join one live session (POST /api/join) and each holds its stream (GET ` +
        `/api/play/stream, plain node:http clients parsing every frame). For each of ${p.questions} questions the ` +
        'bench sends the host\'s action ("start", then "next") and notes when every stream has parsed the `state` ' +
        'event of that question; then every participant answers (POST /api/play/answers, ' +
        `${p.concurrency} in flight), the host reveals, and the reveal's counts are compared with what was sent.`,
      "Baseline: the minimal node:http server holding as many streams, to which the bench sends each time the API's " +
        'own `state` event, which it writes as one frame to every stream. Latency is from the moment the bench sends ' +
        "the request to the moment a client has parsed the event, on the machine's monotonic clock, in both cases.",
      'Two instances: the same with the participants alternately on two API processes sharing one Postgres ' +
        "(embedded-postgres), the host's actions on the first; the other hears of each change by NOTIFY.",
    ],
    params: p,
    tables: [
      {
        headers: ['server', 'p50', 'p90', 'p99', 'max', 'worst question p99', 'answers/s', 'answers recorded'],
        rows: runs.map((r) => [
          r.name,
          ms(r.latency.p50, 1),
          ms(r.latency.p90, 1),
          ms(r.latency.p99, 1),
          ms(r.latency.max, 1),
          ms(Math.max(0, ...r.perQuestionP99), 1),
          r.answersSent ? fmt(r.answersPerSecond) : '',
          r.answersSent ? `${fmt(r.answersRecorded)} / ${fmt(r.answersSent)}` : '',
        ]),
      },
    ],
    targets: [
      {
        target: `the next question on all ${fmt(FULL.participants)} streams: p99 at most 1.5x the minimal broadcast`,
        measured: `p99 ${ms(single.latency.p99, 1)} vs ${ms(baseline.latency.p99, 1)}: ${x(singleRatio)}`,
        met: full ? singleRatio <= 1.5 : null,
      },
      {
        target: 'every answer counted once, reveals and results equal to what was sent',
        measured: `${fmt(single.answersRecorded)} of ${fmt(single.answersSent)} recorded, ${single.repeated} twice, ${single.tallyMismatches} reveals and ${single.resultsMismatches} results differing`,
        met: intact(single),
      },
      ...(dual
        ? [
            {
              target: 'over two instances sharing Postgres: p99 at most 1.5x the minimal broadcast, every answer once',
              measured: `p99 ${ms(dual.latency.p99, 1)} vs ${ms(dualBaseline!.latency.p99, 1)}: ${x(dualRatio!)}; ${fmt(dual.answersRecorded)} of ${fmt(dual.answersSent)} recorded, ${dual.tallyMismatches} reveals and ${dual.resultsMismatches} results differing`,
              met: full ? dualRatio! <= 1.5 && intact(dual) : intact(dual) ? null : false,
            },
          ]
        : []),
    ],
    notes: [],
    data: { baseline, single, dual, dualBaseline },
  };
}

/** The minimal broadcast, holding as many streams, measured question by question beside the API. */
interface Baseline {
  latencies: number[];
  perQuestion: number[];
  failed: number;
  /** Sends question `q` to every stream and waits until each has parsed it. */
  broadcast(q: number): Promise<void>;
  close(): Promise<void>;
}

async function openBaseline(p: LiveParams): Promise<Baseline> {
  const child = await startChild({ entry: 'live-baseline-entry.ts' });
  const arrivals = new Map<number, number[]>();
  const opened = await openMany({
    url: child.url,
    count: p.participants,
    request: () => ({ path: '/stream' }),
    onEvent: (_s, { event, at }) => record(arrivals, event as unknown as LiveEvent, at),
  });
  const baseline: Baseline = {
    latencies: [],
    perQuestion: [],
    failed: opened.failed,
    async broadcast(q) {
      const sent = nowUs();
      const response = await fetch(`${child.url}/next`, { method: 'POST', body: JSON.stringify(sampleState(q)) });
      await response.arrayBuffer();
      await waitFor(() => (arrivals.get(q)?.length ?? 0) >= p.participants - opened.failed, 60_000, 2);
      const these = (arrivals.get(q) ?? []).map((at) => (at - sent) / 1000);
      baseline.latencies.push(...these);
      baseline.perQuestion.push(summarize(these).p99);
    },
    async close() {
      closeAll(opened.streams);
      await child.stop();
    },
  };
  return baseline;
}

function baselineResult(baseline: Baseline, name: string): Run {
  return {
    name,
    latency: summarize(baseline.latencies),
    perQuestionP99: baseline.perQuestion,
    answersPerSecond: 0,
    answersSent: 0,
    answersRecorded: 0,
    repeated: 0,
    tallyMismatches: 0,
    resultsMismatches: 0,
    streamsFailed: baseline.failed,
  };
}

/** The `state` event of question `index`, as the API sends one for a question of the sample course. */
function sampleState(index: number): LiveEvent {
  const base = {
    type: 'state',
    phase: 'question',
    mode: 'host',
    paused: false,
    index,
    question: {
      id: 'q_0000000000000000',
      index,
      type: 'multiple_choice',
      prompt: 'Fill in the blank: "Stretching for roughly ____ km, the Mississippi ends in the Gulf of Mexico."',
      choices: ['3,730', '1,120', '2,920', '6,650'],
    },
    deadline: null,
    remainingMs: null,
    secondsPerQuestion: 0,
    total: 20,
    generating: false,
    serverTime: Date.now(),
  };
  return { ...base, index } as LiveEvent;
}

function record(arrivals: Map<number, number[]>, event: LiveEvent, at: number): void {
  if (event.type !== 'state' || event.phase !== 'question') return;
  let list = arrivals.get(event.index);
  if (!list) {
    list = [];
    arrivals.set(event.index, list);
  }
  list.push(at);
}

async function apiRun(p: LiveParams, instances: 1 | 2): Promise<{ api: Run; baseline: Run }> {
  const name = instances === 1 ? 'quizstream API' : 'quizstream API, 2 instances';
  log(`live-classroom: ${name}`);
  const postgres = instances === 2 ? await startEmbeddedPostgres() : undefined;
  const env: Record<string, string> = {
    LIVE_JOIN_RATE_LIMIT: '100000',
    LIVE_ANSWER_RATE_LIMIT: '100000',
    LIVE_MAX_PARTICIPANTS: String(Math.max(1_000, p.participants)),
    ...(postgres ? { DATABASE_URL: postgres.url, FOLLOW_POLL_MS: '2000' } : {}),
  };
  const children: BenchChild[] = [];
  let streams: SseStream[] = [];
  const baseline = await openBaseline(p);
  try {
    for (let i = 0; i < instances; i++) {
      children.push(await startChild({ entry: 'api-server-entry.ts', env: { ...env, INSTANCE_ID: `i${i}` } }));
    }
    const host = children[0]!.url;
    const urls = children.map((c) => c.url);
    const quiz = await makeQuiz(host, p.questions);
    const opened = await post<{ id: string; hostToken: string; code: string }>(host, '/api/live', {
      quizId: quiz.id,
      settings: { secondsPerQuestion: 0, leaderboard: false },
    });
    const hostHeaders = { 'x-live-host-token': opened.hostToken };
    const limit = pLimit(p.concurrency);
    const players = await Promise.all(
      Array.from({ length: p.participants }, (_, i) =>
        limit(async () => {
          const url = urls[i % urls.length]!;
          const joined = await post<{ token: string }>(url, '/api/join', { code: opened.code, nickname: `p${i}` });
          return { url, token: joined.token };
        }),
      ),
    );
    const arrivals = new Map<number, number[]>();
    const reveals = new Map<number, Extract<LiveEvent, { type: 'reveal' }>>();
    // One stream per participant, on its own instance.
    const byInstance = await Promise.all(
      urls.map((url, k) => {
        const mine = players.filter((_, i) => i % urls.length === k);
        return openMany({
          url,
          count: mine.length,
          concurrency: 100,
          request: (i) => ({ path: '/api/play/stream', headers: { 'x-live-token': mine[i]!.token } }),
          onEvent: (_s, { event, at }) => {
            const live = event as unknown as LiveEvent;
            record(arrivals, live, at);
            if (live.type === 'reveal' && !reveals.has(live.index)) reveals.set(live.index, live);
          },
        });
      }),
    );
    streams = byInstance.flatMap((o) => o.streams);
    const failed = byInstance.reduce((n, o) => n + o.failed, 0);
    const listening = p.participants - failed;

    const latencies: number[] = [];
    const perQuestion: number[] = [];
    const sent: Sent = { counts: new Map() };
    let answersSent = 0;
    let answersRecorded = 0;
    let repeated = 0;
    let answeringMs = 0;
    let tallyMismatches = 0;
    for (let q = 0; q < p.questions; q++) {
      const question = quiz.questions[q]!;
      await baseline.broadcast(q);
      const t0 = nowUs();
      await post(host, `/api/live/${opened.id}/control`, { action: q === 0 ? 'start' : 'next' }, hostHeaders);
      await waitFor(() => (arrivals.get(q)?.length ?? 0) >= listening, 60_000, 2);
      const these = (arrivals.get(q) ?? []).map((at) => (at - t0) / 1000);
      latencies.push(...these);
      perQuestion.push(summarize(these).p99);
      // Every participant answers once: participant i the choice i modulo the number of choices.
      const counts = new Map<string, number>();
      sent.counts.set(question.id, counts);
      const answering = performance.now();
      const statuses = await Promise.all(
        players.map((player, i) =>
          limit(async () => {
            const choice = question.choices[i % question.choices.length]!;
            counts.set(choice, (counts.get(choice) ?? 0) + 1);
            const outcome = await post<{ status: string }>(
              player.url,
              '/api/play/answers',
              { questionId: question.id, answer: [choice] },
              { 'x-live-token': player.token },
            );
            return outcome.status;
          }),
        ),
      );
      answeringMs += performance.now() - answering;
      answersSent += statuses.length;
      answersRecorded += statuses.filter((s) => s === 'recorded').length;
      repeated += statuses.filter((s) => s === 'repeated').length;
      await post(host, `/api/live/${opened.id}/control`, { action: 'reveal' }, hostHeaders);
      await waitFor(() => reveals.has(q), 30_000, 5);
      const reveal = reveals.get(q);
      const matches =
        reveal &&
        reveal.answered === p.participants &&
        question.choices.every((c) => (reveal.distribution[c] ?? 0) === (counts.get(c) ?? 0)) &&
        reveal.correct === (counts.get(question.answer[0]!) ?? 0);
      if (!matches) tallyMismatches += 1;
    }
    await post(host, `/api/live/${opened.id}/control`, { action: 'end' }, hostHeaders);
    const results = await get<{
      questions: { id: string; answered: number }[];
      participants: { answered: number }[];
      answers: unknown[];
    }>(host, `/api/live/${opened.id}/results?format=json`, hostHeaders);
    let resultsMismatches = 0;
    if (results.answers.length !== answersSent) resultsMismatches += 1;
    for (const r of results.questions.slice(0, p.questions)) if (r.answered !== p.participants) resultsMismatches += 1;
    for (const r of results.participants) if (r.answered !== p.questions) resultsMismatches += 1;
    const api: Run = {
      name,
      latency: summarize(latencies),
      perQuestionP99: perQuestion,
      answersPerSecond: answersSent / (answeringMs / 1000),
      answersSent,
      answersRecorded,
      repeated,
      tallyMismatches,
      resultsMismatches,
      streamsFailed: failed,
    };
    return {
      api,
      baseline: baselineResult(
        baseline,
        `minimal node:http broadcast${instances === 2 ? ' (beside 2 instances)' : ''}`,
      ),
    };
  } finally {
    closeAll(streams);
    await baseline.close();
    for (const child of children) await child.stop();
    await postgres?.stop();
  }
}

/** A quiz of at least `questions` multiple-choice questions from the sample course. */
async function makeQuiz(url: string, questions: number): Promise<{ id: string; questions: Question[] }> {
  const doc = await upload(url, await coursePdf(Math.ceil(questions / 2) + 2));
  const response = await fetch(`${url}/api/quiz/generate-stream/${doc.id}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ questionsPerPage: 2, types: ['multiple_choice'] }),
  });
  const quizId = /"quizId":"([^"]+)"/.exec(await response.text())?.[1];
  if (!quizId) throw new Error('the quiz was not made');
  const quiz = await get<{ id: string; questions: Question[] }>(url, `/api/quizzes/${quizId}`);
  if (quiz.questions.length < questions) throw new Error(`only ${quiz.questions.length} questions`);
  return quiz;
}

async function post<T = unknown>(
  url: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${path}: ${response.status} ${text.slice(0, 200)}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

async function get<T>(url: string, path: string, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(`${url}${path}`, { headers });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

if (isMain(import.meta.url)) await runStandalone(run, FULL, SMOKE);
