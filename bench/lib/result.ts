// What every benchmark returns: its tables and target checks for docs/performance.md, and its raw numbers.

export interface Table {
  caption?: string;
  headers: string[];
  rows: (string | number)[][];
}

export interface TargetCheck {
  /** The target as the issue states it. */
  target: string;
  /** What was measured, with the baseline where there is one. */
  measured: string;
  /** null: not measured in this run (the reason is in `measured`). */
  met: boolean | null;
}

export interface BenchResult {
  id: string;
  title: string;
  /** How it was measured, one paragraph per entry. */
  method: string[];
  params: object;
  tables: Table[];
  targets: TargetCheck[];
  notes: string[];
  /** Raw numbers, for the smoke test and anyone reading the JSON. */
  data: Record<string, unknown>;
}

/** A number for a table: `digits` decimals, thousands separated; "n/a" when it is not a finite number. */
export function fmt(value: number | undefined, digits = 0): string {
  if (value === undefined || !Number.isFinite(value)) return 'n/a';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function kib(bytes: number, digits = 1): string {
  return unit(bytes / 1024, digits, ' KiB');
}

export function mib(bytes: number, digits = 1): string {
  return unit(bytes / 2 ** 20, digits, ' MiB');
}

export function ms(value: number, digits = 1): string {
  return unit(value, digits, ' ms');
}

export function x(value: number, digits = 2): string {
  return unit(value, digits, 'x');
}

function unit(value: number, digits: number, suffix: string): string {
  return Number.isFinite(value) ? `${fmt(value, digits)}${suffix}` : 'n/a';
}

/** Logs progress on stderr, so stdout stays free for results. */
export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
