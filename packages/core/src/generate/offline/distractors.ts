// Wrong answers that look right: terms of the answer's kind from the document (a person for a person, a
// date in the same style for a date, a plural noun for a plural noun), preferring recent, similar ones.
// Numbers, years, dates and ordinals fall back to made-up values of the same shape and magnitude when the
// document so far has too few; names and nouns never do, since an invented name is easy to spot.
import { alternativeDates, alternativeNumbers, alternativeOrdinals, alternativeYears, parseNumber } from './numbers.js';
import type { BuildContext, SourceSentence } from './source-sentence.js';
import type { Term } from './term.js';
import type { PoolEntry } from './term-stats.js';

/** Most recent pool entries looked at per distractor search: keeps a question's cost flat on long documents. */
const SCAN_LIMIT = 80;

/** Kinds whose members are interchangeable enough to stand in for each other. "name" is not: a ship is no book. */
const SWAPPABLE = new Set(['person', 'place', 'organization', 'event', 'document', 'nationality', 'acronym', 'noun']);

/**
 * Up to `count` distractors for `answer`, distinct from it and each other (ignoring case and spacing) and
 * from every term of the sentence. `exclude` lists more terms to keep out (the other items of a list).
 */
export function distractorsFor(
  answer: Term,
  sentence: SourceSentence,
  ctx: BuildContext,
  count: number,
  exclude: readonly Term[] = [],
  { samePage = false }: { samePage?: boolean } = {},
): string[] {
  const taken = new Set([answer, ...exclude, ...sentence.terms].map((t) => spelling(t.display)));
  const sentenceWords = sentenceWordsOf(sentence);
  const out: string[] = [];
  const add = (candidate: string) => {
    const c = spelling(candidate);
    if (out.length >= count || c.length === 0 || taken.has(c)) return;
    if (sentenceWords.includes(` ${wordsOnly(comparable(candidate))} `)) return;
    taken.add(c);
    out.push(candidate);
  };
  // What the sentence says around its answer: a term the document says the same of would be right as well.
  const around = wordsAround(answer, sentence);
  const telling = around && ctx.stats.tellingWords(around.words);
  for (const entry of fromDocument(answer, ctx, samePage ? sentence.page : undefined)) {
    if (around && telling && ctx.stats.saysAlike(entry.key, around.id, telling)) continue;
    add(entry.display);
  }
  if (out.length < count) for (const made of madeUp(answer, ctx, count * 2)) add(made);
  return out;
}

/** Whether a term can have distractors at all (and so be the answer of a choice question or a false swap). */
export function hasDistractorKind(term: Term): boolean {
  return term.kind !== 'name';
}

/** The sentence's content words other than the answer's own, or undefined when the sentence did not note them. */
function wordsAround(answer: Term, sentence: SourceSentence): { id: string; words: Set<string> } | undefined {
  if (!sentence.context) return undefined;
  const words = new Set<string>();
  for (const [i, word] of sentence.context.words) if (i < answer.start || i > answer.end) words.add(word);
  return { id: sentence.context.id, words };
}

function fromDocument(answer: Term, ctx: BuildContext, onlyPage?: number): { display: string; key: string }[] {
  if (!SWAPPABLE.has(answer.kind) && !['year', 'date', 'number', 'percent', 'money'].includes(answer.kind)) return [];
  const answerWords = contentWords(answer.display);
  const definedAnswer = answer.kind === 'noun' && ctx.stats.isDefined(answer.key);
  const scored: { display: string; key: string; score: number }[] = [];
  // Against a defined term, only defined terms: all of them, not only those of the last pages read.
  const pool = definedAnswer ? ctx.stats.definedPool(SCAN_LIMIT) : ctx.stats.pool(answer.kind, SCAN_LIMIT);
  for (const [i, entry] of pool.entries()) {
    const display = displayLike(entry, answer);
    if (!display || entry.key === answer.key || (onlyPage !== undefined && entry.lastPage !== onlyPage)) continue;
    // The document's subject, on nearly every page ("gnuplot" in its manual), is no wrong answer to anything.
    if (ctx.stats.isSubject(entry.key, entry.display)) continue;
    const score = similarity(entry, answer, answerWords, display, definedAnswer) + meaning(answer, display, ctx);
    // Recently seen terms are more likely to be on the same topic as the answer.
    const recency = 0.3 * (1 - i / pool.length);
    if (score > Number.NEGATIVE_INFINITY)
      scored.push({ display, key: entry.key, score: score + recency + ctx.random() * 0.3 });
  }
  return scored.sort((a, b) => b.score - a.score);
}

const NAMES_OF_THINGS = new Set(['place', 'organization', 'event', 'document', 'nationality']);
/**
 * Below this closeness a name is of another kind than the answer: a country for a firm (0.03 to 0.19), a lake
 * for a country (0.33), a college for a treaty body (0.26); countries among countries are 0.55 to 0.63.
 */
const MIN_NAME_MEANING = 0.4;
/** Below this closeness in meaning a wrong choice is from another field ("factory farming" for a kind of AI). */
const MIN_MEANING = 0.3;
/** Above it, without a head shared with the answer, it is a near-synonym, nearly as right ("reading"). */
const MAX_MEANING = 0.85;

/**
 * For a noun phrase: how close the candidate is in meaning to the answer, from English word vectors (0 when
 * either has no known word, as for rare terms, so the form alone decides). Too far gives itself away as wrong,
 * too close is as right as the key: both are ruled out.
 */
function meaning(answer: Term, display: string, ctx: BuildContext): number {
  if (!ctx.vectors) return 0;
  if (NAMES_OF_THINGS.has(answer.kind)) {
    // A country among firms ("Amazon / Israel / Google"), a dam among states: the tagger's kinds of name are
    // coarse, the words' meanings tell them apart. People's names carry little meaning and are left alone.
    // A name the vectors know against one they do not ("Taiwan" against "Bayesian") is as likely another kind,
    // and against a key they do not know ("ProPublica", "TensorFlow") nothing tells a firm from a product or an
    // app: no wrong choice is offered, and the question is asked another way.
    const closeness = ctx.vectors.similarity(display, answer.display);
    if (closeness === undefined) return Number.NEGATIVE_INFINITY;
    return closeness < MIN_NAME_MEANING ? Number.NEGATIVE_INFINITY : 0;
  }
  if (answer.kind !== 'noun') return 0;
  const closeness = ctx.vectors.similarity(display, answer.display);
  if (closeness === undefined) return 0;
  if (closeness < MIN_MEANING) return Number.NEGATIVE_INFINITY;
  if (closeness > MAX_MEANING && lastWord(display) !== lastWord(answer.display)) return Number.NEGATIVE_INFINITY;
  return closeness;
}

/** How a pool entry is written to look like the answer: a surname against a surname. */
function displayLike(entry: PoolEntry, answer: Term): string | undefined {
  if (answer.kind === 'person') {
    // A name in capitals is a heading's ("JUSTICE ALITO"), cut or read apart as often as not.
    if (entry.display === entry.display.toUpperCase()) return undefined;
    // Only people met with a full name: a single capitalized word the tagger calls a person is as often a party,
    // a place or a product ("JUSTICE Tarrant").
    if (answer.words === 1) return entry.surname;
    return entry.words > 1 ? entry.display : undefined;
  }
  return entry.display;
}

/** Higher is a better distractor; -Infinity rules it out. */
function similarity(
  entry: PoolEntry,
  answer: Term,
  answerWords: Set<string>,
  display: string,
  definedAnswer: boolean,
): number {
  const words = display === entry.display ? entryWords(entry) : contentWords(display);
  // Sharing a word makes a choice a near-synonym or a part of the answer ("cells" vs "plant cells").
  let shared = 0;
  for (const w of words) if (answerWords.has(w)) shared++;
  if (answer.kind !== 'noun' && shared > 0) return Number.NEGATIVE_INFINITY;
  if (answer.kind === 'noun' && (shared === words.size || shared === answerWords.size)) return Number.NEGATIVE_INFINITY;
  // Sharing the head makes kinds of one thing ("procedural / distributive fairness"); sharing only a modifier
  // makes a near-synonym that is nearly as right ("cross-border rights / cross-border diversions").
  const sameHead = lastWord(display) === lastWord(answer.display);
  if (answer.kind === 'noun' && shared > 0 && !sameHead) return Number.NEGATIVE_INFINITY;

  let score = 0;
  switch (answer.kind) {
    case 'year':
    case 'number':
    case 'percent':
    case 'money': {
      if (entry.value === undefined || answer.value === undefined || entry.shape !== answer.shape)
        return Number.NEGATIVE_INFINITY;
      const ratio = Math.abs(Math.log10(Math.max(entry.value, 1e-9) / Math.max(answer.value, 1e-9)));
      const gap = Math.abs(entry.value - answer.value);
      if (answer.kind === 'year') {
        // A year far from the answer gives itself away (1972 among the releases of the 2000s).
        const far = answer.value >= 1900 ? 12 : 150;
        if (gap < 2 || gap > far || entry.value > new Date().getFullYear()) return Number.NEGATIVE_INFINITY;
        return 1 - gap / far;
      }
      // Within a factor of three: "127 bits" among answers near 21 gives itself away.
      if (ratio > 0.5 || gap < Math.abs(answer.value) * 0.15) return Number.NEGATIVE_INFINITY;
      return 1 - ratio;
    }
    case 'date': {
      if (entry.shape !== answer.shape) return Number.NEGATIVE_INFINITY;
      // A date decades away gives itself away (the 1997 chess match among the events of 2024), as a year does.
      const [a, b] = [answer.text, entry.display].map((t) => Number(/\d{4}/.exec(t)?.[0]));
      if (Number.isFinite(a) && Number.isFinite(b) && Math.abs(a! - b!) > 12) return Number.NEGATIVE_INFINITY;
      return 1;
    }
    case 'noun':
      // Same number, same length, and a term the document leans on (met twice), of like rarity: a one-off
      // word or a common one among rare ones is spotted at once.
      // Against a defined term, another defined term one word longer or shorter is of its kind as well
      // ("ontology" and "knowledge base"); phrases the document only uses must match word for word.
      if (entry.plural !== answer.plural) return Number.NEGATIVE_INFINITY;
      if (Math.abs(entry.words - answer.words) > (definedAnswer && entry.defined ? 1 : 0))
        return Number.NEGATIVE_INFINITY;
      // A phrase met once is as often a parse of a passing phrase ("share reciprocal similarity", "food cooks"),
      // unless a sentence defined it ("Affective computing is a field that ...").
      if (entry.count < 2 && !entry.defined) return Number.NEGATIVE_INFINITY;
      // Against a term its sentence defines, only terms the document defines too ("local search" against
      // "adversarial search"), not words it uses ("research", "welfare").
      if (definedAnswer && !entry.defined) return Number.NEGATIVE_INFINITY;
      // One word against one word, closer still: "default" and "size" give "antialiasing" away.
      if (Math.abs(entry.rarity - answer.rarity) > (answer.words === 1 ? 0.15 : 0.3)) return Number.NEGATIVE_INFINITY;
      score += 1 - Math.abs(entry.rarity - answer.rarity);
      // A term some sentence defines is a term of the subject, like the answer it stands against.
      if (entry.defined) score += 1;
      if (sameSuffix(entry.display, answer.display)) score += 0.3;
      if (shared > 0) score += 0.3;
      return score;
    default:
      return 1 - Math.abs(entry.words - answer.words) * 0.3;
  }
}

/** Nouns with the same ending ("-tion", "-ism", "-ity") tend to be of one kind: processes, doctrines, qualities. */
function sameSuffix(a: string, b: string): boolean {
  const tail = (w: string) =>
    /(?:tion|sion|ment|ness|ity|ism|ist|ance|ence|ure|ology|ics|er|or|ing|al)s?$/.exec(w)?.[0];
  const x = tail(a.toLowerCase());
  return x !== undefined && x === tail(b.toLowerCase());
}

function madeUp(answer: Term, ctx: BuildContext, count: number): string[] {
  switch (answer.kind) {
    case 'year':
      return answer.value === undefined ? [] : alternativeYears(answer.value, ctx.random, count).map(String);
    case 'date':
      return alternativeDates(answer.text, ctx.random, count);
    case 'ordinal':
      return alternativeOrdinals(answer.display, ctx.random, count);
    case 'number':
    case 'percent':
    case 'money': {
      const n = parseNumber(answer.text);
      return n ? alternativeNumbers(n, ctx.random, count) : [];
    }
    default:
      return [];
  }
}

const wordsOfSentence = new WeakMap<SourceSentence, string>();

function sentenceWordsOf(sentence: SourceSentence): string {
  let words = wordsOfSentence.get(sentence);
  if (words === undefined) {
    words = ` ${wordsOnly(sentence.text)} `;
    wordsOfSentence.set(sentence, words);
  }
  return words;
}

const wordsOfEntry = new WeakMap<PoolEntry, Set<string>>();

function entryWords(entry: PoolEntry): Set<string> {
  let words = wordsOfEntry.get(entry);
  if (!words) {
    words = contentWords(entry.display);
    wordsOfEntry.set(entry, words);
  }
  return words;
}

const FILLER = new Set(['of', 'the', 'and', 'a', 'an', 'de', 'von', 'van']);

function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 0 && !FILLER.has(w))
      .map((w) => w.replace(/s$/, '')),
  );
}

function wordsOnly(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%$.,]+/gu, ' ')
    .replace(/[.,](?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Case- and spacing-insensitive form for "same answer" checks. */
export function comparable(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function lastWord(text: string): string {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return (words[words.length - 1] ?? '').replace(/s$/, '');
}

/** One spelling of a term: "non-normal procedure" and "nonnormal procedure" are the same choice twice. */
function spelling(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
