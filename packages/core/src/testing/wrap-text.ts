// Greedy line breaking for generated PDFs: break at spaces, anywhere between CJK characters (which are written
// without spaces), and inside a word only when the word alone is wider than the line.

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]/u;
// Words, single CJK characters, and runs of spaces.
const TOKENS = new RegExp(
  `${CJK_CHAR.source}|[^\\s\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u3000-\\u303F\\uFF00-\\uFFEF]+|\\s+`,
  'gu',
);

/** Splits `paragraph` into lines no wider than `maxWidth`, as measured by `measure`. */
export function wrapText(paragraph: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  let pendingSpace = false;
  const spaceWidth = measure(' ');
  for (const token of paragraph.match(TOKENS) ?? []) {
    if (/^\s+$/.test(token)) {
      pendingSpace = line !== '';
      continue;
    }
    const tokenWidth = measure(token);
    const gap = pendingSpace ? spaceWidth : 0;
    pendingSpace = false;
    if (line !== '' && width + gap + tokenWidth <= maxWidth) {
      line += (gap ? ' ' : '') + token;
      width += gap + tokenWidth;
      continue;
    }
    if (line !== '') lines.push(line);
    if (tokenWidth <= maxWidth) {
      line = token;
      width = tokenWidth;
      continue;
    }
    // A word wider than the line (a URL, a long formula): cut it character by character.
    line = '';
    width = 0;
    for (const char of token) {
      const charWidth = measure(char);
      if (line !== '' && width + charWidth > maxWidth) {
        lines.push(line);
        line = '';
        width = 0;
      }
      line += char;
      width += charWidth;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
