// Front matter: the title page and what surrounds it (title, authors, affiliations, e-mail addresses, copyright
// and licence notices, a revision table) on the first pages of a document. Read from where a block is (the first
// pages, before any prose), how large it is set, and marks that are the same in every language (@, ©, ISBN).
import { SENTENCE_END } from './line-shape.js';

/** Pages at the start of a document where a title page, a copyright page or a revision table can be. */
const FRONT_PAGES = 4;
/** A title is set this much larger than the body text. */
const TITLE_SIZE = 1.4;
const MAX_FRONT_BLOCK = 300;

/** E-mail, ©, ISBN/ISSN, ORCID, and licence names that are names in every language (CC BY, GPL). */
const FRONT_MARK =
  /[\w.+-]+@[\w-]+\.[\w.-]+|©|\(c\)\s?\d{4}|\bISBN\b|\bISSN\b|\bORCID\b|\bCC[- ]BY\b|\b(?:L?GPL|GFDL)(?:-?\d)?\b|Creative Commons/iu;

/** A block carrying an address, a copyright or a licence notice. */
export function hasFrontMark(text: string): boolean {
  return FRONT_MARK.test(text);
}

/** A paragraph that reads as running prose: long enough, with a sentence end inside or at its end. */
export function isProse(text: string): boolean {
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text);
  return text.length >= (cjk ? 40 : 100) && (SENTENCE_END.test(text) || /[.!?。！？]\s/u.test(text));
}

export interface FrontMatterCandidate {
  text: string;
  /** 1-based page number. */
  page: number;
  /** Font size relative to the page's body size (absent without geometry). */
  sizeRatio?: number;
  /** No prose paragraph comes before this one on its page. */
  beforeProse: boolean;
  /** The page is the document's first page with text (its title page). */
  titlePage: boolean;
}

/** Title, authors, affiliations, addresses and notices of the first pages. */
export function isFrontMatter({ text, page, sizeRatio, beforeProse, titlePage }: FrontMatterCandidate): boolean {
  if (page > FRONT_PAGES) return false;
  if (!beforeProse || isProse(text)) return false;
  if (hasFrontMark(text)) return true;
  // The title, and the short lines of names and affiliations under it on the title page.
  if (!titlePage) return false;
  if (sizeRatio !== undefined && sizeRatio >= TITLE_SIZE) return true;
  return text.length <= MAX_FRONT_BLOCK && !SENTENCE_END.test(text);
}
