// Technical writing in Greek, Ukrainian, Arabic, Hebrew or Korean names its protocols, file systems and
// standards by their acronyms in Latin letters: "Το DHCP επιτρέπει τον προσδιορισμό ενός ονόματος αρχείου.",
// "Таким чином, монтування на різних серверах NFS виконуватимуться паралельно." Such a word does not inflect
// with the sentence around it, so another acronym fits its blank as well, and the document's own supply the
// wrong choices: a question that needs no parser of the language.

/** Units and Roman numerals, which are no terms ("512 MB", "Debian II", "Louis XIV"; "LVM" and "CD" are). */
const NOT_TERMS = /^(?:[KMGTPE]i?B|[KMG]?Hz|[KMG]bps|[IVX]+)$/u;

/**
 * Whether a word is an acronym: "DHCP", "NTFS", "RAID5"; not "IPv6", nor "HOME", an English word in capitals,
 * which `isWord` tells. (Not a capitalized word, "Windows", "Debian", "Less" opening a sentence, which is as
 * often a person, a language or the document's subject, nor an identifier in camel case, "TaskApp",
 * "handleClick", as often a name made up for an example.)
 */
export function isAcronym(word: string, isWord: (lower: string) => boolean = () => false): boolean {
  if (NOT_TERMS.test(word) || !/^[A-Z][A-Z0-9]{1,7}$/u.test(word) || !/[A-Z].*[A-Z]/u.test(word)) return false;
  return /\d/u.test(word) || !isWord(word.toLowerCase());
}

/** An acronym standing alone in a sentence of another script, with its offsets in the sentence. */
export interface AcronymMention {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /\S+/gu;
/** Punctuation that may stand around a word without being part of it. */
const PUNCTUATION_AROUND = /^([«"“„'‚‘]*)(.*?)([»"”“'’,.;:!?،؛؟]*)$/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * The acronyms a sentence written mostly in another script names, each standing alone: not beside another
 * Latin word ("Mail Transfer Agent (MTA)", "ISC dhcpd" name one thing together), not in brackets (spelled out
 * beside its words), nor part of a path, an address, an option or a program with its manual section.
 */
export function acronymsIn(sentence: string, isWord?: (lower: string) => boolean): AcronymMention[] {
  const letters = sentence.match(/\p{L}/gu)?.length ?? 0;
  const latin = sentence.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (letters === 0 || latin * 2 >= letters) return [];
  const tokens = [...sentence.matchAll(TOKEN)];
  const out: AcronymMention[] = [];
  for (const [i, token] of tokens.entries()) {
    const [, before = '', core = '', after = ''] = PUNCTUATION_AROUND.exec(token[0]) ?? [];
    if (!isAcronym(core, isWord) || after.includes('(')) continue;
    if ([tokens[i - 1]?.[0] ?? '', tokens[i + 1]?.[0] ?? ''].some((n) => LATIN.test(n))) continue;
    const start = token.index + before.length;
    out.push({ text: core, start, end: start + core.length });
  }
  return out;
}

/** The words around an acronym that tell what kind of thing it is ("πρωτόκολλο", "файлова система"), by stem. */
const AROUND_WORDS = 3;

/**
 * A crude stem of a word of an inflected language, enough to match its forms: its first five letters, without
 * accents or vowel marks ("πρωτόκολλο", "πρωτοκόλλου"), nor the Arabic article or "and" before it.
 */
function stemOf(word: string): string {
  const bare = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return [...bare.replace(/^(?:ال|و)(?=\p{L}{3})/u, '')].slice(0, 5).join('');
}

interface Seen {
  sentences: number;
  /** The last page that named it. */
  page: number;
  /** Stems of the words named around it, with how often. */
  context: Map<string, number>;
  /** Other acronyms of its sentences, with how often. */
  beside: Map<string, number>;
}

/**
 * The acronyms a document names and what is said around them: wrong choices for one another, of the same kind
 * where the document says so. A file system is named among file systems and beside the words for one ("σύστημα
 * αρχείων NTFS", "FAT, NTFS"), a protocol beside "protocol" or "server": the acronyms whose words around them
 * are most alike, or that the document names together, are of a kind.
 */
export class AcronymIndex {
  readonly #seen = new Map<string, Seen>();

  /** `isWord`: whether a word (lowercase) is a common English word, which in capitals is no acronym. */
  constructor(readonly isWord: (lower: string) => boolean = () => false) {}

  /** The acronyms of a sentence (acronymsIn), with this index's notion of a word. */
  acronymsOf(sentence: string): AcronymMention[] {
    return acronymsIn(sentence, this.isWord);
  }

  /** Notes the acronyms of one sentence of `page`, and the words around them that are not in `stop`. */
  observe(sentence: string, page: number, stop: ReadonlySet<string> = new Set()): void {
    const mentions = this.acronymsOf(sentence);
    const named = new Set(mentions.map((m) => m.text));
    const tokens = [...sentence.matchAll(TOKEN)];
    for (const text of named) {
      const entry = this.#seen.get(text) ?? { sentences: 0, page, context: new Map(), beside: new Map() };
      entry.sentences++;
      entry.page = page;
      for (const other of named) if (other !== text) entry.beside.set(other, (entry.beside.get(other) ?? 0) + 1);
      for (const m of mentions.filter((x) => x.text === text)) {
        const at = tokens.findIndex((t) => t.index <= m.start && m.start < t.index + t[0].length);
        for (const t of tokens.slice(Math.max(0, at - AROUND_WORDS), at + AROUND_WORDS + 1)) {
          const word = t[0].replace(/[^\p{L}\p{M}]/gu, '');
          if (word.length < 2 || LATIN.test(word) || stop.has(word.toLowerCase())) continue;
          const stem = stemOf(word);
          entry.context.set(stem, (entry.context.get(stem) ?? 0) + 1);
        }
      }
      this.#seen.set(text, entry);
    }
  }

  /** Sentences so far that name `text`. */
  sentencesWith(text: string): number {
    return this.#seen.get(text)?.sentences ?? 0;
  }

  /**
   * How alike two acronyms are in what the document says around them: the cosine of their words around, plus
   * half a point when the document names them in one sentence.
   */
  likeness(a: string, b: string): number {
    const x = this.#seen.get(a);
    const y = this.#seen.get(b);
    if (!x || !y) return 0;
    let dot = 0;
    for (const [stem, n] of x.context) dot += n * (y.context.get(stem) ?? 0);
    const norm = (m: Map<string, number>) => Math.sqrt([...m.values()].reduce((s, n) => s + n * n, 0));
    const cosine = dot === 0 ? 0 : dot / (norm(x.context) * norm(y.context));
    return cosine + (x.beside.has(b) ? 0.5 : 0);
  }

  /**
   * Other acronyms the document names more than once, like `answer` (likeness at least `least`), none in
   * `sentence`: the most alike first, then those named nearest to `page`, ties in a seeded order.
   */
  wrongChoices(
    answer: string,
    sentence: string,
    page: number,
    count: number,
    random: () => number,
    least = 0,
  ): string[] {
    const inSentence = new Set(this.acronymsOf(sentence).map((m) => m.text));
    const pool = [...this.#seen.entries()]
      // Named once, an acronym is as often a placeholder or a key of a command ("ZZ", "NNN") as a term.
      .filter(
        ([text, seen]) => seen.sentences >= 2 && text !== answer && !inSentence.has(text) && !sentence.includes(text),
      )
      .map(([text, { page: last }]) => ({
        text,
        like: this.likeness(answer, text),
        distance: Math.abs(last - page),
        jitter: random(),
      }))
      .filter((s) => s.like >= least);
    pool.sort((a, b) => b.like - a.like || a.distance - b.distance || a.jitter - b.jitter);
    return pool.slice(0, count).map((s) => s.text);
  }
}
