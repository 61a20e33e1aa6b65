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
  percent: 0.65,
  money: 0.65,
  number: 0.6,
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
  // A single noun the document neither defines nor comes back to ("phrase", "program") is a word of the
  // sentence, not a term of the subject: blanking it tests reading, not knowledge.
  if (term.kind === 'noun' && term.words === 1 && !defined && onPage < 2 && ctx.stats.docFreq(term.key) < 2) return 0;
  const pages = ctx.stats.pagesSeen;
  const spread = pages >= 3 ? ctx.stats.docFreq(term.key) / pages : 0;
  // A name on most pages is the document's subject ("the FAA" in an FAA rule, the tool a paper presents):
  // blanking it asks nothing a reader of any page does not know.
  if (isNameKind(term.kind) && (spread > 0.5 || onPage >= 4)) return 0;
  if (pages >= 5 && spread > 0.5) score -= 0.2;
  return Math.max(0, score);
}

/** "The mitochondrion is ...", "Photosynthesis takes place ...": the sentence's subject, defined by it. */
function definesTerm(term: Term, ctx: ImportanceContext): boolean {
  const { tokens } = ctx.page;
  let first = ctx.span.start;
  while (first < term.start && (tokens[first]!.stop || tokens[first]!.pos === 'DET' || tokens[first]!.pos === 'ADJ'))
    first++;
  if (first !== term.start) return false;
  const next = tokens[term.end + 1];
  return next !== undefined && (next.pos === 'AUX' || next.pos === 'VERB');
}
