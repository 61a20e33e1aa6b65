// The part of a page questions may be asked about: its body prose. Contents pages, indexes, reference lists,
// code listings, running headers and the like are never asked about, by any generator.

import { pageBlocks, pageRole } from '../pdf/page-roles.js';
import type { BlockRole, PageText } from '../pdf/page-text.js';
import { DIRECTORY_LINE, manualPageAt, namesEntry } from './manual-page.js';

/** Roles whose text can carry a question. */
const ASKABLE: ReadonlySet<BlockRole> = new Set(['body']);

const ROLE_NAMES: Record<BlockRole, string> = {
  body: 'body text',
  heading: 'headings',
  contents: 'a table of contents',
  index: 'an index',
  references: 'a list of references',
  code: 'a code listing',
  table: 'a table',
  caption: 'captions',
  header_footer: 'page headers and footers',
  front_matter: 'a title page',
};

export interface PageBody {
  /** The body blocks' text, in order, separated by "\n"; every sentence of it is verbatim text of the page. */
  text: string;
  /** The role covering most of the page when it is not body text, to tell a teacher why it gave nothing. */
  mainRole: BlockRole;
  /** The last heading before each body block, by the block's offset in `text`: the section a fact comes from. */
  headings: { at: number; heading: string }[];
  /** The program of each manual page the page opens, by the offset in `text` of its first body block (see manualPageAt). */
  programs: { at: number; program: string }[];
  /**
   * Body blocks that describe the entry named just above them (see namesEntry): the block's offset in `text`
   * and the line naming the entry ("-n --no-name", "LESSUTFBINFMT").
   */
  entries: { at: number; name: string }[];
  /**
   * Body blocks under a directory of a list of directories ("/usr/games" above "Static data for games"), by their
   * offsets in `text`: none of their sentences names what it speaks of ("On Linux, it is usually a link to ...").
   */
  underDirectories: { start: number; end: number }[];
}

/** The page's askable text (the whole text when the page was not classified). */
export function pageBody(page: PageText): PageBody {
  const parts: string[] = [];
  const headings: PageBody['headings'] = [];
  const programs: PageBody['programs'] = [];
  const entries: PageBody['entries'] = [];
  const underDirectories: PageBody['underDirectories'] = [];
  let length = 0;
  let heading: string | undefined;
  const blocks = pageBlocks(page);
  const texts = blocks.map((b) => page.text.slice(b.start, b.end).trim());
  // A page mostly in another script writes its headings in it: a word in Latin capitals there names an entry.
  const letters = page.text.match(/\p{L}/gu)?.length ?? 0;
  const latinCapitals = (page.text.match(/\p{Script=Latin}/gu)?.length ?? 0) * 2 < letters;
  for (const [i, block] of blocks.entries()) {
    const text = texts[i]!;
    if (block.role === 'heading' && text.length > 0) heading = text;
    const program = manualPageAt(texts, i);
    if (program) programs.push({ at: length, program });
    if (!ASKABLE.has(block.role) || text.length === 0) continue;
    if (heading) headings.push({ at: length, heading });
    if (i > 0 && namesEntry(texts[i - 1]!, { latinCapitals })) entries.push({ at: length, name: texts[i - 1]! });
    if (i > 0 && DIRECTORY_LINE.test(texts[i - 1]!))
      underDirectories.push({ start: length, end: length + text.length });
    parts.push(text);
    length += text.length + 1;
  }
  return { text: parts.join('\n'), mainRole: pageRole(page), headings, programs, entries, underDirectories };
}

/** The heading of the section that `offset` (in a PageBody's text) falls in, if the page shows one. */
export function headingAt(body: PageBody, offset: number): string | undefined {
  let found: string | undefined;
  for (const h of body.headings) {
    if (h.at > offset) break;
    found = h.heading;
  }
  return found;
}

/**
 * The program whose manual page `offset` (in a PageBody's text) falls in, if the page opens one before it; else
 * `carried`, the program of the manual page an earlier page opened, which the generator carries over the pages
 * that still name it.
 */
export function programAt(body: PageBody, offset: number, carried?: string): string | undefined {
  let found = carried;
  for (const p of body.programs) {
    if (p.at > offset) break;
    found = p.program;
  }
  return found;
}

/** "a table of contents", "an index": how a teacher would name a page's role. */
export function roleName(role: BlockRole): string {
  return ROLE_NAMES[role];
}
