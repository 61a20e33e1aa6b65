// Where each input's quiz goes, decided before any work starts so that a clash is a usage error, not a
// quiz overwritten an hour in:
// - no --out (or "-"): stdout, for one input only;
// - --out with "{name}": that path for each input, "{name}" being the PDF's name without ".pdf";
// - --out naming a folder (existing, ending in "/", or several inputs): <folder>/<name><format's extension>;
// - otherwise, with one input: that file.
import path from 'node:path';
import { usageError } from '../cli-error.js';

export type OutputTarget =
  | { kind: 'stdout' }
  | { kind: 'file'; path: string }
  /** The extension comes from the format once the quiz is rendered. */
  | { kind: 'folder'; folder: string; stem: string };

export const NAME_PLACEHOLDER = '{name}';

export function planOutputs(inputs: readonly string[], out: string | undefined, outIsFolder: boolean): OutputTarget[] {
  if (out === undefined || out === '-') {
    if (inputs.length > 1) {
      throw usageError(
        `${inputs.length} input files need --out FOLDER or --out 'quizzes/${NAME_PLACEHOLDER}.gift' (one quiz per file).`,
      );
    }
    return inputs.map(() => ({ kind: 'stdout' }));
  }
  let targets: OutputTarget[];
  if (out.includes(NAME_PLACEHOLDER)) {
    targets = inputs.map((input) => ({ kind: 'file', path: out.replaceAll(NAME_PLACEHOLDER, stemOf(input)) }));
  } else if (outIsFolder || /[\\/]$/.test(out) || inputs.length > 1) {
    targets = inputs.map((input) => ({ kind: 'folder', folder: out, stem: stemOf(input) }));
  } else {
    targets = [{ kind: 'file', path: out }];
  }
  rejectClashes(inputs, targets);
  return targets;
}

/** The file a target writes, given the rendered format's extension (".gift"); undefined for stdout. */
export function targetPath(target: OutputTarget, extension: string): string | undefined {
  if (target.kind === 'stdout') return undefined;
  if (target.kind === 'file') return target.path;
  return path.join(target.folder, `${target.stem}${extension}`);
}

function stemOf(input: string): string {
  return path.basename(input).replace(/\.pdf$/i, '');
}

function rejectClashes(inputs: readonly string[], targets: readonly OutputTarget[]) {
  const seen = new Map<string, string>();
  targets.forEach((target, i) => {
    const key = path.normalize(targetPath(target, '') ?? '-');
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw usageError(
        `${earlier} and ${inputs[i]} would both be written to ${key}; rename one of them or run them separately.`,
      );
    }
    seen.set(key, inputs[i]!);
  });
}
