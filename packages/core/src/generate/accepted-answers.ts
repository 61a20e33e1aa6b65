// Accepted answers of a short-answer question: the answer as written, then the other ways a person writes the
// same thing (without its article, in the other number, a person's surname, a number with or without thousands
// separators, "%" or "percent", with a space or nothing for a hyphen, "and" for "&", without accents), and the
// check that a typed answer is one of them. Pure, so the browser imports it too, as `@quizstream/core/answers`.
import type { Marking } from '../schemas/document.js';
import type { Question } from '../schemas/question.js';
import { answerKey, withoutAccents } from './answer-forms/answer-key.js';
import { AND_WORD, type AnswerLanguage, answerLanguage, lowerCase } from './answer-forms/answer-language.js';
import { withoutArticle } from './answer-forms/articles.js';
import { guessLanguage } from './answer-forms/guess-language.js';
import { numberVariants, percentVariants } from './answer-forms/number-forms.js';
import { otherNumberForms } from './answer-forms/plural-forms.js';
import { withinSlips } from './answer-forms/typo.js';

/** What an answer is, as far as its variants go (the offline generator's term kinds). */
export type AnswerKind =
  | 'noun'
  | 'person'
  | 'place'
  | 'organization'
  | 'event'
  | 'document'
  | 'nationality'
  | 'name'
  | 'acronym'
  | 'year'
  | 'date'
  | 'number'
  | 'percent'
  | 'money'
  | 'ordinal';

export interface AnswerHints {
  /** BCP 47 tag or ISO 639-1 code ("en", "fr", "de", "es", "pt-BR"); unknown when omitted. */
  language?: string;
  kind?: AnswerKind;
  /** True when the answer is a plural noun, false when a singular one. */
  plural?: boolean;
}

/** A question's list stays short enough for a teacher to read through in an export. */
const MAX_ACCEPTED = 10;

/**
 * `answer` as written, then the variants a person would write that a teacher would accept, without repeats
 * (two spellings that differ only in case or spacing are one: every exporter and taker ignores those).
 */
export function acceptedAnswers(answer: string, hints: AnswerHints = {}): string[] {
  return distinct(answerForms(answer, hints, false), hints.language).slice(0, MAX_ACCEPTED);
}

/** Several accepted answers (the most common first), each followed by its variants, without repeats. */
export function acceptedAnswersOf(answers: readonly string[], hints: AnswerHints = {}): string[] {
  const written = answers.map((a) => a.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const variants = written.flatMap((a) => acceptedAnswers(a, hints));
  return distinct([...written, ...variants], hints.language).slice(0, Math.max(written.length, MAX_ACCEPTED));
}

/**
 * True when `given` is one of the `accepted` answers as a person would write it: compared without case,
 * accents, punctuation, spacing or a leading article, with "&" as "and", "%" as "percent", thousands separators
 * ignored, and a noun's singular or plural. A blank answer never matches; numbers must be the same value.
 */
export function answerMatches(given: string, accepted: readonly string[], language?: string): boolean {
  return answerMatch(given, accepted, language) === 'exact';
}

/**
 * How `given` matches the `accepted` answers: `exact` as answerMatches reads it; `slip` when it is one of them
 * but for a keyboard slip a teacher forgives in a long word (one in 8 letters or more, two in 16 or more, none
 * in a number: "mitochondira" for "mitochondria"); null when it is none of them. A quiz whose `marking` is
 * `exact` takes only an answer as listed, its case and spacing aside: no article, plural, accent or slip.
 */
export function answerMatch(
  given: string,
  accepted: readonly string[],
  language?: string,
  marking: Marking = 'forgiving',
): 'exact' | 'slip' | null {
  // A quiz marked exactly takes an accepted answer as listed: its case and spacing aside, nothing else.
  if (marking === 'exact') {
    const typed = asListed(given);
    return typed !== '' && accepted.some((a) => asListed(a) === typed) ? 'exact' : null;
  }
  const lang = answerLanguage(language);
  const typed = answerKey(given, language, lang);
  if (typed === '') return null;
  const keys = accepted.flatMap((a) => answerForms(a, { language }, true).map((f) => answerKey(f, language, lang)));
  if (keys.includes(typed)) return 'exact';
  return keys.some((k) => withinSlips(typed, k)) ? 'slip' : null;
}

/** An answer compared as listed: the same characters (NFC), without case or extra spaces. */
function asListed(answer: string): string {
  return answer.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase();
}

/**
 * The language to read a question's answers in: the one declared for its quiz, or else the one its prompt and
 * explanation are clearly written in (undefined when neither is known).
 */
export function questionLanguage(
  question: Partial<Pick<Question, 'prompt' | 'explanation'>>,
  declared?: string,
): string | undefined {
  return declared ?? guessLanguage(`${question.prompt ?? ''} ${question.explanation ?? ''}`);
}

/**
 * A short-answer question given with a single answer, with that answer's variants added; any other question
 * (or one whose author already listed several answers) unchanged. `language` is the quiz's, if declared.
 */
export function withAcceptedAnswers<Q extends Pick<Question, 'type' | 'answer' | 'prompt' | 'explanation'>>(
  question: Q,
  language?: string,
): Q {
  if (question.type !== 'short_answer' || question.answer.length !== 1) return question;
  return {
    ...question,
    answer: acceptedAnswers(question.answer[0]!, { language: questionLanguage(question, language) }),
  };
}

/**
 * Every form, in order of how often a person writes it. `lenient` (for matching, not for listing) also gives a
 * singular its regular plural: "cells" typed for "cell" is right, "reds" for "red" harmless. A list never
 * has one: a tagger's noun may be a name or an adjective ("kangchenjungas", "proportionals"), and a plural's
 * singular or an irregular noun's other form are the only ones sure to be words.
 */
function answerForms(answer: string, hints: AnswerHints, lenient: boolean): string[] {
  const written = answer.replace(/\s+/g, ' ').trim();
  if (!written) return [];
  const language = answerLanguage(hints.language);
  const { kind } = hints;
  const base = withoutArticle(written, language);
  const forms = [written, base];
  if (kind === 'person') forms.push(...surname(base));
  if (kind === undefined || kind === 'noun') {
    forms.push(...otherNumberForms(base, language, { plural: hints.plural, countNoun: lenient, guess: lenient }));
  }
  if (kind !== 'year' && kind !== 'date') {
    const mayBeYear = kind !== 'number' && kind !== 'money' && kind !== 'percent';
    forms.push(...numberVariants(base, language, mayBeYear));
  }
  if (kind === 'date' || kind === undefined) forms.push(...dateVariants(base));
  forms.push(...percentVariants(base, language));
  forms.push(...hyphenVariants(base), ...andVariants(base, language), ...accentVariants(base, language));
  return forms;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * A date as people write it: "March 10, 2019" is also "10 March 2019", "March 10 2019", "March 10th, 2019" and
 * "2019-03-10" (English month names; other languages write the day first already).
 */
function dateVariants(text: string): string[] {
  const mdy = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u.exec(text);
  const dmy = /^(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}+)\.?,?\s+(\d{4})$/u.exec(text);
  const [monthName, day, year] = mdy ? [mdy[1]!, mdy[2]!, mdy[3]!] : dmy ? [dmy[2]!, dmy[1]!, dmy[3]!] : [];
  if (!monthName || !day || !year) return [];
  const month = MONTHS.findIndex(
    (m) => m === monthName.toLowerCase() || (monthName.length >= 3 && m.startsWith(monthName.toLowerCase())),
  );
  if (month < 0) return [];
  const name = MONTHS[month]![0]!.toUpperCase() + MONTHS[month]!.slice(1);
  const n = Number(day);
  const th = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  const iso = `${year}-${String(month + 1).padStart(2, '0')}-${String(n).padStart(2, '0')}`;
  return [`${name} ${n}, ${year}`, `${n} ${name} ${year}`, `${name} ${n} ${year}`, `${name} ${n}${th}, ${year}`, iso];
}

/** Name suffixes that are not the surname ("Martin Luther King Jr." is "King"). */
const NAME_SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;
/** Lower-case particles that belong to the surname: "van Gogh", "da Vinci", "de Gaulle", "von Neumann". */
const SURNAME_PARTICLE = /^(?:van|von|der|den|de|da|di|du|del|della|dos|das|le|la|ten|ter|bin|ibn|al)$/;

/** The surname of a person's full name, with its particle; nothing for a single name. */
function surname(name: string): string[] {
  const words = name.split(' ');
  while (words.length > 1 && NAME_SUFFIX.test(words[words.length - 1]!.replace(/,$/, ''))) words.pop();
  if (words.length < 2) return [];
  const last = words[words.length - 1]!.replace(/,$/, '');
  const particle = words.length > 2 ? words[words.length - 2]! : '';
  return [SURNAME_PARTICLE.test(particle) ? `${particle} ${last}` : last];
}

/** "drug-resistant": "drug resistant" and "drugresistant". */
function hyphenVariants(text: string): string[] {
  if (!/\p{L}-\p{L}/u.test(text)) return [];
  return [text.replace(/(\p{L})-(?=\p{L})/gu, '$1 '), text.replace(/(\p{L})-(?=\p{L})/gu, '$1')];
}

/** "Johnson & Johnson" and "Johnson and Johnson" (in the answer's language). */
function andVariants(text: string, language: AnswerLanguage | undefined): string[] {
  const and = AND_WORD[language ?? 'en'];
  if (/\s&\s/.test(text)) return [text.replace(/\s&\s/g, ` ${and} `)];
  const word = new RegExp(`\\s${and}\\s`, 'giu');
  return word.test(text) ? [text.replace(word, ' & ')] : [];
}

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };

/** Without accents, as typed on a keyboard without them; German spells its umlauts out ("Mueller"). */
function accentVariants(text: string, language: AnswerLanguage | undefined): string[] {
  const spelled = language === 'de' ? text.replace(/[äöüÄÖÜß]/g, (c) => UMLAUTS[c]!) : text;
  const plain = withoutAccents(spelled);
  return plain === text ? [] : [plain];
}

/** Forms in order, the first of each group that differs only in case or spacing kept. */
function distinct(forms: readonly string[], language: string | undefined): string[] {
  const seen = new Set<string>();
  return forms.filter((form) => {
    const key = lowerCase(form.normalize('NFC').replace(/\s+/g, ' ').trim(), language);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
