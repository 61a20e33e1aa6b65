// Picks the display: --json wins, then --quiet, then a bar when stderr is a terminal, else plain lines.
import pc from 'picocolors';
import type { OutputStream } from '../cli-context.js';
import { JsonReporter } from './json-reporter.js';
import { PlainReporter } from './plain-reporter.js';
import type { ProgressReporter, ReporterMode } from './reporter.js';
import { TtyReporter } from './tty-reporter.js';

export function reporterMode(flags: { json: boolean; quiet: boolean }, stderr: OutputStream): ReporterMode {
  if (flags.json) return 'json';
  if (flags.quiet) return 'quiet';
  return stderr.isTTY ? 'tty' : 'plain';
}

export function createReporter(mode: ReporterMode, stderr: OutputStream, color: boolean): ProgressReporter {
  switch (mode) {
    case 'json':
      return new JsonReporter(stderr);
    case 'tty':
      return new TtyReporter(stderr, pc.createColors(color));
    case 'quiet':
    case 'plain':
      return new PlainReporter(stderr, { quiet: mode === 'quiet' });
  }
}
