// What the generator knows about the document so far, updated page by page as pages stream in (there is
// no pre-pass: the first question must not wait for the last page). It holds the document frequency of
// terms, the names met (so "Mendel" on page 9 is known as a person from "Gregor Mendel" on page 2), and
// per-kind pools of terms that distractors and false statements are drawn from. Pools are bounded, keeping
// the most recently seen terms, which are also the most likely to be on the same topic.

import { escapeRegExp } from '../escape-regexp.js';
import { stopWords } from './neutral/stop-words.js';
import type { NameMemory } from './proper-names.js';
import { isNumericKind, type Term, type TermKind } from './term.js';

/** Entries kept per kind; old ones are forgotten first. Bounds memory and distractor search on long documents. */
const POOL_LIMIT = 400;
/** A line of the title page longer than this is a sentence (an abstract), not a title. */
const MAX_TITLE_WORDS = 10;
/** Sentences remembered per term for `saysAlike`. */
const MAX_CONTEXTS = 40;
/** Content words two sentences must share to say the same of two terms. */
const MIN_SHARED_WORDS = 2;
/** A word in more than this share of the sentences read is the document's vocabulary, not a telling detail. */
const COMMON_WORD_SHARE = 0.03;
const ROMAN = /^[ivxlc]+$/;
/** From this many pages read, a term on half of them and met twice a page on them is the subject. */
const LONG_DOCUMENT_PAGES = 10;

export interface PoolEntry {
  kind: TermKind;
  key: string;
  display: string;
  /** Last name for people met with a full name, so "Darwin" can stand against "Newton". */
  surname?: string;
  shape: string;
  words: number;
  plural: boolean;
  value?: number;
  rarity: number;
  /** Occurrences so far. */
  count: number;
  /** A sentence has defined it (a noun phrase as the subject of "is a ...", "uses ..."): a term of the subject. */
  defined: boolean;
  lastPage: number;
}

export class TermStats implements NameMemory {
  #pages = 0;
  readonly #docFreq = new Map<string, number>();
  readonly #pools = new Map<TermKind, Map<string, PoolEntry>>();
  readonly #names = new Map<string, TermKind>();

  get pagesSeen(): number {
    return this.#pages;
  }

  kindOf(lowerName: string): TermKind | undefined {
    return this.#names.get(lowerName);
  }

  readonly #mentions = new Map<string, number>();

  /** Times the term was met so far; a person met by surname after a full name counts for the full name. */
  mentions(key: string): number {
    return this.#mentions.get(key) ?? 0;
  }

  /**
   * Whether the term is the document's subject: on nearly every page read (from three pages on), or on both of
   * the first two and met at least four times ("economics" in an excerpt on economics); in a long document, on
   * most pages and met again and again on them ("gnuplot" in its manual: on 190 of 286 pages, 656 times).
   */
  isSubject(key: string, display?: string): boolean {
    if (this.#subjectBy(this.docFreq(key), this.mentions(key))) return true;
    // Named by the title page ("gnuplot 5.4", "VESPA: Very large-scale ..."): the subject from page 1 on.
    if (display !== undefined && this.#titles.has(titleSubject(display))) return true;
    // "Gnuplot" opening a sentence is read as a name, "gnuplot" inside one as a noun: two keys, one word. Counted
    // as the word it is written, it is the subject whatever the tagger called it.
    if (display === undefined) return false;
    const word = this.#wordOf(display);
    return this.#subjectBy(this.#wordDocFreq.get(word) ?? 0, this.#wordMentions.get(word) ?? 0);
  }

  readonly #titles = new Set<string>();
  #product: string | undefined;

  /**
   * The program or system a manual's title names in one word ("gnuplot" of "gnuplot 5.4", "R" of "An Introduction
   * to R" and of "R Language Definition"), as the document mostly writes it (noteProductSpelling); undefined for a
   * title of a topic ("Artificial intelligence") or of several words.
   */
  get product(): string | undefined {
    const product = this.#product;
    if (product === undefined) return undefined;
    // A logo's word ("debian" on a cover) is written as the document writes it ("Debian").
    let best = product;
    let most = 0;
    for (const [form, count] of this.#productForms) {
      if (count > most) [best, most] = [form, count];
    }
    return best;
  }

  readonly #productForms = new Map<string, number>();

  /** Counts how a page writes the product's name, to name it as the document mostly does. */
  noteProductSpelling(text: string): void {
    const product = this.#product;
    // ("R": a letter alone stands for other things as well.)
    if (product === undefined || product.length < 3) return;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}._/-])${escapeRegExp(product)}(?![\\p{L}\\p{N}(/_-])`, 'giu');
    for (const [form] of text.matchAll(pattern)) this.#productForms.set(form, (this.#productForms.get(form) ?? 0) + 1);
  }

  /**
   * Notes the lines of the document's title page (its title, subtitle, authors), so that what the title names
   * is neither asked nor offered as a wrong choice: "____ is a portable command-line driven graphing utility"
   * in the gnuplot manual gives itself away. With `product`, the lines are a title page's front matter, whose
   * first line may name the program the document is about (see `product`).
   */
  noteTitle(lines: readonly string[], { product = false }: { product?: boolean } = {}): void {
    // Only a title page names the program (a page opening on a section's heading, "Caca", or an untitled page
    // opening on a word, does not).
    if (lines[0] !== undefined && product) this.#product ??= productName(lines[0]);
    for (const line of lines) {
      if (line.split(/\s+/u).length > MAX_TITLE_WORDS) continue;
      const subject = titleSubject(line);
      if (subject.length >= 1) this.#titles.add(subject);
    }
  }

  #subjectBy(on: number, mentions: number): boolean {
    const pages = this.#pages;
    if (pages >= LONG_DOCUMENT_PAGES && on / pages >= 0.5 && mentions >= 2 * on) return true;
    if (pages >= 3) return on / pages >= 0.9;
    return pages === 2 && on === 2 && mentions >= 4;
  }

  /**
   * What an abbreviation stands for, when the document spelled it out: "AI" in an article on artificial
   * intelligence is its subject under another name, on every page where the full name is not.
   */
  readonly #expansionOf: (short: string) => string | undefined;

  constructor({ expansionOf }: { expansionOf?: (short: string) => string | undefined } = {}) {
    this.#expansionOf = expansionOf ?? (() => undefined);
  }

  #wordOf(display: string): string {
    return wordOf(this.#expansionOf(display) ?? display);
  }

  readonly #wordDocFreq = new Map<string, number>();
  readonly #wordMentions = new Map<string, number>();

  /** Pages (seen so far) that contain the term. */
  docFreq(key: string): number {
    return this.#docFreq.get(key) ?? 0;
  }

  /** Up to `limit` terms of a kind, most recently seen first. */
  pool(kind: TermKind, limit = POOL_LIMIT): PoolEntry[] {
    const pool = this.#pools.get(kind);
    return pool ? mostRecentFirst(pool, limit) : [];
  }

  readonly #defined = new Set<string>();

  /** Whether a sentence so far defined the noun phrase `key`. */
  isDefined(key: string): boolean {
    return this.#defined.has(key);
  }

  /** Notes that a sentence defines the noun phrase `key`, so it is preferred as a wrong choice among terms. */
  markDefined(key: string): void {
    this.#defined.add(key);
    const entry = this.#pools.get('noun')?.get(key);
    if (!entry) return;
    entry.defined = true;
    // Re-inserted, so that the most recently defined come first.
    this.#definedEntries.delete(key);
    this.#definedEntries.set(key, entry);
  }

  /**
   * Noun phrases some sentence defined, most recently defined first: the wrong choices for a defined term. Kept
   * apart from the pool of all nouns, where the terms of a long document's early pages are soon out of reach.
   */
  definedPool(limit = POOL_LIMIT): PoolEntry[] {
    return mostRecentFirst(this.#definedEntries, limit);
  }

  readonly #definedEntries = new Map<string, PoolEntry>();

  /** For each term, the content words of the sentences it was met in (its own words left out). */
  readonly #contexts = new Map<string, { id: string; words: ReadonlySet<string> }[]>();
  /** In how many sentences each content word was met. */
  readonly #wordSentences = new Map<string, number>();
  #sentences = 0;

  /**
   * Notes what sentence `id` says around each of its terms: its content words (`words`, by token index), less
   * the term's own. Read by `saysAlike`, to keep out a wrong choice the document says the same of.
   */
  rememberContext(id: string, terms: readonly Term[], words: ReadonlyMap<number, string>): void {
    this.#sentences++;
    for (const word of new Set(words.values())) this.#wordSentences.set(word, (this.#wordSentences.get(word) ?? 0) + 1);
    for (const term of terms) {
      if (isNumericKind(term.kind)) continue;
      const key = this.#canonicalKey(term);
      const list = this.#contexts.get(key) ?? [];
      if (list.length >= MAX_CONTEXTS) continue;
      const own = new Set<string>();
      for (let i = term.start; i <= term.end; i++) if (words.has(i)) own.add(words.get(i)!);
      const around = new Set([...words.values()].filter((w) => !own.has(w)));
      list.push({ id, words: around });
      this.#contexts.set(key, list);
    }
  }

  /**
   * Of a sentence's content words, those that tell it apart: not a word of most of the document's sentences
   * ("airplane" in an airworthiness directive). Computed once per question, for `saysAlike`.
   */
  tellingWords(words: ReadonlySet<string>): Set<string> {
    const most = Math.max(3, COMMON_WORD_SHARE * this.#sentences);
    return new Set([...words].filter((w) => (this.#wordSentences.get(w) ?? 0) <= most));
  }

  /**
   * Whether a sentence other than `id` says of the term `key` what `telling` (see `tellingWords`) say: two or
   * more of them. "The flight control computer uses data from the AOA sensors" makes "flight control computer"
   * no wrong answer to "The ____ uses data from ... the angle of attack (AOA) sensors": it is true of both.
   */
  saysAlike(key: string, id: string, telling: ReadonlySet<string>): boolean {
    const contexts = this.#contexts.get(key);
    if (!contexts) return false;
    return contexts.some((c) => {
      if (c.id === id) return false;
      let shared = 0;
      for (const w of telling) if (c.words.has(w) && ++shared >= MIN_SHARED_WORDS) return true;
      return false;
    });
  }

  /** Records one page's terms; call before making that page's questions so they can use its terms. */
  addPage(page: number, terms: readonly Term[]): void {
    this.#pages++;
    const keys = new Set<string>();
    this.rememberNames(terms);
    for (const term of terms) {
      const key = this.#canonicalKey(term);
      keys.add(key);
      this.#mentions.set(key, (this.#mentions.get(key) ?? 0) + 1);
      this.#addToPool(term, key, page);
    }
    for (const key of keys) this.#docFreq.set(key, (this.#docFreq.get(key) ?? 0) + 1);
    const words = new Set<string>();
    for (const term of terms) {
      if (isNumericKind(term.kind)) continue;
      const word = this.#wordOf(term.display);
      words.add(word);
      this.#wordMentions.set(word, (this.#wordMentions.get(word) ?? 0) + 1);
    }
    for (const word of words) this.#wordDocFreq.set(word, (this.#wordDocFreq.get(word) ?? 0) + 1);
  }

  /** Learns the names among `terms` (call per sentence, so the rest of the page knows them too). */
  rememberNames(terms: readonly Term[]): void {
    for (const term of terms) this.#rememberName(term);
  }

  /** "Mendel" after "Gregor Mendel" is the same person: one pool entry, one document frequency. */
  #canonicalKey(term: Term): string {
    if (term.kind !== 'person' || term.words > 1) return term.key;
    return this.#fullNameOf.get(term.display.toLowerCase()) ?? term.key;
  }

  readonly #fullNameOf = new Map<string, string>();
  /** Full names as written, by surname: "Simon" -> "Herbert Simon". */
  readonly #fullNameShown = new Map<string, string>();

  /** The full name a surname stands for, as the document wrote it, when it named that person in full. */
  fullName(surname: string): string | undefined {
    return this.#fullNameShown.get(surname.toLowerCase());
  }

  #rememberName(term: Term): void {
    if (term.kind === 'noun' || term.kind === 'name' || !/\p{L}/u.test(term.text)) return;
    const lower = term.display.toLowerCase();
    if (!this.#names.has(lower)) this.#names.set(lower, term.kind);
    if (term.kind === 'person' && term.words > 1) {
      const surname = surnameOf(term.display);
      if (surname) {
        this.#names.set(surname.toLowerCase(), 'person');
        this.#fullNameOf.set(surname.toLowerCase(), term.key);
        if (!this.#fullNameShown.has(surname.toLowerCase()))
          this.#fullNameShown.set(surname.toLowerCase(), term.display);
      }
    }
  }

  #addToPool(term: Term, key: string, page: number): void {
    let pool = this.#pools.get(term.kind);
    if (!pool) {
      pool = new Map();
      this.#pools.set(term.kind, pool);
    }
    const existing = pool.get(key);
    if (existing) {
      existing.count++;
      existing.lastPage = page;
      // Re-insert so that iteration order stays "least recently seen first".
      pool.delete(key);
      pool.set(key, existing);
      return;
    }
    pool.set(key, {
      kind: term.kind,
      key,
      display: term.display,
      surname: term.kind === 'person' && term.words > 1 ? surnameOf(term.display) : undefined,
      shape: term.shape,
      words: term.words,
      plural: term.plural,
      value: term.value,
      rarity: term.rarity,
      count: 1,
      lastPage: page,
      defined: this.#defined.has(key),
    });
    // A defined term forgotten by the pool and met again: its new entry, with its new count, is the one to offer.
    if (this.#defined.has(key)) this.#definedEntries.set(key, pool.get(key)!);
    if (pool.size > POOL_LIMIT) pool.delete(pool.keys().next().value!);
  }
}

/** Up to `limit` values of an insertion-ordered map, the last inserted first. */
function mostRecentFirst<T>(map: ReadonlyMap<string, T>, limit: number): T[] {
  const all = [...map.values()];
  const out: T[] = [];
  for (let i = all.length - 1; i >= 0 && out.length < limit; i--) out.push(all[i]!);
  return out;
}

/** A term as the word it is written, whatever its kind: "Gnuplot" and "gnuplot" are one. */
function wordOf(display: string): string {
  return display.toLowerCase().replace(/\s+/gu, ' ');
}

function surnameOf(fullName: string): string | undefined {
  const parts = fullName.split(/\s+/).filter((p) => !ROMAN.test(p.toLowerCase()));
  return parts.length > 1 ? parts[parts.length - 1] : undefined;
}

/**
 * What a title line names, as written: the words before a colon or a dash, without an article, "An
 * Introduction to" and a version ("gnuplot 5.4" -> "gnuplot", "An Introduction to R" -> "R").
 */
function titleHead(line: string): string {
  return line
    .split(/\s*[:|–—]\s+|\s+-\s+/u)[0]!
    .replace(/^(?:an?|the)\s+/iu, '')
    .replace(/^(?:introduction|guide|notes|handbook|primer)\s+(?:to|on|for)\s+(?:the\s+)?/iu, '')
    .replace(/\s+(?:v(?:ersion)?\s?)?\d+(?:\.\d+)*$/iu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * What a title line names, lowercase: "gnuplot 5.4" -> "gnuplot", "VESPA: Very large-scale Evolutionary ..." ->
 * "vespa", "An Introduction to R" -> "r", "Artificial intelligence" -> "artificial intelligence".
 */
export function titleSubject(line: string): string {
  return titleHead(line).toLowerCase();
}

/** See TermStats.product: the title's head without the kind of document ("R Language Definition" -> "R"). */
export function productName(line: string): string | undefined {
  const name = titleHead(line)
    .replace(
      /\s+(?:language definition|reference manual|reference card|reference|manual|user['’]?s guide|user guide|handbook|documentation|tutorial|faq)$/iu,
      '',
    )
    .trim();
  // One word, a name's shape; a word in capitals is a heading's ("SPACETIME").
  if (!/^\p{L}[\p{L}\p{N}+._-]*$/u.test(name) || (name.length > 3 && name === name.toUpperCase())) return undefined;
  return name;
}

/**
 * What a document without a title opens on, when its page keeps naming it: "Economics focuses on the behaviour
 * ..." in an excerpt of an article, where "economics" stands on every other line. As a title would, it names
 * the subject, which is then neither asked ("it has commonly been called '____'") nor offered as a wrong choice.
 */
export function untitledSubject(text: string): string[] {
  const first = /^\s*(\p{Lu}[\p{Ll}-]{3,})(?![\p{L}])/u.exec(text)?.[1];
  // "This rule ...", "These ...": a function word opens many a page, and names nothing.
  if (!first || stopWords('en').has(first.toLowerCase())) return [];
  const again = text.match(new RegExp(`(?<![\\p{L}])${first}(?![\\p{L}])`, 'giu'))?.length ?? 0;
  return again >= SUBJECT_MENTIONS ? [first] : [];
}

/** Times the opening word of an untitled page is named on it to be its subject. */
const SUBJECT_MENTIONS = 4;
