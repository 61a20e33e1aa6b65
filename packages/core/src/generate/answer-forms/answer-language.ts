// The languages whose answer forms are known (articles, plurals, number style), and the few words of each that
// accepted answers need. Any other language still gets the forms that hold everywhere (case, accents,
// punctuation, digits).

export const ANSWER_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt'] as const;
export type AnswerLanguage = (typeof ANSWER_LANGUAGES)[number];

/** The primary subtag of a BCP 47 tag ("pt-BR" -> "pt"), when it is a language with known forms. */
export function answerLanguage(tag: string | undefined): AnswerLanguage | undefined {
  const primary = tag?.split(/[-_]/)[0]?.toLowerCase();
  return (ANSWER_LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as AnswerLanguage) : undefined;
}

/** `text` lower-cased by the rules of `tag` (Turkish dotted i…), or by the default rules for a malformed tag. */
export function lowerCase(text: string, tag: string | undefined): string {
  try {
    return text.toLocaleLowerCase(tag);
  } catch {
    return text.toLocaleLowerCase();
  }
}

/** Leading articles, definite and indefinite. Elided ones ("l'") end with the apostrophe. */
export const ARTICLES: Record<AnswerLanguage, readonly string[]> = {
  en: ['the', 'a', 'an'],
  fr: ['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du'],
  de: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines'],
  es: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas'],
  it: ['il', 'lo', 'la', 'i', 'gli', 'le', "l'", 'un', 'uno', 'una', "un'"],
  pt: ['o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas'],
};

/**
 * Articles stripped when the language is not known: every language's, except those that are also common
 * English words or single letters ("die", "as", "o", "i"), which would make "I band" match "band".
 */
export const ANY_LANGUAGE_ARTICLES: readonly string[] = [...new Set(Object.values(ARTICLES).flat())].filter(
  (a) => !['die', 'as', 'os', 'o', 'i', 'den', 'dem', 'um', 'lo'].includes(a),
);

/** The word for "and", which "&" stands for. */
export const AND_WORD: Record<AnswerLanguage, string> = {
  en: 'and',
  fr: 'et',
  de: 'und',
  es: 'y',
  it: 'e',
  pt: 'e',
};

/** The word people write for "%". */
export const PERCENT_WORD: Record<AnswerLanguage, string> = {
  en: 'percent',
  fr: 'pour cent',
  de: 'Prozent',
  es: 'por ciento',
  it: 'per cento',
  pt: 'por cento',
};

/** Every spelling of "percent" in the languages above, for reading an answer. */
export const PERCENT_WORDS =
  /\s*(?:%|percent|per cent|pour cent|pourcent|prozent|por ciento|per cento|por cento)(?!\p{L})/giu;

/** The thousands separator a person writes by hand; the decimal separator is the other of "," and ".". */
export const THOUSANDS_SEPARATOR: Record<AnswerLanguage, string> = {
  en: ',',
  fr: ' ',
  de: '.',
  es: '.',
  it: '.',
  pt: '.',
};
