// The machine a benchmark ran on, written beside its numbers.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  kernel: string;
  node: string;
  openFileLimit: string;
  pdftotext: string | null;
  date: string;
}

export function machineInfo(): MachineInfo {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: osName(),
    kernel: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    openFileLimit: shell('ulimit -Sn') ?? 'unknown',
    pdftotext: pdftotextVersion(),
    date: new Date().toISOString(),
  };
}

function osName(): string {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(release)?.[1] ?? os.version();
  } catch {
    return os.version();
  }
}

/** The version line of poppler's pdftotext, or null when it is not installed. */
export function pdftotextVersion(): string | null {
  const run = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
  if (run.error) return null;
  // It prints its version on stderr (and older versions exit non-zero).
  const line = `${run.stdout}\n${run.stderr}`.split('\n').find((l) => /pdftotext version/i.test(l));
  return line?.trim() ?? 'pdftotext (version unknown)';
}

/** The soft open-file limit, as the shell reports it; the load client and the server each need one per stream. */
export function openFileLimit(): number {
  const value = shell('ulimit -Sn');
  return value === 'unlimited' ? Number.POSITIVE_INFINITY : Number(value ?? 1024);
}

function shell(command: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', command], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}
