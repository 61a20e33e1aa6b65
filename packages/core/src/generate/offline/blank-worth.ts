// Terms that are not worth a blank however important they look: a number that labels (a model, a section, an
// identifier), a word that heads a label ("Phase 3"), an acronym right after its own expansion, and a common
// word written with a capital ("Agency", "Section"), which reads as a name but is one of many that would fit.
// Also the places where a term may not be swapped for a false statement: one name of a list, a bound.
import type { AnalyzedPage } from './nlp.js';
import type { SourceSentence } from './source-sentence.js';
import { isNameKind, type Term } from './term.js';
import type { WordFrequency } from './word-frequency.js';

/** Common words below this rank are not names, even capitalized ("Agency" 2703, "Section" 2074). */
const COMMON_RANK = 20_000;

/** Why `term` makes no blank worth asking, or null when it may. */
export function unaskable(
  term: Term,
  page: AnalyzedPage,
  freq: WordFrequency,
): 'label-number' | 'identifier' | 'label-head' | 'expanded-acronym' | 'common-word' | null {
  const { tokens, text } = page;
  const prev = tokens[term.start - 1];
  const next = tokens[term.end + 1];
  const before = text.slice(Math.max(0, term.charStart - 12), term.charStart);
  const after = text.slice(term.charEnd, term.charEnd + 12);
  // "AD 2018–23–51", "0~110429", "dh_make(8)": a part of an identifier.
  if (/[\p{L}\d][–-]$|[~_/.]$/u.test(before) || /^[–-]\d+[–-]\d|^[~_/]|^\(\d/u.test(after)) return 'identifier';
  if (term.kind === 'number' || term.kind === 'ordinal') {
    // "Boeing 737", "Title 49", "the 737 MAX": a number that names a thing rather than counts it.
    const capitalBefore = prev !== undefined && /^\p{Lu}\p{L}*$/u.test(prev.value) && !prev.pre.includes('\n');
    const capsAfter = next !== undefined && /^\p{Lu}{2,}$/u.test(next.value);
    if ((capitalBefore && before.endsWith(' ')) || capsAfter) return 'label-number';
  }
  // "Phase 3", "Section 2.2", "Chapter 5": the word that heads a label.
  if (!/^\d/.test(term.text) && next !== undefined && /^\d/.test(next.value) && /^\s?$/.test(after.slice(0, 1)))
    return 'label-head';
  // "Freedom of Information Act (FOIA)": the letters stand just before the blank.
  if (term.kind === 'acronym' && before.endsWith('(') && after.startsWith(')')) return 'expanded-acronym';
  if (
    isNameKind(term.kind) &&
    term.words === 1 &&
    freq.caseForm(term.text) === 'common' &&
    (freq.rank(term.text) ?? COMMON_RANK) < COMMON_RANK
  )
    return 'common-word';
  return null;
}

/**
 * One name of a list ("George Dyson, cyberneticist Kevin Warwick and inventor Ray Kurzweil"): swapping it says
 * nothing about the rest. A comma or a conjunction right after the name, or before it with at most a title
 * between, marks a list.
 */
export function inList(term: Term, page: AnalyzedPage): boolean {
  if (!isNameKind(term.kind)) return false;
  const joins = (t: AnalyzedPage['tokens'][number] | undefined) =>
    t !== undefined && (t.normal === ',' || t.normal === 'and' || t.normal === 'or');
  if (joins(page.tokens[term.end + 1])) return true;
  for (let i = term.start - 1; i >= Math.max(0, term.start - 3); i--) {
    const t = page.tokens[i]!;
    if (joins(t)) return true;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ') return false;
  }
  return false;
}

/** "By 1987", "more than 25 percent", "before 2010": a bound, which a swapped value may still satisfy. */
export function afterComparator(term: Term, sentence: SourceSentence): boolean {
  const from = term.charStart - sentence.charStart;
  const before = sentence.text.slice(Math.max(0, from - 16), from);
  return /\b(?:by|before|after|until|since|more than|less than|fewer than|at least|at most|over|under|up to|nearly|almost)\s+$/iu.test(
    before,
  );
}
