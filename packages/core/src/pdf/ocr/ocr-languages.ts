// Where each OCR language's data comes from: npm packages of the @tesseract.js-data scope (LSTM models,
// `4.0.0_best_int/<code>.traineddata.gz`), resolved from node_modules so nothing is ever downloaded at run time.
// English ships with core; another language is one `npm install` away (when it is published on npm at all).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OCR_LANG_CODE } from './ocr-settings.js';

const require = createRequire(import.meta.url);

/** The gzipped LSTM model of `lang` from its npm package, or null when that package is not installed. */
export function ocrLanguageFile(lang: string): string | null {
  if (!OCR_LANG_CODE.test(lang)) return null;
  let root: string;
  try {
    root = dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
  } catch {
    return null;
  }
  const file = join(root, '4.0.0_best_int', `${lang}.traineddata.gz`);
  return existsSync(file) ? file : null;
}

/**
 * Throws a message naming every language whose data is not installed, and how to install it; for start-up
 * checks, so a missing package stops the server instead of failing the first scanned PDF.
 */
export function assertOcrLanguagesInstalled(langs: readonly string[]): void {
  const missing = langs.filter((l) => ocrLanguageFile(l) === null);
  if (missing.length === 0) return;
  const packages = missing.map((l) => `@tesseract.js-data/${l}`).join(' ');
  throw new Error(
    `no OCR data for ${missing.join(', ')}: install it with \`npm install -w @quizstream/core ${packages}\` ` +
      '(see docs/languages.md; not every Tesseract language is published on npm).',
  );
}
