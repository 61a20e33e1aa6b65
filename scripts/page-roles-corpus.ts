// Prints, for each PDF of a folder, how many characters of its text got each block role, to judge the role
// rules on real documents (a check run by hand, not a test). With --show=<role>, also prints each block of
// that role with its page, shortened; with --pages=<file.pdf>, the role of every block of that document.
//
//   node --import tsx scripts/page-roles-corpus.ts /work/shared/corpus [--show=references] [--pages=maint-guide-fr.pdf]
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { BLOCK_ROLES, type BlockRole, extractPages } from '../packages/core/src/pdf/index.js';

const args = process.argv.slice(2);
const folder = args.find((arg) => !arg.startsWith('--')) ?? '/work/shared/corpus';
const show = args.find((arg) => arg.startsWith('--show='))?.slice('--show='.length);
const pagesOf = args.find((arg) => arg.startsWith('--pages='))?.slice('--pages='.length);

const shorten = (text: string, max = 110) => (text.length > max ? `${text.slice(0, max)}…` : text);

const files = (await readdir(folder)).filter((name) => name.endsWith('.pdf')).sort();
const header = ['document', 'pages', ...BLOCK_ROLES.map((role) => role.replace('header_footer', 'hdr_ftr'))];
console.log(header.join('\t'));
for (const name of files) {
  if (pagesOf && name !== pagesOf) continue;
  const chars = new Map<BlockRole, number>();
  let pages = 0;
  for await (const page of extractPages(new Uint8Array(await readFile(path.join(folder, name))), {
    onPageError: () => {},
  })) {
    pages = page.totalPages;
    for (const block of page.blocks ?? []) {
      chars.set(block.role, (chars.get(block.role) ?? 0) + block.end - block.start);
      const text = page.text.slice(block.start, block.end);
      if (show === block.role || pagesOf === name) {
        console.log(`  ${name} p${page.page} ${block.role}: ${shorten(text.replaceAll('\n', ' ⏎ '))}`);
      }
    }
  }
  const total = [...chars.values()].reduce((a, b) => a + b, 0) || 1;
  const cells = BLOCK_ROLES.map((role) => {
    const count = chars.get(role) ?? 0;
    return count === 0 ? '-' : `${count} (${Math.round((100 * count) / total)}%)`;
  });
  console.log([name.replace(/\.pdf$/, ''), pages, ...cells].join('\t'));
}
