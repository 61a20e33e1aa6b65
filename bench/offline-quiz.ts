// Benchmark 5, the whole offline quiz of a 600-page document: end to end through the real API (upload, then
// generation streamed until `complete`), and the core pipeline alone in a fresh process for reference.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { benchDir, repoRoot, startChild } from './lib/child.js';
import { isMain, runStandalone } from './lib/cli.js';
import { coursePdf, upload } from './lib/fixtures.js';
import { type JobTiming, timeJob } from './lib/job-timing.js';
import { type BenchResult, fmt, log, mib, ms } from './lib/result.js';
import { median } from './lib/stats.js';

const run$ = promisify(execFile);

export interface OfflineQuizParams {
  pages: number;
  runs: number;
}

export const FULL: OfflineQuizParams = { pages: 600, runs: 2 };
export const SMOKE: OfflineQuizParams = { pages: 5, runs: 1 };

interface ApiRun extends JobTiming {
  uploadMs: number;
}

interface PipelineRun {
  pages: number;
  ms: number;
  firstQuestionMs: number;
  questions: number;
  maxRss: number;
}

export async function run(p: OfflineQuizParams = FULL): Promise<BenchResult> {
  log(`offline-quiz: ${p.pages} pages, ${p.runs} runs`);
  const pdf = await coursePdf(p.pages);
  const apiRuns: ApiRun[] = [];
  const child = await startChild({
    entry: 'api-server-entry.ts',
    env: { QUIZ_GENERATOR: 'offline', MAX_PAGES: String(Math.max(2_000, p.pages)) },
  });
  try {
    for (let i = 0; i < p.runs; i++) {
      const started = performance.now();
      const doc = await upload(child.url, pdf, `course-${i}.pdf`);
      const uploadMs = performance.now() - started;
      apiRuns.push({ uploadMs, ...(await timeJob(child.url, doc.id)) });
      log(`offline-quiz: api run ${i + 1}: ${ms(uploadMs + apiRuns.at(-1)!.endMs, 0)}`);
    }
  } finally {
    await child.stop();
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'quizstream-bench-quiz-'));
  const pipelineRuns: PipelineRun[] = [];
  try {
    const file = path.join(dir, 'course.pdf');
    await writeFile(file, pdf);
    for (let i = 0; i < p.runs; i++) {
      const { stdout } = await run$(
        process.execPath,
        ['--import', 'tsx', path.join(benchDir, 'lib', 'pipeline-entry.ts'), file],
        { cwd: repoRoot, maxBuffer: 1 << 20 },
      );
      pipelineRuns.push(JSON.parse(stdout.trim().split('\n').at(-1)!) as PipelineRun);
      log(`offline-quiz: pipeline run ${i + 1}: ${ms(pipelineRuns.at(-1)!.ms, 0)}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const endToEnd = median(apiRuns.map((r) => r.uploadMs + r.endMs));
  const full = p.pages >= FULL.pages;
  return {
    id: 'offline-quiz',
    title: '5. Whole offline quiz',
    method: [
      `The ${fmt(p.pages)}-page sample course (${mib(pdf.byteLength, 2)}), default options (2 questions a page). ` +
        'API: the real server in a child process (embedded PGlite); each run uploads the PDF ' +
        '(`POST /api/documents`, which also opens it to count its pages) and generates its quiz ' +
        '(`POST /api/quiz/generate-stream/:id`) until the `complete` event; end to end is the sum. Every event is ' +
        'stored before it is sent and the quiz is saved at the end, as always. Pipeline: `runQuizPipeline` of ' +
        '@quizstream/core alone in a fresh process, no HTTP and no store, language model loaded first.',
    ],
    params: p,
    tables: [
      {
        headers: ['run', 'upload', 'first question', 'generation', 'end to end', 'questions'],
        rows: apiRuns.map((r, i) => [
          `API ${i + 1}`,
          ms(r.uploadMs, 0),
          ms(r.firstQuestionMs, 0),
          ms(r.endMs, 0),
          ms(r.uploadMs + r.endMs, 0),
          fmt(r.questions),
        ]),
      },
      {
        caption: 'The pipeline alone (extraction, offline generator, checks), in process',
        headers: ['run', 'first question', 'whole quiz', 'pages/s', 'questions', 'peak RSS'],
        rows: pipelineRuns.map((r, i) => [
          i + 1,
          ms(r.firstQuestionMs, 0),
          ms(r.ms, 0),
          fmt((r.pages / r.ms) * 1000),
          fmt(r.questions),
          mib(r.maxRss),
        ]),
      },
    ],
    targets: [
      {
        target: `whole offline quiz of the ${FULL.pages}-page document under 8 s end to end`,
        measured:
          `${ms(endToEnd, 0)} (median of ${apiRuns.length}: upload and generation through the API); ` +
          `the pipeline alone ${ms(median(pipelineRuns.map((r) => r.ms)), 0)}`,
        met: full ? endToEnd < 8_000 && apiRuns.every((r) => r.outcome === 'complete') : null,
      },
    ],
    notes: apiRuns.some((r) => r.outcome !== 'complete')
      ? [`Some runs did not complete: ${apiRuns.map((r) => r.outcome).join(', ')}`]
      : [],
    data: { apiRuns, pipelineRuns, endToEndMs: endToEnd },
  };
}

if (isMain(import.meta.url)) await runStandalone(run, FULL, SMOKE);
