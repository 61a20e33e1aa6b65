// The other grammatical number of a noun as a person would write it: "mitochondria" for "mitochondrion",
// "cell" for "cells", "Zellen" for "Zelle", "luz" for "luces". English inflects the last word of a phrase, the
// other languages a single word. A word no rule is sure of gets no other form: a wrong form would be accepted.
import type { AnswerLanguage } from './answer-language.js';
import { englishIsRegular, englishPlural, englishSingular, englishTableForms } from './english-plurals.js';
import { frenchPlural, frenchSingular } from './french-plurals.js';
import { germanPlural, germanSingular } from './german-plurals.js';
import { spanishPlural, spanishSingular } from './spanish-plurals.js';

export interface NumberHints {
  /** True when the phrase is plural, false when singular; unknown when omitted. */
  plural?: boolean;
  /**
   * True when a singular may be given its regular plural (the phrase is taken for a counted noun). Without it
   * only plurals get their singular, and the irregular nouns their other form: "glucoses" or "reds" are not
   * what a person writes.
   */
  countNoun?: boolean;
  /** Also the forms a rule is unsure of ("Zellen" -> "Zelle"): for matching a typed answer, never for a list. */
  guess?: boolean;
}

/**
 * The other grammatical number of `phrase`: its singular when it is plural, its plurals when it is singular.
 * English inflects the last word of a phrase ("red blood cells"); the other languages a single word only,
 * since their adjectives agree and a phrase's head is not last.
 */
export function otherNumberForms(
  phrase: string,
  language: AnswerLanguage | undefined,
  hints: NumberHints = {},
): string[] {
  if (/\d/.test(phrase)) return [];
  const words = phrase.split(' ');
  const lang = language ?? 'en';
  if (lang !== 'en' && words.length > 1) return [];
  const inflect = INFLECT[lang];
  if (!inflect) return [];
  const last = words[words.length - 1]!;
  const forms = inflect(last, hints, words.length > 1);
  return forms.map((f) => [...words.slice(0, -1), f].join(' '));
}

type Inflect = (word: string, hints: NumberHints, inPhrase: boolean) => string[];

const INFLECT: Partial<Record<AnswerLanguage, Inflect>> = {
  en: (w, h, inPhrase) =>
    englishTableForms(w, inPhrase) ??
    (englishIsRegular(w) ? regularForms(w, englishHints(w, h), englishSingular, englishPlural) : []),
  fr: (w, h) => regularForms(w, h, frenchSingular, frenchPlural),
  es: (w, h) => regularForms(w, h, spanishSingular, spanishPlural),
  de: (w, h) => regularForms(w, h, germanSingular, germanPlural),
};

/** A tagger's "singular" is not believed for a word that ends like a plural ("settlements", "ohms"). */
function englishHints(word: string, hints: NumberHints): NumberHints {
  return hints.plural === false && /[^su]s$/.test(word) ? { ...hints, plural: undefined } : hints;
}

/** The singular of a plural word, or the plural of a singular one, by one language's rules. */
function regularForms(
  word: string,
  hints: NumberHints,
  singularOf: (w: string, surelyPlural: boolean) => string | null,
  pluralOf: (w: string) => string | null,
): string[] {
  if (!/^\p{L}+$/u.test(word)) return [];
  const singular = hints.plural === false ? null : singularOf(word, hints.plural === true || hints.guess === true);
  if (singular) return [singular];
  const plural = hints.plural === true || !hints.countNoun ? null : pluralOf(word);
  return plural ? [plural] : [];
}
