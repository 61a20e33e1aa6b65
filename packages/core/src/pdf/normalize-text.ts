// The one text normalization of quizstream. Extraction applies it to every page, and anything that compares
// text with a page (the grounding check that a question's quote is on its page, dedupe, search) must apply
// the SAME function to its own side, so that both sides agree on spaces, line breaks and ligatures.

export interface NormalizeTextOptions {
  /**
   * Keep paragraph breaks as "\n" (default). With false they become single spaces, which is what a
   * comparison wants: a quote may span two paragraphs or be copied with different line breaks.
   */
  keepParagraphs?: boolean;
}

// Ligatures of the Alphabetic Presentation Forms block (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ): PDFs made with TeX or InDesign
// often map ligature glyphs to these code points. And the shaped forms of Hebrew and Arabic letters (the
// Presentation Forms blocks: "ﻫﺬه" for "هذه", "ﻻ" for "لا"): PDFs printed by a browser, and others, map each
// glyph of an Arabic word to the form it is drawn in, which no search, answer or language check would match.
// Only they get NFKC: NFKC on the whole text would also rewrite full-width CJK punctuation, superscripts
// (m² -> m2) and fractions, changing what a reader sees.
const LIGATURES = /[\uFB00-\uFB06\uFB1D-\uFDFF\uFE70-\uFEFC]/g;
/**
 * Kangxi radicals (U+2F00-U+2FD5) where a font maps a Chinese or Japanese character to its radical's code point
 * ("表⽰" for "表示", "⾏" for "行": Noto CJK in a PDF a browser printed, read by pdf.js): NFKC gives the
 * character. The radicals supplement has no such mapping for the simplified forms its fonts use as characters
 * ("⻅" for "见"); RADICAL_FORMS holds those.
 */
const KANGXI_RADICALS = /[\u2F00-\u2FD5\u2E9F\u2EF3]/g;
const RADICAL_FORMS: Record<string, string> = {
  '\u2EA0': '民',
  '\u2EC5': '见',
  '\u2EC9': '贝',
  '\u2ECB': '车',
  '\u2ED1': '長',
  '\u2ED3': '长',
  '\u2ED4': '门',
  '\u2ED7': '雨',
  '\u2ED8': '青',
  '\u2EDA': '页',
  '\u2EDB': '风',
  '\u2EDD': '食',
  '\u2EE2': '马',
  '\u2EE3': '骨',
  '\u2EE4': '鬼',
  '\u2EE5': '鱼',
  '\u2EE6': '鸟',
  '\u2EE8': '麦',
  '\u2EE9': '黄',
  '\u2EEC': '齐',
  '\u2EEE': '齿',
  '\u2EF0': '龙',
};
const RADICAL_FORM = new RegExp(`[${Object.keys(RADICAL_FORMS).join('')}]`, 'gu');
const LINE_BREAKS = /\r\n?|[\v\f\u0085\u2028\u2029]/g;
// Zero-width space, word joiner and BOM are invisible and carry nothing; ZWJ/ZWNJ are kept (they matter in
// Indic and Persian text). Other C0 controls are debris of broken font encodings.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F\u200B\u2060\uFEFF]/g;
// Tabs and every Unicode space separator, including no-break and ideographic spaces.
const SPACE_CLASS = '[\\t \\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]';
const SPACES = new RegExp(`${SPACE_CLASS}+`, 'g');
// A soft hyphen is shown only where a line breaks after it; there it is a real hyphen, elsewhere nothing.
const SOFT_HYPHEN_AT_BREAK = new RegExp(`\u00AD(?=${SPACE_CLASS}*\n)`, 'g');
const SOFT_HYPHEN = /\u00AD/g;
const BREAK_RUNS = / ?\n[\n ]*/g;
// A word broken at the end of a line with a hyphen and continued in lower case on the next line:
// "informa-\ntion" -> "information". A capital or digit after the break ("Jean-\nPaul", "COVID-\n19") means
// the hyphen is part of the word, so those are left alone.
const HYPHENATED_BREAK = /(\p{L})[-\u2010]\n(?=\p{Ll})/gu;
// A combining mark after a space belongs to the letter before the space: PDFs printed by a browser set Arabic
// vowel marks as glyphs of their own, and text extraction can put the gap between words before them
// ("نجاحا ًكبيرا ً", "يعُد ِّل"). Tanween (ً ٌ ٍ) ends a word, so the space goes after it ("نجاحاً كبيراً"); any
// other mark sits inside its word, so the space goes ("يعُدِّل").
const TANWEEN_AFTER_SPACE = / ([\u064B-\u064D])/gu;
const MARK_AFTER_SPACE = / (\p{Mn})/gu;
// The lam-alef-maksura ligature of such PDFs comes out reversed at a word's end ("عىل", "إىل", "الأوىل" for "على",
// "إلى", "الأولى"): Arabic writes alef maksura (ى) only last in a word, so "ىل" there is "لى". Uyghur and other
// languages written in Arabic letters use ى inside words ("يىل", a year), so a text with their own letters
// (ۆ ۈ ې ۇ ە ڭ) is left as it is.
const REVERSED_LAM_ALEF_MAKSURA = /\u0649\u0644(?![\p{L}\p{M}])/gu;
// Such PDFs set a vowel mark after the punctuation that follows its word, most often tanween ("جدا.ً", "أخيرا،ً",
// "هاما؛ً" for "جداً.", "أخيراً،", "هاماً؛"), and the alef that carries tanween after a space ("ممكن اً،", "يدوي اً" for
// "ممكناً،", "يدوياً"): no word is "اً" alone.
const MARK_AFTER_PUNCTUATION = /(?<=[\u0620-\u064A])([.،؛:!؟])([\u064B-\u0652]+)/gu;
const ALEF_TANWEEN_AFTER_SPACE = /(?<=[\u0620-\u064A]) (\u0627\u064B)(?![\p{L}\p{M}])/gu;
const NOT_ARABIC_LANGUAGE = /[\u06C6\u06C8\u06D0\u06C7\u06D5\u06AD]/u;
// A Hebrew prefix before a number, joined by a hyphen or maqaf, comes out with the hyphen after the number when
// a PDF's right-to-left line is read back ("ב8- בדצמבר", "כ16- על 14 מטרים", "ל2018-אונרא" for "ב-8", "כ-16",
// "ל-2018 אונרא").
const HEBREW_PREFIX_NUMBER = /(?<![\p{L}\p{M}])([בהוכלמש]{1,3})(\d+(?:[.,]\d+)?)[-\u05BE](?=\s|$|([\u05D0-\u05EA]))/gu;
// So does a comma or full stop after a number in a Hebrew line ("נכון לשנת ,2014 הגדרת" for "2014,").
const HEBREW_MARK_BEFORE_NUMBER = /(?<=[\u05D0-\u05EA] )([,.;:])(\d+)(?= [\u05D0-\u05EA])/gu;

// Hebrew and Arabic letters: only a text with some needs the repairs below (every page and quote passes here).
const RIGHT_TO_LEFT = /[\u05D0-\u05EA\u0620-\u064A]/u;

/**
 * What reading a right-to-left line back reversed: the Arabic ligature, vowel marks after punctuation, a Hebrew
 * prefix's number, its comma.
 */
function rightToLeftRepaired(text: string): string {
  const s = NOT_ARABIC_LANGUAGE.test(text) ? text : text.replace(REVERSED_LAM_ALEF_MAKSURA, '\u0644\u0649');
  return s
    .replace(MARK_AFTER_PUNCTUATION, '$2$1')
    .replace(ALEF_TANWEEN_AFTER_SPACE, '$1')
    .replace(
      HEBREW_PREFIX_NUMBER,
      (_m, prefix: string, n: string, letter?: string) => `${prefix}-${n}${letter ? ' ' : ''}`,
    )
    .replace(HEBREW_MARK_BEFORE_NUMBER, '$2$1');
}

/**
 * Normalizes text for storage and comparison. Idempotent: `normalizeText(normalizeText(s)) === normalizeText(s)`.
 *
 * - Unicode NFC (composed accents), ligatures ﬁ ﬂ ﬀ ﬃ ﬄ expanded to letters, Hebrew and Arabic presentation
 *   forms to their letters;
 * - every kind of space or tab becomes one space; zero-width characters are removed, and so are soft hyphens
 *   except at a line break, where they are shown and so become "-";
 * - line breaks of any kind become "\n"; blank lines collapse, so paragraphs are separated by exactly one "\n";
 * - end-of-line hyphenation is joined ("informa-\ntion" -> "information");
 * - a combining mark after a space or after the punctuation that ends its word is joined to the letter before
 *   it (Arabic vowel marks), a reversed lam-alef-maksura at an Arabic word's end is set right, and a Hebrew
 *   prefix keeps its number after it;
 * - no space at either end or around a line break.
 */
/**
 * «…» run into the word before or after ("σε«UTC» ή", "la commande«ls»"): a space lost on the way to the PDF,
 * which a quote or a blank beside it would show. Only marks opening with « and closing with » on one line: German
 * sets »…« the other way round, and a letter against its « is right there.
 */
const GUILLEMETS_RUN_IN = /(?:(\p{L})(?=«[^«»\n]{1,80}»)|(?<!\p{L}))«([^«»\n]{1,80})»(\p{L})?/gu;

export function normalizeText(text: string, options: NormalizeTextOptions = {}): string {
  let s = text.normalize('NFC').replace(LIGATURES, (c) => c.normalize('NFKC'));
  s = s.replace(KANGXI_RADICALS, (c) => c.normalize('NFKC')).replace(RADICAL_FORM, (c) => RADICAL_FORMS[c] ?? c);
  s = s.replace(LINE_BREAKS, '\n').replace(INVISIBLE, '');
  s = s.replace(SOFT_HYPHEN_AT_BREAK, '-').replace(SOFT_HYPHEN, '');
  s = s.replace(SPACES, ' ').replace(BREAK_RUNS, '\n').trim();
  s = s.replace(HYPHENATED_BREAK, '$1');
  if (RIGHT_TO_LEFT.test(s)) s = rightToLeftRepaired(s);
  s = s
    .replace(TANWEEN_AFTER_SPACE, '$1 ')
    .replace(MARK_AFTER_SPACE, '$1')
    .replace(/ {2,}| (?=\n)| $/g, (m) => (m.length > 1 ? ' ' : ''));
  s = s.replace(
    GUILLEMETS_RUN_IN,
    (_m, before: string | undefined, inside: string, after: string | undefined) =>
      `${before ? `${before} ` : ''}«${inside}»${after ? ` ${after}` : ''}`,
  );
  return options.keepParagraphs === false ? s.replaceAll('\n', ' ') : s;
}
