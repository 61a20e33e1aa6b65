// Running headers and footers: lines at the very top or bottom of a page that come back, page numbers and dates
// aside, on the pages before it ("Guide du nouveau responsable Debian iv", "47699 Federal Register / Vol. 85 /
// ...", "2 TARRANT REGIONAL WATER DIST. v. HERRMANN"), lines there that are only a page number, and short lines
// drawn at the same place as on an earlier page (a slide deck's navigation bar). Pages are read in order in one
// process, so a small tracker of the last pages' lines is enough.
import { isPageNumberOnly, lineShape } from './line-shape.js';
import type { PageLine } from './page-line.js';

/** Lines at each edge of the page that may be a header or a footer (a title line and a section line). */
const EDGE_LINES = 2;
/** Earlier pages a line is compared with: even and odd pages often have different headers. */
const REMEMBERED_PAGES = 4;
const MAX_RUNNING_LINE = 160;
/** Longer lines in the middle of a page are prose even when repeated (a slide built up over several pages). */
const MAX_PLACED_LINE = 60;

/**
 * What the pages read so far tell about the next one: the lines of the last few pages of one document, in
 * reading order, whether a page with text came yet, and whether the last page ended in a reference list.
 */
export class RunningLines {
  private readonly pages: { edges: Set<string>; placed: Set<string> }[] = [];
  private textPages = 0;
  /** The last page's text ended in a reference list, which may go on at the top of the next page. */
  referencesOpen = false;

  /** Whether no page with text came before (the next page with text is the title page). */
  get beforeFirstText(): boolean {
    return this.textPages === 0;
  }

  /** Whether `text`'s shape was at the top or bottom of one of the remembered pages. */
  seenAtEdge(text: string): boolean {
    const shape = lineShape(text);
    return this.pages.some((page) => page.edges.has(shape));
  }

  /** Whether the same short line was drawn at the same place on one of the remembered pages. */
  seenInPlace(line: PageLine): boolean {
    const key = placedKey(line);
    return key !== undefined && this.pages.some((page) => page.placed.has(key));
  }

  /** Remembers a page's lines; call once per page, in page order. */
  remember(lines: readonly PageLine[], edges: readonly number[]): void {
    const placed = lines.flatMap((line) => placedKey(line) ?? []);
    this.pages.push({ edges: new Set(edges.map((i) => lineShape(lines[i]!.text))), placed: new Set(placed) });
    if (this.pages.length > REMEMBERED_PAGES) this.pages.shift();
    if (lines.length > 0) this.textPages++;
  }
}

function placedKey(line: PageLine): string | undefined {
  if (!line.geometry || line.text.length > MAX_PLACED_LINE) return undefined;
  // Positions rounded to 2 points: producers place repeated furniture identically, not to the hundredth. The
  // text must be the same to the letter (numbers too): a list of version numbers set at the same place on two
  // pages is content.
  return `${Math.round(line.geometry.left / 2)},${Math.round(line.geometry.y / 2)}:${line.text}`;
}

/** Indices of the lines at the top and the bottom of the page: by baseline when known, else first and last. */
export function edgeLines(lines: readonly PageLine[]): number[] {
  const order = lines.map((_, i) => i);
  if (lines.every((line) => line.geometry)) order.sort((a, b) => lines[b]!.geometry!.y - lines[a]!.geometry!.y);
  const edges = new Set([...order.slice(0, EDGE_LINES), ...order.slice(-EDGE_LINES)]);
  return [...edges].filter((i) => lines[i]!.text.length <= MAX_RUNNING_LINE);
}

/**
 * A line that can be a running header: it has letters or numbers, and does not end a sentence or a clause (the
 * last line of a paragraph, "principal.", can recur at a page's foot by chance; a running title does not end so).
 */
function isRunningShape(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text) && !/[.,;:]$/u.test(text);
}

/**
 * Marks the header and footer lines of a page, and remembers its lines in `running` for the next pages.
 * Without a tracker (one page read alone), only page-number lines at the edges are found.
 */
export function headerFooterLines(lines: readonly PageLine[], running?: RunningLines): boolean[] {
  const marks = lines.map(() => false);
  const edges = edgeLines(lines);
  for (const i of edges) {
    const text = lines[i]!.text;
    marks[i] = isPageNumberOnly(text) || (isRunningShape(text) && running?.seenAtEdge(text) === true);
  }
  if (running) {
    for (const [i, line] of lines.entries()) {
      if (!marks[i] && isRunningShape(line.text) && /\p{L}/u.test(line.text)) marks[i] = running.seenInPlace(line);
    }
    running.remember(lines, edges);
  }
  return marks;
}
