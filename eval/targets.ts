// The quality targets of the issue that introduced `npm run eval`, checked against measured figures.
import type { DocumentMeasure } from './measure.js';
import type { ReadTally } from './read-grades.js';

export interface TargetResult {
  target: string;
  measured: string;
  /** null when there is nothing to measure yet (no questions, or no blind read recorded). */
  met: boolean | null;
}

const pct = (n: number, of: number) => (of === 0 ? 'n/a' : `${((100 * n) / of).toFixed(1)}%`);

function rate(total: DocumentMeasure, n: number, max: number, target: string): TargetResult {
  return {
    target,
    measured: `${pct(n, total.questions)} (${n} of ${total.questions})`,
    met: total.questions === 0 ? null : n / total.questions <= max,
  };
}

/** Unmeasured (not met, not missed) while extraction gives no block roles at all. */
function nonBody(total: DocumentMeasure): TargetResult {
  const target = 'Questions from non-body text: 0';
  const n = total.defects.non_body;
  if (total.unclassifiedPages >= total.pages) return { target, measured: `${n} (no page has block roles)`, met: null };
  const note = total.unclassifiedPages > 0 ? ` (roles unavailable for ${total.unclassifiedPages} pages)` : '';
  return { target, measured: `${n}${note}`, met: n === 0 };
}

export function checkTargets(total: DocumentMeasure, read: ReadTally): TargetResult[] {
  const d = total.defects;
  const duplicates = d.duplicate + d.near_duplicate;
  const share = total.trueFalse === 0 ? null : total.trueKeys / total.trueFalse;
  return [
    nonBody(total),
    rate(total, d.answer_leak, 0.01, 'Answer leaks <= 1%'),
    rate(total, d.trivial_blank, 0.02, 'Trivial blanks <= 2%'),
    rate(total, d.dangling_stem, 0.03, 'Dangling stems <= 3%'),
    {
      target: 'True share of true/false keys 40-60%',
      measured: `${pct(total.trueKeys, total.trueFalse)} (${total.trueKeys} of ${total.trueFalse})`,
      met: share === null ? null : share >= 0.4 && share <= 0.6,
    },
    {
      target: 'Duplicates (exact and near): 0',
      measured: `${duplicates} (${d.duplicate} exact, ${d.near_duplicate} near)`,
      met: duplicates === 0,
    },
    ...blindRead(read),
  ];
}

function blindRead(read: ReadTally): TargetResult[] {
  if (read.stale) {
    const measured = `out of date: ${pct(read.usable, read.graded)} usable, ${pct(read.reject, read.graded)} rejected of ${read.graded} graded on an earlier sample`;
    return [
      { target: 'Blind read: at least 100 questions read', measured, met: null },
      { target: 'Blind read: usable as is >= 70%', measured, met: null },
      { target: 'Blind read: rejected <= 10%', measured, met: null },
    ];
  }
  // Two readers: each one's share, and both counted together for the target.
  const both = read.second ? read.second.graded + read.graded : read.graded;
  const share = (key: 'usable' | 'reject') => {
    const own = `${pct(read[key], read.graded)} (${read[key]} of ${read.graded})`;
    if (!read.second) return own;
    const together = read[key] + read.second[key];
    return `${pct(read[key], read.graded)} and ${pct(read.second[key], read.second.graded)} (two readers; ${pct(together, both)} together)`;
  };
  const pooled = (key: 'usable' | 'reject') => (read[key] + (read.second?.[key] ?? 0)) / both;
  return [
    {
      target: 'Blind read: at least 100 questions read',
      measured: String(read.graded),
      met: read.graded === 0 ? null : read.graded >= 100,
    },
    {
      target: 'Blind read: usable as is >= 70%',
      measured: read.graded === 0 ? 'not read yet' : share('usable'),
      met: read.graded === 0 ? null : pooled('usable') >= 0.7,
    },
    {
      target: 'Blind read: rejected <= 10%',
      measured: read.graded === 0 ? 'not read yet' : share('reject'),
      met: read.graded === 0 ? null : pooled('reject') <= 0.1,
    },
  ];
}
