import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertOcrLanguagesInstalled, debianOcrPackage, ocrLanguageData, ocrLanguageFile } from './ocr-languages.js';
import { parseOcrLangs } from './ocr-settings.js';

describe('OCR settings', () => {
  it('reads language lists in Tesseract notation or comma-separated', () => {
    expect(parseOcrLangs('eng')).toEqual(['eng']);
    expect(parseOcrLangs('eng+jpn')).toEqual(['eng', 'jpn']);
    expect(parseOcrLangs(' eng, chi_sim ,eng')).toEqual(['eng', 'chi_sim']);
    expect(() => parseOcrLangs('english')).toThrow(/"english" is not a Tesseract language code/);
    expect(() => parseOcrLangs(' ')).toThrow(/at least one language/);
  });

  it('finds English data in its npm package and names the package of a missing language', () => {
    expect(ocrLanguageFile('eng')).toMatch(/@tesseract\.js-data\/eng\/4\.0\.0_best_int\/eng\.traineddata\.gz$/);
    expect(ocrLanguageFile('zzz')).toBeNull();
    expect(() => assertOcrLanguagesInstalled(['eng'])).not.toThrow();
    expect(() => assertOcrLanguagesInstalled(['eng', 'zzz'])).toThrow(
      /no OCR data for zzz: .*@tesseract\.js-data\/zzz/,
    );
  });

  it('finds a language in a Tesseract data folder (TESSDATA_PREFIX, or the system’s) when npm has no package', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tessdata-'));
    try {
      writeFileSync(join(folder, 'qaa.traineddata'), 'model');
      const env = { TESSDATA_PREFIX: folder };
      expect(ocrLanguageData('qaa', env)).toEqual({ file: join(folder, 'qaa.traineddata'), gzipped: false });
      expect(() => assertOcrLanguagesInstalled(['eng', 'qaa'], env)).not.toThrow();
      // npm first: English from its package even where a folder has it too.
      writeFileSync(join(folder, 'eng.traineddata'), 'model');
      expect(ocrLanguageData('eng', env)?.gzipped).toBe(true);
      expect(ocrLanguageData('qaa', {})).toBeNull();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('names Debian’s package and the npm one for a missing language', () => {
    expect(debianOcrPackage('chi_sim')).toBe('tesseract-ocr-chi-sim');
    // Codes reserved for local use (ISO 639 qaa-qtz): no package of any machine holds them.
    expect(() => assertOcrLanguagesInstalled(['qaa_sim', 'qtz'], {})).toThrow(
      /no OCR data for qaa_sim, qtz: install it with `apt-get install tesseract-ocr-qaa-sim tesseract-ocr-qtz`.*@tesseract\.js-data\/qaa_sim/,
    );
  });
});
