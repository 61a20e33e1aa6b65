// Which language a non-English page is in, as far as the language-neutral question builders need to know: the
// locale for Intl.Segmenter (dictionary-based word breaks for Japanese, Chinese and Thai), which stop words to
// avoid, and what kind of words can be blanked at all.

export interface PageLanguage {
  /** BCP 47 tag for Intl.Segmenter ("und" when only the script is known). */
  locale: string;
  /** Upper and lower case exist (Latin, Cyrillic, Greek): a capital inside a sentence marks a name. */
  cased: boolean;
  /** Ideographic and kana words (CJK): a word is a run of Han or katakana, written without spaces. */
  ideographic: boolean;
  /**
   * Words carry attached prepositions and articles (Hebrew and Arabic: "בתל" is "in Tel"), so no word alone is a
   * fair blank; only numbers are.
   */
  attachedClitics: boolean;
}

const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Hiragana}|\p{Script=Katakana}/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Latin}/gu, 'und'],
];

/** Frequent characters written differently in traditional and simplified Chinese, pair by pair. */
const TRADITIONAL = /[這們來說為國會對時還開關於個與資體電機檔裝統發數據進]/gu;
const SIMPLIFIED = /[这们来说为国会对时还开关于个与资体电机档装统发数据进]/gu;

/** Latin-script languages told apart by their most frequent function words. */
const LATIN_MARKERS: Record<string, RegExp> = {
  fr: /\b(?:le|la|les|des|du|est|une|dans|que|qui|pour|avec)\b/giu,
  de: /\b(?:der|die|das|und|ist|nicht|ein|eine|den|von|mit|auf|für|nichts|sondern|wird|werden|sich|oder|wenn|auch|nur|zu)\b/giu,
  es: /\b(?:el|los|las|y|que|en|una|es|por|con|para|del)\b/giu,
  it: /\b(?:il|gli|di|che|è|una|per|non|con|della|sono|nel)\b/giu,
  pt: /\b(?:os|as|em|um|uma|do|da|dos|das|não|para|com|ao)\b/giu,
  nl: /\b(?:het|een|en|van|is|dat|op|te|zijn|met|voor|niet)\b/giu,
};

/** Tells a Latin-script text's language: an ISO 639-1 code, or undefined when unsure. */
type LatinIdentifier = (text: string) => string | undefined;
let latinIdentifier: LatinIdentifier | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the language identifier for Latin-script text (ELD, Efficient Language Detector, its extra small
 * database: about 90 MB and 1.3 s, once per process); pageLanguage uses it from then on. Chosen by accuracy on
 * real pages cut short (eval/language-id.ts, docs/languages.md): on 60 characters it is right on 92% of them,
 * where franc is on 74%, tinyld on 55%, and function words (used until it is loaded, or if it cannot be) on 57%,
 * taking Catalan and Vietnamese for Spanish.
 */
export function loadLanguageIdentifier(): Promise<void> {
  loading ??= import('eld/extrasmall')
    .then(({ eld }) => {
      latinIdentifier = (text) => {
        const found = eld.detect(text);
        return found.isReliable() ? found.language : undefined;
      };
    })
    .catch(() => {
      loading = undefined;
    });
  return loading;
}

export function pageLanguage(text: string): PageLanguage {
  let best = 'und';
  let bestCount = 0;
  for (const [pattern, locale] of SCRIPTS) {
    const count = text.match(pattern)?.length ?? 0;
    // Kana decide for Japanese even when kanji outnumber them: Chinese has no kana.
    if (locale === 'ja' && count > 0 && count * 4 >= bestCount) return language('ja');
    if (count > bestCount) {
      best = locale;
      bestCount = count;
    }
  }
  // Ukrainian writes і, ї, є and ґ, which Russian does not.
  if (best === 'ru' && (text.match(/[іїєґІЇЄҐ]/gu)?.length ?? 0) * 50 >= bestCount) return language('uk');
  // Traditional Chinese by the characters that differ from simplified ones.
  if (best === 'zh') {
    const traditional = text.match(TRADITIONAL)?.length ?? 0;
    const simplified = text.match(SIMPLIFIED)?.length ?? 0;
    if (traditional > simplified) return language('zh-Hant');
  }
  // One of the languages questions are worded in, or another one: Catalan is not asked in Spanish. English on a
  // page the English generator refused is a page of mixed languages ("Debian 10.0 (Buster) was released ..."
  // among Spanish pages, a translation that left paragraphs in English): its function words decide, as they do
  // when the identifier is not sure.
  const found = best === 'und' ? latinIdentifier?.(text) : undefined;
  if (found !== undefined && found !== 'en') return language(found in LATIN_MARKERS ? found : 'und');
  return language(best === 'und' ? byFunctionWords(text) : best);
}

/** The Latin-script language whose function words `text` holds most of, or 'und' when it holds none. */
export function byFunctionWords(text: string): string {
  let best = 'und';
  let markers = 0;
  for (const [locale, pattern] of Object.entries(LATIN_MARKERS)) {
    const count = text.match(pattern)?.length ?? 0;
    if (count > markers) {
      best = locale;
      markers = count;
    }
  }
  return best;
}

function language(locale: string): PageLanguage {
  const ideographic = locale === 'ja' || locale === 'zh' || locale === 'zh-Hant';
  return {
    locale,
    cased: !ideographic && !['ko', 'he', 'ar', 'th'].includes(locale),
    ideographic,
    attachedClitics: locale === 'he' || locale === 'ar',
  };
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** English function words, to tell an English sentence on a page in another language. */
const ENGLISH_MARKERS = /\b(?:the|and|of|is|are|to|that|with|for|this|be|by|from|was|were|which|it)\b/giu;

/**
 * A sentence of another Latin-script language on an English page ("Sobald das Paket entfernt wurde, ..." in a
 * manual that quotes its German translation): no English function word, and two or more of that language's, or
 * one where the language identifier names that language for the sentence ("Natürlich werden einige
 * Unterschiede, die ausgegeben werden, in Ordnung sein, ...": "die" alone), or none in a sentence of eight words
 * or more ("Suggerimento In alternativa si può montare un file immagine vuoto del disco come device loop.").
 */
export function otherThanEnglish(sentence: string): boolean {
  const markers = (locale: string) => sentence.match(LATIN_MARKERS[locale]!)?.length ?? 0;
  if ((sentence.match(ENGLISH_MARKERS)?.length ?? 0) > 0) {
    // A title quoted in English ("des Songs ”99 Bottles of Beer” sollten ...") is no English of the sentence's
    // own when the rest has none and has another language's function words.
    const rest = withoutQuotedWords(sentence);
    if (rest === sentence || (rest.match(ENGLISH_MARKERS)?.length ?? 0) > 0) return false;
    const inRest = (locale: string) => rest.match(LATIN_MARKERS[locale]!)?.length ?? 0;
    if (Object.keys(LATIN_MARKERS).some((locale) => inRest(locale) >= 2)) return true;
    const own = pageLanguage(rest).locale;
    return own !== 'en' && own in LATIN_MARKERS && inRest(own) >= 1 && rest.split(/\s+/u).length >= 8;
  }
  if (Object.keys(LATIN_MARKERS).some((locale) => locale !== 'en' && markers(locale) >= 2)) return true;
  // Or the identifier names another language, and one of its function words or the sentence's length (eight
  // words and more, of which not one English function word) bears it out.
  const own = pageLanguage(sentence).locale;
  if (own === 'en' || !(own in LATIN_MARKERS)) return false;
  return markers(own) >= 1 || sentence.split(/\s+/u).length >= MIN_WORDS_WITHOUT_ENGLISH;
}

/** What is between quotation marks: a title or a phrase of another language, not the sentence's own words. */
const QUOTED = /[\u201C\u201D\u201E"«»][^\u201C\u201D\u201E"«»]{1,80}[\u201C\u201D"«»]/gu;

/** `sentence` without what it quotes, unless the quotes are most of it. */
function withoutQuotedWords(sentence: string): string {
  const rest = sentence.replace(QUOTED, ' ');
  return rest.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length >= 4 ? rest : sentence;
}

const CYRILLIC_LOCALES: ReadonlySet<string> = new Set(['ru', 'uk']);
/** Letters Russian writes and Ukrainian does not, and the other way round. */
const RUSSIAN_ONLY = /[ыэъёЫЭЪЁ]/u;
const UKRAINIAN_ONLY = /[іїєґІЇЄҐ]/u;

/** Words of a sentence without one English function word that make it another language's, as the identifier says. */
const MIN_WORDS_WITHOUT_ENGLISH = 8;

/**
 * The language of one sentence of a page in `pageLocale`: its script's language when it has another script than
 * Latin, English when English function words outnumber those of the language its words suggest, else the page's
 * language (a sentence's few function words do not tell Spanish from Portuguese).
 */
export function sentenceLanguage(sentence: string, pageLocale: string): string {
  // A Chinese, Japanese or Korean character is a word or most of one: weighed against Latin words, not letters
  // ("使用 Google 搜索，在关键字中包含“site:debian.org”" is Chinese).
  const cjk = sentence.match(CJK)?.join('') ?? '';
  const latinWords = sentence.match(/\p{Script=Latin}+/gu)?.length ?? 0;
  if (cjk.length >= 2 && cjk.length >= latinWords) {
    const asian = pageLanguage(cjk).locale;
    return asian === 'zh' && pageLocale === 'zh-Hant' ? pageLocale : asian;
  }
  const own = pageLanguage(sentence);
  // One sentence has too few letters for the share of і, ї, є and ґ that tells a page: on a Russian or Ukrainian
  // page, a letter only one of them writes decides, and else the page's language stands ("Ви можете передати всі
  // пропси ..." is Ukrainian with one і in 60 letters).
  if (CYRILLIC_LOCALES.has(own.locale) && CYRILLIC_LOCALES.has(pageLocale)) {
    if (RUSSIAN_ONLY.test(sentence)) return 'ru';
    if (UKRAINIAN_ONLY.test(sentence)) return 'uk';
    return pageLocale;
  }
  const latin = own.locale === 'und' || own.locale in LATIN_MARKERS;
  if (!latin) return own.locale;
  const english = sentence.match(ENGLISH_MARKERS)?.length ?? 0;
  const marker = LATIN_MARKERS[own.locale];
  const other = marker ? (sentence.match(marker)?.length ?? 0) : 0;
  if (english >= 1 && english > other) return 'en';
  // Function words of one sentence do not tell Spanish from Portuguese or French: the page's language stands.
  return pageLocale;
}
