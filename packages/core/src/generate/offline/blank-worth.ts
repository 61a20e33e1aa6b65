// Terms that are not worth a blank however important they look: a number that labels (a model, a section, an
// identifier), a word that heads a label ("Phase 3"), an acronym right after its own expansion, and a common
// word written with a capital ("Agency", "Section"), which reads as a name but is one of many that would fit.
// Also the places where a term may not be swapped for a false statement: one name of a list, a bound.
import { inParentheses } from '../quality/blank-rules.js';
import type { AnalyzedPage } from './nlp.js';
import type { SourceSentence } from './source-sentence.js';
import { isNameKind, isNumericKind, type Term } from './term.js';
import { unitAfter } from './units.js';
import type { WordFrequency } from './word-frequency.js';

/** Common words below this rank are not names, even capitalized ("Agency" 2703, "Section" 2074). */
const COMMON_RANK = 20_000;

/** Why `term` makes no blank worth asking, or null when it may. */
export function unaskable(
  term: Term,
  page: AnalyzedPage,
  freq: WordFrequency,
):
  | 'label-number'
  | 'identifier'
  | 'label-head'
  | 'expanded-acronym'
  | 'common-word'
  | 'part-of-name'
  | 'modifier'
  | 'aside'
  | null {
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
  if (isNameKind(term.kind) && partOfName(term, page, freq)) return 'part-of-name';
  // "(including China)", "(Yang, 2007)": an example or a citation in an aside is a detail of the sentence. An
  // acronym in parentheses is what the words before it stand for (above).
  if (
    (isNumericKind(term.kind) || (isNameKind(term.kind) && term.kind !== 'acronym')) &&
    inParentheses(text, term.charStart, term.charEnd)
  )
    return 'aside';
  // "In a 2017 survey", "the 2008 crisis": a year that only dates the noun after it.
  if (
    (term.kind === 'year' || term.kind === 'date') &&
    prev !== undefined &&
    /^(?:the|a|an)$/i.test(prev.value) &&
    next !== undefined &&
    (next.pos === 'NOUN' || next.pos === 'ADJ')
  )
    return 'modifier';
  // "The ____ test", "the ____ equilibrium", "____ models", "protein coding ____ sequences": a name or an acronym
  // that only modifies the noun after it is given away by it.
  if (
    isNameKind(term.kind) &&
    ((prev !== undefined && /^(?:the|a|an)$/i.test(prev.value)) || term.kind === 'acronym') &&
    next !== undefined &&
    next.pos === 'NOUN' &&
    /^\p{Ll}/u.test(next.value)
  )
    return 'modifier';
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
    t !== undefined && (t.normal === ',' || t.normal === ';' || t.normal === 'and' || t.normal === 'or');
  if (joins(page.tokens[term.end + 1])) return true;
  // "Henry J. Kelley (1960); Arthur E. Bryson (1962); ...": items with their dates, set apart by semicolons.
  const rest = page.text.slice(term.charEnd, term.charEnd + 40).replace(/^\s*\([^()]*\)/u, '');
  if (/^\s*;/u.test(rest) || /;\s*$/u.test(page.text.slice(Math.max(0, term.charStart - 4), term.charStart)))
    return true;
  // "Llemma from ____[156] or Julius": a citation mark between the name and the next.
  if (/^\s*\[\d[\d,–-]*\]\s*(?:,|and\b|or\b)/u.test(page.text.slice(term.charEnd, term.charEnd + 24))) return true;
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
  return /\b(?:by|before|after|until|since|as of|more than|less than|fewer than|at least|at most|over|under|up to|nearly|almost)\s+$/iu.test(
    before,
  );
}

/** "The U.S. Congress": a name right after an abbreviation of capitals with points, which begins the longer name. */
export function afterAbbreviation(term: Term, page: AnalyzedPage): boolean {
  return /^(?:\p{Lu}\.){2,}$/u.test(page.tokens[term.start - 1]?.value ?? '');
}

/**
 * "An equitable apportionment among the Signatory States", "between the parties": what follows "among the" or
 * "between the" is a group, so among choices of single names (a state, a river, a person) grammar gives the
 * key away.
 */
export function afterAmong(term: Term, sentence: SourceSentence): boolean {
  const from = term.charStart - sentence.charStart;
  return /\b(?:among|amongst|between)\s+the\s+$/iu.test(sentence.text.slice(Math.max(0, from - 16), from));
}

/** "3 km", "40 degrees", "20 micrometres": a number with a unit of measure right after it (units.ts). */
export function measured(term: Term, page: AnalyzedPage): boolean {
  return unitAfter(page.text.slice(term.charEnd, term.charEnd + 24));
}

/** Titles that stand before a name without being part of it ("President Lincoln", "Justice Sotomayor"). */
const TITLES = new Set(
  (
    'president justice judge king queen pope saint st dr mr mrs ms prof professor sir dame general senator ' +
    'governor chief emperor empress prince princess lord lady captain colonel minister chancellor bishop ' +
    'cardinal rabbi father sister brother uncle aunt'
  ).split(' '),
);

/**
 * A name cut short ("Three ____ nuclear power plant", "____ Island"): a capitalized word joined to the term on
 * either side, that is neither a sentence's first word nor a title, belongs to the same name.
 */
function partOfName(term: Term, page: AnalyzedPage, freq: WordFrequency): boolean {
  const prev = page.tokens[term.start - 1];
  const next = page.tokens[term.end + 1];
  const before = page.tokens[term.start - 2];
  const sentenceStart = before === undefined || /^[.!?:;"“(]$/.test(before.value) || before.pre.includes('\n');
  const capital = (t: AnalyzedPage['tokens'][number]) => /^\p{Lu}\p{Ll}+$/u.test(t.value);
  // A sentence's first word is part of the name only when it is no common word ("Nils ____ wrote", not "In ____"
  // or "Current ____ models").
  const common = (t: AnalyzedPage['tokens'][number]) =>
    freq.caseForm(t.value) === 'common' && (freq.rank(t.value) ?? COMMON_RANK) < COMMON_RANK;
  if (prev !== undefined && capital(prev) && (!sentenceStart || !common(prev))) {
    if (!TITLES.has(prev.normal) && page.tokens[term.start]!.pre === ' ') return true;
  }
  return next !== undefined && next.pre === ' ' && capital(next) && next.pos === 'PROPN';
}
