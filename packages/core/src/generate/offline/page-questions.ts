// Chooses one page's questions: the best source sentences, a type for each that keeps the requested types
// balanced across the document, the best answer in each sentence, and the difficulty the options ask for.
import type { DifficultyOption, GenerateOptions } from '../../schemas/options.js';
import type { QuestionDraft, QuestionType } from '../../schemas/question.js';
import { QuestionDeduper } from '../dedupe.js';
import { difficultyScore, distanceToBand, labelFor } from './difficulty.js';
import { comparable, hasDistractorKind } from './distractors.js';
import { findList, multiSelect } from './multi-select.js';
import { type Draft, multipleChoice } from './multiple-choice.js';
import type { AnalyzedPage } from './nlp.js';
import { seededRandom } from './seeded-random.js';
import { shortAnswer } from './short-answer.js';
import type { BuildContext, SourceSentence } from './source-sentence.js';
import type { Term, TermKind } from './term.js';
import type { TermStats } from './term-stats.js';
import { falseStatement, trueStatement } from './true-false.js';

/** A usable sentence of the page with its terms ranked, as the generator prepared it. */
export interface RankedSentence extends SourceSentence {
  /** Terms worth asking about, most important first. */
  ranked: Term[];
  importance: ReadonlyMap<Term, number>;
  /** Higher is a better source. */
  rank: number;
  /** Position on the page, to keep questions in reading order. */
  position: number;
}

/** State carried from page to page, so balance and "never twice" hold for the whole document. */
export class QuizState {
  readonly typeCounts = new Map<QuestionType, number>();
  readonly deduper = new QuestionDeduper();
  readonly answerUses = new Map<string, number>();
  trueCount = 0;
  falseCount = 0;
}

/** A term is asked about at most this often in one document. */
const MAX_ANSWER_USES = 2;
/** Below this importance a term is too general to blank for recall. */
const MIN_RECALL_IMPORTANCE = 0.55;

interface Candidate {
  draft: Draft;
  sentence: RankedSentence;
  answerKey: string;
  kind: TermKind;
  score: number;
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
/** Kinds that make convincing false statements, best first; swapping common nouns often gives nonsense. */
const FALSE_SWAP_ORDER: TermKind[] = [
  'year',
  'date',
  'number',
  'percent',
  'money',
  'person',
  'place',
  'event',
  'organization',
  'document',
  'nationality',
  'acronym',
  'ordinal',
  'noun',
];

export function pageQuestions(
  page: AnalyzedPage,
  sentences: RankedSentence[],
  options: Pick<GenerateOptions, 'questionsPerPage' | 'types' | 'difficulty'>,
  stats: TermStats,
  state: QuizState,
): QuestionDraft[] {
  const wanted = options.difficulty;
  const limit = options.questionsPerPage;
  // With a difficulty asked for, build spare candidates to choose the closest ones from.
  const pool = wanted === 'mixed' ? limit : limit * 2 + 2;
  const tally: PageTally = { types: new Map(), answers: new Set(), groups: new Map(), truth: 0 };
  const candidates: Candidate[] = [];
  const withLists = options.types.includes('multi_select');
  // A sentence with a list is the only source of a multi-select question: move it up when one is wanted.
  const rankOf = (s: RankedSentence) => s.rank + (withLists && findList(s.terms, page) ? 0.15 : 0);

  for (const sentence of [...sentences].sort((a, b) => rankOf(b) - rankOf(a))) {
    if (candidates.length >= pool) break;
    const ctx: BuildContext = { stats, random: seededRandom(`${sentence.page}:${sentence.text}`) };
    for (const type of typeOrder(options.types, state, tally.types, sentence.page)) {
      const built = build(type, sentence, page, ctx, state, tally, wanted);
      if (!built || state.deduper.has(built.draft)) continue;
      candidates.push(built);
      tally.answers.add(built.answerKey);
      tally.types.set(type, (tally.types.get(type) ?? 0) + 1);
      tally.groups.set(groupOf(built.kind), (tally.groups.get(groupOf(built.kind)) ?? 0) + 1);
      if (built.truth !== undefined) tally.truth += built.truth ? 1 : -1;
      break;
    }
  }

  const chosen =
    wanted === 'mixed'
      ? candidates
      : [...candidates]
          .sort(
            (a, b) =>
              distanceToBand(a.score, wanted) - distanceToBand(b.score, wanted) || b.sentence.rank - a.sentence.rank,
          )
          .slice(0, limit);

  const out: QuestionDraft[] = [];
  for (const c of chosen.sort((a, b) => a.sentence.position - b.sentence.position)) {
    const question: QuestionDraft = { ...c.draft, difficulty: labelFor(c.score, wanted) };
    if (state.deduper.isDuplicate(question)) continue;
    state.typeCounts.set(question.type, (state.typeCounts.get(question.type) ?? 0) + 1);
    state.answerUses.set(c.answerKey, (state.answerUses.get(c.answerKey) ?? 0) + 1);
    if (c.truth === true) state.trueCount++;
    if (c.truth === false) state.falseCount++;
    out.push(question);
  }
  return out;
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
  const adjusted = (t: Term) =>
    (sentence.importance.get(t) ?? 0) - REPEAT_PENALTY * (tally.groups.get(groupOf(t.kind)) ?? 0);
  const fresh = sentence.ranked
    .filter((t) => !tally.answers.has(t.key) && (state.answerUses.get(t.key) ?? 0) < MAX_ANSWER_USES)
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
    score: difficultyScore({ term, type, sentenceWords: sentence.words, docFreq: ctx.stats.docFreq(term.key) }),
  });

  switch (type) {
    case 'multiple_choice':
      for (const term of terms) {
        const draft = hasDistractorKind(term) ? multipleChoice(sentence, term, ctx) : null;
        if (draft) return candidate(draft, term);
      }
      return null;
    case 'short_answer': {
      const term = terms.find(
        (t) => t.kind !== 'ordinal' && (sentence.importance.get(t) ?? 0) >= MIN_RECALL_IMPORTANCE,
      );
      return term ? candidate(shortAnswer(sentence, term), term) : null;
    }
    case 'true_false': {
      const top = terms[0];
      if (!top) return null;
      const balance = state.trueCount - state.falseCount + tally.truth;
      const makeFalse = ctx.random() < 0.5 + 0.2 * balance;
      if (makeFalse) {
        const swaps = fresh
          .filter((t) => hasDistractorKind(t))
          .sort((a, b) => FALSE_SWAP_ORDER.indexOf(a.kind) - FALSE_SWAP_ORDER.indexOf(b.kind));
        for (const term of swaps) {
          const draft = falseStatement(sentence, term, ctx);
          if (draft) return candidate(draft, term, false);
        }
      }
      return candidate(trueStatement(sentence), top, true);
    }
    case 'multi_select': {
      const draft = multiSelect(sentence, page, ctx);
      if (!draft) return null;
      const first = sentence.terms.find((t) => comparable(t.display) === comparable(draft.answer[0]!));
      return first ? candidate(draft, first) : null;
    }
  }
}

function byDifficulty(
  terms: Term[],
  type: QuestionType,
  sentence: RankedSentence,
  stats: TermStats,
  wanted: Exclude<DifficultyOption, 'mixed'>,
): Term[] {
  const distance = (t: Term) =>
    distanceToBand(
      difficultyScore({ term: t, type, sentenceWords: sentence.words, docFreq: stats.docFreq(t.key) }),
      wanted,
    );
  return [...terms].sort((a, b) => distance(a) - distance(b));
}
