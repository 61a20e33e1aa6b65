// Bibliographies and reference lists: entries that open with a label ([12], 12.) or an author's name with
// initials, and carry the marks of a citation: a year, volume(issue):pages, page ranges, a DOI. The marks are
// numbers and punctuation, the same in every language; a paragraph of prose may have one, an entry has several.
import { isListTitle } from './heading.js';

/** "[12]", "12.", "12)" opening an entry. */
const LABEL = /^(?:\[\d{1,4}\]|\d{1,4}[.)])\s/u;
/** "Smith J,", "Darcy MD,", "Marti, J Werner", "Newsom, Gavin;", "A. B. Author,", "van den Beek M," at the start. */
const AUTHOR =
  /^(?:[\p{Ll}]{1,4}\s)?[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)?(?:,?\s\p{Lu}{1,3}(?:\s?(?:Jr|Sr))?[,.:;]|,\s(?:\p{Lu}\.\s?)+|,\s\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{L}.]*)*\s?[;,(.])|^(?:\p{Lu}\.\s?){1,3}[\p{Lu}][\p{L}'’-]+,/u;
/** A year in parentheses or closed by punctuation: "(2010)", "2013.", "1998,", "(10 August 2024)". */
const YEAR = /\((?:[^()]{0,20}\s)?(?:1[5-9]|20)\d{2}[a-z]?\)|\b(?:1[5-9]|20)\d{2}[a-z]?[.,;:]/u;
/** "30(3):642–653", "27(8)", "338:409-15", "2004, 199:869-74". */
const VOLUME = /\b\d{1,4}\s?\(\d{1,4}\)|\b\d{1,4}:\s?\d{1,6}(?:[-–]\d{1,6})?\b/u;
/** A page range or "pp. 12", "S. 12", "p. 4". */
const PAGES = /\b\p{L}{1,2}\.\s?\d{1,5}(?:[-–]\d{1,5})?|\b\d{1,5}[-–]\d{1,5}\b/u;
const DOI = /\bdoi\b|\b10\.\d{4,9}\//iu;
const ID = /\b(?:ISBN|ISSN|PMID|PMC|arXiv)\b|https?:\/\//u;

/** How many citation marks (year, volume, pages, DOI, identifiers) a text carries. */
export function citationMarks(text: string): number {
  return [YEAR, VOLUME, PAGES, DOI, ID].filter((mark) => mark.test(text)).length;
}

/** The opening of a reference entry: a label or an author's name with initials. */
export function opensLikeEntry(text: string): boolean {
  return LABEL.test(text) || AUTHOR.test(text);
}

/** A reference entry: opens like one and carries two or more citation marks. */
export function isReferenceEntry(text: string): boolean {
  return opensLikeEntry(text) && citationMarks(text) >= 2;
}

/** Entries a page needs before they count as a reference list (a paragraph of prose may look like one). */
const MIN_ENTRIES = 3;

/**
 * Marks the reference paragraphs of a page (one flag per paragraph). Once the page holds enough entries: every
 * paragraph from the first entry to the last (entries broken over two paragraphs), and, going outwards from
 * there, every paragraph that opens like an entry or carries two citation marks (an entry begun on the previous
 * page, one whose year is on its next line). With fewer entries: a list under its title at the foot of the page,
 * or, when `continued` (the previous page ended in a reference list), the end of that list at the top.
 */
export function referenceParagraphs(paragraphs: readonly string[], { continued = false } = {}): boolean[] {
  const entry = paragraphs.map(isReferenceEntry);
  if (entry.filter(Boolean).length < MIN_ENTRIES) {
    return continued ? listGoingOn(paragraphs) : listStartingAtFoot(paragraphs, entry);
  }
  const belongs = (text: string) => opensLikeEntry(text) || citationMarks(text) >= 2;
  let first = entry.indexOf(true);
  let last = entry.lastIndexOf(true);
  while (first > 0 && belongs(paragraphs[first - 1]!)) first--;
  while (last + 1 < paragraphs.length && belongs(paragraphs[last + 1]!)) last++;
  return paragraphs.map((_, i) => i >= first && i <= last);
}

/**
 * A reference list that starts at the foot of a page, under its title, with fewer entries than a page of them
 * ("REFERENCES" and one entry, the rest on the next page): every paragraph after the title is an entry or part
 * of one.
 */
function listStartingAtFoot(paragraphs: readonly string[], entry: readonly boolean[]): boolean[] {
  const none = paragraphs.map(() => false);
  const first = entry.indexOf(true);
  if (first < 1 || !isListTitle(paragraphs[first - 1]!, 1)) return none;
  const rest = paragraphs.slice(first);
  if (!rest.every((text) => opensLikeEntry(text) || citationMarks(text) >= 2)) return none;
  return paragraphs.map((_, i) => i >= first);
}

/**
 * The end of a reference list begun on the previous page, with fewer entries than a page of them: the
 * paragraphs at the top of the page that open like an entry or carry citation marks, up to the first that
 * does not (the next section's title or prose).
 */
function listGoingOn(paragraphs: readonly string[]): boolean[] {
  const belongs = (text: string) => opensLikeEntry(text) || citationMarks(text) >= 2;
  const end = paragraphs.findIndex((text) => !belongs(text));
  const last = end < 0 ? paragraphs.length : end;
  return paragraphs.map((_, i) => i < last);
}
