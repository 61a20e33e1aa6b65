// Benchmark 3, time to first question: a large generated PDF (600 pages of the sample course) through the real
// API with the offline generator, from sending the POST to the first `question` event parsed by the client,
// against the time to the whole quiz (`complete`).
import { startChild } from './lib/child.js';
import { isMain, runStandalone } from './lib/cli.js';
import { coursePdf, upload } from './lib/fixtures.js';
import { type JobTiming, timeJob } from './lib/job-timing.js';
import { type BenchResult, fmt, log, ms, x } from './lib/result.js';
import { median, ratio } from './lib/stats.js';

export interface FirstQuestionParams {
  pages: number;
  /** Jobs after the first one (which runs on a freshly started server and is reported apart). */
  runs: number;
}

export const FULL: FirstQuestionParams = { pages: 600, runs: 3 };
export const SMOKE: FirstQuestionParams = { pages: 10, runs: 0 };

export async function run(p: FirstQuestionParams = FULL): Promise<BenchResult> {
  log(`first-question: ${p.pages} pages, ${p.runs} runs`);
  const pdf = await coursePdf(p.pages);
  const child = await startChild({
    entry: 'api-server-entry.ts',
    env: { QUIZ_GENERATOR: 'offline', MAX_PAGES: String(Math.max(2_000, p.pages)) },
  });
  const runs: JobTiming[] = [];
  try {
    const doc = await upload(child.url, pdf);
    for (let i = 0; i <= p.runs; i++) {
      runs.push(await timeJob(child.url, doc.id));
      log(`first-question: run ${i + 1}: first question ${ms(runs.at(-1)!.firstQuestionMs)}`);
    }
  } finally {
    await child.stop();
  }
  const [cold, ...warm] = runs as [JobTiming, ...JobTiming[]];
  const first = median(warm.map((r) => r.firstQuestionMs));
  const whole = median(warm.map((r) => r.endMs));
  const sooner = ratio(whole, first);
  const full = p.pages >= FULL.pages;
  return {
    id: 'first-question',
    title: '3. Time to first question (offline generator)',
    method: [
      `A ${fmt(p.pages)}-page PDF of the sample course (${fmt(pdf.byteLength / 2 ** 20, 1)} MiB), uploaded once to the real ` +
        'API (child process, embedded PGlite, QUIZ_GENERATOR=offline, default options: 2 questions a page, mixed ' +
        `types). Each run is a new job: time from sending \`POST /api/quiz/generate-stream/:id\` to the first ` +
        '`question` event parsed by the client, and to `complete`. Run 1 is the first job of a freshly started server ' +
        '("cold": the offline generator loads its language model at start-up, but pdf.js and much else load on the ' +
        `first job); the targets are checked on the median of the ${p.runs} runs after it.`,
    ],
    params: p,
    tables: [
      {
        headers: ['run', 'connection event', 'first question', 'whole quiz', 'questions', 'whole / first'],
        rows: runs.map((r, i) => [
          i === 0 ? '1 (cold)' : i + 1,
          ms(r.connectedMs),
          ms(r.firstQuestionMs),
          ms(r.endMs, 0),
          fmt(r.questions),
          x(ratio(r.endMs, r.firstQuestionMs), 0),
        ]),
      },
    ],
    targets: [
      {
        target: `first question under 300 ms on a ${FULL.pages}+ page PDF`,
        measured: `${ms(first)} (median of ${warm.length}; the first job after start-up: ${ms(cold.firstQuestionMs)})`,
        met: full ? first < 300 : null,
      },
      {
        target: 'first question at least 10x sooner than the full quiz',
        measured: `${ms(first)} vs ${ms(whole, 0)}: ${x(sooner, 0)} sooner`,
        met: full ? sooner >= 10 : null,
      },
    ],
    notes: runs.some((r) => r.outcome !== 'complete')
      ? [`Some runs did not complete: ${runs.map((r) => r.outcome).join(', ')}`]
      : [],
    data: { runs, firstQuestionMs: first, wholeQuizMs: whole, sooner },
  };
}

if (isMain(import.meta.url)) await runStandalone(run, FULL, SMOKE);
