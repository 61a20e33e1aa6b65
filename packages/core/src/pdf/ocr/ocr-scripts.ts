// Which of the OCR languages to read a page with, from the script Tesseract's orientation and script detection
// (OSD) sees on it: a Russian page of a manual in English and Russian is read with the Russian model alone, and
// Latin letters that look Cyrillic ("P", "C", "H") are not mixed into it. A language of a script not listed here,
// a script no configured language is written in, or a detection too unsure leaves every language on.

/** Tesseract language codes by the script OSD names for their text. */
const LANGUAGES_BY_SCRIPT: Record<string, readonly string[]> = {
  Latin: [
    'afr',
    'aze',
    'bos',
    'cat',
    'ceb',
    'ces',
    'cos',
    'cym',
    'dan',
    'deu',
    'eng',
    'enm',
    'epo',
    'est',
    'eus',
    'fao',
    'fil',
    'fin',
    'fra',
    'frk',
    'frm',
    'fry',
    'gla',
    'gle',
    'glg',
    'hat',
    'hrv',
    'hun',
    'ind',
    'isl',
    'ita',
    'ita_old',
    'jav',
    'lat',
    'lav',
    'lit',
    'ltz',
    'mlt',
    'mri',
    'msa',
    'nld',
    'nor',
    'oci',
    'pol',
    'por',
    'que',
    'ron',
    'slk',
    'slv',
    'spa',
    'spa_old',
    'sqi',
    'srp_latn',
    'sun',
    'swa',
    'swe',
    'ton',
    'tur',
    'uzb',
    'vie',
    'yor',
  ],
  Cyrillic: ['bel', 'bul', 'kaz', 'kir', 'mkd', 'mon', 'rus', 'srp', 'tat', 'tgk', 'ukr', 'uzb_cyrl'],
  Greek: ['ell', 'grc'],
  Hebrew: ['heb', 'yid'],
  Arabic: ['ara', 'fas', 'pus', 'snd', 'uig', 'urd'],
  Devanagari: ['hin', 'mar', 'nep', 'san'],
  Thai: ['tha'],
  Georgian: ['kat', 'kat_old'],
  Armenian: ['hye'],
  // Chinese characters alone may be Chinese or Japanese; kana make Japanese, hangul Korean.
  Han: ['chi_sim', 'chi_sim_vert', 'chi_tra', 'chi_tra_vert', 'jpn', 'jpn_vert'],
  Japanese: ['jpn', 'jpn_vert'],
  Hiragana: ['jpn', 'jpn_vert'],
  Katakana: ['jpn', 'jpn_vert'],
  Korean: ['kor', 'kor_vert'],
  Hangul: ['kor', 'kor_vert'],
};

/** Every language the table knows the script of. */
const KNOWN = new Set(Object.values(LANGUAGES_BY_SCRIPT).flat());

/**
 * Below this confidence OSD's script is a guess: on a page of a few words, or a picture, it names Cyrillic for
 * English (0.1 to 0.4 seen), while pages it reads right score 0.6 to 95.
 */
export const MIN_SCRIPT_CONFIDENCE = 2;

/**
 * The languages of `langs` to read a page of `script` with: those written in it, and any whose script is not
 * known here; all of `langs` when none is written in it or the detection is unsure.
 */
export function languagesForScript(
  langs: readonly string[],
  script: string | null | undefined,
  confidence: number,
): string[] {
  const written = script ? LANGUAGES_BY_SCRIPT[script] : undefined;
  if (!written || confidence < MIN_SCRIPT_CONFIDENCE) return [...langs];
  const chosen = langs.filter((l) => written.includes(l) || !KNOWN.has(l));
  return chosen.some((l) => written.includes(l)) ? chosen : [...langs];
}
