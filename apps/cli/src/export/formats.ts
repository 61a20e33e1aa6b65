// The --format names: the exporters' formats plus the short names people type (csv, markdown, xml), and the
// file suffix each format's files get. Kept as plain data here, not imported from core, so that
// `quizstream --help` starts without loading zod and the exporters; formats.test.ts fails when this and
// core's exporters drift apart.

export const EXPORT_FORMAT_NAMES = [
  'moodle',
  'gift',
  'qti',
  'csv-kahoot',
  'csv-quizlet',
  'anki',
  'md',
  'json',
] as const;
export type ExportFormatName = (typeof EXPORT_FORMAT_NAMES)[number];

const ALIASES: Record<string, ExportFormatName> = { csv: 'csv-kahoot', markdown: 'md', xml: 'moodle' };

export const FORMAT_CHOICES: readonly string[] = [...EXPORT_FORMAT_NAMES, ...Object.keys(ALIASES)];

export const DEFAULT_FORMAT: ExportFormatName = 'json';

/** The suffix of the exporter's file name: a format's name where two formats share an extension. */
export const FILE_SUFFIX: Record<ExportFormatName, string> = {
  moodle: '.moodle.xml',
  gift: '.gift.txt',
  qti: '.qti.zip',
  'csv-kahoot': '.kahoot.csv',
  'csv-quizlet': '.quizlet.txt',
  anki: '.anki.txt',
  md: '.md',
  json: '.json',
};

/** Formats whose files are bytes rather than text: never printed to a terminal. */
export const BINARY_FORMATS: ReadonlySet<ExportFormatName> = new Set(['qti']);

/** The exporter's name for a --format value, or undefined when there is none. */
export function resolveFormat(name: string): ExportFormatName | undefined {
  const lower = name.toLowerCase();
  return (EXPORT_FORMAT_NAMES as readonly string[]).includes(lower) ? (lower as ExportFormatName) : ALIASES[lower];
}

// Extensions people give their files that name one format without doubt (.txt or .zip alone do not).
const BY_EXTENSION: Record<string, ExportFormatName> = {
  '.gift': 'gift',
  '.xml': 'moodle',
  '.md': 'md',
  '.json': 'json',
  '.csv': 'csv-kahoot',
};

/** The format an output path implies (`--out quiz.gift` means GIFT), when --format is not given. */
export function formatForPath(file: string): ExportFormatName | undefined {
  const lower = file.toLowerCase();
  const bySuffix = EXPORT_FORMAT_NAMES.find((format) => lower.endsWith(FILE_SUFFIX[format]));
  if (bySuffix) return bySuffix;
  const extension = /\.[^./\\]+$/.exec(lower)?.[0];
  return extension ? BY_EXTENSION[extension] : undefined;
}
