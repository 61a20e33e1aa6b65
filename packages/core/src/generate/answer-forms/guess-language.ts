// Which language a question is written in, when nobody said: told from the most frequent function words of its
// prompt and explanation. Only a clear lead counts; otherwise the language stays unknown and only the forms that
// hold in every language are used.
import type { AnswerLanguage } from './answer-language.js';

const MARKERS: Record<AnswerLanguage, readonly string[]> = {
  en: ['the', 'of', 'and', 'is', 'which', 'what', 'in', 'to', 'are', 'that', 'with', 'for', 'this', 'does'],
  fr: [
    'le',
    'la',
    'les',
    'des',
    'du',
    'est',
    'une',
    'dans',
    'que',
    'qui',
    'pour',
    'avec',
    'quel',
    'quelle',
    'et',
    'de',
    'la',
    'l',
    'au',
    'sont',
    'cette',
  ],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'den', 'von', 'mit', 'auf', 'für', 'welche', 'wie'],
  es: [
    'el',
    'los',
    'las',
    'y',
    'que',
    'en',
    'una',
    'es',
    'por',
    'con',
    'para',
    'del',
    'qué',
    'cuál',
    'se',
    'de',
    'la',
    'al',
    'son',
    'esta',
    'este',
  ],
  it: [
    'il',
    'gli',
    'di',
    'che',
    'è',
    'una',
    'per',
    'non',
    'con',
    'della',
    'sono',
    'nel',
    'quale',
    'cosa',
    'la',
    'l',
    'del',
    'le',
    'si',
  ],
  pt: [
    'os',
    'em',
    'um',
    'uma',
    'do',
    'da',
    'dos',
    'das',
    'não',
    'para',
    'com',
    'ao',
    'qual',
    'é',
    'de',
    'o',
    'a',
    'as',
  ],
};
const WORDS = Object.fromEntries(Object.entries(MARKERS).map(([lang, words]) => [lang, new Set(words)])) as Record<
  AnswerLanguage,
  Set<string>
>;

/** The language of `text` when its function words point clearly to one (at least 3 hits, a third more than any other). */
export function guessLanguage(text: string): AnswerLanguage | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const scores = (Object.keys(WORDS) as AnswerLanguage[])
    .map((lang) => ({ lang, hits: words.filter((w) => WORDS[lang].has(w)).length }))
    .sort((a, b) => b.hits - a.hits);
  const [first, second] = scores;
  if (!first || first.hits < 3 || first.hits * 3 < (second?.hits ?? 0) * 4) return undefined;
  return first.lang;
}
