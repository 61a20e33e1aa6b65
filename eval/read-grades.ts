// The blind read: a section of docs/quality.md written by a person (grades of the sampled questions), kept
// as it is when the report is rewritten, and tallied for the targets table.

export const READ_START = '<!-- read:start -->';
export const READ_END = '<!-- read:end -->';

export const GRADES = ['usable', 'fix', 'reject'] as const;
export type Grade = (typeof GRADES)[number];

export interface ReadTally {
  graded: number;
  /** True when the grades are of another sample than the one printed (its fingerprint differs). */
  stale?: boolean;
  usable: number;
  fix: number;
  reject: number;
  /**
   * A second reader's grades of the same questions, when the table gives them in its last column ("| S-001 |
   * usable | reason | fix |"): readers differ by ten points and more, so the targets count both.
   */
  second?: { graded: number; usable: number; fix: number; reject: number };
}

/** What the section holds before anyone has read the sample. */
export const EMPTY_READ = `${READ_START}
Not read yet. To record a read: grade every sampled question below without looking at the automatic
findings, one table row each, then re-run \`npm run eval\` (this section is kept as it is).

Graded sample: generator commit \`...\`, seed ..., options \`{}\`; sample fingerprint \`...\` (printed above the sample).

| id | grade | reason |
|---|---|---|
${READ_END}`;

/** The read section of an existing report, markers included; null when it has none. */
export function readSection(markdown: string): string | null {
  const start = markdown.indexOf(READ_START);
  const end = markdown.indexOf(READ_END, start + READ_START.length);
  if (start < 0 || end < 0) return null;
  return markdown.slice(start, end + READ_END.length);
}

/**
 * Counts the grade rows (`| S-001 | usable | reason |`) of a read section; one row per sampled question. A last
 * column holding a grade is a second reader's (`| S-001 | usable | reason | fix |`).
 */
export function tallyGrades(section: string): ReadTally {
  const tally: ReadTally = { graded: 0, usable: 0, fix: 0, reject: 0 };
  const second = { graded: 0, usable: 0, fix: 0, reject: 0 };
  const seen = new Set<string>();
  for (const line of section.split('\n')) {
    const m = /^\|\s*(S-\d+)\s*\|\s*(usable|fix|reject)\s*\|(.*)$/i.exec(line.trim());
    if (!m || seen.has(m[1]!)) continue;
    seen.add(m[1]!);
    tally.graded += 1;
    tally[m[2]!.toLowerCase() as Grade] += 1;
    const cells = m[3]!.split('|').map((c) => c.trim());
    if (cells.at(-1) === '') cells.pop();
    const other = cells.length >= 2 ? cells.at(-1)!.toLowerCase() : '';
    if ((GRADES as readonly string[]).includes(other)) {
      second.graded += 1;
      second[other as Grade] += 1;
    }
  }
  return second.graded > 0 ? { ...tally, second } : tally;
}

/** The fingerprint of the sample a read graded, as written in its section ("sample fingerprint `0123abcd4567`"). */
export function gradedFingerprint(section: string): string | null {
  return /sample\s+fingerprint\s+`([0-9a-f]{12})`/i.exec(section)?.[1] ?? null;
}
