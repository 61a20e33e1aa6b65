// Which sentences can carry a question on their own: complete statements of a sensible length, not
// headings, captions, list items, questions, instructions, or sentences that lean on the one before.
import { marksPaired } from '../quality/stem-rules.js';
import type { AnalyzedPage, SentenceSpan } from './nlp.js';

export interface SentenceQuality {
  usable: boolean;
  /** 0..1, higher is a better source sentence (only meaningful when usable). */
  score: number;
  /** Words, punctuation excluded. */
  words: number;
}

const MIN_WORDS = 7;
const MAX_WORDS = 48;
const MIN_CHARS = 35;
const MAX_CHARS = 340;

/** Openers that refer back to an earlier sentence: the question would not say who "he" is. */
const BACK_REFERENCES = new Set([
  'he',
  'she',
  'it',
  'they',
  'this',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'such',
  'there',
]);
/** Openers of instructions to the reader. */
const INSTRUCTIONS = new Set([
  'see',
  'note',
  'consider',
  'compare',
  'discuss',
  'read',
  'write',
  'answer',
  'use',
  'look',
  'find',
  'explain',
  'describe',
  'list',
  'draw',
  'imagine',
  'think',
  'remember',
]);
const UNUSABLE: SentenceQuality = { usable: false, score: 0, words: 0 };

export function assessSentence(page: AnalyzedPage, span: SentenceSpan, text: string): SentenceQuality {
  const { tokens } = page;
  let words = 0;
  let verbs = 0;
  let firstWord = -1;
  for (let i = span.start; i <= span.end; i++) {
    const t = tokens[i]!;
    if (/[\p{L}\p{N}]/u.test(t.value)) {
      words++;
      if (firstWord < 0) firstWord = i;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX') verbs++;
  }
  if (words < MIN_WORDS || words > MAX_WORDS || text.length < MIN_CHARS || text.length > MAX_CHARS) return UNUSABLE;
  if (!/^["\u201C]?[\p{Lu}\p{N}]/u.test(text) || !/[.!]["\u201D)]?$/.test(text) || text.includes('?')) return UNUSABLE;
  // "Precursors ... were developed by: Henry J. Kelley (1960); Arthur E. Bryson (1962); ...": a list, not a sentence.
  if ((text.match(/;/g)?.length ?? 0) >= 2 && text.includes(':')) return UNUSABLE;
  // "Each upload to Debian consists of a signed .": a word the extraction lost before the full stop.
  if (/\s[.!]$/.test(text)) return UNUSABLE;
  if (verbs === 0 || firstWord < 0 || !hasFiniteVerb(page, span)) return UNUSABLE;
  if (BOILERPLATE.test(text) || CITATION.test(text)) return UNUSABLE;
  // A sentence mostly in another script on an English page (a Chinese line in a bilingual manual) is not one the
  // English parser reads, nor one to wrap in English.
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (letters > 0 && latin / letters < 0.8) return UNUSABLE;
  // Chinese, Japanese or Korean words count for more than their letters: a Chinese sentence around a few domain
  // names ("使用 Google 搜索，在关键字中包含“site:debian.org”") is still Chinese.
  if ((text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0) >= 2)
    return UNUSABLE;
  if (/[\u2022\u25AA\u25E6\u25CF\u2023|]|https?:|www\.|@|\bet al\b|^(?:Figure|Fig\.|Table|Source)\b/u.test(text))
    return UNUSABLE;
  if (!marksPaired(text, { straight: true })) return UNUSABLE;
  const symbols = text.replace(/[\p{L}\s.,;:'"’“”()-]/gu, '').length;
  if (symbols / text.length > 0.2) return UNUSABLE;
  const first = tokens[firstWord]!;
  if (INSTRUCTIONS.has(first.normal) || (first.pos === 'VERB' && first.normal === first.lemma.toLowerCase())) {
    return UNUSABLE;
  }
  if (instructionAfterOpening(page, span, firstWord)) return UNUSABLE;
  // "• Requiring, for operators who wish to ...": a list item that opens with a verb goes on the line above it.
  if (span.item && (first.pos === 'VERB' || first.pos === 'AUX')) return UNUSABLE;

  let score = 1;
  // 12-32 words read best: shorter ones are thin, longer ones make long prompts.
  if (words < 12) score -= 0.15;
  if (words > 32) score -= 0.2;
  if (BACK_REFERENCES.has(first.normal)) return UNUSABLE;
  // Lecture talk ("we now need to", "let us see", "you may wonder") is about the lesson, not its subject.
  if (/\b(?:[Ww]e|[Yy]ou|[Oo]ur|[Yy]our|[Uu]s|I|[Ll]et's)\b/.test(text)) return UNUSABLE;
  // A sentence cut after an abbreviation ("... like eq.", "see Fig.") is a fragment.
  if (/\b(?:eq|eqs|fig|figs|cf|ch|sec|no|nos|vol|pp?|ref|refs|resp|viz|vs|al|ibid|approx)\.$/i.test(text))
    return UNUSABLE;
  if (/\[\d+\]/.test(text)) score -= 0.2;
  return { usable: true, score: Math.max(0, score), words };
}

/** Funding, competing-interest and licence statements: every paper has one, none is worth a question. */
const BOILERPLATE =
  /\b(?:had no role in|competing interests?|conflicts? of interest|(?:was|were|is|are) (?:funded|supported) by|grant (?:no\.|number)|all rights reserved|licensed under|may be (?:freely )?(?:copied|distributed|reproduced))\b/iu;

/** Legal and bibliographic citations ("460 U. S. 605", "91 Stat. 3", "14 CFR 25.173", "§5.05(b)", "id., at 22"). */
const CITATION =
  /\b\d+\s+(?:U\.\s?S\.(?:C\.)?|Stat\.|F\.\s?(?:2d|3d|4th|Supp\.)|S\.\s?Ct\.|C\.?F\.?R\.?|L\.\s?Ed\.)|§|\bid\.,|\bibid\b|\b\p{Lu}\p{L}+ v\. \p{Lu}/u;

/**
 * A statement has a finite verb: an auxiliary, or a verb that is not a participle. A caption or a heading
 * written as a phrase ("An overview of the options at each phase", "Sample of a summary file created by the
 * reader", "Instructions of Service Bulletin 737-27, dated December 6") has only participles: it asserts
 * nothing, so it can be neither true nor false.
 */
function hasFiniteVerb(page: AnalyzedPage, span: SentenceSpan): boolean {
  const { tokens } = page;
  const caption = nounPhraseOpens(page, span);
  for (let i = span.start; i <= span.end; i++) {
    const t = tokens[i]!;
    if (t.pos === 'AUX') return true;
    if (t.pos !== 'VERB') continue;
    if (/ing$/.test(t.normal)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (/(?:ed|en|wn|ht)$/.test(t.normal)) {
      // "the basic and advanced options", "a revised checklist": a participle used as an adjective.
      if (prev === undefined || ['DET', 'ADJ', 'CCONJ', 'ADP', 'PUNCT'].includes(prev.pos)) continue;
      // In a phrase that opens "X of ...", "created by", "dated December 6" read as reduced clauses.
      if (caption && (next === undefined || ['ADP', 'PROPN', 'NUM', 'DET'].includes(next.pos))) continue;
      return true;
    }
    // "Sample of ...", "a summary output file created by ...": nouns the tagger read as verbs.
    if (caption && (i === span.start || (next?.pos === 'VERB' && /ed$/.test(next.normal)))) continue;
    return true;
  }
  return false;
}

/** The sentence opens with a noun phrase followed by "of" ("An overview of", "Sample of", "Instructions of"). */
function nounPhraseOpens(page: AnalyzedPage, span: SentenceSpan): boolean {
  const { tokens } = page;
  let i = span.start;
  while (i <= span.end && (tokens[i]!.pos === 'DET' || tokens[i]!.pos === 'ADJ')) i++;
  // "Sample of ...": a noun the tagger may read as an imperative verb.
  if (tokens[i]?.pos === 'VERB' && tokens[i + 1]?.normal === 'of') return true;
  while (i <= span.end && (tokens[i]!.pos === 'NOUN' || tokens[i]!.pos === 'PROPN')) i++;
  return i > span.start && tokens[i]?.normal === 'of';
}

/**
 * "For mutt, set the hostname variable in ~/.muttrc.", "On the remote system, edit /etc/ssh/sshd_config.": an
 * instruction behind an opening phrase (a preposition's, or "to" and a verb) and its comma.
 */
function instructionAfterOpening(page: AnalyzedPage, span: SentenceSpan, firstWord: number): boolean {
  const { tokens } = page;
  const first = tokens[firstWord]!;
  if (first.pos !== 'ADP' && first.normal !== 'to') return false;
  for (let i = firstWord + 1; i <= Math.min(span.end - 1, firstWord + 8); i++) {
    if (tokens[i]!.value !== ',') continue;
    const next = tokens[i + 1]!;
    return next.pos === 'VERB' && next.normal === next.lemma.toLowerCase();
  }
  return false;
}
