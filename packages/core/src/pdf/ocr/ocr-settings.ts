// What OCR does (`OCR=off|auto|force`) and with which languages (`OCR_LANGS`). Plain data, no Node built-ins:
// the settings travel from the API's config through the pipeline to wherever extraction runs.

export const OCR_MODES = ['off', 'auto', 'force'] as const;
/**
 * - `off`: never; a page without usable text stays empty (with a warning when its text cannot be decoded).
 * - `auto`: pages with no text layer, or one that cannot be decoded (fonts without a Unicode map).
 * - `force`: every page, ignoring its text layer (for PDFs with a bad invisible OCR layer of their own).
 */
export type OcrMode = (typeof OCR_MODES)[number];

export interface OcrSettings {
  mode: OcrMode;
  /** Tesseract language codes, e.g. ["eng"] or ["eng", "jpn"]; tried together on every page. */
  langs: readonly string[];
}

export const DEFAULT_OCR_SETTINGS: OcrSettings = { mode: 'auto', langs: ['eng'] };

/** A Tesseract language code: "eng", "jpn", "chi_sim", "jpn_vert". */
export const OCR_LANG_CODE = /^[a-z]{3}(?:_[a-z]+)?$/;

/** Reads `OCR_LANGS`-style lists: "eng", "eng+jpn" (Tesseract's own notation) or "eng,jpn". */
export function parseOcrLangs(value: string): string[] {
  const langs = value
    .split(/[+,\s]+/)
    .map((l) => l.trim())
    .filter(Boolean);
  const bad = langs.filter((l) => !OCR_LANG_CODE.test(l));
  if (bad.length > 0) {
    throw new Error(`"${bad.join('", "')}" is not a Tesseract language code (three letters, such as eng or jpn).`);
  }
  if (langs.length === 0) throw new Error('name at least one language, such as eng.');
  return [...new Set(langs)];
}
