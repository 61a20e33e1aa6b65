// Turns the command line's input arguments into the list of PDF files to read, in a stable order:
// a file as is (a missing one is reported when it is read, with the other bad-input errors), a folder as
// the PDFs directly inside it, and a quoted glob ('pdfs/**/*.pdf') as what it matches.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { convertPathToPattern, glob, isDynamicPattern } from 'tinyglobby';
import { CliError } from '../cli-error.js';
import { EXIT } from '../exit-codes.js';

export async function resolveInputs(args: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const kind = await pathKind(path.resolve(cwd, arg));
    if (kind === 'file') {
      files.push(arg);
    } else if (kind === 'directory') {
      const pattern = `${convertPathToPattern(arg.replace(/[\\/]+$/, ''))}/*.pdf`;
      files.push(...(await matches(pattern, cwd, `no PDF files in the folder "${arg}"`)));
    } else if (isDynamicPattern(arg)) {
      files.push(...(await matches(arg, cwd, `no files match "${arg}"`)));
    } else {
      files.push(arg);
    }
  }
  // The same file named twice (a.pdf and ./a.pdf, or by two globs) is done once.
  const seen = new Set<string>();
  return files.filter((file) => {
    const key = path.resolve(cwd, file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function matches(pattern: string, cwd: string, none: string): Promise<string[]> {
  // Case-insensitive so that `*.pdf` also finds SCAN.PDF, as a teacher expects; sorted for a stable order.
  const found = await glob(pattern, { cwd, onlyFiles: true, caseSensitiveMatch: false, expandDirectories: false });
  if (found.length === 0) throw new CliError(EXIT.badInput, 'no_match', none);
  return found.sort((a, b) => a.localeCompare(b, 'en'));
}

async function pathKind(file: string): Promise<'file' | 'directory' | 'other' | 'missing'> {
  try {
    const info = await stat(file);
    return info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'other';
  } catch {
    return 'missing';
  }
}
