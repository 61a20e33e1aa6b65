// Common-noun terms of a sentence: "mitochondrion", "plant cells", "natural selection". A compound is
// taken whole (blanking "plant ____" or "____ cells" would be a poor question); an adjective joins its noun
// only when it is part of the term (rare, like "prokaryotic", or used with that noun again on the page).
import type { AnalyzedPage, SentenceSpan, Token } from './nlp.js';
import type { PageContext } from './page-context.js';
import { type Term, termAt } from './term.js';
import { GENERIC_MODIFIERS, GENERIC_NOUNS, TRIVIAL_NOUNS, UNITS } from './trivial-words.js';
import type { WordFrequency } from './word-frequency.js';

/** Adjectives at least this rare stay with their noun ("chemical energy"); commoner ones ("thin") drop. */
const TERM_ADJECTIVE_RARITY = 0.75;
/** Nouns more frequent than this rank in English are too general to ask for ("man", "world"). */
const MIN_NOUN_RANK = 120;
const MAX_WORDS = 3;

/** Noun terms of the sentence, skipping tokens already taken by names and numbers. */
export function nounPhrases(
  page: AnalyzedPage,
  span: SentenceSpan,
  taken: ReadonlySet<number>,
  freq: WordFrequency,
  ctx: PageContext,
): Term[] {
  const { tokens } = page;
  const out: Term[] = [];
  let i = span.start;
  while (i <= span.end) {
    if (!isNounish(tokens, i, span, taken, ctx)) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 <= span.end && isNounish(tokens, end + 1, span, taken, ctx) && tokens[end + 1]!.pre === ' ') end++;
    const term = phrase(page, i, end, freq, ctx, span);
    if (term) out.push(term);
    i = end + 1;
  }
  return out;
}

function isNounish(
  tokens: Token[],
  i: number,
  span: SentenceSpan,
  taken: ReadonlySet<number>,
  ctx: PageContext,
): boolean {
  const t = tokens[i]!;
  if (taken.has(i) || t.stop || t.entity >= 0) return false;
  // Half of a hyphenated word ("membrane" of "membrane-bound") is not a term.
  if ((tokens[i + 1]?.value === '-' && tokens[i + 1]!.pre === '') || (tokens[i - 1]?.value === '-' && t.pre === ''))
    return false;
  const lowercase = /^[a-z][a-z-]*[a-z]$/.test(t.value);
  // wink tags a capitalized common word opening a sentence ("Photosynthesis takes place") as PROPN.
  const openingWord = i === span.start && /^[A-Z][a-z-]+$/.test(t.value) && !ctx.midSentenceCapitals.has(t.normal);
  if (!lowercase && !openingWord) return false;
  return t.pos === 'NOUN' || t.pos === 'ADJ' || (openingWord && t.pos === 'PROPN');
}

function phrase(
  page: AnalyzedPage,
  start: number,
  end: number,
  freq: WordFrequency,
  ctx: PageContext,
  span: SentenceSpan,
): Term | null {
  const { tokens } = page;
  // The phrase must end in its noun: "cells are very small" gives "cells", not "cells ... small".
  while (end >= start && (tokens[end]!.pos === 'ADJ' || looksLikeVerb(tokens, end, span))) end--;
  if (end < start) return null;
  start = Math.max(start, end - MAX_WORDS + 1);
  // A plural never modifies another noun ("plant cells", not "plants cells"): "the bases adenine" is two terms.
  for (let i = end - 1; i >= start; i--) {
    if (tokens[i]!.pos === 'NOUN' && tokens[i]!.normal !== tokens[i]!.lemma.toLowerCase()) {
      start = i + 1;
      break;
    }
  }
  while (start < end && tokens[start]!.pos === 'ADJ' && !keepsAdjective(tokens, start, freq, ctx)) start++;
  while (start < end && GENERIC_MODIFIERS.has(tokens[start]!.normal)) start++;
  // "Avs avs is one of the binary file types": a word twice in a row is a heading run into its text.
  for (let i = start; i < end; i++) if (tokens[i]!.normal === tokens[i + 1]!.normal) return null;
  const head = tokens[end]!;
  const headLemma = head.lemma.toLowerCase();
  if (headLemma.length < 3 || TRIVIAL_NOUNS.has(headLemma) || UNITS.has(headLemma) || UNITS.has(head.normal))
    return null;
  const rank = freq.rank(headLemma);
  if (start === end && rank !== undefined && rank < MIN_NOUN_RANK) return null;
  if (start === end && GENERIC_NOUNS.has(head.normal)) return null;
  // A phrase cut short before a noun ("____ learning") blanks a modifier, not a term.
  const after = tokens[end + 1];
  if (end < span.end && after && after.pre === ' ' && (after.pos === 'NOUN' || after.pos === 'PROPN')) return null;

  const lemmas: string[] = [];
  let rarity = 0;
  for (let i = start; i <= end; i++) {
    lemmas.push(tokens[i]!.lemma.toLowerCase());
    rarity = Math.max(rarity, freq.rarity(tokens[i]!.lemma));
  }
  const text = page.text.slice(tokens[start]!.offset, head.offset + head.value.length);
  const display = start === span.start ? text[0]!.toLowerCase() + text.slice(1) : text;
  return termAt(page, start, end, {
    kind: 'noun',
    key: `noun:${lemmas.join(' ')}`,
    // The tagger leaves a hyphenated word as it is ("micro-worlds"): its last part says whether it is plural.
    plural: head.normal !== head.lemma.toLowerCase() || /-\p{Ll}+(?<![isu])s$/u.test(head.normal),
    shape: `${end - start + 1}`,
    rarity,
    display,
  });
}

/**
 * The lite model often tags a verb as a noun after a noun ("light travels at", "the law states that",
 * "bacteria, lack a nucleus"); a noun directly followed by an article, a number or "that" is such a verb,
 * and so is a gerund after a preposition ("by reading the instructions").
 */
function looksLikeVerb(tokens: Token[], i: number, span: SentenceSpan): boolean {
  const t = tokens[i]!;
  const next = i + 1 <= span.end ? tokens[i + 1] : undefined;
  const prev = i - 1 >= span.start ? tokens[i - 1] : undefined;
  if (!next) return false;
  if (/ing$/.test(t.normal) && (prev?.pos === 'ADP' || prev?.value === ',')) return true;
  if (next.pos === 'DET' && !/^(?:of|that)$/.test(next.normal)) return true;
  if (prev && /^(?:which|who)$/.test(prev.normal) && /s$/.test(t.normal)) return true;
  if (!/s$/.test(t.normal) || t.normal === t.lemma.toLowerCase()) return false;
  if (next.pos === 'NUM' || next.normal === 'that' || VERB_FOLLOWERS.has(next.normal)) return true;
  // "Light travels at ...": after a singular noun and with no verb before it, the -s word is the verb.
  return next.pos === 'ADP' && isSingularNoun(prev) && !hasVerbBefore(tokens, span.start, i);
}

function hasVerbBefore(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true;
  return false;
}

const VERB_FOLLOWERS = new Set(['about', 'roughly', 'approximately', 'nearly', 'almost', 'around']);

function isSingularNoun(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN') && !/s$/.test(t.normal);
}

function keepsAdjective(tokens: Token[], i: number, freq: WordFrequency, ctx: PageContext): boolean {
  const adj = tokens[i]!;
  if (freq.rarity(adj.lemma) >= TERM_ADJECTIVE_RARITY) return true;
  const noun = tokens[i + 1]!;
  return (ctx.pairCounts.get(`${adj.lemma} ${noun.lemma}`) ?? 0) >= 2;
}
