// Writes docs/quality.md: settings, targets, per-document figures, examples of each detector's findings,
// the sample printed in full, and the blind read section carried over unchanged from the previous report.
import type { Question } from '@quizstream/core/schemas';
import { DETECTOR_TITLES, DETECTORS, type DocumentMeasure, type Finding } from './measure.js';
import { type SampledQuestion, sampleFingerprint } from './sample.js';
import type { TargetResult } from './targets.js';

export interface ReportInput {
  /** The PDF folder as given (relative to the repository root when it is inside or beside it). */
  folder: string;
  seed: number;
  sampleSize: number;
  options: unknown;
  /** Generator version: the commit, and whether the core package had uncommitted changes. */
  commit: string;
  measures: DocumentMeasure[];
  total: DocumentMeasure;
  findings: Finding[];
  sample: SampledQuestion[];
  targets: TargetResult[];
  /** The blind read section, markers included. */
  read: string;
}

/** Text safe inside markdown (and inside a table cell): markup characters escaped, on one line. */
export function md(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_[\]|#])/g, '\\$1')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .trim();
}

const pct = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)}%`);
const cell = (n: number, of: number) => (n === 0 ? '0' : `${n} (${pct(n, of)})`);
const counts = (record: Record<string, number>, keys?: readonly string[]) =>
  (keys ?? Object.keys(record).sort())
    .filter((k) => record[k])
    .map((k) => `\`${k}\` ${record[k]}`)
    .join(', ') || '–';
const TYPES = ['multiple_choice', 'true_false', 'short_answer', 'multi_select'];
const DIFFICULTIES = ['easy', 'medium', 'hard'];

export function renderReport(r: ReportInput): string {
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);
  push(
    '# Question quality',
    '',
    'This file is written by `npm run eval` (the blind read section excepted). It runs the offline generator over a',
    'folder of PDFs through the same pipeline as the server (pages read in a worker process, OCR of pages without a',
    'usable text layer, grounding and deduplication), then measures the questions with automatic defect detectors',
    '(`eval/defects.ts`, independent of the generator) and prints a systematic sample for a person to read.',
    '',
    '```sh',
    'npm run eval                                   # ../shared/corpus, seed 2026, 120 sampled questions',
    'npm run eval -- path/to/pdfs --seed 7 --sample 150 --out /tmp/quality.md',
    'npm run eval -- --options \'{"questionsPerPage":3}\'',
    '```',
    '',
    'The sample is also written as JSON to `eval/out/sample.json` for grading, and every finding to',
    '`eval/out/findings.json` (neither is committed).',
    '',
    '## Settings',
    '',
    `- Documents: \`${r.folder}\` (${r.measures.length} PDFs, ${r.total.pages} pages)`,
    `- Generator: offline, version = commit \`${r.commit}\``,
    `- Options: \`${JSON.stringify(r.options)}\`; OCR \`{ mode: 'auto', langs: ['eng'] }\``,
    `- Sample: ${r.sampleSize} questions, seed ${r.seed}`,
    `- Time: ${(r.total.durationMs / 1000).toFixed(1)} s for all documents`,
  );
  if (r.total.unclassifiedPages > 0) {
    push(
      `- Block roles were unavailable for ${r.total.unclassifiedPages} of ${r.total.pages} pages: their text counts as body`,
      '  (for the non-body detector and for coverage).',
    );
  }
  push('', '## Targets', '', '| target | measured | met |', '|---|---|---|');
  for (const t of r.targets)
    push(`| ${t.target} | ${t.measured} | ${t.met === null ? '–' : t.met ? 'met' : 'missed'} |`);
  push(
    '',
    'Rates are over all questions of all documents. The blind read figures come from the section at the end of this',
    'file, which refers to the sample it graded.',
    '',
    '## Per document',
    '',
    '| document | pages | questions | by type (MC/TF/SA/MS) | by difficulty (E/M/H) | True share | body pages covered | time |',
    '|---|---:|---:|---|---|---:|---:|---:|',
  );
  for (const m of [...r.measures, r.total]) {
    const name = m === r.total ? '**all documents**' : md(m.document);
    push(
      `| ${name} | ${m.pages} | ${m.questions}${m.error ? ` (failed: ${md(m.error)})` : ''} | ${TYPES.map((t) => m.byType[t] ?? 0).join('/')} | ${DIFFICULTIES.map((d) => m.byDifficulty[d] ?? 0).join('/')} | ${m.trueFalse ? `${pct(m.trueKeys, m.trueFalse)} of ${m.trueFalse}` : '–'} | ${m.bodyPages ? `${pct(m.coveredPages, m.bodyPages)} (${m.coveredPages}/${m.bodyPages})` : '–'} | ${(m.durationMs / 1000).toFixed(1)} s |`,
    );
  }
  push(
    '',
    '## Per language',
    '',
    'A question is counted in the language of its quote (else of its page). Targets for every language the',
    'offline generator claims: at least one question per two pages of body prose, a True share of 40-60%, and no',
    'English wording around a question in another language.',
    '',
    '| language | body pages | questions | per two body pages | by type (MC/TF/SA/MS) | True share | worded in English |',
    '|---|---:|---:|---:|---|---:|---:|',
  );
  for (const l of r.total.languages) {
    push(
      `| ${l.language} | ${l.bodyPages} | ${l.questions} | ${l.bodyPages ? ((2 * l.questions) / l.bodyPages).toFixed(2) : '–'} | ${TYPES.map((t) => l.byType[t] ?? 0).join('/')} | ${l.trueFalse ? `${pct(l.trueKeys, l.trueFalse)} of ${l.trueFalse}` : '–'} | ${l.englishWrappers} |`,
    );
  }
  push('', '### Defects per document (count and rate)', '');
  push(
    `| document | ${DETECTORS.map((d) => DETECTOR_TITLES[d].toLowerCase()).join(' | ')} |`,
    `|---|${DETECTORS.map(() => '---:').join('|')}|`,
  );
  for (const m of [...r.measures, r.total]) {
    const name = m === r.total ? '**all documents**' : md(m.document);
    push(`| ${name} | ${DETECTORS.map((d) => cell(m.defects[d], m.questions)).join(' | ')} |`);
  }
  push('', '### Warnings per document', '', '| document | warnings (code count) |', '|---|---|');
  for (const m of [...r.measures, r.total]) {
    push(`| ${m === r.total ? '**all documents**' : md(m.document)} | ${counts(m.warnings)} |`);
  }
  push('', ...renderDefects(r.findings), '', ...renderSample(r.sample), '', '## Blind read', '', r.read, '');
  return out.join('\n');
}

const DEFINITIONS: Record<(typeof DETECTORS)[number], string> = {
  non_body:
    "the quote lies (at least partly) in a block whose role is not body or table (heading, contents, index, references, code, caption, header/footer, front matter), read from the page's `blocks`.",
  answer_leak:
    'fill in the blank: an accepted answer, or one of its words of 4+ letters (plural folded), is also in the prompt outside the blank; multiple choice without a blank: every word of the right choice is in the stem.',
  trivial_blank:
    "the blank asks for a stop word of the page's language (in Chinese and Japanese, a common function word), a single character, or a bare number that is not a year, a quantity with a unit, a percentage or a date (a section, list, footnote or page number).",
  dangling_stem:
    'the statement opens with a pointer to elsewhere (it, this, these, however, thus, as mentioned... and their French, German, Spanish, Chinese and Japanese equivalents), points to something above or below, or ends on a colon.',
  markup:
    'TeX commands, braces, tags, command-line options, file paths, math between dollars or code symbols in the stem.',
  garbled:
    'over 10% symbols, runs of punctuation (dot leaders), letters spaced out, digits inside words, words run together.',
  duplicate: 'the same prompt (lowercase words and numbers) as an earlier question of the quiz.',
  near_duplicate: 'the same quote as an earlier question of the same type, or prompts sharing 80%+ of their words.',
};

function renderDefects(findings: readonly Finding[]): string[] {
  const out = ['## Defects', '', 'Each detector with its rule and its first three findings (in document order).'];
  for (const detector of DETECTORS) {
    const all = findings.filter((f) => f.detector === detector);
    out.push('', `### ${DETECTOR_TITLES[detector]} (${all.length})`, '', `Rule: ${DEFINITIONS[detector]}`, '');
    if (all.length === 0) out.push('None found.');
    for (const f of all.slice(0, 3)) {
      out.push(
        `- ${md(f.document)}, page ${f.question.source.page}, question ${f.index + 1} — ${md(f.reason)}:`,
        `  ${md(f.question.prompt)} → **${md(f.question.answer.join(' / '))}**`,
      );
    }
  }
  return out;
}

function renderQuestion(q: Question): string[] {
  const lines = [`- Prompt: ${md(q.prompt)}`];
  if (q.choices.length > 0)
    lines.push(`- Choices: ${q.choices.map((c, i) => `(${'abcdefgh'[i]}) ${md(c)}`).join('; ')}`);
  lines.push(`- Answer: ${q.answer.map(md).join(' / ')}`);
  if (q.explanation.trim()) lines.push(`- Explanation: ${md(q.explanation)}`);
  lines.push(`- Source quote: ${md(q.source.quote)}`);
  return lines;
}

function renderSample(sample: readonly SampledQuestion[]): string[] {
  const out = [
    '## Sample',
    '',
    'Every k-th question from a seeded start, over all documents in order (see `eval/sample.ts`). Printed without',
    'the automatic findings, for a blind read.',
    '',
    `Sample fingerprint \`${sampleFingerprint(sample)}\` (a recorded read counts only for the sample it graded).`,
  ];
  for (const s of sample) {
    const q = s.question;
    out.push(
      '',
      `### ${s.id} · ${md(s.document)} · page ${q.source.page}${q.source.ocr ? ' (OCR)' : ''}`,
      '',
      `- Type: ${q.type}, difficulty: ${q.difficulty} (question ${s.index + 1} of its quiz)`,
      ...renderQuestion(q),
    );
  }
  return out;
}
