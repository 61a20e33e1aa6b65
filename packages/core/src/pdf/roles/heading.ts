// Headings: a short line that does not end a sentence and stands out, by a larger font than the page's body
// text, by a section number ("2.3 Choix du programme"), or by capitals in a cased script ("DISCUSSION"). A
// single number ("3 Öffnende und schließende ...") is as often an item of a numbered list, so it is not enough.
import { letterCount, SENTENCE_END } from './line-shape.js';

/** Font size ratio to the body text above which a short line is a heading. */
const LARGER = 1.15;
const MAX_HEADING = 120;
const MAX_NUMBERED = 90;
/** "2.3", "1.2.4", "A.1" then a letter of any script. */
const NUMBERED = /^(?:\d{1,2}(?:\.\d{1,2}){1,4}\.?|[A-Z](?:\.\d{1,2})+\.?)\s+\p{L}/u;

export interface HeadingCandidate {
  text: string;
  /** Font size of the block relative to the page's body size (absent without geometry). */
  sizeRatio?: number;
  /** Lines the block spans. */
  lines: number;
  /** The next block goes on with the same sentence (it starts in lower case). */
  continued?: boolean;
}

/** A short block that stands out from the body and is not a sentence. */
export function isHeading({ text, sizeRatio, lines, continued = false }: HeadingCandidate): boolean {
  if (text.length > MAX_HEADING || lines > 2 || SENTENCE_END.test(text) || /[:：,;]$/u.test(text)) return false;
  // A line of a sentence split from its neighbours (by a change of font size, say) starts or is followed in
  // lower case; a heading is neither.
  if (continued || /^\p{Ll}/u.test(text)) return false;
  if (sizeRatio !== undefined && sizeRatio >= LARGER) return true;
  // A numbered line listing things ("1.1 Buzz, publicada en junio de 1996 (474 paquetes, núcleo 2.0, ...)") is an
  // item of a list: a section title has no comma series.
  if (lines === 1 && text.length <= MAX_NUMBERED && NUMBERED.test(text) && commas(text) <= 1) return true;
  return isCapitalised(text);
}

function commas(text: string): number {
  return text.match(/[,，、]/gu)?.length ?? 0;
}

/** All letters capitals, in a script that has them: "DISCUSSION", "ZUSAMMENFASSUNG", "ÉTAT DE L’ART". */
function isCapitalised(text: string): boolean {
  const cased = text.match(/[\p{Lu}\p{Ll}]/gu) ?? [];
  // Mostly cased letters: a Chinese line naming "ISO" or "GNOME" is not in capitals.
  if (cased.length < 4 || cased.length < 0.8 * letterCount(text)) return false;
  return cased.every((c) => c === c.toUpperCase()) && text.length <= 60;
}

/** A list's title is short: "Contents", "Índice general", "参考文献", "Literaturverzeichnis". */
const MAX_LIST_TITLE = 60;

/**
 * The title of a contents page, an index or a reference list: a short line that is not a sentence, right before
 * the list. Read from its place, since a title set in the body font has nothing else to show.
 */
export function isListTitle(text: string, lines: number): boolean {
  return lines === 1 && text.length <= MAX_LIST_TITLE && !SENTENCE_END.test(text) && !/[:：,;]$/u.test(text);
}
