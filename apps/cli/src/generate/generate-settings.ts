// Turns the generate command's flags (and the few environment variables it honours) into one validated
// settings object. Generation options are checked by core's GenerateOptions schema, the same one the server
// uses, so the CLI accepts exactly what a server would; any problem is a usage error (exit 2).
import { OCR_MODES, type OcrMode, type OcrSettings, parseOcrLangs } from '@quizstream/core';
import { GenerateOptions, type GenerateOptionsInput } from '@quizstream/core/schemas';
import type { Env } from '../cli-context.js';
import { usageError } from '../cli-error.js';
import { DEFAULT_FORMAT, type ExportFormatName, formatForPath, resolveFormat } from '../export/formats.js';
import { GENERATOR_CHOICES, type GeneratorChoice } from './generator-choice.js';

/** The flags as commander hands them over (values not yet checked beyond commander's `choices`). */
export interface GenerateFlags {
  questionsPerPage?: string;
  count?: string;
  types?: string[];
  difficulty?: string;
  pages?: string;
  language?: string;
  batch?: boolean;
  ocr?: string;
  ocrLangs?: string;
  format?: string;
  out?: string;
  generator?: string;
  server?: string;
  apiKey?: string;
  json?: boolean;
  quiet?: boolean;
  color?: boolean;
}

export interface GenerateSettings {
  options: GenerateOptions;
  /** OCR of scanned pages in local generation (a server uses its own `OCR` settings). */
  ocr: OcrSettings;
  format: ExportFormatName;
  out: string | undefined;
  /** Local generation's generator; unused with a server. */
  generator: GeneratorChoice;
  /** Base URL without a trailing slash, when generating on a server. */
  server: string | undefined;
  apiKey: string | undefined;
  json: boolean;
  quiet: boolean;
  color: boolean;
}

export function generateSettings(flags: GenerateFlags, env: Env): GenerateSettings {
  const server = flags.server === undefined ? undefined : serverUrl(flags.server);
  // A key in the environment keeps it out of `ps` listings and shell history.
  const apiKey = flags.apiKey ?? (env.QUIZSTREAM_API_KEY || undefined);
  if (flags.apiKey !== undefined && !server) throw usageError('--api-key is only used with --server.');
  if (flags.generator !== undefined && server) {
    throw usageError('--generator applies to local generation; a server uses the generator it is configured with.');
  }
  return {
    options: generateOptions(flags),
    ocr: ocrSettings(flags),
    format: outputFormat(flags),
    out: flags.out,
    generator: generatorChoice(flags.generator ?? env.QUIZ_GENERATOR),
    server,
    apiKey: server ? apiKey : undefined,
    json: flags.json ?? false,
    quiet: flags.quiet ?? false,
    color: flags.color ?? true,
  };
}

function ocrSettings(flags: GenerateFlags): OcrSettings {
  const mode = (flags.ocr ?? 'auto') as OcrMode;
  if (!OCR_MODES.includes(mode)) throw usageError(`--ocr: "${flags.ocr}" is not one of ${OCR_MODES.join(', ')}.`);
  try {
    return { mode, langs: parseOcrLangs(flags.ocrLangs ?? 'eng') };
  } catch (error) {
    throw usageError(`--ocr-langs: ${(error as Error).message}`);
  }
}

function generateOptions(flags: GenerateFlags): GenerateOptions {
  const input: GenerateOptionsInput = {};
  if (flags.questionsPerPage !== undefined)
    input.questionsPerPage = integer('--questions-per-page', flags.questionsPerPage);
  if (flags.count !== undefined) input.count = integer('--count', flags.count);
  if (flags.types !== undefined) input.types = flags.types.map(questionType) as GenerateOptionsInput['types'];
  if (flags.difficulty !== undefined) input.difficulty = flags.difficulty as GenerateOptionsInput['difficulty'];
  if (flags.pages !== undefined) Object.assign(input, pageRange(flags.pages));
  if (flags.language !== undefined) input.language = flags.language;
  if (flags.batch) input.batch = true;
  const parsed = GenerateOptions.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw usageError(`${FLAG_OF[String(issue.path[0])] ?? 'options'}: ${issue.message}`);
  }
  return parsed.data;
}

const FLAG_OF: Record<string, string> = {
  questionsPerPage: '--questions-per-page',
  count: '--count',
  types: '--types',
  difficulty: '--difficulty',
  pageFrom: '--pages',
  pageTo: '--pages',
  language: '--language',
};

function integer(flag: string, value: string): number {
  if (!/^\d+$/.test(value.trim())) throw usageError(`${flag}: "${value}" is not a whole number.`);
  return Number(value);
}

/** "multiple-choice" and "Multiple_Choice" are accepted for multiple_choice; the schema judges the rest. */
function questionType(value: string): string {
  return value.trim().toLowerCase().replaceAll('-', '_');
}

/** "5" (one page), "3-10", "12-" (to the end), "-4" (from the start). */
function pageRange(value: string): { pageFrom?: number; pageTo?: number } {
  const match = /^\s*(\d*)\s*(-?)\s*(\d*)\s*$/.exec(value);
  if (!match || (!match[1] && !match[3])) {
    throw usageError(`--pages: "${value}" is not a page range such as 5, 3-10, 12- or -4.`);
  }
  const [, from, dash, to] = match;
  if (!dash) return { pageFrom: Number(from), pageTo: Number(from) };
  return { ...(from ? { pageFrom: Number(from) } : {}), ...(to ? { pageTo: Number(to) } : {}) };
}

function outputFormat(flags: GenerateFlags): ExportFormatName {
  if (flags.format !== undefined) {
    const format = resolveFormat(flags.format);
    if (!format) throw usageError(`--format: unknown format "${flags.format}".`);
    return format;
  }
  return (flags.out && formatForPath(flags.out)) || DEFAULT_FORMAT;
}

function generatorChoice(value: string | undefined): GeneratorChoice {
  if (value === undefined || value === '') return 'offline';
  const choice = value.toLowerCase();
  if (!(GENERATOR_CHOICES as readonly string[]).includes(choice)) {
    throw usageError(`--generator (or QUIZ_GENERATOR): "${value}" is not one of ${GENERATOR_CHOICES.join(', ')}.`);
  }
  return choice as GeneratorChoice;
}

function serverUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw usageError(`--server: "${value}" is not a URL such as http://localhost:3000.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw usageError(`--server: "${value}" must be an http:// or https:// URL.`);
  }
  return url.href.replace(/\/+$/, '');
}
