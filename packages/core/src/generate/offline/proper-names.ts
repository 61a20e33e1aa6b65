// Capitalized names in a sentence ("Robert Hooke", "Battle of Waterloo", "Galapagos Islands", "DNA") and
// their kind. Found by capitalization rather than by wink's PROPN tag, which misses some surnames and tags
// capitalized common words at the start of a sentence as names.
import {
  DOCUMENT_WORDS,
  EVENT_WORDS,
  GIVEN_NAMES,
  NOT_NAMES,
  ORGANIZATION_WORDS,
  PERSON_TITLES,
  PERSON_VERBS,
  PLACE_PREFIXES,
  PLACE_PREPOSITIONS,
  PLACE_SUFFIXES,
  PLACES,
} from './name-cues.js';
import type { AnalyzedPage, SentenceSpan, Token } from './nlp.js';
import { isOrdinalWord } from './numbers.js';
import type { PageContext } from './page-context.js';
import { type Term, type TermKind, termAt } from './term.js';
import type { WordFrequency } from './word-frequency.js';

/** What the document taught so far about names: "Mendel" alone is the person "Gregor Mendel" met earlier. */
export interface NameMemory {
  kindOf(lowerName: string): TermKind | undefined;
}

const CONNECTORS = new Set(['of', 'the', 'de', 'von', 'van', 'da', 'du', 'del', 'la', 'le', 'der', 'den', 'and']);
const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XX)$/;

export interface NameContext {
  freq: WordFrequency;
  names: NameMemory;
  page: PageContext;
}

export function properNames(page: AnalyzedPage, span: SentenceSpan, ctx: NameContext): Term[] {
  const { tokens } = page;
  const first = firstWord(tokens, span);
  const out: Term[] = [];
  let i = span.start;
  while (i <= span.end) {
    if (!isCapitalized(tokens[i]!)) {
      i++;
      continue;
    }
    const last = extendName(tokens, i, span.end);
    const term = nameTerm(page, i, last, i === first, ctx, span);
    if (term) out.push(term);
    i = last + 1;
  }
  return out;
}

function firstWord(tokens: Token[], span: SentenceSpan): number {
  let i = span.start;
  while (i <= span.end && !/\p{L}/u.test(tokens[i]!.value)) i++;
  return i;
}

function isCapitalized(t: Token): boolean {
  return t.entity < 0 && /^\p{Lu}[\p{L}'’]*\.?$/u.test(t.value) && t.value !== 'I';
}

/** The last token of the name starting at `i`: capitalized words, joined by "of the", hyphens, regnal numbers. */
function extendName(tokens: Token[], i: number, end: number): number {
  let last = i;
  for (;;) {
    const k = last + 1;
    const next = tokens[k];
    if (!next || k > end || next.pre.includes('\n')) return last;
    if (
      next.value === '-' &&
      next.pre === '' &&
      tokens[k + 1]?.pre === '' &&
      k + 1 <= end &&
      isCapitalized(tokens[k + 1]!)
    ) {
      last = k + 1;
    } else if (isCapitalized(next) || (ROMAN.test(next.value) && next.entity < 0)) {
      last = k;
    } else {
      // "Battle of Waterloo", "Declaration of the Rights of Man and of the Citizen"; never "Watson and Crick".
      let c = k;
      while (c <= end && c - k < 4 && CONNECTORS.has(tokens[c]!.value)) c++;
      const joinsAnd = tokens[k]!.value !== 'and' || tokens[k + 1]?.value === 'of';
      if (c > k && c <= end && joinsAnd && isCapitalized(tokens[c]!)) last = c;
      else return last;
    }
  }
}

function nameTerm(
  page: AnalyzedPage,
  start: number,
  end: number,
  atSentenceStart: boolean,
  ctx: NameContext,
  span: SentenceSpan,
): Term | null {
  const { tokens } = page;
  const lower = (i: number) => tokens[i]!.normal.replace(/\.$/, '');
  if (NOT_NAMES.has(lower(start))) return null;
  // A sentence starts with a capital: "Cells", "Natural", "The" there are ordinary words, not names.
  if (atSentenceStart && isOrdinaryWord(tokens[start]!, ctx)) {
    start = nextCapitalized(tokens, start + 1, end);
    if (start < 0) return null;
  }
  let kind: TermKind | undefined;
  let titled = false;
  while (start < end && PERSON_TITLES.has(lower(start))) {
    start++;
    titled = true;
  }
  if (!isCapitalized(tokens[start]!) || PERSON_TITLES.has(lower(end)) || isOrdinalWord(tokens[start]!.value))
    return null;
  if (titled) kind = 'person';

  const words: string[] = [];
  for (let i = start; i <= end; i++) if (/\p{L}/u.test(tokens[i]!.value)) words.push(lower(i));
  const full = words.join(' ');
  // A common word, or a plural not known as a name ("maintainers"): "New Maintainers" is no place.
  const common = (w: string) =>
    ctx.freq.caseForm(w) === 'common' || (/[^s]s$/u.test(w) && ctx.freq.caseForm(w) !== 'proper');
  kind ??= classify(words, full, tokens, start, end, span, ctx.names, common);
  const rarity = Math.max(...words.map((w) => ctx.freq.rarity(w)));
  return termAt(page, start, end, {
    kind,
    key: `${kind}:${full}`,
    plural: false,
    shape: kind === 'person' || kind === 'name' ? (words.length === 1 ? 'single' : 'multi') : kind,
    rarity,
  });
}

/**
 * Whether a capitalized first word of a sentence is an ordinary word. English word lists cannot say alone:
 * words that mostly open sentences ("According") are listed capitalized, so the tagger has to agree.
 */
function isOrdinaryWord(token: Token, ctx: NameContext): boolean {
  const word = token.normal;
  if (token.stop) return true;
  if (ctx.names.kindOf(word) || ctx.page.midSentenceCapitals.has(word)) return false;
  if (GIVEN_NAMES.has(word) || PERSON_TITLES.has(word) || PLACES.has(word)) return false;
  return !(token.pos === 'PROPN' && ctx.freq.caseForm(word) === 'proper');
}

function nextCapitalized(tokens: Token[], from: number, end: number): number {
  return from <= end && isCapitalized(tokens[from]!) ? from : -1;
}

function classify(
  words: string[],
  full: string,
  tokens: Token[],
  start: number,
  end: number,
  span: SentenceSpan,
  names: NameMemory,
  /** The word is mostly written in lowercase in English: a common word ("member", "system"). */
  common: (word: string) => boolean,
): TermKind {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (words.some((w) => ORGANIZATION_WORDS.has(w))) return 'organization';
  if (DOCUMENT_WORDS.has(first)) return 'document';
  if (EVENT_WORDS.has(first) || EVENT_WORDS.has(last)) return 'event';
  // "New Mexico", "North Carolina", "Lake Victoria"; not "New Maintainers" or "New Member", where the word after
  // "new" is a common word.
  if (words.length > 1 && (PLACE_SUFFIXES.has(last) || (PLACE_PREFIXES.has(first) && !common(words[1]!))))
    return 'place';
  if (PLACES.has(full)) return 'place';
  if (words.length > 1 && GIVEN_NAMES.has(first)) return 'person';
  const known = names.kindOf(full);
  if (known) return known;

  // "DeepMind", "OpenAI", "YouTube": a capital inside one word is a firm's or a product's name, not a person's.
  if (words.length === 1 && /^\p{Lu}\p{Ll}{2,}\p{Lu}/u.test(tokens[start]!.value)) return 'organization';
  const next = tokens[end + 1];
  const after = end + 2 <= span.end ? tokens[end + 2] : undefined;
  if (next && (PERSON_VERBS.has(next.normal) || next.normal === 'himself' || next.normal === 'herself'))
    return 'person';
  if (next?.value === ',' && after?.normal === 'who') return 'person';
  if (next && after && next.pos === 'ADV' && PERSON_VERBS.has(after.normal)) return 'person';
  const prev = tokens[start - 1];
  // "in Paris", "from France"; not "in System V", whose words are common ones and a numeral.
  if (
    prev &&
    start > span.start &&
    PLACE_PREPOSITIONS.has(prev.normal) &&
    words.length <= 3 &&
    !words.every((w) => common(w) || /^(?:[ivxlc]+|\d+)$/u.test(w))
  )
    return 'place';
  if (words.length === 1 && /^[A-Z]{2,6}$/.test(tokens[start]!.value)) return 'acronym';
  // "Japanese companies", "a Swiss bank": a nationality qualifies a noun. "Taiwan aims to ..." is a place.
  if (
    words.length === 1 &&
    (tokens[start]!.pos === 'ADJ' || (/(?:an|ian|ish|ese|ch)$/.test(first) && next?.pos === 'NOUN'))
  )
    return 'nationality';
  return 'name';
}
