import type { PageBlock, PageText } from '../pdf/page-text.js';

/** A page as extraction hands it over, from its blocks in order: each a role and its text, one line apart. */
export function pageOfBlocks(page: number, totalPages: number, parts: [PageBlock['role'], string][]): PageText {
  let text = '';
  const blocks: PageBlock[] = [];
  for (const [role, part] of parts) {
    if (text) text += '\n';
    blocks.push({ role, start: text.length, end: text.length + part.length });
    text += part;
  }
  return { page, totalPages, text, blocks };
}
