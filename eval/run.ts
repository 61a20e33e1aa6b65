// `npm run eval [folder] [--out docs/quality.md] [--seed n] [--sample n] [--options '<json>']`: runs the offline
// generator over every PDF of a folder, measures the questions, prints a summary and writes the report.
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { closeIdlePdfWorkers, GenerateOptions, warmUpOfflineGenerator } from '@quizstream/core';
import { type DocumentMeasure, type Finding, measureDocument, totalOf } from './measure.js';
import { EMPTY_READ, gradedFingerprint, readSection, tallyGrades } from './read-grades.js';
import { renderReport } from './report.js';
import { type DocumentRun, runDocument } from './run-document.js';
import { sampleFingerprint, sampleQuestions } from './sample.js';
import { checkTargets } from './targets.js';

const repoRoot = path.resolve(import.meta.dirname, '..');
export const DEFAULT_SEED = 2026;
export const DEFAULT_SAMPLE = 120;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'docs/quality.md' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    sample: { type: 'string', default: String(DEFAULT_SAMPLE) },
    options: { type: 'string', default: '{}' },
  },
});
const folder = path.resolve(repoRoot, positionals[0] ?? '../shared/corpus');
const out = path.resolve(repoRoot, values.out);
const seed = Number(values.seed);
const sampleSize = Number(values.sample);
if (!Number.isInteger(seed) || !Number.isInteger(sampleSize) || sampleSize < 1) {
  throw new Error('--seed and --sample take whole numbers (--sample at least 1).');
}
const optionsInput: unknown = JSON.parse(values.options);
const options = GenerateOptions.parse(optionsInput);

const files = (await readdir(folder)).filter((f) => f.toLowerCase().endsWith('.pdf')).sort();
if (files.length === 0) throw new Error(`No PDF in ${folder}.`);
await warmUpOfflineGenerator();

const runs: DocumentRun[] = [];
const measures: DocumentMeasure[] = [];
const findings: Finding[] = [];
for (const file of files) {
  const run = await runDocument({ file: path.join(folder, file), options });
  const measured = measureDocument(run);
  runs.push(run);
  measures.push(measured.measure);
  findings.push(...measured.findings);
  process.stderr.write(`${file}: ${run.questions.length} questions in ${(run.durationMs / 1000).toFixed(1)} s\n`);
}
closeIdlePdfWorkers();

const total = totalOf(measures);
const sample = sampleQuestions(runs, sampleSize, seed);
const previous = await readFile(out, 'utf8').catch(() => '');
const read = readSection(previous) ?? EMPTY_READ;
const graded = gradedFingerprint(read);
const targets = checkTargets(total, {
  ...tallyGrades(read),
  stale: graded !== null && graded !== sampleFingerprint(sample),
});

await mkdir(path.dirname(out), { recursive: true });
await writeFile(
  out,
  renderReport({
    folder: displayPath(folder),
    seed,
    sampleSize,
    options: optionsInput,
    commit: generatorVersion(),
    measures,
    total,
    findings,
    sample,
    targets,
    read,
  }),
);
const sampleFile = path.join(repoRoot, 'eval', 'out', 'sample.json');
await mkdir(path.dirname(sampleFile), { recursive: true });
await writeFile(sampleFile, `${JSON.stringify({ seed, options: optionsInput, sample }, null, 2)}\n`);
// Every finding, for whoever works on a detector's rule or on what it catches.
const findingsFile = path.join(repoRoot, 'eval', 'out', 'findings.json');
await writeFile(findingsFile, `${JSON.stringify(findings, null, 2)}\n`);

printSummary(measures, total);
console.log('');
for (const t of targets)
  console.log(`${t.met === null ? '  -   ' : t.met ? '  met ' : 'MISSED'}  ${t.target}: ${t.measured}`);
console.log(`\nWrote ${displayPath(out)}, ${displayPath(sampleFile)} and ${displayPath(findingsFile)}.`);

function printSummary(measures: readonly DocumentMeasure[], total: DocumentMeasure): void {
  const rows = [...measures, total].map((m) => {
    const rate = (n: number) => (m.questions ? `${((100 * n) / m.questions).toFixed(1)}%` : '-');
    return {
      document: m.document,
      q: m.questions,
      nonBody: m.defects.non_body,
      leak: rate(m.defects.answer_leak),
      trivial: rate(m.defects.trivial_blank),
      dangling: rate(m.defects.dangling_stem),
      markup: rate(m.defects.markup),
      garbled: rate(m.defects.garbled),
      dup: m.defects.duplicate + m.defects.near_duplicate,
      true: m.trueFalse ? `${((100 * m.trueKeys) / m.trueFalse).toFixed(0)}%` : '-',
      covered: m.bodyPages ? `${((100 * m.coveredPages) / m.bodyPages).toFixed(0)}%` : '-',
    };
  });
  console.table(rows);
}

function displayPath(p: string): string {
  const relative = path.relative(repoRoot, p);
  return relative.startsWith('../../') || path.isAbsolute(relative) ? p : relative;
}

/** The commit the generator ran from, marked when the core package has uncommitted changes. */
function generatorVersion(): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
  try {
    const dirty = git('status', '--porcelain', '--', 'packages/core') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' + uncommitted changes in packages/core' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}
