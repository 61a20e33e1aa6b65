// Short pages asked about together: a slide, a title page or a page with a figure and two lines has too little
// for a call of its own, whose instructions would outweigh its text. Consecutive pages whose body text is short
// go to the model in one call, each between its own markers; each question still names its own page (the page
// whose text holds its quote) and is checked against that page alone.
import type { PageText } from '../../pdf/page-text.js';
import { pageBody } from '../page-body.js';

/** A page asked about alone, or short pages asked about together. */
export type PageUnit = PageText | { pack: PageText[] };

export interface PackOptions {
  /** A page whose body text is shorter than this (characters) is short (default 600). */
  shortChars?: number;
  /** A pack closes once its pages hold this many characters of body text (default 3,000) ... */
  packChars?: number;
  /** ... or this many pages (default 8). */
  maxPages?: number;
}

const DEFAULTS = { shortChars: 600, packChars: 3_000, maxPages: 8 };
/** A page with fewer letters and digits than this has nothing to ask about. */
export const MIN_PAGE_CHARS = 40;

/** The pages of `pages`, in order, with runs of short pages that have some body text packed together. */
export async function* packShortPages(
  pages: AsyncIterable<PageText>,
  options: PackOptions = {},
): AsyncGenerator<PageUnit> {
  const { shortChars, packChars, maxPages } = { ...DEFAULTS, ...options };
  let pack: PageText[] = [];
  let chars = 0;
  const flush = function* (): Generator<PageUnit> {
    if (pack.length === 1) yield pack[0]!;
    else if (pack.length > 1) yield { pack };
    pack = [];
    chars = 0;
  };
  for await (const page of pages) {
    const text = pageBody(page).text;
    const body = text.trim().length;
    const letters = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
    // A page with (almost) nothing to ask about goes alone, to say why; a long one is asked about alone.
    if (letters < MIN_PAGE_CHARS || body >= shortChars) {
      yield* flush();
      yield page;
      continue;
    }
    pack.push(page);
    chars += body;
    if (chars >= packChars || pack.length >= maxPages) yield* flush();
  }
  yield* flush();
}

/** The pages of a unit. */
export function pagesOfUnit(unit: PageUnit): PageText[] {
  return 'pack' in unit ? unit.pack : [unit];
}
