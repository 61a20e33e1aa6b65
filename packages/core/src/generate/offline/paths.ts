// Files and directories a technical document names: "/usr/local", "/etc/apt/sources.list", "debian/control",
// "~/.bashrc". Like a program's name (commands.ts), a path is written the same in every language and has clean
// edges without a parser, and the other paths the document names are wrong choices of the same kind: "Le
// fichier ____ contient les informations ..." among debian/control, debian/rules, debian/copyright. The answer
// is the whole path, as the page writes it.

import { opensLike } from '../quality/blank-rules.js';
import { stemProblem } from '../quality/stem-rules.js';
import { blankable, CommandIndex, type CommandMention, type MentionKind, PLACEHOLDER } from './commands.js';

/** One segment of a path: letters, digits and the marks file names use ("sources.list", "gcc-12", "c++"). */
const SEGMENT = '[A-Za-z0-9_.+-]*[A-Za-z0-9_+-]';
/**
 * A path with clean edges: absolute ("/usr/share/doc/"), in the home directory ("~/.bashrc"), or relative with
 * a directory ("debian/patches/series", "debian/"). Not part of a link, a word pair ("and/or", "GNU/Linux": a
 * capital opens them) or a fraction, and a sentence's full stop is no part of it.
 */
/**
 * A letter of a script that writes its particles onto the word before ("/lib에서", "/etc/fstab文件", "/tmpに"): it
 * ends a path instead of continuing it.
 */
const NOT_ATTACHED = String.raw`(?![\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])`;
const PATH = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.:/~$\\-])(?:~?/(?:${SEGMENT}/)*${SEGMENT}/?|[a-z][a-z0-9_+-]*/(?:${SEGMENT}/)*(?:${SEGMENT})?)(?!${NOT_ATTACHED}[\p{L}\p{N}_/\\(-]|\.[\p{L}\p{N}])`,
  'gu',
);

/** Relative paths need this many others under the same first directory before they count as paths at all. */
const RELATIVE_FAMILY = 3;

/** Where a path starts from: "/" (absolute), "~" (the home directory), or its first directory ("debian"). */
function rootOf(path: string): string {
  if (path.startsWith('/')) return '/';
  if (path.startsWith('~')) return '~';
  return path.slice(0, path.indexOf('/'));
}

/** Every path of a text, in order; its section is where it starts from (see rootOf). */
export function pathMentions(text: string): CommandMention[] {
  const out: CommandMention[] = [];
  for (const m of text.matchAll(PATH)) {
    const name = m[0];
    // "/", "1/2", "/3": no name in it.
    if (!/\p{L}{2}/u.test(name)) continue;
    // "stattdessen ”/etc/emailwie in Abschnitt ...": quoted on one side only, the path was cut and run into a word.
    const end = m.index + name.length;
    // (A closing guillemet after a space, "«/etc/fstab »", does close it.)
    if (/[”“"«„]/u.test(text[m.index - 1] ?? '') && /^\s+(?![»”“"])/u.test(text.slice(end))) continue;
    out.push({ name, section: rootOf(name), start: m.index, end: m.index + name.length });
  }
  return out;
}

/** A path's directory: "debian" of "debian/rules", "/etc/apt" of "/etc/apt/sources.list", "" of "/etc". */
function parentOf(path: string): string {
  const trimmed = path.replace(/\/$/u, '');
  const slash = trimmed.lastIndexOf('/');
  return slash > 0 ? trimmed.slice(0, slash) : '';
}

/** Files and directories, in families by their directory; never a relative path beside an absolute one. */
export const PATHS: MentionKind = {
  find: pathMentions,
  keep: () => true,
  familyOf: parentOf,
  sameSectionOnly: true,
};

/** The paths a document has named so far. */
export class PathIndex extends CommandIndex {
  readonly #underRoot = new Map<string, Set<string>>();

  constructor() {
    super(PATHS);
  }

  /** Names seen inside a line at least once: one seen only right before a line break may be cut there. */
  readonly #whole = new Set<string>();
  /** Names seen as directories: written with a slash at the end, or with a path inside them. */
  readonly #directories = new Set<string>();

  override observe(text: string, page: number): void {
    super.observe(text, page);
    for (const m of pathMentions(text)) {
      const name = m.name.replace(/\/$/u, '');
      const names = this.#underRoot.get(m.section) ?? new Set<string>();
      this.#underRoot.set(m.section, names);
      names.add(name);
      if (!/^[^\S\n]*\n/u.test(text.slice(m.end)) && m.end < text.length) this.#whole.add(name);
      if (m.name.endsWith('/')) this.#directories.add(name);
      for (let i = name.lastIndexOf('/'); i > 0; i = name.lastIndexOf('/', i - 1))
        this.#directories.add(name.slice(0, i));
    }
  }

  /** The path is a directory, as far as the document tells. */
  isDirectory(name: string): boolean {
    return this.#directories.has(name.replace(/\/$/u, ''));
  }

  /**
   * Wrong choices of the answer's kind besides (commands.ts): directories for a directory, files for a file,
   * programs of a bin directory for a program ("the ____ command": /usr/sbin/sendmail among /usr/bin/mutt ...),
   * devices among devices and logs among logs ("/etc/fstab" among configuration files, not beside "/dev/sda3").
   */
  override wrongChoices(
    answer: CommandMention,
    sentence: string,
    page: number,
    random: () => number,
    count = 3,
  ): string[] {
    const directory = this.isDirectory(answer.name);
    const program = (name: string) => /(?:^|\/)s?bin$/u.test(parentOf(name));
    // Devices and the kernel's files ("/dev/sda3", "/proc/kcore") only among their own kind, and the other way;
    // logs too ("/var/log/apt/term.log" is no wrong choice for /etc/apt/preferences).
    const special = (name: string) => /^\/(?:dev|proc|sys|var\/log)(?=\/|$)/u.exec(name)?.[0] ?? '';
    return super
      .wrongChoices(answer, sentence, page, random, count * 4)
      .filter(
        (name) =>
          this.isDirectory(name) === directory &&
          program(name) === program(answer.name) &&
          special(name) === special(answer.name),
      )
      .slice(0, count);
  }

  /**
   * A relative "a/b" is a path only where the document names several under the same directory ("debian/rules",
   * "debian/control", "debian/copyright"); "time/date" or "input/output" once or twice are pairs of words. An
   * absolute path of one name ("/etc", "/tmp") is one only where the document names a path inside it too:
   * "32/bit" or "apt-get/apt-cache" broken at a line end leave "/bit" and "/apt-cache". And a path cut short
   * at the end of a line of a table ("/usr/share/appli" beside "/usr/share/applications/") is none.
   */
  isPath(mention: CommandMention): boolean {
    const names = this.#underRoot.get(mention.section);
    const name = mention.name.replace(/\/$/u, '');
    if (!names || cutShort(name, names) || placeholder(name) || /-\p{Lu}\p{Ll}+$/u.test(name)) return false;
    // "/etc/exim4/exim4.conf.templat", "/usr/share/doc/linux-doc-": seen only at the end of a line, and so
    // maybe cut there. (A directory written with its slash is whole.)
    if (!this.#whole.has(name) && !mention.name.endsWith('/')) return false;
    if (mention.section === '~') return true;
    if (mention.section === '/') return name.lastIndexOf('/') > 0 || [...names].some((n) => n.startsWith(`${name}/`));
    return names.size >= RELATIVE_FAMILY;
  }

  protected override offered(name: string): boolean {
    return this.isPath({ name, section: rootOf(name), start: 0, end: name.length });
  }
}

/** "/usr/share/appli" where "/usr/share/applications" is named too: its last name is the start of another's. */
function cutShort(name: string, names: ReadonlySet<string>): boolean {
  for (const other of names) {
    if (other.length > name.length && other.startsWith(name) && !other.startsWith(`${name}/`)) {
      // "/etc/apt/sources" of "/etc/apt/sources.list", "~/.bash_profi" of "~/.bash_profile"; not "/dev/sda" of
      // "/dev/sda1" (another device) nor "debian/source" of "debian/source/format".
      if (!/^\d/u.test(other.slice(name.length))) return true;
    }
  }
  return false;
}

/** A path that is a pattern to fill in, not one a system has: "/etc/alternatives/NOME", "~/.ssh/id_key-type-name". */
function placeholder(name: string): boolean {
  return (
    PLACEHOLDER.test(name) ||
    /(?:^|\/)(?:path\/to|caminho\/para|percorso\/d\p{L}*|chemin\/vers|pfad\/zu|ruta\/a)\//u.test(name)
  );
}

/**
 * "for example", "ad esempio", "ex.", "例えば" anywhere before the path: a device or a directory given as an
 * example ("une clé USB, par exemple /dev/sdb") is one of many that would do, so no answer is the right one.
 */
const EXAMPLE_BEFORE =
  /(?<!\p{L})(?:for example|for instance|e\.\s?g\.|i\.\s?e\.|par exemple|p\.\s?ex\.|zum Beispiel|z\.\s?B\.|beispielsweise|por ejemplo|p\.\s?ej\.|ad esempio|per esempio|ad es\.|per es\.|por exemplo|ex\.|например|напр\.|наприклад|π\.\s?χ\.)|例えば|たとえば|例如|比如|譬如|예를 들어/iu;

/** A device or a file supposed for the sake of an example ("Supponiamo che il disco sia /dev/hda", "と仮定します"). */
const SUPPOSED =
  /(?<!\p{L})(?:suppose|assume|let's say|supponiamo|si supponga|supponga|suponha|suponhamos|supposons|supposez|nehmen wir an|angenommen|supongamos|suponga|предположим|припустимо)(?!\p{L})|仮定|假设|假定|假如/iu;
/** "... ”/dev/sdc” 等のデバイス", "/dev/sda, etc.": one of several that would do. */
const EXAMPLE_AFTER = /^["'”’»」]*\s*(?:等|など|etc\.?|e così via|и т\.\s?д\.|usw\.)/u;

/** The text before a path opened a quotation that holds more than the path ("”sudo umount "). */
function insideQuotedText(before: string): boolean {
  const quotes = [...before.matchAll(/["“”„«»「」]/gu)];
  if (quotes.length % 2 === 0) return false;
  const last = quotes.at(-1)!;
  return before.slice(last.index + 1).trim() !== '';
}

/**
 * The one path of a sentence worth blanking: the sentence names exactly one path, that can be blanked (see
 * blankable: not an example, not in parentheses, not an item of a list), and the sentence around the blank
 * passes the rules of a stem (quality/stem-rules.ts), which refuse markup and so any other path. Null otherwise.
 */
export function askablePath(sentence: string, index: PathIndex): CommandMention | null {
  // Any absolute path counts as another ("en ”/proc” et ”/sys”"), known yet or not.
  const mentions = pathMentions(sentence).filter((m) => m.section === '/' || m.section === '~' || index.isPath(m));
  const [mention] = mentions;
  if (!mention || mentions.length !== 1 || !index.isPath(mention)) return null;
  if (!blankable(sentence, mention)) return null;
  const before = sentence.slice(0, mention.start);
  const after = sentence.slice(mention.end);
  if (EXAMPLE_BEFORE.test(before) || SUPPOSED.test(sentence) || EXAMPLE_AFTER.test(after)) return null;
  // Part of a command line in quotes ("”sudo umount /dev/hda”"), or of a pattern ("”/etc/init.d/rc[0-6].d”",
  // "”/var/lib/dpkg/info/*.md5sums”").
  if (insideQuotedText(before) || /^[[*{$?]/u.test(after)) return null;
  // Two sentences run together around it ("... ausgelöst. debian/changelog wird ...", "in /etc/X11/ Se si
  // vogliono ..."), or the path broken by a space ("/usr/share/doc/ doc-base/index.html"): no clean blank.
  if (/[.!?]["'”’»」]*\s*["'“”„«]*$/u.test(before) || /^["'”’»」]*\s+\p{Lu}/u.test(after)) return null;
  if (/^\s+[\w.-]+\//u.test(after)) return null;
  // Right after a program's manual reference ("参加 pam(7) 和 pam.d(5) /etc/nsswitch.conf"): cells of a table.
  if (/[\p{L}\d]\(\d\p{L}*\)\s*["'“”„«「]*$/u.test(before)) return null;
  // "Um exemplo de aparelho virtual é a consola, que é representada por /dev/console": a word of the sentence
  // that opens like the file's own name gives it away.
  const base = mention.name.replace(/\/$/u, '').split('/').pop() ?? '';
  const stem = `${before} ${after}`;
  if (base.length >= 4 && opensLike(stem, base.replace(/^\./u, ''), Math.max(4, base.length - 1))) return null;
  // (A word in place of the blank: its underscores are no symbols of garbled text.)
  return stemProblem(`${sentence.slice(0, mention.start)}path${sentence.slice(mention.end)}`) === null ? mention : null;
}
