// The part of a page questions may be asked about: its body prose. Contents pages, indexes, reference lists,
// code listings, running headers and the like are never asked about, by any generator.

import { pageBlocks, pageRole } from '../pdf/page-roles.js';
import type { BlockRole, PageText } from '../pdf/page-text.js';

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
}

/** The page's askable text (the whole text when the page was not classified). */
export function pageBody(page: PageText): PageBody {
  const parts: string[] = [];
  const headings: PageBody['headings'] = [];
  let length = 0;
  let heading: string | undefined;
  for (const block of pageBlocks(page)) {
    const text = page.text.slice(block.start, block.end).trim();
    if (block.role === 'heading' && text.length > 0) heading = text;
    if (!ASKABLE.has(block.role) || text.length === 0) continue;
    if (heading) headings.push({ at: length, heading });
    parts.push(text);
    length += text.length + 1;
  }
  return { text: parts.join('\n'), mainRole: pageRole(page), headings };
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

/** "a table of contents", "an index": how a teacher would name a page's role. */
export function roleName(role: BlockRole): string {
  return ROLE_NAMES[role];
}
