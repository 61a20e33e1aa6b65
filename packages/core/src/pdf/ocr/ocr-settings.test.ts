import { describe, expect, it } from 'vitest';
import { assertOcrLanguagesInstalled, ocrLanguageFile } from './ocr-languages.js';
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
});
