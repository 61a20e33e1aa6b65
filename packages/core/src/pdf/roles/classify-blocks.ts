// Gives every block of a page a role. Line rules come first (running headers, code, contents, index, tables:
// they are read line by line and need the page's other lines as context), then paragraph rules on what is left
// (references, captions, front matter, headings); whatever no rule claims is body prose. Blocks are the page's
// paragraphs, split where lines of one paragraph have different roles, and runs of one non-prose role merged.
import type { BlockRole, PageBlock } from '../page-text.js';
import { indexLines } from './book-index.js';
import { isCaption } from './caption.js';
import { codeLines } from './code.js';
import { contentsLines } from './contents.js';
import { isFrontMatter, isProse } from './front-matter.js';
import { isHeading, isListTitle } from './heading.js';
import { bodySize } from './line-shape.js';
import { type PageLine, paragraphStarts, textLines } from './page-line.js';
import { referenceParagraphs } from './references.js';
import { headerFooterLines, type RunningLines } from './running-lines.js';
import { tableLines } from './table.js';

export interface ClassifyOptions {
  /** 1-based page number (front matter is looked for on the first pages only). */
  page?: number;
  /** The document's running-line tracker: pass the same one for every page, in page order. */
  running?: RunningLines;
}

/** Roles of the blocks of a page whose lines (with geometry) are known. */
export function classifyBlocks(text: string, lines: readonly PageLine[], options: ClassifyOptions = {}): PageBlock[] {
  if (text === '') return [];
  return toBlocks(text, lines, lineRoles(text, lines, options));
}

/** Roles of the blocks of a page known by its text alone (OCR): each paragraph is read as one line. */
export function classifyText(text: string, options: ClassifyOptions = {}): PageBlock[] {
  return classifyBlocks(text, textLines(text), options);
}

/** Line rules in order of precedence: a monospace listing of contents lines is code first. */
const LINE_RULES: ReadonlyArray<[BlockRole, (lines: readonly PageLine[]) => boolean[]]> = [
  ['code', codeLines],
  ['contents', contentsLines],
  ['index', (lines) => indexLines(lines.map((line) => line.text))],
  ['table', tableLines],
];

function lineRoles(text: string, lines: readonly PageLine[], { page = 1, running }: ClassifyOptions): BlockRole[] {
  // Asked before this page is remembered; a page read alone is a title page only as page 1.
  const titlePage = running ? running.beforeFirstText : page === 1;
  const roles: BlockRole[] = lines.map(() => 'body');
  headerFooterLines(lines, running).forEach((mark, i) => {
    if (mark) roles[i] = 'header_footer';
  });
  for (const [role, rule] of LINE_RULES) {
    const open = lines.flatMap((_, i) => (roles[i] === 'body' ? [i] : []));
    rule(open.map((i) => lines[i]!)).forEach((mark, k) => {
      if (mark) roles[open[k]!] = role;
    });
  }
  const paragraphs = openParagraphs(text, lines, roles);
  const continued = running?.referencesOpen ?? false;
  applyParagraphRules(paragraphs, roles, { size: bodySize(lines), page, titlePage, continued });
  markListTitles(paragraphs, roles);
  if (running) running.referencesOpen = endsInReferences(roles);
  return roles;
}

/** References, captions, front matter and headings among the paragraphs the line rules left as body. */
function applyParagraphRules(
  paragraphs: readonly OpenParagraph[],
  roles: BlockRole[],
  {
    size,
    page,
    titlePage,
    continued,
  }: { size: number | undefined; page: number; titlePage: boolean; continued: boolean },
): void {
  const texts = paragraphs.map((p) => p.text);
  const references = referenceParagraphs(texts, { continued });
  const firstProse = texts.findIndex(isProse);
  for (const [k, paragraph] of paragraphs.entries()) {
    const ratio = size && paragraph.size ? { sizeRatio: paragraph.size / size } : {};
    const continued = /^\p{Ll}/u.test(paragraphs[k + 1]?.text ?? '');
    const front = isFrontMatter({
      text: paragraph.text,
      page,
      ...ratio,
      beforeProse: firstProse < 0 || k < firstProse,
      titlePage,
    });
    const role = paragraphRole(paragraph.text, paragraph.lines.length, continued, {
      reference: references[k]!,
      front,
      ...ratio,
    });
    for (const i of paragraph.lines) roles[i] = role;
  }
}

/** Whether the page's text, its running lines aside, ends in a reference list. */
function endsInReferences(roles: readonly BlockRole[]): boolean {
  return roles.filter((role) => role !== 'header_footer').at(-1) === 'references';
}

/** The short line right above a contents run, an index or a reference list is its title, whatever its font. */
function markListTitles(paragraphs: readonly OpenParagraph[], roles: BlockRole[]): void {
  for (const paragraph of paragraphs) {
    const after = roles[paragraph.lines.at(-1)! + 1];
    const role = roles[paragraph.lines[0]!];
    if (role === 'body' && after && LISTS.has(after) && isListTitle(paragraph.text, paragraph.lines.length)) {
      for (const i of paragraph.lines) roles[i] = 'heading';
    }
  }
}

function paragraphRole(
  text: string,
  lineCount: number,
  continued: boolean,
  { reference, front, sizeRatio }: { reference: boolean; front: boolean; sizeRatio?: number },
): BlockRole {
  if (reference) return 'references';
  if (isCaption(text)) return 'caption';
  if (front) return 'front_matter';
  if (isHeading({ text, lines: lineCount, continued, ...(sizeRatio === undefined ? {} : { sizeRatio }) })) {
    return 'heading';
  }
  return 'body';
}

interface OpenParagraph {
  text: string;
  /** Indices of its lines. */
  lines: number[];
  /** Median font size of its lines (undefined without geometry). */
  size: number | undefined;
}

/** The runs of lines still unclaimed (body), one per paragraph of the page, with their text. */
function openParagraphs(text: string, lines: readonly PageLine[], roles: readonly BlockRole[]): OpenParagraph[] {
  const groups: number[][] = [];
  for (const [i, line] of lines.entries()) {
    if (roles[i] !== 'body') continue;
    const last = groups.at(-1);
    const previous = last === undefined ? undefined : lines[last.at(-1)!]!;
    if (last && previous?.paragraph === line.paragraph && last.at(-1) === i - 1) last.push(i);
    else groups.push([i]);
  }
  return groups.map((group) => {
    const first = lines[group[0]!]!;
    const last = lines[group.at(-1)!]!;
    const sizes = group.flatMap((i) => (lines[i]!.geometry ? [lines[i]!.geometry!.size] : [])).sort((a, b) => a - b);
    return {
      // Lines of one paragraph are contiguous in the page text (joined by a space or nothing).
      text: text.slice(first.start, last.end),
      lines: group,
      size: sizes.length > 0 ? sizes[Math.floor(sizes.length / 2)] : undefined,
    };
  });
}

/** Roles of lists whose title, right before them, is a heading whatever its font. */
const LISTS: ReadonlySet<BlockRole> = new Set(['contents', 'index', 'references']);

/** Never merged with a neighbour of the same role: each paragraph of prose, each heading is its own block. */
const ONE_BLOCK_PER_PARAGRAPH: ReadonlySet<BlockRole> = new Set(['body', 'heading']);

/** Cuts the page's text into blocks: paragraphs, split where their lines change role, runs merged. */
function toBlocks(text: string, lines: readonly PageLine[], roles: readonly BlockRole[]): PageBlock[] {
  const starts = paragraphStarts(text);
  const blocks: PageBlock[] = [];
  let next = 0;
  for (const [p, start] of starts.entries()) {
    const end = p + 1 < starts.length ? starts[p + 1]! - 1 : text.length;
    if (end <= start) continue;
    const segments: PageBlock[] = [];
    while (next < lines.length && lines[next]!.paragraph < p) next++;
    for (; next < lines.length && lines[next]!.paragraph === p; next++) {
      const role = roles[next]!;
      const current = segments.at(-1);
      if (!current) segments.push({ role, start, end });
      else if (current.role !== role) {
        current.end = trimEnd(text, current.start, lines[next]!.start);
        segments.push({ role, start: lines[next]!.start, end });
      }
    }
    if (segments.length === 0) segments.push({ role: 'body', start, end });
    for (const segment of segments) push(blocks, segment, text);
  }
  return blocks;
}

function push(blocks: PageBlock[], block: PageBlock, text: string): void {
  if (block.end <= block.start) return;
  const last = blocks.at(-1);
  const between = last ? text.slice(last.end, block.start) : '';
  if (last && last.role === block.role && !ONE_BLOCK_PER_PARAGRAPH.has(block.role) && /^\s*$/.test(between)) {
    last.end = block.end;
    return;
  }
  blocks.push({ ...block });
}

function trimEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /\s/.test(text[at - 1]!)) at--;
  return at;
}
