// Reading a page by role: what a page mostly is, where its body prose is, what role a character has. A page
// without blocks (not classified) is body text throughout.
import type { BlockRole, PageBlock, PageText } from './page-text.js';

type ClassifiedPage = Pick<PageText, 'text' | 'blocks'>;

/** The page's blocks, or one body block over its whole text when it was not classified. */
export function pageBlocks(page: ClassifiedPage): PageBlock[] {
  if (page.blocks) return page.blocks;
  return page.text === '' ? [] : [{ role: 'body', start: 0, end: page.text.length }];
}

/** The role covering most of the page's characters ('body' for an empty or unclassified page). */
export function pageRole(page: ClassifiedPage): BlockRole {
  const chars = new Map<BlockRole, number>();
  for (const block of pageBlocks(page)) chars.set(block.role, (chars.get(block.role) ?? 0) + block.end - block.start);
  let best: BlockRole = 'body';
  for (const [role, count] of chars) if (count > (chars.get(best) ?? 0)) best = role;
  return best;
}

/** The body prose blocks of the page, in order: the only text questions are asked about. */
export function bodySpans(page: ClassifiedPage): PageBlock[] {
  return pageBlocks(page).filter((block) => block.role === 'body');
}

/** The page's body prose, its blocks joined by "\n": what a generator that skips the rest reads. */
export function bodyText(page: ClassifiedPage): string {
  return bodySpans(page)
    .map((block) => page.text.slice(block.start, block.end))
    .join('\n');
}

/** The role of the character at `offset`; undefined for a separator between blocks or outside the text. */
export function roleAt(page: ClassifiedPage, offset: number): BlockRole | undefined {
  return pageBlocks(page).find((block) => offset >= block.start && offset < block.end)?.role;
}
