// Manual pages say what their program does without naming it: "Ніколи не переходити за символічними
// посиланнями. Це типова поведінка." is about find only because the page is find's. Every manual page, in every
// language it is translated to, opens the same way: a heading (NAME, НАЗВА, BEZEICHNUNG, NOM, 名前), one line
// "name, other-name — what it does", a heading (SYNOPSIS, ...) and a line that starts with the name. That shape,
// not the words of a language, tells which program the sentences after it are about.

import { escapeRegExp } from './escape-regexp.js';

/** "find — пошук файлів ...", "gzip, gunzip, zcat - compress or expand files": the names, then a dash. */
const NAME_LINE = /^([\p{L}\p{N}_][\p{L}\p{N}_.+:-]*(?:,\s*[\p{L}\p{N}_.+:-]+)*)\s+[-\u2010-\u2015\u2212]+\s+\S/u;

/** A heading of a manual page: a short line without a lowercase letter ("NAME", "НАЗВА", "名前"). */
function isSectionTitle(text: string): boolean {
  return text.length > 0 && text.length <= 30 && !/\p{Ll}/u.test(text) && /\p{L}/u.test(text);
}

/**
 * The program whose manual page `texts[i]` opens, when `texts[i]` is the name line of one: the line before it a
 * section title, and one of the next four lines its synopsis, which starts with one of the names ("find [-H]
 * [-L] ...", "zcat [ -f ] ...", tar's after the heading "SYNOPSIS" and a line "Traditional usage"). The first
 * name is the program's ("gzip" for "gzip, gunzip, zcat").
 */
export function manualPageAt(texts: readonly string[], i: number): string | undefined {
  const line = texts[i]?.trim() ?? '';
  const m = NAME_LINE.exec(line);
  if (!m || !isSectionTitle(texts[i - 1]?.trim() ?? '')) return undefined;
  const names = m[1]!.split(/,\s*/u);
  const synopsis = texts.slice(i + 1, i + 5).map((t) => t.trim());
  const opensWithName = (t: string) =>
    names.some((n) => t === n || (t.startsWith(n) && /^[\s[{<(|]/u.test(t.slice(n.length))));
  return synopsis.some(opensWithName) ? names[0] : undefined;
}

/** Whether `text` names `program` as a word of its own ("GNU find", "find(1)"; not "finding", not "-name"). */
export function namesProgram(text: string, program: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}_.-])${escapeRegExp(program)}(?![\\p{L}\\p{N}_-])`, 'iu').test(text);
}

/** "/usr/games", "/usr/X11R6/include/X11": a path alone on its line. */
export const DIRECTORY_LINE = /^\/(?:[\w.+-]+\/)*[\w.+-]*$/u;
/** "-n --no-name", "-Q tos", "--color[=WHEN]", "+N": a line of options, which the paragraph after it describes. */
const OPTIONS_LINE = /^[-+]{1,2}[\p{L}\p{N}?][^\s,]*(?:,?\s+\S+){0,5}$/u;
/** "LESSUTFBINFMT", "POSIXLY_CORRECT", "StrictHostKeyChecking": a variable's or setting's name. */
const IDENTIFIER =
  /^(?:\p{Lu}[\p{Lu}\p{N}]*(?:_[\p{Lu}\p{N}]+)*|\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)+|\p{Ll}+(?:\p{Lu}\p{Ll}*)+)$/u;

/**
 * Whether `text` is the name of an entry of a manual's list of options or variables, which the paragraph after
 * it describes: "-n --no-name" above "При стисканні типово не зберігати назву ...", "LESSUTFBINFMT" above "Формат
 * показу ...". That paragraph's first sentence says what the entry does, without naming it: as a statement of
 * its own it is false ("by default, does not keep the name", of gzip, whose default is to keep it) or no
 * statement at all. `latinCapitals`: whether a word in Latin capitals ("OPTIONS") names an entry too, as it does
 * on a page in another script, whose own headings are written in that script.
 */
export function namesEntry(text: string, { latinCapitals = false } = {}): boolean {
  const line = text.trim();
  if (line.length === 0 || line.length > 60 || /[.!?;:]$/u.test(line)) return false;
  // "/usr/games" above "Static data for games": a list of directories (hier's), whose paragraphs say what one
  // holds without naming it.
  if (DIRECTORY_LINE.test(line)) return true;
  if (OPTIONS_LINE.test(line)) return !/\s[-\u2010-\u2015\u2212]\s/u.test(line);
  if (!IDENTIFIER.test(line) || !/^[A-Za-z0-9_]+$/u.test(line)) return false;
  // A name in capitals alone is as often a heading ("OPTIONS") where headings are written in Latin letters.
  return latinCapitals || /[_\d]|\p{Ll}/u.test(line);
}
