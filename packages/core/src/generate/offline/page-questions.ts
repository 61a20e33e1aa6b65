// Chooses one page's questions: the best source sentences, a type for each that keeps the requested types
// balanced across the document, the best answer in each sentence, and the difficulty the options ask for.

import type { DifficultyOption } from '../../schemas/options.js';
import type { QuestionDraft, QuestionType } from '../../schemas/question.js';
import { QuestionDeduper } from '../dedupe.js';
import { escapeRegExp } from '../escape-regexp.js';
import { isTrivialBlank, leaksAnswer } from '../quality/blank-rules.js';
import { givesDefault } from '../quality/default-value.js';
import { datesLandmark } from '../quality/landmark.js';
import { type Flip, withoutNegation } from '../quality/negation.js';
import { isGenericHeading } from '../section-topic.js';
import { afterAbbreviation, afterAmong, afterComparator, inList, measured } from './blank-worth.js';
import type { CommandIndex, CommandMention } from './commands.js';
import { type DifficultyFeatures, difficultyOf, difficultyScore, distanceToBand } from './difficulty.js';
import { comparable, hasDistractorKind } from './distractors.js';
import { findList, multiSelect } from './multi-select.js';
import { type Draft, multipleChoice } from './multiple-choice.js';
import { pairedQuotes } from './neutral/wording.js';
import type { AnalyzedPage } from './nlp.js';
import { seededRandom, shuffled } from './seeded-random.js';
import { shortAnswer } from './short-answer.js';
import { BLANK, type BuildContext, inContext, type SourceSentence } from './source-sentence.js';
import { isNameKind, type Term, type TermKind } from './term.js';
import { saysWhatItIs } from './term-importance.js';
import type { TermStats } from './term-stats.js';
import { contradiction, falseStatement, trueStatement } from './true-false.js';
import type { WordVectors } from './vectors/word-vectors.js';

/** A usable sentence of the page with its terms ranked, as the generator prepared it. */
export interface RankedSentence extends SourceSentence {
  /** Terms worth asking about, most important first. */
  ranked: Term[];
  importance: ReadonlyMap<Term, number>;
  /** The noun phrases the sentence defines: its subject, stated about in general ("Adversarial search is used for ..."). */
  defined: ReadonlySet<Term>;
  /** Higher is a better source. */
  rank: number;
  /** Position on the page, to keep questions in reading order. */
  position: number;
  /** The program the sentence names with its manual section, when it is worth asking for (commands.ts). */
  command?: CommandMention;
  /** The file or directory the sentence names, when it is worth asking for (paths.ts). */
  path?: CommandMention;
  /** Only the path can be asked: the sentence shows it, and with it in the stem it is markup to other questions. */
  onlyPath?: boolean;
}

/** State carried from page to page, so balance and "never twice" hold for the whole document. */
export class QuizState {
  readonly typeCounts = new Map<QuestionType, number>();
  readonly deduper = new QuestionDeduper();
  readonly answerUses = new Map<string, number>();
  trueCount = 0;
  falseCount = 0;
  /**
   * True and false keys of the questions worded in each language other than English (a manual in Japanese with
   * paragraphs left in English): each language's keys are balanced on their own.
   */
  readonly truthIn = new Map<string, { true: number; false: number }>();
  /** Candidates set aside because they were not of the one difficulty asked for. */
  offDifficulty = 0;
  /** Facts asked about so far: a date with a name it is about (factsOf). */
  readonly facts = new Set<string>();
  /** Years the questions so far show in their prompts, and years they ask for (see neutral `leaksYear`). */
  readonly shownYears = new Set<string>();
  readonly hiddenYears = new Set<string>();
}

/** A sentence's facts as "name@date" pairs: each name of the sentence with each year or date in it. */
function factsOf(sentence: SourceSentence): string[] {
  const dates = sentence.terms
    .filter((t) => t.kind === 'year' || t.kind === 'date')
    .map((t) => String(t.value ?? t.text.match(/\d{4}/)?.[0] ?? t.key));
  const names = sentence.terms.filter((t) => isNameKind(t.kind)).map((t) => t.key);
  return names.flatMap((n) => dates.map((d) => `${n}@${d}`));
}

/** A term is asked about at most this often in one document: the same answer twice reads as a repeat. */
const MAX_ANSWER_USES = 1;
/**
 * Answers a student can be expected to write exactly: years, dates and the one term a sentence defines. A name
 * is asked among choices: written from memory, other names fit the blank as well ("Autotools or ____": CMake,
 * Meson), a long one ("Flight Standardization Board Report") is recalled in other words, and readers found
 * most such blanks guessable or ambiguous. An acronym is not: the sentence rarely lets a student work it out. A
 * phrase of common words has synonyms a key cannot list, and a bare count is a guess.
 */
const RECALL_KINDS = new Set<TermKind>(['year', 'date', 'noun']);
/** Below this importance a term is too general to blank for recall. */
const MIN_RECALL_IMPORTANCE = 0.55;

interface Candidate {
  draft: Draft;
  sentence: RankedSentence;
  answerKey: string;
  kind: TermKind;
  /** Difficulty score, 0..1. */
  score: number;
  /** How good a question it makes: the sentence's rank plus the answer's importance. */
  quality: number;
  truth?: boolean;
}

/** What the page's questions so far have used: types, answers, kinds of answer, true minus false statements. */
interface PageTally {
  types: Map<QuestionType, number>;
  answers: Set<string>;
  groups: Map<string, number>;
  truth: number;
}

/** Kinds of answer a student would feel as "the same again": four questions about people read as one. */
function groupOf(kind: TermKind): string {
  if (kind === 'person') return 'person';
  if (kind === 'year' || kind === 'date') return 'time';
  if (kind === 'number' || kind === 'percent' || kind === 'money' || kind === 'ordinal') return 'quantity';
  return kind === 'noun' ? 'noun' : 'name';
}

/** Importance lost per earlier question of the page with an answer of the same group. */
const REPEAT_PENALTY = 0.25;
/**
 * Kinds that make convincing false statements, best first. Swapping common nouns often gives nonsense, an
 * acronym swapped for another is spotted at once (or read as a misprint), and a swapped count or percentage
 * ("over 450 million edges", "41 percent of the water") makes trivia rather than a statement a student should
 * know to be false. A place, a body or an event swapped in reads as nonsense ("improvements in Google", "among
 * the Denison Dam") or as nearly true (one state of a compact for another). Years and dates, and who, remain.
 */
const FALSE_SWAP_ORDER: TermKind[] = ['year', 'date', 'person'];
/**
 * Longest statement worth judging true or false: longer ones pack several claims ("In 2014, 30 nations
 * (including China) supported a ban on autonomous weapons under the United Nations ...", 28 words), and readers
 * asked for every statement above 25 words of the quizzes they read to be cut to one claim.
 */
export const MAX_STATEMENT_WORDS = 25;
/** Kinds of term that make a sentence a factual claim: a named person, place, body, event, work, or a date. */
const CLAIM_KINDS = new Set<TermKind>(['person', 'place', 'organization', 'event', 'document', 'year', 'date']);

export interface PageAsk {
  /** Most questions this page may give. */
  limit: number;
  types: readonly QuestionType[];
  difficulty: DifficultyOption;
}

/**
 * The page's best questions, at most `ask.limit`, in reading order. Candidates are built from more sentences
 * than needed (one per sentence, of the type the balance calls for) and the best kept: the sentence's quality
 * and its answer's importance decide, and with one difficulty asked for, only questions of that difficulty.
 */
export function pageQuestions(
  page: AnalyzedPage,
  sentences: RankedSentence[],
  ask: PageAsk,
  stats: TermStats,
  state: QuizState,
  vectors?: WordVectors,
  acronym?: (short: string) => string | undefined,
  commands?: CommandIndex,
  paths?: CommandIndex,
): QuestionDraft[] {
  const wanted = ask.difficulty;
  const limit = ask.limit;
  if (limit <= 0) return [];
  const pool = limit * CANDIDATES_PER_QUESTION + 2;
  const tally: PageTally = { types: new Map(), answers: new Set(), groups: new Map(), truth: 0 };
  const candidates: Candidate[] = [];
  const withLists = ask.types.includes('multi_select');
  // A sentence with a list is the only source of a multi-select question: move it up when one is wanted.
  const rankOf = (s: RankedSentence) => s.rank + (withLists && findList(s.terms, page) ? 0.15 : 0);

  for (const sentence of [...sentences].sort((a, b) => rankOf(b) - rankOf(a))) {
    if (candidates.length >= pool) break;
    const ctx: BuildContext = {
      stats,
      random: seededRandom(`${sentence.page}:${sentence.text}`),
      vectors,
      acronym,
      ...(commands ? { commands } : {}),
      ...(paths ? { paths } : {}),
    };
    for (const type of typeOrder(ask.types, state, tally.types, sentence.page)) {
      const built = build(type, sentence, page, ctx, state, tally, wanted);
      if (!built || state.deduper.has(built.draft)) continue;
      if (wanted !== 'mixed' && difficultyOf(built.score) !== wanted) {
        state.offDifficulty++;
        continue;
      }
      candidates.push(built);
      tally.answers.add(built.answerKey);
      tally.types.set(type, (tally.types.get(type) ?? 0) + 1);
      tally.groups.set(groupOf(built.kind), (tally.groups.get(groupOf(built.kind)) ?? 0) + 1);
      if (built.truth !== undefined) tally.truth += built.truth ? 1 : -1;
      break;
    }
  }

  const chosen = pickBest(candidates, limit, state);
  const out: QuestionDraft[] = [];
  for (const c of chosen.sort((a, b) => a.sentence.position - b.sentence.position)) {
    const question: QuestionDraft = {
      ...c.draft,
      prompt: pairedQuotes(withSection(c, c.sentence.program ?? stats.product)),
      difficulty: difficultyOf(c.score),
    };
    if (state.deduper.isDuplicate(question)) continue;
    // The same fact in other words ("Debian 11 Bullseye (August 14th, 2021)" and "Debian 11.0 (Bullseye) was
    // released August 14th, 2021"): one question is enough.
    const facts = factsOf(c.sentence);
    if (facts.some((f) => state.facts.has(f))) continue;
    for (const f of facts) state.facts.add(f);
    state.typeCounts.set(question.type, (state.typeCounts.get(question.type) ?? 0) + 1);
    state.answerUses.set(c.answerKey, (state.answerUses.get(c.answerKey) ?? 0) + 1);
    if (c.truth === true) state.trueCount++;
    if (c.truth === false) state.falseCount++;
    out.push(question);
  }
  return out;
}

/**
 * The prompt naming the section its sentence comes from, when the sentence names nothing itself: a reference
 * manual describes one command or device per section, and "Rotated enhanced text, and transparency are not
 * supported" says what of only under its heading ("True or false (about “Caca”): ..."). Not when the heading
 * is generic, long, or would give the answer away.
 */
function withSection(c: Candidate, product?: string): string {
  const { sentence, draft } = c;
  const about = sectionOf(c);
  // "True or false (in gnuplot): Newline characters are allowed within the string.": a manual's sentences state
  // what holds in its program, and seldom name it; the same words of a shell or another program would be false.
  const where =
    product &&
    !new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(product)}(?![\\p{L}\\p{N}])`, product.length > 2 ? 'iu' : 'u').test(
      sentence.text,
    )
      ? `in ${product}`
      : undefined;
  if (!about && !where) return draft.prompt;
  const named = draft.prompt.replace(
    /^(Fill in the blank|True or false)(?: \(([^)]*)\))?: /u,
    (_, instruction: string, hint?: string) =>
      `${instruction} (${[where, hint, about && `about “${about}”`].filter(Boolean).join(', ')}): `,
  );
  if (draft.type !== 'true_false' && draft.answer.some((a) => leaksAnswer(named, a))) return draft.prompt;
  return named;
}

/** The heading worth naming in the prompt (see withSection), or undefined. */
function sectionOf(c: Candidate): string | undefined {
  const { sentence } = c;
  const heading = sentence.section?.trim();
  if (
    !heading ||
    heading.length < 3 ||
    heading.length > 40 ||
    heading.split(/\s+/u).length > 5 ||
    isGenericHeading(heading)
  )
    return undefined;
  if (/[.:;!?”“"]/u.test(heading) || sentence.text.toLowerCase().includes(heading.toLowerCase())) return undefined;
  if (sentence.terms.some((t) => isNameKind(t.kind)) || sentence.defined.size > 0) return undefined;
  return heading;
}

/** Quality a true/false candidate gives up against a choice or recall question from an equal sentence. */
const TRUE_FALSE_PENALTY = 0.2;

/** Candidates built per question a page may give: the best of them are kept. */
const CANDIDATES_PER_QUESTION = 3;

/**
 * The `limit` best candidates: the sentence's rank plus its answer's importance, keeping true/false keys
 * balanced across the quiz: a false statement first, then a true one only while falses lead, and no false one
 * while falses lead.
 */
function pickBest(candidates: Candidate[], limit: number, state: QuizState): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.quality - a.quality);
  const chosen: Candidate[] = [];
  let trues = state.trueCount;
  let falses = state.falseCount;
  for (const c of sorted) {
    if (chosen.length >= limit) break;
    if (c.truth === true && trues >= falses) continue;
    if (c.truth === false && falses > trues) continue;
    if (c.truth === true) trues++;
    if (c.truth === false) falses++;
    chosen.push(c);
  }
  // Room left (too few candidates of the balanced kind): the skipped ones, best first.
  for (const c of sorted) {
    if (chosen.length >= limit) break;
    if (!chosen.includes(c) && c.truth === undefined) chosen.push(c);
  }
  return chosen;
}

/** Requested types, least used so far first; ties broken by a rotation that changes from page to page. */
function typeOrder(
  types: readonly QuestionType[],
  state: QuizState,
  pending: ReadonlyMap<QuestionType, number>,
  page: number,
): QuestionType[] {
  const count = (t: QuestionType) => (state.typeCounts.get(t) ?? 0) + (pending.get(t) ?? 0);
  const rotation = (t: QuestionType) => (types.indexOf(t) + page) % types.length;
  return [...types].sort((a, b) => count(a) - count(b) || rotation(a) - rotation(b));
}

function build(
  type: QuestionType,
  sentence: RankedSentence,
  page: AnalyzedPage,
  ctx: BuildContext,
  state: QuizState,
  tally: PageTally,
  wanted: DifficultyOption,
): Candidate | null {
  // A sentence that shows a path serves only to ask for it.
  if (sentence.onlyPath && type !== 'multiple_choice') return null;
  const adjusted = (t: Term) =>
    (sentence.importance.get(t) ?? 0) - REPEAT_PENALTY * (tally.groups.get(groupOf(t.kind)) ?? 0);
  const fresh = sentence.ranked
    .filter(
      (t) =>
        !tally.answers.has(t.key) &&
        (state.answerUses.get(t.key) ?? 0) < MAX_ANSWER_USES &&
        !isTrivialBlank(t.display, sentence.text) &&
        // "From ____ to 2002": one end of a range is a detail of it, and swapped it runs the range backwards.
        !inRange(t, sentence) &&
        // "By ____, the market had reached a billion dollars": every later year is as right.
        !afterComparator(t, sentence) &&
        // "The Economist stated in ____ that ...": what was said is the point, not when.
        !((t.kind === 'year' || t.kind === 'date') && reportsSpeech(sentence, page)) &&
        // "In ____, researchers used machine learning to ...": the year of a passing event is trivia; that of
        // something founded, released or first done is worth knowing.
        !((t.kind === 'year' || t.kind === 'date') && !datesLandmark(sentence.text, 'en')) &&
        // One item of a list ("Hugging Face, ____, EleutherAI and Meta"): several answers would be right.
        !(type !== 'true_false' && inList(t, page)) &&
        // A name in capitals is a heading's ("JUSTICE SOTOMAYOR delivered the opinion"), not a fact.
        !(isNameKind(t.kind) && t.text.length > 3 && t.text === t.text.toUpperCase() && /\p{L}{4}/u.test(t.text)) &&
        // "pressure from the U.S. ____": the blank is the rest of a longer name, and only a name that goes with
        // "U.S." fits it; a choice question on it gives the key away, a written answer is a guess.
        !(type !== 'true_false' && isNameKind(t.kind) && afterAbbreviation(t, page)) &&
        // "an equitable apportionment among the ____": only a group fits, and other names give the key away.
        !(type !== 'true_false' && isNameKind(t.kind) && afterAmong(t, sentence)),
    )
    .sort((a, b) => adjusted(b) - adjusted(a));
  // For a wanted difficulty, try the terms that make the closest question first.
  const terms =
    wanted === 'mixed' ? fresh.slice(0, 3) : byDifficulty(fresh.slice(0, 4), type, sentence, ctx.stats, wanted);
  const candidate = (draft: Draft, term: Term, truth?: boolean): Candidate => ({
    draft,
    sentence,
    answerKey: term.key,
    kind: term.kind,
    truth,
    score: difficultyScore(featuresOf(term, type, sentence, ctx.stats)),
    // A statement copied for true/false tests the least (an obviously true sentence, a swapped number): it is
    // kept when a page has nothing better.
    quality:
      sentence.rank + 0.5 * (sentence.importance.get(term) ?? 0) - (type === 'true_false' ? TRUE_FALSE_PENALTY : 0),
  });
  // A cloze whose stem still shows the answer (or a word of it) asks nothing.
  const fair = (draft: Draft | null, answer: string): draft is Draft => !!draft && !leaksAnswer(draft.prompt, answer);

  switch (type) {
    case 'multiple_choice': {
      const named = nameCandidate(sentence, sentence.command, ctx.commands, 'command', ctx.random, state, tally);
      if (named) return named;
      const located = nameCandidate(sentence, sentence.path, ctx.paths, 'path', ctx.random, state, tally);
      if (located || sentence.onlyPath) return located;
      for (const term of terms) {
        if (!worthChoices(term, sentence, page)) continue;
        const draft = hasDistractorKind(term) ? multipleChoice(sentence, term, ctx) : null;
        if (fair(draft, draft?.answer[0] ?? term.display) && fair(draft, term.display)) return candidate(draft, term);
      }
      return null;
    }
    case 'short_answer': {
      for (const term of terms) {
        if (!RECALL_KINDS.has(term.kind) || (term.kind === 'noun' && term.words > 1) || everydayWord(term, page))
          continue;
        // "____ affects 2D plot styles with points": what a term does fits many terms; what it is names one.
        if (term.kind === 'noun' && !saysWhatItIs(term, page)) continue;
        if ((sentence.importance.get(term) ?? 0) < MIN_RECALL_IMPORTANCE) continue;
        const draft = shortAnswer(sentence, term);
        if (fair(draft, term.display)) return candidate(draft, term);
      }
      return null;
    }
    case 'true_false': {
      const top = terms[0];
      if (!top) return null;
      // Keys stay balanced: the statement is made false whenever trues lead, and never falls back to a true one
      // then (a quiz of true statements teaches students to answer "True").
      const balance = state.trueCount - state.falseCount + tally.truth;
      // A true statement only while false ones lead: a document whose sentences give no false version (no
      // year, date or person to swap) must not fill a quiz with trues.
      const makeFalse = balance >= 0;
      // Only a claim worth judging: a short statement about a named thing or a date ("The first AI Safety Summit
      // was held in the United Kingdom in November 2023"), or one the document denies of a term of its subject
      // ("The Compact does not pre-empt the Oklahoma water statutes"). A general remark copied as true tests
      // nothing.
      if (sentence.words > MAX_STATEMENT_WORDS) return null;
      // A passing event's year makes no claim worth judging either.
      const landmark = datesLandmark(sentence.text, 'en');
      const claim = sentence.terms.some(
        (t) => CLAIM_KINDS.has(t.kind) && (landmark || (t.kind !== 'year' && t.kind !== 'date')),
      );
      const denial = deniedOf(sentence, page);
      if (!claim && !denial) return null;
      if (!makeFalse) return candidate(trueStatement(sentence), denial?.term ?? top, true);
      // A noun swapped for another makes a sentence absurd ("share reciprocal similarity") or nearly true (a
      // near-synonym) rather than false; names, numbers and dates make a statement a reader must know to judge.
      const swaps = fresh
        .filter((t) => FALSE_SWAP_ORDER.includes(t.kind) && hasDistractorKind(t) && !inList(t, page))
        .sort((a, b) => FALSE_SWAP_ORDER.indexOf(a.kind) - FALSE_SWAP_ORDER.indexOf(b.kind));
      for (const term of swaps) {
        const draft = falseStatement(sentence, term, ctx);
        if (draft) return candidate(draft, term, false);
      }
      // Nothing to swap: the document's denial affirmed is its opposite.
      return denial ? candidate(contradiction(sentence, denial.flip), denial.term, false) : null;
    }
    case 'multi_select': {
      const draft = multiSelect(sentence, page, ctx);
      if (!draft || draft.answer.some((a) => leaksAnswer(draft.prompt, a))) return null;
      const first = sentence.terms.find((t) => comparable(t.display) === comparable(draft.answer[0]!));
      return first ? candidate(draft, first) : null;
    }
  }
}

/** How much a command's name weighs as an answer, against the importance of a sentence's terms (0..1). */
export const COMMAND_IMPORTANCE = 0.8;
/** Difficulty score of a command question: recognizing a program by what it does, among others of the manual. */
const COMMAND_SCORE = 0.5;

/**
 * "____ outputs the last part of files." among other programs the document names with their manual section
 * ("tail(1)"), when the sentence names one worth asking for and the document has named three others; "The
 * static file system configuration is given by ____." among other files the document names.
 */
function nameCandidate(
  sentence: RankedSentence,
  command: CommandMention | undefined,
  index: CommandIndex | undefined,
  kind: 'command' | 'path',
  random: () => number,
  state: QuizState,
  tally: PageTally,
): Candidate | null {
  if (!command || !index) return null;
  const answerKey = `${kind}:${command.name}`;
  if (tally.answers.has(answerKey) || (state.answerUses.get(answerKey) ?? 0) >= MAX_ANSWER_USES) return null;
  const wrong = index.wrongChoices(command, sentence.text, sentence.page, random);
  if (wrong.length < 3) return null;
  const stem = `${sentence.text.slice(0, command.start)}${BLANK}${sentence.text.slice(command.end)}`;
  return {
    draft: {
      type: 'multiple_choice',
      prompt: `Fill in the blank: ${stem}`,
      choices: shuffled([command.name, ...wrong], random),
      answer: [command.name],
      explanation: inContext(sentence),
      source: { page: sentence.page, quote: sentence.text },
    },
    sentence,
    answerKey,
    kind: 'noun',
    score: COMMAND_SCORE,
    quality: sentence.rank + 0.5 * COMMAND_IMPORTANCE,
  };
}

/** Least importance of the term a denial is about: "The essential parts of civilization" is no term of a subject. */
const MIN_DENIED_IMPORTANCE = 0.6;

/**
 * The sentence's one clean negation and the term before it that the sentence denies something of, a term worth
 * asking about (a name, or a noun phrase of the subject): "The Oklahoma water statutes also do not run afoul of
 * the Commerce Clause". Null when there is none.
 */
function deniedOf(sentence: RankedSentence, page: AnalyzedPage): { flip: Flip; term: Term } | null {
  const flip = withoutNegation(sentence.text, 'en');
  if (!flip) return null;
  const end = sentence.charStart + flip.at;
  // "The old method left the box unchanged and screen coordinates did not correspond ...": a verb before the
  // negation makes it a second clause's. A participle before a noun ("Failed filter retrieval") is an adjective.
  const span = page.sentences[sentence.position];
  for (let i = span?.start ?? 0; span && i <= span.end && page.tokens[i]!.offset < end; i++) {
    const t = page.tokens[i]!;
    const next = page.tokens[i + 1];
    if (t.pos === 'VERB' && !['NOUN', 'ADJ', 'PROPN'].includes(next?.pos ?? '')) return null;
  }
  const term = sentence.ranked.find(
    (t) => t.charEnd <= end && (t.kind !== 'noun' || (sentence.importance.get(t) ?? 0) >= MIN_DENIED_IMPORTANCE),
  );
  return term ? { flip, term } : null;
}

/**
 * Whether a term is worth a multiple-choice question. A phrase of common nouns only as the term its sentence
 * defines ("____ is used for game-playing programs"): elsewhere it is a phrase of the sentence ("a calculated
 * rate", "parameter values") that several choices complete. A count, a share or a rank only with a unit of
 * measure: "about ____ are black", "a width of ____ characters" are details, not what a student should know.
 */
function worthChoices(term: Term, sentence: RankedSentence, page: AnalyzedPage): boolean {
  if (term.kind === 'noun')
    return sentence.defined.has(term) && saysWhatItIs(term, page, { purpose: true }) && !everydayWord(term, page);
  if (term.kind === 'percent' || term.kind === 'money' || term.kind === 'ordinal') return false;
  // "The default polar angle is ____ degrees": a setting looked up, not a fact learned.
  if (term.kind === 'number') return measured(term, page) && !givesDefault(sentence.text, 'en');
  return true;
}

/** Verbs that report what someone said, wrote or showed: the date of the saying is seldom worth a question. */
const REPORTING = new Set([
  'say',
  'state',
  'argue',
  'write',
  'claim',
  'report',
  'show',
  'note',
  'suggest',
  'warn',
  'predict',
  'announce',
  'observe',
  'conclude',
  'estimate',
  'describe',
  'explain',
  'comment',
  'declare',
  'insist',
]);

/** The sentence's verbs include one that reports speech or findings ("stated", "argued", "showed"). */
function reportsSpeech(sentence: RankedSentence, page: AnalyzedPage): boolean {
  const span = page.sentences[sentence.position];
  if (!span) return false;
  for (let i = span.start; i <= span.end; i++) {
    const t = page.tokens[i]!;
    if (t.pos === 'VERB' && REPORTING.has(t.lemma.toLowerCase())) return true;
  }
  return false;
}

/** Words before a noun that make it one of several the text was going through. */
const ONE_OF_SEVERAL = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'next',
  'last',
  'other',
  'another',
  'final',
]);

/** A single defined noun at least this rare is a term of a subject ("hallucinations" 0.92, "ontology" 1). */
const MIN_DEFINED_WORD_RARITY = 0.88;

/**
 * A word of everyday English said something of ("Research is targeting ...", "Finance is one of the fastest
 * growing sectors"): a reader knows it, and asked it tests reading, not the subject. Stated as what it is ("The
 * cell is the basic unit of life") it is the term being taught.
 */
function everydayWord(term: Term, page: AnalyzedPage): boolean {
  if (term.kind !== 'noun' || term.words !== 1 || term.rarity >= MIN_DEFINED_WORD_RARITY) return false;
  const [verb, article, after] = [1, 2, 3].map((i) => page.tokens[term.end + i]);
  const isWhat = verb?.lemma === 'be' && ['a', 'an', 'the'].includes(article?.normal ?? '') && after?.normal !== 'of';
  // "The tag is an integer that identifies the label", "The symbol is a rectangular box": an everyday word under
  // "the" said to be "a" something is a thing the text was describing (an argument of a command, a part of a
  // figure). "A statement is a syntactically correct collection of tokens" and "The cell is the basic unit of
  // life" define the term they teach.
  const before = page.tokens[term.start - 1]?.normal;
  const described = before === 'the' && article?.normal !== 'the';
  // "A second ____ is the port to a BSD kernel", "The other ____ is ...": one of several the text was listing.
  return !isWhat || described || ONE_OF_SEVERAL.has(before ?? '');
}

function byDifficulty(
  terms: Term[],
  type: QuestionType,
  sentence: RankedSentence,
  stats: TermStats,
  wanted: Exclude<DifficultyOption, 'mixed'>,
): Term[] {
  const distance = (t: Term) => distanceToBand(difficultyScore(featuresOf(t, type, sentence, stats)), wanted);
  return [...terms].sort((a, b) => distance(a) - distance(b));
}

function featuresOf(term: Term, type: QuestionType, sentence: RankedSentence, stats: TermStats): DifficultyFeatures {
  return {
    term,
    type,
    sentenceWords: sentence.words,
    docFreq: stats.docFreq(term.key),
    pagesSeen: stats.pagesSeen,
    position: sentence.position,
  };
}

/** Words and marks that join the two ends of a range, in the languages the generator reads. */
const RANGE_JOIN =
  /(?:^|\s)(?:to|until|till|through|and|a|al|hasta|y|à|au|et|jusqu['’]en|bis|und|zu|ao|até)(?:\s|$)|[-–—~至到]/iu;

/**
 * A year or number that is one end of a range ("from 2011 to 2020", "1914–1918", "desde noviembre de 2000 a
 * noviembre de 2001"): swapping it makes a range run backwards, or say "for one year" of ten.
 */
function inRange(term: Term, sentence: SourceSentence): boolean {
  if (term.value === undefined) return false;
  for (const other of sentence.terms) {
    if (other === term || other.value === undefined || other.kind === 'noun') continue;
    const [first, second] = other.charStart < term.charStart ? [other, term] : [term, other];
    const between = sentence.text.slice(first.charEnd - sentence.charStart, second.charStart - sentence.charStart);
    if (between.length <= 24 && RANGE_JOIN.test(between)) return true;
  }
  const from = term.charStart - sentence.charStart;
  const to = term.charEnd - sentence.charStart;
  const before = sentence.text.slice(Math.max(0, from - 12), from);
  const after = sentence.text.slice(to, to + 12);
  return /\d\s*(?:to|until|till|and|[-–—])\s*$/u.test(before) || /^\s*(?:to|until|till|and|[-–—])\s*\d/u.test(after);
}
