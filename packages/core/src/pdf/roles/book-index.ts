// A book's index: short lines of a term followed by the pages it is on ("quilt, 13, 15–17"), column after
// column. Read from the commas and page numbers, whatever the language of the terms.

/** A term, then one or more page numbers or ranges separated by commas, ending the line. */
const INDEX_ENTRY =
  /^[^\d\s].{0,80}?,\s*(?:\d{1,4}(?:\s?[-–]\s?\d{1,4})?|[ivxlcdm]{1,6})(?:\s*,\s*(?:\d{1,4}(?:\s?[-–]\s?\d{1,4})?|[ivxlcdm]{1,6}))*\.?$/u;

/** "Paquet source, 12, 45–47", "Quelltext, 3", "软件包, 35, 40". */
export function isIndexEntry(text: string): boolean {
  return text.length <= 100 && INDEX_ENTRY.test(text);
}

const MIN_ENTRIES = 5;
/** Share of the page's lines that must be entries: sub-entries without pages sit between them. */
const MIN_SHARE = 0.4;

/** Marks the index lines of a page, once most of its lines are entries. */
export function indexLines(texts: readonly string[]): boolean[] {
  const entry = texts.map(isIndexEntry);
  const count = entry.filter(Boolean).length;
  if (count < MIN_ENTRIES || count < MIN_SHARE * texts.length) return texts.map(() => false);
  // A sub-entry or a term whose pages wrapped to the next line sits between entries.
  return entry.map((isEntry, i) => isEntry || (texts[i]!.length <= 60 && entry[i - 1] === true));
}
