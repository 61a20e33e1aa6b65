// Commands a technical document names the way manuals of every language do, with their manual section:
// "tail(1) 输出文件的末尾。", "La commande debdiff(1) permet aussi de comparer ...", "Use ls(1) to list ...". The
// mark is the same in any script, so the name has clean edges without a parser, and the other commands the
// document names are wrong choices of the same kind: "____ outputs the end of a file" among tail, sort, cut, diff.

import { escapeRegExp } from '../escape-regexp.js';
import { inParentheses, leaksAnswer, opensLike } from '../quality/blank-rules.js';
import { bracketsBalanced, withoutCrossReferences } from '../quality/stem-rules.js';
import { stopWords } from './neutral/stop-words.js';

/** A program named with its manual section: "tail(1)", "mount(8)", "who-uploads(1)", "crypt(3)". */
const REFERENCE = /(?<![\p{L}\p{N}_./$~-])([a-z][a-z0-9_.+-]{0,38}[a-z0-9+])\(([1-9])[a-z]{0,3}\)/gu;

export interface CommandMention {
  name: string;
  /** Manual section: "1" user commands, "8" administration, "3" library functions, ... */
  section: string;
  /** Offsets in the text searched (end exclusive), the section mark included. */
  start: number;
  end: number;
}

/** Every "name(N)" of a text, in order. */
export function commandMentions(text: string): CommandMention[] {
  return [...text.matchAll(REFERENCE)].map((m) => ({
    name: m[1]!,
    section: m[2]!,
    start: m.index,
    end: m.index + m[0].length,
  }));
}

interface Known {
  section: string;
  /** Pages it was named on, in order. */
  pages: number[];
  /** Words of the lines it was named on (see topicWords): what the document says it is for. */
  words: Set<string>;
  /** Lists of programs it is an item of (see CommandIndex.observe). */
  lists: Set<number>;
}

/** What may stand before the program that opens an item of a list: a bullet, a dash, a number. */
const LIST_ITEM = /^[\s•◦▪▸·*+\-–—\d.)]*$/u;

/**
 * A kind of name an index keeps: how to find it in a text, which of those found to keep, and the family a name
 * belongs to. Programs by default; files and directories (paths.ts) are kept the same way.
 */
export interface MentionKind {
  find(text: string): CommandMention[];
  keep(mention: CommandMention): boolean;
  /** The prefix a family shares ("dh" of dh_make, "debian" of debian/rules), or "" for none. */
  familyOf(name: string): string;
  /** Wrong choices only of the key's section (a relative path never beside an absolute one). */
  sameSectionOnly: boolean;
  /** Names the text's words make of this kind without its own mark ("la commande dh_make"), to learn from. */
  introduced?(text: string): CommandMention[];
}

/** Programs named with their manual section. */
export const PROGRAMS: MentionKind = {
  find: commandMentions,
  keep: (m) => PROGRAM_SECTIONS.has(m.section),
  familyOf,
  sameSectionOnly: false,
  introduced: commandWordMentions,
};

/**
 * A word for a command before a bare name: "la commande dh_make", "der Befehl dch", "il comando udpkg". Not
 * English "command", which a verb or a noun follows as often ("the command prints ...", "command options").
 */
const COMMAND_BEFORE = /(?<![\p{L}])(?:commande|Befehl|Kommando|comando|команд[аеуыой]|команду)\s+["'«“„]?$/iu;
/**
 * The same after it: "make-kpkg 命令", "dpkg コマンド". Not English "command", which an adjective stands before as
 * often ("an analogous command", "a similar command").
 */
const COMMAND_AFTER = /^["'»”]?\s*(?:命令|コマンド)/u;

/**
 * Bare names a word for a command stands beside ("La commande debuild ...", "make-kpkg 命令"): programs, though
 * the document gave them no manual section. The index learns them (see CommandIndex.observe).
 */
function commandWordMentions(text: string): CommandMention[] {
  const out: CommandMention[] = [];
  for (const m of text.matchAll(BARE_NAME)) {
    const end = m.index + m[0].length;
    // A file ("broken-package_old-version.deb 命令") or a pattern ("override_dh_toto") is no program's name.
    if (m[0].includes('.') || PLACEHOLDER.test(m[0])) continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    // "make-kpkg 命令", but not "git pull 命令": a subcommand of the name before.
    const subcommand = /[a-z0-9_+-]\s+$/u.test(before);
    if (COMMAND_BEFORE.test(before) || (COMMAND_AFTER.test(text.slice(end)) && !subcommand)) {
      out.push({ name: m[0], section: '1', start: m.index, end });
    }
  }
  return out;
}

/** A name that cannot be a word: "dh_make", "dpkg-buildpackage", "g++". */
const IDENTIFIER = /[-_+\d]/u;

/**
 * Words of a name that stand for one to fill in ("/etc/alternatives/NOME", "/dev/partition_name", "/path/to/x",
 * "override_dh_toto"): a pattern, not a name a system has. (Paths too, see paths.ts.)
 */
export const PLACEHOLDER =
  /(?:^|[/_-])(?:(?!README|NEWS|COPYING|TODO|AUTHORS|INSTALL|CHANGELOG|CHANGES|LICENSE|DEBIAN|EFI|BOOT)\p{Lu}{3,}|name|nome|nom|path|to|version|versione|versão|partition|partizione|partição|program|programma|programa|package|paquet|pacchetto|pacote|paket|user|utente|usuário|foo|bar|baz|toto|titi|tata|hoge)(?=$|[/_.-])/u;
/**
 * Endings of adjectives and participles, which follow a word for a command as often as a name does ("la
 * commande précédente", "el comando indicado", "der Befehl ausgeführte").
 */
const ADJECTIVE_ENDING =
  /(?:antes?|entes?|ants?|ée|ées|és|ados?|adas?|idos?|idas?|ato|ata|ati|iert|ierte|ende[nrs]?|ives?|ifs?|elles?|ales?|aux|iques?|aires?|able|ible)$/u;
/** Languages whose function words no program is named like ("la commande pour ...", "il comando per ..."). */
const FUNCTION_WORD_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'ru'];
/** Times a plain name (letters only) stands beside a word for a command before it counts as a program. */
const PLAIN_NAME_SIGHTINGS = 2;

/** The commands a document has named so far, from every page (tables and lists of commands included). */
export class CommandIndex {
  readonly #kind: MentionKind;
  readonly #known = new Map<string, Known>();
  /** For each topic word, the programs whose lines have it: a word beside most programs tells no task. */
  readonly #spread = new Map<string, number>();

  /** Lists of programs seen so far (the last one's number). */
  #lists = 0;
  /** Plain names seen beside a word for a command so far, not yet learned (see #learns). */
  readonly #sightings = new Map<string, number>();
  /**
   * Programs known only from a word for a command ("la commande debuild"), never with a section. Any program is
   * a wrong choice beside one of them, but they are none beside a program named with its section, and their
   * lines count only in #spreadAll: a manual's programs named with their section are asked as they were.
   */
  readonly #learned = new Set<string>();
  /** #spread with the lines of learned programs too (see #learned). */
  readonly #spreadAll = new Map<string, number>();

  constructor(kind: MentionKind = PROGRAMS) {
    this.#kind = kind;
  }

  /** Notes the commands a page names. */
  observe(text: string, page: number): void {
    const found = this.#kind.find(text).filter((m) => this.#kind.keep(m));
    const introduced = (this.#kind.introduced?.(text) ?? []).filter(
      (m) => !found.some((f) => f.start <= m.start && m.start < f.end) && this.#learns(m.name),
    );
    this.#record(text, page, found, introduced);
  }

  /** Notes the mentions of `text`: the pages, lists and lines they stand on. */
  #record(text: string, page: number, found: CommandMention[], introduced: CommandMention[]): void {
    // A run of lines that each open on a program ("– cat(1) 连接文件...", "– tac(1) ...") is a list the
    // document made of programs of one kind; a line that does not ("• 默认使用基础正则表达式：") ends it.
    let list = 0;
    let lastItemLine = -2;
    // Line numbers counted on from one mention to the next: the page is read once.
    let line = 0;
    let counted = 0;
    for (const m of [...found, ...introduced].sort((a, b) => a.start - b.start)) {
      const learned = introduced.includes(m);
      const from = text.lastIndexOf('\n', m.start) + 1;
      for (let i = text.indexOf('\n', counted); i >= 0 && i < from; i = text.indexOf('\n', i + 1)) line++;
      counted = from;
      if (LIST_ITEM.test(text.slice(from, m.start))) {
        if (line !== lastItemLine + 1) list = ++this.#lists;
        lastItemLine = line;
      } else if (line !== lastItemLine) list = 0;
      let known = this.#known.get(m.name);
      if (!known) {
        known = { section: m.section, pages: [page], words: new Set(), lists: new Set() };
        this.#known.set(m.name, known);
        if (learned) this.#learned.add(m.name);
      } else if (known.pages.at(-1) !== page) known.pages.push(page);
      // Named with its section at last: a program like the others from now on.
      if (!learned && this.#learned.delete(m.name)) known.section = m.section;
      if (list && line === lastItemLine) known.lists.add(list);
      // The line it stands on: a row of a table of commands ("tail(1) 输出文件的末尾"), or a sentence about it.
      const to = text.indexOf('\n', m.end);
      for (const w of this.#topicWords(text.slice(from, to < 0 ? text.length : to))) {
        if (known.words.size >= MAX_TOPIC_WORDS || known.words.has(w)) continue;
        known.words.add(w);
        this.#spreadAll.set(w, (this.#spreadAll.get(w) ?? 0) + 1);
        if (!this.#learned.has(m.name)) this.#spread.set(w, (this.#spread.get(w) ?? 0) + 1);
      }
    }
  }

  /**
   * Whether a bare name a word for a command stands beside is a program's: one that cannot be a word
   * ("dh_make"), one learned already, or a plain one seen so twice ("debuild"), that is no function word and
   * does not end like an adjective ("la commande suivante", "la commande précédente"). Not one the document
   * named with its section: it is known as such.
   */
  #learns(name: string): boolean {
    if (this.#known.has(name)) return this.#learned.has(name);
    if (IDENTIFIER.test(name)) return true;
    if (ADJECTIVE_ENDING.test(name) || FUNCTION_WORD_LANGUAGES.some((l) => stopWords(l).has(name))) return false;
    const seen = (this.#sightings.get(name) ?? 0) + 1;
    this.#sightings.set(name, seen);
    return seen >= PLAIN_NAME_SIGHTINGS;
  }

  /** The text's topic words, its names of this kind left out ("/usr/local/bin" says nothing of a task). */
  #topicWords(text: string): Set<string> {
    let plain = text;
    for (const m of this.#kind.find(text).reverse()) plain = `${plain.slice(0, m.start)} ${plain.slice(m.end)}`;
    return topicWords(plain);
  }

  get size(): number {
    return this.#known.size;
  }

  /** Whether a name kept may be offered as a wrong choice (all may, unless a kind says otherwise). */
  protected offered(_name: string): boolean {
    return true;
  }

  /** The name is known, with its section or from a word for a command. */
  has(name: string): boolean {
    return this.#known.has(name);
  }

  /** The manual section the document gave the program ("1" for one a word for a command introduced). */
  sectionOf(name: string): string | undefined {
    return this.#known.get(name)?.section;
  }

  /**
   * Up to `count` commands to offer beside `answer`, those named nearest to `page` first: the same page or its
   * neighbours are about the same task (systemd-journald, named on the page of logrotate, rather than the
   * printing tools of the chapter before). A program named on many pages (mount, aptitude, ls) is of every topic
   * and comes later, as do one of another section and, for a key of a family (dh_installexamples, gbp-dch), one
   * outside it; one named together with the key on other pages too (ps and top beside kill, rather than the
   * sensible-* helpers of kill's page only) comes sooner, and so does one whose lines share words with the
   * key's sentence (stat, named beside "时间戳", for touch's "修改已存在文件的时间戳"), or, at half weight, with
   * the key's own lines elsewhere; an item of a list the key is an item of comes first of all (the document
   * grouped them: "– ed(1) ... – sed(1) ... – grep(1) ..."), and for a key of a family (dh_make, gbp-dch) one
   * of the family. Never one that the sentence names, nor one that contains the answer or is contained in it
   * ("grep" and "egrep" both match a pattern), nor a variant of it ("mke2fs" of "mkfs"). Programs known only
   * from a word for a command ("la commande debuild") are offered only beside such a key. The order among
   * equally near ones comes from `random`.
   */
  wrongChoices(answer: CommandMention, sentence: string, page: number, random: () => number, count = 3): string[] {
    // A learned key takes every program as its kind; a key named with its section only those named so too.
    const learnedKey = this.#learned.has(answer.name);
    const spread = learnedKey ? this.#spreadAll : this.#spread;
    const population = learnedKey ? this.#known.size : this.#known.size - this.#learned.size;
    // "dpkg-source" and "dpkgsource" (a misprint of it) are one name.
    const bare = (n: string) => n.replace(/[-_.+]/gu, '');
    const related = (a: string, b: string) =>
      bare(a).includes(bare(b)) || bare(b).includes(bare(a)) || variant(bare(a), bare(b));
    const named = new Set(this.#kind.find(sentence).map((m) => m.name));
    const words = new Set(sentence.toLowerCase().split(/[^\p{L}\p{N}_.+-]+/u));
    const familyOf = this.#kind.familyOf;
    const family = familyOf(answer.name);
    // A word tells as much as it is rare among the programs' lines (in bits): "文件" (file) and "命令" (command)
    // stand beside most of them and tell nothing, "时间戳" (timestamp) beside two.
    const telling = (w: string) => Math.log2((population + 1) / ((spread.get(w) ?? 0) + 1));
    const topic = new Set(
      [...this.#topicWords(sentence.slice(0, answer.start) + sentence.slice(answer.end))].filter(
        (w) => telling(w) >= MIN_TELLING_BITS,
      ),
    );
    // The key's own lines say more of its task than one sentence: "mount" is named beside "文件系统" (file
    // system) and "设备" (device) on its other lines too; half weight, as they may be about something else.
    const keyWords = [...(this.#known.get(answer.name)?.words ?? [])].filter(
      (w) => !topic.has(w) && telling(w) >= MIN_TELLING_BITS,
    );
    const task = (k: Known) =>
      Math.min(
        MAX_TOPIC_BITS,
        [...topic].filter((w) => k.words.has(w)).reduce((sum, w) => sum + telling(w), 0) +
          KEY_LINES_SHARE * keyWords.filter((w) => k.words.has(w)).reduce((sum, w) => sum + telling(w), 0),
      );
    const answerLists = this.#known.get(answer.name)?.lists ?? new Set<number>();
    const answerPages = new Set(this.#known.get(answer.name)?.pages ?? [page]);
    const pool = [...this.#known.entries()]
      .filter(([name]) => this.offered(name) && !related(name, answer.name) && !named.has(name) && !words.has(name))
      .filter(([, k]) => !this.#kind.sameSectionOnly || k.section === answer.section)
      .filter(([name]) => learnedKey || !this.#learned.has(name))
      .map(([name, k]) => ({
        name,
        k,
        task: task(k),
        kin: family !== '' && familyOf(name) === family,
        listed: [...k.lists].some((l) => answerLists.has(l)),
        near: Math.min(...k.pages.map((p) => Math.abs(p - page))),
      }))
      // Of the key's kind, as far as the document tells: of its family or its list, named nearby beside a word
      // of the key's, or anywhere beside several. Others are of another task (ssh and gedit beside gettext, the
      // only translation tool its chapter names), which gives the key away: without three, no question.
      .filter((c) => c.kin || c.listed || c.task >= KIND_BITS || (c.near <= NEAR_PAGES && c.task >= NEAR_BITS))
      .map(({ name, k, task, kin, listed, near }) => ({
        name,
        order:
          near +
          FREQUENT_WEIGHT * Math.log2(k.pages.length) +
          (k.section === answer.section ? 0 : OTHER_SECTION) +
          (family && !kin ? OTHER_FAMILY : 0) -
          TOGETHER_WEIGHT * k.pages.filter((p) => p !== page && answerPages.has(p)).length -
          (listed ? LISTED_WEIGHT : 0) -
          TOPIC_WEIGHT * task +
          random(),
      }))
      .sort((a, b) => a.order - b.order);
    const out: string[] = [];
    for (const { name } of pool) {
      if (out.length >= count) break;
      if (!out.some((o) => related(o, name))) out.push(name);
    }
    return out;
  }
}

/** Pages of distance a program's spread over the document weighs, per doubling of the pages it is named on. */
const FREQUENT_WEIGHT = 3;
/** Pages of distance made up for by each other page that names a program together with the key. */
const TOGETHER_WEIGHT = 8;
/** Bits of shared words that make a program one of the key's kind wherever it is named. */
const KIND_BITS = 8;
/** Bits of shared words (one telling word) that do for a program named within a few pages of the key. */
const NEAR_BITS = 1.5;
/** Pages from the key's within which one telling word is enough. */
const NEAR_PAGES = 3;
/** Pages of distance made up for by an item of a list the key is an item of (programs the document grouped). */
const LISTED_WEIGHT = 16;
/** Pages of distance made up for by each bit the words a program's lines share with the key's sentence tell. */
const TOPIC_WEIGHT = 1.5;
/** Most bits counted: a dozen, three or four rare words. */
const MAX_TOPIC_BITS = 12;
/** Weight of a word the key's other lines share with a program, against one of the sentence itself. */
const KEY_LINES_SHARE = 0.5;

/** A word beside more than half the programs tells nothing (less than one bit). */
const MIN_TELLING_BITS = 1;
/** Words kept per program: enough for its rows and first sentences, bounded for a manual that names it often. */
const MAX_TOPIC_WORDS = 200;
/** Function words of the languages manuals are most often written in, which say nothing of a task. */
const FUNCTION_WORDS = new Set(['en', 'fr', 'de', 'es', 'it', 'pt', 'ru'].flatMap((l) => [...stopWords(l)]));

/** Characters that make a pair of Han characters a function word or a piece of two words ("的文", "可以", "用于"). */
const FUNCTION_HAN = /[的了是在和与及或也都而这那个之为以于其把被将从就着过们]/u;

/**
 * The words of a text that say what it is about: pairs of adjacent Han characters (Chinese and Japanese have no
 * spaces, and two characters are mostly a word or part of one: 文件, 时间), and in other scripts words of four
 * letters or more that are no function words, in lowercase. Program names are left out.
 */
export function topicWords(text: string): Set<string> {
  const out = new Set<string>();
  const plain = text.replace(REFERENCE, ' ');
  for (const run of plain.match(/[\p{Script=Han}]{2,}/gu) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) {
      const pair = run.slice(i, i + 2);
      if (!FUNCTION_HAN.test(pair)) out.add(pair);
    }
  }
  for (const word of plain.toLowerCase().match(/\p{L}{4,}/gu) ?? []) {
    if (!/\p{Script=Han}/u.test(word) && !FUNCTION_WORDS.has(word)) out.add(word);
  }
  return out;
}

/** Pages of distance weighed by another manual section (a user command against an administration one). */
const OTHER_SECTION = 4;
/** Pages of distance weighed by a name outside the key's family. */
const OTHER_FAMILY = 20;

/** Sections of the manual that hold programs: user commands, games, administration. */
const PROGRAM_SECTIONS = new Set(['1', '6', '8']);

/**
 * Words before a reference that send the reader to a manual rather than say what the command does, or give it
 * as an example of something else ("like bash(1)", "如 sources.list(5)").
 */
const SEE_BEFORE =
  /\b(?:see|read|found in|given in|refer to|consult|cf\.?|like|such as|e\.g\.|(?:as\s+)?(?:described|explained|documented|detailed)\s+in|(?:comme\s+)?(?:décrit|expliqué|documenté)e?s?\s+dans|wie\s+(?:in|unter)|beschrieben\s+in|(?:como\s+se\s+)?(?:describe|explica)\s+en|voir|voyez|consultez|consulter|comme|par exemple|siehe|vgl\.?|wie|z\. ?B\.|véase|vea|consulte|como|por ejemplo|vedi|vedere|come|veja|zie|см\.?|див\.?|βλ\.?)(?:\s+[^\s.!?]+){0,3}\s*$/iu;
/** The same in scripts without spaces: right before the reference ("参见 bash(1)", "如 sources.list(5)"). */
const SEE_BEFORE_UNSPACED =
  /(?:参见|参阅|参考|请参阅|請參閱|参照|參見|詳見|详见|查看|見|见|如|例如|就像|比如|참조|참고)\s*$/u;
/** "____ を参照下さい", "详细信息 ____ 参照": Japanese and Korean put "see" after the name, at the end of the clause. */
const SEE_AFTER = /^(?:[^。！？.!?]|\.(?=\d))*?(?:を?参照|をご覧|참조|참고)/u;
/** A reference that names the manual page itself ("la page de manuel debhelper(7)", "the manual page ls(1)"). */
const MANUAL_BEFORE =
  /(?:page de manuel|pages de manuel|man ?pages?|manual pages?|Handbuchseiten?|página de manual|手册页|手冊頁|マニュアル)\s*$/iu;
/** "the apt-get(8) manual page", "dpkg(1) のマニュアル": the manual, not the program. */
const MANUAL_AFTER = /^\s*(?:manual page|man ?page|manpage|page de manuel|Handbuchseite|手册页|手冊頁|のマニュアル)/iu;
/**
 * Words that point to text around the sentence which the stem rules (quality/stem-rules.ts) leave to other
 * questions: "here", "another", "以上"; "above", "ci-dessus", "上述" and "这里" they refuse for every question.
 */
const CONTEXT_WORDS =
  /另一|其他的|以上|以下|(?<![\p{L}])(?:here|another|ici|hier|aquí|arriba|abajo|qui|sopra|aqui|acima)(?![\p{L}])/iu;
/** A superlative ("the most", "最", "le plus"): with little else said it needs its scope from the text before. */
const SUPERLATIVE = /最|(?<![\p{L}])(?:most|best|le plus|la plus|am meisten|am besten|más|il più|mais)(?![\p{L}])/iu;
/** Marks of a list: another item right next to the reference ("cp(1) 和 mv(1)", "cut, sort et tail"). */
const LIST_MARK = /^[\s]*(?:[,、，/]|和|与|或|et|and|und|y|e|ou|or|oder|o|и|или|або|και|ή)\s/u;
/** The same before it ("sort et tail(1)", "”/proc” e ”/sys”"). */
const LIST_BEFORE = /(?:[,、，/]|\s(?:and|et|und|y|e|or|ou|oder|o|и|или|або|και|ή))\s*$/u;

/**
 * The one command of a sentence worth blanking: the sentence names exactly one program with its section, not in
 * parentheses, not as a manual to read ("see bash(1)"), not as one item of a list; and the rest of the sentence
 * is long enough to say what it does. Null otherwise.
 */
export function askableCommand(sentence: string, index: CommandIndex): CommandMention | null {
  const mentions = [...commandMentions(sentence), ...classedMentions(sentence, index)];
  const [mention] = mentions;
  if (!mention || mentions.length !== 1 || !PROGRAM_SECTIONS.has(mention.section)) return null;
  // A known command named bare beside it ("dpkg-deb(1) and dpkg-query") makes two answers. Only names that
  // cannot be words ("apt-get", "dh_make"): "last", "sort" and "make" are commands and words alike.
  const others = sentence
    .toLowerCase()
    .split(/[^\p{L}\p{N}_.+-]+/u)
    .filter((w) => w !== mention.name && /[-_.+\d]/u.test(w) && index.has(w));
  if (others.length > 0) return null;
  return blankable(sentence, mention) ? mention : null;
}

/**
 * The one name of a sentence can be blanked: not in parentheses, not as a manual to read or an example ("see
 * bash(1)", "such as /etc"), not as one item of a list, not named again, and the rest of the sentence is long
 * enough to say what it is for. (Programs and files alike.)
 */
export function blankable(sentence: string, mention: CommandMention): boolean {
  if (inParentheses(sentence, mention.start, mention.end)) return false;
  const before = sentence.slice(Math.max(0, mention.start - 40), mention.start);
  if (SEE_BEFORE.test(before) || SEE_BEFORE_UNSPACED.test(before) || MANUAL_BEFORE.test(before)) return false;
  const after = sentence.slice(mention.end);
  if (MANUAL_AFTER.test(after) || SEE_AFTER.test(withoutCrossReferences(after))) return false;
  // "在 perl(1) 例子中, ...", "In the sed(1) example, ...": the sentence is about an example, not the program.
  if (/^\s*(?:例子|示例|例|examples?|exemples?|Beispiele?|ejemplos?|esempi[oa]?)(?![\p{Ll}])/iu.test(after))
    return false;
  // "sort(1) 的字符排序 ...", "ls(1)'s output": the sentence is about something of the program's.
  if (/^\s*(?:的|の|['’]s\b)/u.test(after)) return false;
  // A line of a list of programs ("gbp-buildpackage(1) : construire ... ; — git-pbuilder() : ...") is no statement.
  if (/[\p{L}\d]\(\)|\s[—–]\s/u.test(sentence)) return false;
  // A sentence cut inside an aside ("例如，在使用 diff3(1) 移植两个 ... 文件后.)") is no statement.
  if (!bracketsBalanced(sentence)) return false;
  // (Quotes around the name do not hide a list: "en ”/proc” e ”/sys”".)
  const unquotedAfter = after.replace(/^["'”’»」)]+/u, '');
  const unquotedBefore = before.replace(/["'“”„«「(]+$/u, '');
  if (LIST_MARK.test(unquotedAfter) || LIST_BEFORE.test(unquotedBefore)) return false;
  // "gzipped tar(1) 归档器用于扩展名是 .tar.gz 的文件": the name stands in the rest of the sentence.
  const stem = `${sentence.slice(0, mention.start)}____${sentence.slice(mention.end)}`;
  const again = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(mention.name)}(?![\\p{L}\\p{N}])`, 'iu');
  if (again.test(stem) || leaksAnswer(stem, mention.name)) return false;
  // "restart smartmontools ... the ____ daemon": a word of the stem that opens like the name gives it away.
  if (mention.name.length >= 4 && opensLike(stem, mention.name, Math.max(4, mention.name.length - 1))) return false;
  // "make-kpkg ... kernel-package": the name abbreviates a compound of the stem.
  if (abbreviates(stem, mention.name)) return false;
  // "____ (oder seine Kurzform m-a)": the stem gives the name's short form, its initials (module-assistant).
  const separator = /[-_]/u.exec(mention.name)?.[0];
  if (separator) {
    const initials = mention.name
      .split(separator)
      .map((part) => part[0] ?? '')
      .join(separator);
    if (new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(initials)}(?![\\p{L}\\p{N}])`, 'iu').test(stem)) return false;
  }
  // "énumérés ici", "另一种数值模式", "described above": the sentence leans on what is around it.
  if (CONTEXT_WORDS.test(sentence)) return false;
  // What is left must say something: "____ 输出文件的末尾。" (9 characters), "La commande ____ crée quelques ...".
  const rest = (sentence.slice(0, mention.start) + sentence.slice(mention.end)).replace(/[\s\p{P}]+/gu, ' ').trim();
  const ideographs = (rest.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? [])
    .length;
  const words = rest.split(' ').filter((w) => /\p{L}/u.test(w)).length;
  // "____ 是最基础的方法", "____ is the most basic method": best at what, the sentence before said.
  if (SUPERLATIVE.test(rest) && ideographs < 14 && words < 9) return false;
  return ideographs >= 6 || words >= 5;
}

/**
 * A part of `name` (of a path, of its last name) opens with the initials of a compound word of `stem` ("kpkg" of
 * make-kpkg and "kernel-package", "dpkg" and "debian-package"): the name abbreviates it, which gives the answer
 * away.
 */
function abbreviates(stem: string, name: string): boolean {
  // Of a path, its last name only ("/etc/apt/preferences" abbreviates nothing of "apt-pinning").
  const parts = (name.toLowerCase().split('/').at(-1) ?? '').split(/[-_.+]/u).filter((p) => p.length >= 3);
  for (const compound of stem.toLowerCase().match(/[\p{L}\d]+(?:[-_][\p{L}\d]+)+/gu) ?? []) {
    const initials = compound
      .split(/[-_]/u)
      .map((w) => w[0])
      .join('');
    if (parts.some((p) => p.startsWith(initials) && p !== compound.replace(/[-_]/gu, ''))) return true;
  }
  return false;
}

/** A word for a program before its bare name: "la commande dh_make", "the program lintian", "der Befehl dpkg". */
const CLASS_BEFORE =
  /(?<![\p{L}])(?:command|program|utility|tool|daemon|commande|programme|utilitaire|outil|démon|Befehl|Kommando|Programm|Werkzeug|comando|programa|herramienta|utilidad|programma|strumento|ferramenta)\s+$/iu;
/** The same after it: "the tar command", "aptitude 命令", "debhelper 工具". */
const CLASS_AFTER =
  /^\s*(?:(?:command|program|utility|tool|daemon)(?![\p{L}])|命令|程序|工具|指令|コマンド|プログラム)/iu;
/** An English word before a name that describes what follows it rather than pointing to it. */
const DESCRIBED =
  /(?<![\p{L}])(?!(?:the|a|an|this|that|these|those|its|their|each|every|many|some|any|other|of|by|with|for|to|in|on|from|and|or|use|using|run|running|call|calling)\s)[a-z]+\s+$/u;
/** A bare word that may be a program's name. */
const BARE_NAME = /(?<![\p{L}\p{N}_./$~-])[a-z][a-z0-9_.+-]{0,38}[a-z0-9+](?![\p{L}\p{N}_(/-])/gu;

/**
 * Programs the document named with their section, named here bare beside a word for a program: "La commande
 * dh_make crée ...", "aptitude 命令有时候会 ...". Without that word a bare "last" or "sort" is as often a word.
 */
function classedMentions(sentence: string, index: CommandIndex): CommandMention[] {
  const out: CommandMention[] = [];
  for (const m of sentence.matchAll(BARE_NAME)) {
    const section = index.sectionOf(m[0]);
    if (!section) continue;
    const end = m.index + m[0].length;
    const before = sentence.slice(Math.max(0, m.index - 20), m.index);
    if (!CLASS_BEFORE.test(before) && !CLASS_AFTER.test(sentence.slice(end))) continue;
    // "a shell script program": a word of letters after a describing word is that word's compound, not a name.
    if (!CLASS_BEFORE.test(before) && /^\p{L}+$/u.test(m[0]) && DESCRIBED.test(before)) continue;
    out.push({ name: m[0], section, start: m.index, end });
  }
  return out;
}

/**
 * Two names of four letters or more, one the other with a letter or two put in ("mkfs" and "mke2fs", "fsck"
 * and "fsck2"): mostly one program's variants, which do its task as well.
 */
function variant(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4 || long.length - short.length > 2) return false;
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/** The prefix a family of programs shares ("dh" of dh_installexamples, "gbp" of gbp-dch), or "" for a plain name. */
function familyOf(name: string): string {
  return /^([a-z0-9]+)[-_]/u.exec(name)?.[1] ?? '';
}
