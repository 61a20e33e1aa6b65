// Where a question's quote lies among the text items pdf.js finds on its page, to highlight it in the source
// viewer. The quote was extracted by the server, which joined words split at a line's end ("infor-" "mation"),
// spaced words apart and read ligatures as letters; pdf.js's items keep the page as drawn. Both are compared
// without spaces or hyphens, in NFKC, lowercase, with quotation marks and dashes of every kind made one.

export interface QuoteMatch {
  /** The items the quote covers, in order, each with the part of its text that belongs to the quote. */
  items: { index: number; from: number; to: number }[];
  /** The whole quote was found; false when only its opening was (a quote across a column or a page break). */
  complete: boolean;
}

/** Shortest opening of a quote worth highlighting on its own. */
const MIN_OPENING = 24;

function normalizeChar(c: string): string {
  return c
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′`´]/gu, "'")
    .replace(/[“”„‟″«»]/gu, '"')
    .replace(/[\s\u00AD\-‐‑‒–—]/gu, '');
}

/**
 * The items' text without what the comparison ignores, and for each of its characters the item it came from and
 * where that item's character starts and ends (UTF-16 offsets in the item).
 */
function flatten(items: readonly string[]): { text: string; owner: { index: number; from: number; to: number }[] } {
  let text = '';
  const owner: { index: number; from: number; to: number }[] = [];
  items.forEach((item, index) => {
    let offset = 0;
    for (const c of item) {
      const n = normalizeChar(c);
      text += n;
      for (let i = 0; i < n.length; i++) owner.push({ index, from: offset, to: offset + c.length });
      offset += c.length;
    }
  });
  return { text, owner };
}

const normalize = (text: string) => [...text].map(normalizeChar).join('');

/** The items holding `quote`, or its longest opening of MIN_OPENING characters or more; null when not found. */
export function matchQuote(items: readonly string[], quote: string): QuoteMatch | null {
  const { text, owner } = flatten(items);
  const wanted = normalize(quote);
  if (!wanted) return null;
  let at = text.indexOf(wanted);
  let length = wanted.length;
  let complete = true;
  if (at < 0) {
    complete = false;
    // The longest opening found, by halving the unknown part.
    let low = MIN_OPENING;
    let high = wanted.length - 1;
    at = -1;
    while (low <= high) {
      const mid = Math.floor((low + high) / 2);
      const found = text.indexOf(wanted.slice(0, mid));
      if (found >= 0) {
        at = found;
        length = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    if (at < 0) return null;
  }
  const spans = new Map<number, { index: number; from: number; to: number }>();
  for (const c of owner.slice(at, at + length)) {
    const span = spans.get(c.index);
    if (span) span.to = c.to;
    else spans.set(c.index, { ...c });
  }
  return { items: [...spans.values()], complete };
}
