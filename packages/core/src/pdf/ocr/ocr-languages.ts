// Where each OCR language's data comes from, so nothing is ever downloaded at run time: an npm package of the
// @tesseract.js-data scope (LSTM models, `4.0.0_best_int/<code>.traineddata.gz`) resolved from node_modules, or
// else a Tesseract data folder of the system (Debian's `tesseract-ocr-<lang>` packages put
// `<code>.traineddata` in /usr/share/tesseract-ocr/5/tessdata; `TESSDATA_PREFIX` names another folder). English
// ships with core; npm has only a few other languages, Debian has every one Tesseract knows.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OCR_LANG_CODE } from './ocr-settings.js';

const require = createRequire(import.meta.url);

/** System folders of Tesseract's data, newest Tesseract first. */
const SYSTEM_TESSDATA = ['/usr/share/tesseract-ocr/5/tessdata', '/usr/share/tesseract-ocr/4.00/tessdata'];

/** The folders searched for `<code>.traineddata`: `TESSDATA_PREFIX` (or its `tessdata` folder), then the system's. */
export function tessdataFolders(env: Record<string, string | undefined> = process.env): string[] {
  const prefix = env.TESSDATA_PREFIX?.trim();
  return [...(prefix ? [prefix, join(prefix, 'tessdata')] : []), ...SYSTEM_TESSDATA];
}

export interface OcrLanguageData {
  /** The model file. */
  file: string;
  /** Gzipped (`.traineddata.gz`, from npm) or plain (`.traineddata`, from a system folder). */
  gzipped: boolean;
}

/** The LSTM model of `lang` and how it is stored, or null when neither an npm package nor a folder has it. */
export function ocrLanguageData(
  lang: string,
  env: Record<string, string | undefined> = process.env,
): OcrLanguageData | null {
  if (!OCR_LANG_CODE.test(lang)) return null;
  try {
    const root = dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
    const file = join(root, '4.0.0_best_int', `${lang}.traineddata.gz`);
    if (existsSync(file)) return { file, gzipped: true };
  } catch {
    // Not on npm, or not installed: look in the system's folders.
  }
  for (const folder of tessdataFolders(env)) {
    const file = join(folder, `${lang}.traineddata`);
    if (existsSync(file)) return { file, gzipped: false };
  }
  return null;
}

/** The model file of `lang` (see ocrLanguageData), or null when it is not installed. */
export function ocrLanguageFile(lang: string, env: Record<string, string | undefined> = process.env): string | null {
  return ocrLanguageData(lang, env)?.file ?? null;
}

/** Debian's package for a Tesseract language code: `chi_sim` is `tesseract-ocr-chi-sim`. */
export function debianOcrPackage(lang: string): string {
  return `tesseract-ocr-${lang.toLowerCase().replace(/_/g, '-')}`;
}

/**
 * Throws a message naming every language whose data is not installed, and how to install it; for start-up
 * checks, so a missing language stops the server instead of failing the first scanned PDF.
 */
export function assertOcrLanguagesInstalled(
  langs: readonly string[],
  env: Record<string, string | undefined> = process.env,
): void {
  const missing = langs.filter((l) => ocrLanguageFile(l, env) === null);
  if (missing.length === 0) return;
  const debian = missing.map(debianOcrPackage).join(' ');
  const npm = missing.map((l) => `@tesseract.js-data/${l}`).join(' ');
  throw new Error(
    `no OCR data for ${missing.join(', ')}: install it with \`apt-get install ${debian}\` (Debian's Tesseract ` +
      `data, any language), or \`npm install -w @quizstream/core ${npm}\` where npm has it, or put ` +
      `${missing.map((l) => `${l}.traineddata`).join(', ')} in the folder TESSDATA_PREFIX names (see docs/languages.md).`,
  );
}
