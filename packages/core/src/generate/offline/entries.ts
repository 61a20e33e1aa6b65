// The entries of a manual's lists of options and variables: a line naming one ("-K, --starting-file=ЕЛЕМЕНТ",
// "LESSHISTSIZE") and a paragraph under it saying what it does ("Почати з заданого елемента архіву."). That
// sentence names no entry: it is asked as "which option does this?", among the other options of the same
// program. The shape of the list, not the words of a language, tells what an entry is, so it serves every
// language a manual is translated to.

import type { QuestionDraft } from '../../schemas/question.js';
import { stemProblem } from '../quality/stem-rules.js';
import type { Wording } from './neutral/wording.js';
import { shuffled } from './seeded-random.js';

/** What an entry's name says it is: an option ("-n"), a variable ("LESSHISTSIZE") or a setting ("ForwardX11"). */
export type EntryKind = 'option' | 'variable' | 'setting';

export interface EntryName {
  kind: EntryKind;
  /** The names the line gives, arguments left out: "-K", "--starting-file". */
  names: string[];
  /** As a choice shows it: "-K, --starting-file". */
  label: string;
}

export interface Entry extends EntryName {
  /** The first sentence of its description. */
  sentence: string;
  /** Its whole description: one that speaks of another entry ("the same as --newer") is no wrong choice for it. */
  paragraph: string;
}

/** "-K", "--starting-file=ЕЛЕМЕНТ", "--color[=WHEN]", "+N": a name of an option, with any argument written onto it. */
const OPTION = /^(?:[-+]{1,2})[\p{L}\p{N}?#@]/u;

/**
 * The names a line of an entry gives ("-f ФАЙЛ, --file=ФАЙЛ" -> "-f", "--file"; "-bn або --buffers=n" -> "-b",
 * "--buffers"), undefined when it names none. Words between the names ("або", "or", an argument) are left out.
 */
export function entryName(line: string): EntryName | undefined {
  const text = line.trim();
  if (!OPTION.test(text)) {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/u.test(text)) return undefined;
    const kind = /^[A-Z0-9_]+$/u.test(text) ? 'variable' : 'setting';
    return { kind, names: [text], label: text };
  }
  const tokens = text.split(/[\s,]+/u).filter((t) => OPTION.test(t));
  // An argument written onto a long name ("--file=ФАЙЛ", "--color[=WHEN]"), which a short one may carry too.
  const argumentOf = (t: string) => /^--[^=[]+(?:\[?=)(.+?)\]?$/u.exec(t)?.[1];
  const argument = tokens.map(argumentOf).find((a) => a !== undefined);
  const names = tokens.map((t) => {
    const long = /^--[^=[]+/u.exec(t)?.[0];
    if (long) return long;
    // "-bn" beside "--buffers=n", "-Tфайл_міток" beside "--tag-file=файл_міток": a letter and its argument.
    const rest = t.slice(2);
    if (/^-[^-]/u.test(t) && rest && (rest === argument || /[^\x20-\x7E]/u.test(rest))) return t.slice(0, 2);
    return t.replace(/\[?=.*$/u, '');
  });
  const unique = [...new Set(names)];
  if (unique.length === 0 || namesSeveral(unique)) return undefined;
  return { kind: 'option', names: unique, label: unique.join(', ') };
}

/**
 * Whether the names are of several options rather than one's: words after one dash each ("-ls, -fls", "-warn,
 * -nowarn"), as find names its options, head what they share. One option's names are a letter and words ("-q,
 * --quiet, --silent"), words after two dashes ("--transform, --xform") or one word with one dash or two ("-help,
 * --help").
 */
function namesSeveral(names: readonly string[]): boolean {
  return names.length > 1 && names.every((n) => /^[-+][^-+]{2,}$/u.test(n));
}

/** A name of an option in running text (" -i", "(--mouse", "«-o"): a sentence naming one leans on that one. */
const NAMES_OPTION = /(?:^|[\s(«"“'‘[])[-+]{1,2}[\p{L}\p{N}]/u;
/** Letters a description needs to say what its entry does ("Назва файла." says too little). */
const MIN_LETTERS = 15;
const MIN_WORDS = 3;
const IDEOGRAPHS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * "Normally, less highlights ALL lines ...", "Зазвичай, find видаватиме повідомлення ...", "By default ...": what
 * the program does without the entry, which the sentences after say it changes.
 */
const WITHOUT_IT =
  /^(?:normally|usually|ordinarily|by default|without this option|normalerweise|standardmäßig|üblicherweise|normalement|habituellement|par défaut|normalmente|por defecto|de forma predeterminada|di solito|per impostazione predefinita|por padrão|por omissão|обычно|по умолчанию|зазвичай|типово|без цього параметра|συνήθως|κανονικά|από προεπιλογή|בדרך כלל|כברירת מחדל|عادة|افتراضيا|افتراضياً|기본적으로|보통|일반적으로|通常|默认|默認|一般|デフォルトでは)(?!\p{L})/iu;

/**
 * Whether `sentence`, the first of an entry's description, says on its own what the entry does: a whole
 * sentence, long enough, that names no option (a "like -i, but ..." needs the other one), says what the entry
 * does rather than what happens without it, and stands alone.
 */
export function describesAlone(sentence: string, entry: EntryName): boolean {
  const text = sentence.trim();
  if (!/[.!?。！]$/u.test(text)) return false;
  if ((text.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return false;
  // Chinese and Japanese write no spaces between words: the letters tell there.
  const spaced = /\s/u.test(text) && !IDEOGRAPHS.test(text);
  if (spaced && text.split(/\s+/u).length < MIN_WORDS) return false;
  if (NAMES_OPTION.test(text) || entry.names.some((n) => text.includes(n))) return false;
  // "使用行缓冲， it can be a performance penality.": a translation left half done.
  if (IDEOGRAPHS.test(text) && /(?<![\p{L}])(?:the|it|is|be|of|and|to|can|will)(?![\p{L}])/iu.test(text)) return false;
  if (WITHOUT_IT.test(text)) return false;
  return stemProblem(text) === null;
}

/** Letters without their marks, lowercase: "récursivement" and "recursive" open alike. */
function folded(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Letters two words must open with alike to be one word's forms ("recurs" of "--recursive" and "recursively"). */
const SHARED_OPENING = 5;

/**
 * Whether a word of the entry's names opens like a word of the sentence ("--list" and "List the contents",
 * "--recursive" and "récursivement"): the choice would be found by its spelling, not by knowing the program.
 */
export function namedInDescription(entry: EntryName, sentence: string): boolean {
  const opening = (w: string) => folded(w).slice(0, Math.min(SHARED_OPENING, w.length));
  const parts = entry.names
    .flatMap((n) => n.split(/[-_+]+/u))
    .flatMap((n) => n.split(/(?<=\p{Ll})(?=\p{Lu})/u))
    .filter((p) => p.length >= 4)
    .map(opening);
  const words = (sentence.match(/\p{L}{4,}/gu) ?? []).map(opening);
  return parts.some((p) => words.includes(p));
}

/** Words of four letters and more, by their opening: how much two descriptions say alike. */
function contentWords(text: string): Set<string> {
  return new Set((text.match(/\p{L}{4,}/gu) ?? []).map((w) => folded(w).slice(0, SHARED_OPENING)));
}

/** Share of words two descriptions have in common above which they may describe the same thing. */
const MAX_OVERLAP = 0.5;

function overlap(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.min(x.size, y.size);
}

/** Whether an option's names are short ones, long ones or both: wrong choices are of the answer's shape first. */
function shape(entry: EntryName): string {
  return `${entry.names.some((n) => /^[-+][^-]/u.test(n))}:${entry.names.some((n) => n.startsWith('--'))}`;
}

/** The entries of each scope (a program's manual page), as the document lists them. */
export class EntryIndex {
  readonly #scopes = new Map<string, Entry[]>();

  /** Notes an entry of `scope`, once per name. */
  observe(scope: string, entry: Entry): void {
    let entries = this.#scopes.get(scope);
    if (!entries) {
      entries = [];
      this.#scopes.set(scope, entries);
    }
    if (entries.some((e) => e.names.some((n) => entry.names.includes(n)))) return;
    entries.push(entry);
  }

  /**
   * Up to `count` other entries of the scope as wrong choices for `entry`, those of its shape first: of the same
   * kind, none sharing a name with it, none whose description speaks of it ("the same as --newer") or says
   * much the same.
   */
  wrongChoices(scope: string, entry: Entry, count: number, random: () => number): string[] {
    const fair = (this.#scopes.get(scope) ?? []).filter(
      (e) =>
        e.kind === entry.kind &&
        !e.names.some((n) => entry.names.includes(n)) &&
        !entry.names.some((n) => mentions(e.paragraph, n)) &&
        overlap(e.sentence, entry.sentence) < MAX_OVERLAP,
    );
    const alike = shuffled(fair, random).sort((a, b) => +(shape(b) === shape(entry)) - +(shape(a) === shape(entry)));
    // "-o, --output" among "--ignore-case", "--ignore-tab-expansion", "--ignore-trailing-space": the one choice
    // without the word all the others share is the answer, whatever the description says.
    const own = nameWords(entry);
    const chosen: Entry[] = [];
    for (const e of alike) {
      if (chosen.length >= count) break;
      const all = [...chosen, e];
      const shared =
        all.length === count ? [...nameWords(all[0]!)].filter((w) => all.every((c) => nameWords(c).has(w))) : [];
      if (shared.some((w) => !own.has(w))) continue;
      chosen.push(e);
    }
    return chosen.map((e) => e.label);
  }
}

/** The words of an entry's names ("--ignore-tab-expansion": ignore, tab, expansion), lowercase. */
function nameWords(entry: EntryName): Set<string> {
  return new Set(
    entry.names.flatMap((n) =>
      n
        .toLowerCase()
        .split(/[-_]+/u)
        .filter((w) => w.length >= 3),
    ),
  );
}

/** Whether `text` names the option or variable `name` as a word of its own (not "--no-recursion" for "--recursion"). */
function mentions(text: string, name: string): boolean {
  const at = (i: number) => text[i] ?? ' ';
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (!/[\p{L}\p{N}_-]/u.test(at(i - 1)) && !/[\p{L}\p{N}_-]/u.test(at(i + name.length))) return true;
  }
  return false;
}

/** An entry of a page's list: the line naming it, its description's first sentence, and whose it is. */
export interface DescribedEntry {
  /** The line naming it, as the page has it ("-K, --starting-file=ЕЛЕМЕНТ"). */
  line: string;
  /** The program of the manual page it is in. */
  program: string;
  /** The entries it is asked among: the program's. */
  scope: string;
  entry: Entry;
}

/** What the page's layout says of an offset of its text (see page-body.ts). */
export interface EntryLayout {
  /** The line naming the option or variable that a paragraph starting at the offset describes. */
  entryAt?: (offset: number) => string | undefined;
  /** The program of the manual page an offset is in. */
  programAt?: (offset: number) => string | undefined;
}

/**
 * For each of the page's sentences (offsets in `page.text`), the entry of a manual page it is the first sentence
 * of the description of, if any. An entry of no program the page names is none: "Choose the option described
 * here" would not say of what, and outside a manual page a list's terms ("RAID1  Suitable when reliability comes
 * first") are as often right as well for another's description (RAID6).
 */
export function describedEntries(
  page: { page: number; text: string },
  sentences: readonly { start: number; text: string }[],
  layout: EntryLayout,
): (DescribedEntry | undefined)[] {
  return sentences.map((s) => {
    const line = layout.entryAt?.(s.start);
    const program = layout.programAt?.(s.start);
    const name = line === undefined ? undefined : entryName(line);
    if (line === undefined || !name || !program || placeholder(name, s.text)) return undefined;
    const end = page.text.indexOf('\n', s.start);
    const paragraph = page.text.slice(s.start, end < 0 ? undefined : end);
    return { line, program, scope: program, entry: { ...name, sentence: s.text, paragraph } };
  });
}

/**
 * Whether a one-letter name is a number's sign rather than an option: find's "+n", "-n" above "for greater than
 * n", "for less than n" (the letter stands in the description as a word of its own).
 */
function placeholder(name: EntryName, sentence: string): boolean {
  const letter = name.names.length === 1 ? /^[-+](\p{L})$/u.exec(name.names[0]!)?.[1] : undefined;
  return letter !== undefined && new RegExp(`(?<![\\p{L}\\p{N}_-])${letter}(?![\\p{L}\\p{N}_])`, 'u').test(sentence);
}

/** The key a question on the entry is remembered by, so that no entry is asked twice. */
export function entryKey(described: DescribedEntry): string {
  return `entry:${described.scope}:${described.entry.label}`;
}

/** Wrong choices an entry question needs: three, as the other multiple-choice questions have. */
const WANTED_WRONG = 3;

/**
 * "Виберіть параметр tar, описаний тут: «Не заходити автоматично у каталоги.»" among other options of tar
 * (--no-recursion among --one-file-system, --no-unquote, --hard-dereference): the first sentence of an entry's
 * description, when it says on its own what the entry does and the entry's name does not spell it out. The
 * quote is the line naming the entry and that sentence, as the page has them one above the other.
 */
export function entryQuestion(
  described: DescribedEntry,
  page: number,
  index: EntryIndex,
  answerUses: ReadonlyMap<string, number>,
  random: () => number,
  wording: Wording,
): Omit<QuestionDraft, 'difficulty'> | null {
  const { line, program, scope, entry } = described;
  if (answerUses.has(entryKey(described))) return null;
  if (!describesAlone(entry.sentence, entry) || namedInDescription(entry, entry.sentence)) return null;
  const wrong = index.wrongChoices(scope, entry, WANTED_WRONG, random);
  if (wrong.length < WANTED_WRONG) return null;
  const quote = `${line} ${entry.sentence}`;
  return {
    type: 'multiple_choice',
    prompt: wording.whichEntry(entry.kind, entry.sentence, program),
    choices: shuffled([entry.label, ...wrong], random),
    answer: [entry.label],
    explanation: wording.pageStates(page, quote),
    source: { page, quote },
  };
}
