// Plain text as CommonMark/GFM that renders as exactly that text: nothing in a question can turn into
// emphasis, a link, raw HTML, a heading, a list, a table or math.

// Inline syntax anywhere in a line: code, emphasis, links and images, HTML and autolinks, entities,
// GFM tables and strikethrough, the $…$ math GitHub renders, and "#" (a heading's closing sequence).
const INLINE = /[\\`*_[\]<>&|~$#]/g;
// Block syntax at the start of a line: quotes, list items, setext underlines and thematic breaks.
const LINE_START = /^([>+=-])/;
const ORDERED_ITEM = /^(\d+)([.)])/;

function escapeLine(line: string): string {
  return line.trim().replace(INLINE, '\\$&').replace(LINE_START, '\\$1').replace(ORDERED_ITEM, '$1\\$2');
}

/**
 * Escaped text whose lines end in hard breaks. Empty lines are dropped (they would end a list item or a
 * paragraph), leading spaces too (four of them would start a code block); continuation lines get `indent`.
 */
export function markdownText(text: string, indent = ''): string {
  const lines = text
    .split(/\r\n?|\n/)
    .map(escapeLine)
    .filter((line) => line !== '');
  return lines.join(`\\\n${indent}`);
}
