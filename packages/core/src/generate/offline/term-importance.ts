// How worth asking about a term is: its kind, how rare it is in English, how much the page repeats it,
// whether the sentence defines it, and how spread over the document it is (a term on every page is the
// subject of the book, blanking it teaches little; one unseen before is new material).
import type { AnalyzedPage, SentenceSpan } from './nlp.js';
import { isNameKind, type Term, type TermKind } from './term.js';
import type { TermStats } from './term-stats.js';

const KIND_WEIGHT: Record<TermKind, number> = {
  person: 0.9,
  event: 0.85,
  place: 0.8,
  organization: 0.8,
  document: 0.8,
  year: 0.8,
  date: 0.8,
  acronym: 0.65,
  // A bare quantity is more often a detail than the point of its sentence ("over 300 million edges", "a
  // default width of 30 characters"): asked when a sentence has nothing better.
  percent: 0.45,
  money: 0.45,
  number: 0.4,
  name: 0.5,
  nationality: 0.4,
  ordinal: 0.35,
  noun: 0.25,
};

/** Longer answers make a cloze read like a riddle. */
const MAX_ANSWER_WORDS = 6;

export interface ImportanceContext {
  page: AnalyzedPage;
  span: SentenceSpan;
  stats: TermStats;
  /** Occurrences of each term key on the current page. */
  pageCounts: ReadonlyMap<string, number>;
}

/** 0 (never ask) .. about 1.3. */
export function termImportance(term: Term, ctx: ImportanceContext): number {
  if (term.words > MAX_ANSWER_WORDS) return 0;
  let score = KIND_WEIGHT[term.kind];
  if (term.kind === 'noun') score += 0.6 * Math.max(0, (term.rarity - 0.55) / 0.45);
  // Small counts ("two basic types") are rarely the point of a sentence.
  if (term.kind === 'number' && term.value !== undefined && Number.isInteger(term.value) && term.value <= 12)
    score -= 0.2;
  const onPage = ctx.pageCounts.get(term.key) ?? 1;
  score += 0.08 * Math.min(3, onPage - 1);
  const defined = definesTerm(term, ctx);
  if (defined) score += 0.25;
  // A single common noun the sentence does not define ("portion", "disputes", "understanding") is a word of the
  // sentence, not a term of the subject: several words fit its blank, and blanking it tests reading, not
  // knowledge. Even one the document repeats is asked only as the term a sentence defines.
  if (term.kind === 'noun' && term.words === 1 && !defined) return 0;
  // "The ____ would also include a recall item": the subject under "the" is a thing the text named before, and
  // the sentence alone does not say which.
  if (term.kind === 'noun' && !defined && opensWithTheSubject(term, ctx)) return 0;
  const pages = ctx.stats.pagesSeen;
  const spread = pages >= 3 ? ctx.stats.docFreq(term.key) / pages : 0;
  // A name on most pages is the document's subject ("the FAA" in an FAA rule, the tool a paper presents):
  // blanking it asks nothing a reader of any page does not know.
  if (isNameKind(term.kind) && (spread > 0.5 || onPage >= 4)) return 0;
  if (pages >= 5 && spread > 0.5) score -= 0.2;
  // "It has commonly been called '____'" in an excerpt on economics: the word on nearly every page is the
  // document's subject, which every reader knows.
  if (ctx.stats.isSubject(term.key, term.display)) return 0;
  return Math.max(0, score);
}

/** Verbs that state what a subject is, rather than what it did once. */
const DEFINING_VERBS = new Set(['be', 'refer', 'mean', 'denote', 'describe', 'consist', 'comprise', 'include']);

/**
 * The sentence's subject, defined by it: "Photosynthesis takes place ...", "Microeconomics analyzes ...",
 * "A superintelligence is a ...", "The mitochondrion is an organelle ...". A bare singular subject with any verb
 * is stated about in general; a subject under "a" or "the" counts only with a defining verb and an indefinite
 * article after it ("is a", "refers to an"), the shape of a definition: "The checklist would also include ...",
 * "A program can make ..." and "Economists have highlighted ..." define nothing, and a subject under "the" is
 * usually one the text met before.
 */
export function definesTerm(term: Term, ctx: Pick<ImportanceContext, 'page' | 'span'>): boolean {
  const { tokens } = ctx.page;
  if (namedHere(term, ctx.page)) return true;
  let article: string | undefined;
  for (let i = ctx.span.start; i < term.start; i++) {
    const t = tokens[i]!;
    if (t.pos === 'ADJ') continue;
    if (t.pos !== 'DET' || article !== undefined || !['a', 'an', 'the'].includes(t.normal)) return false;
    article = t.normal;
  }
  const next = tokens[term.end + 1];
  if (next === undefined || (next.pos !== 'AUX' && next.pos !== 'VERB')) return false;
  // "Game playing programs ...": the noun modifies what follows, it is not the subject.
  if (next.pos === 'VERB' && /ing$/.test(next.normal)) return false;
  // "Generative pre-trained transformers": a participle before a noun is an adjective of the noun phrase.
  if (next.pos === 'VERB' && /ed$/.test(next.normal) && tokens[term.end + 2]?.pos === 'NOUN') return false;
  if (article === undefined && !looksPlural(term, tokens[term.end]!.normal)) return true;
  // "Inferior vena cava filters migrate, ...", "Mechanical compression devices can result in ...": a plural
  // term of several words, stated about in the present, is a class the sentence says something general of.
  // One plural word ("Economists have highlighted") is a group of people, and the past tells a story.
  if (article === undefined && term.words >= 2 && !/(?:ed|had|was|were|did)$/.test(next.normal)) {
    // "Future studies are needed", "have shown": a passive or a perfect tells what was done, not what it is.
    const after = tokens[term.end + 2];
    const participle = after !== undefined && /(?:ed|en)$/.test(after.normal);
    if (!((next.normal === 'have' || next.lemma === 'be') && participle)) return true;
  }
  if (!DEFINING_VERBS.has(next.lemma.toLowerCase())) return false;
  const after = tokens.slice(term.end + 2, term.end + 4).map((t) => t.normal);
  return after.some((w) => w === 'a' || w === 'an' || w === 'one' || w === 'the');
}

/**
 * Verbs by which a subject is said what it is, means or does as its method, not what it affects or allows:
 * "refers to", "means", "analyzes", "applies statistical methods". Matched on the word's start, since the
 * tagger leaves some unlemmatized ("analyzes").
 */
const WHAT_IT_IS_VERB =
  /^(?:refer|mean|denot|stud(?:y|ie)|analy[sz]|examin|investigat|concern|compris|consist|appl(?:y|ie)|uses?$|describ|explain|model|measur)/u;

/**
 * Verbs of what a setting or a feature does to others: a manual says them of every option ("Jitter affects 2D
 * plot styles", "Antialiasing allows ...", "Transparency requires ...", "nowedge disables ..."), so the rest of
 * the sentence fits many terms of the same document.
 */
const EFFECT_VERB =
  /^(?:affect|allow|enabl|disabl|requir|support|permit|let|lets|control|determin|specif|overrid|chang|set|sets|toggl|select|caus|giv|mak|depend|var(?:y|ies)|differ|rel(?:y|ies)|need)/u;
/** A modal or future: what a term may, can or will do is no statement of what it is. */
const MODAL = new Set(['may', 'might', 'can', 'could', 'will', 'would', 'should', 'must', 'shall']);

/**
 * Whether the sentence says what its term is or how it works, so that a student can write the term from the
 * rest: it names it ("falsehoods called hallucinations"), sets it equal to a class ("An ontology is the set of
 * objects ...", "Tokens are the elementary building blocks ..."), says what it means, studies or applies
 * ("Microeconomics analyzes ..."), or states a process of it in the present ("Photosynthesis takes place in the
 * chloroplasts ..."). What a term may or will do, what is done to it, and what it affects or allows ("Autoscaling
 * may be set on each axis", "Multiplot is implemented in two ways", "Jitter affects 2D plot styles") fit many
 * terms of one document: a written answer is a guess, and among choices a manual's other options fit as well.
 * With `purpose`, what a term is used for counts too, for a question with choices.
 */
export function saysWhatItIs(
  term: Term,
  page: ImportanceContext['page'],
  { purpose = false }: { purpose?: boolean } = {},
): boolean {
  if (namedHere(term, page)) return true;
  const { tokens } = page;
  const at = (k: number) => tokens[k];
  let i = term.end + 1;
  // "Computationalism is generally the position ...": an adverb between changes nothing.
  if (at(i)?.pos === 'ADV') i++;
  const verb = at(i);
  if (!verb || MODAL.has(verb.normal)) return false;
  if (WHAT_IT_IS_VERB.test(verb.normal)) return true;
  if (verb.lemma.toLowerCase() === 'be') {
    let j = i + 1;
    if (at(j)?.pos === 'ADV') j++;
    // "Adversarial search is used for game-playing programs": what it is for tells it among choices, though
    // other methods would fit a written answer.
    if (purpose && at(j)?.normal === 'used' && ['for', 'to', 'as'].includes(at(j + 1)?.normal ?? '')) return true;
    if (!['a', 'an', 'the', 'one'].includes(at(j)?.normal ?? '')) return false;
    // "Graphical facilities are an important and extremely versatile component of the R environment", "Boxplots
    // are a common way to represent a distribution": how good or how usual it is fits many terms; what it is
    // would not.
    for (let k = j + 1; k < tokens.length && k <= j + 6; k++) {
      const t = at(k)!;
      if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.normal === 'of') break;
      if (EVALUATIVE.has(t.normal)) return false;
    }
    return true;
  }
  // "Oversampling combined with antialiasing ...", "has been shown": a participle or a perfect tells what was
  // done with it.
  if (verb.pos !== 'VERB' || /(?:ed|ing)$/u.test(verb.normal)) return false;
  return !EFFECT_VERB.test(verb.normal);
}

/** Adjectives of worth or frequency: "an important component", "a common way", "a useful tool". */
const EVALUATIVE = new Set([
  'important',
  'useful',
  'powerful',
  'versatile',
  'convenient',
  'popular',
  'common',
  'nice',
  'good',
  'great',
  'interesting',
  'handy',
  'valuable',
  'essential',
  'helpful',
  'practical',
  'easy',
  'excellent',
  'flexible',
]);

/**
 * The term a sentence names: "falsehoods called hallucinations", "a structure known as a hash table", "what is
 * referred to as the AI effect". The phrase before it says what it is.
 */
function namedHere(term: Term, page: ImportanceContext['page']): boolean {
  const before = page.text
    .slice(Math.max(0, term.charStart - 30), term.charStart)
    .replace(/["“'‘(]\s*$/u, '')
    .replace(/\b(?:an?|the)\s+$/iu, '');
  // "Each pattern (also called an observation)": another name of something named before, one of several.
  return (
    /\b(?:called|known as|termed|dubbed|referred to as)\s+$/iu.test(before) &&
    !/\balso\s+\S+(?:\s+as)?\s+$/iu.test(before)
  );
}

/** Plural by the lemma, or by its ending when a capital at the sentence start kept the lemma from being found. */
function looksPlural(term: Term, head: string): boolean {
  return term.plural || (/s$/.test(head) && !/(?:ss|us|is|ics)$/.test(head));
}

/** The term is the sentence's subject right after its opening "The" (adjectives between allowed). */
function opensWithTheSubject(term: Term, ctx: ImportanceContext): boolean {
  const { tokens } = ctx.page;
  if (tokens[ctx.span.start]?.normal !== 'the') return false;
  for (let i = ctx.span.start + 1; i < term.start; i++) if (tokens[i]!.pos !== 'ADJ') return false;
  return true;
}
